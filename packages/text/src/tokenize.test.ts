import { describe, expect, it } from 'vitest';
import { tokenize, type RawToken, type TokenKind } from './tokenize.js';

/** Tokenises and checks the invariants every token list must keep. */
function tok(text: string): RawToken[] {
  const tokens = tokenize(text);
  let previousEnd = 0;
  for (const t of tokens) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBeGreaterThan(t.start);
    // A token never cuts a surrogate pair in two.
    expect(isHigh(text.charCodeAt(t.start - 1)) && isLow(text.charCodeAt(t.start))).toBe(false);
    expect(isHigh(text.charCodeAt(t.end - 1)) && isLow(text.charCodeAt(t.end))).toBe(false);
    // Only whitespace lies between tokens.
    expect(text.slice(previousEnd, t.start)).toMatch(/^[\s\u200b\u2060]*$/u);
    previousEnd = t.end;
  }
  expect(text.slice(previousEnd)).toMatch(/^[\s\u200b\u2060]*$/u);
  return tokens.map(({ text, start, end, kind }) => ({ text, start, end, kind }));
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const texts = (text: string) => tok(text).map((t) => t.text);
const kinds = (text: string) => tok(text).map((t) => `${t.text}:${t.kind}`);
const kindOf = (text: string, token: string): TokenKind | undefined => tok(text).find((t) => t.text === token)?.kind;

describe('tokenize', () => {
  it('splits words and punctuation with exact offsets', () => {
    expect(tok('The council, in short, agreed.')).toEqual([
      { text: 'The', start: 0, end: 3, kind: 'word' },
      { text: 'council', start: 4, end: 11, kind: 'word' },
      { text: ',', start: 11, end: 12, kind: 'punct' },
      { text: 'in', start: 13, end: 15, kind: 'word' },
      { text: 'short', start: 16, end: 21, kind: 'word' },
      { text: ',', start: 21, end: 22, kind: 'punct' },
      { text: 'agreed', start: 23, end: 29, kind: 'word' },
      { text: '.', start: 29, end: 30, kind: 'punct' },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tok('')).toEqual([]);
    expect(tok(' \t\r\n\u00a0\u3000\ufeff')).toEqual([]);
  });

  it('honours the offset and end arguments with absolute offsets', () => {
    const text = 'Alpha beta. Gamma delta.';
    const tokens = tokenize(text, 12, 17);
    expect(tokens).toMatchObject([{ text: 'Gamma', start: 12, end: 17, kind: 'word' }]);
  });

  it('splits a possessive ’s or \'s from its noun', () => {
    expect(texts('The company’s founder')).toEqual(['The', 'company', '’s', 'founder']);
    expect(texts("Kaspersky Lab's reputation")).toEqual(['Kaspersky', 'Lab', "'s", 'reputation']);
    expect(texts("O'Brien's car")).toEqual(["O'Brien", "'s", 'car']);
    expect(texts('the UK’s National Cyber Security Centre')).toEqual(['the', 'UK', '’s', 'National', 'Cyber', 'Security', 'Centre']);
  });

  it('splits contractions Penn-style and keeps a plural possessive apostrophe as punctuation', () => {
    expect(texts('It can’t be, they’re sure we’ll see, I’m told he’d won\'t')).toEqual([
      'It', 'ca', 'n’t', 'be', ',', 'they', '’re', 'sure', 'we', '’ll', 'see', ',', 'I', '’m', 'told', 'he', '’d', 'wo', "n't",
    ]);
    expect(texts("rock'n'roll y'all")).toEqual(["rock'n'roll", "y'all"]);
    expect(texts("the companies' products")).toEqual(['the', 'companies', "'", 'products']);
    expect(texts("They don't know")).toEqual(['They', 'do', "n't", 'know']);
  });

  it('keeps hyphenated compounds as one word, including ones that start with a number', () => {
    expect(kinds('state-of-the-art anti-virus')).toEqual(['state-of-the-art:word', 'anti-virus:word']);
    expect(texts('a 16-year-old boy, a 360-day product, the 7.8-magnitude quake')).toEqual([
      'a', '16-year-old', 'boy', ',', 'a', '360-day', 'product', ',', 'the', '7.8-magnitude', 'quake',
    ]);
    expect(kindOf('a 2,500-year-old monarchy', '2,500-year-old')).toBe('word');
    expect(texts('COVID-19 cases')).toEqual(['COVID-19', 'cases']);
  });

  it('keeps a dash between spaces and a number range apart', () => {
    expect(texts('bottlenecked - China News')).toEqual(['bottlenecked', '-', 'China', 'News']);
    expect(texts('aged 25-54 who')).toEqual(['aged', '25', '-', '54', 'who']);
    expect(texts('risk—and reward')).toEqual(['risk', '—', 'and', 'reward']);
  });

  it('reads numbers with separators, decimals, times, percentages and ordinals as one token', () => {
    expect(kinds('920,000 people')).toEqual(['920,000:number', 'people:word']);
    expect(kinds('rate dropped to 3.4%,')).toEqual(['rate:word', 'dropped:word', 'to:word', '3.4%:number', ',:punct']);
    expect(kinds('at 13:07:20 on')).toEqual(['at:word', '13:07:20:number', 'on:word']);
    expect(kinds('the 10th and 1990s')).toEqual(['the:word', '10th:number', 'and:word', '1990s:number']);
    expect(texts('3.70%-4.20%')).toEqual(['3.70%', '-', '4.20%']);
    expect(texts('in 2021.')).toEqual(['in', '2021', '.']);
    expect(texts('costs 1,000.')).toEqual(['costs', '1,000', '.']);
  });

  it('does not glue an ordinal suffix onto the letters of a following word', () => {
    expect(texts('3stars')).not.toContain('3st');
  });

  it('reads URLs, e-mail addresses, @handles and hashtags as one token each', () => {
    expect(kinds('See https://example.com/a/b?c=1&d=2. Then')).toEqual([
      'See:word', 'https://example.com/a/b?c=1&d=2:url', '.:punct', 'Then:word',
    ]);
    expect(kinds('(www.bbc.co.uk/news)')).toEqual(['(:punct', 'www.bbc.co.uk/news:url', '):punct']);
    expect(kinds('Write to press.office@kaspersky.com.')).toEqual([
      'Write:word', 'to:word', 'press.office@kaspersky.com:email', '.:punct',
    ]);
    expect(kinds('by @e_kaspersky today')).toEqual(['by:word', '@e_kaspersky:mention', 'today:word']);
    expect(kinds('#MeToo rises')).toEqual(['#MeToo:hashtag', 'rises:word']);
  });

  it('reads a bare domain name as one URL token', () => {
    expect(kinds('"An engine" - Chinanews.com')).toContain('Chinanews.com:url');
    expect(kinds('visit example.org/path today')).toContain('example.org/path:url');
  });

  it('reads dotted initialisms as one word', () => {
    expect(texts('U.S. officials, e.g. these, at 10 a.m.')).toEqual([
      'U.S.', 'officials', ',', 'e.g.', 'these', ',', 'at', '10', 'a.m.',
    ]);
  });

  it('reads CJK runs as foreign and keeps them apart from adjacent Latin words', () => {
    expect(kinds('他说：“你好。”')).toEqual(['他说:foreign', '：:punct', '“:punct', '你好:foreign', '。:punct', '”:punct']);
    expect(kinds('the word 中国 means China')).toContain('中国:foreign');
    expect(texts('RMB人民币')).toEqual(['RMB', '人民币']);
    expect(kinds('コーヒーを飲む')).toEqual(['コーヒーを飲む:foreign']);
    expect(kinds('Москва')).toEqual(['Москва:foreign']);
  });

  it('keeps accented words whole, precomposed or with combining marks', () => {
    expect(kinds('Julio Ríos in Kahramanmaraş')).toEqual(['Julio:word', 'Ríos:word', 'in:word', 'Kahramanmaraş:word']);
    expect(texts('cafe\u0301 au lait')).toEqual(['cafe\u0301', 'au', 'lait']);
    expect(texts('Pham Minh Trần')).toEqual(['Pham', 'Minh', 'Trần']);
  });

  it('never splits a surrogate pair and keeps an emoji sequence in one token', () => {
    expect(kinds('Great 👍 work')).toEqual(['Great:word', '👍:symbol', 'work:word']);
    expect(texts('ok 👍🏽 👨‍👩‍👧 🇩🇪!')).toEqual(['ok', '👍🏽', '👨‍👩‍👧', '🇩🇪', '!']);
    expect(texts('𝒳 math')).toEqual(['𝒳', 'math']);
    // A lone surrogate is kept as a one-unit symbol.
    expect(tok('a \ud800 b').map((t) => t.text)).toEqual(['a', '\ud800', 'b']);
  });

  it('reads ellipses and runs of ! and ? as one punctuation token', () => {
    expect(texts('Wait... what?! No!!! Well…')).toEqual(['Wait', '...', 'what', '?!', 'No', '!!!', 'Well', '…']);
  });

  it('reads full-width CJK punctuation as punctuation', () => {
    expect(kinds('好。')).toEqual(['好:foreign', '。:punct']);
    expect(kinds('吗？')).toEqual(['吗:foreign', '？:punct']);
  });

  it('skips zero-width spaces and byte-order marks', () => {
    expect(texts('\ufeffone\u200btwo')).toEqual(['one', 'two']);
  });

  it('runs in linear time on 100 kB of one character or of pathological patterns', () => {
    for (const text of ['a'.repeat(100_000), '.'.repeat(100_000), 'ab.'.repeat(33_000), 'x@'.repeat(50_000), '1.'.repeat(50_000), "'".repeat(100_000), 'www.'.repeat(25_000), '-'.repeat(100_000), '😀'.repeat(50_000)]) {
      const tokens = tokenize(text);
      expect(tokens.length).toBeGreaterThan(0);
      for (const t of tokens) if (text.slice(t.start, t.end) !== t.text) throw new Error(`offset mismatch at ${t.start}`);
      expect(tokens.at(-1)!.end).toBe(text.length);
    }
  });
});
