import { describe, expect, it } from 'vitest';
import { buildCorpus, isWarm, leadingSample, MAX_WARM_UPS, mbPerSecond, median, planRuns, utf8Bytes } from './stats.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('mbPerSecond', () => {
  it('divides megabytes (10^6 bytes) by seconds', () => {
    expect(mbPerSecond(2_000_000, 500)).toBe(4);
  });
});

describe('buildCorpus', () => {
  const para = 'The river floods every spring.';
  it('repeats the sources to reach the target and ends on a whole paragraph', () => {
    const c = buildCorpus([para, 'Farmers plant rice.'], 200);
    expect(c.bytes).toBeGreaterThanOrEqual(200);
    expect(c.text.endsWith('.')).toBe(true);
    expect(c.text.split('\n\n').every((p) => p === para || p === 'Farmers plant rice.')).toBe(true);
    expect(c.sourceBytes).toBe(utf8Bytes(`${para}\n\nFarmers plant rice.`));
    expect(c.repeats).toBeCloseTo(c.bytes / c.sourceBytes);
  });

  it('cuts a source larger than the target at a paragraph break', () => {
    const big = Array.from({ length: 100 }, () => para).join('\n\n');
    const c = buildCorpus([big], 100);
    expect(c.bytes).toBeGreaterThanOrEqual(100);
    expect(c.bytes).toBeLessThan(100 + para.length + 2);
    expect(c.repeats).toBeLessThan(1);
  });

  it('refuses empty sources', () => {
    expect(() => buildCorpus(['  ', ''], 100)).toThrow(/no source text/);
  });
});

describe('leadingSample', () => {
  const text = 'aaaa\n\nbbbb\n\ncccc';
  it('returns the whole text when it is small enough', () => {
    expect(leadingSample(text, 1000)).toBe(text);
  });
  it('cuts at the last paragraph break before the limit, or the first after it', () => {
    expect(leadingSample(text, 12)).toBe('aaaa\n\nbbbb');
    expect(leadingSample(text, 8, 'at-least')).toBe('aaaa\n\nbbbb');
    expect(leadingSample(text, 2)).toBe('aaaa');
  });
  it('counts UTF-8 bytes, not characters', () => {
    const t = 'ééééé\n\nx'; // 10 bytes, then the break
    expect(leadingSample(t, 9)).toBe('ééééé');
    expect(leadingSample(t, 11)).toBe('ééééé');
  });
});

describe('planRuns', () => {
  it('times the whole text when the runs fit the budget', () => {
    expect(planRuns(1_000_000, 1, 5, 15)).toEqual({ bytes: 1_000_000, runs: 5, sampled: false });
  });
  it('times a leading sample that fits the budget for a slow linter', () => {
    expect(planRuns(1_000_000, 0.02, 5, 15)).toEqual({ bytes: 60_000, runs: 5, sampled: true });
  });
  it('never samples less than 50 kB', () => {
    expect(planRuns(1_000_000, 0.001, 5, 15).bytes).toBe(50_000);
  });
});

describe('isWarm', () => {
  it('waits for a run no more than 10% faster than the one before, at most MAX_WARM_UPS runs', () => {
    expect(isWarm([])).toBe(false);
    expect(isWarm([570])).toBe(false);
    expect(isWarm([570, 277])).toBe(false);
    expect(isWarm([570, 277, 260])).toBe(true);
    expect(isWarm([300, 310])).toBe(true);
    expect(isWarm([800, 600, 400, 300].slice(0, MAX_WARM_UPS))).toBe(true);
  });
});
