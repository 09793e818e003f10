import { LEVELS, type Level, type MqmSeverity, type Rule } from '@mtlint/engine';
import { DEFAULT_WEIGHTS, MQM_SEVERITIES, WEIGHT_PRESETS, type WeightPreset, type Weights } from './weights.js';

/** A rule's setting: a level, or a level with the rule's options. */
export type RuleSetting = Level | readonly [Level, Readonly<Record<string, unknown>>];

/** Options of {@link lint}. */
export interface LintOptions {
  /** Per-rule levels by rule id; rules not named keep their default (recommended rules on, others off). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Third-party rules made with {@link defineRule}, run beside the shipped ones and set in `rules` like them. */
  customRules?: readonly Rule[];
}

/** Options of {@link score}; the `rules` are used only when `score` lints the text itself. */
export interface ScoreOptions extends LintOptions {
  /** A preset name (`mqm`, `google-mqm`, `xcomet`) or weights; missing severities keep the `mqm` weights. Default `mqm`. */
  weights?: WeightPreset | Partial<Weights>;
  /**
   * The number of words the penalty is normalised to: the score takes `perWords × penalty / words` from 100.
   * Default 100 (penalty points per 100 words: one major error in 100 words costs 5 points); 1000 is the
   * "reference word count" most MQM scorecards and TQA tools report with (one major error in 1,000 words costs
   * 5 points, so the same text scores ten times lower below 100). A whole number of 1 or more.
   */
  perWords?: number;
}

/** Every option passed to {@link lint} or {@link score}. */
export type Options = ScoreOptions;

/**
 * Thrown for options that name an unknown option, rule, level, preset or severity, give a weight that is not
 * a number of zero or more, a `perWords` that is not a whole number of 1 or more, or a custom rule that is
 * not one. `path` is the offending key path, such as `rules.word-echo` or `weights.major`, and starts the message.
 */
export class MtlintConfigError extends Error {
  override name = 'MtlintConfigError';
  constructor(
    message: string,
    /** The key path of the offending option: `rules.<id>`, `weights.<severity>`, `customRules.<n>` */
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const OPTION_KEYS: readonly string[] = ['rules', 'customRules', 'weights', 'perWords'] satisfies (keyof Options)[];

/** Checks that options are an object of known keys, so a misspelt key fails instead of being ignored. */
export function validateOptionKeys(options: unknown): void {
  if (!isRecord(options)) throw new MtlintConfigError(`must be an object, got ${options === null ? 'null' : typeof options}`, 'options');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) throw new MtlintConfigError(`unknown option; use ${OPTION_KEYS.join(', ')}`, key);
  }
}

/** Checks per-rule settings against the known rules; throws {@link MtlintConfigError} at the first bad one. */
export function validateRuleSettings(settings: unknown, known: ReadonlyMap<string, Rule>): asserts settings is Record<string, RuleSetting> {
  if (!isRecord(settings)) throw new MtlintConfigError('must be an object of rule ids', 'rules');
  for (const [id, setting] of Object.entries(settings)) {
    const path = `rules.${id}`;
    if (!known.has(id)) throw new MtlintConfigError(`unknown rule "${id}"; run \`mtlint rules\` for the list`, path);
    const level: unknown = Array.isArray(setting) ? setting[0] : setting;
    if (!LEVELS.includes(level as Level)) {
      throw new MtlintConfigError(`level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`, path);
    }
    if (Array.isArray(setting) && (setting.length !== 2 || !isRecord(setting[1]))) {
      throw new MtlintConfigError('must be a level or [level, { options }]', path);
    }
  }
}

function checkWeight(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new MtlintConfigError(`weight must be a finite number of zero or more, got ${typeof value === 'number' ? value : JSON.stringify(value)}`, path);
  }
  return value;
}

function checkSeverities(value: unknown, path: string): Partial<Record<MqmSeverity, number>> {
  if (!isRecord(value)) throw new MtlintConfigError('must be an object of severities', path);
  const out: Partial<Record<MqmSeverity, number>> = {};
  for (const [key, weight] of Object.entries(value)) {
    if (!MQM_SEVERITIES.includes(key as MqmSeverity)) {
      throw new MtlintConfigError(`unknown severity "${key}"; use ${MQM_SEVERITIES.join(', ')}`, `${path}.${key}`);
    }
    out[key as MqmSeverity] = checkWeight(weight, `${path}.${key}`);
  }
  return out;
}

/** The weights an option names or gives, completed from the defaults; throws {@link MtlintConfigError} on a bad one. */
export function resolveWeights(option: unknown): Weights {
  if (option === undefined) return DEFAULT_WEIGHTS;
  if (typeof option === 'string') {
    if (Object.hasOwn(WEIGHT_PRESETS, option)) return WEIGHT_PRESETS[option as WeightPreset];
    throw new MtlintConfigError(`unknown preset "${option}"; use ${Object.keys(WEIGHT_PRESETS).join(', ')}`, 'weights');
  }
  if (!isRecord(option)) throw new MtlintConfigError('must be a preset name or an object of weights', 'weights');
  const { categories, ...bySeverity } = option;
  const weights: { -readonly [K in keyof Weights]: Weights[K] } = { ...DEFAULT_WEIGHTS, ...checkSeverities(bySeverity, 'weights') };
  if (categories !== undefined) {
    if (!isRecord(categories)) throw new MtlintConfigError('must be an object keyed by MQM category', 'weights.categories');
    weights.categories = Object.fromEntries(
      Object.entries(categories).map(([category, w]) => [category, checkSeverities(w, `weights.categories.${category}`)]),
    );
  }
  return weights;
}

/** The words a penalty is normalised to when `perWords` is not given: penalty points per 100 words. */
export const DEFAULT_PER_WORDS = 100;

/** The `perWords` option, or its default; throws {@link MtlintConfigError} unless it is a whole number of 1 or more. */
export function resolvePerWords(option: unknown): number {
  if (option === undefined) return DEFAULT_PER_WORDS;
  if (typeof option !== 'number' || !Number.isSafeInteger(option) || option < 1) {
    const got = typeof option === 'number' ? option : JSON.stringify(option);
    throw new MtlintConfigError(`must be a whole number of words of 1 or more (100, 1000), got ${got}`, 'perWords');
  }
  return option;
}
