import { describe, expect, it } from 'vitest';
import { BYTES_PER_WORKER, workerCount } from '../src/worker-count.js';

describe('workerCount', () => {
  it('auto: one worker per BYTES_PER_WORKER of text, at most one per core and per file, and never a single one', () => {
    const mb = BYTES_PER_WORKER;
    expect(workerCount({ files: 1000, bytes: 2.4 * 1024 * 1024 }, 8, 'auto')).toBe(0);
    expect(workerCount({ files: 1000, bytes: 1.9 * mb }, 8, 'auto')).toBe(0);
    expect(workerCount({ files: 1000, bytes: 2 * mb }, 8, 'auto')).toBe(2);
    expect(workerCount({ files: 1000, bytes: 100 * mb }, 4, 'auto')).toBe(4);
    expect(workerCount({ files: 3, bytes: 100 * mb }, 8, 'auto')).toBe(3);
    expect(workerCount({ files: 10_000, bytes: 100 * mb }, 1, 'auto')).toBe(0);
  });

  it('off is none; a number is capped at the files and the cores', () => {
    expect(workerCount({ files: 10_000, bytes: 0 }, 8, 'off')).toBe(0);
    expect(workerCount({ files: 5, bytes: 0 }, 8, 3)).toBe(3);
    expect(workerCount({ files: 2, bytes: 0 }, 8, 3)).toBe(2);
    expect(workerCount({ files: 10_000, bytes: 0 }, 2, 64)).toBe(2);
  });
});
