export { lint, lintDocument, resolveRules, rules } from './lint.js';
export { score, DEFAULT_WEIGHTS, type Score, type Scorable } from './score.js';
export { MtlintConfigError, type LintOptions, type RuleSetting, type ScoreOptions } from './options.js';
export {
  applySuggestions, defineRule, CATEGORIES, LEVELS,
  type Category, type Finding, type Level, type MqmSeverity, type Rule, type RuleMeta, type Suggestion, type Report,
} from '@mtlint/engine';
