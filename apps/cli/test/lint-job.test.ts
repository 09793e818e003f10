import * as core from '@mtlint/core';
import { lintFile, lintFileInSteps, scoreFile } from '@mtlint/core/formats';
import { fileComments } from '@mtlint/formats';
import { describe, expect, it } from 'vitest';
import { LONG_TEXT, plainTextLintFile, runLintJob, summary, type LintJob } from '../src/lint-job.js';
import { WARNING_TEXT } from './helpers.js';

const job = (over: Partial<LintJob>): LintJob => ({
  fileName: 'a.txt', format: 'text', text: WARNING_TEXT, rules: {}, weights: undefined, perWords: undefined, includeFuzzy: false, includeObsolete: false, fix: false, onlyErrors: false, known: [], unusedDirectives: 'off', ...over,
});

const linter = { ...core, lintFile, fileComments };

describe('plainTextLintFile', () => {
  it('lints plain text as lint does, leaving the settings of bilingual checks out', () => {
    const plain = plainTextLintFile(core, ['number-mismatch']);
    const r = plain('a.txt', WARNING_TEXT, { rules: { 'number-mismatch': 'off', 'word-echo': 'warning' } });
    expect(r).toEqual({ format: 'text', findings: core.lint(WARNING_TEXT, { rules: { 'word-echo': 'warning' } }) });
    // What @mtlint/core/formats gives for the same plain text.
    const real = lintFile('a.txt', WARNING_TEXT, { rules: { 'number-mismatch': 'off', 'word-echo': 'warning' } });
    expect({ format: real.format, findings: real.findings }).toEqual(r);
  });
});

describe('runLintJob', () => {

  it('fixes, re-lints, and scores what remains', async () => {
    const r = await runLintJob(job({ fix: true }), linter);
    expect(r).toMatchObject({ text: 'The company says that it is safe.\n', changed: true, findings: [], all: [] });
    expect(r.score.score).toBe(100);
  });

  it('drops the findings the baseline knows, and their cost', async () => {
    const all = await runLintJob(job({}), linter);
    const known = await runLintJob(job({ known: [{ file: 'a.txt', ruleId: 'comma-before-that', text: ', that' }] }), linter);
    expect(all.findings.map((f) => f.ruleId)).toContain('comma-before-that');
    expect(known.findings.map((f) => f.ruleId)).not.toContain('comma-before-that');
    expect(known.all).toEqual(all.all);
    expect(known.score.score).toBeGreaterThan(all.score.score);
  });

  it('scores a file read as a format unit by unit, at the file\'s offsets, and its directives\' problems not at all', async () => {
    const links = 'See [the guide](https://example.com/docs/a/long/path/of/markup/that/is/never/linted/as/prose).\n\n'.repeat(20);
    const text = `${links}<!-- mtlint-disable-next-line no-such-rule -->\n${WARNING_TEXT}`;
    const r = await runLintJob(job({ fileName: 'a.md', format: 'markdown', text }), { ...linter, scoreFile });
    // The prose's findings lie past the end of the linted text: `score` of that text would refuse them.
    const prose = r.findings.filter((f) => f.ruleId !== 'directive');
    expect(prose.some((f) => f.start > lintFile('a.md', text, { rules: {} }).lintedText.length)).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('directive');
    const { score, penalty, words, byCategory, byRule } = scoreFile(text, lintFile('a.md', text, { rules: {} }), prose);
    expect(r.score).toEqual({ score, penalty, words, byCategory, byRule });
    expect(r.score.score).toBeLessThan(100);
  });

  it('a PO entry under "# mtlint-disable-next-line" is read and linted, and silenced by the directive: used, its words counted', async () => {
    const entry = (comment: string) => `${comment}msgid "Firma"\nmsgstr "${WARNING_TEXT.trim()}"\n`;
    const disabled = await runLintJob(job({ fileName: 'a.po', format: 'po', text: entry('# mtlint-disable-next-line\n'), unusedDirectives: 'error' }), { ...linter, scoreFile });
    const plain = await runLintJob(job({ fileName: 'a.po', format: 'po', text: entry('') }), { ...linter, scoreFile });
    expect(plain.findings.map((f) => f.ruleId)).toContain('comma-before-that');
    expect(disabled.findings).toEqual([]);
    // Read at once by readPo, an entry under the comment counted no words, and the directive was unused.
    expect(plain.score.words).toBeGreaterThan(0);
    expect(disabled.score).toMatchObject({ score: 100, words: plain.score.words });
  });

  it('--quiet fixes error-level findings only', async () => {
    expect(await runLintJob(job({ fix: true, onlyErrors: true }), linter)).toMatchObject({ changed: false, text: WARNING_TEXT });
  });
});

describe('long texts, a piece at a time', () => {
  it('lints a text over LONG_TEXT with lintFileInSteps: the findings of each piece, the score of scoreFile, progress as it goes', async () => {
    const text = `${WARNING_TEXT}\n`.repeat(Math.ceil((LONG_TEXT * 1.2) / (WARNING_TEXT.length + 1)));
    const heard: number[] = [];
    const r = await runLintJob(job({ text }), { ...linter, scoreFile, lintFileInSteps }, (done, total) => {
      expect(total).toBe(text.length);
      heard.push(done);
    });
    const whole = lintFile('a.txt', text, { rules: {} });
    expect(r.findings).toEqual(whole.findings);
    expect(r.score).toEqual(summary(scoreFile(text, whole, whole.findings)));
    expect(heard.length).toBeGreaterThan(2);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    expect(heard.at(-1)).toBe(text.length);
  }, 120_000);
});
