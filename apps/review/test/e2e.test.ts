// Drives the BUILT command (`node apps/cli/dist/bin.js review FILE`) in a real terminal: a tmux
// session on a private server. Build first: `pnpm build` (the root `pnpm test` does).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySuggestions, lint, type Finding, type Suggestion } from '@mtlint/core';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(repoRoot, 'apps/cli/dist/bin.js');
const article = join(repoRoot, 'fixtures/kaspersky/article.txt');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-e2e-'));
const server = `mtlint-review-e2e-${process.pid}`;
afterAll(() => {
  spawnSync('tmux', ['-L', server, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'review');
const keys = (...names: string[]) => tmux('send-keys', '-t', 'review', ...names);
const typed = (text: string) => tmux('send-keys', '-t', 'review', '-l', text);

/** Polls the screen until `check` passes; the app renders asynchronously and the machine may be loaded. */
async function until(check: (screen: string) => boolean, what: string, timeout = 30_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const now = screen();
    if (check(now)) return now;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}; the screen:\n${now}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const showing = (text: string) => until((s) => s.includes(text), JSON.stringify(text));

/** What a decision on a finding may rewrite: its span and its suggestions' spans (what the edit field edits). */
function region(f: Finding): { start: number; end: number } {
  return {
    start: Math.min(f.start, ...f.suggestions.map((s) => s.start)),
    end: Math.max(f.end, ...f.suggestions.map((s) => s.end)),
  };
}
const apart = (a: Finding, b: Finding) => region(a).end < region(b).start || region(b).end < region(a).start;

describe.skipIf(!hasTmux)('mtlint review in a terminal (tmux)', () => {
  it('accepts two findings, edits one, rejects one, saves, quits; the file is the expected text', { timeout: 180_000 }, async () => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
    const file = join(dir, 'article.txt');
    copyFileSync(article, file);
    const text = readFileSync(file, 'utf8');

    // The plan, from the linter's own findings in text order (the app's list order): the first two
    // with a suggestion are accepted, the next one clear of them is edited, and the one after rejected.
    const findings = lint(text).sort((a, b) => a.start - b.start || a.end - b.end);
    const pick = (from: number, ok: (f: Finding) => boolean) => findings.findIndex((f, i) => i > from && ok(f));
    const first = pick(-1, (f) => f.suggestions.length > 0);
    const second = pick(first, (f) => f.suggestions.length > 0 && apart(f, findings[first]!));
    const edited = pick(second, (f) => apart(f, findings[first]!) && apart(f, findings[second]!));
    const rejected = pick(edited, () => true);
    expect(Math.min(first, second, edited, rejected)).toBeGreaterThanOrEqual(0);
    const replacement = 'edited by hand';
    const expected = applySuggestions(text, [
      findings[first]!.suggestions[0]!,
      findings[second]!.suggestions[0]!,
      { ...region(findings[edited]!), replacement } satisfies Suggestion,
    ]);

    const codeFile = join(dir, 'exit-code');
    const command = `NO_COLOR=1 node ${JSON.stringify(bin)} review ${JSON.stringify(file)}; echo $? > ${JSON.stringify(codeFile)}; sleep 600`;
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', command);
    const n = findings.length;
    await showing(`${n} findings: ${n} pending · 0 accepted · 0 edited · 0 rejected`);
    /** Moves to the i-th finding of the list: to the top, then down. */
    const goTo = async (i: number) => {
      keys(...Array.from({ length: n }, () => 'k'), ...Array.from({ length: i }, () => 'j'));
      await showing(`[${i + 1}/${n}] ${findings[i]!.ruleId}`);
    };

    await goTo(first);
    // NO_COLOR: the diff is marked, not coloured.
    expect(await until((s) => /\[-.*-\]|\{\+.*\+\}/.test(s), 'a marked diff')).toBeTruthy();
    keys('a');
    await showing('1 accepted');
    await goTo(second);
    keys('Enter');
    await showing('2 accepted');
    await goTo(edited);
    keys('e');
    await showing('Edit (enter keeps, esc cancels)');
    keys(...Array.from({ length: region(findings[edited]!).end - region(findings[edited]!).start + 80 }, () => 'BSpace'));
    await until((s) => /^› {2}/m.test(s), 'an empty edit field');
    typed(replacement);
    await showing(`› ${replacement}`);
    keys('Enter');
    await showing('2 accepted · 1 edited');
    await goTo(rejected);
    keys('r');
    await showing('2 accepted · 1 edited · 1 rejected');
    keys('s');
    await showing(`Saved ${file}: 3 changes.`);
    keys('q');
    await until(() => existsSync(codeFile) && readFileSync(codeFile, 'utf8').trim() !== '', 'the app to exit');
    expect(readFileSync(codeFile, 'utf8').trim()).toBe('0');
    // Back on the normal screen, one line says what was written.
    expect(screen()).toContain(`Saved ${file}: 3 changes.`);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
