import { SpellingAnswers } from './spelling-numbers.js';

/** What `hasToken` and `getToken` read of a token. */
export interface Spelled {
  readonly lower: string;
  readonly spelling?: number | undefined;
}

/**
 * A fixed set of words for the tests rules run on every token ("is this word one of these?"). Most words of a text
 * are not in a given set, and a `Set` hashes each of them to say so; a `WordSet` first looks at the word's first
 * character and length, then at its last character and length, which rule most of them out without a look-up in the
 * set (a look-up is a cache miss or two in a large table; the two tests read the word's own characters). Its answers
 * are exactly a `Set`'s. Asked by a token (`hasToken`), it also remembers the answer by the token's spelling number.
 */
export class WordSet implements ReadonlySet<string> {
  private readonly words: ReadonlySet<string>;
  /** Per spelling number: 0 not yet asked, 1 not in the set, 2 in it. */
  private readonly answers = new SpellingAnswers();
  /** For each ASCII first character, a bit per length (lengths above 31 share bit 31) of the words that start with it. */
  private readonly lengths = new Int32Array(128);
  /** The same for each ASCII last character. */
  private readonly lastLengths = new Int32Array(128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) noteEnds(word, this.lengths, this.lastLengths);
  }

  has(word: string): boolean {
    return mayHold(word, this.lengths, this.lastLengths) && this.words.has(word);
  }

  /**
   * `has(token.lower)`, remembered by the token's spelling number: the same word asked again costs two array reads,
   * not the tests and the look-up.
   */
  hasToken(token: Spelled): boolean {
    const slot = this.answers.slot(token.spelling);
    if (slot < 0) return this.has(token.lower);
    const known = this.answers.known[slot]!;
    if (known !== 0) return known === 2;
    const found = this.has(token.lower);
    this.answers.known[slot] = found ? 2 : 1;
    return found;
  }

  get size(): number {
    return this.words.size;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const word of this.words) callback.call(thisArg, word, word, this);
  }

  // The iterators' types are named through Set's and Map's own methods, not as SetIterator and MapIterator:
  // those names exist only in TypeScript 5.6's lib and later, and the declarations ship to older compilers.
  entries(): ReturnType<Set<string>['entries']> {
    return this.words.entries();
  }

  keys(): ReturnType<Set<string>['keys']> {
    return this.words.keys();
  }

  values(): ReturnType<Set<string>['values']> {
    return this.words.values();
  }

  [Symbol.iterator](): ReturnType<Set<string>[typeof Symbol.iterator]> {
    return this.words.values();
  }
}

/**
 * A fixed map from words, with `WordSet`'s quick answer for the words it lacks. Its answers are exactly a `Map`'s;
 * asked by a token (`getToken`), it also remembers the answer by the token's spelling number.
 */
export class WordMap<V> implements ReadonlyMap<string, V> {
  private readonly map: ReadonlyMap<string, V>;
  private readonly answers = new SpellingAnswers<V>('values');
  private readonly lengths = new Int32Array(128);
  private readonly lastLengths = new Int32Array(128);

  constructor(entries: Iterable<readonly [string, V]>) {
    this.map = new Map(entries);
    for (const word of this.map.keys()) noteEnds(word, this.lengths, this.lastLengths);
  }

  get(word: string): V | undefined {
    return mayHold(word, this.lengths, this.lastLengths) ? this.map.get(word) : undefined;
  }

  /** `get(token.lower)`, remembered by the token's spelling number as `WordSet.hasToken` remembers. */
  getToken(token: Spelled): V | undefined {
    const slot = this.answers.slot(token.spelling);
    if (slot < 0) return this.get(token.lower);
    if (this.answers.known[slot] !== 0) return this.answers.values[slot];
    const value = this.get(token.lower);
    this.answers.known[slot] = 1;
    this.answers.values[slot] = value;
    return value;
  }

  has(word: string): boolean {
    return mayHold(word, this.lengths, this.lastLengths) && this.map.has(word);
  }

  get size(): number {
    return this.map.size;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [word, value] of this.map) callback.call(thisArg, value, word, this);
  }

  entries(): ReturnType<Map<string, V>['entries']> {
    return this.map.entries();
  }

  keys(): ReturnType<Map<string, V>['keys']> {
    return this.map.keys();
  }

  values(): ReturnType<Map<string, V>['values']> {
    return this.map.values();
  }

  [Symbol.iterator](): ReturnType<Map<string, V>[typeof Symbol.iterator]> {
    return this.map.entries();
  }
}

const lengthBit = (word: string): number => 1 << (word.length > 31 ? 31 : word.length);

/** Notes a word of the set by its first and last characters (ASCII only) and its length. */
function noteEnds(word: string, lengths: Int32Array, lastLengths: Int32Array): void {
  const first = word.charCodeAt(0);
  if (first < 128) lengths[first]! |= lengthBit(word);
  const last = word.charCodeAt(word.length - 1);
  if (last < 128) lastLengths[last]! |= lengthBit(word);
}

/**
 * Whether the word may be in the set: false when some word of the set would have to share its first or its last
 * character and its length, and none does. NaN (the empty word) and non-ASCII characters are not ruled out here.
 */
function mayHold(word: string, lengths: Int32Array, lastLengths: Int32Array): boolean {
  const bit = lengthBit(word);
  const first = word.charCodeAt(0);
  if (first < 128 && (lengths[first]! & bit) === 0) return false;
  const last = word.charCodeAt(word.length - 1);
  return !(last < 128 && (lastLengths[last]! & bit) === 0);
}
