import {
  CATEGORIES, defineRule, isEnglish, LEVELS, MQM_SEVERITIES, MtlintConfigError, ruleOptions,
  type ActiveRule, type Level, type MqmSeverity, type Rule, type RuleProblem,
} from '@mtlint/engine';
import { rules as catalogue } from './catalogue.js';
import { DEFAULT_WEIGHTS, WEIGHT_PRESETS, type WeightPreset, type Weights } from './weights.js';

export { isEnglish, MtlintConfigError };

/** A rule's setting: a level, or a level with the rule's options (`[level]` alone takes none). */
export type RuleSetting = Level | readonly [Level] | readonly [Level, Readonly<Record<string, unknown>>];

/** Options of {@link lint}. */
export interface LintOptions {
  /** Per-rule levels by rule id; rules not named keep their default (recommended rules on, others off). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Third-party rules made with {@link defineRule}, run beside the shipped ones and set in `rules` like them. */
  customRules?: readonly Rule[];
  /**
   * The language of the text: `en` or an English variant (`en-US`, `en-GB`, `en_AU` …). mtlint checks English,
   * so any other language is refused; a translation file that declares another target language is not
   * linted for fluency (see `lintFile`). Default `en`.
   */
  language?: string;
  /** Hears of each report a rule got wrong (a span outside the text, an unknown severity …), which is dropped. */
  onProblem?: (problem: RuleProblem) => void;
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

/**
 * Every option of every entry point: those of {@link lint} and {@link score}, and those `lintFile` of
 * `@mtlint/core/formats` adds (`format`, `includeFuzzy`, `includeObsolete`). One options object may be
 * passed to all of them.
 */
export interface Options extends ScoreOptions {
  /** `lintFile`: a format name (`markdown`, `po`, `xliff`, `srt`, `vtt`, `json`, `text`) instead of the one the file name implies. */
  format?: string;
  /** `lintFile`, PO: also lint entries marked `#, fuzzy`. */
  includeFuzzy?: boolean;
  /** `lintFile`, PO: also lint obsolete entries (`#~`). */
  includeObsolete?: boolean;
}

/** Options checked and resolved: the rules to run at their levels, the weights, and the rest as given. */
export interface CheckedOptions {
  /** The fluency rules that run, with their levels and checked options. */
  active: ActiveRule[];
  /** Levels set for the extra ids (`lintFile`'s bilingual checks), by id. */
  extra: ReadonlyMap<string, Level>;
  weights: Weights;
  perWords: number;
  language: string;
  onProblem: ((problem: RuleProblem) => void) | undefined;
  format: string | undefined;
  includeFuzzy: boolean;
  includeObsolete: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

const OPTION_KEYS = [
  'rules', 'customRules', 'language', 'onProblem', 'weights', 'perWords', 'format', 'includeFuzzy', 'includeObsolete',
] as const satisfies readonly (keyof Options)[];

/** The default language: mtlint checks English. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * Checks the options of any entry point (`lint`, `lintInSteps`, `score`, `findingsPenalty`,
 * `scoreFromPenalty`; `lintFile`, `lintFileInSteps` and `scoreFile` of `@mtlint/core/formats`) and returns
 * them unchanged: an object of known keys (a misspelt key fails instead of being ignored), known rule ids
 * and levels, rule options their rule's schema accepts, custom rules that `defineRule` accepts, weights of
 * known severities and MQM categories, a whole `perWords`, an English `language`, booleans for the PO flags.
 * `@mtlint/core/formats` exports the same check knowing the bilingual checks' ids too.
 *
 * @example
 * validateOptions({ rules: { 'word-echo': ['warning'] }, weights: 'google-mqm' }) // returned as given
 * @throws {MtlintConfigError} at the first bad option, its `path` the key path (`rules.word-echo.bogus`, `weights.categories.x`).
 */
export function validateOptions<T extends Options>(options: T): T {
  checkOptions(options);
  return options;
}

/** {@link validateOptions}, returning what the entry points need; `extraIds` are ids set like rules that take no options (the bilingual checks). */
export function checkOptions(options: unknown = {}, extraIds: readonly string[] = []): CheckedOptions {
  if (!isRecord(options)) throw new MtlintConfigError(`must be an object, got ${describe(options)}`, 'options');
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) throw new MtlintConfigError(`unknown option; use ${OPTION_KEYS.join(', ')}`, key);
  }
  const known = knownRules(options.customRules);
  const { active, extra } = resolveRules(options.rules, known, extraIds);
  return {
    active,
    extra,
    weights: resolveWeights(options.weights),
    perWords: resolvePerWords(options.perWords),
    language: resolveLanguage(options.language),
    onProblem: optionalFunction(options.onProblem, 'onProblem'),
    format: optionalString(options.format, 'format'),
    includeFuzzy: optionalBoolean(options.includeFuzzy, 'includeFuzzy'),
    includeObsolete: optionalBoolean(options.includeObsolete, 'includeObsolete'),
  };
}

function optionalBoolean(value: unknown, path: string): boolean {
  if (value !== undefined && typeof value !== 'boolean') throw new MtlintConfigError(`must be true or false, got ${JSON.stringify(value)}`, path);
  return value ?? false;
}

function optionalString(value: unknown, path: string): string | undefined {
  if (value !== undefined && typeof value !== 'string') throw new MtlintConfigError(`must be a string, got ${describe(value)}`, path);
  return value;
}

function optionalFunction<F>(value: unknown, path: string): F | undefined {
  if (value !== undefined && typeof value !== 'function') throw new MtlintConfigError(`must be a function, got ${describe(value)}`, path);
  return value as F | undefined;
}

function resolveLanguage(value: unknown): string {
  if (value === undefined) return DEFAULT_LANGUAGE;
  if (typeof value !== 'string' || !isEnglish(value)) {
    throw new MtlintConfigError(`mtlint checks English: use en or an English variant (en-US, en-GB …), got ${JSON.stringify(value)}`, 'language');
  }
  return value;
}

/** The catalogue plus the options' custom rules, each checked by `defineRule`; a custom rule may not take a shipped rule's id. */
function knownRules(custom: unknown): ReadonlyMap<string, Rule> {
  if (custom === undefined) return catalogue;
  if (!Array.isArray(custom)) throw new MtlintConfigError('must be an array of rules made with defineRule', 'customRules');
  const known = new Map(catalogue);
  custom.forEach((rule: Rule, i) => {
    try {
      defineRule(rule);
    } catch (error) {
      if (!(error instanceof MtlintConfigError)) throw error;
      throw new MtlintConfigError(error.message.slice(error.path.length + 2), `customRules.${i}.${error.path}`);
    }
    if (known.has(rule.meta.id)) throw new MtlintConfigError(`rule id "${rule.meta.id}" is already taken`, `customRules.${i}`);
    known.set(rule.meta.id, rule);
  });
  return known;
}

/** The rules and levels a run uses: recommended rules at their default levels, then the settings' overrides. */
function resolveRules(settings: unknown = {}, known: ReadonlyMap<string, Rule>, extraIds: readonly string[]) {
  if (!isRecord(settings)) throw new MtlintConfigError('must be an object of rule ids', 'rules');
  const chosen = new Map<string, { level: Level; options: Readonly<Record<string, unknown>> | undefined }>();
  const extra = new Map<string, Level>();
  for (const [id, setting] of Object.entries(settings)) {
    const path = `rules.${id}`;
    const rule = known.get(id);
    if (!rule && !extraIds.includes(id)) throw new MtlintConfigError(`unknown rule "${id}"; run \`mtlint rules\` for the list`, path);
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) {
      throw new MtlintConfigError('must be a level, [level] or [level, { options }]', path);
    }
    const level: unknown = Array.isArray(setting) ? setting[0] : setting;
    if (!LEVELS.includes(level as Level)) {
      throw new MtlintConfigError(`level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`, path);
    }
    const given: unknown = Array.isArray(setting) ? setting[1] : undefined;
    const target = rule ?? { meta: { id } };
    const options = given === undefined ? undefined : ruleOptions(target, given, path);
    if (rule) chosen.set(id, { level: level as Level, options });
    else extra.set(id, level as Level);
  }
  const active: ActiveRule[] = [];
  for (const rule of known.values()) {
    const setting = chosen.get(rule.meta.id);
    if (setting === undefined) {
      if (rule.meta.recommended !== false) active.push({ rule, ...withDefaults(rule) });
      continue;
    }
    if (setting.level === 'off') continue;
    active.push({ rule, level: setting.level, ...withDefaults(rule, setting.options) });
  }
  return { active, extra };
}

/** A rule's options as its schema completes them (defaults filled in), or none for a rule without a schema. */
function withDefaults(rule: Rule, options?: Readonly<Record<string, unknown>>): Pick<ActiveRule, 'options'> {
  if (options) return { options };
  return rule.optionsSchema ? { options: ruleOptions(rule, {}, `rules.${rule.meta.id}`) } : {};
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
      Object.entries(categories).map(([category, w]) => {
        const path = `weights.categories.${category}`;
        if (!(CATEGORIES as readonly string[]).includes(category)) {
          throw new MtlintConfigError(`unknown MQM category "${category}"; use ${CATEGORIES.join(', ')}`, path);
        }
        return [category, checkSeverities(w, path)];
      }),
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
