// The review app end to end: the built command in a real terminal (tmux), one session per test.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySuggestions, lint, type Finding, type Suggestion } from '@mtlint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { article, hasTmux, tmuxServer } from './tmux.js';

const server = tmuxServer('review-e2e');
afterAll(() => server.close());

/** What a decision on a finding may rewrite: its span and its suggestions' spans (what the edit field edits). */
function region(f: Finding): { start: number; end: number } {
  return {
    start: Math.min(f.start, ...f.suggestions.map((s) => s.start)),
    end: Math.max(f.end, ...f.suggestions.map((s) => s.end)),
  };
}
const apart = (a: Finding, b: Finding) => region(a).end < region(b).start || region(b).end < region(a).start;

const TEXT = readFileSync(article, 'utf8');
/** The article's findings in text order, the app's list order. */
const FINDINGS = lint(TEXT).sort((a, b) => a.start - b.start || a.end - b.end);
const N = FINDINGS.length;
const COUNTS = `${N} findings: ${N} pending · 0 accepted · 0 edited · 0 rejected`;

/** A copy of the article to review, under `name`. */
function copy(name: string): string {
  const file = join(server.dir, name);
  copyFileSync(article, file);
  return file;
}

describe.skipIf(!hasTmux)('mtlint review in a terminal (tmux)', () => {
  it('accepts two findings, edits one, rejects one, saves, quits; the file is the expected text', { timeout: 180_000 }, async () => {
    const file = copy('article.txt');
    // The plan, from the linter's own findings: the first two with a suggestion are accepted, the
    // next one clear of them is edited, and the one after rejected.
    const pick = (from: number, ok: (f: Finding) => boolean) => FINDINGS.findIndex((f, i) => i > from && ok(f));
    const first = pick(-1, (f) => f.suggestions.length > 0);
    const second = pick(first, (f) => f.suggestions.length > 0 && apart(f, FINDINGS[first]!));
    const edited = pick(second, (f) => f.suggestions.length > 0 && apart(f, FINDINGS[first]!) && apart(f, FINDINGS[second]!));
    const rejected = pick(edited, () => true);
    expect(Math.min(first, second, edited, rejected)).toBeGreaterThanOrEqual(0);
    const replacement = 'edited by hand';
    const expected = applySuggestions(TEXT, [
      FINDINGS[first]!.suggestions[0]!,
      FINDINGS[second]!.suggestions[0]!,
      { ...region(FINDINGS[edited]!), replacement } satisfies Suggestion,
    ]);

    const app = server.review([file]);
    await app.showing(COUNTS);
    /** Moves to the i-th finding of the list: to the top, then down. */
    const goTo = async (i: number) => {
      app.keys('g', ...Array.from({ length: i }, () => 'j'));
      await app.showing(`[${i + 1}/${N}] ${FINDINGS[i]!.ruleId}`);
    };
    await goTo(first);
    // NO_COLOR: the diff is marked, not coloured.
    await app.until((s) => /\[-.*-\]|\{\+.*\+\}/.test(s), 'a marked diff');
    app.keys('a');
    await app.showing('1 accepted');
    await goTo(second);
    app.keys('Enter');
    await app.showing('2 accepted');
    await goTo(edited);
    app.keys('e');
    await app.showing('Edit the words (enter keeps, esc cancels)');
    app.keys('C-u');
    await app.until((s) => /^› {0,2}$/m.test(s), 'an empty edit field');
    app.typed(replacement);
    await app.showing(`› ${replacement}`);
    app.keys('Enter');
    await app.showing('2 accepted · 1 edited');
    await goTo(rejected);
    app.keys('r');
    await app.showing('2 accepted · 1 edited · 1 rejected');
    app.keys('s');
    await app.showing(`Saved ${file}: 3 changes.`);
    app.keys('q');
    expect(await app.exited()).toBe(0);
    // Back on the normal screen: what was written, and the decisions per rule.
    expect(app.screen()).toContain(`Saved ${file}: 3 changes.`);
    expect(app.screen()).toMatch(/total +2 accepted +1 edited +1 rejected +\d+ pending/);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('a file changed on disk before s: the user is told, and a reload keeps both the other edit and the decision', { timeout: 120_000 }, async () => {
    const file = copy('shared.txt');
    const accepted = FINDINGS[0]!;
    expect(accepted.suggestions.length).toBeGreaterThan(0);
    const app = server.review([file]);
    await app.showing(COUNTS);
    app.keys('a');
    await app.showing('1 accepted');
    const theirs = `${TEXT}\nA colleague added this line.\n`;
    writeFileSync(file, theirs);
    app.keys('s');
    await app.until((s) => s.replace(/\s+/g, ' ').includes('changed on disk since this review read it. Nothing was written.'), 'the change on disk said');
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    app.keys('r');
    await app.showing(`Reloaded ${file}: 1 of 1 decisions re-applied; s saves.`);
    app.keys('s');
    await app.showing(`Saved ${file}: 1 change.`);
    expect(readFileSync(file, 'utf8')).toBe(applySuggestions(theirs, [accepted.suggestions[0]!]));
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('a read-only file is refused in one line and left as it was', { timeout: 120_000 }, async () => {
    const file = copy('locked.txt');
    chmodSync(file, 0o444);
    const app = server.review([file]);
    await app.showing(COUNTS);
    app.keys('a');
    await app.showing('1 accepted');
    app.keys('s');
    await app.showing(`${file} is read-only; the file is unchanged`);
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    app.keys('q', 'n');
    expect(await app.exited()).toBe(0);
  });

  it('w saves to a new path; a missing folder is said when the path is entered, and the review goes on', { timeout: 120_000 }, async () => {
    const file = copy('source.txt');
    const app = server.review([file]);
    await app.showing(COUNTS);
    app.keys('a');
    await app.showing('1 accepted');
    app.keys('w');
    await app.showing(`save as: ${file}`);
    const missing = join(server.dir, 'no-such-folder', 'out.txt');
    app.keys('C-u');
    app.typed(missing);
    app.keys('Enter');
    await app.until((s) => s.replace(/\s+/g, ' ').includes(`the folder ${join(server.dir, 'no-such-folder')} does not exist; nothing written`), 'the missing folder said');
    const target = join(server.dir, 'saved-as', 'out.txt');
    mkdirSync(join(server.dir, 'saved-as'));
    app.keys('C-u');
    app.typed(target);
    app.keys('Enter');
    await app.showing(`Saved ${target}: 1 change.`);
    expect(readFileSync(target, 'utf8')).toBe(applySuggestions(TEXT, [FINDINGS[0]!.suggestions[0]!]));
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('edits the whole sentence of a finding without a suggestion (e), cut to what changed', { timeout: 120_000 }, async () => {
    const file = copy('sentence.txt');
    const index = FINDINGS.findIndex((f) => f.suggestions.length === 0);
    const app = server.review([file]);
    await app.showing(COUNTS);
    app.keys('g', ...Array.from({ length: index }, () => 'j'));
    await app.showing(`[${index + 1}/${N}] ${FINDINGS[index]!.ruleId}`);
    app.keys('e');
    await app.showing('Edit the sentence (enter keeps, esc cancels)');
    // To the start of the field, and a word typed there.
    app.keys('Home');
    app.typed('Indeed, ');
    app.keys('Enter');
    await app.showing('0 accepted · 1 edited');
    app.keys('s');
    await app.showing(`Saved ${file}: 1 change.`);
    const saved = readFileSync(file, 'utf8');
    const at = saved.indexOf('Indeed, ');
    expect(saved.slice(0, at) + saved.slice(at + 'Indeed, '.length)).toBe(TEXT);
    // At the start of the finding's sentence, before the flagged words.
    expect(at).toBeLessThanOrEqual(FINDINGS[index]!.start);
    expect(/(^|[.!?]\s|\n)$/.test(saved.slice(0, at))).toBe(true);
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('ctrl-e opens the sentence in $EDITOR (a script here) and takes the result back as an edit', { timeout: 120_000 }, async () => {
    const file = copy('editor.txt');
    const editor = join(server.dir, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nsed -i "s/Kaspersky Lab has/Kaspersky Labs has/" "$1"\n');
    chmodSync(editor, 0o755);
    const index = FINDINGS.findIndex((f) => TEXT.slice(f.start - 40, f.end).includes('Kaspersky Lab has'));
    const app = server.review([file], { env: { EDITOR: editor, VISUAL: '' } });
    await app.showing(COUNTS);
    app.keys('g', ...Array.from({ length: index }, () => 'j'));
    await app.showing(`[${index + 1}/${N}]`);
    app.keys('C-e');
    await app.showing('0 accepted · 1 edited');
    app.keys('s');
    await app.showing(`Saved ${file}: 1 change.`);
    expect(readFileSync(file, 'utf8')).toBe(TEXT.replace('Kaspersky Lab has', 'Kaspersky Labs has'));
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('at 60×20 the sentence and its diff show, the list shrinks, and no line is cut at the bottom', { timeout: 120_000 }, async () => {
    const file = copy('small.txt');
    const app = server.review([file], { columns: 60, rows: 20 });
    await app.showing('The sentence would read');
    app.keys('j');
    const screen = await app.showing(`[2/${N}] ${FINDINGS[1]!.ruleId}`);
    await app.until((s) => s.replace(/\s+/g, ' ').includes('«has products filed»') && /\[-products -\]/.test(s), 'the sentence and its diff');
    const lines = screen.split('\n');
    expect(lines.some((l) => l.startsWith('? keys'))).toBe(true);
    expect(lines.filter((l) => /^[ ▸] \d+:\d+ /.test(l)).length).toBeGreaterThanOrEqual(2);
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('emoji with a skin tone or a joiner and CJK: no line runs over at 60×20, so the header stays on the screen', { timeout: 120_000 }, async () => {
    const file = join(server.dir, 'wide.txt');
    writeFileSync(file, 'The team 👍🏽 said no to the the plan in 東京 yesterday and 中文字符 all was fine 👩🏽‍💻 today.\nThe company has the offer rejected.\n');
    const app = server.review([file], { columns: 60, rows: 20 });
    const screen = await app.showing('The sentence would read');
    // tmux 3.3 draws 👍🏽 in four columns: a row measured as two would wrap and scroll the header away.
    expect(screen.split('\n')[0]).toMatch(/^mtlint review /);
    expect(screen).toMatch(/^▸ 1:\d+ +word-echo +pending +.*👍🏽/m);
    app.keys('j');
    const next = await app.showing('[2/');
    expect(next.split('\n')[0]).toMatch(/^mtlint review /);
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('a 100,000-line file: the list columns stay aligned for line numbers of any length', { timeout: 180_000 }, async () => {
    const lines = Array.from({ length: 100_000 }, () => 'All is well.');
    for (const at of [6, 76, 776, 7_776, 77_776, 99_998]) lines[at] = 'He saw the the cat.';
    const file = join(server.dir, 'long.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const app = server.review([file]);
    const screen = await app.until((s) => s.includes('99999:'), 'the last finding in the list');
    const rows = screen.split('\n').filter((l) => /^[ ▸] \d+:\d+ /.test(l));
    expect(rows.map((r) => r.match(/^[ ▸] (\d+):/)![1])).toEqual(['7', '77', '777', '7777', '77777', '99999']);
    // The rule id starts in the same column on every row, after a space.
    expect(new Set(rows.map((r) => r.indexOf('word-echo'))).size).toBe(1);
    expect(rows.every((r) => r[r.indexOf('word-echo') - 1] === ' ')).toBe(true);
    app.keys('q');
    expect(await app.exited()).toBe(0);
  });

  it('ctrl-z suspends to the shell and fg brings the app back, redrawn, with the keys working', { timeout: 120_000 }, async () => {
    const file = copy('suspended.txt');
    const app = server.review([file], { shell: true });
    await app.showing(COUNTS);
    app.keys('j');
    await app.showing(`[2/${N}]`);
    app.keys('C-z');
    await app.until((s) => /Stopped/.test(s) && !s.includes(COUNTS), 'the shell with the app stopped');
    app.typed('fg');
    app.keys('Enter');
    await app.showing('Back from the shell at');
    expect(app.screen()).toContain(`[2/${N}] ${FINDINGS[1]!.ruleId}`);
    expect(app.screen()).toContain(COUNTS);
    app.keys('a');
    await app.showing('1 accepted');
    app.keys('q', 'n');
    // (The shell runs the command after a stopped job at once, so its exit code is not the app's here.)
    await app.showing(`${file}: nothing saved.`);
  });
});
