import type { FileResult } from './results.js';

export interface Totals {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  problemCount: number;
}

/** Sums the per-file counts. */
export function totals(results: readonly FileResult[]): Totals {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const r of results) {
    errorCount += r.errorCount;
    warningCount += r.warningCount;
    infoCount += r.infoCount;
  }
  return { errorCount, warningCount, infoCount, problemCount: errorCount + warningCount + infoCount };
}

/** "1 error", "2 warnings", "3 info" (info is uncountable). */
export function plural(n: number, word: 'problem' | 'error' | 'warning' | 'info'): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}
