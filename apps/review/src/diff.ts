import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/**
 * A word-level diff of two versions of a sentence, in reading order. Spaces count as tokens (unlike
 * `diffWords`, which takes the new text's spacing): "UN-report" → "UN report"
 * must show the hyphen going and the space coming, or the diff would not be what gets written.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ text: before, kind: 'same' }] : [];
  return diffWordsWithSpace(before, after).map((c) => ({ text: c.value, kind: c.removed ? 'removed' : c.added ? 'added' : 'same' }));
}

/**
 * How a part reads on screen. With `markers` (no colour), deletions and insertions are wrapped in
 * git's word-diff markers `[-…-]` and `{+…+}`, so the diff reads on any terminal and in tests.
 * Line breaks inside a sentence show as `↵`, so the diff keeps to the lines the layout gives it.
 */
export function partText(part: DiffPart, markers: boolean): string {
  const text = oneLine(part.text);
  if (!markers || part.kind === 'same') return text;
  return part.kind === 'removed' ? `[-${text}-]` : `{+${text}+}`;
}

/** Text for one line of the layout: line breaks shown as `↵`. */
export const oneLine = (text: string): string => text.replace(/\r\n|\n|\r/g, '↵');
