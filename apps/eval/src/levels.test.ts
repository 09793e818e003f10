import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { loadBrown, loadFixtures } from './fixtures.js';
import { formatText } from './format.js';
import { addToGroups, emptyGroupCounts, measuredGroups, misleveled, type ConfidenceGroup } from './levels.js';
import type { GoldSpan } from './metrics.js';

const span = (start: number, end: number): GoldSpan => ({ start, end, text: '', category: 'fluency/grammar', severity: 'minor', required: true });
const finding = (ruleId: string, start: number, confidence: number, severity = 'warning') => ({ ruleId, start, end: start + 2, confidence, severity });

describe('levels from measured precision', () => {
  it('groups every finding, hints included, by rule and confidence, and weighs clean false alarms by word share', () => {
    const counts = emptyGroupCounts();
    addToGroups(counts, [finding('a', 0, 0.8), finding('a', 10, 0.8), finding('a', 0, 0.4, 'info'), finding('b', 0, 0.9)], [span(0, 5)], 1_000);
    // Two false alarms in 10,000 clean words weigh as 0.2 in the 1,000 annotated ones.
    addToGroups(counts, [finding('b', 0, 0.9), finding('b', 5, 0.9)], [], 10_000);
    expect(measuredGroups(counts)).toEqual([
      { ruleId: 'a', confidence: 0.8, hint: false, findings: 2, true: 1, falseOnAnnotated: 1, falseOnClean: 0, precision: 0.5 },
      { ruleId: 'a', confidence: 0.4, hint: true, findings: 1, true: 1, falseOnAnnotated: 0, falseOnClean: 0, precision: 1 },
      { ruleId: 'b', confidence: 0.9, hint: false, findings: 3, true: 1, falseOnAnnotated: 0, falseOnClean: 2, precision: 1 / 1.2 },
    ]);
  });

  it('names the groups whose level disagrees with their precision, given enough findings', () => {
    const group = (hint: boolean, findings: number, truePositives: number): ConfidenceGroup => ({
      ruleId: 'r', confidence: hint ? 0.4 : 0.8, hint, findings, true: truePositives, falseOnAnnotated: findings - truePositives, falseOnClean: 0,
      precision: truePositives / findings,
    });
    const hintTooGood = group(true, 4, 2);
    const countedTooBad = group(false, 5, 2);
    expect(misleveled([hintTooGood, countedTooBad, group(true, 3, 3), group(false, 4, 2), group(true, 10, 4)])).toEqual([hintTooGood, countedTooBad]);
  });
});

// The catalogue's standing on every fixture and the Brown corpus: the clean-English budget (under one counted
// finding per 10,000 words, on the clean fixtures and on Brown alike) and levels that agree with measured precision.
describe('the catalogue on the fixtures and the Brown corpus', () => {
  const fixtures = loadFixtures();
  const brown = loadBrown();
  const report = evaluate([...fixtures, brown]);

  it('raises under one false alarm per 10,000 words of clean English', () => {
    const cleanFixtures = evaluate(fixtures).total;
    expect(cleanFixtures.cleanWords).toBeGreaterThan(80_000);
    expect(cleanFixtures.falseAlarmsPer10kWords!).toBeLessThan(1);
    const onBrown = report.fixtures.find((f) => f.name === 'brown')!;
    expect(onBrown.words).toBeGreaterThan(1_000_000);
    expect(onBrown.falseAlarmsPer10kWords!).toBeLessThan(1);
  });

  it('reports as hints only the patterns measured below 0.5 precision, and counts the rest', () => {
    expect(misleveled(report.byConfidence).map((g) => `${g.ruleId} at ${g.confidence}: ${g.true}/${g.findings}`)).toEqual([]);
    expect(formatText(report)).toContain('levels (all fixtures');
  });
});
