import { addEntries, recordReviews, type Baseline, type BaselineEntry, type ReviewTally } from '@mtlint/baseline';
import type { Decisions, ReviewState } from './state.js';

/**
 * The baseline after this review: `loaded` (the file as it was when the review started, so saving
 * twice does not count twice) plus an entry for every rejected finding, under `file`, and the
 * review's accepted, rejected and edited counts per rule.
 */
export function reviewedBaseline(loaded: Baseline, file: string, state: Pick<ReviewState, 'text' | 'items'>, decisions: Decisions): Baseline {
  const entries: BaselineEntry[] = [];
  const tallies: Record<string, ReviewTally> = {};
  state.items.forEach((item, i) => {
    const decision = decisions[i];
    if (!decision) return;
    const { ruleId, start, end } = item.finding;
    const tally = (tallies[ruleId] ??= { accepted: 0, rejected: 0, edited: 0 });
    tally[decision.kind]++;
    if (decision.kind === 'rejected') entries.push({ file, ruleId, text: state.text.slice(start, end) });
  });
  return recordReviews(addEntries(loaded, entries), tallies);
}
