import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isModal, isWordToken, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

// German "mehr als", "länger als" and Dutch "meer dan"/"als" compare with "als", which MT may render "as": "more as
// 100 people", "longer as the old one". English compares with "than". "as" after a comparative is English when it
// opens a clause or names a role ("grew stronger as the days passed", "lived longer as a farmer"), so only a number
// after it, or a noun phrase that ends its clause with no verb of its own, counts.

const COMPARATIVE_TAGS = /^(JJR|RBR)$/;
// Comparatives of time and degree that name a role or stage with "as": "later as the director", "further as a whole".
const ROLE_COMPARATIVES = new WordSet(['later', 'earlier', 'further', 'farther', 'rather', 'sooner']);

// Participles of expectation after "as" that close the clause: "more as expected" (English "more than expected";
// "as expected" alone, set off by a comma, is English and has no comparative right before it).
const EXPECTATIONS = new WordSet(['expected', 'planned', 'anticipated', 'forecast', 'predicted', 'hoped', 'feared', 'usual', 'intended']);

/** A comparative: tagged so first, or an -er word the lexicon also reads as one ("longer", read first as an adverb). */
function isComparative(t: Token): boolean {
  if (ROLE_COMPARATIVES.hasToken(t)) return false;
  return COMPARATIVE_TAGS.test(primaryTag(t)) || (t.lower.endsWith('er') && t.tags.includes('JJR'));
}

/** The index where the comparative ending at `i` starts: `i` for "longer", `i - 1` for "more expensive"; or -1. */
function comparativeStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!isWordToken(t)) return -1;
  if (isComparative(t)) return i;
  const before = tokens[i - 1]?.lower;
  return (before === 'more' || before === 'less') && /^(JJ|RB)$/.test(primaryTag(t)) ? i - 1 : -1;
}

// What a comparison may be with, as a whole clause-ending phrase, besides a noun phrase: a time ("as last year", "as
// before", "as ever") or a person ("as me", "as them").
const LAST = new WordSet(['last', 'this']);
const TIME_NOUNS = new Set(['year', 'month', 'week', 'season', 'time', 'summer', 'winter', 'spring', 'autumn', 'night', 'decade']);
const ALONE = new WordSet(['yesterday', 'before', 'ever', 'me', 'him', 'us', 'them']);

/** Whether a time or an object pronoun at `at` is all there is before the clause ends. */
function timeOrPersonEndsClause(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  const end = ALONE.hasToken(t) ? at + 1 : LAST.hasToken(t) && TIME_NOUNS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : -1;
  if (end < 0) return false;
  const next = tokens[end];
  return next === undefined || (next.kind === 'punct' && /^[.,;:!?]$/.test(next.text));
}

/** Whether the noun phrase at `at` ends the clause: punctuation or the sentence's end right after it. */
function phraseEndsClause(tokens: readonly Token[], at: number): boolean {
  let end = nounPhraseEnd(tokens, at);
  // "the old one": "one" stands for the noun.
  if (tokens[end]?.lower === 'one' || tokens[end]?.lower === 'ones') end++;
  if (end === at) return false;
  const next = tokens[end];
  return next === undefined || (next.kind === 'punct' && /^[.,;:!?]$/.test(next.text));
}

export default defineRule({
  meta: {
    id: 'as-for-than',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A comparison with "as" where English has "than": "more as 100 people", "longer as the old one".',
    sourceHint: 'German "mehr als", Dutch "meer dan"/"als": the comparison word rendered "as".',
    fixable: true,
  },
  needs: [new Set(['as'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const as = tokens[i + 1]!;
      if (as.lower !== 'as') continue;
      const from = comparativeStart(tokens, i);
      // "as much as", "as many as": an equality, whose second "as" is English.
      if (from < 0 || tokens[from - 1]?.lower === 'as') continue;
      const comparative = tokens[from]!;
      const next = tokens[i + 2]!;
      const amount = next.kind === 'number' || primaryTag(next) === 'CD' || next.lower === 'half';
      // "longer as the old one.": a noun phrase with no verb, ending its clause.
      const compared =
        isWordToken(next) && (isDeterminer(next) || primaryTag(next) === 'PRP$') && next.lower !== 'a' && next.lower !== 'an' &&
        phraseEndsClause(tokens, i + 2) && !isFiniteVerb(tokens[nounPhraseEnd(tokens, i + 2)] ?? next) && !isModal(next) ||
        timeOrPersonEndsClause(tokens, i + 2);
      // "grew more as expected", "later as planned" (German "mehr als erwartet"): an expectation, not a clause.
      const expectation = EXPECTATIONS.hasToken(next) && (tokens[i + 3] === undefined || tokens[i + 3]!.kind === 'punct');
      if (!amount && !compared && !expectation) continue;
      reports.push({
        start: comparative.start,
        end: as.end,
        message: `A comparison takes "than": "${tokens.slice(from, i + 1).map((t) => t.text).join(' ')} than".`,
        suggestions: [{ start: as.start, end: as.end, replacement: 'than' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'More as 100 people took part in the protest.', output: 'More than 100 people took part in the protest.' },
      { text: 'The new bridge is longer as the old one.', output: 'The new bridge is longer than the old one.' },
      { text: 'Prices rose by more as ten percent.', output: 'Prices rose by more than ten percent.' },
      { text: 'The hall holds fewer as 300 guests.', output: 'The hall holds fewer than 300 guests.' },
      { text: 'The harvest was smaller as expected.', output: 'The harvest was smaller than expected.' },
      { text: 'Flights to the islands are more expensive as last year.', output: 'Flights to the islands are more expensive than last year.' },
      { text: 'The river is less deep as before.', output: 'The river is less deep than before.' },
      { text: 'Her brother is taller as me.', output: 'Her brother is taller than me.' },
    ],
    valid: [
      'More than 100 people took part in the protest.',
      'The harvest was smaller, as expected.',
      'Prices rose faster as expected demand failed to appear.',
      'The roads grew busier as the day went on.',
      'He lived longer as a farmer than as a soldier.',
      'It matters more as the years pass.',
      'The team earns as much as 100 million a year.',
      'She became more popular as the season went on.',
      'The pain grew worse as the evening wore on.',
      'Prices mattered less as a result.',
      'She returned later as the director of the school.',
      'She became more confident as the evening went on.',
      'We shall deal with them more fully as the evidence accumulates.',
      'The shop is open as before.',
      'He was more famous as a painter than as a poet.',
    ],
  },
});
