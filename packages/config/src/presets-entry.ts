/**
 * `@mtlint/config/presets`: the presets, the config schema and how a config resolves to rule settings,
 * without config discovery. The main entry reads paths with `node:path`; this one imports nothing from
 * Node, so a browser bundle or a Web Worker (the playground) can offer the source-language presets.
 *
 * @packageDocumentation
 */
export { PRESET_NAMES, presetRules, type PresetName } from './presets.js';
export { ConfigError, validateConfig, type Known, type MtlintConfig, type RuleSetting, type WeightsSetting } from './schema.js';
export { resolveSettings, parseRuleFlag, type Settings } from './resolve.js';
