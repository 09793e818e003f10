/** Pure helpers of the benchmark: corpus building, sampling, statistics. No clock, no files. */

export const MB = 1_000_000;

/** UTF-8 size of a text in bytes (what MB/s is measured in). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The median of a non-empty list of numbers (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / MB / (ms / 1000) : Infinity;
}

export interface Corpus {
  text: string;
  bytes: number;
  /** Size of the source texts joined once. */
  sourceBytes: number;
  /** How many times the source was used: 3.26 means three full copies and a quarter of a fourth. */
  repeats: number;
}

/**
 * Joins the source texts with blank lines and repeats them until the result has at least `targetBytes`
 * bytes, cutting the last copy at the first paragraph break past the target (so the text ends on a
 * whole paragraph). A source larger than the target is cut the same way.
 */
export function buildCorpus(sources: readonly string[], targetBytes: number): Corpus {
  const source = sources.map((s) => s.trim()).filter(Boolean).join('\n\n');
  if (!source) throw new Error('no source text to build the benchmark corpus from');
  const sourceBytes = utf8Bytes(source);
  const copies = Math.max(1, Math.ceil(targetBytes / sourceBytes));
  const text = leadingSample(Array.from({ length: copies }, () => source).join('\n\n'), targetBytes, 'at-least');
  const bytes = utf8Bytes(text);
  return { text, bytes, sourceBytes, repeats: bytes / sourceBytes };
}

/**
 * The start of a text of about `bytes` bytes, ending at a paragraph break: `at-most` cuts at the last
 * break before the limit (or takes the first paragraph whole if it is longer), `at-least` at the first
 * break after it. Returns the whole text when it is smaller.
 */
export function leadingSample(text: string, bytes: number, mode: 'at-most' | 'at-least' = 'at-most'): string {
  if (utf8Bytes(text) <= bytes) return text;
  // The number of characters in the first `bytes` bytes (a character cut in half decodes as U+FFFD: drop it).
  const head = Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8');
  const chars = head.endsWith('\uFFFD') ? head.length - 1 : head.length;
  if (mode === 'at-least') {
    const next = text.indexOf('\n\n', chars);
    return next < 0 ? text : text.slice(0, next);
  }
  const prev = text.lastIndexOf('\n\n', chars);
  if (prev > 0) return text.slice(0, prev);
  const next = text.indexOf('\n\n', chars);
  return next < 0 ? text : text.slice(0, next);
}

export interface RunPlan {
  /** Bytes of the measured text: the whole corpus, or a leading sample of it when the tool is slow. */
  bytes: number;
  runs: number;
  sampled: boolean;
}

/**
 * How much of the corpus to time, from a probe's throughput: the whole corpus `runs` times when that
 * fits the time budget, otherwise a leading sample sized so that `runs` runs fit it. Throughput of
 * these linters is linear in the text size, so a sample of the same text gives the same MB/s.
 */
export function planRuns(corpusBytes: number, probeMBps: number, runs: number, budgetSeconds: number): RunPlan {
  const fullSeconds = corpusBytes / MB / probeMBps;
  if (!Number.isFinite(probeMBps) || fullSeconds * runs <= budgetSeconds) return { bytes: corpusBytes, runs, sampled: false };
  const bytes = Math.max(50_000, Math.floor((probeMBps * MB * budgetSeconds) / runs));
  return bytes >= corpusBytes ? { bytes: corpusBytes, runs, sampled: false } : { bytes, runs, sampled: true };
}

/** Most warm-up runs before the timed ones. */
export const MAX_WARM_UPS = 4;

/**
 * Whether a linter is warm: its last warm-up run was not more than 10% faster than the one before. A JIT
 * compiler (V8's, for mtlint and write-good; the WebAssembly tiers, for harper.js) keeps speeding code
 * up over the first runs, and the figure wanted is the steady speed, so every tool is warmed until its
 * time settles (at most MAX_WARM_UPS runs).
 */
export function isWarm(warmUpMs: readonly number[]): boolean {
  if (warmUpMs.length >= MAX_WARM_UPS) return true;
  if (warmUpMs.length < 2) return false;
  return warmUpMs.at(-1)! >= 0.9 * warmUpMs.at(-2)!;
}
