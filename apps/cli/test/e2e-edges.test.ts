// The built binary at the edges a CI user trips over: unreadable paths, standard input, directives in every
// format, temporaries of an interrupted fix, large files. Each test writes into a fresh temporary folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bin, runBuilt } from './helpers.js';

let dir: string;
beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtlint-edges-'));
  // Readable by the unprivileged user the permission tests run as.
  chmodSync(dir, 0o755);
});
afterEach(() => {
  // A folder the tests made unreadable must be readable again to be removed.
  spawnSync('chmod', ['-R', 'u+rwx', dir]);
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string) => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const mtlint = (args: string[], options: Parameters<typeof runBuilt>[1] = {}) => runBuilt(args, { cwd: dir, ...options });

/** Root reads every file whatever its mode: permission tests then run as `nobody` through setpriv, or are skipped. */
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const unprivileged = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

describe('paths that cannot be read (issue 20, item 9)', () => {
  it('a symbolic link loop: one line, exit 2, no absolute path, no "internal error"', () => {
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    write('ok.txt', 'The cat sat on the mat.\n');
    const r = mtlint(['loop-a', 'ok.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: loop-a: symbolic link loop\n');
  });

  it.skipIf(isRoot && !hasSetpriv)('a folder without permission, and a file in it: "cannot read: permission denied"', () => {
    write('locked/a.txt', 'The cat sat on the mat.\n');
    chmodSync(join(dir, 'locked'), 0o000);
    const folder = mtlint(['locked'], { prefix: unprivileged });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('mtlint: locked: cannot read: permission denied\n');
    const file = mtlint(['locked/a.txt'], { prefix: unprivileged });
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('mtlint: locked/a.txt: cannot read: permission denied\n');
  });
});

/** Flagged as an error (verb-final-clause). */
const ERROR_LINE = 'The opposition, the new budget attacked.';
const compactRules = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => l.replace(/^[^:]+:(\d+):\d+: (\w+) .*\[([\w-]+)\]$/, '$1 $2 $3'));

describe('directives (issue 20, items 1 and 15)', () => {
  it('a directive inside Markdown code is text: it silences nothing', () => {
    write('d.md', `Fine.\n\n\`\`\`\n<!-- mtlint-disable -->\n\`\`\`\n\nInline \`<!-- mtlint-disable -->\` too.\n\n${ERROR_LINE}\n`);
    const r = mtlint(['-f', 'compact', 'd.md']);
    expect(r.code).toBe(1);
    expect(compactRules(r.stdout)).toEqual(['9 error verb-final-clause']);
  });

  it('disable-line, disable-next-line and enable with ids and a reason, in text, Markdown, PO, XLIFF and WebVTT', () => {
    write('a.txt', `${ERROR_LINE} <!-- mtlint-disable-line verb-final-clause -- a quotation -->\n<!-- mtlint-disable-next-line -->\n${ERROR_LINE}\n${ERROR_LINE}\n`);
    write('b.md', `<!-- mtlint-disable verb-final-clause -->\n\n${ERROR_LINE}\n\n<!-- mtlint-enable verb-final-clause -->\n\n${ERROR_LINE}\n`);
    write('c.po', `# mtlint-disable-next-line verb-final-clause -- quoted\nmsgid "a"\nmsgstr "${ERROR_LINE}"\n\nmsgid "b"\nmsgstr "${ERROR_LINE}"\n`);
    const unit = (id: number, note = '') => `<trans-unit id="${id}"><source>Die Opposition griff an.</source><target>${ERROR_LINE}</target>${note}</trans-unit>\n`;
    write('d.xlf', `<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="x"><body>\n${unit(1, '<note>mtlint-disable-line verb-final-clause</note>')}<!-- mtlint-disable-next-line -->\n${unit(2)}${unit(3)}</body></file></xliff>\n`);
    write('e.vtt', `WEBVTT\n\nNOTE mtlint-disable-next-line verb-final-clause\n\n00:01.000 --> 00:02.000\n${ERROR_LINE}\n\n00:03.000 --> 00:04.000\n${ERROR_LINE}\n`);
    const verbFinal = (file: string) =>
      compactRules(mtlint(['-f', 'compact', '--rule', 'final-punctuation-mismatch:off', file]).stdout).filter((l) => l.endsWith('verb-final-clause'));
    expect(verbFinal('a.txt')).toEqual(['4 error verb-final-clause']);
    expect(verbFinal('b.md')).toEqual(['7 error verb-final-clause']);
    expect(verbFinal('c.po')).toEqual(['6 error verb-final-clause']);
    expect(verbFinal('d.xlf')).toEqual(['5 error verb-final-clause']);
    expect(verbFinal('e.vtt')).toEqual(['9 error verb-final-clause']);
  });

  it('an unknown rule id in a directive is an error finding; unused disables with --report-unused-disable-directives or the config', () => {
    write('a.txt', `<!-- mtlint-disable-next-line no-such-rule -->\nThe cat sat on the mat.\n<!-- mtlint-disable-next-line word-echo -->\nThe cat sat on the mat.\n`);
    const unknown = mtlint(['-f', 'compact', 'a.txt']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain("a.txt:1:1: error unknown rule 'no-such-rule' in an mtlint-disable-next-line comment");
    expect(compactRules(unknown.stdout)).toEqual(['1 error directive']);
    const unused = mtlint(['-f', 'compact', '--report-unused-disable-directives', 'a.txt']);
    expect(compactRules(unused.stdout)).toEqual(['1 error directive', '3 error directive']);
    expect(unused.stdout).toContain("a.txt:3:1: error unused mtlint-disable-next-line comment: no 'word-echo' findings to silence here");
    write('mtlint.config.json', '{ "reportUnusedDisableDirectives": "warning" }');
    expect(compactRules(mtlint(['-f', 'compact', 'a.txt']).stdout)).toEqual(['1 error directive', '3 warning directive']);
  });
});

describe('ESLint conventions (issue 20, item 14)', () => {
  it("'-' reads standard input", () => {
    const r = mtlint(['-f', 'compact', '-'], { input: `${ERROR_LINE}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:1:\d+: error .*\[verb-final-clause\]$/m);
    expect(mtlint(['-', 'a.txt'], { input: '' })).toMatchObject({ code: 2, stderr: "mtlint: '-' reads standard input and takes no other files (got 'a.txt')\n" });
  });

  it('--stdin-filename honours ignore patterns: a warning, nothing linted, exit 0; --no-ignore lints it', () => {
    write('.mtlintignore', 'drafts/\n');
    const ignored = mtlint(['--stdin', '--stdin-filename', 'drafts/a.txt'], { input: `${ERROR_LINE}\n` });
    expect(ignored).toMatchObject({ code: 0, stdout: '', stderr: 'mtlint: warning: drafts/a.txt: ignored by an ignore pattern; not linted (--no-ignore lints it)\n' });
    expect(mtlint(['--stdin', '--stdin-filename', 'drafts/a.txt', '--no-ignore'], { input: `${ERROR_LINE}\n` }).code).toBe(1);
    write('drafts/b.txt', `${ERROR_LINE}\n`);
    expect(mtlint(['drafts']).code).toBe(2);
    expect(mtlint(['--no-ignore', 'drafts']).code).toBe(1);
  });

  it('--print-config FILE prints the settings that apply to the file', () => {
    write('sub/mtlint.config.json', '{ "extends": "de", "rules": { "word-echo": "off" }, "formats": { ".rst": "text" } }');
    const r = mtlint(['--print-config', 'sub/x.rst', '--rule', 'comma-before-that:warning']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      configFile: 'sub/mtlint.config.json',
      format: 'text',
      rules: { 'word-echo': 'off', 'verb-final-clause': 'error', 'comma-before-that': 'warning' },
      scoring: { weights: 'mqm', perWords: 100 },
      reportUnusedDisableDirectives: 'off',
    });
    expect(mtlint(['--print-config', 'a.txt', 'b.txt']).code).toBe(2);
  });
});

describe('SARIF for code scanning (issue 20, item 17)', () => {
  it('each result has partialFingerprints that survive an edit elsewhere; rules have helpUri and descriptions; the driver informationUri', () => {
    write('a.txt', `Fine.\n\n${ERROR_LINE}\n`);
    const sarif = (file: string) => JSON.parse(mtlint(['-f', 'sarif', file]).stdout).runs[0];
    const before = sarif('a.txt');
    write('a.txt', `A new opening paragraph.\n\nFine.\n\n${ERROR_LINE}\n`);
    const after = sarif('a.txt');
    const verbFinal = (run: typeof before) => run.results.find((r: { ruleId: string }) => r.ruleId === 'verb-final-clause');
    expect(verbFinal(after).locations[0].physicalLocation.region.startLine).toBe(5);
    expect(verbFinal(after).partialFingerprints).toEqual(verbFinal(before).partialFingerprints);
    expect(after.tool.driver.informationUri).toBe('https://github.com/mtlint/mtlint');
    for (const rule of after.tool.driver.rules) {
      expect(rule).toMatchObject({ helpUri: expect.stringMatching(/^https:\/\//), shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.any(String) } });
    }
  });
});

describe('temporaries of an interrupted fix (issue 20, item 18)', () => {
  it('a temporary left by a killed run is removed by the next fix in its folder; a finished fix leaves none', () => {
    // The id of a process that has ended: what a `kill -9`ed run leaves in its temporary's name.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale = `.a.txt.mtlint-${ended.stdout}-0.tmp`;
    write(stale, 'half a file');
    // A temporary of a process that still runs (this one) is left alone: its run may still rename it.
    const live = `.b.txt.mtlint-${process.pid}-0.tmp`;
    write(live, 'being written');
    write('a.txt', 'The company says, that it is safe.\n');
    expect(mtlint(['fix', 'a.txt']).code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('The company says that it is safe.\n');
    expect(readdirSync(dir).sort()).toEqual([live, 'a.txt']);
  });
});

describe('large files (issue 20, items 6 and 8)', () => {
  /** A plain-text file of about `size` bytes: the warning sentence in paragraphs. */
  const large = (name: string, size: number) => write(name, 'The company says, that it is safe.\n\n'.repeat(Math.ceil(size / 36)));

  it('a file the heap cannot hold is refused at once, in one line, exit 2', () => {
    large('huge.txt', 10 * 1024 * 1024);
    const r = mtlint(['huge.txt'], { env: { NODE_OPTIONS: '--max-old-space-size=96' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^mtlint: huge\.txt: is 10 MB; linting it needs about \d+ MB of memory, more than the \d+ MB Node\.js allows here \(NODE_OPTIONS=--max-old-space-size=MB raises it\); not linted\n$/);
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('one long file shows its progress on a terminal\'s stderr, erased at the end; none into a pipe', () => {
    large('long.txt', 1.2 * 1024 * 1024);
    // `script` runs the binary on a pseudo-terminal; stdout goes to /dev/null, so what is captured is stderr.
    const r = spawnSync('script', ['-qec', `${process.execPath} ${bin} -f compact long.txt 2>&1 >/dev/null`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toMatch(/\r\u001b\[2Kmtlint: long\.txt \d+%/);
    expect(r.stdout.endsWith('\r\u001b[2K')).toBe(true);
    const piped = mtlint(['-f', 'compact', 'long.txt']);
    expect(piped.stderr).toBe('');
    // Linted a piece at a time, the file gives a finding on every paragraph, the last one included.
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(Math.ceil((1.2 * 1024 * 1024) / 36));
  }, 120_000);

  it.skipIf(!hasScript)('one long file of another format shows its progress on a terminal too, erased at the end', () => {
    // Every format goes through the same stepped lint (lintFileInSteps); Markdown stands for them.
    write('long.md', 'The company says, that it is safe.\n\n'.repeat(Math.ceil((1.2 * 1024 * 1024) / 36)));
    const r = spawnSync('script', ['-qec', `${process.execPath} ${bin} -f compact long.md 2>&1 >/dev/null`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toMatch(/\r\u001b\[2Kmtlint: long\.md \d+%/);
    expect(r.stdout.endsWith('\r\u001b[2K')).toBe(true);
  }, 120_000);
});
