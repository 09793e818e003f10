import { lint } from '@mtlint/core';
import type { LoadedFixture } from './fixtures.js';
import type { EvalReport } from './format.js';
import { evaluateFixture, totals } from './metrics.js';

/** Lints and scores the fixtures (pure apart from what was already read). */
export function evaluate(fixtures: readonly LoadedFixture[]): EvalReport {
  const results = fixtures.map((f) =>
    evaluateFixture({
      name: f.name,
      text: f.text,
      gold: f.gold,
      findings: lint(f.text),
      ...(f.reference !== undefined ? { reference: f.reference } : {}),
    }),
  );
  return { fixtures: results, total: totals(results) };
}
