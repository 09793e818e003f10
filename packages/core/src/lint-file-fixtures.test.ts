/**
 * The format fixtures end to end: their gold spans point at the text they quote, and lintFile finds
 * every required bilingual artifact there (string comparisons: no reason to miss one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BILINGUAL_CATEGORY, lintFile, lintFileInSteps, toFileSpan } from './formats.js';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures');
interface GoldSpan {
  start: number;
  end: number;
  text: string;
  category: string;
  required: boolean;
}
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('formats-'))
  .map((name) => {
    const gold = JSON.parse(readFileSync(join(FIXTURES, name, 'gold.json'), 'utf8')) as { article: string; spans: GoldSpan[] };
    return { name, gold, content: readFileSync(join(FIXTURES, name, gold.article), 'utf8') };
  });

describe('format fixtures', () => {
  it('cover every format, each with gold spans', () => {
    const formats = fixtures.map((f) => lintFile(f.gold.article, f.content).format).sort();
    expect(formats).toEqual(['json', 'markdown', 'po', 'srt', 'vtt', 'xliff', 'xliff']);
    for (const f of fixtures) expect(f.gold.spans.length, f.name).toBeGreaterThan(3);
  });

  it.each(fixtures)('$name: gold spans quote the file at their offsets', ({ gold, content }) => {
    for (const s of gold.spans) expect(content.slice(s.start, s.end)).toBe(s.text);
  });

  it.each(fixtures)('$name: every required bilingual artifact is found where the gold puts it', ({ gold, content }) => {
    const findings = lintFile(gold.article, content).findings.filter((f) => f.category === BILINGUAL_CATEGORY);
    for (const s of gold.spans.filter((g) => g.required && g.category === BILINGUAL_CATEGORY)) {
      expect(findings.some((f) => f.start < s.end && s.start < f.end), s.text).toBe(true);
    }
  });
});

describe('lintFileInSteps on the format fixtures', () => {
  it.each(fixtures)('$name: units in file order, and steps that join into what lintFile finds', ({ gold, content }) => {
    const { segments, steps } = lintFileInSteps(gold.article, content, {}, 40);
    const spans = segments.map((s) => toFileSpan(s, 0, s.text.length));
    spans.forEach((span, i) => i > 0 && expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]!.end));
    const joined = [];
    let linted = 0;
    let count = 0;
    for (const step of steps) {
      for (const f of step.findings) expect(linted <= f.start && f.start < step.linted).toBe(true);
      expect(step.linted).toBeGreaterThanOrEqual(linted);
      linted = step.linted;
      joined.push(...step.findings);
      count++;
    }
    expect(count).toBeGreaterThan(2);
    expect(linted).toBe(content.length);
    expect(joined).toEqual(lintFile(gold.article, content).findings);
  });
});
