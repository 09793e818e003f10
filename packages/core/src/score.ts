import { applySuggestions, type Category, type MqmSeverity, type Suggestion } from '@mtlint/engine';
import { countWords, lastAtOrBefore } from '@mtlint/text';
import { distance } from 'fastest-levenshtein';
import { checkText, lintDocument } from './lint.js';
import { checkOptions, type CheckedOptions, type ScoreOptions } from './options.js';
import { parseForScore } from './parse.js';
import { MQM_SEVERITIES, weightOf, type Weights } from './weights.js';

/**
 * Anything with an MQM severity and category at a place in the text: a {@link Finding}, or a gold
 * annotation. Findings at level `info` are hints and cost nothing; a `ruleId` adds to `byRule`, and the
 * first suggestion, if any, counts towards the post-editing effort.
 */
export interface Scorable {
  mqmSeverity: MqmSeverity;
  category: Category | string;
  start: number;
  end: number;
  ruleId?: string;
  severity?: string;
  suggestions?: readonly Suggestion[];
  /**
   * How much of one error this item counts for; default 1. When the annotations of n raters are pooled, give
   * each `1 / n`: MQM averages its raters' scores, and this is that average.
   */
  share?: number;
}

/** Post-editing effort: characters changed by applying the first suggestions. */
export interface Effort {
  /** Character (UTF-16 code unit) edit distance between the text and the text with the first suggestions applied. */
  distance: number;
  /** `distance` per character of the text: 0 for untouched text, about 1 for a full rewrite. */
  perCharacter: number;
}

/** The score of one sentence. */
export interface SegmentScore {
  /** The sentence's position in the document. */
  index: number;
  /** UTF-16 offsets of the sentence in the scored text, `[start, end)`. */
  start: number;
  end: number;
  /** Word and number tokens in the sentence. */
  words: number;
  /** Summed weights of the errors that start in the sentence. */
  penalty: number;
  /** `max(0, 100 − perWords × penalty / max(words, 1))` (`perWords` 100 unless set), rounded to two decimals. */
  score: number;
  effort: Effort;
}

/** An MQM-style quality score of a text. */
export interface Score {
  /** 0–100: `max(0, 100 − perWords × penalty / max(words, 1))` (`perWords` 100 unless set), rounded to two decimals. */
  score: number;
  /** Summed weights of the counted errors (each times its `share`): the raw, un-normalised penalty. */
  penalty: number;
  /** Word and number tokens in the text. */
  words: number;
  /** Penalty by MQM category. */
  byCategory: Record<string, number>;
  /** Penalty by rule id (errors without a rule id, such as gold annotations, are not listed). */
  byRule: Record<string, number>;
  /** One score per sentence, in text order. */
  segments: SegmentScore[];
  /** Post-editing effort of the whole text: the segments' distances added up. */
  effort: Effort;
}

/**
 * Scores a text: lints it (with `options.rules`) and scores the findings.
 *
 * @example
 * score('The opposition, the new budget attacked.').score // 16.67: one major error (5 points) in six words
 * @throws {TypeError} when `text` is not a string.
 * @throws {MtlintConfigError} for bad options (see {@link validateOptions}).
 */
export function score(text: string, options?: ScoreOptions): Score;
/**
 * Scores errors found in a text: mtlint's findings, or gold annotations (any objects with `mqmSeverity`,
 * `category`, `start` and `end`), so that both are measured alike.
 *
 * The formula ({@link scoreFromPenalty}): `score = max(0, 100 − perWords × penalty / max(words, 1))`, where
 * `penalty` sums the weights of the errors (minor 1, major 5, critical 25 unless `options.weights` says
 * otherwise; `info` findings cost nothing; each times its `share`) and `perWords` is 100 unless
 * `options.perWords` says otherwise. It reads as "penalty points per 100 words, taken from 100": one major
 * error in a 100-word text costs 5 points, so texts of any length compare; `perWords: 1000` gives the
 * per-1000-words figure of MQM scorecards. Each sentence is scored the same way from the errors that start in it.
 *
 * @throws {MtlintConfigError} for an unknown option, preset or severity, a weight that is not a number of zero
 * or more, or a `perWords` that is not a whole number of 1 or more.
 * @throws {TypeError} for an item without a known `mqmSeverity`, a category, integer offsets or a valid `share`.
 * @throws {RangeError} for an item whose span `[start, end)` is not within the text.
 */
export function score(text: string, findings: readonly Scorable[], options?: ScoreOptions): Score;
export function score(text: string, second?: readonly Scorable[] | ScoreOptions, third?: ScoreOptions): Score {
  checkText(text, 'score');
  if (Array.isArray(second)) {
    const checked = checkOptions(third);
    return scoreText(text, second, checked);
  }
  const checked = checkOptions(second);
  return scoreText(text, lintDocument(parseForScore(text), checked), checked);
}

function scoreText(text: string, findings: readonly Scorable[], checked: CheckedOptions): Score {
  checkScorables(findings, text.length);
  const doc = parseForScore(text);
  const spans = doc.sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, words: countWords({ sentences: [sentence] }) }));
  const scored = scoreSpans(text, spans, findings, checked);
  return {
    ...scored,
    segments: scored.segments.map((segment, index) => ({ index, ...segment })),
    effort: effortOf(scored.segments, text.length),
  };
}

/**
 * Findings come from callers (gold files, JSON reports): one that cannot be weighed must not turn the score
 * into NaN, and one outside the text must not count.
 */
export function checkScorables(findings: unknown, length: number): asserts findings is readonly Scorable[] {
  if (!Array.isArray(findings)) throw new TypeError(`findings must be an array, got ${findings === null ? 'null' : typeof findings}`);
  findings.forEach((f: Scorable, i) => {
    if (typeof f !== 'object' || f === null) throw new TypeError(`findings[${i}] must be an object { mqmSeverity, category, start, end }, got ${JSON.stringify(f)}`);
    if (!MQM_SEVERITIES.includes(f.mqmSeverity)) {
      throw new TypeError(`findings[${i}].mqmSeverity must be minor, major or critical, got ${JSON.stringify(f.mqmSeverity)}`);
    }
    if (typeof f.category !== 'string') throw new TypeError(`findings[${i}].category must be an MQM category, got ${JSON.stringify(f.category)}`);
    if (!Number.isInteger(f.start)) throw new TypeError(`findings[${i}].start must be an integer offset, got ${JSON.stringify(f.start)}`);
    if (!Number.isInteger(f.end)) throw new TypeError(`findings[${i}].end must be an integer offset, got ${JSON.stringify(f.end)}`);
    if (f.start < 0 || f.end < f.start || f.end > length) {
      throw new RangeError(`findings[${i}]: span [${f.start}, ${f.end}) is not within the text (length ${length})`);
    }
    if (f.share !== undefined && !(Number.isFinite(f.share) && f.share >= 0)) {
      throw new TypeError(`findings[${i}].share must be a finite number of zero or more, got ${JSON.stringify(f.share)}`);
    }
  });
}

/** A stretch of the scored text to score on its own (a sentence, a file's unit), its words counted. */
export interface ScoredSpan {
  start: number;
  end: number;
  words: number;
  /**
   * Where to measure the post-editing effort, in order within the span (a unit's sentences): each edit is
   * measured in the window it starts in, so no edit distance runs over a whole long unit (a plain text file
   * is one unit). Default: the span itself.
   */
  windows?: readonly TextRange[];
}

/** A `[start, end)` range of offsets. */
interface TextRange {
  start: number;
  end: number;
}

/** A span's score, without where it stands in a list. */
export type SpanScore = Omit<SegmentScore, 'index'>;

/**
 * Scores findings over spans of `source` (sentences of a text, units of a file), findings and their first
 * suggestions in the offsets of `source`: each span from the errors and edits that start in it.
 */
export function scoreSpans(
  source: string,
  spans: readonly ScoredSpan[],
  findings: readonly Scorable[],
  { weights, perWords }: Pick<CheckedOptions, 'weights' | 'perWords'>,
): Omit<Score, 'segments' | 'effort'> & { segments: SpanScore[] } {
  const counted = findings.filter((f) => f.severity !== 'info');
  const bySpan = groupBySpan(spans, counted);
  // Each edit is measured in the span where it starts, which need not be where its finding starts.
  const editsBySpan = groupBySpan(spans, counted.flatMap((f) => f.suggestions?.slice(0, 1) ?? []));
  const byCategory: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  for (const f of counted) {
    const weight = weightOfItem(weights, f);
    byCategory[f.category] = tidy((byCategory[f.category] ?? 0) + weight);
    if (f.ruleId) byRule[f.ruleId] = tidy((byRule[f.ruleId] ?? 0) + weight);
  }
  const segments = spans.map((span, i): SpanScore => {
    const penalty = tidy(penaltyOf(bySpan[i]!, weights));
    const edits = editsBySpan[i]!;
    const windows = span.windows?.length ? span.windows : [span];
    const editsByWindow = windows.length === 1 ? [edits] : groupBySpan(windows, edits);
    const editDistance = windows.reduce((n, window, w) => n + editDistanceIn(source, window, editsByWindow[w]!), 0);
    return {
      start: span.start,
      end: span.end,
      words: span.words,
      penalty,
      score: formula(penalty, span.words, perWords),
      effort: { distance: editDistance, perCharacter: ratio(editDistance, span.end - span.start) },
    };
  });
  // The words are counted span by span, so the spans' words add up to the text's.
  const words = segments.reduce((n, s) => n + s.words, 0);
  const penalty = tidy(penaltyOf(counted, weights));
  return { score: formula(penalty, words, perWords), penalty, words, byCategory, byRule, segments };
}

/** The character edit distance the edits make to `source` in `window` (extended to the edits that reach past it). */
function editDistanceIn(source: string, window: TextRange, edits: readonly Suggestion[]): number {
  if (edits.length === 0) return 0;
  // An edit reaching past the window's end (rare) is measured on the window extended to its end; one past the
  // text's end is skipped by applySuggestions and extends nothing.
  // An edit starting before its window (before a unit's first sentence) widens it at the start.
  const end = edits.reduce((e, s) => (s.end <= source.length ? Math.max(e, s.end) : e), window.end);
  const start = edits.reduce((at, s) => Math.min(at, Math.max(s.start, 0)), window.start);
  const before = source.slice(start, end);
  const after = applySuggestions(before, edits.map((s) => ({ ...s, start: s.start - start, end: s.end - start })));
  return before === after ? 0 : distance(before, after);
}

/** The effort of the whole: the spans' distances added up, per character of `length`. */
export function effortOf(segments: readonly SpanScore[], length: number): Effort {
  const editDistance = segments.reduce((n, s) => n + s.effort.distance, 0);
  return { distance: editDistance, perCharacter: ratio(editDistance, length) };
}

/** Items (errors, edits) per span, by the span their start falls in (before the first span: the first). */
function groupBySpan<T extends { start: number }>(spans: readonly TextRange[], items: readonly T[]): T[][] {
  const groups: T[][] = spans.map(() => []);
  if (spans.length === 0) return groups;
  for (const f of items) groups[Math.max(0, lastAtOrBefore(spans, (span) => span.start, f.start))]!.push(f);
  return groups;
}

const weightOfItem = (weights: Weights, f: Scorable) => weightOf(weights, f.mqmSeverity, f.category) * (f.share ?? 1);

function penaltyOf(errors: readonly Scorable[], weights: Weights): number {
  let sum = 0;
  for (const f of errors) sum += weightOfItem(weights, f);
  return sum;
}

/**
 * The penalty points findings cost, as {@link score} counts them: each one's severity weight (by category where
 * `options.weights` says so) times its `share`; `info` findings cost nothing. A tool that lets a person fix
 * findings one by one takes this off the `penalty` of the score it has and passes the rest to
 * {@link scoreFromPenalty}, instead of scoring the text again at every step.
 *
 * @example
 * const findings = lint(text);
 * const fixed = findings.filter((f) => f.ruleId === 'comma-before-that');
 * const before = score(text, findings);
 * scoreFromPenalty(before.penalty - findingsPenalty(fixed), before.words) // the score once those are fixed
 * @throws {MtlintConfigError} for an unknown option or preset, or a weight that is not a number of zero or more.
 * @throws {TypeError} for an item without a known `mqmSeverity`, an integer `start`, or a valid `share`.
 */
export function findingsPenalty(findings: readonly Scorable[], options: ScoreOptions = {}): number {
  const { weights } = checkOptions(options);
  checkScorables(findings, Infinity);
  return tidy(penaltyOf(findings.filter((f) => f.severity !== 'info'), weights));
}

/** How {@link scoreFromPenalty} normalises a penalty: the `perWords` of {@link ScoreOptions}. */
export type ScoreNormalisation = Pick<ScoreOptions, 'perWords'>;

/**
 * The score of a penalty in a text of so many words: `max(0, 100 − perWords × penalty / max(words, 1))`,
 * rounded to two decimals, `perWords` 100 unless given, and never above 100 (a penalty below zero, such as
 * the rounding noise left by subtracting weights, scores 100). This is the formula {@link score} applies to the
 * document and to each sentence; call it to re-score a penalty you changed (errors fixed or dismissed)
 * without scoring the text again.
 *
 * At least one word is counted, so an error in a wordless segment ("—", a lone emoji) still costs its weight
 * instead of dividing by zero; the score floors at 0. There is deliberately no un-normalised mode: the raw
 * penalty (what WMT's MQM reports per segment) is already `Score.penalty` and each segment's `penalty`, and
 * `100 − penalty` would reach 0 at twenty major errors whatever the text's length.
 *
 * @example
 * scoreFromPenalty(5, 100) // 95: one major error in 100 words
 * scoreFromPenalty(5, 100, { perWords: 1000 }) // 50
 * @throws {MtlintConfigError} for a `perWords` that is not a whole number of 1 or more.
 * @throws {TypeError} for a penalty that is not a finite number, or a word count that is not one of zero or more.
 */
export function scoreFromPenalty(penalty: number, words: number, options: ScoreNormalisation = {}): number {
  const { perWords } = checkOptions(options);
  if (typeof penalty !== 'number' || !Number.isFinite(penalty)) throw new TypeError(`scoreFromPenalty: penalty must be a finite number, got ${typeof penalty === 'number' ? penalty : JSON.stringify(penalty)}`);
  if (typeof words !== 'number' || !(Number.isFinite(words) && words >= 0)) {
    throw new TypeError(`scoreFromPenalty: words must be a finite number of zero or more, got ${typeof words === 'number' ? words : JSON.stringify(words)}`);
  }
  return formula(penalty, words, perWords);
}

/** {@link scoreFromPenalty} on checked arguments. */
function formula(penalty: number, words: number, perWords: number): number {
  const score = 100 - (perWords * Math.max(penalty, 0)) / Math.max(words, 1);
  return Math.round(Math.max(0, score) * 100) / 100;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

// Sums of weights such as 0.1 pick up binary noise (0.30000000000000004); six decimals are plenty.
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
