import { describe, expect, it } from 'vitest';
import { blankLineParagraphs, calibrate, kendallTauB } from './calibration.js';
import type { Gold, GoldSpan } from './metrics.js';

const span = (start: number, end: number, severity: string, category = 'fluency/grammar'): GoldSpan =>
  ({ start, end, text: '', category, severity, required: true });

describe('kendallTauB', () => {
  it('is 1 for the same order, −1 for the reverse, and corrects for ties (τ-b)', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    // 4 concordant, 0 discordant, one pair tied on each side: 4 / √(5 × 5).
    expect(kendallTauB([1, 1, 2, 3], [1, 2, 2, 3])).toBeCloseTo(0.8, 12);
  });
});

describe('blankLineParagraphs', () => {
  it('splits on blank lines, keeps single line breaks inside, and trims', () => {
    const text = 'One.\nStill one.\n\n  Two.  \n \n\nThree.\n';
    expect(blankLineParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.\nStill one.', 'Two.', 'Three.']);
  });
});

describe('calibrate', () => {
  const text = 'One two three four five.\n\nSix seven eight nine ten.\n\nEleven twelve thirteen fourteen fifteen.';
  const paragraphs = blankLineParagraphs(text).map((p, i) => ({ ...p, raters: i === 0 ? 2 : 1 }));
  const gold: Gold = { article: 'article.txt', offsets: 'utf16', spans: [span(0, 3, 'major'), span(4, 7, 'major'), span(27, 30, 'minor')] };
  const finding = (start: number, mqmSeverity: 'minor' | 'major', severity = 'error') =>
    ({ ruleId: 'r', severity, start, end: start + 3, mqmSeverity, category: 'fluency/grammar' });

  it('scores findings and gold alike, averaging the gold spans over the raters of their paragraph', () => {
    const c = calibrate(text, gold, [finding(0, 'major'), finding(27, 'major'), finding(54, 'minor', 'info')], paragraphs);
    // Gold: two raters' majors in paragraph 1 count 5 in all, the minor 1: 6 points in 15 words.
    expect(c.gold).toBe(60);
    expect(c.predicted).toBeCloseTo(100 - 1000 / 15, 2);
    expect(c.paragraphs.map((p) => [p.words, p.predicted, p.gold])).toEqual([[5, 0, 0], [5, 0, 80], [5, 100, 100]]);
    expect(c.correlation?.paragraphs).toBe(3);
    expect(c.correlation?.kendall).toBeCloseTo(kendallTauB([0, 0, 100], [0, 80, 100]), 12);
  });

  it('has no correlation for a clean text or when one side is constant', () => {
    expect(calibrate(text, { ...gold, spans: [] }, [finding(0, 'major')], paragraphs).correlation).toBeNull();
    expect(calibrate(text, gold, [], paragraphs).correlation).toBeNull();
  });
});
