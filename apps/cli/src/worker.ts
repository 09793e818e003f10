// A worker thread of the pool (pool.ts): lints the jobs it is sent with @mtlint/core, one at a time.
import { parentPort } from 'node:worker_threads';
import * as core from '@mtlint/core';
import { runLintJob, type LintJob } from './lint-job.js';

parentPort!.on('message', ({ id, job }: { id: number; job: LintJob }) => {
  try {
    parentPort!.postMessage({ id, result: runLintJob(job, core) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
