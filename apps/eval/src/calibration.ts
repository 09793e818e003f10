/**
 * Calibration of the score against human judgements: the same `score` function from @mtlint/core measures
 * the text once from mtlint's findings and once from the gold spans, per fixture and per paragraph, and the
 * paragraph scores are correlated (Pearson's r and Kendall's τ-b). Pure: no file system here.
 */
import { score, type Scorable } from '@mtlint/core';
import { sampleCorrelation } from 'simple-statistics';
import { countedFindings, type EvalFinding, type Gold, type GoldSpan } from './metrics.js';

/** A stretch of the fixture scored on its own: a segment of segments.json, or a blank-line paragraph. */
export interface Paragraph {
  start: number;
  end: number;
  /** How many raters annotated it (segments.json); their spans are averaged. 1 when unknown. */
  raters: number;
}

export interface ParagraphScores {
  start: number;
  end: number;
  words: number;
  predicted: number;
  gold: number;
}

export interface Calibration {
  /** Document score (0–100) from mtlint's error and warning findings. */
  predicted: number;
  /** Document score from the gold spans, each rater's span counting 1 / raters. */
  gold: number;
  /** Correlation of the paragraph scores; null for a clean fixture or when either side is constant. */
  correlation: { paragraphs: number; pearson: number; kendall: number } | null;
  paragraphs: ParagraphScores[];
}

/** The blank-line separated paragraphs of a text, each trimmed, as offsets. */
export function blankLineParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/g)) {
    const body = m[0].trimEnd();
    out.push({ start: m.index, end: m.index + body.length, raters: 1 });
  }
  return out;
}

/** A gold span as a scorable error, counting 1 / raters of the paragraph it lies in. */
function goldErrors(spans: readonly GoldSpan[], paragraphs: readonly Paragraph[]): Scorable[] {
  return spans.map((s) => {
    const raters = paragraphs.find((p) => p.start <= s.start && s.start < p.end)?.raters ?? 1;
    return { start: s.start, end: s.end, category: s.category, mqmSeverity: s.severity as Scorable['mqmSeverity'], share: 1 / raters };
  });
}

/** mtlint's counted findings as scorable errors; their MQM severity comes from the finding. */
type ScoredFinding = EvalFinding & Pick<Scorable, 'mqmSeverity' | 'category'>;

/** The items that start in `[start, end)`, moved to offsets relative to `start`. */
function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((i) => i.start >= start && i.start < end).map((i) => ({ ...i, start: i.start - start, end: i.end - start }));
}

/** Scores the fixture and its paragraphs from findings and from gold, and correlates the two. */
export function calibrate(text: string, gold: Gold, findings: readonly ScoredFinding[], paragraphs: readonly Paragraph[]): Calibration {
  const errors = goldErrors(gold.spans, paragraphs);
  // The findings carry no suggestions here: only the penalty is compared, not the post-editing effort.
  const predictedErrors = countedFindings(findings).map(({ start, end, category, mqmSeverity }) => ({ start, end, category, mqmSeverity }));
  // A clean fixture's gold scores are all 100: nothing to correlate, so its paragraphs are not scored.
  const rows = gold.spans.length === 0 ? [] : paragraphs.map((p) => {
    const slice = text.slice(p.start, p.end);
    const predicted = score(slice, within(predictedErrors, p.start, p.end));
    return { start: p.start, end: p.end, words: predicted.words, predicted: predicted.score, gold: score(slice, within(errors, p.start, p.end)).score };
  });
  return {
    predicted: score(text, predictedErrors).score,
    gold: score(text, errors).score,
    correlation: correlate(rows.map((r) => r.predicted), rows.map((r) => r.gold)),
    paragraphs: rows,
  };
}

function correlate(x: readonly number[], y: readonly number[]): Calibration['correlation'] {
  const varies = (v: readonly number[]) => v.some((n) => n !== v[0]);
  if (x.length < 2 || !varies(x) || !varies(y)) return null;
  return { paragraphs: x.length, pearson: sampleCorrelation([...x], [...y]), kendall: kendallTauB(x, y) };
}

/**
 * Kendall's τ-b, which allows for ties (most paragraphs score 100 on both sides):
 * (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)), n₀ = n(n − 1)/2, n₁ and n₂ the pairs tied in x and in y.
 * O(n²), fine for a few hundred paragraphs. NaN when either side is constant.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx !== 0 && dy !== 0) {
        if (dx === dy) concordant++;
        else discordant++;
      }
    }
  }
  const pairs = (x.length * (x.length - 1)) / 2;
  return (concordant - discordant) / Math.sqrt((pairs - tiedX) * (pairs - tiedY));
}
