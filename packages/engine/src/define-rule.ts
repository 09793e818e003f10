import { CATEGORIES, type Rule } from './types.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Checks a rule's metadata and returns it unchanged; throws on a malformed rule. The rule's id keeps its
 * literal type (`Rule<'per-email'>`), so a catalogue can name its ids as a union.
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  const { meta } = rule;
  if (!ID.test(meta.id)) throw new TypeError(`rule id "${meta.id}" must be kebab-case`);
  if (!(CATEGORIES as readonly string[]).includes(meta.category)) {
    throw new TypeError(`rule ${meta.id}: unknown category "${meta.category}"`);
  }
  if (!(meta.confidence >= 0 && meta.confidence <= 1)) throw new TypeError(`rule ${meta.id}: confidence must be in [0, 1]`);
  if (!rule.detectSentence && !rule.detectDocument) throw new TypeError(`rule ${meta.id}: needs detectSentence or detectDocument`);
  return rule;
}
