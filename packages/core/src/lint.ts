import { runRules, runRulesInSteps, type Finding, type RuleStep } from '@mtlint/engine';
import { loadTables, type Document } from '@mtlint/text';
import { checkOptions, type CheckedOptions, type LintOptions } from './options.js';
import { parseForLint } from './parse.js';

export { rules } from './catalogue.js';

/**
 * Loads the word tables the rules read (the lexicon, word senses, verb forms, capitalised words), so that `lint`,
 * `score` and `lintFile` can run synchronously afterwards. Needed once before the first lint where the tables
 * cannot be read from disk — a browser page or Worker, a bundle that left `@mtlint/text`'s tables behind — and
 * harmless elsewhere: in Node the tables are read from their files when a lint first needs them.
 *
 * @example
 * await load();
 * lint('The opposition, the new budget attacked.')[0].ruleId // 'verb-final-clause'
 */
export const load = (): Promise<void> => loadTables();

/** The text argument of an entry point, checked: a caller passing `undefined` or a number gets a TypeError naming it. */
export function checkText(text: unknown, fn: string, name = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: ${name} must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}`);
  }
}

/**
 * Lints a text and returns its findings in text order, offsets in UTF-16 code units. With no options the
 * recommended rules run at their default levels. A report a rule got wrong is dropped (and passed to
 * `options.onProblem`).
 *
 * @example
 * lint('The opposition, the new budget attacked.')[0].ruleId // 'verb-final-clause'
 * @throws {TypeError} when `text` is not a string.
 * @throws {MtlintConfigError} for bad options (see {@link validateOptions}).
 * @throws {RuleError} naming the rule when a rule's detector throws.
 */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  checkText(text, 'lint');
  return lintDocument(parseForLint(text), checkOptions(options));
}

/** Lints a text with options already checked. */
export const lintChecked = (text: string, checked: Pick<CheckedOptions, 'active' | 'onProblem'>): Finding[] => lintDocument(parseForLint(text), checked);

/** Lints an already parsed document with checked options (so that `score` parses a text once). */
export function lintDocument(doc: Document, { active, onProblem }: Pick<CheckedOptions, 'active' | 'onProblem'>): Finding[] {
  return runRules(doc, active, onProblem ? { onProblem } : {});
}

/** A `[start, end)` range of UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What `lintInSteps` returns: the text's sentences, and its findings a stretch at a time. */
export interface SteppedLint {
  /**
   * The sentences as `lint` and `score` split the text (the spans of `score`'s segments), in order. Reading them
   * parses the text, if the steps have not yet.
   */
  readonly sentences: readonly TextSpan[];
  /**
   * Lints the next stretch of about `stepLength` code units of sentences on each `next()`. A step's
   * findings are final, sorted, and start before its `linted` offset and at or after the previous
   * step's; all the steps' findings joined are exactly what `lint` returns.
   */
  steps: Generator<RuleStep, void, undefined>;
}

/**
 * `lint` a stretch of text at a time, for an app that shows the first findings of a long text while
 * the rest is linted. The options are checked at once. The text is parsed at the first step, a step of its
 * own (about 0.3–0.7 s for 1 MB, which an app that turns its event loop between steps then does not spend
 * before it can), unless `sentences` was read first, which parses it then; the rules that compare
 * sentences across the document run next, one per step. These steps have no findings and `linted` 0.
 *
 * @example
 * for (const step of lintInSteps(text).steps) show(step.findings, step.linted / text.length);
 * @throws as `lint` does; {@link RuleError} when the step that runs the rule is taken.
 */
export function lintInSteps(text: string, options: LintOptions = {}, stepLength?: number): SteppedLint {
  checkText(text, 'lintInSteps');
  return lintCheckedInSteps(text, checkOptions(options), stepLength, 'lintInSteps');
}

/** {@link lintInSteps} with options already checked; `fn` names the entry point in a TypeError. */
export function lintCheckedInSteps(text: string, { active, onProblem }: Pick<CheckedOptions, 'active' | 'onProblem'>, stepLength: number | undefined, fn: string): SteppedLint {
  checkStepLength(stepLength, fn);
  const options = { ...(stepLength === undefined ? {} : { stepLength }), ...(onProblem ? { onProblem } : {}) };
  let doc: Document | undefined;
  let sentences: TextSpan[] | undefined;
  return {
    get sentences() {
      doc ??= parseForLint(text);
      return (sentences ??= doc.sentences.map(({ start, end }) => ({ start, end })));
    },
    steps: (function* () {
      if (!doc) {
        doc = parseForLint(text);
        yield { findings: [], linted: 0 };
      }
      yield* runRulesInSteps(doc, active, options);
    })(),
  };
}

/** A step length is a number above 0, or undefined for the engine's default; `fn` names the entry point. */
export function checkStepLength(stepLength: unknown, fn: string): void {
  if (stepLength !== undefined && !(typeof stepLength === 'number' && stepLength > 0)) {
    throw new TypeError(`${fn}: stepLength must be a number above 0, got ${JSON.stringify(stepLength)}`);
  }
}
