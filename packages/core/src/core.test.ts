import { describe, expect, it } from 'vitest';
import { applySuggestions, lint, MtlintConfigError, rules, score } from './index.js';

describe('lint', () => {
  it('runs the recommended rules with no options and returns findings with in-bounds offsets', () => {
    const text = 'The opposition, the new budget attacked.';
    const findings = lint(text);
    expect(findings.map((f) => f.ruleId)).toEqual(['verb-final-clause']);
    const fixed = applySuggestions(text, findings.map((f) => f.suggestions[0]!));
    expect(fixed).toBe('The opposition attacked the new budget.');
  });

  it('takes per-rule levels and turns rules off', () => {
    const text = 'The opposition, the new budget attacked.';
    expect(lint(text, { rules: { 'verb-final-clause': 'off' } })).toEqual([]);
    expect(lint(text, { rules: { 'verb-final-clause': ['info', {}] } })[0]!.severity).toBe('info');
  });

  it('rejects an unknown rule or level with the key path', () => {
    expect(() => lint('x', { rules: { 'no-such-rule': 'error' } })).toThrow(MtlintConfigError);
    try {
      lint('x', { rules: { 'word-echo': 'loud' as never } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MtlintConfigError);
      expect((error as MtlintConfigError).path).toBe('rules.word-echo');
    }
  });

  it('exposes the catalogue by id', () => {
    expect(rules.get('comma-before-that')?.meta.category).toBe('fluency/punctuation');
  });
});

describe('score', () => {
  it('is max(0, 100 − 100 × penalty / words), info findings costing nothing', () => {
    const text = 'one two three four five six seven eight nine ten';
    const major = { mqmSeverity: 'major' as const, category: 'fluency/grammar', ruleId: 'a', severity: 'error' };
    const minor = { mqmSeverity: 'minor' as const, category: 'fluency/spelling', ruleId: 'b', severity: 'warning' };
    const info = { ...major, severity: 'info' };
    const s = score(text, [major, minor, info]);
    expect(s).toEqual({ score: 40, penalty: 6, words: 10, byCategory: { 'fluency/grammar': 5, 'fluency/spelling': 1 }, byRule: { a: 5, b: 1 } });
    expect(score(text, [major, major, major]).score).toBe(0);
    expect(score('', []).score).toBe(100);
    expect(score(text, [major], { weights: { major: 1 } }).score).toBe(90);
  });
});
