import type { Finding, Score } from '@mtlint/core';

/**
 * What the server asks of the program that runs it: how to lint a document as `mtlint lint` would.
 * The server speaks the protocol and keeps the documents; the `mtlint lsp` command supplies this, with
 * the CLI's own config lookup, ignore files, formats and inline directives, so that the editor and
 * the command line report the same findings.
 */
export interface LintHost {
  /**
   * The linting of a workspace: built at start and again whenever a config or ignore file or the
   * client's settings change. `settings` are the client's `mtlint` settings (see the README), untrusted.
   *
   * @throws an `Error` whose message is one line, for settings that cannot be used.
   */
  project(root: string | undefined, settings: unknown): Project;
  /** The base names of the files whose change means a new project: config files and ignore files. */
  readonly watchedFiles: readonly string[];
}

/** The linting of one workspace. */
export interface Project {
  /**
   * How to lint the file at `path` (absolute; for an unsaved document, a name in the workspace root
   * with the ending of its language, `formatHint`): its linter, or why it is not linted.
   */
  open(path: string, formatHint: string | undefined): FileSetup;
}

export type FileSetup =
  | { linter: DocumentLinter }
  /** An ignore pattern matches the file: it gets no diagnostics. */
  | { ignored: true }
  /** Its config cannot be used: one line, shown as a diagnostic. */
  | { problem: string };

/** A document linted a stretch at a time; each step's findings are final (see `lintFileInSteps`). */
export interface SteppedDocumentLint {
  steps: Iterator<{ findings: Finding[]; linted: number }, void>;
  /**
   * The score of findings of this text (the steps' findings), with the config's weights: counted on the text as
   * linted (a format's translatable text, unit by unit), so a finding's offsets are the file's.
   */
  score(findings: readonly Finding[]): Score;
}

/** Lints one file's text with the settings that apply to it. */
export interface DocumentLinter {
  /** The format the file is read as: `markdown`, `po`, `xliff`, `srt`, `vtt`, `json` or `text`. */
  readonly format: string;
  /** The findings as `mtlint lint` reports them, in steps; or why the text cannot be read as its format. */
  lint(text: string): SteppedDocumentLint | { problem: string; line?: number };
  /** The text `mtlint fix` would write: every fixable finding's first suggestion applied. */
  fix(text: string): string | Promise<string>;
  /**
   * Where a baseline is configured (`mtlint lsp --baseline F`): records a finding of `text` in it, so that
   * it is not reported again. Its findings are already left out of `lint`'s.
   *
   * @throws an `Error` with a one-line message when the baseline cannot be written.
   */
  addToBaseline?(text: string, finding: Finding): void;
}
