import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsPenalty, score, scoreFromPenalty, type Scorable } from './index.js';
import { configError } from './test-support.js';

describe('scoreFromPenalty', () => {
  it('takes perWords × penalty / words from 100, per 100 words unless told otherwise', () => {
    expect(scoreFromPenalty(5, 100)).toBe(95);
    expect(scoreFromPenalty(5, 100, { perWords: 100 })).toBe(95);
    expect(scoreFromPenalty(5, 100, { perWords: 1000 })).toBe(50);
    expect(scoreFromPenalty(1, 3)).toBe(66.67);
    expect(scoreFromPenalty(0, 0)).toBe(100);
  });

  it('counts a wordless text as one word, floors at 0 and tops at 100', () => {
    expect(scoreFromPenalty(0.1, 0)).toBe(90);
    expect(scoreFromPenalty(25, 10)).toBe(0);
    expect(scoreFromPenalty(0.3 - 0.1 - 0.1 - 0.1, 10)).toBe(100);
    expect(scoreFromPenalty(-5, 10)).toBe(100);
  });

  it('rejects a perWords that is not a whole number of 1 or more, with its key path', () => {
    for (const perWords of [0, -100, 2.5, Number.NaN, Infinity, '1000' as never]) {
      expect(configError(() => scoreFromPenalty(1, 10, { perWords })).path).toBe('perWords');
    }
    expect(configError(() => scoreFromPenalty(1, 10, { perWords: 0 })).message)
      .toBe('perWords: must be a whole number of words of 1 or more (100, 1000), got 0');
    expect(configError(() => scoreFromPenalty(1, 10, { perWords: '1000' as never })).message)
      .toBe('perWords: must be a whole number of words of 1 or more (100, 1000), got "1000"');
  });

  it('stays within 0–100, falls as the penalty grows and rises as perWords shrinks', () => {
    const penalty = fc.double({ min: 0, max: 1e4, noNaN: true });
    const words = fc.integer({ min: 0, max: 1e6 });
    const perWords = fc.integer({ min: 1, max: 1e4 });
    fc.assert(
      fc.property(penalty, penalty, words, perWords, perWords, (p1, p2, w, n1, n2) => {
        const s = scoreFromPenalty(p1, w, { perWords: n1 });
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(scoreFromPenalty(Math.max(p1, p2), w, { perWords: n1 })).toBeLessThanOrEqual(scoreFromPenalty(Math.min(p1, p2), w, { perWords: n1 }));
        expect(scoreFromPenalty(p1, w, { perWords: Math.max(n1, n2) })).toBeLessThanOrEqual(scoreFromPenalty(p1, w, { perWords: Math.min(n1, n2) }));
        expect(scoreFromPenalty(p1, w)).toBe(scoreFromPenalty(p1, w, { perWords: 100 }));
      }),
    );
  });

  it('rejects a penalty or word count that would make the score NaN', () => {
    expect(() => scoreFromPenalty(Number.NaN, 10)).toThrow('penalty must be a finite number, got NaN');
    expect(() => scoreFromPenalty(1, -1)).toThrow('words must be a finite number of zero or more, got -1');
    expect(() => scoreFromPenalty(1, Infinity)).toThrow(TypeError);
  });
});

describe('score with perWords', () => {
  // Two sentences of five words; the major error starts in the second.
  const text = 'One two three four five. Six seven eight nine ten.';
  const errors: Scorable[] = [{ mqmSeverity: 'major', category: 'fluency/grammar', start: 25, end: 28 }];

  it('normalises the document score and every segment score alike; the penalties do not change', () => {
    const per100 = score(text, errors);
    const per1000 = score(text, errors, { perWords: 1000 });
    expect([per100.score, per100.segments.map((s) => s.score)]).toEqual([50, [100, 0]]);
    expect(per1000.score).toBe(0);
    expect(per1000.segments.map((s) => s.score)).toEqual([100, 0]);
    expect([per1000.penalty, per1000.segments.map((s) => s.penalty)]).toEqual([per100.penalty, per100.segments.map((s) => s.penalty)]);
    expect(score(text, errors, { perWords: 20 }).score).toBe(90);
    expect(score(text, errors, { perWords: 20 }).segments.map((s) => s.score)).toEqual([100, 80]);
  });

  it('is the same formula as scoreFromPenalty, for the document and each segment', () => {
    const long = 'The opposition, the new budget attacked. The council has approved it. The opposition, the plan rejected.';
    const s = score(long, { perWords: 1000 });
    expect(s.penalty).toBeGreaterThan(0);
    expect(s.score).toBe(scoreFromPenalty(s.penalty, s.words, { perWords: 1000 }));
    expect(s.segments.map((g) => g.score)).toEqual(s.segments.map((g) => scoreFromPenalty(g.penalty, g.words, { perWords: 1000 })));
  });

  it('rejects a bad perWords when linting the text too, and as an unknown key when misspelt', () => {
    expect(configError(() => score(text, { perWords: 0 })).path).toBe('perWords');
    expect(configError(() => score(text, [], { perWords: 12.5 })).path).toBe('perWords');
    expect(configError(() => score(text, [], { perWord: 1000 } as never)).message).toBe('perWord: unknown option; use rules, customRules, language, onProblem, weights, perWords, format, includeFuzzy, includeObsolete');
  });
});

describe('findingsPenalty', () => {
  const at = (start: number, mqmSeverity: Scorable['mqmSeverity'], extra: Partial<Scorable> = {}): Scorable => ({
    start, end: start + 1, mqmSeverity, category: 'fluency/grammar', ...extra,
  });

  it('is what the findings add to the penalty of score', () => {
    const text = 'One sentence here. Another sentence there. A third one.';
    const findings = [at(0, 'minor'), at(20, 'major'), at(45, 'critical', { share: 0.5 }), at(50, 'major', { severity: 'info' })];
    expect(findingsPenalty(findings)).toBe(score(text, findings).penalty);
    expect(findingsPenalty(findings)).toBe(1 + 5 + 12.5);
    expect(findingsPenalty(findings, { weights: 'xcomet' })).toBe(score(text, findings, { weights: 'xcomet' }).penalty);
    // Weights by category: Google's MQM counts a minor punctuation error 0.1.
    expect(findingsPenalty([at(0, 'minor', { category: 'fluency/punctuation' })], { weights: 'google-mqm' })).toBe(0.1);
    expect(findingsPenalty([])).toBe(0);
  });

  it('with scoreFromPenalty, gives the score of the text without the findings taken off', () => {
    const text = 'One sentence here. Another sentence there. A third one.';
    const findings = [at(0, 'minor'), at(20, 'major'), at(45, 'critical')];
    const before = score(text, findings, { perWords: 1000 });
    const taken = findings.slice(1);
    expect(scoreFromPenalty(before.penalty - findingsPenalty(taken), before.words, { perWords: 1000 })).toBe(
      score(text, findings.slice(0, 1), { perWords: 1000 }).score,
    );
  });

  it('rejects bad weights and items that cannot be weighed', () => {
    expect(configError(() => findingsPenalty([], { weights: 'fancy' as never })).path).toBe('weights');
    expect(() => findingsPenalty([{ start: 0, end: 1, category: 'fluency/grammar', mqmSeverity: 'huge' as never }])).toThrow(TypeError);
  });
});
