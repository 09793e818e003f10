import type { ReviewItem } from './items.js';
import type { Decision, Decisions } from './state.js';

interface Reviewed {
  text: string;
  items: readonly ReviewItem[];
}

/**
 * The decisions of a review of `before` carried over to the items of `after`, the same file read
 * again after someone changed it: a decision goes to the finding of the same rule on the same words
 * in the same sentence (or unit), the first such not yet taken, in text order. An accepted suggestion
 * is carried when the new finding offers the same replacement; an edit, moved with its sentence, when
 * it lies within it. What no longer matches (its sentence was changed meanwhile) is left out and counted.
 */
export function carryDecisions(before: Reviewed, decisions: Decisions, after: Reviewed): { decisions: Decisions; carried: number; dropped: number } {
  const keyOf = ({ text }: Reviewed, item: ReviewItem) =>
    `${item.finding.ruleId}\u0000${text.slice(item.finding.start, item.finding.end)}\u0000${text.slice(item.context.start, item.context.end)}`;
  const waiting = new Map<string, number[]>();
  after.items.forEach((item, i) => {
    const key = keyOf(after, item);
    const list = waiting.get(key);
    if (list) list.push(i);
    else waiting.set(key, [i]);
  });
  const carried: (Decision | undefined)[] = after.items.map(() => undefined);
  let count = 0;
  let dropped = 0;
  before.items.forEach((old, i) => {
    const decision = decisions[i];
    if (!decision) return;
    const at = waiting.get(keyOf(before, old))?.shift();
    const moved = at === undefined ? undefined : carry(decision, old, after.items[at]!);
    if (moved) {
      carried[at!] = moved;
      count++;
    } else dropped++;
  });
  return { decisions: carried, carried: count, dropped };
}

function carry(decision: Decision, old: ReviewItem, fresh: ReviewItem): Decision | undefined {
  switch (decision.kind) {
    case 'rejected':
      return decision;
    case 'accepted': {
      const { replacement } = old.finding.suggestions[decision.alternative]!;
      const alternative = fresh.finding.suggestions.findIndex((s) => s.replacement === replacement);
      return alternative < 0 ? undefined : { kind: 'accepted', alternative };
    }
    case 'edited': {
      if (decision.start < old.context.start || decision.end > old.context.end) return undefined;
      const shift = fresh.context.start - old.context.start;
      return { ...decision, start: decision.start + shift, end: decision.end + shift };
    }
  }
}
