// Runs the BUILT binary (apps/cli/dist/bin.js) as a child process, as users and CI do.
// Build first: `pnpm build` (the root `pnpm test` does).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '@mtlint/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInputs, repoRoot } from './helpers.js';

const bin = join(repoRoot, 'apps/cli/dist/bin.js');
let inputs: ReturnType<typeof makeInputs>;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
  inputs = makeInputs();
});
afterAll(() => inputs?.cleanup());

/** Runs mtlint with stdout a pipe (not a TTY) and no NO_COLOR/FORCE_COLOR from the outer shell. */
function mtlint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const oneLineError = (stderr: string) => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).toMatch(/^mtlint: /);
};

describe('mtlint (built binary)', () => {
  it('--format json on the Kaspersky article prints only JSON, with findings', () => {
    const r = mtlint(['lint', '--format', 'json', 'fixtures/kaspersky/article.txt']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as FileResult[];
    expect(report).toHaveLength(1);
    expect(report[0]!.filePath).toBe('fixtures/kaspersky/article.txt');
    expect(report[0]!.findings.length).toBeGreaterThan(0);
    // The fields gold-eval.mjs reads, with offsets that index the file.
    const text = readFileSync(join(repoRoot, 'fixtures/kaspersky/article.txt'), 'utf8');
    for (const f of report[0]!.findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.start).toBeLessThan(f.end);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(Array.isArray(f.suggestions)).toBe(true);
    }
    expect(r.code).toBe(report[0]!.errorCount > 0 ? 1 : 0);
  });

  it('prints the stylish report by default, without colour when piped', () => {
    const r = mtlint(['fixtures/kaspersky/article.txt']);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toMatch(/^fixtures\/kaspersky\/article\.txt {2}score \d+(\.\d)?$/m);
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +(error|warning|info) +\S.* {2}[a-z][a-z0-9-]+$/m);
    expect(r.stdout).toMatch(/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\) · score \d+(\.\d)?$/m);
  });

  it('colours with --color and not with NO_COLOR', () => {
    expect(mtlint(['--color', join(inputs.dir, 'warning.txt')]).stdout).toContain('\u001b[');
    expect(mtlint([join(inputs.dir, 'warning.txt')], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('--format compact prints one line per finding', () => {
    const r = mtlint(['-f', 'compact', 'warning.txt'], { cwd: inputs.dir });
    expect(r.stdout).toMatch(/^warning\.txt:1:17: warning No comma .* \[comma-before-that\]$/m);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => /^warning\.txt:\d+:\d+: (error|warning|info) .+ \[[a-z0-9-]+\]$/.test(l))).toBe(true);
  });

  it('exits 0 for a clean file, 1 for errors', () => {
    const clean = mtlint(['clean.txt'], { cwd: inputs.dir });
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toContain('✔ no problems · score 100');
    // Exit 1 exactly when the report has an error-level finding (warnings alone give 0).
    const warn = mtlint(['-f', 'json', 'warning.txt'], { cwd: inputs.dir });
    const [report] = JSON.parse(warn.stdout) as FileResult[];
    expect(report!.warningCount).toBeGreaterThan(0);
    expect(warn.code).toBe(report!.errorCount > 0 ? 1 : 0);
    expect(mtlint(['fixtures/kaspersky/article.txt']).code).toBe(1);
  });

  it.each([
    ['a missing file', 'missing.txt', /^mtlint: missing\.txt: no such file or directory$/],
    ['a directory with no text files', 'no-text', /^mtlint: no-text: directory has no \.txt or \.md files$/],
    ['binary content', 'binary.txt', /^mtlint: binary\.txt: looks binary/],
    ['invalid UTF-8', 'latin1.txt', /^mtlint: latin1\.txt: is not valid UTF-8/],
    ['a UTF-16 BOM', 'utf16.txt', /^mtlint: utf16\.txt: is UTF-16/],
  ])('%s: one line on stderr, exit 2', (_, file, message) => {
    const r = mtlint([file], { cwd: inputs.dir });
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('lints an empty file as empty with a one-line warning, exit 0', () => {
    const r = mtlint(['-f', 'json', 'empty.txt'], { cwd: inputs.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('mtlint: warning: empty.txt: file is empty\n');
    expect((JSON.parse(r.stdout) as FileResult[])[0]!.findings).toEqual([]);
  });

  it('strips a UTF-8 BOM and reports offsets into the file', () => {
    const r = mtlint(['-f', 'json', 'bom.txt'], { cwd: inputs.dir });
    expect(r.stderr).toBe('');
    const f = (JSON.parse(r.stdout) as FileResult[])[0]!.findings.find((x) => x.ruleId === 'comma-before-that')!;
    expect(readFileSync(inputs.bom, 'utf8').slice(f.start, f.end)).toBe(', that');
    expect(f.column).toBe(17);
  });

  it('reports a bad file among good ones, lints the rest, exits 2', () => {
    const r = mtlint(['-f', 'json', 'warning.txt', 'binary.txt', 'tree'], { cwd: inputs.dir });
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect((JSON.parse(r.stdout) as FileResult[]).map((f) => f.filePath)).toEqual(['warning.txt', 'tree/a.txt', 'tree/sub/b.md']);
  });

  it('--help documents the exit codes; lint --help the formats', () => {
    const help = mtlint(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toMatch(/^\s+2\s+usage error/m);
    const lintHelp = mtlint(['lint', '--help']);
    expect(lintHelp.code).toBe(0);
    expect(lintHelp.stdout).toMatch(/compact\s+file:line:col: severity message \[rule\]/);
  });

  it('--version prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'apps/cli/package.json'), 'utf8')) as { version: string };
    expect(mtlint(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('rules prints the catalogue', () => {
    const r = mtlint(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^comma-before-that\s+fluency\/punctuation\s+minor\s+\S/m);
  });

  it('an unknown flag: one line naming the closest valid one, exit 2', () => {
    const r = mtlint(['--fromat', 'json', 'fixtures/kaspersky/article.txt']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe("mtlint: unknown option '--fromat'; did you mean '--format'?\n");
  });

  it('an unknown command: names the closest command, exit 2', () => {
    const r = mtlint(['rulse']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mtlint: unknown command or file 'rulse'; did you mean 'rules'?\n");
  });
});
