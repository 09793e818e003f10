// en-lexicon is Brill's tagging lexicon, corrected and extended (about 112,000 words): each word maps
// to its Penn Treebank tags, most frequent first. scripts/lexicon.mjs writes it at build time as a
// module of strings (`#lexicon`), which loads far faster than en-lexicon's object literal and needs
// no file at run time, so the text model also runs in a browser. en-inflectors is CommonJS; a
// static import (not createRequire) lets a bundler include it.
import { TAG_LISTS, WORDS_BY_TAG_LIST } from '#lexicon';
import { Inflectors } from 'en-inflectors';

/** Penn Treebank tags, as the lexicon gives them. */
export type Tag = string;

const cache = new Map<string, readonly Tag[]>();

/**
 * The tags a word can take, most likely first. The lexicon is tried as written, then in lower
 * case; unknown words get tags guessed from their shape.
 */
export function lookupTags(word: string): readonly Tag[] {
  let tags = cache.get(word);
  if (tags) return tags;
  tags = lexiconEntry(word) ?? lexiconEntry(word.toLowerCase()) ?? guessTags(word);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, tags);
  return tags;
}

/** True when the lexicon knows the word (as written or in lower case). */
export function isKnownWord(word: string): boolean {
  return !isGuessed(lookupTags(word));
}

/**
 * True for tags guessed from a word's shape, which the lexicon lacks: a word token's own `tags` answer
 * `isKnownWord` for it without a lookup.
 */
export const isGuessed = (tags: readonly Tag[]): boolean => GUESSES.includes(tags);

// Built on first use (about 40 ms): word → its tags, each tag list split once and shared by its words.
let entries: Map<string, readonly Tag[]> | undefined;

/** The lexicon's entry for exactly this spelling (its tags), if any. */
export function lexiconEntry(word: string): readonly Tag[] | undefined {
  if (entries === undefined) {
    entries = new Map();
    for (let i = 0; i < TAG_LISTS.length; i++) {
      const tags = TAG_LISTS[i]!.split('|');
      for (const entry of WORDS_BY_TAG_LIST[i]!.split('\n')) entries.set(entry, tags);
    }
  }
  return entries.get(word);
}

// Guesses are these arrays and no others (lexicon entries are arrays of their own), so that a guess is
// told from an entry by identity.
const NAME_GUESS: readonly Tag[] = ['NNP'];
const COMPOUND_GUESS: readonly Tag[] = ['JJ', 'NN'];
const PAST_GUESS: readonly Tag[] = ['VBN', 'VBD', 'JJ'];
const GERUND_GUESS: readonly Tag[] = ['VBG', 'NN'];
const ADVERB_GUESS: readonly Tag[] = ['RB'];
const PLURAL_GUESS: readonly Tag[] = ['NNS', 'VBZ'];
const NOUN_GUESS: readonly Tag[] = ['NN'];
const GUESSES: readonly (readonly Tag[])[] = [NAME_GUESS, COMPOUND_GUESS, PAST_GUESS, GERUND_GUESS, ADVERB_GUESS, PLURAL_GUESS, NOUN_GUESS];

function guessTags(word: string): readonly Tag[] {
  if (/^\p{Lu}/u.test(word)) return NAME_GUESS;
  const lower = word.toLowerCase();
  if (lower.includes('-')) return COMPOUND_GUESS;
  if (lower.endsWith('ed')) return PAST_GUESS;
  if (lower.endsWith('ing')) return GERUND_GUESS;
  if (lower.endsWith('ly')) return ADVERB_GUESS;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return PLURAL_GUESS;
  return NOUN_GUESS;
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

