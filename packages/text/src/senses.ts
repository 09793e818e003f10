import wnSenses from 'wink-lexicon/src/wn-senses.js';
import wnWordSenses from 'wink-lexicon/src/wn-word-senses.js';
import wnWords from 'wink-lexicon/src/wn-words.js';
import { verbBase, singularNoun } from './lexicon.js';

/**
 * WordNet lexicographer classes ("supersenses") of a lemma, from wink-lexicon's copy of WordNet 3.0:
 * verb.communication (say, warn), verb.cognition (think, know), noun.feeling (fear, hope) and so on.
 * Only the three WordNet tables are imported, not the whole package (13 MB): statically, so that a bundler
 * includes them and the text model runs in a browser.
 */
export type Supersense = string;

function sensesOfLemma(lemma: string): readonly Supersense[] {
  const index = Object.hasOwn(wnWords, lemma) ? wnWords[lemma] : undefined;
  if (index === undefined) return [];
  return (wnWordSenses[index] ?? []).map((s) => wnSenses[s] ?? '');
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
