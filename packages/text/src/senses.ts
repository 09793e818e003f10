import { FIRST_CODE, LEMMA_SENSES, SENSE_NAMES } from '#supersenses';
import { lemma } from './classes.js';
import { lookupTags, singularNoun } from './lexicon.js';
import { memoizeByWord } from './memo.js';

/**
 * WordNet lexicographer classes ("supersenses") of a lemma, from wink-lexicon's copy of WordNet 3.0:
 * verb.communication (say, warn), verb.cognition (think, know), noun.feeling (fear, hope) and so on.
 * The noun and verb classes are extracted at build time (scripts/supersenses.mjs) into one sorted string,
 * `lemma<TAB>codes` a line, so nothing is read from disk at run time and a browser bundle works too.
 */
export type Supersense = string;

// Where each line of LEMMA_SENSES starts: found on first use (a few ms), then each lookup is a binary search.
let lineStarts: Uint32Array | undefined;
function lines(): Uint32Array {
  if (lineStarts) return lineStarts;
  const starts: number[] = [0];
  for (let i = LEMMA_SENSES.indexOf('\n'); i >= 0; i = LEMMA_SENSES.indexOf('\n', i + 1)) starts.push(i + 1);
  return (lineStarts = Uint32Array.from(starts));
}

const TAB = 9;

/**
 * The order of the line's lemma, which starts at `start` and ends at a tab, against `headword`: negative
 * when it sorts first, 0 when equal. Compared in place, by UTF-16 code units as the generator sorts,
 * because a cut-out key at each step of the search would be garbage to collect.
 */
function compareKey(start: number, headword: string): number {
  for (let i = 0; ; i++) {
    const code = LEMMA_SENSES.charCodeAt(start + i);
    if (i === headword.length) return code === TAB ? 0 : 1;
    if (code === TAB) return -1;
    const diff = code - headword.charCodeAt(i);
    if (diff !== 0) return diff;
  }
}

function sensesOfLemma(headword: string): readonly Supersense[] {
  const starts = lines();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid]!;
    const order = compareKey(start, headword);
    if (order === 0) {
      const end = mid + 1 < starts.length ? starts[mid + 1]! - 1 : LEMMA_SENSES.length;
      return Array.from(LEMMA_SENSES.slice(start + headword.length + 1, end), (c) => SENSE_NAMES[c.charCodeAt(0) - FIRST_CODE]!);
    }
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

/** The supersenses of a word as a verb (looked up by its base form, which the rules have mostly asked for already). */
export const verbSenses: (word: string) => readonly Supersense[] = memoizeByWord((word) =>
  sensesOfLemma(lemma(word.toLowerCase())).filter((s) => s.startsWith('verb.')),
);

/** The supersenses of a word as a noun (looked up by its singular). */
export const nounSenses: (word: string) => readonly Supersense[] = memoizeByWord((word) => {
  const lower = word.toLowerCase();
  // Only a word that can be a plural has a singular of its own; en-inflectors takes a while to say so
  // for every other word ("market" → "market").
  const mayBePlural = lower.endsWith('s') || lookupTags(lower).includes('NNS');
  const senses = mayBePlural ? sensesOfLemma(lower).concat(sensesOfLemma(singularNoun(lower))) : sensesOfLemma(lower);
  return [...new Set(senses.filter((s) => s.startsWith('noun.')))];
});
