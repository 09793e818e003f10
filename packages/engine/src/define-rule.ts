import * as v from 'valibot';
import { MtlintConfigError } from './errors.js';
import { CATEGORIES, MQM_SEVERITIES, type Rule, type RuleMeta } from './types.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A read-only set of words: a `Set` or a look-alike such as `WordSet`, but not a map (whose iterator yields pairs). */
const isWordSet = (value: unknown): boolean =>
  isRecord(value) && typeof value.has === 'function' && typeof value.get !== 'function' &&
  typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a rule's definition and returns it unchanged: a kebab-case id, a known MQM category and severity,
 * a confidence in [0, 1], a description and source hint, a detector, examples, and an options schema and
 * sentence needs if any.
 *
 * The rule's id keeps its literal type (`Rule<'per-email'>`), so a catalogue can name its ids as a union.
 *
 * @throws {MtlintConfigError} naming the offending field (`meta.category`, `detectSentence` …) and the rule.
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  const fail = (path: string, message: string): never => {
    const id: unknown = isRecord(rule) && isRecord(rule.meta) ? rule.meta.id : undefined;
    throw new MtlintConfigError(typeof id === 'string' ? `rule ${id}: ${message}` : message, path);
  };
  if (!isRecord(rule)) fail('rule', 'must be an object { meta, detectSentence | detectDocument, examples }');
  const meta: unknown = rule.meta;
  if (!isRecord(meta)) return fail('meta', 'must be an object { id, category, severity, confidence, description, sourceHint }');
  if (typeof meta.id !== 'string' || !ID.test(meta.id)) fail('meta.id', `must be kebab-case, got ${JSON.stringify(meta.id)}`);
  if (!(CATEGORIES as readonly unknown[]).includes(meta.category)) {
    fail('meta.category', `unknown MQM category ${JSON.stringify(meta.category)}; use ${CATEGORIES.join(', ')}`);
  }
  if (!(MQM_SEVERITIES as readonly unknown[]).includes(meta.severity)) {
    fail('meta.severity', `unknown severity ${JSON.stringify(meta.severity)}; use ${MQM_SEVERITIES.join(', ')}`);
  }
  if (!(typeof meta.confidence === 'number' && meta.confidence >= 0 && meta.confidence <= 1)) {
    fail('meta.confidence', `must be a number in [0, 1], got ${JSON.stringify(meta.confidence)}`);
  }
  if (!isText(meta.description)) fail('meta.description', 'must be a sentence saying what the rule catches');
  if (!isText(meta.sourceHint)) fail('meta.sourceHint', 'must name the source-language construct behind the artifact');
  for (const flag of ['fixable', 'recommended'] as const) {
    if (meta[flag] !== undefined && typeof meta[flag] !== 'boolean') fail(`meta.${flag}`, `must be true or false, got ${JSON.stringify(meta[flag])}`);
  }
  for (const detector of ['detectSentence', 'detectDocument'] as const) {
    if (rule[detector] !== undefined && typeof rule[detector] !== 'function') fail(detector, 'must be a function');
  }
  const needs: unknown = rule.needs;
  if (needs !== undefined) {
    if (!Array.isArray(needs) || !needs.every((n) => typeof n === 'function' || isWordSet(n))) {
      fail('needs', 'must be an array of word sets (lower-case) or token tests');
    }
    if (!rule.detectSentence) fail('needs', 'filters the sentences detectSentence is called on; a rule without detectSentence has none');
  }
  const anchor: unknown = rule.anchor;
  if (anchor !== undefined) {
    if (typeof anchor !== 'function' && !isWordSet(anchor)) fail('anchor', 'must be a word set (lower-case) or a token test');
    if (!rule.detectSentence) fail('anchor', 'picks the tokens detectSentence starts from; a rule without detectSentence has none');
  }
  if (!rule.detectSentence && !rule.detectDocument) fail('detectSentence', 'a rule needs detectSentence or detectDocument');
  const examples: unknown = rule.examples;
  if (!isRecord(examples) || !Array.isArray(examples.invalid) || !Array.isArray(examples.valid)) {
    fail('examples', 'must be { invalid: [{ text, output? }], valid: [text] }');
  }
  if (rule.optionsSchema !== undefined && !(isRecord(rule.optionsSchema) && rule.optionsSchema.kind === 'schema')) {
    fail('optionsSchema', 'must be a valibot schema of an object');
  }
  return rule;
}

/**
 * A rule's options checked against its `optionsSchema` (none: the rule takes no options), as the schema
 * outputs them. `path` is the setting's key path (`rules.word-echo`); an option the schema rejects
 * throws {@link MtlintConfigError} at the option's own path (`rules.word-echo.bogus`).
 */
export function ruleOptions(
  rule: Pick<Rule, 'optionsSchema'> & { meta: Pick<RuleMeta, 'id'> },
  options: unknown,
  path: string,
): Readonly<Record<string, unknown>> {
  const schema = rule.optionsSchema ?? v.strictObject({}, (issue) =>
    issue.expected === 'never' ? `unknown option; rule ${rule.meta.id} takes no options` : `expected an object of options, got ${issue.received}`,
  );
  const parsed = v.safeParse(schema, options);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const at = v.getDotPath(issue);
  throw new MtlintConfigError(issue.message, at ? `${path}.${at}` : path);
}
