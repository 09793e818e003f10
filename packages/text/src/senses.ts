import { FIRST_CODE, LEMMA_SENSES, SENSE_NAMES } from '#supersenses';
import { verbBase, singularNoun } from './lexicon.js';

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

function sensesOfLemma(lemma: string): readonly Supersense[] {
  const starts = lines();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid]!;
    const tab = LEMMA_SENSES.indexOf('\t', start);
    const key = LEMMA_SENSES.slice(start, tab);
    if (key === lemma) {
      const end = mid + 1 < starts.length ? starts[mid + 1]! - 1 : LEMMA_SENSES.length;
      return Array.from(LEMMA_SENSES.slice(tab + 1, end), (c) => SENSE_NAMES[c.charCodeAt(0) - FIRST_CODE]!);
    }
    // The generator sorts with the same UTF-16 code unit order that < compares by.
    if (key < lemma) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

// Rules ask about the same words again and again; inflecting and filtering is worth doing once.
const verbCache = new Map<string, readonly Supersense[]>();
const nounCache = new Map<string, readonly Supersense[]>();
const MAX_CACHED = 50_000;

function cached(cache: Map<string, readonly Supersense[]>, word: string, compute: () => readonly Supersense[]) {
  let senses = cache.get(word);
  if (senses === undefined) {
    senses = compute();
    if (cache.size > MAX_CACHED) cache.clear();
    cache.set(word, senses);
  }
  return senses;
}

/** The supersenses of a word as a verb (looked up by its base form). */
export function verbSenses(word: string): readonly Supersense[] {
  return cached(verbCache, word, () => sensesOfLemma(verbBase(word)).filter((s) => s.startsWith('verb.')));
}

/** The supersenses of a word as a noun (looked up by its singular). */
export function nounSenses(word: string): readonly Supersense[] {
  return cached(nounCache, word, () => {
    const lower = word.toLowerCase();
    const senses = sensesOfLemma(lower).concat(sensesOfLemma(singularNoun(lower)));
    return [...new Set(senses.filter((s) => s.startsWith('noun.')))];
  });
}
