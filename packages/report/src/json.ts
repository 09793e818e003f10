import type { FileResult } from './results.js';

/** The machine-readable report: an array with one entry per file (the shape gold-eval.mjs reads). */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}
