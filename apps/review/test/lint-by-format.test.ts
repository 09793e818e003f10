import { lint, type Finding } from '@mtlint/core';
import { lintFile } from '@mtlint/core/formats';
import { describe, expect, it } from 'vitest';
import { lintByFormat, type FileLint, type LintedStretch } from '../src/lint-by-format.js';

const PROSE = 'We saw the the cat in the garden. The price rose from 5 to 7 euros.';

async function linted(name: string, text: string, settings: Parameters<typeof lintByFormat>[2] = {}): Promise<FileLint> {
  const result = await lintByFormat(name, text, settings);
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

function stretchesOf(file: FileLint): LintedStretch[] {
  const all: LintedStretch[] = [];
  for (let s = file.stretches.next(); !s.done; s = file.stretches.next()) all.push(s.value);
  return all;
}

const inFileOrder = (findings: readonly Finding[]) => [...findings].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

describe('lintByFormat', () => {
  it.each([
    ['notes.md', 'The the cat sat.\n\n<!-- mtlint-disable-next-line word-echo -->\nWe saw the the dog.\n'],
    ['notes.txt', 'The the cat sat.\n\n<!-- mtlint-disable-next-line word-echo -->\nWe saw the the dog.\n'],
    ['de.po', 'msgid "a"\nmsgstr "The the cat sat."\n\n# mtlint-disable-next-line word-echo\nmsgid "b"\nmsgstr "We saw the the dog."\n'],
  ])('%s: the file\'s disable comments silence findings, as in mtlint lint', async (name, text) => {
    const echoes = stretchesOf(await linted(name, text)).flatMap((s) => s.findings).filter((f) => f.ruleId === 'word-echo');
    expect(echoes.map((f) => text.slice(f.start, f.end).toLowerCase())).toEqual(['the the']);
    expect(echoes[0]!.start).toBeLessThan(text.indexOf('mtlint-'));
  });

  it.each(['notes.txt', 'NOTES.TXT', 'notes.text', 'README'])('%s: what lintFile gives plain text, with the sentences as contexts', async (name) => {
    const expected = lintFile(name, PROSE);
    expect(expected.format).toBe('text');
    expect(expected.findings.length).toBeGreaterThan(0);
    const file = await linted(name, PROSE);
    expect(file.contexts.map((c) => PROSE.slice(c.start, c.end))).toEqual(['We saw the the cat in the garden.', 'The price rose from 5 to 7 euros.']);
    const stretches = stretchesOf(file);
    expect(stretches.at(-1)!.progress).toBe(1);
    expect(inFileOrder(stretches.flatMap((s) => s.findings))).toEqual(inFileOrder(expected.findings));
  });

  it('plain text: a long file comes a stretch at a time, each after the last, together what lint gives', async () => {
    const text = Array.from({ length: 600 }, (_, i) => `Report ${i}: ${PROSE}`).join('\n\n');
    const stretches = stretchesOf(await linted('long.txt', text));
    expect(stretches.length).toBeGreaterThan(1);
    const progress = stretches.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(stretches[0]!.findings.length).toBeGreaterThan(0);
    expect(stretches.flatMap((s) => s.findings)).toEqual(lint(text));
  });

  it('plain text: rule settings apply, and a bilingual check among them is left out as lintFile leaves it', async () => {
    const rules = { 'word-echo': 'off', 'number-mismatch': 'error' } as const;
    const findings = stretchesOf(await linted('notes.txt', PROSE, { rules })).flatMap((s) => s.findings);
    expect(inFileOrder(findings)).toEqual(inFileOrder(lintFile('notes.txt', PROSE, { rules }).findings));
    expect(findings.some((f) => f.ruleId === 'word-echo')).toBe(false);
  });

  it('another format: its findings, and its units, the spans the findings are shown in', async () => {
    const md = '# Notes\n\nWe saw the the cat.\n\n```\nthe the\n```\n\nIt ran away.\n';
    const file = await linted('doc.md', md);
    expect(stretchesOf(file)).toEqual([{ findings: lintFile('doc.md', md).findings, progress: 1 }]);
    expect(file.contexts.map((u) => md.slice(u.start, u.end))).toEqual(['Notes', 'We saw the the cat.', 'It ran away.']);
  });

  it('another format, long: a stretch at a time, together what lintFile gives', async () => {
    const md = Array.from({ length: 300 }, (_, i) => `## Part ${i}\n\n${PROSE}\n\n\`\`\`\nthe the\n\`\`\`\n`).join('\n');
    const file = await linted('long.md', md);
    const stretches = stretchesOf(file);
    expect(stretches.length).toBeGreaterThan(1);
    expect(stretches.at(-1)!.progress).toBe(1);
    expect(stretches.flatMap((s) => s.findings)).toEqual(lintFile('long.md', md).findings);
    expect(file.contexts).toHaveLength(600);
  });

  it('PO: fuzzy and obsolete entries only when asked, as mtlint lint reads them', async () => {
    const po = `#, fuzzy\nmsgid "Katze."\nmsgstr "We saw the the cat."\n\n#~ msgid "Hund."\n#~ msgstr "We saw the the dog."\n`;
    const count = async (options: { includeFuzzy?: boolean; includeObsolete?: boolean }) =>
      stretchesOf(await linted('strings.po', po, options)).flatMap((s) => s.findings).length;
    expect(await count({})).toBe(0);
    expect(await count({ includeFuzzy: true })).toBe(1);
    expect(await count({ includeFuzzy: true, includeObsolete: true })).toBe(2);
  });

  it('a file its format cannot read: the reason, with its line', async () => {
    expect(await lintByFormat('broken.po', 'msgid "a"\nmsgstr "b\n')).toEqual({ problem: expect.stringMatching(/^line \d+: /) });
  });
});
