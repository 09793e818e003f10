import { defineRule, type Report } from '@mtlint/engine';
import { isSpelledCardinal, isWordToken, primaryTag, type Token, withCaseOf, WordSet } from '@mtlint/text';

// German "vor zwei Jahren", Polish "przed dwoma laty", Dutch "twee jaar geleden" by way of "voor": a point in the past
// counted back from now is "two years ago" in English. MT renders the preposition: "Before two years he moved".
// English "before" + a length of time needs a clause or a noun after it ("before two years had passed", "before two
// years of training"), or counts back from another time ("two years before the war").

const UNITS = new WordSet(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);
// Words that count many: the lengths "before several years", "before many months" are as much a calque as "before two years".
const COUNTING_WORDS = new WordSet(['hundred', 'several', 'many', 'few']);
// What may follow the length when it is a point in the past: the end, a mark, or the next clause's subject.
const SUBJECT_TAGS = new WordSet(['PRP', 'DT', 'NNP', 'NNPS', 'EX']);

/** "before two years" at `i`, closed as a point in the past; the index of the unit, or -1. */
function lengthBack(tokens: readonly Token[], i: number): number {
  const count = tokens[i + 1];
  const unit = tokens[i + 2];
  if (count === undefined || unit === undefined || !UNITS.hasToken(unit)) return -1;
  if (!(count.kind === 'number' || (isWordToken(count) && ((isSpelledCardinal(count.lower) && count.lower !== 'one') || COUNTING_WORDS.hasToken(count))))) return -1;
  const after = tokens[i + 3];
  if (after === undefined || (after.kind === 'punct' && /^[.,;!?]$/.test(after.text))) return i + 2;
  // "before two years had passed" has a verb; "before two years of training", "two years' time" a noun.
  // The first tag only: the lexicon gives "he", "the" and "we" stray verb readings.
  if (!isWordToken(after) || !SUBJECT_TAGS.has(primaryTag(after))) return -1;
  return i + 2;
}

export default defineRule({
  meta: {
    id: 'before-for-ago',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A point in the past counted back from now with "before": "Before two years he moved to Berlin" → "Two years ago".',
    sourceHint: 'German "vor zwei Jahren", Polish "przed dwoma laty": the preposition rendered as "before" where English says "ago".',
    fixable: true,
  },
  needs: [new Set(['before']), (t) => UNITS.hasToken(t)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const before = tokens[i]!;
      if (before.lower !== 'before') continue;
      // "two days before two years ago", "the week before": a length before "before" counts back from a time.
      if (i > 0 && UNITS.hasToken(tokens[i - 1]!)) continue;
      const end = lengthBack(tokens, i);
      if (end < 0) continue;
      const length = `${tokens[i + 1]!.text} ${tokens[end]!.text}`;
      reports.push({
        start: before.start,
        end: tokens[end]!.end,
        message: `A point in the past counted back from now is "${length} ago" in English; "${before.text} ${length}" renders German "vor" or Polish "przed".`,
        suggestions: [{ start: before.start, end: tokens[end]!.end, replacement: withCaseOf(before.text, `${length} ago`) }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Before two years he moved to Berlin.', output: 'Two years ago he moved to Berlin.' },
      { text: 'The bridge was built before 120 years.', output: 'The bridge was built 120 years ago.' },
      { text: 'The shop opened before three months, and it is already busy.', output: 'The shop opened three months ago, and it is already busy.' },
      { text: 'Before ten days the river burst its banks.', output: 'Ten days ago the river burst its banks.' },
    ],
    valid: [
      'Two years ago he moved to Berlin.',
      'He moved to Berlin two years before the war.',
      'Before two years had passed, he moved again.',
      'The plant closed before two years of talks ended.',
      'She had left the town ten years before.',
      'It will not be ready before two weeks’ time.',
      'Before the war he lived in Berlin.',
      'The offer expires in 30 days, before 30 days are up.',
    ],
  },
});
