// The CI conventions of `mtlint lint` (config, levels, gates, output file, stdin, fixes, baselines,
// ignores), run in-process on temporary folders with the real rules.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough, Writable } from 'node:stream';
import { dirname, join } from 'node:path';
import type { FileResult } from '@mtlint/report';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo, type Io } from '../src/io.js';
import { run, type RunEnv } from '../src/run.js';
import { WARNING_TEXT } from './helpers.js';

/** Flagged as an error (verb-final-clause), and fixable by no rule. */
const ERROR_TEXT = 'The opposition, the new budget attacked.\n';

let dir: string;
let env: RunEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtlint-ci-'));
  env = { cwd: dir, version: '1.0.0', color: false };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const json = (stdout: string) => JSON.parse(stdout) as FileResult[];
const lines = (s: string) => s.split('\n').filter(Boolean);
const mtlint = (...argv: string[]) => run(argv, env);
const ruleIds = (r: FileResult) => r.findings.map((f) => f.ruleId);

describe('config files', () => {
  it('finds the nearest config upward: mtlint.config.json, .mtlintrc.json, or package.json "mtlint"', async () => {
    write('package.json', JSON.stringify({ name: 'x', mtlint: { rules: { 'comma-before-that': 'error' } } }));
    write('a.txt', WARNING_TEXT);
    write('sub/b.txt', WARNING_TEXT);
    write('sub/.mtlintrc.json', JSON.stringify({ rules: { 'comma-before-that': 'off' } }));
    const r = await mtlint('-f', 'json', 'a.txt', 'sub/b.txt');
    const [a, b] = json(r.stdout);
    expect(a!.findings.find((f) => f.ruleId === 'comma-before-that')?.severity).toBe('error');
    expect(ruleIds(b!)).not.toContain('comma-before-that');
    expect(r.exitCode).toBe(1);
  });

  it('--config applies one file to everything; --no-config-lookup ignores config files', async () => {
    write('.mtlintrc.json', JSON.stringify({ rules: { 'comma-before-that': 'off' } }));
    write('other.json', JSON.stringify({ extends: 'strict' }));
    write('a.txt', WARNING_TEXT);
    expect(ruleIds(json((await mtlint('-f', 'json', 'a.txt')).stdout)[0]!)).not.toContain('comma-before-that');
    const strict = await mtlint('-f', 'json', '--config', 'other.json', 'a.txt');
    expect(json(strict.stdout)[0]!.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(strict.exitCode).toBe(1);
    const none = await mtlint('-f', 'json', '--no-config-lookup', 'a.txt');
    expect(json(none.stdout)[0]!.findings.find((f) => f.ruleId === 'comma-before-that')?.severity).toBe('warning');
  });

  it('reads a config file saved with a byte-order mark', async () => {
    write('mtlint.config.json', `\uFEFF${JSON.stringify({ rules: { 'comma-before-that': 'off' } })}`);
    write('a.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'json', 'a.txt');
    expect(r.stderr).toBe('');
    expect(json(r.stdout)[0]!.findings.some((f) => f.ruleId === 'comma-before-that')).toBe(false);
  });

  it('--rule wins over the config', async () => {
    write('mtlint.config.json', JSON.stringify({ rules: { 'comma-before-that': 'off' } }));
    write('a.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'json', '--rule', 'comma-before-that:info', 'a.txt');
    expect(json(r.stdout)[0]!.findings.find((f) => f.ruleId === 'comma-before-that')?.severity).toBe('info');
  });

  it.each([
    ['mtlint.config.json', '{"rules": {"word-echo": "loud"}}', /^mtlint: mtlint\.config\.json: rules\.word-echo: expected a level \(error, warning, info, off\)/],
    ['mtlint.config.json', '{"extend": "strict"}', /^mtlint: mtlint\.config\.json: extend: unknown key "extend"; accepted: extends, rules, /],
    ['.mtlintrc.json', '{ "rules": ', /^mtlint: \.mtlintrc\.json: not valid JSON \(/],
    ['package.json', '{"mtlint": {"rules": {"nope": "off"}}}', /^mtlint: package\.json: "mtlint": rules\.nope: unknown rule "nope"; accepted: /],
  ])('a bad %s: one line naming the file and key, exit 2, nothing linted', async (name, content, message) => {
    write(name, content);
    write('a.txt', WARNING_TEXT);
    write('b.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'json', 'a.txt', 'b.txt');
    expect(r.exitCode).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('[]\n');
  });

  it('sets the bilingual checks of the formats like rules', async () => {
    write('a.po', '#: x\nmsgid "Price: 10 euros"\nmsgstr "Price: 12 euros"\n');
    const on = json((await mtlint('-f', 'json', 'a.po')).stdout)[0]!;
    expect(ruleIds(on)).toContain('number-mismatch');
    const off = json((await mtlint('-f', 'json', '--rule', 'number-mismatch:off', 'a.po')).stdout)[0]!;
    expect(ruleIds(off)).not.toContain('number-mismatch');
    const sarif = JSON.parse((await mtlint('-f', 'sarif', 'a.po')).stdout);
    expect(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'number-mismatch')).toMatchObject({
      shortDescription: { text: expect.stringContaining('number') },
      help: { text: expect.any(String) },
    });
    write('mtlint.config.json', JSON.stringify({ rules: { 'number-mismatch': 'off' } }));
    expect(ruleIds(json((await mtlint('-f', 'json', 'a.po')).stdout)[0]!)).not.toContain('number-mismatch');
  });

  it('a missing --config file or a bad --rule: one line, exit 2', async () => {
    write('a.txt', WARNING_TEXT);
    expect(await mtlint('--config', 'nope.json', 'a.txt')).toEqual({ exitCode: 2, stdout: '', stderr: 'mtlint: nope.json: no such config file\n' });
    const bad = await mtlint('--rule', 'word-echo:loud', 'a.txt');
    expect(bad).toMatchObject({ exitCode: 2, stdout: '', stderr: `mtlint: --rule 'word-echo:loud': unknown level "loud"; accepted: error, warning, info, off\n` });
  });

  it('config "formats" adds file endings that directories expand to, and how each is read', async () => {
    write('docs/a.rst', WARNING_TEXT);
    write('docs/b.txt', WARNING_TEXT);
    write('docs/c.json', JSON.stringify({ greeting: WARNING_TEXT.trim() }));
    write('docs/d.po', `msgid "a"\nmsgstr "${WARNING_TEXT.trim()}"\n`);
    // By default every format's endings but .json (most JSON files are no catalogues).
    expect(json((await mtlint('-f', 'json', 'docs')).stdout).map((r) => r.filePath)).toEqual(['docs/b.txt', 'docs/d.po']);
    write('mtlint.config.json', JSON.stringify({ formats: { '.rst': 'text', '.json': 'json', '.txt': 'markdown' } }));
    const r = await mtlint('-f', 'json', 'docs');
    const results = json(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual(['docs/a.rst', 'docs/b.txt', 'docs/c.json', 'docs/d.po']);
    for (const x of results) expect(ruleIds(x)).toContain('comma-before-that');
  });

  it('init writes a starter config once', async () => {
    expect(await mtlint('init')).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(read('mtlint.config.json'))).toMatchObject({ extends: 'recommended', rules: {} });
    expect(await mtlint('init')).toEqual({ exitCode: 2, stdout: '', stderr: 'mtlint: mtlint.config.json already exists; not overwritten\n' });
  });

  it('init refuses when package.json already holds the config', async () => {
    write('package.json', JSON.stringify({ name: 'site', mtlint: { extends: 'strict' } }));
    expect(await mtlint('init')).toEqual({
      exitCode: 2, stdout: '', stderr: 'mtlint: package.json already has an "mtlint" config; not writing mtlint.config.json\n',
    });
    expect(existsSync(join(dir, 'mtlint.config.json'))).toBe(false);
    write('package.json', JSON.stringify({ name: 'site' }));
    expect((await mtlint('init')).exitCode).toBe(0);
  });
});

describe('file formats', () => {
  it('reads Markdown as Markdown: markup is not linted, offsets point into the file', async () => {
    const md = '# Title\n\nSome `code, that` here. ' + WARNING_TEXT;
    write('a.md', md);
    const [a] = json((await mtlint('-f', 'json', 'a.md')).stdout);
    const comma = a!.findings.filter((f) => f.ruleId === 'comma-before-that');
    expect(comma).toHaveLength(1);
    expect(md.slice(comma[0]!.start, comma[0]!.end)).toBe(', that');
    expect(comma[0]!.line).toBe(3);
  });

  it('honours <!-- mtlint-disable --> comments in Markdown', async () => {
    write(
      'a.md',
      `${WARNING_TEXT}\n<!-- mtlint-disable comma-before-that -->\n\n${WARNING_TEXT}\n<!-- mtlint-enable -->\n\n` +
        `<!-- mtlint-disable-next-line -->\n${WARNING_TEXT}\n${WARNING_TEXT}`,
    );
    const [a] = json((await mtlint('-f', 'json', 'a.md')).stdout);
    expect(a!.findings.filter((f) => f.ruleId === 'comma-before-that').map((f) => f.line)).toEqual([1, 12]);
  });

  it('fixes a PO file inside its msgstr', async () => {
    write('a.po', `msgid "a"\nmsgstr "${WARNING_TEXT.trim()}"\n`);
    expect((await mtlint('fix', 'a.po')).exitCode).toBe(0);
    expect(read('a.po')).toBe('msgid "a"\nmsgstr "The company says that it is safe."\n');
  });

  it('skips fuzzy and obsolete PO entries unless --include-fuzzy or --include-obsolete asks for them', async () => {
    const sentence = WARNING_TEXT.trim();
    write('a.po', `msgid "Fine."\nmsgstr "Fine."\n\n#, fuzzy\nmsgid "Sicher."\nmsgstr "${sentence}"\n\n#~ msgid "Ganz sicher."\n#~ msgstr "${sentence}"\n`);
    const lineOf = async (...flags: string[]) => json((await mtlint('-f', 'json', ...flags, 'a.po')).stdout)[0]!.findings.map((f) => f.line);
    expect(await lineOf()).toEqual([]);
    expect(await lineOf('--include-fuzzy')).toEqual([6]);
    expect(await lineOf('--include-obsolete')).toEqual([9]);
    expect(await lineOf('--include-fuzzy', '--include-obsolete')).toEqual([6, 9]);
  });

  it('a file that is not what its ending says: one line naming the file and the line, exit 2', async () => {
    write('bad.po', 'msgid "a"\nmsgstr "unterminated\n');
    write('good.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'json', 'bad.po', 'good.txt');
    expect(r.exitCode).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^mtlint: bad\.po: not valid po: /);
    expect(json(r.stdout).map((x) => x.filePath)).toEqual(['good.txt']);
  });
});

describe('gates and output', () => {
  it('--quiet reports errors only', async () => {
    write('a.txt', WARNING_TEXT + ERROR_TEXT);
    const r = await mtlint('-f', 'json', '--quiet', 'a.txt');
    const [a] = json(r.stdout);
    expect(a!.findings.length).toBeGreaterThan(0);
    expect(a!.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(a).toMatchObject({ warningCount: 0, infoCount: 0 });
  });

  it('--max-warnings: exit 1 above the limit, with a line saying so', async () => {
    write('a.txt', WARNING_TEXT);
    expect((await mtlint('a.txt')).exitCode).toBe(0);
    expect((await mtlint('--max-warnings', '1', 'a.txt')).exitCode).toBe(0);
    const r = await mtlint('--max-warnings', '0', 'a.txt');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('mtlint: 1 warning, more than --max-warnings 0\n');
  });

  it('--min-score: exit 1 for a file scoring below it', async () => {
    write('a.txt', WARNING_TEXT);
    const score = json((await mtlint('-f', 'json', 'a.txt')).stdout)[0]!.score!;
    expect(score).toBeLessThan(100);
    expect((await mtlint('--min-score', String(score), 'a.txt')).exitCode).toBe(0);
    const r = await mtlint('--min-score', '100', 'a.txt');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`mtlint: a.txt: score ${score.toFixed(1)} is below --min-score 100\n`);
  });

  it('--min-score compares at the precision printed, or at the decimals given', async () => {
    // 49 words and one minor finding: 100 − 100 × 1 / 49 = 97.959…, printed 98.0 in one decimal.
    write('a.txt', `${'The plan was approved by the council after a long debate. '.repeat(4).trim()} The the mayor spoke. ${'Everyone agreed with it. '.repeat(2).trim()}`);
    const { stdout } = await mtlint('-f', 'json', 'a.txt');
    const score = json(stdout)[0]!.score!;
    expect(score).not.toBe(Number(score.toFixed(1)));
    const printed = score.toFixed(1);
    expect((await mtlint('a.txt')).stdout).toContain(`score ${printed}`);
    expect((await mtlint('--min-score', printed, 'a.txt')).exitCode).toBe(0);
    const finer = (Math.floor(score * 100) / 100 + 0.01).toFixed(2);
    const r = await mtlint('--min-score', finer, 'a.txt');
    expect(r).toMatchObject({ exitCode: 1, stderr: `mtlint: a.txt: score ${score.toFixed(2)} is below --min-score ${finer}\n` });
  });

  it('--output-file writes the report; the summary goes to stdout', async () => {
    write('a.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'sarif', '-o', 'out/report.sarif', 'a.txt');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(r).toMatchObject({ exitCode: 2, stderr: 'mtlint: out/report.sarif: cannot write the report: no such file or directory\n' });
    const ok = await mtlint('-f', 'sarif', '-o', 'report.sarif', 'a.txt');
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/^✖ 1 problem \(0 errors, 1 warning, 0 info\) · score /);
    expect(JSON.parse(read('report.sarif')).runs[0].results[0].ruleId).toBe('comma-before-that');
  });

  it('a report file has no colours unless --color asks, even from a terminal', async () => {
    write('a.txt', WARNING_TEXT);
    const tty = { ...env, color: true };
    const r = await run(['-o', 'r.txt', 'a.txt'], tty);
    expect(r.stdout).toContain('\u001b[');
    expect(read('r.txt')).not.toContain('\u001b[');
    await run(['--color', '-o', 'r.txt', 'a.txt'], tty);
    expect(read('r.txt')).toContain('\u001b[');
  });

  it('an unwritable output path: one line, exit 2, no file left behind', async () => {
    write('a.txt', WARNING_TEXT);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    try {
      const r = await mtlint('-f', 'json', '-o', 'locked/r.json', 'a.txt');
      // root may write anywhere; the test then only checks that the report is whole.
      if (r.exitCode === 2) {
        expect(r.stderr).toBe('mtlint: locked/r.json: cannot write the report: permission denied\n');
        expect(existsSync(join(dir, 'locked', 'r.json'))).toBe(false);
      } else expect(json(read('locked/r.json'))).toHaveLength(1);
    } finally {
      chmodSync(join(dir, 'locked'), 0o700);
    }
  });

  it('score prints the score and its breakdown; json has the numbers', async () => {
    write('a.txt', WARNING_TEXT);
    const r = await mtlint('score', 'a.txt');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^ *\d+(\.\d)? {2}a\.txt {2}\d+ words, penalty 1 \(fluency\/punctuation 1\)\n$/);
    const [s] = JSON.parse((await mtlint('score', '-f', 'json', 'a.txt')).stdout);
    expect(s).toMatchObject({ filePath: 'a.txt', penalty: 1, byCategory: { 'fluency/punctuation': 1 }, byRule: { 'comma-before-that': 1 } });
    expect((await mtlint('score', '--min-score', '100', 'a.txt')).exitCode).toBe(1);
  });
});

describe('standard input', () => {
  const stdinEnv = (text: string): RunEnv => ({ ...env, io: { ...nodeIo, readStdin: () => new TextEncoder().encode(text) } });

  it('lints standard input under --stdin-filename, with that name and its config', async () => {
    write('sub/.mtlintrc.json', JSON.stringify({ rules: { 'comma-before-that': 'error' } }));
    const r = await run(['-f', 'json', '--stdin', '--stdin-filename', 'sub/draft.txt'], stdinEnv(WARNING_TEXT));
    const [s] = json(r.stdout);
    expect(s).toMatchObject({ filePath: 'sub/draft.txt', errorCount: 1 });
    expect(r.exitCode).toBe(1);
    expect(json((await run(['-f', 'json', '--stdin'], stdinEnv(WARNING_TEXT))).stdout)[0]!.filePath).toBe('<stdin>');
  });

  it('--fix with --stdin prints the fixed text', async () => {
    const r = await run(['--fix', '--stdin'], stdinEnv(WARNING_TEXT));
    expect(r).toEqual({ exitCode: 0, stdout: 'The company says that it is safe.\n', stderr: '' });
  });

  it('refuses bad bytes and oversized input on standard input', async () => {
    expect(await run(['--stdin'], { ...env, io: { ...nodeIo, readStdin: () => new Uint8Array([0x61, 0, 0x62]) } })).toMatchObject({
      exitCode: 2,
      stderr: 'mtlint: <stdin>: looks binary (NUL byte at offset 1); mtlint reads UTF-8 text only\n',
    });
    expect((await run(['--stdin', '--max-file-size', '10b'], stdinEnv(WARNING_TEXT))).stderr).toBe(
      'mtlint: <stdin>: is 35 B, over the --max-file-size of 10 B; not linted\n',
    );
  });
});

describe('fixing', () => {
  it('--fix writes the fixed file, keeping CRLF line endings, the final newline and a BOM', async () => {
    const crlf = '\uFEFFThe company says, that it is safe.\r\nThe minister said, that it works.\r\n';
    write('a.txt', crlf);
    const r = await mtlint('-f', 'json', '--fix', 'a.txt');
    expect(read('a.txt')).toBe('\uFEFFThe company says that it is safe.\r\nThe minister said that it works.\r\n');
    expect(ruleIds(json(r.stdout)[0]!)).not.toContain('comma-before-that');
    expect(r.exitCode).toBe(0);
  });

  it('fix leaves a read-only file alone with one line and exit 2, and keeps the mode of a file it writes', async () => {
    write('ro.txt', WARNING_TEXT);
    chmodSync(join(dir, 'ro.txt'), 0o444);
    write('rw.txt', WARNING_TEXT);
    chmodSync(join(dir, 'rw.txt'), 0o640);
    const r = await mtlint('fix', 'ro.txt', 'rw.txt');
    expect(r.stderr).toBe('mtlint: ro.txt: cannot write the fixed file: the file is read-only; it is unchanged\n');
    expect(r.exitCode).toBe(2);
    expect(read('ro.txt')).toBe(WARNING_TEXT);
    expect(statSync(join(dir, 'ro.txt')).mode & 0o777).toBe(0o444);
    expect(read('rw.txt')).toBe('The company says that it is safe.\n');
    expect(statSync(join(dir, 'rw.txt')).mode & 0o777).toBe(0o640);
  });

  it('fix does not recreate a file removed while it was linted', async () => {
    write('gone.txt', WARNING_TEXT);
    const vanishing: Io = { ...nodeIo, readFile: (path) => { const bytes = nodeIo.readFile(path); rmSync(path); return bytes; } };
    const r = await run(['fix', 'gone.txt'], { ...env, io: vanishing });
    expect(r).toMatchObject({ exitCode: 2, stderr: 'mtlint: gone.txt: cannot write the fixed file: the file was removed while it was linted; not recreated\n' });
    expect(existsSync(join(dir, 'gone.txt'))).toBe(false);
  });

  it('mtlint fix is lint --fix, and leaves a file without a final newline without one', async () => {
    write('a.txt', 'The company says, that it is safe.');
    expect((await mtlint('fix', 'a.txt')).exitCode).toBe(0);
    expect(read('a.txt')).toBe('The company says that it is safe.');
  });

  it('applies only fixable rules and re-lints: unfixable findings remain', async () => {
    write('a.txt', WARNING_TEXT + ERROR_TEXT);
    const r = await mtlint('-f', 'json', '--fix', 'a.txt');
    expect(read('a.txt')).toBe('The company says that it is safe.\n' + ERROR_TEXT);
    const [a] = json(r.stdout);
    expect(ruleIds(a!)).toEqual(['verb-final-clause']);
    // Offsets refer to the fixed text.
    const f = a!.findings[0]!;
    expect(read('a.txt').slice(f.start, f.end).length).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
  });

  it('--fix-dry-run puts the fixed text in the JSON report and writes nothing', async () => {
    write('a.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'json', '--fix-dry-run', 'a.txt');
    expect(json(r.stdout)[0]!.output).toBe('The company says that it is safe.\n');
    expect(read('a.txt')).toBe(WARNING_TEXT);
  });
});

describe('baseline', () => {
  it('--write-baseline records the findings; --baseline then silences them and reports new ones', async () => {
    write('docs/a.txt', WARNING_TEXT);
    const w = await mtlint('--write-baseline', 'base/known.json', 'docs');
    expect(w.exitCode).toBe(2);
    expect(w.stderr).toBe('mtlint: base/known.json: cannot write: no such file or directory\n');
    mkdirSync(join(dir, 'base'));
    const ok = await mtlint('--write-baseline', 'base/known.json', 'docs');
    expect(ok.exitCode).toBe(0);
    expect(ok.stderr).toMatch(/^mtlint: wrote 1 finding to base\/known\.json/);
    const saved = JSON.parse(read('base/known.json'));
    expect(saved).toEqual({ version: 1, entries: [{ file: '../docs/a.txt', ruleId: 'comma-before-that', text: ', that' }], reviews: {} });

    expect(await mtlint('-f', 'compact', '--baseline', 'base/known.json', 'docs')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    // Edits elsewhere keep the known finding silenced; a second occurrence is new.
    write('docs/a.txt', 'Intro.\n' + WARNING_TEXT + 'The minister says, that it works.\n');
    const r = await mtlint('-f', 'json', '--baseline', 'base/known.json', 'docs');
    expect(json(r.stdout)[0]!.findings.map((f) => f.line)).toEqual([3]);
  });

  it('keeps the review tallies of the baseline it rewrites', async () => {
    write('a.txt', WARNING_TEXT);
    write('b.json', JSON.stringify({ version: 1, entries: [], reviews: { 'word-echo': { accepted: 1, rejected: 2, edited: 0 } } }));
    await mtlint('--write-baseline', 'b.json', 'a.txt');
    expect(JSON.parse(read('b.json')).reviews).toEqual({ 'word-echo': { accepted: 1, rejected: 2, edited: 0 } });
  });

  it('a missing or invalid baseline: one line naming the file, exit 2', async () => {
    write('a.txt', WARNING_TEXT);
    expect((await mtlint('--baseline', 'none.json', 'a.txt')).stderr).toBe(
      'mtlint: none.json: no such baseline file; create one with --write-baseline none.json\n',
    );
    write('bad.json', '{"version": 7, "entries": []}');
    expect(await mtlint('--baseline', 'bad.json', 'a.txt')).toEqual({
      exitCode: 2, stdout: '', stderr: 'mtlint: bad.json: not an mtlint baseline: "version": expected 1, got 7\n',
    });
  });
});

describe('ignoring files', () => {
  beforeEach(() => {
    write('docs/a.txt', WARNING_TEXT);
    write('docs/drafts/b.txt', WARNING_TEXT);
    write('docs/c.md', WARNING_TEXT);
  });
  const linted = async (...argv: string[]) => json((await mtlint('-f', 'json', ...argv)).stdout).map((r) => r.filePath);

  it('honours .mtlintignore, --ignore-pattern and the config ignorePatterns', async () => {
    expect(await linted('docs')).toEqual(['docs/a.txt', 'docs/c.md', 'docs/drafts/b.txt']);
    write('.mtlintignore', '# drafts are not published\ndrafts/\n');
    expect(await linted('docs')).toEqual(['docs/a.txt', 'docs/c.md']);
    expect(await linted('docs', '--ignore-pattern', '*.md')).toEqual(['docs/a.txt']);
    write('docs/mtlint.config.json', JSON.stringify({ ignorePatterns: ['a.txt'] }));
    expect(await linted('docs')).toEqual(['docs/c.md']);
  });

  it('warns about a file named on the command line but ignored; all ignored is a problem', async () => {
    const r = await mtlint('--ignore-pattern', 'docs/', 'docs/a.txt', 'docs');
    expect(r.exitCode).toBe(2);
    expect(lines(r.stderr)).toEqual(['mtlint: docs: all 3 matching files are ignored', 'mtlint: warning: docs/a.txt: ignored by an ignore pattern; not linted (--no-ignore lints it)']);
  });
});

describe('--max-file-size', () => {
  it('refuses a larger file in one line and lints the others', async () => {
    write('big.txt', 'word '.repeat(400));
    write('a.txt', WARNING_TEXT);
    const r = await mtlint('-f', 'json', '--max-file-size', '1kb', 'big.txt', 'a.txt');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('mtlint: big.txt: is 1.95 KB, over the --max-file-size of 1 KB; not linted\n');
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['a.txt']);
  });
});

describe('--cache', () => {
  it('lints an unchanged file once; a changed file or changed settings again', async () => {
    const core = await import('@mtlint/core');
    const { lintFile } = await import('@mtlint/core/formats');
    let calls = 0;
    const counting: RunEnv = { ...env, linter: { ...core, lintFile: (name, text, options) => (calls++, lintFile(name, text, options)) } };
    write('a.txt', WARNING_TEXT);
    write('b.txt', ERROR_TEXT);
    const first = await run(['-f', 'json', '--cache', 'a.txt', 'b.txt'], counting);
    expect(calls).toBe(2);
    expect(existsSync(join(dir, 'node_modules/.cache/mtlint/results.json'))).toBe(true);
    const second = await run(['-f', 'json', '--cache', 'a.txt', 'b.txt'], counting);
    expect(calls).toBe(2);
    expect(second).toEqual(first);
    write('a.txt', WARNING_TEXT + 'More text.\n');
    await run(['-f', 'json', '--cache', 'a.txt', 'b.txt'], counting);
    expect(calls).toBe(3);
    await run(['-f', 'json', '--cache', '--rule', 'word-echo:off', 'b.txt'], counting);
    expect(calls).toBe(4);
  });

  it('an unwritable cache is a warning, not a failure', async () => {
    write('a.txt', WARNING_TEXT);
    write('node_modules/.cache', 'a file where the folder should be');
    const r = await mtlint('--cache', 'a.txt');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^mtlint: warning: cannot write the cache: /);
  });
});

describe('rules', () => {
  it('shows one rule with its examples, and names the closest id for a typo', async () => {
    const r = await mtlint('rules', 'comma-before-that');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^comma-before-that {2}fluency\/punctuation · minor · confidence [\d.]+ · default level warning · fixable with --fix$/m);
    expect(r.stdout).toMatch(/^Flagged\n {2}✗ .+\n {4}→ .+/m);
    expect(r.stdout).toMatch(/^Left alone\n {2}✓ /m);
    expect(JSON.parse((await mtlint('rules', 'word-echo', '-f', 'json')).stdout)).toMatchObject({ id: 'word-echo', examples: { valid: expect.any(Array) } });
    expect(await mtlint('rules', 'coma-before-that')).toEqual({
      exitCode: 2, stdout: '', stderr: "mtlint: unknown rule 'coma-before-that'; did you mean 'comma-before-that'?\n",
    });
  });

  it('lists and shows every id a config may set, the bilingual checks of translation files included', async () => {
    const { BILINGUAL_CHECKS } = await import('@mtlint/core/formats');
    const { rules } = await import('@mtlint/core');
    const listed = (JSON.parse((await mtlint('rules', '-f', 'json')).stdout) as { id: string }[]).map((m) => m.id);
    expect(listed).toEqual([...rules.keys(), ...BILINGUAL_CHECKS.map((c) => c.id)]);
    const r = await mtlint('rules', 'number-mismatch');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^number-mismatch {2}accuracy\/bilingual · major · confidence [\d.]+ · default level error · fixable with --fix$/m);
    expect(r.stdout).toMatch(/^Fix\n {2}Copies the source's number/m);
    expect(JSON.parse((await mtlint('rules', 'untranslated', '-f', 'json')).stdout)).toMatchObject({ id: 'untranslated', category: 'accuracy/bilingual', fixable: false });
    expect((await mtlint('rules', 'number-mismatc')).stderr).toBe("mtlint: unknown rule 'number-mismatc'; did you mean 'number-mismatch'?\n");
  });
});

describe('streaming', () => {
  it('stylish, compact and github stream file by file, in order, the same text as without streaming', async () => {
    write('d/a.txt', WARNING_TEXT);
    write('d/b.txt', 'Fine.\n');
    write('d/c.txt', ERROR_TEXT);
    for (const format of ['stylish', 'compact', 'github']) {
      const chunks: string[] = [];
      const streamed = await run(['-f', format, 'd'], { ...env, stream: (c) => chunks.push(c) });
      const whole = await run(['-f', format, 'd'], env);
      expect(chunks).toHaveLength(2);
      expect(chunks[0]).toContain('a.txt');
      // Stylish's summary of all files comes last, once they are done.
      expect(streamed.stdout).toBe(format === 'stylish' ? `\n${whole.stdout.split('\n').at(-2)}\n` : '');
      expect(chunks.join('') + streamed.stdout).toBe(whole.stdout);
      expect(streamed.exitCode).toBe(whole.exitCode);
    }
    // JSON and SARIF are single documents, streamed once every file is done: the same text.
    for (const format of ['json', 'sarif']) {
      const chunks: string[] = [];
      const r = await run(['-f', format, 'd'], { ...env, stream: (c) => chunks.push(c) });
      expect(r.stdout).toBe('');
      expect(chunks.length).toBeGreaterThan(0);
      expect(JSON.parse(chunks.join(''))).toEqual(JSON.parse((await run(['-f', format, 'd'], env)).stdout));
    }
    const chunks: string[] = [];
    expect(json((await run(['-f', 'json', 'd'], env)).stdout)).toHaveLength(3);
    // JUnit is written whole.
    await run(['-f', 'junit', 'd'], { ...env, stream: (c) => chunks.push(c) });
    expect(chunks).toEqual([]);
    // --quiet with warnings only: nothing to show, nothing streamed, no summary.
    const quiet: string[] = [];
    rmSync(join(dir, 'd/c.txt'));
    expect(await run(['--quiet', 'd'], { ...env, stream: (c) => quiet.push(c) })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(quiet).toEqual([]);
  });
});

describe('streaming a large report', () => {
  it('writes stylish, json and sarif in pieces of about 64 KB, never the whole report as one string', async () => {
    // About 2,000 findings: 0.15–0.7 MB of report in each format.
    write('big.txt', `${ERROR_TEXT}\n${WARNING_TEXT}\n`.repeat(1000));
    for (const format of ['stylish', 'json', 'sarif']) {
      const chunks: string[] = [];
      const streamed = await run(['-f', format, 'big.txt'], { ...env, stream: (c) => chunks.push(c) });
      const whole = await run(['-f', format, 'big.txt'], env);
      expect(chunks.join('') + streamed.stdout).toBe(whole.stdout);
      expect(chunks.length).toBeGreaterThan(2);
      // Each write is a batch of whole lines or findings that just passed 64 Ki characters; the last may be
      // longer (SARIF ends with the description of every rule), but does not grow with the findings.
      for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(64 * 1024 + 4096);
    }
  });
});

describe('review', () => {
  /** Streams that are no terminal; what the app writes to stderr is kept. */
  const streams = () => {
    let written = '';
    const stderr = new Writable({ write: (chunk, _, done) => ((written += String(chunk)), done()) });
    const terminal = { stdin: new PassThrough(), stdout: new PassThrough(), stderr } as unknown as NonNullable<RunEnv['terminal']>;
    return { terminal, written: () => written };
  };

  it('checks the config and --rule before opening the app', async () => {
    write('a.txt', WARNING_TEXT);
    const { terminal } = streams();
    expect(await run(['review', '--rule', 'nope:off', 'a.txt'], { ...env, terminal })).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^mtlint: --rule 'nope:off': unknown rule/) });
    write('.mtlintrc.json', '{"rulez": {}}');
    expect((await run(['review', 'a.txt'], { ...env, terminal })).stderr).toMatch(/^mtlint: \.mtlintrc\.json: rulez: unknown key "rulez"/);
  });

  it('hands the file to the review app, which refuses streams that are no terminal', async () => {
    write('a.txt', WARNING_TEXT);
    const { terminal, written } = streams();
    expect(await run(['review', 'a.txt', '--output', 'b.txt'], { ...env, terminal })).toEqual({ exitCode: 2, stdout: '', stderr: '' });
    expect(written()).toMatch(/^mtlint: review needs an interactive terminal/);
  });
});
