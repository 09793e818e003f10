import type { Level } from '@mtlint/engine';

/**
 * A rule's setting: a level, `[level]`, or a level with the rule's options (what `lint`'s `rules` option takes). In a
 * module of its own because the presets (data) and the schema (which names the presets) both use it: each
 * imports it from here, and the schema imports the presets, one way.
 */
export type RuleSetting = Level | [Level] | [Level, Record<string, unknown>];
