import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runReview } from '../src/index.js';

// As on a CI machine, where these tests run: Ink must still draw the app on the (stand-in) terminal.
process.env.CI = 'true';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Streams standing in for a terminal (or for a pipe, with `tty: false`); what is written is collected. */
function streams(tty: boolean) {
  const make = () => Object.assign(new PassThrough(), { isTTY: tty, columns: 80, rows: 24 });
  const stdout = make();
  const stderr = make();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return {
    io: { stdin: make() as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream },
    out: () => out,
    err: () => err,
  };
}

/** Resolves once the app's output contains `text`; fails after 30 s, showing the screen. */
async function shown(out: () => string, text: string): Promise<void> {
  for (const started = Date.now(); !out().includes(text); ) {
    if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${JSON.stringify(text)} in:\n${out()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('runReview', () => {
  it('without a terminal: one line that says to use mtlint lint, exit 2', async () => {
    const s = streams(false);
    expect(await runReview({ file: 'whatever.txt', ...s.io })).toBe(2);
    expect(s.err()).toBe('mtlint: review needs an interactive terminal; use mtlint lint to check files in pipes and CI\n');
    expect(s.out()).toBe('');
  });

  it('a file it cannot read: one line naming it, exit 2', async () => {
    const s = streams(true);
    const missing = join(dir, 'missing.txt');
    expect(await runReview({ file: missing, ...s.io })).toBe(2);
    expect(s.err()).toBe(`mtlint: ${missing}: no such file\n`);
  });

  it('a broken baseline: one line naming it, exit 2', async () => {
    const s = streams(true);
    const text = join(dir, 'ok.txt');
    writeFileSync(text, 'Fine.\n');
    const baseline = join(dir, 'broken.json');
    writeFileSync(baseline, '[]');
    expect(await runReview({ file: text, baseline, ...s.io })).toBe(2);
    expect(s.err()).toMatch(new RegExp(`^mtlint: ${baseline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not an mtlint baseline: .*\n$`));
  });

  // Files are reviewed in place and by their format: the finding is in the prose or the translated text, and the
  // saved file keeps the format's markup (Markdown code, PO keys and comments, subtitle numbers and timings) byte
  // for byte.
  it.each([
    ['doc.md', '# Notes\n\nWe saw the the cat in the garden.\n\n```\nthe the\n```\n', '# Notes\n\nWe saw the cat in the garden.\n\n```\nthe the\n```\n'],
    [
      'strings.po',
      'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n#: app.c:12\nmsgid "Wir sahen die Katze im Garten."\nmsgstr "We saw the the cat in the garden."\n',
      'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n#: app.c:12\nmsgid "Wir sahen die Katze im Garten."\nmsgstr "We saw the cat in the garden."\n',
    ],
    [
      'episode.srt',
      '1\n00:00:01,000 --> 00:00:03,500\nWe saw the the cat\nin the garden.\n\n2\n00:00:04,000 --> 00:00:06,000\nIt ran away.\n',
      '1\n00:00:01,000 --> 00:00:03,500\nWe saw the cat\nin the garden.\n\n2\n00:00:04,000 --> 00:00:06,000\nIt ran away.\n',
    ],
  ])('reviews %s in place: the accepted change is written, the markup is kept', async (name, content, expected) => {
    const s = streams(true);
    const stdin = Object.assign(s.io.stdin, { setRawMode: () => stdin, ref: () => stdin, unref: () => stdin });
    const file = join(dir, name);
    writeFileSync(file, content);
    const done = runReview({ file, ...s.io, stdin });
    const seen = (text: string) => shown(s.out, text);
    await seen('1 finding: 1 pending');
    expect(s.out()).toContain('word-echo');
    stdin.write('a');
    await seen('1 accepted');
    stdin.write('s');
    await seen(`Saved ${file}: 1 change.`);
    stdin.write('q');
    expect(await done).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('a file its format cannot read: one line naming it, after the progress note is wiped, exit 2', async () => {
    const s = streams(true);
    const po = join(dir, 'broken.po');
    writeFileSync(po, 'msgid "a"\nmsgstr "b\n');
    expect(await runReview({ file: po, ...s.io })).toBe(2);
    expect(s.out()).toBe(`${po}: linting…\r\u001B[2K`);
    expect(s.err()).toMatch(new RegExp(`^mtlint: ${po.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\n$`));
  });

  it('lints with the rule settings it is given (a config resolved by the caller)', async () => {
    const s = streams(true);
    const file = join(dir, 'echo.txt');
    writeFileSync(file, 'We saw the the cat.\n');
    expect(await runReview({ file, rules: { 'word-echo': 'off' }, ...s.io })).toBe(0);
    expect(s.out()).toContain(`${file}: no findings to review.\n`);
  });

  it('opens the app on a terminal, quits on q, and leaves the global fetch as it was', async () => {
    const s = streams(true);
    const stdin = s.io.stdin as unknown as PassThrough & { setRawMode?: (on: boolean) => void; ref?: () => void; unref?: () => void };
    Object.assign(stdin, { setRawMode: () => {}, ref: () => {}, unref: () => {} });
    const file = join(dir, 'echo-open.txt');
    writeFileSync(file, 'We saw the the cat.\n');
    const exit = runReview({ file, ...s.io });
    await shown(s.out, 'pending');
    stdin.write('q');
    expect(await exit).toBe(0);
    expect(s.out()).toContain(`${file}: nothing saved.\n`);
    expect(globalThis.fetch).toBeTypeOf('function');
  });

  it('a file without findings: says so, exit 0', async () => {
    const s = streams(true);
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, 'The committee approved the budget on Monday.\n');
    expect(await runReview({ file: clean, ...s.io })).toBe(0);
    // The progress note is wiped from its line before the answer.
    expect(s.out()).toBe(`${clean}: linting…\r\u001B[2K${clean}: no findings to review.\n`);
    expect(s.err()).toBe('');
  });
});
