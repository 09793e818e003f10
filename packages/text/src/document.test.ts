import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, parseDocument, sentenceText, type Document } from './document.js';
import { isGuessed, isKnownWord } from './lexicon.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/${name}/article.txt`, import.meta.url), 'utf8');

/** Checks every offset of a document against its text. */
function checkOffsets(doc: Document): void {
  let previousEnd = 0;
  doc.sentences.forEach((s, index) => {
    expect(s.index).toBe(index);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
    s.tokens.forEach((t, i) => {
      expect(t.index).toBe(i);
      expect(doc.text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
      expect(t.start >= s.start && t.end <= s.end).toBe(true);
    });
    expect(s.tokens[0]!.start).toBe(s.start);
    expect(s.tokens.at(-1)!.end).toBe(s.end);
  });
}
const texts = (doc: Document) => doc.sentences.map((s) => sentenceText(doc, s));

describe('parseDocument', () => {
  it('groups tokens into sentences with lexicon tags', () => {
    const doc = parseDocument('The company’s founder said it. He has 2 reports filed!');
    checkOffsets(doc);
    expect(texts(doc)).toEqual(['The company’s founder said it.', 'He has 2 reports filed!']);
    const [first, second] = doc.sentences;
    expect(first!.tokens.map((t) => t.text)).toEqual(['The', 'company', '’s', 'founder', 'said', 'it', '.']);
    expect(first!.tokens[2]!.tags[0]).toBe('POS'); // the curly possessive is tagged like the straight one
    expect(second!.tokens.find((t) => t.text === '2')!.tags).toEqual(['CD']);
    expect(second!.tokens.at(-1)!.tags).toEqual([]);
    expect(second!.tokens.find((t) => t.text === 'filed')!.tags).toContain('VBN');
  });

  it('tags contractions split from their stems', () => {
    const doc = parseDocument('They don’t know and we’ll see, but it can’t be.');
    const tag = (w: string) => doc.sentences[0]!.tokens.find((t) => t.text === w)!.tags[0];
    expect(tag('do')).toMatch(/^VB/);
    expect(tag('n’t')).toBe('RB');
    expect(tag('’ll')).toBe('MD');
    expect(tag('ca')).toBe('MD');
  });

  it('lists each distinct spelling of a word once, as written, and nothing else', () => {
    const doc = parseDocument('The report, the Report and THE REPORT: 3 reports. The report again!');
    expect([...doc.spellings].sort()).toEqual(['REPORT', 'Report', 'THE', 'The', 'again', 'and', 'report', 'reports', 'the']);
    // Each parse has its own: words of an earlier text are not carried over.
    expect([...parseDocument('Another text.').spellings]).toEqual(['Another', 'text']);
    expect(parseDocument('').spellings.size).toBe(0);
  });

  it("tells the lexicon's words from guessed ones by their tags", () => {
    const [known, unknown, name] = parseDocument('report zhengfu Qingdao').sentences[0]!.tokens;
    expect(isGuessed(known!.tags)).toBe(false);
    expect(isGuessed(unknown!.tags)).toBe(true);
    expect(isGuessed(name!.tags)).toBe(true);
    expect([known, unknown, name].map((t) => isKnownWord(t!.text))).toEqual([true, false, false]);
  });

  it('counts words, numbers and foreign runs but not punctuation', () => {
    expect(countWords(parseDocument('Prices rose 5% in 中国, said @someone.'))).toBe(6);
    expect(countWords(parseDocument(''))).toBe(0);
  });

  it('parses CRLF text with the same sentences as LF text', () => {
    const lf = 'Headline without stop\n\nThe first sentence\nwraps. The second.\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    const a = parseDocument(lf);
    const b = parseDocument(crlf);
    checkOffsets(b);
    expect(texts(b).map((t) => t.replaceAll('\r\n', '\n'))).toEqual(texts(a));
    expect(b.sentences.map((s) => [s.paragraph, s.terminated])).toEqual([[0, false], [1, true], [1, true]]);
  });

  it('splits the Kaspersky fixture into its headline, credit lines and sentences', () => {
    const doc = parseDocument(fixture('kaspersky'));
    checkOffsets(doc);
    const sentences = texts(doc);
    expect(sentences).toHaveLength(20);
    expect(sentences[0]).toBe('Kaspersky complains to US over spying claims');
    expect(sentences[1]).toBe('Getty Images');
    expect(doc.sentences.slice(0, 2).every((s) => !s.terminated)).toBe(true);
    expect(sentences).toContain('At the end of the Twitter post by @e_kaspersky');
    expect(sentences).toContain('U.S. officials have said that the step while welcome, would not be sufficient.');
    expect(sentences.at(-1)).toBe('The Kaspersky lawsuit was filed in U.S. district court for the District of Columbia.');
    expect(doc.sentences.filter((s) => !s.terminated)).toHaveLength(3);
    // Every paragraph of the fixture is a paragraph of the document.
    expect(doc.sentences.at(-1)!.paragraph).toBe(18);
  });

  it('splits the WMT23 fixture without crossing a segment boundary', () => {
    const text = fixture('wmt23-zhen-dev');
    const doc = parseDocument(text);
    checkOffsets(doc);
    const { segments } = JSON.parse(readFileSync(new URL('../../../fixtures/wmt23-zhen-dev/segments.json', import.meta.url), 'utf8')) as {
      segments: { start: number; end: number }[];
    };
    for (const s of doc.sentences) {
      const inside = segments.some((g) => g.start <= s.start && s.end <= g.end);
      const outside = segments.every((g) => s.end <= g.start || g.end <= s.start);
      expect(inside || outside, sentenceText(doc, s)).toBe(true);
    }
    expect(doc.sentences.at(-1)!.paragraph + 1).toBe(text.trim().split(/\n\s*\n/).length);
    const sentences = texts(doc);
    expect(sentences).toContain('BEIJING, Feb. 11 (Xinhua) -- The 16th China-Japan Comprehensive Forum on Energy Conservation and Environmental Protection was held in Beijing on February 11.');
    expect(sentences).toContain('Taiwan\'s ruling DPP has repeatedly rejected the "92 Consensus."');
    expect(sentences).toContain('Half the cost or more?');
    expect(sentences.some((s) => s.startsWith('The property in Jiangbei New District is called the Bolian Zhongyuan Tai, and the owner, Mr. Sun, told'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('A: January 3, 2023 nonfarm employment data released by the U.S. Department of Labor'))).toBe(true);
  });

  it('returns whole offsets on 100 kB without a sentence end', () => {
    const text = 'the council approved a new budget for '.repeat(2700);
    const doc = parseDocument(text);
    expect(doc.sentences).toHaveLength(1);
    expect(doc.sentences[0]!.tokens.at(-1)!.end).toBe(text.trimEnd().length);
  });
});
