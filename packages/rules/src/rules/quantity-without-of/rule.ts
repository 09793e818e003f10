import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isDeterminer, isFiniteVerb, isModal, isPronoun, isWordToken, type Token, WordSet } from '@mtlint/text';

// Plural quantity nouns that take "of" before what they count: "hundreds of people", "dozens of firms". ("scores" is
// left out: it is mostly the plural of a result, "test scores".)
const QUANTITY_NOUNS = new WordSet(['tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
// Words before the quantity noun that make it an exact count: "two thousands tonnes" is "two thousand tonnes".
const COUNTING = new WordSet(['several', 'few', 'many', 'some']);
// How many words may stand between the quantity noun and the plural noun it counts ("thousands young skilled workers").
const MAX_MODIFIERS = 3;

/**
 * The index of the plural noun that the quantity noun at `q` counts without "of" — "hundreds volunteers",
 * "dozens supplier firms", "thousands young nurses" — or -1. Modifiers between are adjectives, singular nouns and
 * -ing nouns ("parking"). "thousands more", "hundreds each", "millions fewer" stop at the first word.
 */
function countedNoun(tokens: readonly Token[], q: number): number {
  for (let k = q + 1; k < tokens.length && k <= q + 1 + MAX_MODIFIERS; k++) {
    const t = tokens[k]!;
    if (!isWordToken(t) || isDeterminer(t) || isPronoun(t)) return -1;
    const tag = t.tags[0] ?? '';
    // A plural noun read as a noun first: "hundreds is" is a verb, not a counted noun.
    if (tag === 'NNS' || tag === 'NNPS') return k;
    if (!(tag === 'NN' || tag === 'NNP' || tag === 'VBG' || isAdjective(t)) || tag === 'JJR') return -1;
  }
  return -1;
}

// A round number in the singular after a number or "several": "several thousand people". Polish, Czech and Greek
// count it with a genitive ("kilka tysięcy ludzi", "několik tisíc lidí"), and MT puts "of" in: "several thousand of
// people". English has "of" there only before a determiner or pronoun ("two hundred of the soldiers", "several
// thousand of them").
// "million" and "billion" take "of" before a bare plural in sums ("$10 million of expenses", "$1.1 billion of 90-day
// bills", Brown: a currency sign before the number), and are read only without one: "two million of euros" (French
// "deux millions d'euros", Russian "два миллиона евро" read as a genitive).
const ROUND_NUMBERS = new WordSet(['hundred', 'thousand', 'dozen', 'million', 'billion']);
const ROUND_NUMBER_COUNTERS = ['several', 'few', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred'];
const COUNTS_ROUND_NUMBER = new WordSet(ROUND_NUMBER_COUNTERS);

/** The index of the bare plural after "of" that "several thousand of" counts ("of people", "of young workers"), or -1. */
function ofBarePlural(tokens: readonly Token[], round: number): number {
  const before = tokens[round - 1];
  if (tokens[round + 1]?.lower !== 'of' || !(before?.kind === 'number' || COUNTS_ROUND_NUMBER.has(before?.lower ?? ''))) return -1;
  // A sum: "$3 thousand of loans", "some $10 million of expenses".
  if (/^[$€£¥]$/.test(tokens[round - 2]?.text ?? '')) return -1;
  return countedNoun(tokens, round + 1);
}

// Exact counts before a plural round number with "of": "several hundreds of people", "five hundreds of tests" (Polish
// "kilkaset osób", Russian "пять сотен тестов"). "many thousands of", "some hundreds of years" are English, and a
// number with a plural alone is Brown's older English ("up to 21 millions by 1966", "Two millions were added"). "a
// few" is left out: "a few tens of percents" (the docs) counts loosely.
const EXACT_COUNTERS = new WordSet(ROUND_NUMBER_COUNTERS.filter((w) => w !== 'few'));

/**
 * The index of the bare plural that a number or "several" + plural round number + "of" counts ("several hundreds of
 * people", "five hundreds of unit tests"), or -1. A determiner after "of" makes a part ("two thousands of the …").
 */
function pluralAfterExactOf(tokens: readonly Token[], quantity: number): number {
  const before = tokens[quantity - 1];
  if (!(before?.kind === 'number' || (isWordToken(before) && EXACT_COUNTERS.hasToken(before)))) return -1;
  return countedNoun(tokens, quantity + 1);
}

/** A finite verb or modal after `from` in the sentence: "Hundreds volunteers worked …" has one. */
function finiteVerbAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) if (isWordToken(tokens[k]) && (isFiniteVerb(tokens[k]!) || isModal(tokens[k]!))) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'quantity-without-of',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.9,
    description: 'A plural quantity noun without "of" before the noun it counts: "hundreds volunteers", "thousands tonnes of grain".',
    sourceHint: 'Russian counts with a genitive and no preposition ("сотни специалистов", "тысячи тонн зерна").',
    fixable: true,
  },
  needs: [(t) => t.kind === 'word' && (QUANTITY_NOUNS.hasToken(t) || ROUND_NUMBERS.hasToken(t))],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const quantity = tokens[i]!;
      if (isWordToken(quantity) && ROUND_NUMBERS.hasToken(quantity)) {
        const counted = ofBarePlural(tokens, i);
        if (counted < 0) continue;
        const of = tokens[i + 1]!;
        reports.push({
          start: quantity.start,
          end: tokens[counted]!.end,
          message: `After a number, "${quantity.text}" counts without "of": "${quantity.text} ${tokens.slice(i + 2, counted + 1).map((t) => t.text).join(' ')}".`,
          suggestions: [{ start: quantity.end, end: of.end, replacement: '' }],
        });
        continue;
      }
      if (!isWordToken(quantity) || !QUANTITY_NOUNS.hasToken(quantity)) continue;
      const before = tokens[i - 1];
      if (tokens[i + 1]?.lower === 'of') {
        const counted = pluralAfterExactOf(tokens, i);
        if (counted < 0) continue;
        const singular = quantity.text.slice(0, -1);
        reports.push({
          start: quantity.start,
          end: tokens[counted]!.end,
          message: `After a number, "${singular}" takes no plural and no "of": "${before!.text} ${singular} ${tokens.slice(i + 2, counted + 1).map((t) => t.text).join(' ')}".`,
          suggestions: [{ start: quantity.start, end: tokens[i + 1]!.end, replacement: singular }],
        });
        continue;
      }
      // "the hundreds column", "his millions", "in the thousands": a determiner makes the quantity noun a noun of its
      // own, or a modifier.
      if (isWordToken(before) && (isDeterminer(before) || isPronoun(before)) && !COUNTING.hasToken(before)) continue;
      const head = countedNoun(tokens, i);
      if (head < 0) continue;
      // "Thousands protest cuts": a word that may be a plural verb right after the quantity noun is the verb when the
      // sentence has no other.
      const next = tokens[i + 1]!;
      if ((next.tags.includes('VBP') || next.tags.includes('VB')) && !finiteVerbAfter(tokens, head)) continue;
      const exact = before?.kind === 'number' || (isWordToken(before) && (COUNTING.hasToken(before) || before.tags[0] === 'CD'));
      const singular = quantity.text.slice(0, -1);
      const withOf = { start: quantity.end, end: quantity.end, replacement: ' of' };
      const dropS = { start: quantity.start, end: quantity.end, replacement: singular };
      reports.push({
        start: quantity.start,
        end: tokens[head]!.end,
        message: exact
          ? `After a number, "${singular}" takes no plural: "${before!.text} ${singular} ${tokens[head]!.text}".`
          : `"${quantity.text}" counts with "of" in English: "${quantity.text} of ${tokens[i + 1]!.text}".`,
        suggestions: exact ? [dropS, withOf] : [withOf],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Hundreds volunteers cleaned the beach on Sunday.', output: 'Hundreds of volunteers cleaned the beach on Sunday.' },
      { text: 'The port handles thousands tonnes of coal a day.', output: 'The port handles thousands of tonnes of coal a day.' },
      { text: 'The storm left millions households without power.', output: 'The storm left millions of households without power.' },
      { text: 'Dozens small shops closed after the new mall opened.', output: 'Dozens of small shops closed after the new mall opened.' },
      { text: 'The region exported several thousands tonnes of fish.', output: 'The region exported several thousand tonnes of fish.' },
      { text: 'Several thousand of people gathered in the square.', output: 'Several thousand people gathered in the square.' },
      { text: 'The new stadium cost two million of euros.', output: 'The new stadium cost two million euros.' },
      { text: 'Several hundreds of people were evacuated.', output: 'Several hundred people were evacuated.' },
    ],
    valid: [
      'Hundreds of volunteers cleaned the beach on Sunday.',
      'Thousands more people are expected tomorrow.',
      'The tickets cost a few dollars, and dozens each day were sold.',
      'Add the digits in the hundreds column first.',
      'The new plan will leave millions fewer people insured.',
      'Three thousand workers joined the strike.',
      'Thousands protest cuts to pensions.',
      'They came by the thousands to see the pope.',
      'He spent his millions on paintings.',
      'Hundreds and thousands of birds flew over the lake.',
      'Two hundred of the soldiers were sent home.',
      'Several thousand of them marched on the capital.',
      'Several thousand people gathered in the square.',
      'The firm incurred some $10 million of expenses.',
      'Five million of the bonds were sold.',
      'Many thousands of people were evacuated.',
      'It was written some hundreds of years ago.',
      'The grant would go up to 21 millions by 1966.',
    ],
  },
});
