import { Worker } from 'node:worker_threads';
import type { LintJob, LintJobResult } from './lint-job.js';

/** An error a worker reported for one job, with the original's name and stack: the job failed, the pool goes on. */
export class JobError extends Error {
  constructor(error: { name: string; message: string; stack: string }) {
    super(error.message);
    this.name = error.name;
    this.stack = error.stack;
  }
}

/**
 * Worker threads that lint jobs in parallel (each job to the least busy worker); results come back
 * as promises. `close()` ends the workers.
 */
export class LintPool {
  private readonly workers: { worker: Worker; jobs: Set<number>; dead: boolean }[] = [];
  private readonly pending = new Map<number, { resolve: (r: LintJobResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      const slot = { worker, jobs: new Set<number>(), dead: false };
      worker.on('message', (m: { id: number; result?: LintJobResult; error?: { name: string; message: string; stack: string } }) => {
        slot.jobs.delete(m.id);
        const p = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        if (m.error !== undefined) p.reject(new JobError(m.error));
        else p.resolve(m.result!);
      });
      // A worker that dies (out of memory, a crash in a native module) fails the jobs it holds and
      // takes no more: the jobs after it go to the workers left, or fail at once.
      worker.on('error', (e) => {
        slot.dead = true;
        for (const id of slot.jobs) {
          this.pending.get(id)!.reject(e);
          this.pending.delete(id);
        }
        slot.jobs.clear();
      });
      this.workers.push(slot);
    }
  }

  run(job: LintJob): Promise<LintJobResult> {
    const live = this.workers.filter((w) => !w.dead);
    if (live.length === 0) return Promise.reject(new Error('the worker threads stopped'));
    const slot = live.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    slot.jobs.add(id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
