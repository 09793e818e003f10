/**
 * mtlint's public API: find the artifacts of machine translation in English text, score the text
 * MQM-style and apply the suggested corrections. Pure functions: no file system, no console, no globals.
 *
 * @packageDocumentation
 */
export { lint, lintInSteps, rules, type SteppedLint, type TextSpan } from './lint.js';
export { score, scoreFromPenalty, findingsPenalty, type Score, type SegmentScore, type Effort, type Scorable, type ScoreNormalisation } from './score.js';
export { WEIGHT_PRESETS, DEFAULT_WEIGHTS, MQM_SEVERITIES, type Weights, type SeverityWeights, type WeightPreset } from './weights.js';
export { MtlintConfigError, validateOptions, type LintOptions, type Options, type RuleSetting, type ScoreOptions } from './options.js';
export {
  applySuggestions, defineRule, RuleError, CATEGORIES, LEVELS, INFO_CONFIDENCE,
  type Category, type Finding, type Level, type MqmSeverity, type Rule, type RuleMeta, type RuleContext, type RuleExamples,
  type RuleProblem, type Suggestion, type Report, type RuleStep,
} from '@mtlint/engine';
