import type { MqmSeverity } from '@mtlint/engine';
import { deepFreeze } from './freeze.js';

export { MQM_SEVERITIES } from '@mtlint/engine';

/** Penalty points per error, by MQM severity. */
export type SeverityWeights = Readonly<Record<MqmSeverity, number>>;

/** A scoring scheme: penalty points by severity, optionally overridden for some MQM categories. */
export interface Weights extends SeverityWeights {
  /**
   * Per-category overrides, keyed by MQM category (`fluency/punctuation`): Google's MQM, for one, counts a
   * minor punctuation error as 0.1 instead of 1.
   */
  readonly categories?: Readonly<Record<string, Partial<SeverityWeights>>>;
}

/**
 * The scoring schemes in common use, by name; pass a name as `weights` in {@link ScoreOptions}.
 *
 * - `mqm` (the default): minor 1, major 5, critical 25, the MQM / TAUS DQF scorecard weights.
 * - `google-mqm`: Google's MQM as used for the WMT human evaluations (Freitag et al., 2021): minor 1,
 *   major 5, a minor punctuation error 0.1, and 25 for the worst (non-translation), which mtlint calls critical.
 * - `xcomet`: the weights xCOMET turns its error spans into a score with (Guerreiro et al., 2023):
 *   minor 1, major 5, critical 10.
 */
export const WEIGHT_PRESETS = deepFreeze({
  mqm: { minor: 1, major: 5, critical: 25 },
  'google-mqm': { minor: 1, major: 5, critical: 25, categories: { 'fluency/punctuation': { minor: 0.1 } } },
  xcomet: { minor: 1, major: 5, critical: 10 },
} as const satisfies Readonly<Record<string, Weights>>);

/** The name of a scoring scheme in {@link WEIGHT_PRESETS}. */
export type WeightPreset = keyof typeof WEIGHT_PRESETS;

/** The weights `score` uses when none are given: minor 1, major 5, critical 25. Frozen, as every preset is. */
export const DEFAULT_WEIGHTS: Weights = WEIGHT_PRESETS.mqm;

/** The penalty of one error of this severity and category under these weights. */
export function weightOf(weights: Weights, severity: MqmSeverity, category: string): number {
  return weights.categories?.[category]?.[severity] ?? weights[severity];
}
