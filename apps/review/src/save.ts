import type { Baseline } from '@mtlint/baseline';
import { keepFinalNewline } from '@mtlint/text-file';
import { baselinePath, writeAtomically, writeBaselineFile } from './files.js';
import { reviewedBaseline } from './review-baseline.js';
import { correctedText, editsOf, type ReviewState } from './state.js';

export interface SaveTarget {
  /** The reviewed text, without a byte-order mark. */
  text: string;
  /** Written back in front of the text: the file's UTF-8 byte-order mark, if it had one. */
  bom: string;
  /** Where the corrected text goes. */
  output: string;
  /** The baseline file and its content when the review started, when there is one. */
  baseline?: { path: string; loaded: Baseline };
}

/**
 * The app's `s`: writes the text with the decided changes to the output, atomically, and the
 * baseline if there is one; resolves to one line saying what was written. Everything outside the
 * changed spans is written as it was read, so line endings stay, and so does the final newline.
 */
export function saver(target: SaveTarget): (review: Pick<ReviewState, 'items' | 'decisions'>) => Promise<string> {
  return async ({ items, decisions }) => {
    const reviewed = { text: target.text, items };
    const edits = editsOf(items, decisions).length;
    await writeAtomically(target.output, target.bom + keepFinalNewline(target.text, correctedText(reviewed, decisions)));
    let message = `Saved ${target.output}: ${edits} ${edits === 1 ? 'change' : 'changes'}`;
    if (target.baseline) {
      const { path, loaded } = target.baseline;
      const next = reviewedBaseline(loaded, baselinePath(path, target.output), reviewed, decisions);
      await writeBaselineFile(path, next);
      const rejected = next.entries.length - loaded.entries.length;
      message += `; ${path}: ${rejected} rejected ${rejected === 1 ? 'finding' : 'findings'} and the review counts`;
    }
    return `${message}.`;
  };
}
