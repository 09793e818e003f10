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

/**
 * The tags a word can take, most likely first. The lexicon is tried as written, then in lower
 * case; unknown words get tags guessed from their shape.
 */
export function lookupTags(word: string): readonly Tag[] {
  let tags = cache.get(word);
  if (tags) return tags;
  const entry = own(word) ?? own(word.toLowerCase());
  tags = entry ? entry.split('|') : guessTags(word);
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

/** The lexicon's entry for exactly this spelling, if any; split once per spelling, as rules ask again and again. */
export const lexiconEntry: (word: string) => readonly Tag[] | undefined = memoizeByWord((word) => own(word)?.split('|'), 200_000);

function own(word: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
}

// Guesses are these arrays and no others (a lexicon entry is split into an array of its own), so that a
// guess is told from an entry by identity.
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

