import { describe, expect, it } from 'vitest';
import { hasFiniteReading, hasVerbReading, isPastAfterNoun, nounSingular } from './classes.js';
import { singularNoun } from './lexicon.js';
import { memoizeByWord } from './memo.js';
import { tokenize } from './tokenize.js';
import { WordMap, WordSet } from './word-set.js';

// Tokens of every member and other word, numbered by the tokenizer, and the same without numbers (made by hand).
const TEXT = 'and the since année über Über The SINCE annee uber ÜBER then sincere ant at b a an company’s don\'t x';
const NUMBERED = tokenize(TEXT);
const BY_HAND = NUMBERED.map(({ text, lower }) => ({ text, lower }));

// Members of every kind the length-and-first-character filter treats apart: one letter, lengths past 31 (which share a
// bit), non-ASCII first characters, the empty word, punctuation.
const MEMBERS = ['a', 'an', 'and', 'the', 'since', 'année', 'über', 'Über', '’s', "'s", '', ',', 'x'.repeat(31), 'y'.repeat(40)];
const OTHERS = [
  'b', 'at', 'ant', 'then', 'sincere', 'annee', 'uber', 'ÜBER', '’t', "'d", ' ', ';', 'x'.repeat(32), 'y'.repeat(33), 'y'.repeat(39),
  'The', 'SINCE', 'since ', '\u{1F600}', 'z'.repeat(64),
];

describe('WordSet', () => {
  it('answers has() exactly as a Set of the same words', () => {
    const set = new Set(MEMBERS);
    const words = new WordSet(MEMBERS);
    for (const w of [...MEMBERS, ...OTHERS]) expect(words.has(w), JSON.stringify(w)).toBe(set.has(w));
  });

  it('answers hasToken() as has() of the token\'s lower case, asked once or again, with or without a number', () => {
    const words = new WordSet(MEMBERS);
    for (let round = 0; round < 2; round++) {
      for (const t of [...NUMBERED, ...BY_HAND]) expect(words.hasToken(t), t.text).toBe(words.has(t.lower));
    }
  });

  it('keeps the words in insertion order, without duplicates', () => {
    const words = new WordSet(['b', 'a', 'b', 'c']);
    expect(words.size).toBe(3);
    expect([...words]).toEqual(['b', 'a', 'c']);
    expect([...words.keys()]).toEqual(['b', 'a', 'c']);
    const seen: string[] = [];
    words.forEach((w) => seen.push(w));
    expect(seen).toEqual(['b', 'a', 'c']);
  });
});

describe('WordMap', () => {
  it('answers get() and has() exactly as a Map of the same entries', () => {
    const entries = MEMBERS.map((w, k) => [w, k] as const);
    const map = new Map(entries);
    const words = new WordMap(entries);
    for (const w of [...MEMBERS, ...OTHERS]) {
      expect(words.get(w), JSON.stringify(w)).toBe(map.get(w));
      expect(words.has(w), JSON.stringify(w)).toBe(map.has(w));
    }
    expect(words.size).toBe(map.size);
    expect([...words]).toEqual([...map]);
  });
});

describe('WordMap.getToken', () => {
  it('answers as get() of the token\'s lower case, undefined values included, asked once or again', () => {
    const entries = MEMBERS.map((w, k) => [w, k % 3 === 0 ? undefined : k] as const);
    const words = new WordMap(entries);
    for (let round = 0; round < 2; round++) {
      for (const t of [...NUMBERED, ...BY_HAND]) expect(words.getToken(t), t.text).toBe(words.get(t.lower));
    }
  });
});

describe('memoizeByWord.of', () => {
  it('answers as the memo of the token\'s lower case, worked out once per word', () => {
    const asked: string[] = [];
    const f = memoizeByWord((w) => (asked.push(w), w.length > 3 ? w.toUpperCase() : undefined));
    for (let round = 0; round < 2; round++) for (const t of [...NUMBERED, ...BY_HAND]) expect(f.of(t), t.text).toBe(f(t.lower));
    expect(asked).toEqual([...new Set(NUMBERED.map((t) => t.lower))]);
  });
});

describe('hasVerbReading', () => {
  it('is true when any tag is a verb tag, likeliest or not', () => {
    expect(hasVerbReading({ text: 'plans', lower: 'plans', tags: ['NNS', 'VBZ'] })).toBe(true);
    expect(hasVerbReading({ text: 'ran', lower: 'ran', tags: ['VBD'] })).toBe(true);
    expect(hasVerbReading({ text: 'table', lower: 'table', tags: ['NN', 'JJ'] })).toBe(false);
    expect(hasVerbReading({ text: ',', lower: ',', tags: [] })).toBe(false);
  });
});

describe('hasFiniteReading', () => {
  it('is true when any tag is VBD, VBP, VBZ or MD, likeliest or not', () => {
    expect(hasFiniteReading({ text: 'estimates', lower: 'estimates', tags: ['NNS', 'VBZ'] })).toBe(true);
    expect(hasFiniteReading({ text: 'complain', lower: 'complain', tags: ['VB', 'VBP'] })).toBe(true);
    expect(hasFiniteReading({ text: 'must', lower: 'must', tags: ['MD', 'NN'] })).toBe(true);
    expect(hasFiniteReading({ text: 'criticised', lower: 'criticised', tags: ['VBN', 'VBD'] })).toBe(true);
    expect(hasFiniteReading({ text: 'going', lower: 'going', tags: ['VBG', 'NN'] })).toBe(false);
    expect(hasFiniteReading({ text: 'go', lower: 'go', tags: ['VB'] })).toBe(false);
  });
});

describe('nounSingular', () => {
  it('gives singularNoun’s answer, the second time from memory', () => {
    for (const w of ['weeks', 'policies', 'children', 'boxes', 'news']) {
      expect(nounSingular(w)).toBe(singularNoun(w));
      expect(nounSingular(w)).toBe(singularNoun(w));
    }
  });
});

describe('isPastAfterNoun', () => {
  it('reads a past form right after a common noun as its verb, and nothing else', () => {
    const words = (...pairs: [string, string[]][]) => pairs.map(([text, tags]) => ({ text, lower: text.toLowerCase(), tags }));
    const tokens = words(['the', ['DT']], ['bridge', ['NN']], ['needed', ['VBN', 'VBD', 'JJ']], ['repairs', ['NNS']], ['a', ['DT']], ['needed', ['VBN', 'VBD']]);
    expect(isPastAfterNoun(tokens, 2)).toBe(true);
    expect(isPastAfterNoun(tokens, 5)).toBe(false);
    expect(isPastAfterNoun(tokens, 3)).toBe(false);
    expect(isPastAfterNoun(tokens, 0)).toBe(false);
  });
});
