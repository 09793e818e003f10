// How many lint workers a run starts: apart from the pool (pool.ts), whose module loads node:worker_threads,
// which a run without workers never needs.

/**
 * The text a worker must get for starting it to pay: each worker loads the linter and its lexicons, which took
 * 0.5–2 s on a loaded 2-core machine, where one thread lints 250–700 KB of text a second. On 1,000 files of
 * 2.4 KB (2.4 MB) two workers took 30 s where one thread took 16–19 s, and on 200 files of 24 KB (4.8 MB)
 * 29–34 s against 16–26 s (README, "Many files"). A worker needs several seconds of work of its own.
 */
export const BYTES_PER_WORKER = 4 * 1024 * 1024;

/**
 * How many workers to start for `bytes` of text in `files` files with `cores` cores. `auto`: one per
 * BYTES_PER_WORKER, at most one per core, and none rather than one (a single worker only adds its start to the
 * main thread's work). A number is capped at the files and the cores: more threads than cores only share them,
 * and each holds its own linter in memory.
 */
export function workerCount(work: { files: number; bytes: number }, cores: number, requested: number | 'auto' | 'off'): number {
  if (requested === 'off') return 0;
  if (requested !== 'auto') return Math.min(requested, work.files, cores);
  const workers = Math.min(cores, work.files, Math.floor(work.bytes / BYTES_PER_WORKER));
  return workers < 2 ? 0 : workers;
}
