// The translation-file fixtures (fixtures/formats-*), linted and fixed end to end through the BUILT binary:
// findings must point at the exact text of the file (checked against the hand-annotated gold spans, and by
// line and column), and a fixed file must still be readable as its format.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineIndex, type FileResult } from '@mtlint/report';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXABLE_BILINGUAL_CHECK_IDS } from '../src/format-catalogue.js';
import { repoRoot } from './helpers.js';

const bin = join(repoRoot, 'apps/cli/dist/bin.js');
const work = mkdtempSync(join(tmpdir(), 'mtlint-format-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Gold {
  article: string;
  spans: { start: number; end: number }[];
}

const fixtures = readdirSync(join(repoRoot, 'fixtures'))
  .filter((name) => name.startsWith('formats-'))
  .map((name) => {
    const gold = JSON.parse(readFileSync(join(repoRoot, 'fixtures', name, 'gold.json'), 'utf8')) as Gold;
    return [name, join(repoRoot, 'fixtures', name, gold.article), gold] as const;
  });

function mtlint(...args: string[]) {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('translation-file fixtures through the CLI', () => {
  it('has a fixture for every format', () => {
    const endings = fixtures.map(([, file]) => file.slice(file.lastIndexOf('.')));
    expect(new Set(endings)).toEqual(new Set(['.md', '.po', '.xlf', '.srt', '.vtt', '.json']));
  });

  it.each(fixtures)('%s: findings at the file offsets of the annotated artifacts, with their lines and columns', (_name, file, gold) => {
    const r = mtlint('lint', '--format', 'json', file);
    expect(r.status, r.stderr).toBeLessThanOrEqual(1);
    const [result] = JSON.parse(r.stdout) as FileResult[];
    const content = readFileSync(file, 'utf8');
    const position = lineIndex(content);
    expect(result!.findings.length).toBeGreaterThan(0);
    for (const f of result!.findings) {
      expect(0 <= f.start && f.start < f.end && f.end <= content.length).toBe(true);
      expect({ line: f.line, column: f.column }).toEqual(position(f.start));
      expect({ line: f.endLine, column: f.endColumn }).toEqual(position(f.end));
    }
    // Every fixture has each of its artifacts annotated, so a finding off by even a few characters (in markup,
    // a key or a timing line) would miss them all.
    // (Errors and warnings, as `pnpm eval` counts them: hints are allowed to be wrong.)
    const alarms = result!.findings.filter((f) => f.severity !== 'info');
    const onGold = alarms.filter((f) => gold.spans.some((s) => s.start < f.end && f.start < s.end));
    expect(onGold.length / alarms.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(fixtures)('%s: mtlint fix writes a file that still reads as its format, with fewer findings', (name, file) => {
    const copy = join(work, `${name}${file.slice(file.lastIndexOf('.'))}`);
    copyFileSync(file, copy);
    const findings = () => {
      const r = mtlint('lint', '--format', 'json', copy);
      // A file its format's reader can no longer parse would be exit code 2.
      expect(r.status, r.stderr).toBeLessThanOrEqual(1);
      return (JSON.parse(r.stdout) as FileResult[])[0]!.findings;
    };
    const before = findings().length;
    expect(mtlint('fix', copy).status).toBeLessThanOrEqual(1);
    const after = findings();
    expect(after.length).toBeLessThanOrEqual(before);
    // The bilingual checks' certain fixes (PO, XLIFF) were applied: none of them is left to make.
    expect(after.filter((f) => FIXABLE_BILINGUAL_CHECK_IDS.includes(f.ruleId) && f.suggestions.length > 0)).toEqual([]);
  });
});
