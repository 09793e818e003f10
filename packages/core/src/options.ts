import { LEVELS, type Level, type MqmSeverity, type Rule } from '@mtlint/engine';

/** A rule's setting: a level, or a level with options. */
export type RuleSetting = Level | [Level, Record<string, unknown>];

export interface LintOptions {
  /** Per-rule levels; rules not named keep their default (recommended rules on, others off). */
  rules?: Readonly<Record<string, RuleSetting>>;
}

export interface ScoreOptions {
  /** Penalty per finding by MQM severity; default minor 1, major 5, critical 25. */
  weights?: Partial<Record<MqmSeverity, number>>;
}

/** Thrown for options that name an unknown rule, level or weight; `path` is the offending key path. */
export class MtlintConfigError extends Error {
  override name = 'MtlintConfigError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export function validateRuleSettings(settings: Readonly<Record<string, RuleSetting>>, known: ReadonlyMap<string, Rule>): void {
  for (const [id, setting] of Object.entries(settings)) {
    if (!known.has(id)) {
      throw new MtlintConfigError(`unknown rule "${id}"; run \`mtlint rules\` for the list`, `rules.${id}`);
    }
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (!LEVELS.includes(level)) {
      throw new MtlintConfigError(`rules.${id}: level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`, `rules.${id}`);
    }
  }
}
