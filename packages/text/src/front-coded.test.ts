import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, frontCode } from '../scripts/front-coded.mjs';
import { FrontCodedTable } from './front-coded.js';

// Enough keys for several blocks, with shared prefixes, a key that is a prefix of the next, and characters beyond ASCII.
const keys = ['Zebra', 'a', 'ab', 'abandon', 'abandoned', 'abandoning', 'abandons', 'abc', 'b', 'é', 'éa', 'ü'];
for (let i = 0; i < 3 * BLOCK_SIZE; i++) keys.push(`word${String(i).padStart(3, '0')}`);
keys.sort();

describe('FrontCodedTable', () => {
  it('finds every key with its value, and nothing before, between or after them', () => {
    const table = new FrontCodedTable(frontCode(keys.map((key, i) => [key, `v${i}`])));
    keys.forEach((key, i) => expect(table.get(key), key).toBe(`v${i}`));
    for (const absent of ['', 'A', 'aa', 'abcd', 'abandonz', 'ac', 'c', 'word', 'word0000', 'word047x', 'zz', '\uffff', 'a~', '\u007f']) {
      expect(table.get(absent), absent).toBeUndefined();
    }
  });

  it('answers a filtered table as an unfiltered one, before and after it builds its filter', () => {
    const long = `${'x'.repeat(300)}y`;
    const all = [...keys, long].sort();
    const table = new FrontCodedTable(frontCode(all.map((key, i) => [key, `v${i}`])), undefined, true);
    const absent = ['', 'A', 'aa', 'abcd', 'abandonz', 'ac', 'word', 'word0000', 'word047x', 'zz', 'x'.repeat(300), `${long}z`];
    const check = () => {
      all.forEach((key, i) => {
        expect(table.mayHave(key), key).toBe(true);
        expect(table.get(key), key).toBe(`v${i}`);
      });
      for (const key of absent) expect(table.get(key), key).toBeUndefined();
    };
    check();
    // The filter is built after some thousands of lookups; then it turns most absent keys away without a search.
    const turnedAway = Array.from({ length: 6000 }, (_, i) => `absent${i}`).filter((key) => !table.mayHave(key)).length;
    expect(turnedAway).toBeGreaterThan(1000);
    expect(turnedAway).toBeLessThan(6000);
    check();
  });

  it('reads values of one width, written without their lengths, and empty values', () => {
    const fixed = new FrontCodedTable(frontCode(keys.map((key, i) => [key, String(i % 100).padStart(2, '0')]), 2), 2);
    keys.forEach((key, i) => expect(fixed.get(key), key).toBe(String(i % 100).padStart(2, '0')));
    const empty = new FrontCodedTable(frontCode([['a', ''], ['b', 'x']]));
    expect(empty.get('a')).toBe('');
    expect(empty.get('b')).toBe('x');
    expect(new FrontCodedTable('').get('a')).toBeUndefined();
  });

  it('refuses unsorted keys and the characters that end its lines', () => {
    expect(() => frontCode([['b', ''], ['a', '']])).toThrow(/not after/);
    expect(() => frontCode([['a~b', '']])).toThrow(/~/);
  });
});
