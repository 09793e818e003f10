import { lookupTags, type Tag } from './lexicon.js';
import { GENERATION_SIZE, MAX_SPELLING_NUMBER, noteSpellingNumber } from './spelling-numbers.js';

/** What a token is, decided from its characters alone. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'mention' | 'hashtag' | 'foreign';

/** A token with `[start, end)` UTF-16 offsets into the original text. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** A token of the document, with its lexicon tags (most likely first). */
export interface Token extends RawToken {
  /** Lower-cased text, for comparisons. */
  lower: string;
  /** Penn Treebank tags from the lexicon, most likely first; empty for non-words. */
  tags: readonly Tag[];
  /** Position of the token in its sentence (in the token list, for `tokenize` alone). */
  index: number;
  /**
   * The number of the token's spelling (its `text`), shared by every word token of that spelling (see
   * `spelling-numbers.ts`); -1 or absent for tokens that are not words and tokens made other than by the tokenizer.
   * `WordSet.hasToken`, `WordMap.getToken` and the memos' `of` answer by it.
   */
  readonly spelling?: number;
}

// Scripts written without spaces between words. Their runs are `foreign` tokens and never join a
// Latin word ("RMB人民币" is two tokens). U+30FC (ー) and U+FF70 are the katakana length marks,
// whose Script is Common.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF70`;
// A letter of a word: any letter, mark or digit that is not CJK.
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{M}\p{N}])`;
// Characters that cannot be part of a URL, and those that cannot end one (trailing punctuation).
const URL_BODY = String.raw`[^\s<>"“”‘’()\[\]{}]`;
const URL_END = String.raw`[^\s<>"“”‘’()\[\]{}.,;:!?'*]`;
const TLD = 'com|org|net|edu|gov|mil|int|info|biz|io|ai|uk|cn|de|fr|jp|ru|eu|au|hk|tw|sg|kr|nl|ch|se|tv|app|dev';

// One alternation scanned left to right with the sticky flag. Each branch is either a single
// character class repeated, repetitions separated by a character outside the class, or bounded,
// so every attempt is linear in what it consumes (or bounded) and the whole scan is linear.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`((?:https?:\/\/|www\.)${URL_BODY}*${URL_END})`,
    // Local part bounded (RFC 5321 allows 64), so a failed attempt costs a bounded scan.
    String.raw`([\p{L}\p{N}._%+\-]{1,64}@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)`,
    // A bare domain name with a common top-level domain (Chinanews.com, bbc.co.uk/news); bounded.
    String.raw`((?:[\p{L}\p{N}\-]{1,63}\.){1,8}(?:${TLD})(?![\p{L}\p{N}\-])(?:\/${URL_BODY}{0,2000}${URL_END}|\/)?)`,
    String.raw`(@[\p{L}\p{N}_]+)`,
    String.raw`(#\p{L}[\p{L}\p{N}_]*)`,
    // Initialisms written with dots: U.S., e.g., a.m.
    String.raw`((?:\p{L}\.){2,})`,
    // Scripts that are not Latin: Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai.
    String.raw`([${CJK}]+|[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{M}]+)`,
    // A number joined to a word by a hyphen is one compound word: 16-year-old, 360-day, 7.8-magnitude.
    String.raw`(\p{N}+(?:[.,]\p{N}+)*(?:[\-‐‑]\p{L}${WORD_CHAR}*)+)`,
    String.raw`(\p{N}+(?:[.,:]\p{N}+)*(?:%|(?:st|nd|rd|th|s)(?!\p{L}))?)`,
    // Words keep inner hyphens and apostrophes (state-of-the-art, O'Brien); a possessive 's is split below.
    String.raw`(${WORD_CHAR}+(?:[\-‐‑'’]${WORD_CHAR}+)*)`,
    // Emoji: a flag (two regional indicators), or a pictograph with modifiers and ZWJ-joined pictographs.
    String.raw`(\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u20E3]*(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*)`,
    String.raw`([.…]{1,3}|[!?]+|[,;:"“”„‘’'()\[\]{}«»‹›—–\-‐‑。．！？，、；：「」『』（）【】《》〈〉・¿¡])`,
    String.raw`(\S)`,
  ].join('|'),
  'uy',
);

// The kind of each capturing group of TOKEN_PATTERN, in order. Positional groups rather than named
// ones: V8 builds a `groups` object for every match of a named-group pattern.
const GROUP_KINDS: readonly TokenKind[] = [
  'url', // url
  'email', // email
  'url', // bare domain
  'mention',
  'hashtag',
  'word', // initialism
  'foreign',
  'word', // number-word compound
  'number',
  'word',
  'symbol', // emoji
  'punct',
  'symbol',
];

/**
 * Splits text into tagged tokens; whitespace is skipped, every other character belongs to exactly one
 * token. Offsets are absolute; `offset` and `end` restrict the scan to `[offset, end)` of the text.
 * Each token is allocated once, already lower-cased and tagged: this is the hot path of linting.
 */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, offset, end);
  return tokens;
}

/**
 * `tokenize`, writing the tokens to `tokens[0, count)` (entries from `count` on are left as they were); returns
 * `count` and the distinct spellings of the words as written (each word token's `text`). `parseDocument` hands its
 * tokens out to its sentences, so it writes them to an array it keeps from text to text rather than a new one grown
 * by `push`: growing an array of a long text's tokens reallocates and copies it some twenty times, each copy a
 * large object of its own.
 */
export function tokenizeInto(tokens: Token[], text: string, offset = 0, end = text.length): { count: number; spellings: Set<string> } {
  let count = 0;
  // Each spelling is added at its first token of this call, which a stamp on the shared spelling tells: the set
  // is not looked up at every token.
  const spellings = new Set<string>();
  const stamp = ++calls;
  const wordToken = (info: WordInfo, start: number, stop: number, index: number): Token => {
    if (info.seenIn !== stamp) {
      info.seenIn = stamp;
      spellings.add(info.text);
    }
    return new TokenRecord(info.text, info.lower, start, stop, 'word', info.tags, index, info.number);
  };
  const makeToken = (value: string, start: number, stop: number, kind: TokenKind, index: number): Token =>
    kind === 'word' ? wordToken(spellingOf(value), start, stop, index) : otherToken(value, start, stop, kind, index);
  let i = offset;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSkipped(code)) {
      i++;
      continue;
    }
    // Fast path for the commonest tokens, which no other branch could claim: a plain ASCII word
    // followed by a space, a comma or a closing mark, and single commas, brackets and quotes.
    const plain = plainWordEnd(text, i, end);
    if (plain > i) {
      tokens[count] = wordToken(plainSpellingOf(text, i, plain), i, plain, count);
      count++;
      i = plain;
      continue;
    }
    const number = plainNumberEnd(text, i, end);
    if (number > i) {
      tokens[count] = makeToken(text.slice(i, number), i, number, 'number', count);
      count++;
      i = number;
      continue;
    }
    if (code === 44 || code === 59 || code === 40 || code === 41 || code === 0x201c || code === 0x201d || code === 34 || isLonePeriod(text, i, end)) {
      tokens[count] = makeToken(text[i]!, i, i + 1, 'punct', count);
      count++;
      i++;
      continue;
    }
    TOKEN_PATTERN.lastIndex = i;
    const match = TOKEN_PATTERN.exec(text);
    if (!match) {
      // Not reachable (the symbol branch takes any non-space), but keep offsets whole regardless.
      tokens[count] = makeToken(text[i]!, i, i + 1, 'symbol', count);
      count++;
      i++;
      continue;
    }
    let length = match[0].length;
    if (i + length > end) {
      length = end - i;
      // Never cut a surrogate pair in two.
      if (length > 1 && isHighSurrogate(text.charCodeAt(i + length - 1))) length--;
    }
    const value = text.slice(i, i + length);
    const kind = kindOf(match);
    // "company's" and "don't" are two tokens each (Penn style: company|'s, do|n't), so the stem is
    // looked up on its own and the clitic gets its own tag.
    const clitic = kind === 'word' ? cliticLength(value) : 0;
    if (clitic > 0) {
      const stem = value.length - clitic;
      tokens[count] = makeToken(value.slice(0, stem), i, i + stem, 'word', count);
      count++;
      tokens[count] = makeToken(value.slice(stem), i + stem, i + length, 'word', count);
      count++;
    } else {
      tokens[count] = makeToken(value, i, i + length, kind, count);
      count++;
    }
    i += length;
  }
  return { count, spellings };
}

// Tokens are made by `new`, not as object literals: V8 tracks every literal's allocation site (a memento beside each
// young object, for its pretenuring decisions), and the 180,000 tokens of a megabyte made that a third of parsing it
// once warm. The fields and their order are those the literals had.
class TokenRecord implements Token {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    readonly tags: readonly Tag[],
    public index: number,
    readonly spelling: number,
  ) {}
}

const NO_TAGS: readonly Tag[] = [];
const NUMBER_TAGS: readonly Tag[] = ['CD'];
// Clitics split off by the tokenizer that the lexicon lacks ('s and n't it has).
const CLITIC_TAGS = new Map<string, readonly Tag[]>([
  ["'re", ['VBP']], ["'ve", ['VBP']], ["'m", ['VBP']], ["'ll", ['MD']], ["'d", ['MD', 'VBD']],
]);

interface WordInfo {
  /** The spelling every token of it shares (the first one read). */
  text: string;
  /** `text` itself when it has no capitals, so that `token.text === token.lower` is a pointer comparison. */
  lower: string;
  tags: readonly Tag[];
  /** The last call of `tokenizeInto` that read this spelling. */
  seenIn: number;
  /** Its spelling number, or -1 past `MAX_SPELLING_NUMBER`. */
  number: number;
}
// Text is Zipfian: a few thousand spellings make up most tokens, so each spelling is lower-cased and
// looked up once and every later token shares the result, and the string itself: rules compare and
// look up token texts all the time, and a shared string is compared by reference and hashed once.
// Its size is bounded by the numbering: when a generation of numbers is full, the spellings are forgotten.
const words = new Map<string, WordInfo>();
let calls = 0;
let nextNumber = 0;

function otherToken(text: string, start: number, end: number, kind: TokenKind, index: number): Token {
  return new TokenRecord(text, text.toLowerCase(), start, end, kind, kind === 'number' ? NUMBER_TAGS : NO_TAGS, index, -1);
}

function spellingOf(text: string): WordInfo {
  let info = words.get(text);
  if (info === undefined) {
    const own = ownCopy(text);
    const lower = own.toLowerCase();
    if (nextNumber % GENERATION_SIZE === GENERATION_SIZE - 1) startGeneration();
    const number = nextNumber < MAX_SPELLING_NUMBER ? nextNumber++ : -1;
    if (number >= 0) noteSpellingNumber(number);
    if (number < 0 && words.size >= GENERATION_SIZE) words.clear();
    info = { text: own, lower: lower === own ? own : lower, tags: wordTags(own), seenIn: 0, number };
    words.set(text, info);
  }
  return info;
}

// The plain ASCII words (most tokens) are found again where they stand in the text: a hash of their characters
// picks a slot of an open-addressing table of the spellings read before, compared in place, so that a known word
// costs no slice of the text and no hashing of a new string, which was a fifth of tokenizing.
const PLAIN_SLOTS = 1 << 16;
/** The table is emptied when it is this full, as the spelling cache is: a long-running process stays bounded. */
const MAX_PLAIN_WORDS = PLAIN_SLOTS >> 1;
const plainInfos: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(PLAIN_SLOTS).fill(undefined);
const plainHashes = new Int32Array(PLAIN_SLOTS);
let plainCount = 0;

/** The spelling of the plain ASCII word `text[start, end)`, as `spellingOf` gives it. */
function plainSpellingOf(text: string, start: number, end: number): WordInfo {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  const mask = PLAIN_SLOTS - 1;
  let slot = (hash ^ (hash >>> 15)) & mask;
  for (let info = plainInfos[slot]; info !== undefined; info = plainInfos[slot]) {
    if (plainHashes[slot] === hash && isSpelledAt(info.text, text, start, end)) return info;
    slot = (slot + 1) & mask;
  }
  const info = spellingOf(text.slice(start, end));
  if (plainCount >= MAX_PLAIN_WORDS) {
    plainInfos.fill(undefined);
    plainCount = 0;
  }
  // An emptied table (here, or by a new generation of spelling numbers) takes the word at its first slot.
  if (plainCount === 0) slot = (hash ^ (hash >>> 15)) & mask;
  plainInfos[slot] = info;
  plainHashes[slot] = hash;
  plainCount++;
  return info;
}

/**
 * Forgets every spelling and numbers the next ones in the next generation (the last number of each generation is
 * never given, so that this runs before a spelling of the new generation is made).
 */
function startGeneration(): void {
  words.clear();
  plainInfos.fill(undefined);
  plainCount = 0;
  nextNumber++;
}

/** Whether `text[start, end)` has exactly the characters of `word`. */
function isSpelledAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// V8 makes a slice of 13 or more characters a view into the string it was cut from; a cached view would
// keep that whole document alive for as long as the cache lives.
const ownCopy = (slice: string): string => (slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string));

/** Lexicon tags of a word; a curly apostrophe is looked up as a straight one (company’s, don’t). */
function wordTags(word: string): readonly Tag[] {
  const text = word.includes('’') ? word.replaceAll('’', "'") : word;
  return CLITIC_TAGS.get(text.toLowerCase()) ?? lookupTags(text);
}

// 's 're 've 'll 'm 'd and n't at the end of a word, with a straight or curly apostrophe.
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|m|d))$/iu;

/** The length of the clitic that ends a word ("n't" → 3, "'s" → 2), or 0 when the stem would be empty. */
function cliticLength(word: string): number {
  const match = CLITIC.exec(word);
  if (!match || match.index === 0) return 0;
  return match[0].length;
}

function kindOf(match: RegExpExecArray): TokenKind {
  for (let g = 1; g <= GROUP_KINDS.length; g++) if (match[g] !== undefined) return GROUP_KINDS[g - 1]!;
  return 'symbol';
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The end of a plain ASCII word starting at i that the pattern would read as one `word` token, or i.
 * It must start with a letter and be followed by the end, a space, or , ; ! ? ) ] " ” or a period
 * that is itself followed by a space or the end (so initialisms, domains, e-mail addresses, URLs,
 * contractions, compounds and non-ASCII letters all go through the full pattern).
 */
function plainWordEnd(text: string, i: number, end: number): number {
  if (!isAsciiLetter(text.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < end && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j >= end) return j === text.length ? j : i;
  const c = text.charCodeAt(j);
  if (isSpaceCode(c) || c === 44 || c === 59 || c === 33 || c === 63 || c === 41 || c === 93 || c === 34 || c === 0x201d) return j;
  if (c === 46) {
    const after = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
    if (isSpaceCode(after)) return j;
  }
  return i;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** A period followed by a space, a line end, a closing quote or bracket, or the end: the commonest terminator. */
function isLonePeriod(text: string, i: number, end: number): boolean {
  if (text.charCodeAt(i) !== 46) return false;
  if (i + 1 >= end) return i + 1 === text.length;
  const c = text.charCodeAt(i + 1);
  return isSpaceCode(c) || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/**
 * The end of a plain number starting at i that the pattern would read as one `number` token, or i:
 * ASCII digits with inner . , : separators (1,234.5, 10:30) and an optional %, followed by the end,
 * a space, , ; ) ] " ” or a period before a space. Ordinals, number-word compounds, domains and
 * e-mail addresses fall through to the full pattern.
 */
function plainNumberEnd(text: string, i: number, end: number): number {
  if (!isAsciiDigit(text.charCodeAt(i))) return i;
  let j = i + 1;
  for (;;) {
    while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44 || c === 58) && j + 1 < end && isAsciiDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  if (j >= end) return j === text.length ? j : i;
  const c = text.charCodeAt(j);
  if (c === 37) return j + 1;
  if (isSpaceCode(c) || c === 44 || c === 59 || c === 41 || c === 93 || c === 34 || c === 0x201d) return j;
  if (c === 46) {
    const after = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
    if (isSpaceCode(after)) return j;
  }
  return i;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

// Whitespace (as /\s/ sees it), plus zero-width space and word joiner, which separate nothing visible.
function isSkipped(code: number): boolean {
  if (code === 32 || code === 9 || code === 10 || code === 13) return true;
  if (code < 0x85) return code === 11 || code === 12;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff;
}
