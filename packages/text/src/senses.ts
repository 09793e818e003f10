import { createRequire } from 'node:module';
import { verbBase, singularNoun } from './lexicon.js';

/**
 * WordNet lexicographer classes ("supersenses") of a lemma, from wink-lexicon's copy of WordNet 3.0:
 * verb.communication (say, warn), verb.cognition (think, know), noun.feeling (fear, hope) and so on.
 * Loaded on first use, since only a few rules need meaning rather than part of speech.
 */
export type Supersense = string;

interface WordNetTables {
  wnWords: Record<string, number>;
  wnWordSenses: number[][];
  wnSenses: string[];
}

let tables: WordNetTables | undefined;
function load(): WordNetTables {
  tables ??= createRequire(import.meta.url)('wink-lexicon') as WordNetTables;
  return tables;
}

function sensesOfLemma(lemma: string): readonly Supersense[] {
  const t = load();
  const index = t.wnWords[lemma];
  if (index === undefined) return [];
  return (t.wnWordSenses[index] ?? []).map((s) => t.wnSenses[s] ?? '');
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
