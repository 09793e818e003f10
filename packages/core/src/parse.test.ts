import { describe, expect, it } from 'vitest';
import { parseForLint, parseForScore } from './parse.js';

describe('parseForScore', () => {
  it('reuses the parse of the text linted last, and parses any other text afresh', () => {
    const text = 'The opposition, the new budget attacked. Prices rose.';
    const linted = parseForLint(text);
    expect(parseForScore(text)).toBe(linted);
    // An equal text from elsewhere (not the same string object) is the same text.
    expect(parseForScore(text.slice(0, 20) + text.slice(20))).toBe(linted);
    const other = parseForScore('Another text.');
    expect(other).not.toBe(linted);
    expect(other.sentences.map((s) => s.tokens.length)).toEqual([3]);
    // Scoring another text does not replace the remembered one.
    expect(parseForScore(text)).toBe(linted);
  });

  it('remembers only until the current job ends, so that a loop of lints holds one document, not all', async () => {
    const text = 'The budget was cut. Prices rose.';
    const linted = parseForLint(text);
    parseForLint('A second text.');
    // The second lint replaced the first: a new parse.
    expect(parseForScore(text)).not.toBe(linted);
    const again = parseForLint(text);
    await Promise.resolve();
    // After the job: forgotten, a new parse.
    expect(parseForScore(text)).not.toBe(again);
  });
});
