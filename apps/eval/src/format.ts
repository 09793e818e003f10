/** Renders evaluation results for people (a text report) and machines (JSON). Pure: results → string. */
import type { Calibration } from './calibration.js';
import { misleveled, type ConfidenceGroup } from './levels.js';
import type { FixtureResult, RuleCounts, TotalResult } from './metrics.js';

export interface EvalReport {
  fixtures: (FixtureResult & { calibration: Calibration })[];
  /** Each group of fixtures (`mt-dev/…`) pooled: micro averages over its fixtures. */
  groups: { name: string; total: TotalResult }[];
  total: TotalResult;
  /** Every finding, hints included, by rule and reported confidence, with its measured precision. */
  byConfidence: ConfidenceGroup[];
}

const ratio = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (n: number) => n.toLocaleString('en-US');

/** Shortens a span's text to one line of at most `max` characters. */
export function clip(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** A left-aligned first column and right-aligned others. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

export function formatRuleTable(rows: readonly RuleCounts[]): string {
  if (rows.length === 0) return '  (no error or warning findings)';
  const body = rows.map((r) => [r.ruleId, String(r.findings), String(r.true), String(r.false), String(r.falseOnClean), ratio(r.precision)]);
  return table([['rule', 'findings', 'true', 'false', 'on clean', 'precision'], ...body])
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function formatCalibration(c: Calibration): string[] {
  const lines = [`  score         ${c.predicted.toFixed(2)} from findings, ${c.gold.toFixed(2)} from gold spans (0-100)`];
  if (c.correlation) {
    const { paragraphs, pearson, kendall } = c.correlation;
    lines.push(`  correlation   Pearson r ${ratio(pearson)}, Kendall tau-b ${ratio(kendall)} (${paragraphs} paragraphs, findings vs gold)`);
  }
  return lines;
}

function formatFixture(r: FixtureResult & { calibration: Calibration }): string {
  const clean = r.falseAlarmsPer10kWords !== null;
  const head = clean
    ? `${int(r.words)} words, clean text: every finding is a false alarm`
    : `${int(r.words)} words, ${r.goldSpans} gold spans, ${r.required} required`;
  const lines = [`== ${r.name} (${head})`];
  if (clean) {
    lines.push(`  findings      ${r.findings}`);
    lines.push(`  false alarms  ${ratio(r.falseAlarmsPer10kWords!)} per 10,000 words`);
  } else {
    lines.push(`  recall        ${ratio(r.recall)}  (${r.hit}/${r.required} required spans hit)`);
    lines.push(`  precision     ${ratio(r.precision)}  (${r.truePositives}/${r.findings} findings overlap a gold span)`);
  }
  lines.push(...formatCalibration(r.calibration));
  if (r.fix) {
    lines.push(`  fix           edit distance to reference ${r.fix.before} -> ${r.fix.after} (${pct(r.fix.gain)} closer)`);
  }
  lines.push(`  false alarms (${r.falseAlarms.length})`);
  for (const f of r.falseAlarms) lines.push(`    line ${String(f.line).padEnd(5)} ${f.ruleId.padEnd(26)} "${clip(f.text)}"`);
  if (!clean) {
    lines.push(`  missed required spans (${r.missed.length})`);
    for (const s of r.missed) lines.push(`    ${`${s.start}-${s.end}`.padEnd(12)} ${s.category.padEnd(26)} "${clip(s.text)}"`);
  }
  return lines.join('\n');
}

export function formatText(report: EvalReport): string {
  const t = report.total;
  const out = [`mtlint eval: ${t.fixtures} fixtures (only error and warning findings count)`, ''];
  for (const r of report.fixtures) out.push(formatFixture(r), '');
  for (const g of report.groups) out.push(formatPooled(`${g.name}, pooled`, g.total, 'its fixtures'), '');
  out.push(formatPooled('total', t, 'all fixtures'));
  out.push('per rule (all fixtures; true = overlaps a gold span; on clean = false alarms on clean texts)');
  out.push(formatRuleTable(t.byRule));
  out.push('', 'levels (all fixtures, hints included; one rule at one confidence a line; precision weighs false alarms on clean text by the\nannotated fixtures\' share of words; ! = its level disagrees with its precision)');
  out.push(formatConfidenceTable(report.byConfidence));
  return out.join('\n') + '\n';
}

/** Each rule's findings by reported confidence: the level they get and the precision they measure. */
export function formatConfidenceTable(groups: readonly ConfidenceGroup[]): string {
  if (groups.length === 0) return '  (no findings)';
  const off = new Set(misleveled(groups));
  const body = groups.map((g) => [
    g.ruleId, g.confidence.toFixed(2), g.hint ? 'info' : 'counted', String(g.true), String(g.falseOnAnnotated), String(g.falseOnClean),
    ratio(g.precision), off.has(g) ? '!' : '',
  ]);
  return table([['rule', 'confidence', 'level', 'true', 'false', 'on clean', 'precision', ''], ...body])
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Pooled figures of several fixtures: a group's, or all of them. */
function formatPooled(title: string, t: TotalResult, scope: string): string {
  const out = [`== ${title} (${t.fixtures} fixtures, ${int(t.words)} words)`];
  out.push(`  recall        ${ratio(t.recall)}  (${t.hit}/${t.required} required spans hit, ${scope})`);
  out.push(`  precision     ${ratio(t.precision)}  (${t.truePositives}/${t.findings} findings overlap a gold span)`);
  if (t.fix) out.push(`  fix           edit distance to references ${t.fix.before} -> ${t.fix.after} (${pct(t.fix.gain)} closer)`);
  if (t.falseAlarmsPer10kWords !== null) {
    out.push(
      `  clean texts   ${ratio(t.falseAlarmsPer10kWords)} false alarms per 10,000 words (${t.cleanFalseAlarms} in ${int(t.cleanWords)} words)`,
    );
  }
  out.push(`  false alarms  ${t.falseAlarms}`, '');
  return out.join('\n');
}

export function formatJsonReport(report: EvalReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
