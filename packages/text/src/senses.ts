import { FIRST_CODE, SENSE_NAMES } from '#supersenses';
import { lemma } from './classes.js';
import { FrontCodedTable } from './front-coded.js';
import { lookupTags, singularNoun } from './lexicon.js';
import { memoizeByWord, type WordMemo } from './memo.js';
import { tableText } from './tables.js';

/**
 * WordNet lexicographer classes ("supersenses") of a lemma, from wink-lexicon's copy of WordNet 3.0:
 * verb.communication (say, warn), verb.cognition (think, know), noun.feeling (fear, hope) and so on.
 * The noun and verb classes are extracted at build time (scripts/supersenses.mjs) into one front-coded table
 * (src/front-coded.ts) of lemmas and their codes, `supersenses` (src/tables.ts).
 */
export type Supersense = string;

const LEMMAS = new FrontCodedTable(() => tableText('supersenses'));

function sensesOfLemma(headword: string): readonly Supersense[] {
  const codes = LEMMAS.get(headword);
  if (codes === undefined) return [];
  return Array.from(codes, (c) => SENSE_NAMES[c.charCodeAt(0) - FIRST_CODE]!);
}

/** The supersenses of a word as a verb (looked up by its base form, which the rules have mostly asked for already). */
export const verbSenses: WordMemo<readonly Supersense[]> = memoizeByWord((word) =>
  sensesOfLemma(lemma(word.toLowerCase())).filter((s) => s.startsWith('verb.')),
);

/** The supersenses of a word as a noun (looked up by its singular). */
export const nounSenses: WordMemo<readonly Supersense[]> = memoizeByWord((word) => {
  const lower = word.toLowerCase();
  // Only a word that can be a plural has a singular of its own; en-inflectors takes a while to say so
  // for every other word ("market" → "market").
  const mayBePlural = lower.endsWith('s') || lookupTags(lower).includes('NNS');
  const senses = mayBePlural ? sensesOfLemma(lower).concat(sensesOfLemma(singularNoun(lower))) : sensesOfLemma(lower);
  return [...new Set(senses.filter((s) => s.startsWith('noun.')))];
});
