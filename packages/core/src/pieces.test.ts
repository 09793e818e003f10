import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFile, lintFileInSteps, scoreFile } from './formats.js';
import { pieceEnds, PIECE_LENGTH } from './pieces.js';
import { score } from './score.js';

const ARTICLE = readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures/kaspersky/article.txt'), 'utf8');
/** The bundled MT article's paragraphs, repeated past 1.2 pieces: Markdown whose prose is the file, character for character. */
const LONG = `${ARTICLE.trim()}\n\n`.repeat(Math.ceil((PIECE_LENGTH * 1.2) / ARTICLE.length)).trimEnd();

describe('pieces of a long text', () => {
  it('end after a blank line past each piece length, and at the end', () => {
    const text = 'ab\n\ncd\n\nef';
    expect(pieceEnds(text, 3)).toEqual([8, 10]);
    expect(pieceEnds(text, 1)).toEqual([4, 8, 10]);
    expect(pieceEnds('no blank line', 3)).toEqual([13]);
    expect(pieceEnds('', 3)).toEqual([]);
    expect(pieceEnds(LONG)).toHaveLength(2);
  });

  it('lintFile of a file past PIECE_LENGTH: each piece linted as a file of its own, in the file; lintFileInSteps the same; the score as of the whole', () => {
    // Every paragraph is prose read as it stands, so the units joined are the file and the pieces are `pieceEnds(LONG)`:
    // each piece is a Markdown file of its own.
    let start = 0;
    const expected = pieceEnds(LONG).flatMap((end) => {
      const found = lintFile('a.md', LONG.slice(start, end)).findings.map((f) => ({ ...f, start: f.start + start, end: f.end + start, suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + start, end: s.end + start })) }));
      start = end;
      return found;
    });
    const result = lintFile('a.md', LONG);
    expect(result.lintedText).toBe(LONG);
    expect(result.findings).toEqual(expected);
    expect([...lintFileInSteps('a.md', LONG).steps].flatMap((s) => s.findings)).toEqual(expected);
    // Every sentence lies within a piece: the words are the whole text's, and so is the score of the same findings.
    const whole = score(LONG, result.findings);
    expect(scoreFile(LONG, result, result.findings)).toMatchObject({ words: whole.words, penalty: whole.penalty, score: whole.score });
  }, 120_000);
});
