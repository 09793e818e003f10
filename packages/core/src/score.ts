import { applySuggestions, type Category, type MqmSeverity, type Suggestion } from '@mtlint/engine';
import { countWords, type Document, type Sentence } from '@mtlint/text';
import { distance } from 'fastest-levenshtein';
import { lintDocument } from './lint.js';
import { resolvePerWords, resolveWeights, validateOptionKeys, type ScoreOptions } from './options.js';
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
 * score('The opposition, the new budget attacked.').score // 80: one major error in five words
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
 * @throws {TypeError} for an item without a known `mqmSeverity`, an integer `start`, or a valid `share`.
 */
export function score(text: string, findings: readonly Scorable[], options?: ScoreOptions): Score;
export function score(text: string, second?: readonly Scorable[] | ScoreOptions, third?: ScoreOptions): Score {
  if (Array.isArray(second)) {
    const options = third ?? {};
    validateOptionKeys(options);
    return scoreParsed(parseForScore(text), second, options);
  }
  const options = (second ?? {}) as ScoreOptions;
  const doc = parseForScore(text);
  return scoreParsed(doc, lintDocument(doc, options), options);
}

/** Findings come from callers (gold files, JSON reports): one that cannot be weighed must not turn the score into NaN. */
function checkScorable(f: Scorable, i: number): void {
  if (!MQM_SEVERITIES.includes(f?.mqmSeverity)) {
    throw new TypeError(`findings[${i}].mqmSeverity must be minor, major or critical, got ${JSON.stringify(f?.mqmSeverity)}`);
  }
  if (!Number.isInteger(f.start)) throw new TypeError(`findings[${i}].start must be an integer offset, got ${JSON.stringify(f.start)}`);
  if (f.share !== undefined && !(Number.isFinite(f.share) && f.share >= 0)) {
    throw new TypeError(`findings[${i}].share must be a finite number of zero or more, got ${JSON.stringify(f.share)}`);
  }
}

function scoreParsed(doc: Document, findings: readonly Scorable[], options: ScoreOptions): Score {
  findings.forEach(checkScorable);
  const weights = resolveWeights(options.weights);
  const normalisation = { perWords: resolvePerWords(options.perWords) };
  const counted = findings.filter((f) => f.severity !== 'info');
  const bySentence = groupBySentence(doc.sentences, counted);
  // Each edit is measured in the sentence where it starts, which need not be where its finding starts.
  const editsBySentence = groupBySentence(doc.sentences, counted.flatMap((f) => f.suggestions?.slice(0, 1) ?? []));
  const byCategory: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  for (const f of counted) {
    const weight = weightOfItem(weights, f);
    byCategory[f.category] = tidy((byCategory[f.category] ?? 0) + weight);
    if (f.ruleId) byRule[f.ruleId] = tidy((byRule[f.ruleId] ?? 0) + weight);
  }
  const segments = doc.sentences.map((s, i) => scoreSentence(doc, s, bySentence[i]!, editsBySentence[i]!, weights, normalisation));
  const editDistance = segments.reduce((n, s) => n + s.effort.distance, 0);
  // countWords counts sentence by sentence, so the segments' words add up to the document's.
  const words = segments.reduce((n, s) => n + s.words, 0);
  const penalty = tidy(penaltyOf(counted, weights));
  return {
    score: scoreFromPenalty(penalty, words, normalisation),
    penalty,
    words,
    byCategory,
    byRule,
    segments,
    effort: { distance: editDistance, perCharacter: ratio(editDistance, doc.text.length) },
  };
}

function scoreSentence(
  doc: Document,
  sentence: Sentence,
  errors: readonly Scorable[],
  edits: readonly Suggestion[],
  weights: Weights,
  normalisation: ScoreNormalisation,
): SegmentScore {
  const words = countWords({ sentences: [sentence] });
  const penalty = tidy(penaltyOf(errors, weights));
  // An edit reaching past the sentence end (rare) is measured on the sentence extended to its end; one past the
  // text's end is skipped by applySuggestions and extends nothing.
  const end = edits.reduce((e, s) => (s.end <= doc.text.length ? Math.max(e, s.end) : e), sentence.end);
  const before = doc.text.slice(sentence.start, end);
  const after = applySuggestions(before, edits.map((s) => ({ ...s, start: s.start - sentence.start, end: s.end - sentence.start })));
  const editDistance = before === after ? 0 : distance(before, after);
  return {
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    words,
    penalty,
    score: scoreFromPenalty(penalty, words, normalisation),
    effort: { distance: editDistance, perCharacter: ratio(editDistance, sentence.end - sentence.start) },
  };
}

/** Items (errors, edits) per sentence, by the sentence their start falls in (before the first sentence: the first). */
function groupBySentence<T extends { start: number }>(sentences: readonly Sentence[], items: readonly T[]): T[][] {
  const groups: T[][] = sentences.map(() => []);
  if (sentences.length === 0) return groups;
  for (const f of items) {
    // Binary search for the last sentence starting at or before the error.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= f.start) lo = mid;
      else hi = mid - 1;
    }
    groups[lo]!.push(f);
  }
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
  validateOptionKeys(options);
  findings.forEach(checkScorable);
  return tidy(penaltyOf(findings.filter((f) => f.severity !== 'info'), resolveWeights(options.weights)));
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
  const perWords = resolvePerWords(options.perWords);
  if (!Number.isFinite(penalty)) throw new TypeError(`penalty must be a finite number, got ${penalty}`);
  if (!(Number.isFinite(words) && words >= 0)) throw new TypeError(`words must be a finite number of zero or more, got ${words}`);
  const score = 100 - (perWords * Math.max(penalty, 0)) / Math.max(words, 1);
  return Math.round(Math.max(0, score) * 100) / 100;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

// Sums of weights such as 0.1 pick up binary noise (0.30000000000000004); six decimals are plenty.
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
