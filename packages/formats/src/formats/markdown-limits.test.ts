import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors.js';
import { fileComments } from './catalogue.js';
import { MAX_QUOTE_MARKS, quoteMarks, readMarkdown } from './markdown.js';

describe('Markdown quoted deeper than the parser holds', () => {
  it('counts the quote marks at the starts of lines, nested and indented, and no other ">"', () => {
    expect(quoteMarks('> > a\n>> b\n   > c\ntext > d\n\n`>` e\n')).toBe(5);
    expect(quoteMarks('')).toBe(0);
  });

  // Lines quoted 1 to 200 deep, 50 MB of them, aborted Node.js (an array of the parser longer than V8 allows):
  // the file is refused before any parse, so this input, one mark over, takes no time.
  const tooDeep = '>'.repeat(MAX_QUOTE_MARKS + 1) + ' The minister said, that he resigns.\n';

  it('refuses such a file with a FormatError before parsing it, for its prose and for its comments', () => {
    let refused: unknown;
    try {
      readMarkdown(tooDeep);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(FormatError);
    expect((refused as Error).message).toMatch(/^block quotes nested too deep to read: 16,000,001 quote marks at the starts of lines, more than the 16,000,000/);
    expect(() => fileComments('markdown', `${tooDeep}<!-- mtlint-disable -->\n`)).toThrow(FormatError);
  });

  it('reads a file at the limit', () => {
    const segments = readMarkdown('> '.repeat(1000) + 'Deeply quoted prose.\n');
    expect(segments.map((s) => s.text)).toEqual(['Deeply quoted prose.']);
  });
});
