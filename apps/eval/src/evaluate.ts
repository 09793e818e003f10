import { lintFile } from '@mtlint/core/formats';
import { calibrate } from './calibration.js';
import type { LoadedFixture } from './fixtures.js';
import type { EvalReport } from './format.js';
import { evaluateFixture, totals } from './metrics.js';

/** Lints and scores the fixtures (pure apart from what was already read). */
export function evaluate(fixtures: readonly LoadedFixture[]): EvalReport {
  const results = fixtures.map((f) => {
    // Read as its format (Markdown, PO, XLIFF, subtitles, JSON, plain text): gold offsets are file offsets.
    const { findings } = lintFile(f.gold.article, f.text);
    const metrics = evaluateFixture({
      name: f.name,
      text: f.text,
      gold: f.gold,
      findings,
      ...(f.reference !== undefined ? { reference: f.reference } : {}),
    });
    return { ...metrics, calibration: calibrate(f.text, f.gold, findings, f.paragraphs) };
  });
  return { fixtures: results, total: totals(results) };
}
