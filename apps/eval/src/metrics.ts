/**
 * The evaluation metrics, as pure functions of (text, gold, findings[, reference]). No file system here:
 * `main.ts` reads the fixtures and prints. The definitions follow shared/tools/gold-eval.mjs exactly
 * (its header is the spec), and a test checks that both agree on fixtures/kaspersky:
 *
 *   recall    = required gold spans overlapped by at least one finding / required gold spans
 *   precision = findings that overlap any gold span (required or optional) / findings
 *   fix gain  = (d(before) − d(after)) / d(before), d = character edit distance to reference.txt with
 *               blank lines folded, "after" = the text with the first suggestion of every finding applied
 *
 * Only `error` and `warning` findings count; `info` findings are hints and are ignored.
 */
import { applySuggestions, type Suggestion } from '@mtlint/core';
import { lineIndex } from '@mtlint/report';
import { countWords, parseDocument } from '@mtlint/text';
import { distance } from 'fastest-levenshtein';

/** One hand-annotated span of a gold file (offsets are UTF-16, `[start, end)`). */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  category: string;
  severity: string;
  required: boolean;
  suggestion?: string;
  note?: string;
}

/** A fixture's gold.json. A gold file with no spans marks a clean text: every finding is a false alarm. */
export interface Gold {
  article: string;
  offsets: 'utf16';
  spans: GoldSpan[];
}

/** The part of a finding the metrics use (a `Finding` from @mtlint/core, or one read back from a JSON report). */
export interface EvalFinding {
  ruleId: string;
  severity: string;
  start: number;
  end: number;
  suggestions?: readonly Suggestion[];
}

export interface FixGain {
  /** Edit distance from the (folded) text to the (folded) reference. */
  before: number;
  /** Edit distance after applying the first suggestion of every counted finding. */
  after: number;
  /** (before − after) / before; 0 when the text already equals the reference. */
  gain: number;
}

export interface FalseAlarm {
  ruleId: string;
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  text: string;
}

export interface RuleCounts {
  ruleId: string;
  findings: number;
  true: number;
  false: number;
  /** Of the false ones, how many were on clean texts (gold without spans). */
  falseOnClean: number;
  /** true / findings (1 when the rule found nothing). */
  precision: number;
}

export interface FixtureResult {
  name: string;
  words: number;
  /** Counted (error/warning) findings. */
  findings: number;
  /** Counted findings that overlap a gold span. */
  truePositives: number;
  goldSpans: number;
  required: number;
  /** Required spans hit by at least one finding. */
  hit: number;
  recall: number;
  precision: number;
  /** Findings that overlap no gold span, in text order. */
  falseAlarms: FalseAlarm[];
  /** Required spans no finding overlaps, in gold order. */
  missed: GoldSpan[];
  /** Only when the fixture has a reference.txt. */
  fix: FixGain | null;
  /** Only for clean fixtures (gold without spans): false alarms per 10,000 words. */
  falseAlarmsPer10kWords: number | null;
  byRule: RuleCounts[];
}

export interface FixtureInput {
  name: string;
  text: string;
  gold: Gold;
  findings: readonly EvalFinding[];
  /** The minimal human correction, when the fixture has one. */
  reference?: string;
}

/** Half-open intervals overlap when each starts before the other ends. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The findings that count: `error` and `warning`. */
export function countedFindings<F extends EvalFinding>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** Folds what a fix cannot be blamed for: trailing blanks at line ends, runs of blank lines, outer space. */
export function foldBlankLines(text: string): string {
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The text after applying the first suggestion of each finding, in order, skipping overlaps, via the
 * engine's own `applySuggestions`, so the figure measures what `mtlint fix` would write. (It differs from
 * gold-eval.mjs only in corner cases no rule produces today: it also refuses a second edit at the same
 * position as an insertion, and edits outside the text.)
 */
export function applyFirstSuggestions(text: string, findings: readonly EvalFinding[]): string {
  const edits: Suggestion[] = [];
  for (const f of findings) {
    const s = f.suggestions?.[0];
    if (s) edits.push(s);
  }
  return applySuggestions(text, edits);
}

/** How much closer the text gets to the reference when the findings' first suggestions are applied. */
export function fixGain(text: string, findings: readonly EvalFinding[], reference: string): FixGain {
  const ref = foldBlankLines(reference);
  const before = distance(foldBlankLines(text), ref);
  const after = distance(foldBlankLines(applyFirstSuggestions(text, countedFindings(findings))), ref);
  return { before, after, gain: before ? (before - after) / before : 0 };
}

/** Per-rule counts of counted findings: how many overlap a gold span (true) and how many do not (false). */
export function countByRule(findings: readonly EvalFinding[], spans: readonly GoldSpan[]): RuleCounts[] {
  const byId = new Map<string, RuleCounts>();
  for (const f of countedFindings(findings)) {
    const row = byId.get(f.ruleId) ?? { ruleId: f.ruleId, findings: 0, true: 0, false: 0, falseOnClean: 0, precision: 1 };
    row.findings++;
    if (spans.some((s) => overlaps(f, s))) row.true++;
    else row.false++;
    if (spans.length === 0) row.falseOnClean++;
    byId.set(f.ruleId, row);
  }
  return finishRuleRows([...byId.values()]);
}

/** Adds up per-rule rows of several fixtures. */
export function mergeRuleCounts(tables: ReadonlyArray<readonly RuleCounts[]>): RuleCounts[] {
  const byId = new Map<string, RuleCounts>();
  for (const table of tables) {
    for (const r of table) {
      const row = byId.get(r.ruleId) ?? { ruleId: r.ruleId, findings: 0, true: 0, false: 0, falseOnClean: 0, precision: 1 };
      row.findings += r.findings;
      row.true += r.true;
      row.false += r.false;
      row.falseOnClean += r.falseOnClean;
      byId.set(r.ruleId, row);
    }
  }
  return finishRuleRows([...byId.values()]);
}

function finishRuleRows(rows: RuleCounts[]): RuleCounts[] {
  for (const r of rows) r.precision = r.findings ? r.true / r.findings : 1;
  return rows.sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId));
}

/** Number of words the way mtlint counts them (words, numbers and foreign tokens). */
export function wordCount(text: string): number {
  return countWords(parseDocument(text));
}

/** All metrics for one fixture. */
export function evaluateFixture(input: FixtureInput): FixtureResult {
  const { name, text, gold, reference } = input;
  const findings = countedFindings(input.findings);
  const required = gold.spans.filter((s) => s.required);
  const missed = required.filter((s) => !findings.some((f) => overlaps(f, s)));
  const at = lineIndex(text);
  const falseAlarms = findings
    .filter((f) => !gold.spans.some((s) => overlaps(f, s)))
    .map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, line: at(f.start).line, text: text.slice(f.start, f.end) }));
  const truePositives = findings.length - falseAlarms.length;
  const words = wordCount(text);
  const clean = gold.spans.length === 0;
  return {
    name,
    words,
    findings: findings.length,
    truePositives,
    goldSpans: gold.spans.length,
    required: required.length,
    hit: required.length - missed.length,
    recall: required.length ? (required.length - missed.length) / required.length : 1,
    precision: findings.length ? truePositives / findings.length : 1,
    falseAlarms,
    missed,
    fix: reference === undefined ? null : fixGain(text, findings, reference),
    falseAlarmsPer10kWords: clean ? per10k(falseAlarms.length, words) : null,
    byRule: countByRule(findings, gold.spans),
  };
}

export interface TotalResult {
  fixtures: number;
  words: number;
  findings: number;
  truePositives: number;
  required: number;
  hit: number;
  /** Micro-averaged over all fixtures: all hits / all required spans. */
  recall: number;
  /** Micro-averaged over all fixtures: all true findings / all findings. */
  precision: number;
  falseAlarms: number;
  /** Summed over the fixtures that have a reference. */
  fix: FixGain | null;
  /** Over all clean fixtures together. */
  cleanWords: number;
  cleanFalseAlarms: number;
  falseAlarmsPer10kWords: number | null;
  byRule: RuleCounts[];
}

/** Totals across fixtures (micro averages: every span and every finding weighs the same). */
export function totals(results: readonly FixtureResult[]): TotalResult {
  const sum = (pick: (r: FixtureResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const findings = sum((r) => r.findings);
  const truePositives = sum((r) => r.truePositives);
  const required = sum((r) => r.required);
  const hit = sum((r) => r.hit);
  const withFix = results.filter((r) => r.fix);
  const before = withFix.reduce((n, r) => n + r.fix!.before, 0);
  const after = withFix.reduce((n, r) => n + r.fix!.after, 0);
  const clean = results.filter((r) => r.falseAlarmsPer10kWords !== null);
  const cleanWords = clean.reduce((n, r) => n + r.words, 0);
  const cleanFalseAlarms = clean.reduce((n, r) => n + r.falseAlarms.length, 0);
  return {
    fixtures: results.length,
    words: sum((r) => r.words),
    findings,
    truePositives,
    required,
    hit,
    recall: required ? hit / required : 1,
    precision: findings ? truePositives / findings : 1,
    falseAlarms: sum((r) => r.falseAlarms.length),
    fix: withFix.length ? { before, after, gain: before ? (before - after) / before : 0 } : null,
    cleanWords,
    cleanFalseAlarms,
    falseAlarmsPer10kWords: clean.length ? per10k(cleanFalseAlarms, cleanWords) : null,
    byRule: mergeRuleCounts(results.map((r) => r.byRule)),
  };
}

function per10k(count: number, words: number): number {
  return words ? (count * 10_000) / words : 0;
}
