// en-lexicon is Brill's tagging lexicon, corrected and extended (about 112,000 words): each word maps
// to its Penn Treebank tags, most frequent first. scripts/lexicon.mjs writes it at build time as front-coded
// sorted strings (src/front-coded.ts): the ASCII words as the table `lexicon-words` (src/tables.ts, read when
// first needed), the few others and the tag lists as the module `#lexicon`. Both load far faster than
// en-lexicon's object literal, and in a browser too. en-inflectors is CommonJS; a static import (not
// createRequire) lets a bundler include it. Only its noun module is loaded: the verb
// forms come from ./verb-forms.js, which does without the tables en-inflectors builds on load.
import { OTHER_WORDS, TAG_LIST_DIGITS, TAG_LISTS } from '#lexicon';
import { toSingular } from 'en-inflectors/dist/noun/transform.js';
import { FrontCodedTable } from './front-coded.js';
import { tableText } from './tables.js';
import { conjugateVerb } from './verb-forms.js';

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

/** Each tag list split once, on first use, and shared by its words. */
const tagArrays: (readonly Tag[] | undefined)[] = [];
/** The value of each tag list digit, by character code. */
const DIGIT_VALUES = new Int8Array(128);
for (let d = 0; d < TAG_LIST_DIGITS.length; d++) DIGIT_VALUES[TAG_LIST_DIGITS.charCodeAt(d)] = d;

/**
 * The words of a table of the generated module and their tag lists, searched as they stand: a map of all
 * 112,000 words took about 40 ms to build and weighed on every collection after, where a text looks up a
 * few thousand distinct words at most (`lookupTags` remembers them).
 */
class WordTable {
  private readonly words: FrontCodedTable;

  constructor(table: string | (() => string)) {
    this.words = new FrontCodedTable(table, 2);
  }

  /** The index in `TAG_LISTS` of `word`'s tags, or -1. */
  tagListOf(word: string): number {
    const digits = this.words.get(word);
    if (digits === undefined) return -1;
    return DIGIT_VALUES[digits.charCodeAt(0)]! * TAG_LIST_DIGITS.length + DIGIT_VALUES[digits.charCodeAt(1)]!;
  }
}

const asciiWords = new WordTable(() => tableText('lexicon-words'));
const otherWords = new WordTable(OTHER_WORDS);
const isAscii = (word: string) => {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 0x7f) return false;
  return true;
};

/** The lexicon's entry for exactly this spelling (its tags), if any. */
export function lexiconEntry(word: string): readonly Tag[] | undefined {
  const list = (isAscii(word) ? asciiWords : otherWords).tagListOf(word);
  return list === -1 ? undefined : (tagArrays[list] ??= TAG_LISTS[list]!.split('|'));
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

/**
 * The base form of a verb: "filed" → "file", "became" → "become". en-inflectors knows the irregular
 * verbs, but its rules leave or mangle many regular forms ("abolished", "adored" → "adored", "allied" →
 * "allie"): where its answer is not a verb the lexicon knows, the regular endings are undone instead.
 */
export function verbBase(word: string): string {
  const lower = word.toLowerCase();
  const past = COMMON_PASTS.get(lower);
  if (past !== undefined) return past;
  const base = conjugateVerb(lower, 'VBP');
  return isBaseVerb(base) ? base : (undoEnding(lower, VERB_ENDINGS, isBaseVerb) ?? undoubled(lower) ?? base);
}

// Pasts of common verbs spelled like the base of a rarer one, which en-inflectors gives instead: "went" (wend), "saw"
// (to saw), "found" (to found). News text means go, see and find.
const COMMON_PASTS: ReadonlyMap<string, string> = new Map([['went', 'go'], ['saw', 'see'], ['found', 'find']]);

// The lexicon tags some bases only as present tense ("doubt": NN, VBP), which is the base's spelling in English; a
// word read first as a determiner or preposition is no verb's base, whatever its rare tags ("the").
const isBaseVerb = (word: string) => {
  const entry = lexiconEntry(word);
  return entry !== undefined && (entry.includes('VB') || (entry.includes('VBP') && /^(NN|VB)/.test(entry[0] ?? '')));
};

// Regular verb endings and what they come from, tried in this order: "hoped" is "hope" before it is
// "hop", "adores" "adore" before "ador".
const VERB_ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ied', 'y'], ['s', ''], ['es', ''], ['d', ''], ['ed', ''], ['ing', 'e'], ['ing', ''],
];

/** A verb form with its final consonant doubled: "abetted" → "abet", "stopping" → "stop". */
function undoubled(lower: string): string | undefined {
  const stem = lower.endsWith('ed') ? lower.slice(0, -2) : lower.endsWith('ing') ? lower.slice(0, -3) : '';
  return stem.length > 2 && stem.at(-1) === stem.at(-2) && isBaseVerb(stem.slice(0, -1)) ? stem.slice(0, -1) : undefined;
}

/** The first stem these regular endings give that `isWanted` accepts ("weeks" → "week"), if any. */
function undoEnding(word: string, endings: readonly (readonly [string, string])[], isWanted: (stem: string) => boolean): string | undefined {
  for (const [ending, replacement] of endings) {
    if (!word.endsWith(ending) || word.length < ending.length + 2) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (isWanted(stem)) return stem;
  }
  return undefined;
}

/** The past participle of a verb: "rise" → "risen". */
export function pastParticiple(word: string): string {
  return conjugateVerb(word, 'VBN');
}

// Regular plural endings and what they come from: "policies", "weeks", "boxes". A bare -s goes before
// -es, or "poles" would become "pol" and "toes" "to".
const PLURAL_ENDINGS: readonly (readonly [string, string])[] = [['ies', 'y'], ['s', ''], ['es', '']];

/**
 * Singular of a noun: "computers" → "computer", "children" → "child". A regular plural is undone by its
 * ending when the lexicon knows the result as a noun; en-inflectors, which takes the rest (irregular
 * plurals), mangles many regular ones ("abbreviations" → "abbrevusations", "weeks" → "wooks").
 */
export function singularNoun(word: string): string {
  return undoEnding(word, PLURAL_ENDINGS, (stem) => lexiconEntry(stem)?.includes('NN') ?? false) ?? irregularSingular(word.toLowerCase());
}

/**
 * en-inflectors' singular of a plural the lexicon's nouns do not explain ("children", "criteria"). Its patterns for
 * Latin and Germanic plurals also fire inside regular words ("americans" → "ameruscans", "seeks" → "sooks",
 * "inhabitants" → "inhabustants"): a result the lexicon does not know gives way to the regular ending undone.
 */
function irregularSingular(lower: string): string {
  const irregular = toSingular(lower);
  if (irregular === lower || lexiconEntry(irregular) !== undefined) return irregular;
  return undoEnding(lower, PLURAL_ENDINGS, () => true) ?? lower;
}

/**
 * The regular plural of a singular noun that the lexicon knows as a plural ("library" → "libraries", "tax" → "taxes",
 * "farmer" → "farmers"), or undefined: irregular and unknown plurals are not guessed.
 */
export function pluralNoun(word: string): string | undefined {
  const plural = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(word) ? `${word}es` : `${word}s`;
  return lexiconEntry(plural)?.includes('NNS') ? plural : undefined;
}

