// The config's scoring.perWords, through the BUILT binary (apps/cli/dist/bin.js): it reaches every score
// mtlint prints and gates on. Build first: `pnpm build` (the root `pnpm test` does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileResult } from '@mtlint/report';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const bin = join(repoRoot, 'apps/cli/dist/bin.js');

/** 50 words with one minor error (a comma before "that"): penalty 1, so 98 per 100 words and 80 per 1,000. */
const TEXT =
  'The company says, that it is safe. The council met on Monday and approved the budget for the coming year. ' +
  'Most members voted for it, and the mayor thanked them warmly. The new plan pays for roads, schools and two ' +
  'large parks in the north of the old city centre.\n';

let dir: string;
beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtlint-scoring-'));
  writeFileSync(join(dir, 'a.txt'), TEXT);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const config = (scoring: unknown) => writeFileSync(join(dir, 'mtlint.config.json'), JSON.stringify({ scoring }));

/** Runs mtlint in the temporary folder with stdout a pipe (no colours). */
function mtlint(...args: string[]) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scoring.perWords (built binary)', () => {
  it('mtlint score: per 100 words by default, per 1,000 with the setting; words and penalty unchanged', () => {
    const per100 = mtlint('score', '-f', 'json', 'a.txt');
    expect(per100.code).toBe(0);
    expect(JSON.parse(per100.stdout)).toMatchObject([{ filePath: 'a.txt', score: 98, words: 50, penalty: 1 }]);
    config({ perWords: 100 });
    expect(JSON.parse(mtlint('score', '-f', 'json', 'a.txt').stdout)[0].score).toBe(98);
    config({ perWords: 1000 });
    const per1000 = mtlint('score', '-f', 'json', 'a.txt');
    expect(per1000.code).toBe(0);
    expect(JSON.parse(per1000.stdout)).toMatchObject([{ filePath: 'a.txt', score: 80, words: 50, penalty: 1 }]);
    expect(mtlint('score', 'a.txt').stdout).toMatch(/^\s*80\s+a\.txt\s+50 words, penalty 1 /);
  });

  it('mtlint lint: the stylish and JSON reports print the normalised score, with other weights too', () => {
    config({ perWords: 1000 });
    const stylish = mtlint('lint', 'a.txt');
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('a.txt  score 80\n');
    expect(stylish.stdout).toContain('· score 80');
    expect((JSON.parse(mtlint('lint', '-f', 'json', 'a.txt').stdout) as FileResult[])[0]!.score).toBe(80);
    // A minor error worth 2 points: 100 − 1000 × 2 / 50.
    config({ weights: { minor: 2 }, perWords: 1000 });
    expect((JSON.parse(mtlint('lint', '-f', 'json', 'a.txt').stdout) as FileResult[])[0]!.score).toBe(60);
  });

  it('--min-score gates on the normalised score', () => {
    expect(mtlint('--min-score', '90', 'a.txt').code).toBe(0);
    config({ perWords: 1000 });
    const r = mtlint('--min-score', '90', 'a.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('mtlint: a.txt: score 80 is below --min-score 90\n');
    expect(mtlint('score', '--min-score', '80', 'a.txt').code).toBe(0);
  });

  it('--cache does not reuse a score computed under another perWords', () => {
    expect(JSON.parse(mtlint('score', '--cache', '-f', 'json', 'a.txt').stdout)[0].score).toBe(98);
    config({ perWords: 1000 });
    expect(JSON.parse(mtlint('score', '--cache', '-f', 'json', 'a.txt').stdout)[0].score).toBe(80);
  });

  it.each([
    [0, '0'],
    [2.5, '2.5'],
    ['1000', '"1000"'],
    [-100, '-100'],
  ])('perWords %j: one line naming the file, the key path and the accepted values, exit 2', (perWords, shown) => {
    config({ perWords });
    const r = mtlint('a.txt');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`mtlint: mtlint.config.json: scoring.perWords: expected a whole number of words of 1 or more (100, 1000), got ${shown}\n`);
  });

  it('mtlint init writes perWords at its default, and the starter config scores as no config does', () => {
    expect(mtlint('init').code).toBe(0);
    const starter = JSON.parse(readFileSync(join(dir, 'mtlint.config.json'), 'utf8')) as { scoring: { perWords: number } };
    expect(starter.scoring.perWords).toBe(100);
    expect(JSON.parse(mtlint('score', '-f', 'json', 'a.txt').stdout)[0].score).toBe(98);
  });
});
