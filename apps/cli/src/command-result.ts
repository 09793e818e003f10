/**
 * What a command returns to run.ts, and what run.ts hands a command that needs the terminal: types that
 * run.ts and the command modules share, here so that run.ts imports the commands and both import this,
 * with no import going back from a command to run.ts.
 */

export type ExitCode = 0 | 1 | 2;

/** Everything a run produces; the caller writes it and exits. */
export interface RunResult {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
}

/** The process's streams, for `mtlint review` (an interactive app); other commands return their output. */
export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
