import { CATEGORIES, isEnglish, LEVELS, MtlintConfigError, ruleOptions, type Level, type MqmSeverity } from '@mtlint/engine';
import * as v from 'valibot';
import { PRESET_NAMES, type PresetName } from './presets.js';
import type { RuleSetting } from './rule-setting.js';

export type { RuleSetting };

/** Penalty weights: the name of a scheme the linter knows, or weights by severity, optionally per MQM category. */
export type WeightsSetting = string | (Partial<Record<MqmSeverity, number>> & { categories?: Record<string, Partial<Record<MqmSeverity, number>>> });

/** What the linter knows, which a config may name: its rule ids, scoring schemes and file formats. */
export interface Known {
  ruleIds: readonly string[];
  weightPresets: readonly string[];
  formatNames: readonly string[];
  /**
   * The options schema (valibot) of each rule that takes options, by id (`optionsSchema` of @mtlint/core's
   * rules); a rule without one takes none, so `[level, { "bogus": 1 }]` is refused.
   */
  optionsSchemas?: ReadonlyMap<string, v.GenericSchema<unknown, Readonly<Record<string, unknown>>>>;
}

/** A validated config file. */
export interface MtlintConfig {
  /** Presets applied in order, before `rules`. */
  extends?: PresetName[];
  rules?: Record<string, RuleSetting>;
  /** .gitignore-style patterns, relative to the config file's directory. */
  ignorePatterns?: string[];
  /** How findings become a score: the penalty weights, and the word count the penalty is normalised to. */
  scoring?: { weights?: WeightsSetting; perWords?: number };
  /** File endings (".rst") that directories expand to, and the format each is read as ("text", "markdown" …). */
  formats?: Record<string, string>;
  /** The language of the files' text: `en` or an English variant (`en-US`, `en-GB`); a file that declares its target language keeps it. */
  language?: string;
  /** The level of a disable directive that silenced nothing (ESLint's `reportUnusedDisableDirectives`); default off. */
  reportUnusedDisableDirectives?: Level;
}

/** A config that cannot be used; the message is one line: file, key path, problem, accepted values. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const list = (items: readonly string[]) => items.join(', ');
const TOP_KEYS = ['extends', 'rules', 'ignorePatterns', 'scoring', 'formats', 'language', 'reportUnusedDisableDirectives'] as const;

/**
 * The schema, built for the rule ids the linter knows (so that an unknown rule is a schema error).
 * Every message names the accepted values; the key path is added by `validateConfig`.
 */
function configSchema({ ruleIds, weightPresets, formatNames }: Known) {
  const level = v.picklist(LEVELS, (i) => `unknown level ${i.received}; accepted: ${list(LEVELS)}`);
  const setting = v.union(
    [level, v.strictTuple([level]), v.strictTuple([level, v.record(v.string(), v.unknown())], (i) => `expected [level, { options }], got ${i.received}`)],
    (i) => `expected a level (${list(LEVELS)}), [level] or [level, { options }], got ${i.received}`,
  );
  const english = v.pipe(
    v.string((i) => `expected a language tag, got ${i.received}`),
    v.check(isEnglish, (i) => `mtlint checks English: use en or an English variant (en-US, en-GB …), got ${i.received}`),
  );
  const preset = v.picklist(PRESET_NAMES, (i) => `unknown preset ${i.received}; accepted: ${list(PRESET_NAMES)}`);
  const weight = v.pipe(
    v.number((i) => `expected a number, got ${i.received}`),
    v.minValue(0, (i) => `must not be negative, got ${i.received}`),
  );
  const severityKeys = ['minor', 'major', 'critical'] as const;
  const bySeverity = { minor: v.optional(weight), major: v.optional(weight), critical: v.optional(weight) };
  const scheme = v.picklist(weightPresets, (i) => `unknown scoring scheme ${i.received}; accepted: ${list(weightPresets)}`);
  const custom = v.strictObject(
    {
      ...bySeverity,
      categories: v.optional(
        v.record(
          v.picklist(CATEGORIES, (i) => `unknown MQM category ${i.received}; accepted: ${list(CATEGORIES)}`),
          v.strictObject(bySeverity, (i) => unknownKey(i, severityKeys)),
        ),
      ),
    },
    (i) => unknownKey(i, [...severityKeys, 'categories']),
  );
  // A name or an object: chosen by the input's type, so that errors inside the object keep their path.
  const weights = v.lazy((input) => (typeof input === 'string' ? scheme : custom));
  // What @mtlint/core's `perWords` accepts, checked here so that a bad one names the config file.
  const wholeWords = (i: v.BaseIssue<unknown>) => `expected a whole number of words of 1 or more (100, 1000), got ${i.received}`;
  const perWords = v.pipe(v.number(wholeWords), v.safeInteger(wholeWords), v.minValue(1, wholeWords));
  return v.strictObject(
    {
      extends: v.optional(
        v.union([preset, v.array(preset)], (i) => `expected a preset name or a list of them (${list(PRESET_NAMES)}), got ${i.received}`),
      ),
      rules: v.optional(
        v.pipe(
          notArray('expected an object { "rule-id": level }'),
          v.record(
            v.picklist(ruleIds, (i) => `unknown rule ${i.received}; accepted: ${list(ruleIds)}`),
            setting,
            (i) => `expected an object { "rule-id": level }, got ${i.received}`,
          ),
        ),
      ),
      ignorePatterns: v.optional(
        v.array(v.string((i) => `expected a pattern string, got ${i.received}`), (i) => `expected a list of patterns, got ${i.received}`),
      ),
      scoring: v.optional(
        v.strictObject(
          {
            weights: v.optional(weights),
            perWords: v.optional(perWords),
          },
          (i) => unknownKey(i, ['weights', 'perWords']),
        ),
      ),
      formats: v.optional(
        v.pipe(
          notArray('expected an object { ".ending": format }'),
          v.record(
            v.pipe(v.string(), v.regex(/^\.[A-Za-z0-9]+$/, (i) => `a file ending is a dot and letters or digits (".rst"), got ${i.received}`)),
            v.picklist(formatNames, (i) => `unknown format ${i.received}; accepted: ${list(formatNames)}`),
            (i) => `expected an object { ".ending": format }, got ${i.received}`,
          ),
        ),
      ),
      language: v.optional(english),
      reportUnusedDisableDirectives: v.optional(v.picklist(LEVELS, (i) => `expected a level (${list(LEVELS)}), got ${i.received}`)),
    },
    (i) => unknownKey(i, TOP_KEYS),
  );
}

/** valibot's objects and records accept arrays (typeof "object"); a config never means one. */
const notArray = (expected: string) => v.custom<unknown>((x) => !Array.isArray(x), `${expected}, got Array`);

/** strictObject reports an unknown key as "expected never"; anything else is a wrong type. */
function unknownKey(issue: v.BaseIssue<unknown>, keys: readonly string[]): string {
  return issue.expected === 'never'
    ? `unknown key ${issue.received}; accepted: ${list(keys)}`
    : `expected an object, got ${issue.received}`;
}

/**
 * Checks parsed JSON against the config schema. `source` names the file in messages; `known` lists
 * the rules and scoring schemes that exist. Throws a ConfigError with the first problem as
 * `source: key.path: problem; accepted: …`.
 */
export function validateConfig(data: unknown, source: string, known: Known): MtlintConfig {
  if (Array.isArray(data)) throw new ConfigError(`${source}: expected a JSON object, got Array`);
  const parsed = v.safeParse(configSchema(known), data);
  if (parsed.success) {
    const { extends: presets, ...rest } = parsed.output;
    const config = rest as MtlintConfig;
    if (presets !== undefined) config.extends = typeof presets === 'string' ? [presets] : presets;
    checkRuleOptions(config, source, known);
    return config;
  }
  const issue = parsed.issues[0];
  const path = v.getDotPath(issue);
  // A missing key cannot happen (every key is optional), so `path` is only empty for the top level.
  throw new ConfigError(`${source}: ${path ? `${path}: ` : ''}${path ? issue.message : topLevel(issue)}`);
}

/** Each `[level, options]` checked against its rule's options schema, as @mtlint/core checks them, the file named. */
function checkRuleOptions(config: MtlintConfig, source: string, known: Known): void {
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!Array.isArray(setting) || setting[1] === undefined) continue;
    const optionsSchema = known.optionsSchemas?.get(id);
    try {
      ruleOptions({ meta: { id }, ...(optionsSchema ? { optionsSchema } : {}) }, setting[1], `rules.${id}`);
    } catch (error) {
      if (error instanceof MtlintConfigError) throw new ConfigError(`${source}: ${error.message}`);
      throw error;
    }
  }
}

function topLevel(issue: v.BaseIssue<unknown>): string {
  return issue.expected === 'never' ? issue.message : `expected a JSON object, got ${issue.received}`;
}
