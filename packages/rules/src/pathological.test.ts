import { runRules } from '@mtlint/engine';
import { parseDocument, type Document } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';

// Inputs that make backtracking regexes, quadratic scans over a sentence, or per-pair comparisons
// blow up: 100 kB without a sentence end, long runs of one character, and long runs of the very
// tokens rules look for. A rule that is not linear takes minutes on these, so the test's timeout
// is the guard (no timing assertion, which a loaded machine would make flaky).
const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const INPUTS: Record<string, string> = {
  'one letter': fill('a'),
  'one capital': fill('A'),
  'commas': fill(','),
  'periods': fill('.'),
  'hyphens': fill('-'),
  'quotes': fill('"'),
  'parentheses': fill('('),
  'at signs': fill('@'),
  'spaces and newlines': fill(' \n'),
  'Han characters': fill('中'),
  'words without a sentence end': fill('the report that the minister has the plan approved said, that '),
  'capitalised words without a sentence end': fill('The New Report Of The Government Office Said '),
  'hyphenated names': fill('UN-report EU-plan US-government '),
  'repeated word': fill('use '),
  'commas and clauses': fill('the chairman, John Smith said, which the engineers repaired, '),
  'one sentence per line': fill('The plan was approved.\n'),
  'lone surrogates and controls': fill('\ud800a\u0000b\udc00 \u202e'),
};

// Parsed once per input and shared by every rule: the rules must not mutate the document.
const documents = new Map<string, Document>();
const documentOf = (name: string) => {
  let doc = documents.get(name);
  if (!doc) documents.set(name, (doc = parseDocument(INPUTS[name]!)));
  return doc;
};

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s on pathological input', (_id, rule) => {
  it.each(Object.keys(INPUTS))('stays linear on %s', (name) => {
    const text = INPUTS[name]!;
    const findings = runRules(documentOf(name), [{ rule }]);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
    }
  }, 30_000);
});
