/**
 * Levels from measured precision: every finding of every level (hints included) is grouped by rule and by the
 * confidence it was reported with, and each group's precision is measured on the fixtures. A group whose precision
 * is at least 0.5 should count (error or warning); one below should be a hint (`info`). Pure: findings and gold in,
 * groups out.
 *
 * The annotated fixtures are a few thousand words of MT, the clean texts over a million words of edited English; a
 * rule's false alarms on clean text are weighed at the rate they would occur in as many words as the annotated
 * fixtures have, so that a rule is judged on text like the annotated ones, with their fluent sentences written to
 * clean English's standard:
 *
 *   precision = true / (true + false on annotated + false on clean × annotated words / clean words)
 */
import { INFO_CONFIDENCE } from '@mtlint/core';
import { overlaps, type GoldSpan } from './metrics.js';

/** What the grouping reads of a finding. */
export interface GradedFinding {
  ruleId: string;
  severity: string;
  confidence: number;
  start: number;
  end: number;
}

/** The findings of one rule reported with one confidence, over all fixtures. */
export interface ConfidenceGroup {
  ruleId: string;
  confidence: number;
  /** Whether these findings are hints (`info`) rather than counted. */
  hint: boolean;
  findings: number;
  /** Findings that overlap a gold span. */
  true: number;
  /** Findings on annotated fixtures that overlap no gold span. */
  falseOnAnnotated: number;
  /** Findings on clean texts (gold without spans). */
  falseOnClean: number;
  /** As the header defines it. */
  precision: number;
}

/** Running counts: the groups, keyed `ruleId confidence`, and the words read of each kind of text. */
export interface GroupCounts {
  groups: Map<string, ConfidenceGroup>;
  annotatedWords: number;
  cleanWords: number;
}

export const emptyGroupCounts = (): GroupCounts => ({ groups: new Map(), annotatedWords: 0, cleanWords: 0 });

/** Adds one fixture's findings (all levels) to the counts; a fixture whose gold has no spans is clean text. */
export function addToGroups(counts: GroupCounts, findings: readonly GradedFinding[], spans: readonly GoldSpan[], words: number): void {
  const clean = spans.length === 0;
  if (clean) counts.cleanWords += words;
  else counts.annotatedWords += words;
  for (const f of findings) {
    const key = `${f.ruleId} ${f.confidence}`;
    let group = counts.groups.get(key);
    if (!group) {
      group = { ruleId: f.ruleId, confidence: f.confidence, hint: f.severity === 'info', findings: 0, true: 0, falseOnAnnotated: 0, falseOnClean: 0, precision: 0 };
      counts.groups.set(key, group);
    }
    group.findings++;
    if (clean) group.falseOnClean++;
    else if (spans.some((s) => overlaps(f, s))) group.true++;
    else group.falseOnAnnotated++;
  }
}

/** The groups with their precision, by rule and then strongest confidence first. */
export function measuredGroups({ groups, annotatedWords, cleanWords }: GroupCounts): ConfidenceGroup[] {
  const cleanWeight = cleanWords ? annotatedWords / cleanWords : 0;
  return [...groups.values()]
    .map((g) => {
      const weighed = g.true + g.falseOnAnnotated + g.falseOnClean * cleanWeight;
      return { ...g, precision: weighed ? g.true / weighed : 0 };
    })
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || b.confidence - a.confidence);
}

/**
 * Groups whose level disagrees with their measured precision, among those with at least `minFindings` findings on
 * annotated text (fewer say little): hints at precision 0.5 or more, counted findings below it.
 */
export function misleveled(groups: readonly ConfidenceGroup[], minFindings = 4): ConfidenceGroup[] {
  return groups.filter(
    (g) => g.true + g.falseOnAnnotated >= minFindings && (g.hint ? g.precision >= INFO_CONFIDENCE : g.precision < INFO_CONFIDENCE),
  );
}
