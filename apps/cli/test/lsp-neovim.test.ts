// A real editor as the client: headless Neovim (Debian's `neovim`) starts the BUILT `mtlint lsp`, opens a
// Markdown file and a PO file, and writes the diagnostics it received and stored (neovim/diagnostics.lua);
// they must be the CLI's findings, at the CLI's lines and columns. Skipped when nvim is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';
import { bin, cliFindings } from './lsp-client.js';

const hasNvim = spawnSync('sh', ['-c', 'command -v nvim'], { stdio: 'ignore' }).status === 0;

/** Accents and an emoji before findings: Neovim's columns are bytes, the server's UTF-16 units. */
const MARKDOWN = '# Café notes 😀\n\nThe council met on Monday. The opposition, the new budget attacked.\n\n- Naïve, the company says, that it is safe.\n';
const PO = [
  'msgid ""',
  'msgstr ""',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '',
  'msgid "Die Firma sagt, dass es sicher ist."',
  'msgstr "The company says, that it is safe."',
  '',
  'msgid "Der Preis ist 5 Euro."',
  'msgstr "The price is 6 euros."',
  '',
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtlint-nvim-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A finding's start and end as Neovim stores them: 0-based line, byte column. */
function nvimPosition(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, col: Buffer.byteLength(text.slice(lineStart, offset)) };
}

describe.skipIf(!hasNvim)('Neovim as the client of mtlint lsp', { timeout: 180_000 }, () => {
  it('receives the CLI findings of a Markdown and a PO file, at the CLI positions', () => {
    const md = join(dir, 'notes.md');
    const po = join(dir, 'messages.po');
    writeFileSync(md, MARKDOWN);
    writeFileSync(po, PO);
    const out = join(dir, 'out.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(repoRoot, 'apps/cli/test/neovim/diagnostics.lua')}`], {
      cwd: dir,
      env: { ...process.env, MTLINT_FILES: `${md}\n${po}`, MTLINT_OUT: out, MTLINT_BIN: bin, MTLINT_NODE: process.execPath, MTLINT_ROOT: dir },
      encoding: 'utf8',
      timeout: 150_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
    const received = JSON.parse(readFileSync(out, 'utf8')) as Record<string, { filetype: string; stored: { lnum: number; col: number; end_lnum: number; end_col: number; code: string; source: string }[] }>;
    for (const [file, text] of [[md, MARKDOWN], [po, PO]] as const) {
      const expected = cliFindings(text, file, [], dir).map((f) => {
        const start = nvimPosition(text, f.start);
        const end = nvimPosition(text, f.end);
        return { code: f.ruleId, lnum: start.line, col: start.col, end_lnum: end.line, end_col: end.col, source: 'mtlint' };
      });
      expect(expected.length).toBeGreaterThan(0);
      const stored = received[file]!.stored.map(({ code, lnum, col, end_lnum, end_col, source }) => ({ code, lnum, col, end_lnum, end_col, source }));
      stored.sort((a, b) => a.lnum - b.lnum || a.col - b.col);
      expect(stored).toEqual(expected);
    }
    expect(received[md]!.filetype).toBe('markdown');
    expect(received[po]!.filetype).toBe('po');
  });
});
