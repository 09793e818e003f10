import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Io } from './io.js';
import type { LintJob, LintJobResult } from './lint-job.js';

/** Where --cache keeps results, relative to the working directory (where build tools keep theirs). */
export const CACHE_DIR = join('node_modules', '.cache', 'mtlint');
const CACHE_FILE = 'results.json';
/** Results kept at most; the oldest go first. */
const MAX_ENTRIES = 50_000;

interface CacheFile {
  /** mtlint's version and rule ids: results from another version or catalogue are not reused. */
  stamp: string;
  results: Record<string, LintJobResult>;
}

/**
 * Results of lint jobs by a hash of the job (text, rule settings, scoring settings, fix mode, baseline
 * entries), so that an unchanged file with unchanged settings is not linted again. Keyed by content,
 * not path: a moved or copied file hits too.
 */
export class ResultCache {
  private readonly results: Map<string, LintJobResult>;
  private readonly used = new Map<string, LintJobResult>();
  /** Whether this run added results; a run that only hit the cache leaves the file as it is. */
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly stamp: string,
    results: Record<string, LintJobResult>,
  ) {
    this.results = new Map(Object.entries(results));
  }

  /** Loads the cache of `cwd`; a missing, unreadable or stale cache starts empty. */
  static load(io: Io, cwd: string, stamp: string): ResultCache {
    const path = join(cwd, CACHE_DIR, CACHE_FILE);
    let results: Record<string, LintJobResult> = {};
    try {
      const data = JSON.parse(io.readText(path) ?? 'null') as CacheFile | null;
      if (data?.stamp === stamp && typeof data.results === 'object') results = data.results;
    } catch {
      // A damaged cache is only a slower run: start afresh.
    }
    return new ResultCache(path, stamp, results);
  }

  static key(job: LintJob): string {
    return createHash('sha256').update(JSON.stringify(job)).digest('base64url');
  }

  get(key: string): LintJobResult | undefined {
    const hit = this.results.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, result: LintJobResult): void {
    this.used.set(key, result);
    this.changed = true;
  }

  /** Writes this run's results after the older ones still within the size limit; throws if it cannot write. */
  save(io: Io): void {
    if (!this.changed) return;
    const merged = new Map([...this.results].filter(([k]) => !this.used.has(k)));
    for (const [k, v] of this.used) merged.set(k, v);
    const entries = [...merged].slice(-MAX_ENTRIES);
    io.makeDir(join(this.path, '..'));
    io.writeFile(this.path, JSON.stringify({ stamp: this.stamp, results: Object.fromEntries(entries) } satisfies CacheFile));
  }
}
