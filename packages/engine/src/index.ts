export * from './types.js';
export { defineRule, ruleOptions } from './define-rule.js';
export { MtlintConfigError, RuleError } from './errors.js';
export { applySuggestions, firstSuggestions, keepLineBreaks } from './suggestions.js';
export { runRules, runRulesInSteps, resolveOverlaps, defaultLevel, INFO_CONFIDENCE, STEP_LENGTH, type ActiveRule, type RuleStep, type RunOptions } from './run.js';
export { isEnglish } from './language.js';
export { anchorsIn, meetsNeeds, type SentenceNeed } from './needs.js';
