import type { RawToken } from './tokenize.js';

/** A sentence's extent; `terminated` is false for headlines, credit lines and other fragments. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
  terminated: boolean;
}

// Abbreviations after which a period does not end a sentence. Titles and the like are a
// closed, short set; initialisms (U.S.) and single initials (J.) are recognised by shape.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'gov', 'sen',
  'rep', 'rev', 'hon', 'pres', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vol', 'fig', 'approx', 'dept',
  'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'cf', 'al', 'ca', 'op', 'pp', 'ed', 'eds',
]);
// Words that, capitalised after an initialism like "U.S.", show that a new sentence starts.
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'in', 'on', 'at', 'for', 'his', 'her', 'their', 'its', 'our', 'if', 'when', 'while', 'however', 'as',
]);

const TERMINATORS = new Set(['.', '!', '?', '…', '...', '..', '!!', '??', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);

/**
 * Splits text into sentences. Paragraph breaks (a blank line) always end a sentence; a single line
 * break ends one unless the next line starts in lower case (wrapped prose); a terminator ends one when
 * followed by a capital, a digit, a quote or a bracket, and not preceded by an abbreviation.
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  let first = 0; // index of the sentence's first token
  const close = (last: number, terminated: boolean) => {
    if (last < first) return;
    spans.push({ start: tokens[first]!.start, end: tokens[last]!.end, paragraph, terminated });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) {
      close(i, endsWithTerminator(tokens, first, i));
      break;
    }
    const gap = text.slice(token.end, next.start);
    const newlines = countNewlines(gap);
    if (newlines >= 2) {
      close(i, endsWithTerminator(tokens, first, i));
      paragraph++;
      continue;
    }
    if (newlines === 1 && !/^\p{Ll}/u.test(next.text)) {
      close(i, endsWithTerminator(tokens, first, i));
      continue;
    }
    if (token.kind === 'punct' && TERMINATORS.has(token.text) && isBoundary(tokens, i, text)) {
      // Closing quotes and brackets belong to the sentence they close.
      let last = i;
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
      const after = tokens[last + 1];
      if (after && !startsSentence(after)) continue;
      close(last, true);
      i = last;
      continue;
    }
    if (token.kind === 'word' && token.text.endsWith('.') && next && isInitialismBoundary(token, next)) {
      close(i, true);
    }
  }
  return spans;
}

function countNewlines(gap: string): number {
  let n = 0;
  for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) === 10) n++;
  // A lone CR (old Mac endings) counts as a line break too.
  if (n === 0) for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) === 13) n++;
  return n;
}

function endsWithTerminator(tokens: readonly RawToken[], first: number, last: number): boolean {
  for (let i = last; i >= first; i--) {
    const t = tokens[i]!;
    if (CLOSERS.has(t.text)) continue;
    return (t.kind === 'punct' && TERMINATORS.has(t.text)) || (t.kind === 'word' && t.text.endsWith('.'));
  }
  return false;
}

function isBoundary(tokens: readonly RawToken[], i: number, text: string): boolean {
  const token = tokens[i]!;
  if (token.text !== '.') return true;
  const previous = tokens[i - 1];
  if (!previous || previous.end !== token.start) return true;
  if (previous.kind === 'word') {
    const lower = previous.text.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return false;
    // A single capital before a period is an initial ("J. Smith").
    if (/^\p{Lu}$/u.test(previous.text)) return false;
  }
  if (previous.kind === 'number' && /^\p{N}+$/u.test(previous.text)) {
    // "No. 5." is handled above; a period after a number followed by a lower-case word is an ordinal (German "3. Mai").
    const next = tokens[i + 1];
    if (next && /^\p{Ll}/u.test(next.text) && next.start === token.end + 1 && text[token.end] === ' ') return false;
  }
  return true;
}

function startsSentence(token: RawToken): boolean {
  if (token.kind === 'number' || token.kind === 'mention' || token.kind === 'hashtag' || token.kind === 'foreign') return true;
  if (token.kind === 'punct') return /^["“„‘'(\[«‹—–-]$/u.test(token.text);
  return /^[\p{Lu}\p{Lt}]/u.test(token.text) || !/^\p{L}/u.test(token.text);
}

// "in the U.S. The next day" ends a sentence at the initialism; "U.S. officials" does not.
function isInitialismBoundary(token: RawToken, next: RawToken): boolean {
  if (!/^(?:\p{L}\.){2,}$/u.test(token.text)) return false;
  return next.kind === 'word' && /^\p{Lu}/u.test(next.text) && SENTENCE_OPENERS.has(next.text.toLowerCase());
}
