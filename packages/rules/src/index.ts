import type { Rule } from '@mtlint/engine';
import capitalizedCommonNoun from './rules/capitalized-common-noun/rule.js';
import commaBeforeThat from './rules/comma-before-that/rule.js';
import participleAfterObject from './rules/participle-after-object/rule.js';
import unclosedParenthetical from './rules/unclosed-parenthetical/rule.js';
import verbFinalClause from './rules/verb-final-clause/rule.js';

/** The rule catalogue, alphabetical by id. Adding a rule is one folder and one line here. */
export const rules: readonly Rule[] = [
  capitalizedCommonNoun,
  commaBeforeThat,
  participleAfterObject,
  unclosedParenthetical,
  verbFinalClause,
];
