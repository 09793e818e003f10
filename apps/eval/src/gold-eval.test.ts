/**
 * pnpm eval must agree with the project's reference scorer, shared/tools/gold-eval.mjs, which reads the
 * JSON report the CLI prints. We build that report the way the CLI does (locate + formatJson), run the
 * script on it and compare recall, precision, the lists and the fix figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type Finding } from '@mtlint/core';
import { formatJson, locate } from '@mtlint/report';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.js';
import { evaluateFixture } from './metrics.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const GOLD_EVAL = '../shared/tools/gold-eval.mjs'; // beside the repository, here and in CI
const fixture = loadFixture(join(ROOT, 'fixtures/kaspersky'));
const tmp = mkdtempSync(join(tmpdir(), 'mtlint-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface GoldEvalResult {
  findings: number;
  required: number;
  recall: number;
  precision: number;
  missed: string[];
  falsePositives: string[];
  fix: { before: number; after: number; gain: number } | null;
}

function goldEval(findings: readonly Finding[], name: string): GoldEvalResult {
  const report = join(tmp, `${name}.json`);
  writeFileSync(report, formatJson([locate('fixtures/kaspersky/article.txt', fixture.text, findings)]));
  const out = execFileSync(
    process.execPath,
    [GOLD_EVAL, '--gold', 'fixtures/kaspersky/gold.json', '--report', report, '--reference', 'fixtures/kaspersky/reference.txt', '--json'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out) as GoldEvalResult;
}

function expectAgreement(findings: readonly Finding[], name: string) {
  const theirs = goldEval(findings, name);
  const ours = evaluateFixture({ name: 'kaspersky', text: fixture.text, gold: fixture.gold, findings, reference: fixture.reference! });
  expect(ours.findings).toBe(theirs.findings);
  expect(ours.required).toBe(theirs.required);
  expect(+ours.recall.toFixed(3)).toBe(theirs.recall);
  expect(+ours.precision.toFixed(3)).toBe(theirs.precision);
  expect(ours.missed.map((s) => s.text)).toEqual(theirs.missed);
  expect(ours.falseAlarms.map((f) => `${f.ruleId}: ${f.text}`)).toEqual(theirs.falsePositives);
  expect(theirs.fix).not.toBeNull();
  expect(ours.fix!.before).toBe(theirs.fix!.before);
  expect(ours.fix!.after).toBe(theirs.fix!.after);
  expect(ours.fix!.gain).toBeCloseTo(theirs.fix!.gain, 10);
  return { ours, theirs };
}

const asFinding = (start: number, end: number, ruleId: string, replacement?: string, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId, category: 'fluency/grammar', severity, mqmSeverity: 'minor', confidence: 0.9, start, end, message: 'test',
  suggestions: replacement === undefined ? [] : [{ start, end, replacement }],
});

describe('pnpm eval agrees with gold-eval.mjs on fixtures/kaspersky', () => {
  it('for what the recommended rules find today', () => {
    expectAgreement(lint(fixture.text), 'lint');
  });

  it('for a report that fixes every gold span, hits optional spans and raises false alarms', () => {
    // Every gold span with a suggestion becomes a finding that applies it; a few plain false alarms
    // and an info finding (which neither counts nor fixes) are added, so every figure is exercised.
    const findings: Finding[] = fixture.gold.spans
      .filter((s) => s.suggestion !== undefined)
      .map((s, i) => asFinding(s.start, s.end, `gold-${i % 3}`, s.suggestion, i % 2 ? 'error' : 'warning'));
    findings.push(asFinding(0, 3, 'noise', 'XYZ'), asFinding(fixture.text.length - 6, fixture.text.length - 1, 'noise'));
    findings.push(asFinding(200, 210, 'hint', 'ignored', 'info'));
    findings.sort((a, b) => a.start - b.start);
    const { ours } = expectAgreement(findings, 'synthetic');
    expect(ours.falseAlarms.length).toBeGreaterThan(0);
    expect(ours.fix!.after).toBeLessThan(ours.fix!.before);
  });

  it('for an empty report', () => {
    const { ours } = expectAgreement([], 'empty');
    expect(ours.recall).toBe(0);
    expect(ours.fix!.after).toBe(ours.fix!.before);
  });
});
