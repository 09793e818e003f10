import type { Category, Finding, MqmSeverity } from '@mtlint/engine';
import { countWords, parseDocument } from '@mtlint/text';
import type { ScoreOptions } from './options.js';

export const DEFAULT_WEIGHTS: Readonly<Record<MqmSeverity, number>> = { minor: 1, major: 5, critical: 25 };

/** Something that carries an MQM severity: a finding, or a gold annotation. */
export interface Scorable {
  mqmSeverity: MqmSeverity;
  category: Category | string;
  ruleId?: string;
}

export interface Score {
  /** 0–100: `max(0, 100 − 100 × penalty / words)`. */
  score: number;
  /** Sum of the severity weights of the counted findings. */
  penalty: number;
  words: number;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
}

/**
 * MQM-style document score: each finding weighs by its severity, the penalty is summed and
 * normalised per word: `max(0, 100 − 100 × penalty / words)`. One major error (5 points) in a
 * 100-word text costs 5 points of score, which matches the per-100-words reading of MQM scorecards.
 * `info` findings are hints and do not count.
 */
export function score(text: string, findings: readonly (Scorable & { severity?: string })[], options: ScoreOptions = {}): Score {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const words = countWords(parseDocument(text));
  const byCategory: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  let penalty = 0;
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const weight = weights[f.mqmSeverity];
    penalty += weight;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + weight;
    if (f.ruleId) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + weight;
  }
  const value = words === 0 ? 100 : Math.max(0, 100 - (100 * penalty) / words);
  return { score: Math.round(value * 100) / 100, penalty, words, byCategory, byRule };
}
