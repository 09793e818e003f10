import type { FileResult } from './results.js';

/** The machine-readable report: an array with one entry per file (the shape gold-eval.mjs reads). */
export function formatJson(results: readonly FileResult[]): string {
  return [...jsonChunks(results)].join('');
}

/** `value` as `JSON.stringify(value, null, 2)` writes it at `depth` levels of nesting. */
export const indentedJson = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * `formatJson`'s text a finding at a time, the same characters as `JSON.stringify(results, null, 2)`: a caller
 * writes the chunks as they come, so a report of a hundred thousand findings is never one string in memory.
 */
export function* jsonChunks(results: readonly FileResult[]): Generator<string, void, undefined> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[';
  for (const [i, result] of results.entries()) {
    yield `${i ? ',' : ''}\n  {`;
    let fields = 0;
    // The fields in the object's own order, as JSON.stringify takes them; undefined ones left out likewise.
    for (const [key, value] of Object.entries(result)) {
      if (value === undefined) continue;
      yield `${fields++ ? ',' : ''}\n    ${JSON.stringify(key)}: `;
      if (key !== 'findings' || result.findings.length === 0) yield indentedJson(value, 2);
      else {
        yield '[';
        for (const [j, f] of result.findings.entries()) yield `${j ? ',' : ''}\n      ${indentedJson(f, 3)}`;
        yield '\n    ]';
      }
    }
    yield '\n  }';
  }
  yield '\n]\n';
}
