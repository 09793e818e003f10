/**
 * A segment is one unit of translated text taken out of a file (a paragraph, a PO entry, an XLIFF
 * unit, a subtitle cue, a catalogue value) together with the map from each of its characters back
 * to the characters of the file that produced it. Everything here is pure.
 */
import { keepLineBreaks } from '@mtlint/engine';
import { lastAtOrBefore } from '@mtlint/text';

/** One translation unit, ready to lint. */
export interface Segment {
  /** The unit's id where the format has one (PO msgctxt + msgid, XLIFF unit id, JSON key path, cue number). */
  id?: string;
  /** The translated text to lint, unescaped. */
  text: string;
  /** The source text, where the format carries it (PO msgid, XLIFF `<source>`). */
  source?: string;
  /**
   * Where the source stands in the file, when there is one: the index of its first character's raw form (PO:
   * inside msgid's first string, or msgid_plural's for the plural forms; XLIFF: right after `<source>`).
   */
  sourceStart?: number;
  /** A disambiguating context (PO msgctxt): units in different contexts may translate one source differently. */
  context?: string;
  /** Where each character of `text` comes from in the file, as runs in text order; read it with `toFileSpan`. */
  runs: OffsetRun[];
  /** The index in the file where the raw form of the last character ends (0 for an empty text). */
  fileEnd: number;
  /**
   * Indices `i` of `text` such that markup the linter must not edit (an inline tag, an emphasis
   * marker, a link target) lies in the file between `text[i - 1]` and `text[i]`.
   */
  hardBreaks: number[];
  /** Ranges of `text`, `[start, end)`, that are code and must never be edited (placeholders, inline code). */
  protectedRanges: Array<[number, number]>;
  /**
   * Indices of `text` whose character stands for a line break of the file that the text reads as a space or a
   * soft break (a subtitle cue's lines, a Markdown paragraph's), in order; absent where there is none. A fix
   * across one keeps it (`toFileEdit`). Not a PO string continued on the next line: that break is the format's.
   */
  lineBreaks?: number[];
  /** Inline tags and placeholders of the source and the target, for the bilingual checks (XLIFF). */
  inlineCodes?: { source: string[]; target: string[] };
  /**
   * The language the file declares for the translation, as written: PO's `Language` header, XLIFF 1.2's
   * `target-language` of the `<file>` (or the `<target>`'s `xml:lang`), XLIFF 2's `trgLang`. Absent where
   * the file declares none.
   */
  language?: string;
}

/**
 * A stretch of a segment's text and where it comes from. Most text stands in the file as it is, so a
 * run per stretch, not an entry per character, keeps a 1 MB file's map small.
 */
export interface OffsetRun {
  /** The index in the text where the run starts; it lasts until the next run's `textStart`. */
  textStart: number;
  /** The index in the file of the raw form of the run's first character. */
  fileStart: number;
  /**
   * Absent for verbatim text, where character `k` of the run comes from character `fileStart + k` of
   * the file (usually the same character; a cue's line break reads as a space).
   * Present when every character of the run stands for one raw form `[fileStart, sharedEnd)`
   * together: an escape (`\"` in PO, `&amp;` in XML, `\*` in Markdown), a character reference for a
   * surrogate pair, a code span read across line endings.
   */
  sharedEnd?: number;
}

/** A stretch of a unit's raw form read as text, with where each character of the text stands in the stretch. */
export interface DecodedFragment {
  text: string;
  /** `starts[i]`–`ends[i]`: the raw form of `text[i]`, as indices into the stretch. */
  starts: number[];
  ends: number[];
}

/**
 * A stretch of a string literal's raw content with backslash escapes, read as text: each escape as what
 * `decodeEscape` says it stands for (as `SegmentBuilder.escaped` takes it), every other character as itself.
 */
export function decodeEscapedFragment(raw: string, decodeEscape: (raw: string, backslash: number) => [string, number]): DecodedFragment {
  const fragment: DecodedFragment = { text: '', starts: [], ends: [] };
  for (let i = 0; i < raw.length; ) {
    const [value, length] = raw[i] === '\\' ? decodeEscape(raw, i) : [raw[i]!, 1];
    appendDecoded(fragment, value, i, i + length);
    i += length;
  }
  return fragment;
}

/**
 * Appends `value`, which the raw form `[start, end)` stands for, to a decoded fragment. Where it is more
 * than one UTF-16 unit (a reference to a character beyond the BMP), the first unit carries the raw form and
 * the others an empty stretch at its end, so that a text that keeps them all writes the raw form once.
 */
export function appendDecoded(fragment: DecodedFragment, value: string, start: number, end: number): void {
  for (let u = 0; u < value.length; u++) {
    fragment.text += value[u];
    fragment.starts.push(u === 0 ? start : end);
    fragment.ends.push(end);
  }
}

/** A span of the file, `[start, end)`. */
export interface FileSpan {
  start: number;
  end: number;
}

/** Accumulates a segment's text and offset map piece by piece, in file order. */
export class SegmentBuilder {
  text = '';
  private runs: OffsetRun[] = [];
  private fileEnd = 0;
  private hardBreaks: number[] = [];
  private protectedRanges: Array<[number, number]> = [];
  private lineBreaks: number[] = [];

  /** Text that stands in the file exactly as it is, starting at `fileStart`. */
  verbatim(value: string, fileStart: number): this {
    if (value === '') return this;
    const last = this.runs[this.runs.length - 1];
    const continuesLast = last && last.sharedEnd === undefined && last.fileStart + (this.text.length - last.textStart) === fileStart;
    if (!continuesLast) this.runs.push({ textStart: this.text.length, fileStart });
    this.text += value;
    this.fileEnd = fileStart + value.length;
    return this;
  }

  /** Characters that together stand for one raw form, `[fileStart, fileEnd)` of the file (an escape, a reference, a code span). */
  char(value: string, fileStart: number, fileEnd: number): this {
    // One unit from one unit maps as verbatim text does, and may extend a verbatim run.
    if (value.length === 1 && fileEnd === fileStart + 1) return this.verbatim(value, fileStart);
    if (value === '') return this;
    const last = this.runs[this.runs.length - 1];
    if (!(last && last.fileStart === fileStart && last.sharedEnd === fileEnd)) {
      this.runs.push({ textStart: this.text.length, fileStart, sharedEnd: fileEnd });
    }
    this.text += value;
    this.fileEnd = fileEnd;
    return this;
  }

  /**
   * A string literal's content `raw`, found at `fileStart`, with backslash escapes: the stretches between
   * them appended as they are, each escape as what `decodeEscape` says it stands for (given `raw` and
   * the index of its backslash: the text and the escape's raw length), mapped to its whole raw form.
   */
  escaped(raw: string, fileStart: number, decodeEscape: (raw: string, backslash: number) => [string, number]): this {
    let i = 0;
    while (i < raw.length) {
      // Searched within the literal: a search of the whole file would run on to the next escape, often far away.
      const backslash = raw.indexOf('\\', i);
      const stretchEnd = backslash === -1 ? raw.length : backslash;
      this.verbatim(raw.slice(i, stretchEnd), fileStart + i);
      if (stretchEnd === raw.length) break;
      const [value, rawLength] = decodeEscape(raw, backslash);
      this.char(value, fileStart + backslash, fileStart + backslash + rawLength);
      i = backslash + rawLength;
    }
    return this;
  }

  /** Marks the next character as one that stands for a line break of the file (see `Segment.lineBreaks`). */
  lineBreak(): this {
    this.lineBreaks.push(this.text.length);
    return this;
  }

  /** Marks that uneditable markup comes before the next character. */
  hardBreak(): this {
    const at = this.text.length;
    if (at > 0 && this.hardBreaks[this.hardBreaks.length - 1] !== at) this.hardBreaks.push(at);
    return this;
  }

  /** Marks `[start, end)` of the text built so far as code that must not be edited. */
  protect(start: number, end: number): this {
    if (end > start) this.protectedRanges.push([start, end]);
    return this;
  }

  get length(): number {
    return this.text.length;
  }

  /** The segment built so far. Hands its arrays over: the builder is not to be used afterwards. */
  build(extra: Pick<Segment, 'id' | 'source' | 'sourceStart' | 'context' | 'inlineCodes' | 'language'> = {}): Segment {
    const segment: Segment = {
      text: this.text,
      // Copies of their length: an array filled by `push` keeps room for 17, and a file's segments stay to the end of its lint.
      runs: this.runs.slice(),
      fileEnd: this.fileEnd,
      hardBreaks: this.hardBreaks.slice(),
      protectedRanges: mergeRanges(this.protectedRanges),
    };
    if (this.lineBreaks.length > 0) segment.lineBreaks = this.lineBreaks.slice();
    return Object.assign(segment, extra);
  }
}

/** Sorted ranges with overlapping ones merged. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length < 2) return ranges;
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The run that holds character `index` of the text: the last one starting at or before it. */
function runAt(runs: readonly OffsetRun[], index: number): OffsetRun {
  return runs[Math.max(0, lastAtOrBefore(runs, (run) => run.textStart, index))]!;
}

/** The raw form of character `index` of the text, `[start, end)` of the file. */
function rawSpan(segment: Segment, index: number): FileSpan {
  const run = runAt(segment.runs, index);
  if (run.sharedEnd !== undefined) return { start: run.fileStart, end: run.sharedEnd };
  const start = run.fileStart + (index - run.textStart);
  return { start, end: start + 1 };
}

/** The file span of `[start, end)` of a segment's text; an empty span maps to an insertion point. */
export function toFileSpan(segment: Segment, start: number, end: number): FileSpan {
  if (end > start) return { start: rawSpan(segment, start).start, end: rawSpan(segment, end - 1).end };
  const at = start < segment.text.length ? rawSpan(segment, start).start : segment.fileEnd;
  return { start: at, end: at };
}

const overlapsRange = (start: number, end: number, [a, b]: [number, number]) =>
  start === end ? a < start && start < b : start < b && a < end;

/** Whether `[start, end)` of the text touches protected code (for an insertion: falls inside it). */
export function touchesProtected(segment: Segment, start: number, end: number): boolean {
  return segment.protectedRanges.some((r) => overlapsRange(start, end, r));
}

/**
 * Whether replacing `[start, end)` of the text can be done in the file without touching markup:
 * no uneditable markup lies strictly inside the span and no protected code overlaps it.
 */
export function isEditable(segment: Segment, start: number, end: number): boolean {
  if (touchesProtected(segment, start, end)) return false;
  return !segment.hardBreaks.some((i) => start < i && i < end);
}

/**
 * A suggestion on the segment's text as an edit of `content`, the file the segment was read from: the span
 * mapped, the replacement escaped for the format, and the file's line breaks it replaces kept where the text read
 * them as spaces (`Segment.lineBreaks`, `keepLineBreaks`), so that a fix of a cue keeps its lines. Undefined
 * when the edit would touch markup or protected code.
 */
export function toFileEdit(
  segment: Segment,
  edit: { start: number; end: number; replacement: string },
  escape: (text: string) => string,
  content: string,
): { start: number; end: number; replacement: string } | undefined {
  if (edit.start < 0 || edit.end > segment.text.length || !isEditable(segment, edit.start, edit.end)) return undefined;
  const { start, end } = toFileSpan(segment, edit.start, edit.end);
  const escaped = escape(edit.replacement);
  const replacesBreak = segment.lineBreaks?.some((i) => edit.start <= i && i < edit.end);
  return { start, end, replacement: replacesBreak ? keepLineBreaks(content.slice(start, end), escaped) : escaped };
}

/** A segment for plain text: the whole file, character for character. */
export function plainTextSegment(content: string): Segment {
  return new SegmentBuilder().verbatim(content, 0).build();
}
