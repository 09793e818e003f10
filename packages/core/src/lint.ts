import { runRules, type ActiveRule, type Finding, type Rule } from '@mtlint/engine';
import { rules as catalogue } from '@mtlint/rules';
import { parseDocument, type Document } from '@mtlint/text';
import { validateRuleSettings, type LintOptions } from './options.js';

/** Every rule mtlint ships, by id. */
export const rules: ReadonlyMap<string, Rule> = new Map(catalogue.map((r) => [r.meta.id, r]));

/** The rules and levels a run uses: recommended rules at their default levels, then the options' overrides. */
export function resolveRules(options: LintOptions = {}, known: ReadonlyMap<string, Rule> = rules): ActiveRule[] {
  const settings = options.rules ?? {};
  validateRuleSettings(settings, known);
  const active: ActiveRule[] = [];
  for (const rule of known.values()) {
    const setting = settings[rule.meta.id];
    if (setting === undefined) {
      if (rule.meta.recommended !== false) active.push({ rule });
      continue;
    }
    const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (level === 'off') continue;
    active.push({ rule, level, ...(ruleOptions ? { options: ruleOptions } : {}) });
  }
  return active;
}

/** Lints a text. With no options, the recommended rules run at their default levels. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(parseDocument(text), options);
}

/** Lints an already parsed document. */
export function lintDocument(doc: Document, options: LintOptions = {}): Finding[] {
  return runRules(doc, resolveRules(options));
}
