import { readMarkdown } from '@mtlint/formats';
import { describe, expect, it } from 'vitest';
import { lintFile, lintFileInSteps } from './formats.js';
import { basesOf, joinedText, JoinedUnits, SEPARATOR } from './joined-units.js';
import { pieceEnds, PIECE_LENGTH } from './pieces.js';

/** Short units, and one longer than the blank-line search's first window (4,096), between thematic breaks (not text). */
const MARKDOWN = ['One.', 'Two words.', 'A long line. '.repeat(600), 'Then more. '.repeat(50), 'Last.'].join('\n\n---\n\n');

describe('the units of a file joined', () => {
  const segments = readMarkdown(MARKDOWN);
  const joined = new JoinedUnits(segments, basesOf(segments));
  const asString = segments.map((s) => s.text).join(SEPARATOR);

  it('read a stretch at a time: every slice is that of the units joined whole', () => {
    expect(joined.length).toBe(asString.length);
    for (let start = 0; start <= asString.length; start += 37) {
      for (const length of [0, 1, 2, 5, 4100, asString.length]) {
        const end = Math.min(start + length, asString.length);
        expect(joined.slice(start, end)).toBe(asString.slice(start, end));
      }
    }
  });

  it('end their pieces where the units joined whole end them, a blank line searched past more than one window', () => {
    for (const length of [1, 3, 100, 5000, 7900]) expect(pieceEnds(joined, length)).toEqual(pieceEnds(asString, length));
    expect(pieceEnds('x'.repeat(10_000), 3)).toEqual([10_000]);
  });

  it('are a string up to PIECE_LENGTH and joined on demand past it; lintedText reads the same either way', () => {
    expect(joinedText(segments, basesOf(segments))).toBe(asString);
    const long = `${'The report was printed. '.repeat(40)}\n\n`.repeat(Math.ceil((PIECE_LENGTH * 1.1) / 1000));
    const units = readMarkdown(long);
    expect(joinedText(units, basesOf(units))).toBeInstanceOf(JoinedUnits);
    const whole = units.map((s) => s.text).join(SEPARATOR);
    expect(lintFile('a.md', long, { rules: {} }).lintedText).toBe(whole);
    expect(lintFileInSteps('a.md', long, { rules: {} }).lintedText).toBe(whole);
  });
});
