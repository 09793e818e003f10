import { describe, expect, it } from 'vitest';
import { formatJson, formatSize, formatText, type BenchResult, type ThroughputResult } from './format.js';

const row = (tool: string, mbPerSecond: number, ratio: number, sampled = false): ThroughputResult => ({
  tool, version: '1.0.0', what: 'x', setupMs: 10, bytes: sampled ? 60_000 : 1_000_000, sampled, runs: 5,
  warmUpMs: [9], timesMs: [1, 2, 3, 4, 5], medianMs: 3, mbPerSecond, findings: 7, mtlintSpeedRatio: ratio,
});

const result = (startup: BenchResult['startup'], manyFiles: BenchResult['manyFiles'] = { available: false, reason: 'not built' }): BenchResult => ({
  environment: { node: 'v20.0.0', platform: 'linux x64', cpus: 2, loadAverage: [1, 1, 1] },
  corpus: { sources: ['fixtures/clean-x/article.txt'], sourceBytes: 300_000, sourceWords: 47_000, bytes: 1_000_000, repeats: 3.33 },
  budgetSeconds: 15,
  throughput: [row('mtlint', 2, 1), row('harper.js', 0.02, 100, true), row('write-good', 4, 0.5)],
  startup,
  manyFiles,
});

describe('formatText', () => {
  it('prints a table with speed ratios, the repetition of the corpus and the sampling note', () => {
    const out = formatText(result({ available: true, command: 'node bin.js', runs: 5, timesMs: [], medianMs: 300, nodeBaselineMs: 50, exitCode: 1 }));
    expect(out).toContain('repeated 3.33 times to reach 1.00 MB');
    expect(out).toMatch(/harper\.js\s+1\.0\.0\s+60\.0 kB\*.*100x faster/);
    expect(out).toMatch(/write-good.*2\.0x slower/);
    expect(out).toContain('* leading part of the same text');
    expect(out).toContain('median 300 ms');
    // The cold first run beside the warm median.
    expect(out).toMatch(/mtlint\s.*\s9 ms\s/);
  });

  it('says when the CLI start-up figure is unavailable', () => {
    const out = formatText(result({ available: false, command: 'node apps/cli/dist/bin.js lint', reason: 'the CLI is not built' }));
    expect(out).toContain('unavailable: the CLI is not built');
  });

  it('prints files per second on many small files, without and with --cache', () => {
    const out = formatText(
      result({ available: false, command: 'c', reason: 'r' }, {
        available: true, files: 2000, bytes: 400_000, plainMs: 4000, cachedMs: 800, plainFilesPerSecond: 500, cachedFilesPerSecond: 2500,
      }),
    );
    expect(out).toContain('CLI on 2,000 small files (400.0 kB): mtlint lint --format json DIR');
    expect(out).toContain('  500 files/s (4.00 s); with a filled --cache 2500 files/s (0.80 s)');
    expect(formatText(result({ available: false, command: 'c', reason: 'r' }))).toContain('CLI on many small files: unavailable: not built');
  });

  it('JSON carries the same figures', () => {
    const r = result({ available: false, command: 'c', reason: 'r' });
    expect(JSON.parse(formatJson(r))).toEqual(r);
  });
});

describe('formatSize', () => {
  it('uses kB below a megabyte', () => {
    expect(formatSize(61_234)).toBe('61.2 kB');
    expect(formatSize(1_004_000)).toBe('1.00 MB');
  });
});
