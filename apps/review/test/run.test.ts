import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runReview } from '../src/index.js';

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

  it('a file without findings: says so, exit 0', async () => {
    const s = streams(true);
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, 'The committee approved the budget on Monday.\n');
    expect(await runReview({ file: clean, ...s.io })).toBe(0);
    expect(s.out()).toBe(`${clean}: no findings to review.\n`);
    expect(s.err()).toBe('');
  });
});
