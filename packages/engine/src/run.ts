import type { Document } from '@mtlint/text';
import { RuleError } from './errors.js';
import { sentenceFilterFor } from './needs.js';
import { MQM_SEVERITIES, type Finding, type Level, type MqmSeverity, type Report, type ReportedLevel, type Rule, type RuleContext, type RuleProblem } from './types.js';

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
  /**
   * The offset up to which every finding is known: the start of the first sentence not yet linted, or the text's length;
   * 0 at the steps that run the document rules.
   */
  linted: number;
}

/** The default stretch of text a step lints: about ten milliseconds of work, cold, on a 2-core machine. */
export const STEP_LENGTH = 4_096;

/** How a run goes: the stretch of text a step lints, and who hears of the reports a rule got wrong. */
export interface RunOptions {
  /** About how many code units of sentences a step of {@link runRulesInSteps} lints; default {@link STEP_LENGTH}. */
  stepLength?: number;
  /** Called for each report dropped as malformed (a span outside the text, an unknown severity …), with the rule's id. */
  onProblem?: (problem: RuleProblem) => void;
}

/**
 * Runs each rule over the document and returns its findings, sorted by position, overlaps resolved.
 * A malformed report is dropped (and passed to `onProblem`); a detector that throws is a {@link RuleError}.
 */
export function runRules(doc: Document, active: readonly ActiveRule[], { onProblem }: Pick<RunOptions, 'onProblem'> = {}): Finding[] {
  const findings: Finding[] = [];
  for (const step of runRulesInSteps(doc, active, { stepLength: Infinity, ...(onProblem ? { onProblem } : {}) })) for (const f of step.findings) findings.push(f);
  return findings;
}

/**
 * {@link runRules} a stretch of sentences at a time, for a caller that shows findings while the rest of
 * a long text is linted. The document rules run over the whole document first, as they compare its
 * sentences, one rule per step (a step with no findings and `linted` 0: their findings come out with the
 * sentence steps that reach them); then the sentence rules run over about `stepLength` code units of
 * sentences per step.
 * Every step hands out the findings before the next unlinted sentence, which are final: a sentence
 * rule reports within its sentence, and a finding is only ever dropped for one that starts at or
 * before it. The steps' findings, joined, are exactly what `runRules` returns.
 */
export function* runRulesInSteps(
  doc: Document,
  active: readonly ActiveRule[],
  { stepLength = STEP_LENGTH, onProblem }: RunOptions = {},
): Generator<RuleStep, void, undefined> {
  const running = active.filter((a): a is Running => a.level !== 'off');
  const contexts: RuleContext[] = running.map((a) => ({ doc, options: a.options ?? {} }));
  const checked = reportChecker(doc.text.length, onProblem);
  let waiting: Ordered[] = [];
  // Each document rule is a step of its own, with no findings yet (they wait for the sentence steps that reach
  // them): a caller that turns its event loop between steps is never held for the whole document phase at once.
  for (let r = 0; r < running.length; r++) {
    const a = running[r]!;
    const detect = a.rule.detectDocument;
    if (!detect) continue;
    addOrdered(waiting, a, r, DOCUMENT_PHASE, checked(a.rule, 'detectDocument', guarded(a.rule, () => detect(doc, contexts[r]!))));
    yield { findings: [], linted: 0 };
  }
  const resolver = new OverlapResolver();
  const { sentences } = doc;
  // Rules that declare what a sentence must contain are called only on sentences that contain it.
  const needs = running.map((a) => (a.rule.detectSentence ? a.rule.needs : undefined));
  // A rule with an anchor is called only on sentences with a token that meets it, and told which tokens those are.
  const anchors = running.map((a) => (a.rule.detectSentence ? a.rule.anchor : undefined));
  const filter = needs.some((n) => n !== undefined && n.length > 0) || anchors.some((n) => n !== undefined) ? sentenceFilterFor(needs, anchors) : undefined;
  const stride = filter?.stride ?? 0;
  // The anchors of the sentence a rule is called on, and views of their first n, made once per length: a view made
  // per call was an allocation for every sentence of every anchored rule.
  let positions = new Int32Array(256);
  let views: Int32Array[] = [];
  let next = 0;
  do {
    const first = next;
    const end = first < sentences.length ? sentences[first]!.start + stepLength : 0;
    while (next < sentences.length && (next === first || sentences[next]!.start < end)) next++;
    const count = next - first;
    const present = new Int32Array(count * stride);
    if (filter) filter.collectStep(sentences, first, next, present);
    // The sentences a rule is called on, as offsets from `first`, when it has needs.
    const admitted = new Int32Array(filter ? count : 0);
    running.forEach((a, r) => {
      const detect = a.rule.detectSentence;
      if (!detect) return;
      const context = contexts[r]!;
      const reports: Report[] = [];
      const listed = filter?.admitted(r, present, count, admitted);
      const calls = listed ?? count;
      const anchored = filter !== undefined && filter.anchored(r);
      for (let k = 0; k < calls; k++) {
        const offset = listed === undefined ? k : admitted[k]!;
        const s = first + offset;
        const sentence = sentences[s]!;
        if (anchored) {
          if (positions.length < sentence.tokens.length) {
            positions = new Int32Array(2 * sentence.tokens.length);
            views = [];
          }
          const n = filter.anchorsOf(r, offset, positions);
          context.anchors = views[n] ??= positions.subarray(0, n);
        }
        // The detector is called here, not through `guarded`: a closure per rule and sentence was a measurable
        // share of a run of many cheap detectors.
        let result: unknown;
        try {
          result = detect(sentence, context);
        } catch (error) {
          throw asRuleError(a.rule, error);
        }
        const found = checked(a.rule, 'detectSentence', result);
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

/** A detector's result, or a {@link RuleError} naming the rule when it throws. */
function guarded(rule: Rule, detect: () => unknown): unknown {
  try {
    return detect();
  } catch (error) {
    throw asRuleError(rule, error);
  }
}

/** What a detector threw, as a {@link RuleError} naming the rule. */
const asRuleError = (rule: Rule, error: unknown): RuleError => (error instanceof RuleError ? error : new RuleError(rule.meta.id, error));

const isOffset = (x: unknown, length: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= length;

/** Why a report cannot be a finding in a text of `length` code units, or undefined for a sound one. */
function reportProblem(report: unknown, length: number): string | undefined {
  if (typeof report !== 'object' || report === null) return `a report must be an object { start, end, message }, got ${JSON.stringify(report)}`;
  const { start, end, message, suggestions, mqmSeverity, confidence } = report as Record<string, unknown>;
  if (!isOffset(start, length) || !isOffset(end, length) || end < start) {
    return `span [${String(start)}, ${String(end)}] is not a [start, end) range of integer offsets within the text (length ${length})`;
  }
  if (typeof message !== 'string' || message === '') return `a report at [${start}, ${end}] has no message`;
  if (mqmSeverity !== undefined && !(MQM_SEVERITIES as readonly unknown[]).includes(mqmSeverity)) {
    return `a report at [${start}, ${end}] has unknown mqmSeverity ${JSON.stringify(mqmSeverity)}`;
  }
  if (confidence !== undefined && !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) {
    return `a report at [${start}, ${end}] has confidence ${String(confidence)}, not a number in [0, 1]`;
  }
  if (suggestions === undefined) return undefined;
  if (!Array.isArray(suggestions)) return `a report at [${start}, ${end}] has suggestions that are not an array`;
  for (const s of suggestions as unknown[]) {
    const { start: from, end: to, replacement } = (s ?? {}) as Record<string, unknown>;
    if (!isOffset(from, length) || !isOffset(to, length) || to < from || typeof replacement !== 'string') {
      return `a report at [${start}, ${end}] has a suggestion that is not { start, end, replacement } within the text`;
    }
  }
  return undefined;
}

/** Keeps a detector's sound reports; each malformed one is dropped and passed to `onProblem` with the rule's id. */
function reportChecker(length: number, onProblem: RunOptions['onProblem']) {
  return (rule: Rule, detector: string, found: unknown): readonly Report[] => {
    if (!Array.isArray(found)) {
      onProblem?.({ ruleId: rule.meta.id, message: `${detector} returned ${found === null ? 'null' : typeof found}, not an array of reports` });
      return [];
    }
    let sound: Report[] | undefined;
    for (let k = 0; k < found.length; k++) {
      const problem = reportProblem(found[k], length);
      if (problem === undefined) {
        sound?.push(found[k] as Report);
        continue;
      }
      // Reports are nearly always sound: copy only once one is not.
      sound ??= found.slice(0, k) as Report[];
      onProblem?.({ ruleId: rule.meta.id, message: problem });
    }
    return sound ?? (found as Report[]);
  };
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
