import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { defineRule } from './define-rule.js';
import { defaultLevel, resolveOverlaps, runRules } from './run.js';
import { applySuggestions } from './suggestions.js';
import type { Finding } from './types.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'r', category: 'fluency/grammar', severity: 'warning', mqmSeverity: 'minor', confidence: 0.8,
  start: 0, end: 1, message: 'm', suggestions: [], ...over,
});

describe('applySuggestions', () => {
  it('applies non-overlapping edits wherever they stand, in any order', () => {
    const text = 'abcdef';
    const out = applySuggestions(text, [
      { start: 4, end: 6, replacement: 'EF' },
      { start: 0, end: 1, replacement: 'A' },
      { start: 2, end: 2, replacement: '+' },
    ]);
    expect(out).toBe('Ab+cdEF');
  });

  it('skips an edit that overlaps one already taken, keeping the first', () => {
    expect(applySuggestions('abcdef', [{ start: 1, end: 4, replacement: 'X' }, { start: 3, end: 5, replacement: 'Y' }])).toBe('aXef');
    expect(applySuggestions('abcdef', [{ start: 3, end: 5, replacement: 'Y' }, { start: 1, end: 4, replacement: 'X' }])).toBe('abcYf');
  });

  it('treats an insertion at the start of a replaced span as overlapping, so nothing is applied twice', () => {
    expect(applySuggestions('abc', [{ start: 1, end: 2, replacement: 'B' }, { start: 1, end: 1, replacement: '!' }])).toBe('aBc');
    expect(applySuggestions('abc', [{ start: 1, end: 1, replacement: '!' }, { start: 1, end: 2, replacement: 'B' }])).toBe('a!bc');
  });

  it('ignores edits outside the text and returns the text unchanged without edits', () => {
    expect(applySuggestions('abc', [{ start: 2, end: 9, replacement: 'X' }, { start: -1, end: 0, replacement: 'Y' }])).toBe('abc');
    expect(applySuggestions('abc', [])).toBe('abc');
  });
});

describe('levels', () => {
  it('maps severity and confidence to a lint level', () => {
    expect(defaultLevel('major', 0.9)).toBe('error');
    expect(defaultLevel('critical', 0.9)).toBe('error');
    expect(defaultLevel('minor', 0.9)).toBe('warning');
    expect(defaultLevel('major', 0.3)).toBe('info');
  });
});

describe('resolveOverlaps', () => {
  it('keeps one finding per span, the stronger, and drops one inside another of the same category', () => {
    const kept = resolveOverlaps([
      finding({ ruleId: 'weak', start: 0, end: 5, severity: 'warning' }),
      finding({ ruleId: 'strong', start: 0, end: 5, severity: 'error' }),
      finding({ ruleId: 'inner', start: 1, end: 3, severity: 'warning' }),
      finding({ ruleId: 'other-category', start: 1, end: 3, category: 'fluency/spelling' }),
      finding({ ruleId: 'later', start: 7, end: 9 }),
    ]);
    expect(kept.map((f) => f.ruleId)).toEqual(['strong', 'other-category', 'later']);
  });
});

describe('runRules and defineRule', () => {
  const doubled = defineRule({
    meta: { id: 'test-doubled', category: 'fluency/grammar', severity: 'minor', confidence: 0.9, description: 'd', sourceHint: 's' },
    detectSentence(sentence) {
      return sentence.tokens
        .filter((t, i) => i > 0 && t.lower === sentence.tokens[i - 1]!.lower)
        .map((t) => ({ start: t.start, end: t.end, message: 'doubled', suggestions: [{ start: t.start - 1, end: t.end, replacement: '' }] }));
    },
    examples: { invalid: [], valid: [] },
  });

  it('fills in rule id, category, levels and source hint, and honours a configured level', () => {
    const doc = parseDocument('It was was late. Then then it ended.');
    const findings = runRules(doc, [{ rule: doubled }]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.mqmSeverity, f.category])).toEqual([
      ['test-doubled', 'warning', 'minor', 'fluency/grammar'],
      ['test-doubled', 'warning', 'minor', 'fluency/grammar'],
    ]);
    expect(runRules(doc, [{ rule: doubled, level: 'error' }])[0]!.severity).toBe('error');
    expect(runRules(doc, [{ rule: doubled, level: 'off' }])).toEqual([]);
  });

  it('refuses malformed rules', () => {
    expect(() => defineRule({ ...doubled, meta: { ...doubled.meta, id: 'Not Kebab' } })).toThrow(/kebab-case/);
    expect(() => defineRule({ ...doubled, meta: { ...doubled.meta, confidence: 2 } })).toThrow(/confidence/);
    expect(() => defineRule({ meta: doubled.meta, examples: doubled.examples })).toThrow(/detect/);
  });
});
