/**
 * Thrown for options or a rule definition that cannot be used: an unknown option, rule, level, preset or
 * severity, a malformed rule setting or rule option, or a custom rule that is not one. `path` is the
 * offending key path, such as `rules.word-echo`, `weights.major` or `meta.category`, and starts the message.
 */
export class MtlintConfigError extends Error {
  override name = 'MtlintConfigError';
  constructor(
    message: string,
    /** The key path of the offending option: `rules.<id>`, `weights.<severity>`, `customRules.<n>`, `meta.<field>` */
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/**
 * A rule's detector threw: the linter names the rule, so that a broken third-party rule is found at
 * once. The rule's own error is `cause`.
 */
export class RuleError extends Error {
  override name = 'RuleError';
  constructor(
    /** The id of the rule that threw. */
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
