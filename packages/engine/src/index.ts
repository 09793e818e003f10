export * from './types.js';
export { defineRule } from './define-rule.js';
export { applySuggestions, firstSuggestions } from './suggestions.js';
export { runRules, resolveOverlaps, defaultLevel, INFO_CONFIDENCE, type ActiveRule } from './run.js';
