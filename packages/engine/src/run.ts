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

/** Runs each rule over the document and returns its findings, sorted by position, overlaps resolved. */
export function runRules(doc: Document, active: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, level, options } of active) {
    if (level === 'off') continue;
    const ctx: RuleContext = { doc, options: options ?? {} };
    const reports: Report[] = [];
    if (rule.detectSentence) {
      for (const sentence of doc.sentences) {
        const found = rule.detectSentence(sentence, ctx);
        // Most sentences yield nothing: skip the copy rather than spread an empty array.
        for (let k = 0; k < found.length; k++) reports.push(found[k]!);
      }
    }
    if (rule.detectDocument) for (const r of rule.detectDocument(doc, ctx)) reports.push(r);
    for (const r of reports) {
      const mqmSeverity = r.mqmSeverity ?? rule.meta.severity;
      const confidence = r.confidence ?? rule.meta.confidence;
      const finding: Finding = {
        ruleId: rule.meta.id,
        category: rule.meta.category,
        severity: level ?? defaultLevel(mqmSeverity, confidence),
        mqmSeverity,
        confidence,
        start: r.start,
        end: r.end,
        message: r.message,
        sourceHint: rule.meta.sourceHint,
        suggestions: r.suggestions ?? [],
      };
      findings.push(finding);
    }
  }
  return resolveOverlaps(findings);
}

const rank = (f: Finding) => (f.severity === 'error' ? 3 : f.severity === 'warning' ? 2 : 1) + f.confidence;

/**
 * Sorts findings and drops duplicates: when two rules flag the same span, or one finding lies inside
 * another of the same category, only the stronger one (level, then confidence) is kept, so one
 * artifact is counted and scored once.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || rank(b) - rank(a));
  const kept: Finding[] = [];
  // Kept findings that may still contain a later one. Sorted by start, so once a finding ends
  // before the current one starts it can contain nothing after it: the scan stays near-linear
  // even on a document with thousands of findings.
  let open: Finding[] = [];
  for (const f of sorted) {
    open = open.filter((k) => k.end >= f.start);
    const duplicate = open.some(
      (k) =>
        (k.start === f.start && k.end === f.end) ||
        (k.category === f.category && k.start <= f.start && f.end <= k.end && rank(k) >= rank(f)),
    );
    if (!duplicate) {
      kept.push(f);
      open.push(f);
    }
  }
  return kept;
}
