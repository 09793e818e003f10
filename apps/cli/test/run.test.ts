import { readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { formatJson, type FileResult } from '@mtlint/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '@mtlint/core';
import type { Finding } from '@mtlint/core';
import type { Io } from '../src/io.js';
import { nodeIo } from '../src/io.js';
import { run, type RunEnv } from '../src/run.js';
import { article, makeInputs, WARNING_TEXT } from './helpers.js';

let inputs: ReturnType<typeof makeInputs>;
let env: RunEnv;
beforeAll(() => {
  inputs = makeInputs();
  env = { cwd: inputs.dir, version: '9.8.7', color: false };
});
afterAll(() => inputs.cleanup());

/**
 * A linter that flags the words ERROR and WARN at those levels, so that exit codes and reports are
 * tested independently of what the real rules find.
 */
const stub: RunEnv['linter'] = {
  rules: core.rules,
  score: core.score,
  findingsPenalty: core.findingsPenalty,
  scoreFromPenalty: core.scoreFromPenalty,
  applySuggestions: core.applySuggestions,
  WEIGHT_PRESETS: core.WEIGHT_PRESETS,
  lint: core.lint,
  lintFile(_, text) {
    const findings: Finding[] = [];
    for (const m of text.matchAll(/\b(ERROR|WARN)\b/g)) {
      const error = m[1] === 'ERROR';
      findings.push({
        ruleId: 'stub', category: 'style/awkward', severity: error ? 'error' : 'warning', mqmSeverity: error ? 'major' : 'minor',
        confidence: 1, start: m.index, end: m.index + m[0].length, message: `found ${m[0]}`, suggestions: [],
      });
    }
    return { format: 'text', findings };
  },
};

/** The file system with every file reading as `text`. */
const textIo = (text: string): Io => ({ ...nodeIo, readFile: () => new TextEncoder().encode(text) });

const json = (stdout: string) => JSON.parse(stdout) as FileResult[];
const lines = (s: string) => s.split('\n').filter(Boolean);

describe('run: lint', () => {
  it('prints exactly formatJson of the results for --format json', async () => {
    const r = await run(['lint', '--format', 'json', article], env);
    const results = json(r.stdout);
    expect(r.stdout).toBe(formatJson(results));
    expect(results).toHaveLength(1);
    const [file] = results;
    expect(file!.findings.length).toBeGreaterThan(0);
    expect(file!.score).toBeGreaterThanOrEqual(0);
    expect(file!.score).toBeLessThan(100);
    const text = readFileSync(article, 'utf8');
    for (const f of file!.findings) {
      expect(text.slice(f.start, f.end).length).toBeGreaterThan(0);
      expect(f).toMatchObject({ ruleId: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
    }
    expect(r.exitCode).toBe(file!.errorCount > 0 ? 1 : 0);
  });

  it('exits 0 with no findings or warnings only, 1 with an error-level finding', async () => {
    const stubbed = { ...env, linter: stub };
    const none = await run(['clean.txt'], { ...stubbed, io: textIo('All fine.') });
    expect(none).toEqual({ exitCode: 0, stdout: '\n✔ no problems · score 100\n', stderr: '' });
    const warn = await run(['clean.txt'], { ...stubbed, io: textIo('Only a WARN here.') });
    expect(warn).toMatchObject({ exitCode: 0, stderr: '' });
    expect(warn.stdout).toContain('1:8  warning  found WARN  stub');
    const err = await run(['clean.txt'], { ...stubbed, io: textIo('A WARN and an ERROR.') });
    expect(err.exitCode).toBe(1);
    expect(err.stdout).toContain('✖ 2 problems (1 error, 1 warning, 0 info)');
    // With the real rules: the article has error-level findings.
    expect((await run([article], env)).exitCode).toBe(1);
  });

  it('keeps stdout clean of colour unless asked, and colours with --color', async () => {
    expect((await run(['warning.txt'], env)).stdout).not.toContain('\u001b[');
    expect((await run(['--color', 'warning.txt'], env)).stdout).toContain('\u001b[');
    expect((await run(['--no-color', 'warning.txt'], { ...env, color: true })).stdout).not.toContain('\u001b[');
  });

  it('expands a directory to its .txt and .md files, skipping node_modules and dot-folders', async () => {
    const r = await run(['--format', 'json', 'tree'], env);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['tree/a.txt', 'tree/sub/b.md']);
    expect(r.exitCode).toBe(0);
  });

  it('expands globs and lints each file once', async () => {
    const r = await run(['--format', 'json', 'tree/**/*.md', 'tree/sub/b.md', 'clean.txt'], env);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['tree/sub/b.md', 'clean.txt']);
  });

  it('lints a file reached through a symbolic link once', async () => {
    symlinkSync(join(inputs.dir, 'tree'), join(inputs.dir, 'tree', 'sub', 'loop'));
    try {
      const r = await run(['--format', 'json', 'tree', 'tree/sub/loop/a.txt'], env);
      expect(json(r.stdout).map((f) => f.filePath)).toEqual(['tree/a.txt', 'tree/sub/b.md']);
    } finally {
      unlinkSync(join(inputs.dir, 'tree', 'sub', 'loop'));
    }
  });

  it('moves offsets past a UTF-8 BOM but keeps editor columns', async () => {
    const comma = (r: { stdout: string }) => json(r.stdout)[0]!.findings.find((f) => f.ruleId === 'comma-before-that')!;
    const plain = comma(await run(['-f', 'json', 'warning.txt'], env));
    const bom = comma(await run(['-f', 'json', 'bom.txt'], env));
    expect(plain).toBeDefined();
    expect(bom.start).toBe(plain.start + 1);
    expect(bom.end).toBe(plain.end + 1);
    expect(bom.suggestions[0]!.start).toBe(plain.suggestions[0]!.start + 1);
    expect({ line: bom.line, column: bom.column }).toEqual({ line: plain.line, column: plain.column });
    // The offsets index the file as JavaScript reads it (BOM kept as U+FEFF).
    const fileText = readFileSync(inputs.bom, 'utf8');
    expect(fileText.slice(bom.start, bom.end)).toBe(WARNING_TEXT.slice(plain.start, plain.end));
  });
});

describe('run: bad input', () => {
  const bad = async (argv: string[]) => {
    const r = await run(argv, env);
    expect(r.exitCode).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r.stderr.trim();
  };

  it.each([
    ['missing.txt', "mtlint: missing.txt: no such file or directory"],
    ['no-text', 'mtlint: no-text: directory has no files mtlint reads (.md .markdown .po .pot .xlf .xliff .srt .vtt .txt)'],
    ['binary.txt', 'mtlint: binary.txt: looks binary (NUL byte at offset 3); mtlint reads UTF-8 text only'],
    ['latin1.txt', 'mtlint: latin1.txt: is not valid UTF-8 (bad byte at offset 3)'],
    ['utf16.txt', 'mtlint: utf16.txt: is UTF-16 (it starts with a UTF-16 byte-order mark); mtlint reads UTF-8 only'],
    ['nothing/*.txt', 'mtlint: nothing/*.txt: no files match this pattern'],
  ])('%s: one line naming the file, exit 2', async (file, message) => {
    expect(await bad([file])).toBe(message);
  });

  it('lints an empty file as empty, with a warning', async () => {
    const r = await run(['-f', 'json', 'empty.txt'], env);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('mtlint: warning: empty.txt: file is empty\n');
    expect(json(r.stdout)).toEqual([{ filePath: 'empty.txt', findings: [], errorCount: 0, warningCount: 0, infoCount: 0, score: 100 }]);
  });

  it('lints the good files among bad ones and exits 2 at the end', async () => {
    const r = await run(['-f', 'json', 'warning.txt', 'missing.txt', 'binary.txt', 'clean.txt'], env);
    expect(r.exitCode).toBe(2);
    expect(lines(r.stderr)).toEqual([
      'mtlint: missing.txt: no such file or directory',
      'mtlint: binary.txt: looks binary (NUL byte at offset 3); mtlint reads UTF-8 text only',
    ]);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['warning.txt', 'clean.txt']);
  });

  it('prints an empty JSON array when no file could be read', async () => {
    const r = await run(['-f', 'json', 'missing.txt'], env);
    expect(r.stdout).toBe('[]\n');
  });

  it('reports a read failure in one line; the stack only with --debug', async () => {
    const denied: Io = {
      ...nodeIo,
      readFile() {
        throw Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
      },
    };
    const r = await run(['clean.txt'], { ...env, io: denied });
    expect(r).toMatchObject({ exitCode: 2, stderr: 'mtlint: clean.txt: cannot read: permission denied\n' });
    const d = await run(['--debug', 'clean.txt'], { ...env, io: denied });
    expect(d.stderr).toMatch(/\n\s+at /);
  });

  it('guesses a mistyped command', async () => {
    expect(await bad(['lnt', 'clean.txt'])).toBe("mtlint: unknown command or file 'lnt'; did you mean 'lint'?");
    expect(await bad(['lnit', 'clean.txt'])).toBe("mtlint: unknown command or file 'lnit'; did you mean 'init'?");
    expect(await bad(['rulez'])).toBe("mtlint: unknown command or file 'rulez'; did you mean 'rules'?");
  });

  it('says no files were given', async () => {
    expect(await bad([])).toBe("mtlint: no files given; try 'mtlint --help'");
  });
});

describe('run: help, version, rules', () => {
  it('prints the version it is given', async () => {
    expect(await run(['--version'], env)).toEqual({ exitCode: 0, stdout: '9.8.7\n', stderr: '' });
  });

  it('documents the exit codes in --help and lint --help', async () => {
    for (const argv of [['--help'], ['lint', '--help'], ['help', 'lint']]) {
      const r = await run(argv, env);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /);
    }
  });

  it('lists the rule catalogue', async () => {
    const r = await run(['rules'], env);
    expect(r.exitCode).toBe(0);
    expect(lines(r.stdout)[0]).toMatch(/^id\s+category\s+severity\s+description$/);
    expect(r.stdout).toMatch(/^comma-before-that\s+fluency\/punctuation\s+minor\s+Comma before/m);
    const metas = JSON.parse((await run(['rules', '-f', 'json'], env)).stdout) as { id: string }[];
    expect(metas.map((m) => m.id)).toContain('comma-before-that');
  });
});
