// Runs the BUILT binary (apps/cli/dist/bin.js) as a child process, as users and CI do.
// Build first: `pnpm build` (the root `pnpm test` does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileResult } from '@mtlint/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, CLEAN_TEXT, makeInputs, repoRoot, runBuilt, WARNING_TEXT } from './helpers.js';

let inputs: ReturnType<typeof makeInputs>;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
  inputs = makeInputs();
});
afterAll(() => inputs?.cleanup());

const mtlint = runBuilt;

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

  it('colours a pipe with FORCE_COLOR=1, and --no-color still wins', () => {
    expect(mtlint([join(inputs.dir, 'warning.txt')], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(mtlint(['--no-color', join(inputs.dir, 'warning.txt')], { env: { FORCE_COLOR: '3' } }).stdout).not.toContain('\u001b[');
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
    ['a directory with no text files', 'no-text', /^mtlint: no-text: directory has no files mtlint reads \(\.md .*\.txt\)$/],
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

describe('mtlint (built binary) in a pipe that closes early', () => {
  it('exits with the whole run\'s code under set -o pipefail, not 0, when the reader stops after one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-pipe-'));
    try {
      // Far more report than a pipe buffers (about 700 kB of compact lines), so the writer meets the closed pipe.
      const article = readFileSync(join(repoRoot, 'fixtures/kaspersky/article.txt'), 'utf8');
      for (let i = 0; i < 300; i++) writeFileSync(join(dir, `f${String(i).padStart(3, '0')}.txt`), article);
      const shell = (command: string) => spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const whole = shell(`node ${JSON.stringify(bin)} -f compact ${JSON.stringify(dir)} > /dev/null`);
      expect(whole.status).toBe(1);
      const piped = shell(`node ${JSON.stringify(bin)} -f compact ${JSON.stringify(dir)} | head -1`);
      expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(piped.stderr).toBe('');
      expect(piped.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two runs over 300 files: generous on a loaded machine.
  }, 180_000);
});

describe('mtlint (built binary): commands, formats, exit codes, bad input', () => {
  let work: string;
  const put = (name: string, content: string | Uint8Array) => {
    const path = join(work, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mtlint-e2e-'));
    put('warning.txt', WARNING_TEXT);
    put('clean.txt', CLEAN_TEXT);
    put('error.txt', 'The opposition, the new budget attacked.\n');
    put('big.txt', 'word '.repeat(300));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const inWork = (args: string[], input?: string) => mtlint(args, { cwd: work, ...(input !== undefined ? { input } : {}) });

  it.each([
    ['stylish', /^warning\.txt {2}score [\d.]+$/m],
    ['json', /^\[\n {2}\{\n {4}"filePath": "warning\.txt"/],
    ['compact', /^warning\.txt:1:17: warning .+ \[comma-before-that\]$/m],
    ['sarif', /"version": "2\.1\.0"/],
    ['github', /^::warning file=warning\.txt,line=1,col=17,endLine=1,endColumn=23,title=comma-before-that \(mtlint\)::No comma/m],
    ['junit', /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="mtlint" tests="1" failures="1"/],
  ])('--format %s', (format, pattern) => {
    const r = inWork(['-f', format, 'warning.txt']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(pattern);
  });

  it('sarif output names every rule and validates as JSON with results', () => {
    const log = JSON.parse(inWork(['-f', 'sarif', 'warning.txt', 'error.txt']).stdout);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(11);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['comma-before-that', 'verb-final-clause']);
  });

  it('exit codes: 0 clean or warnings, 1 errors / --max-warnings / --min-score, 2 usage and bad input', () => {
    // The message names stderr, should a run fail for another reason.
    const code = (args: string[]) => {
      const r = inWork(args);
      return expect(r.code, r.stderr);
    };
    code(['clean.txt']).toBe(0);
    code(['warning.txt']).toBe(0);
    code(['error.txt']).toBe(1);
    expect(inWork(['--max-warnings', '0', 'warning.txt'])).toMatchObject({ code: 1, stderr: 'mtlint: 1 warning, more than --max-warnings 0\n' });
    code(['--min-score', '100', 'warning.txt']).toBe(1);
    expect(inWork(['--quiet', 'warning.txt'])).toMatchObject({ code: 0, stdout: '' });
    expect(inWork(['--max-warnings', 'x', 'warning.txt']).code).toBe(2);
  });

  it('fix, score, rules <id>, init, <command> --help', () => {
    put('fixme.txt', WARNING_TEXT);
    expect(inWork(['fix', 'fixme.txt']).code).toBe(0);
    expect(readFileSync(join(work, 'fixme.txt'), 'utf8')).toBe('The company says that it is safe.\n');
    expect(inWork(['score', 'warning.txt']).stdout).toMatch(/warning\.txt {2}\d+ words, penalty 1 \(fluency\/punctuation 1\)/);
    expect(inWork(['rules', 'word-echo']).stdout).toMatch(/^word-echo {2}fluency\/grammar/);
    const init = mkdtempSync(join(tmpdir(), 'mtlint-init-'));
    try {
      expect(mtlint(['init'], { cwd: init }).code).toBe(0);
      expect(JSON.parse(readFileSync(join(init, 'mtlint.config.json'), 'utf8'))).toMatchObject({ extends: 'recommended' });
    } finally {
      rmSync(init, { recursive: true, force: true });
    }
    for (const command of ['lint', 'fix', 'score', 'rules', 'review', 'init']) {
      const help = inWork([command, '--help']);
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toMatch(new RegExp(`^Usage: mtlint ${command}`));
    }
  });

  it('--stdin with --stdin-filename; --fix --stdin prints the fixed text', () => {
    const r = inWork(['-f', 'compact', '--stdin', '--stdin-filename', 'piped.txt'], WARNING_TEXT);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^piped\.txt:1:17: warning /);
    expect(inWork(['fix', '--stdin'], WARNING_TEXT)).toEqual({ code: 0, stdout: 'The company says that it is safe.\n', stderr: '' });
  });

  it('--output-file writes the report atomically; the summary stays on stdout', () => {
    const r = inWork(['-f', 'junit', '-o', 'report.xml', 'warning.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✖ 1 problem/);
    expect(readFileSync(join(work, 'report.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('worker threads give the same report as one thread', () => {
    for (let i = 0; i < 24; i++) put(`many/f${i}.txt`, i % 2 ? WARNING_TEXT : 'The opposition, the new budget attacked.\n');
    const one = inWork(['-f', 'json', '--concurrency', 'off', 'many']);
    const two = inWork(['-f', 'json', '--concurrency', '2', 'many']);
    expect(JSON.parse(one.stdout)).toHaveLength(24);
    expect(two).toEqual(one);
  });

  it('--cache: a second run over unchanged files gives the same report', () => {
    const first = inWork(['-f', 'json', '--cache', 'warning.txt', 'error.txt']);
    expect(existsSync(join(work, 'node_modules/.cache/mtlint/results.json'))).toBe(true);
    expect(inWork(['-f', 'json', '--cache', 'warning.txt', 'error.txt'])).toEqual(first);
  });

  // `script` runs the binary on a pseudo-terminal, as a person at a terminal would.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('on a terminal: a progress line on stderr for many files, erased at the end; colours', () => {
    for (let i = 0; i < 60; i++) put(`tty/f${i}.txt`, WARNING_TEXT);
    const r = spawnSync('script', ['-qec', `${process.execPath} ${bin} --concurrency off tty 2>&1 >/dev/null`, '/dev/null'], {
      cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' },
    });
    expect(r.stdout).toMatch(/\r\u001b\[2Kmtlint: \d+\/60 files/);
    expect(r.stdout.endsWith('\r\u001b[2K')).toBe(true);
    const colours = spawnSync('script', ['-qec', `${process.execPath} ${bin} warning.txt`, '/dev/null'], {
      cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' },
    });
    expect(colours.stdout).toContain('\u001b[');
  });

  it('review without a terminal: one line, exit 2', () => {
    const r = inWork(['review', 'warning.txt']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
  });

  it.each([
    ['a glob that matches nothing', ['nothing/*.txt'], /^mtlint: nothing\/\*\.txt: no files match this pattern$/],
    ['a file over --max-file-size', ['--max-file-size', '1kb', 'big.txt'], /^mtlint: big\.txt: is 1\.46 KB, over the --max-file-size of 1 KB; not linted$/],
    ['a missing --config', ['--config', 'none.json', 'clean.txt'], /^mtlint: none\.json: no such config file$/],
    ['a missing --baseline', ['--baseline', 'none.json', 'clean.txt'], /^mtlint: none\.json: no such baseline file/],
    ['an unwritable output path', ['-o', 'no/such/dir/r.json', 'clean.txt'], /^mtlint: no\/such\/dir\/r\.json: cannot write the report: no such file or directory$/],
    ['an unknown --rule', ['--rule', 'nope:off', 'clean.txt'], /^mtlint: --rule 'nope:off': unknown rule "nope"; accepted: /],
    ['an unknown command option', ['rules', '--fix'], /^mtlint: option '--fix' does not apply to 'rules'/],
  ])('%s: one line naming the file or option, exit 2', (_, args, message) => {
    const r = inWork(args);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr.trim()).toMatch(message);
    expect(existsSync(join(work, 'no'))).toBe(false);
  });

  it.each([
    ['malformed', '{ "rules": ', /^mtlint: conf\/\.mtlintrc\.json: not valid JSON \(/],
    ['invalid', '{ "rules": { "word-echo": "loud" } }', /^mtlint: conf\/\.mtlintrc\.json: rules\.word-echo: expected a level \(error, warning, info, off\)/],
  ])('a %s config: one line naming the file and key, exit 2', (_, content, message) => {
    put('conf/.mtlintrc.json', content);
    put('conf/a.txt', WARNING_TEXT);
    const r = inWork(['conf']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr.trim()).toMatch(message);
  });
});
