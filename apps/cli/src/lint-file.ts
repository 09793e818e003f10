import type { Settings } from '@mtlint/config';
import type { Finding } from '@mtlint/core';

/** The parts of @mtlint/core a lint run uses. */
export type Linter = Pick<typeof import('@mtlint/core'), 'lint' | 'score' | 'rules' | 'applySuggestions'>;

/** What linting one text gives. */
export interface TextLint {
  /** The findings in `text` (the fixed text when fixing). */
  findings: Finding[];
  /** The text the findings and the score refer to: the input, or the input with the fixes applied. */
  text: string;
  /** Whether fixes changed the text. */
  changed: boolean;
}

/**
 * Lints a text with the settings of its config; with `fix`, first applies the first suggestion of
 * each finding whose rule is marked fixable (in one pass, skipping overlaps), then lints the fixed
 * text again, so the findings are those that remain. `onlyErrors` (--quiet) fixes error-level
 * findings only. `lint` is the linter's lint function, possibly cached.
 */
export function lintText(
  text: string,
  settings: Pick<Settings, 'rules'>,
  core: Linter,
  options: { fix: boolean; onlyErrors?: boolean; lint?: Linter['lint'] },
): TextLint {
  const lint = options.lint ?? core.lint;
  let findings = lint(text, { rules: settings.rules });
  let fixed = text;
  if (options.fix) {
    const edits = findings
      .filter((f) => core.rules.get(f.ruleId)?.meta.fixable === true && (!options.onlyErrors || f.severity === 'error'))
      .flatMap((f) => f.suggestions.slice(0, 1));
    if (edits.length > 0) {
      fixed = keepFinalNewline(text, core.applySuggestions(text, edits));
      if (fixed !== text) findings = lint(fixed, { rules: settings.rules });
    }
  }
  return { findings, text: fixed, changed: fixed !== text };
}

const FINAL_NEWLINE = /(\r\n|\n|\r)$/;

/** A fix never adds or removes the file's final line break (an edit at the very end could). */
export function keepFinalNewline(before: string, after: string): string {
  const had = FINAL_NEWLINE.exec(before)?.[1];
  const has = FINAL_NEWLINE.exec(after)?.[1];
  if (had && !has) return after + had;
  if (!had && has) return after.slice(0, -has.length);
  return after;
}
