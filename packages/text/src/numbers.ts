import type { Token } from './tokenize.js';
import { WordSet } from './word-set.js';

// Numbers written as words. Rules that read an amount, a count or a percentage need them as much as digits: MT of a
// source that spells small numbers ("cinco millones", "zwölf Prozent") spells them in English too.
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// "twenty-five", "ninety-nine": the tokenizer keeps a hyphenated word whole.
const SPELLED = new WordSet([...UNITS, ...TEENS, ...TENS, ...TENS.flatMap((t) => UNITS.map((u) => `${t}-${u}`))]);
// The words that multiply a number before them: "five million", "3 thousand", "two hundred".
const MAGNITUDES = new WordSet(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** The ordinals written as words, "first" to "tenth": the ranks MT writes without the article English gives them. */
export const ORDINAL_WORDS: WordSet = new WordSet(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** A number in digits ("12", "2.5", "1,200") or one written as a word ("twelve", "twenty-five"). */
export const isCardinal = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || (t.kind === 'word' && SPELLED.has(t.lower)));

/**
 * A number token or a word the lexicon tags first as a cardinal ("40", "three", "hundred"): the test the rules make of
 * the word that opens an amount, broader than `isCardinal`'s list of spelled numbers.
 */
export const isNumeral = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || t.tags[0] === 'CD');

/** A number written as a word ("twelve", "twenty-five"), given in lower case. */
export const isSpelledCardinal = (lower: string): boolean => SPELLED.has(lower);

/** "hundred", "thousand", "million", "billion", "trillion", given in lower case. */
export const isMagnitude = (lower: string): boolean => MAGNITUDES.has(lower);

/** A rank in digits: 19 → "19th", 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * The index after the cardinal that starts at `from`, with the magnitudes that scale it ("12", "five million",
 * "2.5 billion", "three hundred thousand", "twenty-five"), or -1 when no cardinal starts there.
 */
export function cardinalEnd(tokens: readonly Token[], from: number): number {
  if (!isCardinal(tokens[from])) return -1;
  let end = from + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && MAGNITUDES.has(tokens[end]!.lower)) end++;
  return end;
}
