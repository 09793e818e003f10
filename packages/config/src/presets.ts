import type { RuleSetting } from './rule-setting.js';

/**
 * Presets: rule levels a config extends.
 *
 * - `recommended`: every recommended rule at its default level (major → error, minor → warning,
 *   low confidence → info).
 * - `strict`: every rule at `error`, hints included: for texts that must come out clean.
 * - `de`, `ru`, `zh`: the source language is known. Artifacts that language produces become errors;
 *   rules whose artifact that language cannot produce are turned off, which removes their false alarms.
 *
 * The source-language presets are data (rule ids checked against the catalogue by a test); `strict`
 * covers whatever rules exist, so a new rule needs no edit here.
 */
const SOURCE_PRESETS = {
  // German: verb-final orders, participles at the end, capitalised nouns, hyphenated name compounds,
  // a comma before every subordinate clause.
  de: {
    'capitalized-common-noun': 'error',
    'comma-before-that': 'error',
    'hyphenated-name-compound': 'error',
    'participle-after-object': 'error',
    'verb-final-clause': 'error',
  },
  // Russian: a comma before every clause, "вы" rendered as "you"; no capitalised common nouns, no
  // hyphenated name compounds, no perfect tense with its participle at the end.
  ru: {
    'comma-before-that': 'error',
    'second-person-in-report': 'error',
    'capitalized-common-noun': 'off',
    'hyphenated-name-compound': 'off',
    'participle-after-object': 'off',
  },
  // Chinese: the honorific "您" rendered as "you"; no capitals, no inflected participles and no
  // hyphens between words in the source.
  zh: {
    'second-person-in-report': 'error',
    'capitalized-common-noun': 'off',
    'hyphenated-name-compound': 'off',
    'participle-after-object': 'off',
  },
} as const satisfies Record<string, Record<string, RuleSetting>>;

export const PRESET_NAMES = ['recommended', 'strict', ...(Object.keys(SOURCE_PRESETS) as (keyof typeof SOURCE_PRESETS)[])] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The rule settings a preset stands for, given the ids of every rule that exists. */
export function presetRules(name: PresetName, ruleIds: readonly string[]): Record<string, RuleSetting> {
  if (name === 'recommended') return {};
  if (name === 'strict') return Object.fromEntries(ruleIds.map((id) => [id, 'error' as const]));
  return { ...SOURCE_PRESETS[name] };
}

