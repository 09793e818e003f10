/**
 * Damaged files: each fixture with random characters deleted, doubled or inserted (quotes, brackets,
 * backslashes, line breaks…). A reader must either read the file, with every offset inside it, in
 * order and pointing at the character it maps, or reject it with a FormatError — never another error.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damage, edit } from './damage.testing.js';
import { FormatError } from './errors.js';
import { formatFor } from './formats/catalogue.js';
import { toFileSpan, type Segment } from './segment.js';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures');
const FILES = [
  'formats-markdown/article.md', 'formats-po/messages.po', 'formats-xliff12/messages.xlf', 'formats-xliff2/messages.xlf',
  'formats-srt/episode.srt', 'formats-vtt/lecture.vtt', 'formats-json/en.json',
];

/** Offsets inside the file and in order; a one-character raw form is the character itself. */
function checkOffsets(content: string, segment: Segment): void {
  const n = segment.text.length;
  let previousStart = 0;
  for (let i = 0; i < n; i++) {
    const { start, end } = toFileSpan(segment, i, i + 1);
    expect(start).toBeGreaterThanOrEqual(previousStart);
    previousStart = start;
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(content.length);
    // A cue's line break reads as a space.
    if (end - start === 1 && !(segment.text[i] === ' ' && /[\r\n]/.test(content[start]!))) expect(content[start]).toBe(segment.text[i]);
  }
}

describe('damaged files', () => {
  it.each(FILES)('%s: read with exact offsets, or rejected with a FormatError', (path) => {
    const content = readFileSync(join(FIXTURES, path), 'utf8');
    const format = formatFor(path);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const damaged = damage(content, edits);
        let segments: Segment[];
        try {
          segments = format.read(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
          expect((error as Error).message).not.toContain('\n');
          return;
        }
        for (const s of segments) checkOffsets(damaged, s);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
