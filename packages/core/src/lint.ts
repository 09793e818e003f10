import { runRules, runRulesInSteps, type ActiveRule, type Finding, type Rule, type RuleStep } from '@mtlint/engine';
import { rules as catalogue } from '@mtlint/rules';
import type { Document } from '@mtlint/text';
import { MtlintConfigError, validateOptionKeys, validateRuleSettings, type LintOptions } from './options.js';
import { parseForLint } from './parse.js';

/** Every rule mtlint ships, by id: metadata (`meta`), examples and detectors. */
export const rules: ReadonlyMap<string, Rule> = new Map(catalogue.map((r) => [r.meta.id, r]));

/** The catalogue plus the options' custom rules; a custom rule may not take a shipped rule's id. */
function knownRules(custom: readonly Rule[] | undefined): ReadonlyMap<string, Rule> {
  if (custom === undefined) return rules;
  if (!Array.isArray(custom)) throw new MtlintConfigError('must be an array of rules made with defineRule', 'customRules');
  const known = new Map(rules);
  custom.forEach((rule: Rule, i) => {
    const id: unknown = rule?.meta?.id;
    if (typeof id !== 'string') throw new MtlintConfigError('is not a rule made with defineRule', `customRules.${i}`);
    if (known.has(id)) throw new MtlintConfigError(`rule id "${id}" is already taken`, `customRules.${i}`);
    known.set(id, rule);
  });
  return known;
}

/** The rules and levels a run uses: recommended rules at their default levels, then the options' overrides. */
function resolveRules(options: LintOptions): ActiveRule[] {
  validateOptionKeys(options);
  const known = knownRules(options.customRules);
  const settings = options.rules ?? {};
  validateRuleSettings(settings, known);
  const active: ActiveRule[] = [];
  for (const rule of known.values()) {
    const setting = settings[rule.meta.id];
    if (setting === undefined) {
      if (rule.meta.recommended !== false) active.push({ rule });
      continue;
    }
    const [level, ruleOptions] = typeof setting === 'string' ? [setting, undefined] : setting;
    if (level === 'off') continue;
    active.push({ rule, level, ...(ruleOptions ? { options: ruleOptions } : {}) });
  }
  return active;
}

/**
 * Lints a text and returns its findings in text order, offsets in UTF-16 code units. With no options the
 * recommended rules run at their default levels.
 *
 * @example
 * lint('The opposition, the new budget attacked.')[0].ruleId // 'verb-final-clause'
 * @throws {MtlintConfigError} for an unknown option, rule id or level, or a malformed custom rule.
 */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(parseForLint(text), options);
}

/** Lints an already parsed document (so that `score` parses a text once). */
export function lintDocument(doc: Document, options: LintOptions = {}): Finding[] {
  return runRules(doc, resolveRules(options));
}

/** A `[start, end)` range of UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What `lintInSteps` returns: the text's sentences, and its findings a stretch at a time. */
export interface SteppedLint {
  /** The sentences as `lint` and `score` split the text (the spans of `score`'s segments), in order. */
  sentences: readonly TextSpan[];
  /**
   * Lints the next stretch of about `stepLength` code units of sentences on each `next()`. A step's
   * findings are final, sorted, and start before its `linted` offset and at or after the previous
   * step's; all the steps' findings joined are exactly what `lint` returns.
   */
  steps: Generator<RuleStep, void, undefined>;
}

/**
 * `lint` a stretch of text at a time, for an app that shows the first findings of a long text while
 * the rest is linted. The text is parsed and the options checked at once; the rules that compare
 * sentences across the document run with the first step.
 *
 * @example
 * for (const step of lintInSteps(text).steps) show(step.findings, step.linted / text.length);
 * @throws {MtlintConfigError} as `lint` does.
 */
export function lintInSteps(text: string, options: LintOptions = {}, stepLength?: number): SteppedLint {
  const active = resolveRules(options);
  const doc = parseForLint(text);
  return {
    sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
    steps: runRulesInSteps(doc, active, stepLength === undefined ? {} : { stepLength }),
  };
}
