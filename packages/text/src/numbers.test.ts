import { describe, expect, it } from 'vitest';
import { cardinalEnd, isCardinal, isMagnitude, isSpelledCardinal, ordinal } from './numbers.js';
import { tokenize } from './tokenize.js';

const tokens = (text: string) => tokenize(text);

describe('cardinals', () => {
  it('reads digits and spelled numbers, hyphenated ones among them', () => {
    for (const text of ['12', '2.5', 'twelve', 'Twenty', 'twenty-five', 'ninety-nine', 'one']) expect(isCardinal(tokens(text)[0]), text).toBe(true);
    for (const text of ['dozen', 'first', 'twentieth', 'hundred', 'tens', 'ones', 'twenty-first']) expect(isCardinal(tokens(text)[0]), text).toBe(false);
    expect(isCardinal(undefined)).toBe(false);
    expect(isSpelledCardinal('forty')).toBe(true);
    expect(isSpelledCardinal('fourty')).toBe(false);
    expect(isMagnitude('million')).toBe(true);
    expect(isMagnitude('millions')).toBe(false);
  });

  it('ends after the magnitudes that scale the number', () => {
    const t = tokens('estimated at five million euros and 2.5 billion dollars or three hundred thousand pounds');
    expect(t.slice(2, cardinalEnd(t, 2)).map((x) => x.text)).toEqual(['five', 'million']);
    expect(t.slice(6, cardinalEnd(t, 6)).map((x) => x.text)).toEqual(['2.5', 'billion']);
    expect(t.slice(10, cardinalEnd(t, 10)).map((x) => x.text)).toEqual(['three', 'hundred', 'thousand']);
    expect(cardinalEnd(t, 0)).toBe(-1);
    expect(cardinalEnd(t, 4)).toBe(-1);
  });

  it('writes ranks in digits', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });
});
