import type { Baseline } from '@mtlint/baseline';
import { baselinePath, writeAtomically, writeBaselineFile } from './files.js';
import type { ReviewItem } from './items.js';
import { reviewedBaseline } from './review-baseline.js';
import { correctedText, editsOf, type Decisions } from './state.js';

export interface SaveTarget {
  /** The reviewed text (without a byte-order mark) and its findings. */
  text: string;
  items: readonly ReviewItem[];
  /** Written back in front of the text: the file's UTF-8 byte-order mark, if it had one. */
  bom: string;
  /** Where the corrected text goes. */
  output: string;
  /** The baseline file and its content when the review started, when there is one. */
  baseline?: { path: string; loaded: Baseline };
}

const FINAL_NEWLINE = /(\r\n|\n|\r)$/;

/**
 * The corrected text with the original's final line break, or lack of one: a change at the very end
 * (a deleted closing line, say) must not join the file's last line to whatever follows it in a
 * `cat` or drop the newline editors and POSIX tools expect. (`mtlint lint --fix` does the same.)
 */
export function keepFinalNewline(before: string, after: string): string {
  const had = FINAL_NEWLINE.exec(before)?.[1];
  const has = FINAL_NEWLINE.exec(after)?.[1];
  if (had && !has) return after + had;
  if (!had && has) return after.slice(0, -has.length);
  return after;
}

/**
 * The app's `s`: writes the text with the decided changes to the output, atomically, and the
 * baseline if there is one; resolves to one line saying what was written. Everything outside the
 * changed spans is written as it was read, so line endings stay, and so does the final newline.
 */
export function saver(target: SaveTarget): (decisions: Decisions) => Promise<string> {
  return async (decisions) => {
    const edits = editsOf(target.items, decisions).length;
    await writeAtomically(target.output, target.bom + keepFinalNewline(target.text, correctedText(target, decisions)));
    let message = `Saved ${target.output}: ${edits} ${edits === 1 ? 'change' : 'changes'}`;
    if (target.baseline) {
      const { path, loaded } = target.baseline;
      const next = reviewedBaseline(loaded, baselinePath(path, target.output), target, decisions);
      await writeBaselineFile(path, next);
      const rejected = next.entries.length - loaded.entries.length;
      message += `; ${path}: ${rejected} rejected ${rejected === 1 ? 'finding' : 'findings'} and the review counts`;
    }
    return `${message}.`;
  };
}
