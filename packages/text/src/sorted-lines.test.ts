import { describe, expect, it } from 'vitest';
import { SortedLines } from './sorted-lines.js';

describe('SortedLines', () => {
  it('finds every line by its whole key, and nothing before, between or after them', () => {
    const words = ['Zebra', 'a', 'ab', 'abc', 'b', 'é'];
    const table = new SortedLines(words.join('\n'));
    words.forEach((word, i) => expect(table.find(word)).toBe(i));
    for (const absent of ['', 'A', 'aa', 'abcd', 'ac', 'c', 'zz', '\uffff']) expect(table.find(absent), absent).toBe(-1);
  });

  it('reads keys up to their end mark, and gives the rest of the line', () => {
    const text = 'dog\tAB\ndogma\tC\nzoo\tDE';
    const table = new SortedLines(text, '\t');
    expect(table.find('dog')).toBe(0);
    expect(table.find('dogma')).toBe(1);
    expect(table.find('do')).toBe(-1);
    const zoo = table.find('zoo');
    expect(text.slice(table.lineStart(zoo) + 'zoo'.length + 1, table.lineEnd(zoo))).toBe('DE');
    expect(text.slice(table.lineStart(0) + 4, table.lineEnd(0))).toBe('AB');
  });
});
