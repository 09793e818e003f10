import { lint, rules, score } from '@mtlint/core';
import { describe, expect, it } from 'vitest';
import { breakdown, hashForText, levelsFor, sentenceOf, stretches, suggestionDiff, textFromHash } from '../src/view.js';

describe('the shareable link', () => {
  it('carries any text through the hash and back', () => {
    for (const text of ['The opposition, the new budget attacked.', 'a&b=c #1 100% «ü» 人民币 😀\nline two', '']) {
      expect(textFromHash(hashForText(text))).toBe(text);
    }
    expect(textFromHash('')).toBeUndefined();
    expect(textFromHash('#other=1')).toBeUndefined();
  });
});

describe('a finding as the page shows it', () => {
  const text = 'It rained. The mayor, the new bridge on Monday opened. Then it stopped.';
  const findings = lint(text);
  const result = score(text, findings);

  it('diffs its sentence before and after the first suggestion, word by word', () => {
    const [finding] = findings;
    expect(finding?.ruleId).toBe('verb-final-clause');
    const parts = suggestionDiff(text, finding!, sentenceOf(result, finding!));
    const side = (kind: string) => parts.filter((p) => p.kind !== kind).map((p) => p.text).join('');
    expect(side('added')).toBe('The mayor, the new bridge on Monday opened.');
    expect(side('removed')).toBe('The mayor opened the new bridge on Monday.');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain('opened');
  });

  it('cuts the text at the findings, losing nothing', () => {
    const parts = stretches(text, findings);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.finding).map((p) => p.finding!.ruleId)).toEqual(['verb-final-clause']);
  });

  it('breaks the penalty down by category', () => {
    expect(breakdown(result)).toEqual([['fluency/word-order', result.penalty]]);
  });
});

describe('the source-language picker', () => {
  const catalogue = [...rules.values()].map(({ meta }) => ({
    id: meta.id, category: meta.category, severity: meta.severity, description: meta.description, docs: '', recommended: meta.recommended !== false,
  }));

  it('lints with the defaults when the language is unknown, and with the preset of a known one', () => {
    const offByDefault = catalogue.filter((r) => !r.recommended).map((r) => r.id);
    expect(Object.keys(levelsFor(undefined, catalogue)).sort()).toEqual(offByDefault.sort());
    const chinese = levelsFor('zh', catalogue);
    expect(chinese['capitalized-common-noun']).toBe('off');
    expect(chinese['second-person-in-report']).toBe('error');
    expect(lint('They bought the new Software.', { rules: levelsFor('de', catalogue) }).map((f) => f.ruleId)).toEqual(['capitalized-common-noun']);
    expect(lint('They bought the new Software.', { rules: chinese })).toEqual([]);
  });
});
