// en-lexicon is Brill's tagging lexicon, corrected and extended (about 112,000 words): each
// word maps to its Penn Treebank tags, most frequent first. Both packages are CommonJS; static imports
// (not createRequire) let a bundler include them, so the text model also runs in a browser.
import { lexicon as enLexicon } from 'en-lexicon';
import { Inflectors } from 'en-inflectors';
import { memoizeByWord } from './memo.js';

const lexicon: Readonly<Record<string, string | undefined>> = enLexicon;

/** Penn Treebank tags, as the lexicon gives them. */
export type Tag = string;

const cache = new Map<string, readonly Tag[]>();
// The tags guessed for words the lexicon lacks, so that `isKnownWord` is one cached lookup.
const GUESSED = new Map<string, readonly Tag[]>();

/**
 * The tags a word can take, most likely first. The lexicon is tried as written, then in lower
 * case; unknown words get tags guessed from their shape.
 */
export function lookupTags(word: string): readonly Tag[] {
  let tags = cache.get(word);
  if (tags) return tags;
  const entry = own(word) ?? own(word.toLowerCase());
  if (entry) {
    tags = entry.split('|');
  } else {
    tags = guessTags(word);
    GUESSED.set(word, tags);
  }
  if (cache.size > 200_000) {
    cache.clear();
    GUESSED.clear();
  }
  cache.set(word, tags);
  return tags;
}

/** True when the lexicon knows the word (as written or in lower case). */
export function isKnownWord(word: string): boolean {
  return lookupTags(word) !== GUESSED.get(word);
}

/** The lexicon's entry for exactly this spelling, if any; split once per spelling, as rules ask again and again. */
export const lexiconEntry: (word: string) => readonly Tag[] | undefined = memoizeByWord((word) => own(word)?.split('|'), 200_000);

function own(word: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
}

function guessTags(word: string): Tag[] {
  if (/^\p{Lu}/u.test(word)) return ['NNP'];
  const lower = word.toLowerCase();
  if (lower.includes('-')) return ['JJ', 'NN'];
  if (lower.endsWith('ed')) return ['VBN', 'VBD', 'JJ'];
  if (lower.endsWith('ing')) return ['VBG', 'NN'];
  if (lower.endsWith('ly')) return ['RB'];
  if (lower.endsWith('s') && !lower.endsWith('ss')) return ['NNS', 'VBZ'];
  return ['NN'];
}

/** The base form of a verb: "filed" → "file", "became" → "become". */
export function verbBase(word: string): string {
  return new Inflectors(word.toLowerCase()).toPresent();
}

/** The past participle of a verb: "rise" → "risen". */
export function pastParticiple(word: string): string {
  return new Inflectors(word.toLowerCase()).toPastParticiple();
}

/** Singular of a noun: "computers" → "computer". */
export function singularNoun(word: string): string {
  return new Inflectors(word).toSingular();
}

