import type { Document } from '@mtlint/text';
import type { Finding, Level, MqmSeverity, Report, ReportedLevel, Rule, RuleContext } from './types.js';

/** A rule as configured for one run. `level` undefined means: derive from severity and confidence. */
export interface ActiveRule {
  rule: Rule;
  level?: Level;
  options?: Readonly<Record<string, unknown>>;
}

/** Confidence below which a finding is only a hint (`info`) unless configured otherwise. */
export const INFO_CONFIDENCE = 0.5;

/** The default lint level: major and critical artifacts fail CI, minor ones warn, unsure ones inform. */
export function defaultLevel(mqmSeverity: MqmSeverity, confidence: number): ReportedLevel {
  if (confidence < INFO_CONFIDENCE) return 'info';
  return mqmSeverity === 'minor' ? 'warning' : 'error';
}

/** One step of {@link runRulesInSteps}: findings that no later step can change, and how far the text is linted. */
export interface RuleStep {
  /** Sorted by position, overlaps resolved; every one starts before `linted`, and after the previous step's. */
  findings: Finding[];
  /** The offset up to which every finding is known: the start of the first sentence not yet linted, or the text's length. */
  linted: number;
}

/** The default stretch of text a step lints: about ten milliseconds of work, cold, on a 2-core machine. */
export const STEP_LENGTH = 4_096;

/** Runs each rule over the document and returns its findings, sorted by position, overlaps resolved. */
export function runRules(doc: Document, active: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const step of runRulesInSteps(doc, active, { stepLength: Infinity })) for (const f of step.findings) findings.push(f);
  return findings;
}

/**
 * {@link runRules} a stretch of sentences at a time, for a caller that shows findings while the rest of
 * a long text is linted. The document rules run over the whole document first, as they compare its
 * sentences; then the sentence rules run over about `stepLength` code units of sentences per step.
 * Every step hands out the findings before the next unlinted sentence, which are final: a sentence
 * rule reports within its sentence, and a finding is only ever dropped for one that starts at or
 * before it. The steps' findings, joined, are exactly what `runRules` returns.
 */
export function* runRulesInSteps(
  doc: Document,
  active: readonly ActiveRule[],
  { stepLength = STEP_LENGTH }: { stepLength?: number } = {},
): Generator<RuleStep, void, undefined> {
  const running = active.filter((a): a is Running => a.level !== 'off');
  const contexts: RuleContext[] = running.map((a) => ({ doc, options: a.options ?? {} }));
  let waiting: Ordered[] = [];
  running.forEach((a, r) => {
    if (a.rule.detectDocument) addOrdered(waiting, a, r, DOCUMENT_PHASE, a.rule.detectDocument(doc, contexts[r]!));
  });
  const resolver = new OverlapResolver();
  const { sentences } = doc;
  let next = 0;
  do {
    const first = next;
    const end = first < sentences.length ? sentences[first]!.start + stepLength : 0;
    while (next < sentences.length && (next === first || sentences[next]!.start < end)) next++;
    running.forEach((a, r) => {
      const detect = a.rule.detectSentence;
      if (!detect) return;
      const reports: Report[] = [];
      for (let s = first; s < next; s++) {
        const found = detect(sentences[s]!, contexts[r]!);
        // Most sentences yield nothing: skip the copy rather than spread an empty array.
        for (let k = 0; k < found.length; k++) reports.push(found[k]!);
      }
      addOrdered(waiting, a, r, SENTENCE_PHASE, reports, first);
    });
    const linted = next < sentences.length ? sentences[next]!.start : doc.text.length;
    waiting.sort(byPosition);
    const ready = next < sentences.length ? firstStartingAt(waiting, linted) : waiting.length;
    yield { findings: resolver.keep(waiting.slice(0, ready)), linted };
    waiting = waiting.slice(ready);
  } while (next < sentences.length);
}

// The order in which `runRules` has always considered equal findings: by rule, a rule's sentence reports
// before its document reports, each in the order reported. It breaks ties between findings of the same
// span and strength, so the outcome does not depend on when in a stepped run a finding was found.
const SENTENCE_PHASE = 0;
const DOCUMENT_PHASE = 1;

/** A rule that runs: one that is not off. */
type Running = ActiveRule & { level?: ReportedLevel };

interface Ordered {
  finding: Finding;
  rank: number;
  /** Index of the rule among the running ones. */
  rule: number;
  phase: number;
  /** The first sentence of the step that found it (document reports: 0), then its place among the rule's reports in that step. */
  step: number;
  seq: number;
}

/** Adds the rule's reports to `into` as findings, with the keys that order them. */
function addOrdered(into: Ordered[], a: Running, r: number, phase: number, reports: readonly Report[], step = 0): void {
  const { meta } = a.rule;
  reports.forEach((report, seq) => {
    const mqmSeverity = report.mqmSeverity ?? meta.severity;
    const confidence = report.confidence ?? meta.confidence;
    const finding: Finding = {
      ruleId: meta.id,
      category: meta.category,
      severity: a.level ?? defaultLevel(mqmSeverity, confidence),
      mqmSeverity,
      confidence,
      start: report.start,
      end: report.end,
      message: report.message,
      sourceHint: meta.sourceHint,
      suggestions: report.suggestions ?? [],
    };
    into.push({ finding, rank: rank(finding), rule: r, phase, step, seq });
  });
}

const rank = (f: Finding) => (f.severity === 'error' ? 3 : f.severity === 'warning' ? 2 : 1) + f.confidence;

function byPosition(a: Ordered, b: Ordered): number {
  return (
    a.finding.start - b.finding.start ||
    b.finding.end - a.finding.end ||
    b.rank - a.rank ||
    a.rule - b.rule ||
    a.phase - b.phase ||
    a.step - b.step ||
    a.seq - b.seq
  );
}

/** The first index of `sorted` whose finding starts at `offset` or later. */
function firstStartingAt(sorted: readonly Ordered[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.finding.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Decides, in position order, which findings to keep: when two rules flag the same span, or one
 * finding lies inside another of the same category, only the stronger one (level, then confidence) is
 * kept, so one artifact is counted and scored once. Fed sorted batches, each starting after the last.
 */
class OverlapResolver {
  // Kept findings that may still contain a later one. Sorted by start, so once a finding ends before
  // the current one starts it can contain nothing after it: the scan stays near-linear even on a
  // document with thousands of findings.
  private open: Ordered[] = [];

  keep(sorted: readonly Ordered[]): Finding[] {
    const kept: Finding[] = [];
    for (const o of sorted) {
      const f = o.finding;
      this.open = this.open.filter((k) => k.finding.end >= f.start);
      const duplicate = this.open.some(
        (k) =>
          (k.finding.start === f.start && k.finding.end === f.end) ||
          (k.finding.category === f.category && k.finding.start <= f.start && f.end <= k.finding.end && k.rank >= o.rank),
      );
      if (!duplicate) {
        kept.push(f);
        this.open.push(o);
      }
    }
    return kept;
  }
}

/** Sorts findings and resolves overlaps as `runRules` does; equal findings keep their given order. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const ordered = findings.map((finding, seq) => ({ finding, rank: rank(finding), rule: 0, phase: 0, step: 0, seq }));
  return new OverlapResolver().keep(ordered.sort(byPosition));
}
