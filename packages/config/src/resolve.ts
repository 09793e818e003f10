import { LEVELS, type Level } from '@mtlint/engine';
import { presetRules } from './presets.js';
import { ConfigError, type MtlintConfig, type RuleSetting, type WeightsSetting } from './schema.js';

/** What a run needs from a config, with presets expanded and command-line overrides applied. */
export interface Settings {
  /** For `lint(text, { rules })`. */
  rules: Record<string, RuleSetting>;
  /** For `score(text, findings, { weights })`; undefined: the linter's default. */
  weights: WeightsSetting | undefined;
  /** For `score(text, findings, { perWords })`: the word count the penalty is normalised to; undefined: the linter's default (100). */
  perWords: number | undefined;
  ignorePatterns: string[];
  /** Format names by file ending, from the config. */
  formats: Record<string, string>;
  /** For `lintFile(…, { language })`: the language of files that declare none; undefined: English (`en`). */
  language: string | undefined;
  /** The level of unused disable directives (config `reportUnusedDisableDirectives`); `off` by default. */
  unusedDirectives: Level;
}

/**
 * Applies, in order: the presets the config extends, the config's own `rules`, then the
 * command line's `--rule` overrides (which win). No config means the recommended defaults.
 */
export function resolveSettings(
  config: MtlintConfig | undefined,
  ruleIds: readonly string[],
  overrides: Readonly<Record<string, Level>> = {},
): Settings {
  const rules: Record<string, RuleSetting> = {};
  for (const preset of config?.extends ?? []) Object.assign(rules, presetRules(preset, ruleIds));
  Object.assign(rules, config?.rules, overrides);
  return {
    rules,
    weights: config?.scoring?.weights,
    perWords: config?.scoring?.perWords,
    ignorePatterns: [...(config?.ignorePatterns ?? [])],
    formats: { ...config?.formats },
    language: config?.language,
    unusedDirectives: config?.reportUnusedDisableDirectives ?? 'off',
  };
}

/** Reads one `--rule id:level` value. */
export function parseRuleFlag(value: string, ruleIds: readonly string[]): [string, Level] {
  const colon = value.lastIndexOf(':');
  const id = colon < 0 ? value : value.slice(0, colon);
  const level = colon < 0 ? '' : value.slice(colon + 1);
  if (colon < 0 || !id || !level) throw new ConfigError(`--rule '${value}': expected rule-id:level, e.g. word-echo:off`);
  if (!ruleIds.includes(id)) throw new ConfigError(`--rule '${value}': unknown rule "${id}"; accepted: ${ruleIds.join(', ')}`);
  if (!isLevel(level)) throw new ConfigError(`--rule '${value}': unknown level "${level}"; accepted: ${LEVELS.join(', ')}`);
  return [id, level];
}

const isLevel = (s: string): s is Level => (LEVELS as readonly string[]).includes(s);
