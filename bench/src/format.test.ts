import { describe, expect, it } from 'vitest';
import { formatJson, formatSize, formatText, type BenchResult, type ThroughputResult } from './format.js';

const row = (tool: string, mbPerSecond: number, ratio: number, sampled = false): ThroughputResult => ({
  tool, version: '1.0.0', what: 'x', setupMs: 10, bytes: sampled ? 60_000 : 1_000_000, sampled, runs: 5,
  warmUpMs: [9], timesMs: [1, 2, 3, 4, 5], medianMs: 3, processes: 3, processMBps: [mbPerSecond, mbPerSecond / 2, mbPerSecond * 2], cpuMedianMs: 2.6,
  mbPerSecond, findings: 7, mtlintSpeedRatio: ratio,
});

const COLD: BenchResult['cold'] = {
  available: true,
  runs: 5,
  rows: [
    { what: 'mtlint lint, whole process, the bundled article', bytes: 2_400, mtlintMs: 150, writeGoodMs: 100, nodeMs: 50 },
    { what: 'first lint in a fresh process, 1.00 MB of clean English', bytes: 1_000_000, mtlintMs: 400, writeGoodMs: 800 },
  ],
};
const BUNDLE: BenchResult['bundle'] = {
  available: true, entry: 'lint + score from @mtlint/core', bytes: 2_000_000, gzipBytes: 700_000, gzipBudget: 400_000,
  largest: [{ input: 'text/dist/lexicon-data.js', bytes: 1_300_000 }], loadedByLoad: { bytes: 1_600_000, gzipBytes: 650_000 },
};

const result = (cold: BenchResult['cold'] = COLD, manyFiles: BenchResult['manyFiles'] = { available: false, reason: 'not built' }): BenchResult => ({
  environment: { node: 'v20.0.0', platform: 'linux x64', cpus: 2, loadAverage: [1, 1, 1] },
  corpus: { sources: ['fixtures/clean-x/article.txt'], sourceBytes: 300_000, sourceWords: 47_000, bytes: 1_000_000, repeats: 3.33 },
  budgetSeconds: 15,
  throughput: [row('mtlint', 2, 1), row('harper.js', 0.02, 100, true), row('write-good', 4, 0.5)],
  cold,
  manyFiles,
  bundle: BUNDLE,
});

describe('formatText', () => {
  it('prints a table with speed ratios, the repetition of the corpus and the sampling note', () => {
    const out = formatText(result());
    expect(out).toContain('repeated 3.33 times to reach 1.00 MB');
    expect(out).toMatch(/harper\.js\s+1\.0\.0\s+60\.0 kB\*.*100x faster/);
    expect(out).toMatch(/write-good.*2\.0x slower/);
    expect(out).toContain('* leading part of the same text');
    // The cold first run beside the warm median.
    expect(out).toMatch(/mtlint\s.*\s9 ms\s/);
    // The median process, the main thread's CPU and the range of the processes' MB/s.
    expect(out).toContain('each tool in 3 fresh processes');
    expect(out).toMatch(/mtlint\s+1\.0\.0\s+1\.00 MB\s+3 ms\s+3 ms\s+2\.000\s+1\.000-4\.000/);
  });

  it('prints the cold figures beside write-good and bare node, with the ratios and the cold MB/s', () => {
    const out = formatText(result());
    expect(out).toMatch(/mtlint lint, whole process, the bundled article\s+150 ms\s+100 ms\s+50 ms\s+3\.0x\s+1\.5x\s+0\.02/);
    expect(out).toMatch(/first lint in a fresh process, 1\.00 MB of clean English\s+400 ms\s+800 ms\s+-\s+-\s+0\.5x\s+2\.50/);
  });

  it('says when the cold figures are unavailable', () => {
    const out = formatText(result({ available: false, reason: 'the CLI is not built' }));
    expect(out).toContain('cold start (fresh processes): unavailable: the CLI is not built');
  });

  it('prints the browser bundle size against its budget', () => {
    const out = formatText(result());
    expect(out).toContain('browser bundle (lint + score from @mtlint/core, esbuild, minified): 2.00 MB, gzipped 700.0 kB, over the 400.0 kB budget');
    expect(out).toContain('largest inputs: text/dist/lexicon-data.js 1.30 MB');
    expect(out).toContain('and the word tables load() fetches: 1.60 MB, gzipped 650.0 kB');
  });

  it('prints files per second on many small files, without and with --cache', () => {
    const out = formatText(
      result(COLD, {
        available: true, files: 2000, bytes: 400_000, plainMs: 4000, cachedMs: 800, plainFilesPerSecond: 500, cachedFilesPerSecond: 2500,
      }),
    );
    expect(out).toContain('CLI on 2,000 small files (400.0 kB): mtlint lint --format json DIR');
    expect(out).toContain('  500 files/s (4.00 s); with a filled --cache 2500 files/s (0.80 s)');
    expect(formatText(result())).toContain('CLI on many small files: unavailable: not built');
  });

  it('JSON carries the same figures', () => {
    const r = result();
    expect(JSON.parse(formatJson(r))).toEqual(r);
  });
});

describe('formatSize', () => {
  it('uses kB below a megabyte', () => {
    expect(formatSize(61_234)).toBe('61.2 kB');
    expect(formatSize(1_004_000)).toBe('1.00 MB');
  });
});
