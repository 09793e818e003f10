import { resolve } from 'node:path';
import type { Baseline } from '@mtlint/baseline';
import { keepFinalNewline } from '@mtlint/text-file';
import { baselinePath, changedOnDisk, holds, ReviewFileError, writeAtomically, writeBaselineFile, type FileStamp, type TextFile } from './files.js';
import { reviewedBaseline } from './review-baseline.js';
import { correctedText, editsOf, type ReviewState } from './state.js';

export interface SaveTarget {
  /** The reviewed file as read: its text (without a byte-order mark), its mark, and what it held. */
  source: TextFile & { path: string };
  /** Where `s` writes the corrected text until a save-as names another file. */
  output: string;
  /** The baseline file and its content when the review started, when there is one. */
  baseline?: { path: string; loaded: Baseline };
  /** Why a text would not read as the file's format (see `FileLint.problemIn`): such a text is not written. */
  problemIn?: (text: string) => string | undefined;
}

/** What a save asks for: these decisions on these items of this text, written to `output`. */
export interface SaveRequest {
  review: Pick<ReviewState, 'text' | 'items' | 'decisions'>;
  output?: string;
  /** Write even when the output changed on disk since it was read or written here. */
  force?: boolean;
}

export type SaveOutcome =
  | { kind: 'saved'; message: string; output: string }
  /** Someone else changed `output` since this review read or wrote it: nothing was written. */
  | { kind: 'changed-on-disk'; output: string };

export interface Saver {
  /** Resolves to what was written, or to a change on disk found first; rejects (ReviewFileError) with why not. */
  save(request: SaveRequest): Promise<SaveOutcome>;
  /** The source was read again (a reload): its mark and what it holds now. */
  reloaded(source: TextFile): void;
}

/**
 * The app's `s` and `w`: writes the text with the decided changes, atomically, and the baseline if
 * there is one. Everything outside the changed spans is written as it was read, so line endings stay,
 * and so does the final newline. A file this review read or wrote is checked first: if its content
 * is no longer what the review knows, nothing is written unless `force` says so. A file that already
 * holds the text is not written again, so its date stays.
 */
export function saver(target: SaveTarget): Saver {
  let { bom } = target.source;
  // What each file held when this review last read or wrote it, by absolute path.
  const known = new Map<string, FileStamp>([[resolve(target.source.path), target.source.stamp]]);
  return {
    reloaded(source) {
      bom = source.bom;
      known.set(resolve(target.source.path), source.stamp);
    },
    async save({ review, output = target.output, force = false }) {
      const stamp = known.get(resolve(output));
      if (stamp && !force && changedOnDisk(output, stamp)) return { kind: 'changed-on-disk', output };
      const { items, decisions } = review;
      const edits = editsOf(items, decisions).length;
      const corrected = keepFinalNewline(review.text, correctedText(review, decisions));
      // An edit typed over an XLIFF tag may leave the file unreadable: it is refused before anything is written.
      const problem = target.problemIn?.(corrected);
      if (problem !== undefined) throw new ReviewFileError(`${output}: the changes would leave it unreadable (${problem}); the file is unchanged`);
      const content = bom + corrected;
      let message: string;
      if (holds(output, content)) message = `${output} already holds this text; not written`;
      else {
        known.set(resolve(output), await writeAtomically(output, content));
        message = `Saved ${output}: ${edits} ${edits === 1 ? 'change' : 'changes'}`;
      }
      if (target.baseline) {
        const { path, loaded } = target.baseline;
        const next = reviewedBaseline(loaded, baselinePath(path, output), review, decisions);
        await writeBaselineFile(path, next);
        const rejected = next.entries.length - loaded.entries.length;
        message += `; ${path}: ${rejected} rejected ${rejected === 1 ? 'finding' : 'findings'} and the review counts`;
      }
      return { kind: 'saved', message: `${message}.`, output };
    },
  };
}
