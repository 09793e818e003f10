import { expect } from 'vitest';
import { MtlintConfigError } from './index.js';

/** The MtlintConfigError that `run` throws; fails the test when it throws something else or nothing. */
export const configError = (run: () => unknown): MtlintConfigError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MtlintConfigError);
    return error as MtlintConfigError;
  }
  return expect.unreachable('no MtlintConfigError thrown');
};
