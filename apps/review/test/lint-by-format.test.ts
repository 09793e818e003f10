import { lintFile } from '@mtlint/core/formats';
import { describe, expect, it } from 'vitest';
import { lintByFormat } from '../src/lint-by-format.js';

const PROSE = 'We saw the the cat in the garden. The price rose from 5 to 7 euros.';

describe('lintByFormat', () => {
  it.each(['notes.txt', 'NOTES.TXT'])('%s: what lintFile gives plain text, without the format readers', async (name) => {
    const expected = lintFile(name, PROSE);
    expect(expected.format).toBe('text');
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(await lintByFormat(name, PROSE)).toEqual({ findings: expected.findings, lintedText: PROSE });
  });

  it('plain text: rule settings apply, and a bilingual check among them is left out as lintFile leaves it', async () => {
    const rules = { 'word-echo': 'off', 'number-mismatch': 'error' } as const;
    const linted = await lintByFormat('notes.txt', PROSE, { rules });
    expect(linted).toEqual({ findings: lintFile('notes.txt', PROSE, { rules }).findings, lintedText: PROSE });
    expect('findings' in linted && linted.findings.some((f) => f.ruleId === 'word-echo')).toBe(false);
  });

  it('another format: its findings and its units, the spans the findings are shown in', async () => {
    const md = '# Notes\n\nWe saw the the cat.\n\n```\nthe the\n```\n\nIt ran away.\n';
    const linted = await lintByFormat('doc.md', md);
    if (!('findings' in linted)) throw new Error(linted.problem);
    expect(linted.findings).toEqual(lintFile('doc.md', md).findings);
    expect(linted.units?.map((u) => md.slice(u.start, u.end))).toEqual(['Notes', 'We saw the the cat.', 'It ran away.']);
  });

  it('PO: fuzzy and obsolete entries only when asked, as mtlint lint reads them', async () => {
    const po = `#, fuzzy\nmsgid "Katze."\nmsgstr "We saw the the cat."\n\n#~ msgid "Hund."\n#~ msgstr "We saw the the dog."\n`;
    const count = async (options: { includeFuzzy?: boolean; includeObsolete?: boolean }) => {
      const linted = await lintByFormat('strings.po', po, options);
      return 'findings' in linted ? linted.findings.length : -1;
    };
    expect(await count({})).toBe(0);
    expect(await count({ includeFuzzy: true })).toBe(1);
    expect(await count({ includeFuzzy: true, includeObsolete: true })).toBe(2);
  });

  it('a file its format cannot read: the reason, with its line', async () => {
    expect(await lintByFormat('broken.po', 'msgid "a"\nmsgstr "b\n')).toEqual({ problem: expect.stringMatching(/^line \d+: /) });
  });
});
