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
  /** The timed runs and their median, of the process with the median throughput (`mergeProcesses`). */
  timesMs: number[];
  medianMs: number;
  /** Fresh processes the linter was timed in, and each one's throughput. */
  processes: number;
  processMBps: number[];
  /** The median of the processes' medians of main-thread CPU per run, where the system tells it (Linux). */
  cpuMedianMs?: number;
  mbPerSecond: number;
  /** Findings on the timed text. */
  findings: number;
  /** mtlint's throughput divided by this tool's (>1: mtlint is faster); 1 for mtlint itself. */
  mtlintSpeedRatio: number;
}

/** One cold measurement: medians in milliseconds, mtlint's beside write-good's (and bare node's for a whole process). */
export interface ColdRow {
  what: string;
  /** Bytes of the linted text, where a text is linted. */
  bytes?: number;
  mtlintMs: number;
  writeGoodMs: number;
  /** `node -e ""`, for the rows that time a whole process. */
  nodeMs?: number;
}

export type ColdResult = { available: true; runs: number; rows: ColdRow[] } | { available: false; reason: string };

export type BundleSizeResult =
  | {
      available: true;
      entry: string;
      /** Minified bytes of the main entry (what a page loads before it can call `load`), and gzipped (level 9, per chunk). */
      bytes: number;
      gzipBytes: number;
      gzipBudget: number;
      /** The inputs that weigh most in the minified main entry. */
      largest: { input: string; bytes: number }[];
      /** The chunks `load()` imports (the word tables), minified and gzipped. */
      loadedByLoad: { bytes: number; gzipBytes: number };
    }
  | { available: false; reason: string };

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
  cold: ColdResult;
  manyFiles: ManyFilesResult;
  bundle: BundleSizeResult;
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

/** Columns padded to a common width: the first `left` ones aligned left, the others (figures) right. */
function table(rows: readonly (readonly string[])[], left = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((row) => row.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ').trimEnd());
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
  const processes = [...new Set(r.throughput.map((t) => t.processes))].join('/');
  out.push(`lint throughput: each tool in ${processes} fresh processes, in interleaved rounds; per process the median of ${runs} runs once warm,`);
  out.push('  here the process with the median MB/s, the range of all the processes\' MB/s, and the main thread\'s CPU time (median');
  out.push('  of the processes\' medians); first run: the cold one');
  const rows = [['tool', 'version', 'text', 'median', 'CPU', 'MB/s', 'processes\' MB/s', 'first run', 'findings', 'setup', 'mtlint speed']];
  for (const t of r.throughput) {
    rows.push([
      t.tool,
      t.version,
      `${formatSize(t.bytes)}${t.sampled ? '*' : ''}`,
      `${t.medianMs.toFixed(0)} ms`,
      t.cpuMedianMs === undefined ? '-' : `${t.cpuMedianMs.toFixed(0)} ms`,
      t.mbPerSecond.toFixed(3),
      `${Math.min(...t.processMBps).toFixed(3)}-${Math.max(...t.processMBps).toFixed(3)}`,
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
  out.push(...formatCold(r.cold));
  const m = r.manyFiles;
  if (m.available) {
    out.push(`CLI on ${m.files.toLocaleString('en-US')} small files (${formatSize(m.bytes)}): mtlint lint --format json DIR`);
    out.push(`  ${m.plainFilesPerSecond.toFixed(0)} files/s (${(m.plainMs / 1000).toFixed(2)} s); with a filled --cache ${m.cachedFilesPerSecond.toFixed(0)} files/s (${(m.cachedMs / 1000).toFixed(2)} s)`);
  } else {
    out.push(`CLI on many small files: unavailable: ${m.reason}`);
  }
  const b = r.bundle;
  if (b.available) {
    const over = b.gzipBytes > b.gzipBudget ? `, over the ${formatSize(b.gzipBudget)} budget` : `, within the ${formatSize(b.gzipBudget)} budget`;
    out.push(`browser bundle (${b.entry}, esbuild, minified): ${formatSize(b.bytes)}, gzipped ${formatSize(b.gzipBytes)}${over}`);
    out.push(`  and the word tables load() fetches: ${formatSize(b.loadedByLoad.bytes)}, gzipped ${formatSize(b.loadedByLoad.gzipBytes)}`);
    out.push(`  largest inputs: ${b.largest.map((l) => `${l.input} ${formatSize(l.bytes)}`).join(', ')}`);
  } else {
    out.push(`browser bundle: unavailable: ${b.reason}`);
  }
  return out.join('\n') + '\n';
}

const times = (x: number) => (x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(1)}x`);

/** The cold table: mtlint beside write-good and bare node, with the ratios (below 1: mtlint takes less time). */
function formatCold(c: ColdResult): string[] {
  if (!c.available) return [`cold start (fresh processes): unavailable: ${c.reason}`];
  const out = [`cold start: fresh processes, medians of ${c.runs} interleaved rounds after a warm-up round`];
  const rows = [['what', 'mtlint', 'write-good', 'bare node', 'mtlint/node', 'mtlint/write-good', 'mtlint MB/s']];
  for (const row of c.rows) {
    rows.push([
      row.what,
      `${row.mtlintMs.toFixed(0)} ms`,
      `${row.writeGoodMs.toFixed(0)} ms`,
      row.nodeMs === undefined ? '-' : `${row.nodeMs.toFixed(0)} ms`,
      row.nodeMs === undefined ? '-' : times(row.mtlintMs / row.nodeMs),
      times(row.mtlintMs / row.writeGoodMs),
      row.bytes === undefined ? '-' : (row.bytes / MB / (row.mtlintMs / 1000)).toFixed(2),
    ]);
  }
  out.push(...table(rows, 1).map((l) => `  ${l}`));
  return out;
}

export function formatJson(r: BenchResult): string {
  return JSON.stringify(r, null, 2) + '\n';
}
