export * from './types.js';
export { defineRule } from './define-rule.js';
export { applySuggestions, firstSuggestions } from './suggestions.js';
export { runRules, runRulesInSteps, resolveOverlaps, defaultLevel, INFO_CONFIDENCE, STEP_LENGTH, type ActiveRule, type RuleStep } from './run.js';
