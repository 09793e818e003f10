/** What a token is, decided from its characters alone. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'mention' | 'hashtag' | 'foreign';

/** A token with `[start, end)` UTF-16 offsets into the original text. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// One alternation scanned left to right with the sticky flag: each branch is a single
// character class repeated, so matching is linear in the input.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"“”‘’()]+[^\s<>"“”‘’().,;:!?])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    String.raw`(?<mention>@[\p{L}\p{N}_]+)`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]+)`,
    // Initialisms written with dots: U.S., e.g., a.m.
    String.raw`(?<initialism>(?:\p{L}\.){2,})`,
    // Scripts that are not Latin: Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai.
    String.raw`(?<foreign>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{M}]+)`,
    String.raw`(?<number>\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s|%)?)`,
    // Words keep inner hyphens and apostrophes (state-of-the-art, O'Brien) but not a possessive 's.
    String.raw`(?<word>[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*)`,
    String.raw`(?<punct>[.…]{1,3}|[!?]+|[,;:"“”„‘’'()\[\]{}«»‹›—–-])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'uy',
);

/** Splits text into tokens; whitespace is skipped, every other character belongs to exactly one token. */
export function tokenize(text: string, offset = 0, end = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  let i = offset;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || isSpace(text[i]!)) {
      i++;
      continue;
    }
    TOKEN_PATTERN.lastIndex = i;
    const match = TOKEN_PATTERN.exec(text);
    if (!match || match.index !== i) {
      // A lone surrogate or other unmatched unit: keep it as a symbol so offsets stay whole.
      tokens.push({ text: text[i]!, start: i, end: i + 1, kind: 'symbol' });
      i++;
      continue;
    }
    let value = match[0];
    if (i + value.length > end) value = value.slice(0, end - i);
    const groups = match.groups ?? {};
    const kind = (Object.keys(groups).find((k) => groups[k] !== undefined) ?? 'symbol') as TokenKind | 'initialism';
    if (kind === 'word') {
      // "company's" is two tokens, so the noun is looked up on its own.
      if (value.length > 2 && /['’][sS]$/u.test(value)) {
        const stem = value.length - 2;
        tokens.push({ text: value.slice(0, stem), start: i, end: i + stem, kind: 'word' });
        tokens.push({ text: value.slice(stem), start: i + stem, end: i + value.length, kind: 'word' });
        i += value.length;
        continue;
      }
    }
    tokens.push({ text: value, start: i, end: i + value.length, kind: kind === 'initialism' ? 'word' : kind });
    i += value.length;
  }
  return tokens;
}

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}
