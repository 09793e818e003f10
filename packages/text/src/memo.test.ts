import { describe, expect, it } from 'vitest';
import { memoizeByWord } from './memo.js';

describe('memoizeByWord', () => {
  it('computes each word once, undefined answers included', () => {
    const asked: string[] = [];
    const f = memoizeByWord((w) => {
      asked.push(w);
      return w === 'x' ? undefined : w.length;
    });
    expect([f('ab'), f('ab'), f('x'), f('x'), f('abc')]).toEqual([2, 2, undefined, undefined, 3]);
    expect(asked).toEqual(['ab', 'x', 'abc']);
  });

  it('starts afresh past its bound, and still answers right', () => {
    const asked: string[] = [];
    const f = memoizeByWord((w) => (asked.push(w), w.toUpperCase()), 2);
    expect([f('a'), f('b'), f('c'), f('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
