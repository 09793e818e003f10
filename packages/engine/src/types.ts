import type { Document, Sentence } from '@mtlint/text';
import type { GenericSchema } from 'valibot';
import type { SentenceNeed } from './needs.js';

/** MQM error categories used by mtlint. */
export const CATEGORIES = Object.freeze([
  'fluency/word-order',
  'fluency/grammar',
  'fluency/punctuation',
  'fluency/spelling',
  'accuracy/mistranslation',
  'style/awkward',
  'terminology/inconsistent',
  'source/residue',
  'accuracy/bilingual',
] as const);
/** An MQM error category, as `dimension/type`: one of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** MQM severity of an artifact. */
export type MqmSeverity = 'minor' | 'major' | 'critical';

/** Lint level: what a finding means for CI. `off` disables a rule. */
export type Level = 'error' | 'warning' | 'info' | 'off';
/** Every lint level, strongest first. */
export const LEVELS: readonly Level[] = Object.freeze(['error', 'warning', 'info', 'off'] as const);

/** The MQM severities, mildest first. */
export const MQM_SEVERITIES: readonly MqmSeverity[] = Object.freeze(['minor', 'major', 'critical'] as const);
export type ReportedLevel = Exclude<Level, 'off'>;

/** Replace `[start, end)` of the text with `replacement` (empty to delete, empty span to insert). */
export interface Suggestion {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/**
 * One artifact found in a text. Offsets are UTF-16 indices into the linted text. Read-only: a finding is a
 * result; to change one (its level, its offsets in a larger file), make a new object.
 */
export interface Finding<Id extends string = string> {
  readonly ruleId: Id;
  readonly category: Category;
  readonly severity: ReportedLevel;
  readonly mqmSeverity: MqmSeverity;
  /** How sure the rule is, 0–1; from its measured precision. */
  readonly confidence: number;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The source-language construct that probably produced the artifact. */
  readonly sourceHint?: string;
  /** Corrections, the best first. */
  readonly suggestions: readonly Suggestion[];
}

/** What a rule is, apart from its code: id, MQM category and severity, measured confidence, docs. */
export interface RuleMeta<Id extends string = string> {
  /** Stable id, used as a config key: kebab-case. */
  id: Id;
  category: Category;
  /** Default MQM severity of what the rule finds. */
  severity: MqmSeverity;
  /** Measured precision of the rule, 0–1; below 0.5 the default level is `info`. */
  confidence: number;
  /** One sentence: what the rule catches. */
  description: string;
  /** The source-language construct behind the artifact. */
  sourceHint: string;
  /** Whether the first suggestion may be applied without review (`--fix`). */
  fixable?: boolean;
  /** Off by default when false. */
  recommended?: boolean;
}

/** What a rule reports; the engine fills in rule id, category and levels. */
export interface Report {
  start: number;
  end: number;
  message: string;
  suggestions?: Suggestion[];
  /** Overrides the rule's default severity for this finding. */
  mqmSeverity?: MqmSeverity;
  /** Overrides the rule's default confidence for this finding. */
  confidence?: number;
}

/** What a rule's detectors get besides the sentence or document: the document and the rule's options. */
export interface RuleContext {
  doc: Document;
  /** The rule's options from the configuration, as its `optionsSchema` output them; `{}` when none are set. */
  options: Readonly<Record<string, unknown>>;
  /**
   * While the engine runs a rule with an `anchor` on a sentence: the indices of the sentence's tokens that meet it,
   * in order. Read it through `anchorsIn`, which finds them itself when a caller other than the engine left it out.
   */
  anchors?: Int32Array;
}

/** A rule's examples, run as its tests: texts it must flag (and fix), and correct texts it must leave alone. */
export interface RuleExamples {
  /** Text with the artifact, and the text after applying the first suggestion of every finding. */
  invalid: ReadonlyArray<{ text: string; output?: string; count?: number }>;
  /** Correct English the rule must not flag, chosen because a naive pattern would. */
  valid: readonly string[];
}

/** A rule: metadata, one or both detectors, and examples. Make one with `defineRule`. */
export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  /**
   * What a sentence must contain for `detectSentence` to report in it: for each need, a token that meets it (see
   * {@link SentenceNeed}). The engine calls `detectSentence` only on sentences that meet them all, so a rule about
   * a few words costs nearly nothing on the sentences without them. A need must hold of every sentence the rule
   * could report in, whatever its options: a finding in a sentence that lacks one would be lost.
   */
  needs?: readonly SentenceNeed[];
  /**
   * The tokens `detectSentence` starts its tests from, as a test of one token's spelling (the same kind of test as a
   * need): the engine calls the detector only on sentences with such a token, and hands it their indices in
   * `ctx.anchors` (read them with `anchorsIn`), worked out in the pass the needs already make over the tokens. A
   * rule that would otherwise walk every token to find the few its first test picks reads only those. Every report
   * must come from such a token's neighbourhood: a rule reads its anchors, never the tokens between them, for its
   * first test.
   */
  anchor?: SentenceNeed;
  /** Called once per sentence; reports only within that sentence, so a stepped run can hand its findings out early. */
  detectSentence?(sentence: Sentence, ctx: RuleContext): Report[];
  /** Called once per document, for rules that compare sentences. */
  detectDocument?(doc: Document, ctx: RuleContext): Report[];
  examples: RuleExamples;
  /**
   * The schema of the rule's options (a [valibot](https://valibot.dev) schema of an object), checked when a
   * run is configured: `[level, options]` that it rejects is an `MtlintConfigError` at `rules.<id>.<key>`.
   * A rule without one takes no options (`[level]` and `[level, {}]` only).
   */
  optionsSchema?: GenericSchema<unknown, Readonly<Record<string, unknown>>>;
  /** The rule's documentation in Markdown (what it catches, why MT produces it, how to fix it), where it has one. */
  docs?: string;
}

/** A report a rule made that the linter dropped (a span outside the text, an unknown severity …): which rule, and why. */
export interface RuleProblem {
  ruleId: string;
  /** One line: what was wrong with the report. */
  message: string;
}
