/**
 * `plainText` only passes over characters that every other inline parser declines, so the tree with it
 * must be the one without it, node for node. Compared on the Markdown fixtures and on generated text
 * made of the pieces the other parsers react to (autolink prefixes, e-mail addresses, word characters
 * beside punctuation, double spaces before line breaks, every delimiter), in paragraphs, lists, quotes,
 * headings and tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tree } from '@lezer/common';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownParser } from './markdown.js';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..'), 'fixtures');
const withoutPlainText = markdownParser.configure({ remove: ['PlainText'] });

/** Every node of the tree with its offsets, in document order. */
function nodesOf(tree: Tree): string[] {
  const out: string[] = [];
  tree.iterate({ enter: (node) => void out.push(`${node.name}:${node.from}-${node.to}`) });
  return out;
}

const sameTree = (text: string) => expect(nodesOf(markdownParser.parse(text))).toEqual(nodesOf(withoutPlainText.parse(text)));

const PIECES = [
  'word', 'Wörter', '日本語', '😀', 'a', '_', '__', '*', '**', '~~', '~', '`', '``', '\\', '\\\n', '&amp;', '&', '&#169;', '<', '<b>',
  '</b>', '<https://x.org>', '[', ']', '](', ')', '[x]', '[x](y)', '![', '!', '(', '.', '+', '-', '@', 'a@b.co', 'x.y+z@mail.example.org',
  'www.', 'www.example.com', 'http://', 'https://a.b/c?d=e.', 'mailto:', 'mailto:a@b.cd', 'xmpp:', 'xmpp:u@h.org/r', ' ', '  ', '   ',
  '\n', '  \n', '\t', ',', ';', ':', '"', "'", '#', '|', '1.', '9', '_x_', '*y*',
];
const LINE_STARTS = ['', '', '', '> ', '- ', '1. ', '# ', '| ', '    ', '[^1]: ', '- [ ] '];

const inline = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const markdownText = fc
  .array(fc.tuple(fc.constantFrom(...LINE_STARTS), inline), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([start, text]) => start + text).join('\n'));

describe('the PlainText inline parser', () => {
  it('claims plain prose, so the other parsers are not offered it', () => {
    // A parser after all the others sees only the characters that none before it took.
    const offered = (parser: typeof markdownParser, text: string) => {
      let count = 0;
      const counting = parser.configure({ parseInline: [{ name: 'Counting', parse: () => (count++, -1), after: 'LinkEnd' }] });
      counting.parse(text);
      return count;
    };
    const prose = 'Plain words, with commas; and a full stop. Umlauts too: Größe, 日本語.';
    expect(offered(withoutPlainText, prose)).toBe(prose.length);
    expect(offered(markdownParser, prose)).toBe(0);
    // Where another parser might take a character, it is offered to them: "www." may start an autolink
    // (here none follows, so all decline it).
    expect(offered(markdownParser, 'see www.x now')).toBe(1);
  });

  it('leaves the tree of every Markdown fixture as it was', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) sameTree(readFileSync(join(FIXTURES, file), 'utf8'));
  });

  it('leaves the tree of generated Markdown as it was', () => {
    fc.assert(fc.property(markdownText, (text) => {
      sameTree(text);
    }), { seed: 7, numRuns: 1500 });
  });

  it('leaves a long paragraph with an e-mail address far from its start as it was', () => {
    const long = `${'plain words '.repeat(40)}write to someone.else@example.org or see www.example.com, ${'more words '.repeat(40)}`;
    sameTree(long);
    sameTree(`${long}\n\n${long.replace('@', ' at ')}`);
  });
});
