import * as core from '@mtlint/core';
import { lintFile } from '@mtlint/core/formats';
import { fileComments } from '@mtlint/formats';
import { describe, expect, it } from 'vitest';
import { plainTextLintFile, runLintJob, type LintJob } from '../src/lint-job.js';
import { WARNING_TEXT } from './helpers.js';

const job = (over: Partial<LintJob>): LintJob => ({
  fileName: 'a.txt', format: 'text', text: WARNING_TEXT, rules: {}, weights: undefined, perWords: undefined, includeFuzzy: false, includeObsolete: false, fix: false, onlyErrors: false, known: [], unusedDirectives: 'off', ...over,
});

describe('plainTextLintFile', () => {
  it('lints plain text as lint does, leaving the settings of bilingual checks out', () => {
    const plain = plainTextLintFile(core, ['number-mismatch']);
    const r = plain('a.txt', WARNING_TEXT, { rules: { 'number-mismatch': 'off', 'word-echo': 'warning' } });
    expect(r).toEqual({ format: 'text', findings: core.lint(WARNING_TEXT, { rules: { 'word-echo': 'warning' } }), lintedText: WARNING_TEXT });
    // What @mtlint/core/formats gives for the same plain text.
    const real = lintFile('a.txt', WARNING_TEXT, { rules: { 'number-mismatch': 'off', 'word-echo': 'warning' } });
    expect({ format: real.format, findings: real.findings, lintedText: real.lintedText }).toEqual(r);
  });
});

describe('runLintJob', () => {
  const linter = { ...core, lintFile, fileComments };

  it('fixes, re-lints, and scores what remains', () => {
    const r = runLintJob(job({ fix: true }), linter);
    expect(r).toMatchObject({ text: 'The company says that it is safe.\n', changed: true, findings: [], all: [] });
    expect(r.score.score).toBe(100);
  });

  it('drops the findings the baseline knows, and their cost', () => {
    const all = runLintJob(job({}), linter);
    const known = runLintJob(job({ known: [{ file: 'a.txt', ruleId: 'comma-before-that', text: ', that' }] }), linter);
    expect(all.findings.map((f) => f.ruleId)).toContain('comma-before-that');
    expect(known.findings.map((f) => f.ruleId)).not.toContain('comma-before-that');
    expect(known.all).toEqual(all.all);
    expect(known.score.score).toBeGreaterThan(all.score.score);
  });

  it('--quiet fixes error-level findings only', () => {
    expect(runLintJob(job({ fix: true, onlyErrors: true }), linter)).toMatchObject({ changed: false, text: WARNING_TEXT });
  });
});
