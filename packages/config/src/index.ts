export { ConfigError, validateConfig, type Known, type MtlintConfig, type RuleSetting, type WeightsSetting } from './schema.js';
export { PRESET_NAMES, presetRules, type PresetName } from './presets.js';
export { CONFIG_FILE_NAMES, configFinder, hasPackageConfig, parseConfigText, type LoadedConfig } from './discover.js';
export { resolveSettings, parseRuleFlag, type Settings } from './resolve.js';
export { starterConfig, STARTER_CONFIG_NAME } from './init.js';
