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
});
