import type { FileComment } from '../comments.js';
import type { DecodedFragment, Segment } from '../segment.js';

/** What a reader takes beside the file's content: which PO entries to read. */
export interface ReadOptions {
  /** PO: also lint entries marked `#, fuzzy` (a translator has not confirmed them). */
  includeFuzzy?: boolean;
  /** PO: also lint obsolete entries (`#~`), which no program uses any more. */
  includeObsolete?: boolean;
}

/** The names of the formats, as `lintFile`'s `format` option and config files use them. */
export const FORMAT_NAMES = ['markdown', 'po', 'xliff', 'srt', 'vtt', 'json', 'text'] as const;
/** One of {@link FORMAT_NAMES}. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** A file format: how to read its translated text as segments, and how to write text back into it. */
export interface Format {
  /** The name `lintFile`'s `format` option and config files use. */
  name: FormatName;
  /** File-name endings, lower case, with the dot. */
  extensions: readonly string[];
  /** The file's translatable units; throws `FormatError` for a file that is not of the format. */
  read(content: string, options?: ReadOptions): Segment[];
  /** The raw form of replacement text written into the file (escaping what the format requires). */
  escape(text: string): string;
  /**
   * The text a stretch of one unit's raw form stands for, where the two differ by more than markup: `raw`
   * starts and ends where characters of the unit's text do (as `toFileSpan` gives them), and may hold text
   * `escape` wrote. For formats whose units are written with escapes or references (PO strings, XML character
   * references, JSON strings): an editor shows and takes the text, and writes what was typed back with `escape`.
   */
  decodeFragment?(raw: string): DecodedFragment;
  /** The file's comments, in file order, where directives may stand; absent for a format without comments (SRT, JSON). */
  comments?(content: string): FileComment[];
}
