import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCapitalisedInDictionary } from './proper-nouns.js';

describe('isCapitalisedInDictionary (generated at build time from dictionary-en)', () => {
  it('knows proper nouns and adjectives, and plurals of names that are only ever capitalised', () => {
    for (const word of ['Christianity', 'Ottoman', 'Aaron', 'Sikhs']) expect(isCapitalisedInDictionary(word)).toBe(true);
  });

  it('rejects common nouns, lower-case spellings, and plurals of names that are also common nouns', () => {
    for (const word of ['Computer', 'christianity', 'Prices', '']) expect(isCapitalisedInDictionary(word)).toBe(false);
    expect(isCapitalisedInDictionary('Price')).toBe(true);
  });

  it('answers as sets of the dictionary’s capitalised stems do, for each stem, its plurals and lower case', () => {
    const dic = readFileSync(fileURLToPath(new URL('index.dic', import.meta.resolve('dictionary-en'))), 'utf8');
    const stems = new Set(dic.split('\n').slice(1).map((line) => line.split('/', 1)[0]!.trim()));
    const all = new Set([...stems].filter((stem) => /^\p{Lu}\p{Ll}/u.test(stem)));
    const only = new Set([...all].filter((stem) => !stems.has(stem.toLowerCase())));
    expect(only.size).toBeGreaterThan(8_000);
    const expected = (word: string) =>
      all.has(word) ||
      (word.endsWith('s') && only.has(word.slice(0, -1))) ||
      (word.endsWith('es') && only.has(word.slice(0, -2))) ||
      (word.endsWith('ies') && only.has(word.slice(0, -3) + 'y'));
    const words = [...all].flatMap((stem) => [stem, `${stem}s`, `${stem}es`, `${stem.slice(0, -1)}ies`, stem.toLowerCase(), stem.slice(0, -1)]);
    expect(words.filter((word) => isCapitalisedInDictionary(word) !== expected(word))).toEqual([]);
  });
});
