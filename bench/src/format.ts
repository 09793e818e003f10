/** Renders a benchmark result as a table for people or JSON for machines. Pure: result → string. */
import { MB } from './stats.js';

export interface ThroughputResult {
  tool: string;
  version: string;
  what: string;
  setupMs: number;
  /** Bytes of the timed text (the corpus, or a leading sample of it). */
  bytes: number;
  sampled: boolean;
  runs: number;
  /** The untimed warm-up runs on the timed text, the first one cold. */
  warmUpMs: number[];
  timesMs: number[];
  medianMs: number;
  mbPerSecond: number;
  /** Findings on the timed text. */
  findings: number;
  /** mtlint's throughput divided by this tool's (>1: mtlint is faster); 1 for mtlint itself. */
  mtlintSpeedRatio: number;
}

export type StartupResult =
  | { available: true; command: string; runs: number; timesMs: number[]; medianMs: number; nodeBaselineMs: number; exitCode: number }
  | { available: false; command: string; reason: string };

export type ManyFilesResult =
  | {
      available: true;
      files: number;
      bytes: number;
      /** Median wall-clock milliseconds of `mtlint lint` over the directory, without and with a filled --cache. */
      plainMs: number;
      cachedMs: number;
      plainFilesPerSecond: number;
      cachedFilesPerSecond: number;
    }
  | { available: false; reason: string };

export interface BenchResult {
  environment: { node: string; platform: string; cpus: number; loadAverage: number[] };
  corpus: { sources: string[]; sourceBytes: number; sourceWords: number; bytes: number; repeats: number };
  budgetSeconds: number;
  throughput: ThroughputResult[];
  startup: StartupResult;
  manyFiles: ManyFilesResult;
}

export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}

function ratio(r: ThroughputResult): string {
  if (r.tool === 'mtlint') return '-';
  if (!Number.isFinite(r.mtlintSpeedRatio)) return 'n/a';
  const x = r.mtlintSpeedRatio;
  return x >= 1 ? `${x.toFixed(x >= 10 ? 0 : 1)}x faster` : `${(1 / x).toFixed(1 / x >= 10 ? 0 : 1)}x slower`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((row) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ').trimEnd());
}

export function formatText(r: BenchResult): string {
  const e = r.environment;
  const c = r.corpus;
  const out: string[] = [];
  out.push(`mtlint bench: node ${e.node}, ${e.platform}, ${e.cpus} cpus, load average ${e.loadAverage.map((x) => x.toFixed(2)).join(' ')}`);
  const repeated = c.repeats > 1.001 ? `, repeated ${c.repeats.toFixed(2)} times to reach ${formatSize(c.bytes)}` : '';
  out.push(`text: clean English, ${c.sources.join(' + ')} (${formatSize(c.sourceBytes)}, ${c.sourceWords.toLocaleString('en-US')} words)${repeated}`);
  out.push('');
  const runs = [...new Set(r.throughput.map((t) => t.runs))].join('/');
  out.push(`lint throughput (median of ${runs} runs once warm; first run: the cold one, before warming up)`);
  const rows = [['tool', 'version', 'text', 'median', 'MB/s', 'first run', 'findings', 'setup', 'mtlint speed']];
  for (const t of r.throughput) {
    rows.push([
      t.tool,
      t.version,
      `${formatSize(t.bytes)}${t.sampled ? '*' : ''}`,
      `${t.medianMs.toFixed(0)} ms`,
      t.mbPerSecond.toFixed(3),
      `${(t.warmUpMs[0] ?? t.medianMs).toFixed(0)} ms`,
      String(t.findings),
      `${t.setupMs.toFixed(0)} ms`,
      ratio(t),
    ]);
  }
  out.push(...table(rows).map((l) => `  ${l}`));
  if (r.throughput.some((t) => t.sampled)) {
    out.push(
      `  * leading part of the same text: linting all ${formatSize(c.bytes)} that many times would not fit the ` +
        `${r.budgetSeconds} s budget per tool (--budget S, or --full to time the whole text)`,
    );
  }
  out.push('  findings: on the timed text, all levels; on clean English every one is a false alarm');
  out.push('');
  const s = r.startup;
  out.push(`CLI start-up: ${s.command}`);
  if (s.available) {
    out.push(`  median ${s.medianMs.toFixed(0)} ms over ${s.runs} runs after a warm-up (exit code ${s.exitCode}); bare \`node -e ""\` ${s.nodeBaselineMs.toFixed(0)} ms`);
  } else {
    out.push(`  unavailable: ${s.reason}`);
  }
  const m = r.manyFiles;
  if (m.available) {
    out.push(`CLI on ${m.files.toLocaleString('en-US')} small files (${formatSize(m.bytes)}): mtlint lint --format json DIR`);
    out.push(`  ${m.plainFilesPerSecond.toFixed(0)} files/s (${(m.plainMs / 1000).toFixed(2)} s); with a filled --cache ${m.cachedFilesPerSecond.toFixed(0)} files/s (${(m.cachedMs / 1000).toFixed(2)} s)`);
  } else {
    out.push(`CLI on many small files: unavailable: ${m.reason}`);
  }
  return out.join('\n') + '\n';
}

export function formatJson(r: BenchResult): string {
  return JSON.stringify(r, null, 2) + '\n';
}
