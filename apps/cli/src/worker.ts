// A worker thread of the pool (pool.ts): lints the jobs it is sent with @mtlint/core.
import { parentPort } from 'node:worker_threads';
import * as core from '@mtlint/core';
import { lintFile, scoreFile } from '@mtlint/core/formats';
import { fileComments } from '@mtlint/formats';
import { runLintJob, type LintJob } from './lint-job.js';

const linter = { ...core, lintFile, scoreFile, fileComments };

parentPort!.on('message', async ({ id, job }: { id: number; job: LintJob }) => {
  try {
    parentPort!.postMessage({ id, result: await runLintJob(job, linter) });
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    parentPort!.postMessage({ id, error: { name: error.name, message: error.message, stack: error.stack ?? error.message } });
  }
});
