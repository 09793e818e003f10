import { describe, expect, it } from 'vitest';
import {
  applyFirstSuggestions, countByRule, countedFindings, evaluateFixture, fixGain, foldBlankLines, mergeRuleCounts, overlaps, totals,
  type EvalFinding, type Gold, type GoldSpan,
} from './metrics.js';

const span = (start: number, end: number, required = true, text = ''): GoldSpan => ({
  start, end, text, category: 'fluency/grammar', severity: 'minor', required,
});
const finding = (ruleId: string, start: number, end: number, severity = 'warning', replacement?: string): EvalFinding => ({
  ruleId, severity, start, end, suggestions: replacement === undefined ? [] : [{ start, end, replacement }],
});
const gold = (spans: GoldSpan[]): Gold => ({ article: 'article.txt', offsets: 'utf16', spans });

describe('overlaps', () => {
  it('treats spans as half-open', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 6 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 6 })).toBe(false);
    expect(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
  });
});

describe('countedFindings', () => {
  it('keeps errors and warnings, drops info', () => {
    const fs = [finding('a', 0, 1, 'error'), finding('b', 0, 1, 'info'), finding('c', 0, 1, 'warning')];
    expect(countedFindings(fs).map((f) => f.ruleId)).toEqual(['a', 'c']);
  });
});

describe('evaluateFixture', () => {
  //            0         1         2         3
  //            0123456789012345678901234567890123456
  const text = 'He has the report written. It rains.';
  const spans = [span(3, 25, true, 'has the report written'), span(27, 29, false, 'It'), span(30, 35, true, 'rains')];

  it('computes recall over required spans and precision over all spans', () => {
    const r = evaluateFixture({
      name: 'toy', text, gold: gold(spans),
      findings: [finding('order', 7, 17), finding('pron', 27, 29), finding('noise', 0, 2), finding('hint', 30, 35, 'info')],
    });
    expect(r.required).toBe(2);
    expect(r.hit).toBe(1); // "rains" is only hit by an info finding, which does not count
    expect(r.recall).toBe(0.5);
    expect(r.findings).toBe(3);
    expect(r.truePositives).toBe(2); // an optional span makes a finding true, too
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.falseAlarms).toEqual([{ ruleId: 'noise', start: 0, end: 2, line: 1, text: 'He' }]);
    expect(r.missed.map((s) => s.text)).toEqual(['rains']);
    expect(r.fix).toBeNull();
    expect(r.falseAlarmsPer10kWords).toBeNull();
  });

  it('gives recall and precision 1 when there is nothing to find and nothing found', () => {
    const r = evaluateFixture({ name: 'empty', text, gold: gold([]), findings: [] });
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(1);
    expect(r.falseAlarmsPer10kWords).toBe(0);
  });

  it('counts every finding on a clean text as a false alarm, per 10,000 words', () => {
    const clean = 'The river floods every spring. Farmers plant rice after the water recedes.'; // 12 words
    const r = evaluateFixture({ name: 'clean-toy', text: clean, gold: gold([]), findings: [finding('x', 4, 9), finding('y', 10, 16, 'error')] });
    expect(r.words).toBe(12);
    expect(r.falseAlarms.map((f) => f.text)).toEqual(['river', 'floods']);
    expect(r.falseAlarmsPer10kWords).toBeCloseTo((2 * 10_000) / 12);
    expect(r.precision).toBe(0);
  });

  it('reports line numbers of false alarms', () => {
    const r = evaluateFixture({ name: 'lines', text: 'One.\nTwo words.\n', gold: gold([]), findings: [finding('x', 5, 8)] });
    expect(r.falseAlarms[0]).toMatchObject({ line: 2, text: 'Two' });
  });
});

describe('fix gain', () => {
  it('applies the first suggestion of each counted finding and measures the edit distance', () => {
    const text = 'The Trump-administration has products filed.';
    const reference = 'The Trump administration has filed.';
    const fs: EvalFinding[] = [
      { ruleId: 'hyphen', severity: 'warning', start: 9, end: 10, suggestions: [{ start: 9, end: 10, replacement: ' ' }] },
      { ruleId: 'stray', severity: 'error', start: 29, end: 38, suggestions: [{ start: 29, end: 38, replacement: '' }, { start: 0, end: 1, replacement: 'X' }] },
    ];
    expect(applyFirstSuggestions(text, fs)).toBe(reference);
    expect(fixGain(text, fs, reference)).toEqual({ before: 10, after: 0, gain: 1 });
  });

  it('ignores the suggestions of info findings', () => {
    const fs = [finding('hint', 0, 3, 'info', 'A')];
    expect(fixGain('The cat.', fs, 'A cat.')).toEqual({ before: 3, after: 3, gain: 0 });
  });

  it('skips an edit that overlaps one already taken, keeping the first', () => {
    const fs = [finding('a', 0, 5, 'warning', 'AAAAA'), finding('b', 3, 8, 'warning', 'BBBBB')];
    expect(applyFirstSuggestions('0123456789', fs)).toBe('AAAAA56789');
  });

  it('can be negative when the suggestions move the text away from the reference', () => {
    const g = fixGain('The cat sat.', [finding('bad', 4, 7, 'warning', 'dog')], 'The cat sat.');
    expect(g.before).toBe(0);
    expect(g.gain).toBe(0);
    const h = fixGain('The cat sat!', [finding('bad', 4, 7, 'warning', 'dog')], 'The cat sat.');
    expect(h).toEqual({ before: 1, after: 4, gain: -3 });
  });

  it('folds trailing blanks and runs of blank lines before comparing', () => {
    expect(foldBlankLines('  a  \n\n\n\nb\t\nc \n')).toBe('a\n\nb\nc');
    expect(fixGain('Para one.  \n\n\n\nPara two.\n', [], 'Para one.\n\nPara two.')).toEqual({ before: 0, after: 0, gain: 0 });
  });
});

describe('per-rule table', () => {
  it('counts true and false findings per rule, most findings first', () => {
    const spans = [span(0, 5)];
    const rows = countByRule([finding('a', 0, 2), finding('a', 10, 12), finding('b', 1, 3), finding('c', 20, 22, 'info')], spans);
    expect(rows).toEqual([
      { ruleId: 'a', findings: 2, true: 1, false: 1, falseOnClean: 0, precision: 0.5 },
      { ruleId: 'b', findings: 1, true: 1, false: 0, falseOnClean: 0, precision: 1 },
    ]);
    expect(countByRule([finding('a', 0, 2)], [])).toEqual([{ ruleId: 'a', findings: 1, true: 0, false: 1, falseOnClean: 1, precision: 0 }]);
  });

  it('merges tables of several fixtures', () => {
    const merged = mergeRuleCounts([
      [{ ruleId: 'a', findings: 2, true: 1, false: 1, falseOnClean: 0, precision: 0.5 }],
      [{ ruleId: 'a', findings: 2, true: 0, false: 2, falseOnClean: 2, precision: 0 }, { ruleId: 'b', findings: 1, true: 1, false: 0, falseOnClean: 0, precision: 1 }],
    ]);
    expect(merged).toEqual([
      { ruleId: 'a', findings: 4, true: 1, false: 3, falseOnClean: 2, precision: 0.25 },
      { ruleId: 'b', findings: 1, true: 1, false: 0, falseOnClean: 0, precision: 1 },
    ]);
  });
});

describe('totals', () => {
  it('micro-averages recall and precision and pools clean texts', () => {
    const a = evaluateFixture({
      name: 'a', text: 'He has the report written.', gold: gold([span(3, 25), span(0, 2)]), reference: 'He has written the report.',
      findings: [finding('order', 7, 17)],
    });
    const clean = evaluateFixture({ name: 'clean-b', text: 'Rain fell on the hills all night.', gold: gold([]), findings: [finding('x', 0, 4)] });
    const t = totals([a, clean]);
    expect(t.required).toBe(2);
    expect(t.hit).toBe(1);
    expect(t.recall).toBe(0.5);
    expect(t.findings).toBe(2);
    expect(t.truePositives).toBe(1);
    expect(t.precision).toBe(0.5);
    expect(t.cleanWords).toBe(7);
    expect(t.cleanFalseAlarms).toBe(1);
    expect(t.falseAlarmsPer10kWords).toBeCloseTo(10_000 / 7);
    expect(t.fix).toEqual(a.fix);
    expect(t.byRule.map((r) => [r.ruleId, r.true, r.false])).toEqual([['order', 1, 0], ['x', 0, 1]]);
  });
});
