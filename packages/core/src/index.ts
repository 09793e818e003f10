/**
 * mtlint's public API: find the artifacts of machine translation in English text, score the text
 * MQM-style and apply the suggested corrections. Pure functions: no file system, no console, no globals.
 *
 * @packageDocumentation
 */
import type { Finding as EngineFinding } from '@mtlint/engine';
import type { RuleId } from '@mtlint/rules';

export { lint, lintInSteps, load, rules, type SteppedLint, type TextSpan } from './lint.js';
export { score, scoreFromPenalty, findingsPenalty, type Score, type SegmentScore, type Effort, type Scorable, type ScoreNormalisation } from './score.js';
export { WEIGHT_PRESETS, DEFAULT_WEIGHTS, MQM_SEVERITIES, type Weights, type SeverityWeights, type WeightPreset } from './weights.js';
export { MtlintConfigError, validateOptions, type LintOptions, type Options, type RuleSetting, type ScoreOptions } from './options.js';
export type { RuleId };
// What a custom rule's detectors are handed: the sentence with its tokens, and the document.
export type { Document, Sentence, Token, TokenKind, Tag } from '@mtlint/text';
export {
  applySuggestions, keepLineBreaks, defineRule, RuleError, CATEGORIES, LEVELS, INFO_CONFIDENCE,
  type Category, type Level, type MqmSeverity, type Rule, type RuleMeta, type RuleContext, type RuleExamples,
  type RuleProblem, type Suggestion, type Report, type RuleStep,
} from '@mtlint/engine';

/**
 * One artifact found in a text (read-only). `ruleId` is a shipped rule's id ({@link RuleId}), a bilingual
 * check's (`BILINGUAL_CHECKS` of `@mtlint/core/formats`) or a custom rule's: editors complete the shipped
 * ones, and any string is accepted.
 */
export type Finding = EngineFinding<RuleId | (string & {})>;
