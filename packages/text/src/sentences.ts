import type { RawToken } from './tokenize.js';
import { WordSet } from './word-set.js';

/** A sentence's extent; `terminated` is false for headlines, credit lines and other fragments. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
  terminated: boolean;
}

// What a period after a word means depends on the word (compared in lower case, without the dot):
// - TITLES come before a name and never end a sentence (Mr. Sun, Gen. Smith);
// - NEVER_FINAL abbreviations are followed by more of the sentence (e.g., vs., cf.);
// - BEFORE_NUMBER ones do not end a sentence when a number follows (No. 5, fig. 3; but "she said no.");
// - MONTHS, written with a capital, do not end one before a number (Jan. 5) and are otherwise AMBIGUOUS;
// - AMBIGUOUS ones (etc., Inc., U.S., a.m., a single initial) end a sentence only when a word that
//   typically opens a sentence follows ("in the U.S. The next day" but "U.S. officials").
const TITLES = new WordSet([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'mme', 'mlle', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'fr', 'mt', 'ft', 'supt', 'insp',
]);
const NEVER_FINAL = new WordSet(['e.g', 'i.e', 'vs', 'cf', 'viz', 'approx', 'ca', 'resp', 'incl', 'excl', 'n.b', 'a.k.a']);
const BEFORE_NUMBER = new WordSet(['no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'art', 'ch', 'chap', 'sec', 'para', 'op', 'ed', 'tel', 'ext', 'nr']);
const MONTHS = new WordSet(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const AMBIGUOUS = new WordSet([
  'etc', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'jr', 'sr', 'esq', 'al', 'st', 'ave', 'blvd', 'rd', 'dept',
  'est', 'univ', 'assn', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ph.d', 'b.a', 'm.a',
]);
// Capitalised words that, after an ambiguous abbreviation, show that a new sentence starts.
const SENTENCE_OPENERS = new WordSet([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'in', 'on', 'at', 'for', 'his', 'her', 'their', 'its', 'our', 'my', 'if', 'when', 'while', 'however', 'as',
  'after', 'before', 'since', 'so', 'then', 'thus', 'yet', 'also', 'meanwhile', 'moreover', 'according', 'what',
  'why', 'how', 'where', 'who', 'some', 'many', 'most', 'all', 'no', 'one', 'each', 'both', 'other', 'such',
]);
// Words after which a line break cannot end a sentence: the line was wrapped.
const CONTINUING = new WordSet([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'and', 'or', 'but', 'nor',
  'that', 'which', 'who', 'whose', 'whom', 'as', 'than', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this',
  'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'not', 'very', 'between', 'about', 'over', 'under', 'through', 'during',
]);

const CLOSERS = new WordSet(['"', '”', '’', "'", ')', ']', '}', '»', '›', '」', '』', '）', '】', '》', '〉']);
const OPENERS = /^["“„‘'(\[{«‹—–\-¿¡「『（【《〈]$/u;
// The letter tests of a sentence's edges, made once: a pattern literal in a function is a new object at every call
// (none has the g or y flag, the ones that keep state between matches).
const LOWER_CASE_START = /^\p{Ll}/u;
const CAPITAL_START = /^\p{Lu}/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;
const CAPITAL_OR_TITLE_START = /^[\p{Lu}\p{Lt}]/u;
const LETTER_START = /^\p{L}/u;
// At most this many closing quotes and brackets are looked at after a terminator ("?)’” …).
const MAX_CLOSERS = 4;

/**
 * Splits text into sentences. Paragraph breaks (a blank line) always end a sentence; a single line
 * break ends one unless the sentence visibly goes on (the next line starts in lower case, or the line
 * ends in a comma or a function word); a terminator ends one when a sentence can start after it
 * (capital, digit, opening quote or bracket, CJK) and what precedes it is not an abbreviation.
 * Closing quotes and brackets right after a terminator belong to the sentence they close. Linear.
 * Reads the first `count` tokens (all of them unless told).
 */
export function splitSentences(text: string, tokens: readonly RawToken[], count = tokens.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  let first = 0; // index of the sentence's first token
  const close = (last: number) => {
    spans.push({ start: tokens[first]!.start, end: tokens[last]!.end, paragraph, terminated: endsWithTerminator(tokens, first, last) });
    first = last + 1;
  };
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    const next = i + 1 < count ? tokens[i + 1] : undefined;
    if (!next) {
      close(i);
      break;
    }
    const breaks = lineBreaks(text, token.end, next.start);
    if (breaks >= 2) {
      close(i);
      paragraph++;
      continue;
    }
    if (breaks === 1 && !continuesLine(tokens, i)) {
      close(i);
      continue;
    }
    // A sentence may end here if this token is a terminator, or closes one, and no closer follows.
    if (isCloser(next) && next.start === token.end) continue;
    const terminator = terminatorBefore(tokens, i);
    if (terminator >= 0 && endsSentence(tokens, terminator, i, count)) close(i);
  }
  return spans;
}

/** Line breaks in `text[from, to)`: CRLF, LF, CR, NEL and U+2028 count one, U+2029 (paragraph separator) two. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x85 || c === 0x2028 || c === 11 || c === 12) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    } else if (c === 0x2029) n += 2;
    if (n >= 2) return n;
  }
  return n;
}

/** Whether the sentence goes on after the line break that follows token i. */
function continuesLine(tokens: readonly RawToken[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1]!;
  if (LOWER_CASE_START.test(next.text)) return true;
  if (token.kind === 'punct') {
    if (token.text === ',' || token.text === ';') return true;
    // "Mr." at the end of a line is followed by the name.
    if (token.text === '.' && i > 0) {
      const previous = tokens[i - 1]!;
      return previous.end === token.start && previous.kind === 'word' && TITLES.has(previous.text.toLowerCase());
    }
    return false;
  }
  return token.kind === 'word' && CONTINUING.has(token.text.toLowerCase()) && LOWER_CASE_START.test(token.text);
}

function isCloser(token: RawToken): boolean {
  return token.kind === 'punct' && CLOSERS.has(token.text);
}

/** Punctuation that ends a sentence: . ! ? … in any combination, and the CJK full stops. */
function isTerminatorPunct(token: RawToken): boolean {
  if (token.kind !== 'punct') return false;
  const t = token.text;
  for (let k = 0; k < t.length; k++) if (!'.!?…。．！？'.includes(t[k]!)) return false;
  return true;
}

/** A terminator, or a word that carries its period (U.S.). */
function isTerminator(token: RawToken): boolean {
  return isTerminatorPunct(token) || (token.kind === 'word' && token.text.endsWith('.'));
}

/** The index of the terminator that token i is, or that the closers ending at i follow; -1 if none. */
function terminatorBefore(tokens: readonly RawToken[], i: number): number {
  let j = i;
  for (let n = 0; n < MAX_CLOSERS && j > 0 && isCloser(tokens[j]!) && tokens[j - 1]!.end === tokens[j]!.start; n++) j--;
  return isTerminator(tokens[j]!) ? j : -1;
}

/** Whether the terminator at index t, with closers up to index last, ends a sentence of the first `count` tokens. */
function endsSentence(tokens: readonly RawToken[], t: number, last: number, count: number): boolean {
  const after = last + 1 < count ? tokens[last + 1] : undefined;
  if (!after) return true;
  if (!startsSentence(after)) return false;
  const terminator = tokens[t]!;
  // "Ph.D", "Node.js", "end.The": no space after the period, so no boundary.
  if (last === t && after.start === terminator.end && (after.kind === 'word' || after.kind === 'number')) return false;
  let abbreviation: string | undefined;
  if (terminator.kind === 'word') {
    abbreviation = terminator.text.slice(0, -1); // an initialism: U.S., a.m., e.g.
  } else if (terminator.text === '.' || terminator.text === '．') {
    const previous = tokens[t - 1];
    if (!previous || previous.end !== terminator.start || previous.kind !== 'word') return true;
    abbreviation = previous.text;
  } else {
    return true; // ! ? … and CJK stops
  }
  const lower = abbreviation.toLowerCase();
  const capitalised = CAPITAL_START.test(abbreviation);
  if (TITLES.has(lower) || NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && after.kind === 'number') return false;
  if (MONTHS.has(lower) && capitalised) {
    if (after.kind === 'number') return false;
    return opensSentence(after);
  }
  // Dotted initialisms, single initials (J. R. R. Tolkien) and the ambiguous abbreviations.
  if (terminator.kind === 'word' || AMBIGUOUS.has(lower) || CAPITAL_LETTER.test(abbreviation)) return opensSentence(after);
  return true;
}

/** A capitalised word that commonly opens a sentence ("The", "It", "According"). */
function opensSentence(token: RawToken): boolean {
  return token.kind === 'word' && CAPITAL_START.test(token.text) && SENTENCE_OPENERS.has(token.text.toLowerCase());
}

/** Whether a sentence can start with this token (not a lower-case word or a comma). */
function startsSentence(token: RawToken): boolean {
  if (token.kind === 'number' || token.kind === 'mention' || token.kind === 'hashtag' || token.kind === 'foreign') return true;
  if (token.kind === 'punct') return OPENERS.test(token.text);
  if (token.kind === 'symbol') return true;
  return CAPITAL_OR_TITLE_START.test(token.text) || !LETTER_START.test(token.text);
}

/** Whether the tokens first..last end in a terminator, looking past closing quotes and brackets. */
function endsWithTerminator(tokens: readonly RawToken[], first: number, last: number): boolean {
  for (let i = last; i >= first; i--) {
    const t = tokens[i]!;
    if (isCloser(t)) continue;
    return isTerminator(t);
  }
  return false;
}
