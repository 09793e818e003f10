import { lint, type Finding } from '@mtlint/core';
import { lintFile } from '@mtlint/core/formats';
import { calibrate } from './calibration.js';
import { groupOf, type LoadedFixture } from './fixtures.js';
import type { EvalReport } from './format.js';
import { addToGroups, emptyGroupCounts, measuredGroups } from './levels.js';
import { evaluateFixture, totals } from './metrics.js';

/** Lints and scores the fixtures (pure apart from what was already read). */
export function evaluate(fixtures: readonly LoadedFixture[]): EvalReport {
  const counts = emptyGroupCounts();
  const results = fixtures.map((f) => {
    // Read as its format (Markdown, PO, XLIFF, subtitles, JSON, plain text): gold offsets are file offsets.
    const findings = f.documents ? f.documents.flatMap((d) => shifted(lint(f.text.slice(d.start, d.end)), d.start)) : lintFile(f.gold.article, f.text).findings;
    const metrics = evaluateFixture({
      name: f.name,
      text: f.text,
      gold: f.gold,
      findings,
      ...(f.reference !== undefined ? { reference: f.reference } : {}),
    });
    addToGroups(counts, findings, f.gold.spans, metrics.words);
    return { ...metrics, calibration: calibrate(f.text, f.gold, findings, f.paragraphs) };
  });
  const groupNames = [...new Set(results.map((r) => groupOf(r.name)).filter((g): g is string => g !== undefined))];
  const pooled = groupNames.map((name) => ({ name, total: totals(results.filter((r) => groupOf(r.name) === name)) }));
  return { fixtures: results, groups: pooled, total: totals(results), byConfidence: measuredGroups(counts) };
}

/** Findings of a stretch linted alone, moved to where the stretch stands in the whole. */
function shifted(findings: readonly Finding[], by: number): Finding[] {
  return findings.map((f) => ({
    ...f,
    start: f.start + by,
    end: f.end + by,
    suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
  }));
}
