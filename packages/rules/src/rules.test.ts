import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySuggestions, firstSuggestions, runRules, type Rule } from '@mtlint/engine';
import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { ruleDocs } from './docs.js';
import { rules } from './index.js';

// Every rule is tested from the examples it carries; a rule without doc or examples fails here.
const rulesDir = join(dirname(fileURLToPath(import.meta.url)), 'rules');

const run = (rule: Rule, text: string) => runRules(parseDocument(text), [{ rule }]);

describe('the catalogue', () => {
  it('registers every rule folder once, alphabetically', () => {
    const folders = readdirSync(rulesDir).sort();
    expect(rules.map((r) => r.meta.id)).toEqual(folders);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  // Issue #18: each doc says what the shared analysis gives the rule (how it decides) and its measured precision.
  it('has a doc with what it catches, why MT produces it, how it decides, what was measured and how to fix it', () => {
    const doc = join(rulesDir, id, 'rule.md');
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text).toMatch(/^# /);
    expect(text).toMatch(/## What it catches/);
    expect(text).toMatch(/## Why machine translation produces it/);
    expect(text).toMatch(/## How it decides/);
    expect(text).toMatch(/## Measured/);
    expect(text).toMatch(/## How to fix/);
    // The docs entry carries the same text, for `mtlint rules <id>` and the library.
    expect(ruleDocs[id]).toBe(text);
  });

  // A stepped run (runRulesInSteps) hands out a stretch's findings as final once the next sentence
  // starts, so a sentence detector must not report before the start of the sentence it is given.
  it.skipIf(!rule.detectSentence)('reports from a sentence only within that sentence', () => {
    for (const text of [...rule.examples.invalid.map((e) => e.text), ...rule.examples.valid]) {
      const doc = parseDocument(text);
      for (const sentence of doc.sentences) {
        for (const report of rule.detectSentence!(sentence, { doc, options: {} })) {
          expect(report.start).toBeGreaterThanOrEqual(sentence.start);
          expect(report.end).toBeLessThanOrEqual(sentence.end);
        }
      }
    }
  });

  it('has at least two invalid and eight valid examples', () => {
    expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.valid.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))('flags %j', (text, example) => {
    const findings = run(rule, text);
    expect(findings.length).toBeGreaterThanOrEqual(example.count ?? 1);
    if (example.count !== undefined) expect(findings).toHaveLength(example.count);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
    if (example.output !== undefined) expect(applySuggestions(text, firstSuggestions(findings))).toBe(example.output);
  });

  it.each(rule.examples.valid.map((v) => [v] as const))('leaves %j alone', (text) => {
    expect(run(rule, text).map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});
