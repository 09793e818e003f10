import { describe, expect, it } from 'vitest';
import { MIN_FILES_PER_WORKER, workerCount } from '../src/pool.js';

describe('workerCount', () => {
  it('auto: no workers for few files or one core, else one per core up to one per MIN_FILES_PER_WORKER files', () => {
    expect(workerCount(MIN_FILES_PER_WORKER - 1, 8, 'auto')).toBe(0);
    expect(workerCount(10_000, 1, 'auto')).toBe(0);
    expect(workerCount(2 * MIN_FILES_PER_WORKER, 8, 'auto')).toBe(2);
    expect(workerCount(10_000, 4, 'auto')).toBe(4);
  });

  it('off and a number are taken as given, never more workers than files', () => {
    expect(workerCount(10_000, 8, 'off')).toBe(0);
    expect(workerCount(5, 1, 3)).toBe(3);
    expect(workerCount(2, 8, 3)).toBe(2);
  });
});
