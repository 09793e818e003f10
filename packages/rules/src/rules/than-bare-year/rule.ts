import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, isYearNumber, primaryTag, type Token, WordSet } from '@mtlint/text';

// Chinese compares a quantity with a year without a preposition (比2019年高 "higher than 2019"), and MT keeps the year
// bare: "Income was 6 percent higher than 2019." English compares the quantity with the one of that year: "higher than
// in 2019" (or "than that of 2019").

// Comparatives of time compare dates, which a bare year is ("no later than 2025", "earlier than 1950"); "more",
// "less", "fewer" may count up to a number that looks like a year ("more than 1500").
const TIME_OR_COUNT = new WordSet(['later', 'earlier', 'sooner', 'before', 'after', 'older', 'younger', 'more', 'less', 'fewer', 'rather', 'other']);

/** A comparative right before "than": "higher", "more expensive" (tagged JJR or RBR first, or "more"/"less" + an adjective). */
function isComparative(tokens: readonly Token[], than: number): boolean {
  const before = tokens[than - 1];
  if (!isWordToken(before) || TIME_OR_COUNT.hasToken(before)) return false;
  const tag = primaryTag(before);
  if (tag === 'JJR' || tag === 'RBR') return true;
  const degree = tokens[than - 2]?.lower;
  return (degree === 'more' || degree === 'less') && (tag === 'JJ' || tag === 'RB');
}

// Periods that a year itself can be compared with: "2023 was hotter than 2022", "This summer was drier than 2018".
const PERIODS = new WordSet(['year', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'decade', 'quarter', 'month', 'edition']);

/**
 * The sentence's subject is a year or a period ("2023 was hotter than 2022", "This summer was drier than 2018"), which
 * English compares with a bare year; a period after another subject ("Sales this spring were …") is a time adverbial.
 */
function comparesPeriods(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (first.kind === 'number' && isYearNumber(first.text)) return true;
  const p = PERIODS.hasToken(first) ? 0 : PERIODS.has(tokens[1]?.lower ?? '') ? 1 : -1;
  const verb = tokens[p + 1];
  return p >= 0 && isWordToken(verb) && /^(VB|VBD|VBP|VBZ|MD)$/.test(primaryTag(verb));
}

export default defineRule({
  meta: {
    id: 'than-bare-year',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.7,
    description: 'A comparison with a bare year: "higher than 2019" (English: "higher than in 2019").',
    sourceHint: 'Chinese, which compares with a year without a preposition ("比2019年高").',
    fixable: true,
  },
  needs: [new Set(['than'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'than' || !isComparative(tokens, i)) continue;
      const year = tokens[i + 1]!;
      if (year.kind !== 'number' || !isYearNumber(year.text) || comparesPeriods(tokens)) continue;
      // The year ends the comparison: punctuation, the end, a coordinator or a preposition follows ("higher than 2019
      // and 2020", "than 2019 in the north"); a noun after it makes it a quantity ("heavier than 1500 tonnes").
      const next = tokens[i + 2];
      if (isWordToken(next) && !/^(CC|IN)$/.test(primaryTag(next))) continue;
      reports.push({
        start: tokens[i]!.start,
        end: year.end,
        message: `Compare the quantity with the one of that year: "than in ${year.text}".`,
        suggestions: [{ start: year.start, end: year.start, replacement: 'in ' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Rice output was 3 percent lower than 2021.', output: 'Rice output was 3 percent lower than in 2021.' },
      { text: 'Ticket sales are higher than 2019 for the first time.', output: 'Ticket sales are higher than in 2019 for the first time.' },
      { text: 'The river is more polluted than 2015.', output: 'The river is more polluted than in 2015.' },
    ],
    valid: [
      '2023 was hotter than 2022.',
      'This summer was drier than 2018.',
      'Rice output was lower than in 2021.',
      'Submit the form no later than 2025.',
      'The wall is older than 1500.',
      'The town had more than 1500 inhabitants.',
      'Fewer than 2000 came.',
      'The tower is taller than 1900 feet.',
      'Costs were higher than those of 2019.',
      'The house was built earlier than 1950.',
    ],
  },
});
