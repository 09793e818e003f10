import type { Sentence, Token } from './document.js';
import { isAdjective, isDeterminer } from './classes.js';
import { memoizeByWord } from './memo.js';
import { nounSenses } from './senses.js';
import { SpellingAnswers } from './spelling-numbers.js';
import { WordSet } from './word-set.js';

/** The likeliest tag of a token, or '' for none (a missing token, punctuation). */
export const primaryTag = (t: Token | undefined): string => t?.tags[0] ?? '';

/** A word token (not punctuation, number or symbol); false past the end of a sentence. */
export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/**
 * NN, NNS, NNP, NNPS, CD or PRP, by character codes: the noun-phrase readers test every word they pass, and a set looked
 * every noun's tag up by its hash.
 */
function isNominalTag(tag: string): boolean {
  const first = tag.charCodeAt(0);
  if (first === 78) {
    // NN, NNS, NNP, NNPS
    if (tag.charCodeAt(1) !== 78) return false;
    if (tag.length === 2) return true;
    const third = tag.charCodeAt(2);
    if (tag.length === 3) return third === 83 || third === 80;
    return tag.length === 4 && third === 80 && tag.charCodeAt(3) === 83;
  }
  if (first === 67) return tag.length === 2 && tag.charCodeAt(1) === 68;
  return first === 80 && tag.length === 3 && tag.charCodeAt(1) === 82 && tag.charCodeAt(2) === 80;
}

/** A token that can stand inside a noun phrase: determiner, adjective, noun, number, possessive ’s. */
export function isNominalPart(t: Token): boolean {
  return (phraseFlags(t) & PART) !== 0;
}

/** A token that can head a noun phrase (noun, name, number, personal pronoun). */
export function isNominalHead(t: Token): boolean {
  return (phraseFlags(t) & HEAD) !== 0;
}

const COMPASS_POINTS = new WordSet(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

// Plurals of round numbers, which open a phrase of their own before "of": "hundreds of flights".
const ROUND_PLURALS = new WordSet(['tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);

// What the noun-phrase readers ask of a token, as bits: a nominal head, a nominal part, a determiner, a compass point,
// a plural of a round number, the possessive 's. A word's are remembered per spelling number: the readers ask them of
// every word they pass, and many rules read a noun phrase at many words (the class tests were the readers' time).
const KNOWN = 1;
const HEAD = 2;
const PART = 4;
const DETERMINER = 8;
const COMPASS = 16;
const ROUND_PLURAL = 32;
const POSSESSIVE = 64;
const NUMBER_FLAGS = KNOWN | HEAD | PART;
const phraseAnswers = new SpellingAnswers('numbers');

function phraseFlags(t: Token): number {
  if (t.kind !== 'word') return t.kind === 'number' ? NUMBER_FLAGS : KNOWN;
  return phraseAnswers.remembered(t, wordPhraseFlags);
}

function wordPhraseFlags(t: Token): number {
  const tag = t.tags[0] ?? '';
  const possessive = t.lower === '’s' || t.lower === "'s";
  let flags = KNOWN;
  if (isNominalTag(tag)) flags |= HEAD | PART;
  if (isDeterminer(t)) flags |= DETERMINER | PART;
  if (isAdjective(t) || tag === 'POS' || possessive) flags |= PART;
  if (COMPASS_POINTS.has(t.lower)) flags |= COMPASS;
  if (ROUND_PLURALS.has(t.lower)) flags |= ROUND_PLURAL;
  if (possessive) flags |= POSSESSIVE;
  return flags;
}

/**
 * The end (exclusive token index) of the simple noun phrase starting at `from` — determiners,
 * adjectives and nouns ending in a noun, at most `max` tokens — or `from` when there is none.
 */
export function nounPhraseEnd(tokens: readonly Token[], from: number, max = 6): number {
  let end = from;
  let lastHead = -1;
  for (let i = from; i < tokens.length && i - from < max; i++) {
    const t = tokens[i]!;
    const flags = phraseFlags(t);
    const head = (flags & HEAD) !== 0;
    // The lexicon reads "north" first as an adverb ("headed north"); after a determiner it is the noun ("in the north").
    const compass = !head && i > 0 && (flags & COMPASS) !== 0 && isDeterminer(tokens[i - 1]!);
    if ((flags & PART) === 0 && !compass) break;
    // A determiner after a head starts the next phrase ("the committee the proposal").
    if (i > from && lastHead >= 0 && (flags & (DETERMINER | POSSESSIVE)) === DETERMINER) break;
    // So does a plural of a round number before "of" ("the strike | hundreds of flights"): no compound ends in one.
    if (i > from && lastHead >= 0 && (flags & ROUND_PLURAL) !== 0 && tokens[i + 1]?.lower === 'of') break;
    if (head || compass) lastHead = i;
    end = i + 1;
  }
  return lastHead >= 0 ? lastHead + 1 : from;
}

// Words that make a time phrase of a noun with a time sense: "last week", "the coming years", "one day".
const TEMPORAL_MODIFIERS = new WordSet([
  'last', 'next', 'this', 'that', 'these', 'every', 'each', 'coming', 'past', 'previous', 'following', 'same', 'recent',
  'early', 'late', 'earlier', 'later', 'first', 'final', 'one', 'several', 'few', 'many', 'whole', 'entire',
]);

// Fixed phrases of "time" that are adverbials, not amounts of time to spend: "in record time", "in no time", "in due time".
const TIME_IDIOM_MODIFIERS = new WordSet(['record', 'no', 'due']);

// Seasons and parts of the day, which WordNet also gives other senses ("a spring of water"); "fall" is left out.
const SEASONS_AND_DAYPARTS = new WordSet(['spring', 'summer', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

const NO_TIME = 0;
const SOME_TIME = 1;
const ONLY_TIME = 2;
// Whether a noun has a time sense, and whether that is its only sense: looked up once per word, since word-order
// rules ask for every noun phrase they read.
const timeSense = memoizeByWord((lower): number => {
  const senses = nounSenses(lower);
  return !senses.includes('noun.time') ? NO_TIME : senses.every((s) => s === 'noun.time') ? ONLY_TIME : SOME_TIME;
});

const YEAR = /^(1[89]|20)\d\d$/;

/** A year as news writes it, 1800–2099: "2015", "1961". */
export const isYearNumber = (text: string): boolean => YEAR.test(text);

// Whether tokens [from, end) form a time phrase. WordNet gives a time sense to many nouns that are rarely times
// ("rates", "rules", "terms", "half"), so the head must be a noun.time and be a day or month name ("Tuesday",
// "May"), a noun with no sense but time ("yesterday", "week", "autumn"), or come after a temporal modifier or a number
// ("last year", "the coming years", "two days", "three days", "many years": a number in digits or words, CD); or be a
// year ("2015"); or be "time" in a fixed adverbial ("in record time").
/** Whether tokens [from, end), a noun phrase, name a time: see `isTimePhrase`. */
export function isTimeSpan(tokens: readonly Token[], from: number, end: number): boolean {
  if (end <= from) return false;
  const head = tokens[end - 1]!;
  // A year: "in 2015", "by 2030".
  if (end - from === 1 && head.kind === 'number' && isYearNumber(head.text)) return true;
  const time = timeSense.of(head);
  if (time === NO_TIME) return false;
  // A capital marks a day or month name, except on the first word of a sentence ("Last year").
  const named = head.text !== head.lower && (head.index > 0 || primaryTag(head) === 'NNP');
  if (named || time === ONLY_TIME) return true;
  // "the spring", "the evening": a season or a part of the day with the article alone.
  if (end - from === 2 && tokens[from]!.lower === 'the' && SEASONS_AND_DAYPARTS.hasToken(head)) return true;
  for (let p = from; p < end - 1; p++) {
    const t = tokens[p]!;
    if (t.kind === 'number' || TEMPORAL_MODIFIERS.hasToken(t) || t.tags[0] === 'CD') return true;
  }
  return head.lower === 'time' && end - from === 2 && TIME_IDIOM_MODIFIERS.hasToken(tokens[from]!);
}

// The tests below compare strings rather than match patterns: this runs for every noun phrase the word-order rules
// read, and a regular expression literal in a function is a new object each time it is reached.
/**
 * The end of the noun phrase at `from` read as one argument of a verb: cut after a time phrase that opens it, and
 * before a time phrase that
 * `nounPhraseEnd` glues onto it ("the new law | last week", "the engineers | yesterday") and before a personal
 * pronoun after a noun ("experts | it", but "the firm itself"), where word orders carried over from a verb-final
 * source put two arguments side by side.
 */
export function argumentPhraseEnd(tokens: readonly Token[], from: number): number {
  const end = nounPhraseEnd(tokens, from);
  // A time phrase with another noun phrase glued after it: "last week | hundreds of fishermen"
  // (not a possessive: "last year's budget").
  for (let p = from; p < end - 1; p++) {
    const next = tokens[p + 1]!;
    // Not before a possessive ("last year's budget") or the day of a date ("December 31"); a number after a common
    // noun of time opens the next phrase ("last season | 30 goals").
    if (next.lower === "'s" || next.lower === '’s' || primaryTag(next) === 'POS' || (next.kind === 'number' && tokens[p]!.text !== tokens[p]!.lower)) continue;
    // Nor after an adjective or -ing form whose noun sense is a time ("the old | town", "the coming | days").
    const tag = primaryTag(tokens[p]);
    if (tag.startsWith('JJ') || tag.startsWith('VBG')) continue;
    if (isTimeSpan(tokens, from, p + 1) && !isTimeSpan(tokens, from, p + 2)) return p + 1;
  }
  for (let p = from + 1; p < end; p++) {
    const t = tokens[p]!;
    const tag = primaryTag(t);
    const after = primaryTag(tokens[p - 1]);
    if (tag === 'PRP' && after !== 'PRP' && !t.lower.endsWith('self') && !t.lower.endsWith('selves')) return p;
    if ((after === 'NN' || after === 'NNS') && (tag === 'JJ' || tag === 'DT' || t.tags.includes('RB')) && isTimeSpan(tokens, p, end)) return p;
  }
  return end;
}

/** Whether the noun phrase starting at `from` names a time ("last week", "yesterday", "Tuesday", "the next two years"): an adverbial, not a subject or object. */
export function isTimePhrase(tokens: readonly Token[], from: number): boolean {
  return isTimeSpan(tokens, from, argumentPhraseEnd(tokens, from));
}

const QUOTE_MARKS = new WordSet(['“', '”', '«', '»', '„', '"']);
const isQuoteMark = (t: Token) => t.kind === 'punct' && QUOTE_MARKS.has(t.text);

/**
 * For each token of a sentence, whether it stands inside quotation marks (“…”, «…», „…“ or straight "…"):
 * quoted titles, slogans and speech keep their own word order and capitals. Read it as `mask[i] === true`:
 * a sentence without quotation marks gets an empty mask.
 */
export function quotedMask(sentence: Sentence): boolean[] {
  // Most sentences quote nothing: their mask is empty, and every index reads as not quoted.
  const tokens = sentence.tokens;
  let k = 0;
  while (k < tokens.length && !isQuoteMark(tokens[k]!)) k++;
  if (k === tokens.length) return [];
  let open = false;
  return sentence.tokens.map((t) => {
    if (t.text === '“' || t.text === '«' || t.text === '„') open = true;
    else if (t.text === '”' || t.text === '»') open = false;
    else if (t.text === '"') open = !open;
    return open;
  });
}
