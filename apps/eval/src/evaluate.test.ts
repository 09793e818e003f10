import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { loadFixture, loadFixtures } from './fixtures.js';
import { formatJsonReport, formatText } from './format.js';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures');

describe('evaluate over the repository fixtures', () => {
  const report = evaluate(loadFixtures(FIXTURES));

  it('scores every fixture with a gold.json, including a clean corpus of at least 20,000 words', () => {
    const names = report.fixtures.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['kaspersky', 'wmt23-zhen-dev']));
    const clean = report.fixtures.filter((f) => f.falseAlarmsPer10kWords !== null);
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.reduce((n, f) => n + f.words, 0)).toBeGreaterThanOrEqual(20_000);
    expect(report.fixtures.find((f) => f.name === 'kaspersky')!.fix).not.toBeNull();
  });

  it('prints a text report with totals and the per-rule table, and JSON with the same figures', () => {
    const text = formatText(report);
    for (const f of report.fixtures) expect(text).toContain(`== ${f.name} (`);
    expect(text).toContain('== total');
    expect(text).toContain('per rule');
    const json = JSON.parse(formatJsonReport(report));
    expect(json.total.recall).toBe(report.total.recall);
    expect(json.fixtures).toHaveLength(report.fixtures.length);
  });

  it('prints the score from findings beside the score from gold, and the paragraph correlation on WMT', () => {
    const wmt = report.fixtures.find((f) => f.name === 'wmt23-zhen-dev')!;
    expect(wmt.calibration.paragraphs).toHaveLength(189);
    expect(wmt.calibration.gold).toBeLessThan(wmt.calibration.predicted);
    const { pearson, kendall } = wmt.calibration.correlation!;
    for (const r of [pearson, kendall]) expect(Math.abs(r)).toBeLessThanOrEqual(1);
    const text = formatText(report);
    expect(text).toContain(`score         ${wmt.calibration.predicted.toFixed(2)} from findings, ${wmt.calibration.gold.toFixed(2)} from gold spans`);
    expect(text).toMatch(/correlation {3}Pearson r -?\d\.\d{3}, Kendall tau-b -?\d\.\d{3} \(189 paragraphs/);
    expect(JSON.parse(formatJsonReport(report)).fixtures.find((f: { name: string }) => f.name === 'wmt23-zhen-dev').calibration.correlation)
      .toEqual(wmt.calibration.correlation);
  });

  it('rejects an unknown fixture name', () => {
    expect(() => loadFixtures(FIXTURES, ['no-such-fixture'])).toThrow(/no fixture named no-such-fixture/);
  });

  it('names the file and the problem for a malformed segments.json or gold severity', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-fixture-'));
    try {
      cpSync(join(FIXTURES, 'kaspersky'), dir, { recursive: true });
      writeFileSync(join(dir, 'segments.json'), '{"segments": [{"start": 0, "end": 99999999, "raters": []}]}');
      expect(() => loadFixture(dir)).toThrow(`${join(dir, 'segments.json')}: segments[0] needs integer start <= end within the article`);
      writeFileSync(join(dir, 'segments.json'), '{oops');
      expect(() => loadFixture(dir)).toThrow(`${join(dir, 'segments.json')}: not valid JSON`);
      rmSync(join(dir, 'segments.json'));
      writeFileSync(join(dir, 'gold.json'), JSON.stringify({ article: 'article.txt', offsets: 'utf16', spans: [{ start: 0, end: 1, severity: 'huge' }] }));
      expect(() => loadFixture(dir)).toThrow('gold.json: spans[0].severity must be one of minor, major, critical, got "huge"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('grouped fixtures', () => {
  it('reads a group folder (mt-dev) as fixtures named group/name, selectable by the group name, and pools them', () => {
    const fixtures = loadFixtures(FIXTURES, ['mt-dev']);
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(fixtures.every((f) => f.name.startsWith('mt-dev/'))).toBe(true);
    const report = evaluate(fixtures);
    expect(report.groups.map((g) => g.name)).toEqual(['mt-dev']);
    const pooled = report.groups[0]!.total;
    expect(pooled.required).toBe(report.fixtures.reduce((n, f) => n + f.required, 0));
    expect(formatText(report)).toContain('== mt-dev, pooled (');
  });
});
