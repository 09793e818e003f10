import type { Finding } from '@mtlint/core';
import { formatters, locate, type FileResult, type Styler } from '@mtlint/report';
import pc from 'picocolors';
import { COMMANDS, parseCli, UsageError, type CliArgs } from './args.js';
import { decodeText } from './decode.js';
import { expandTargets, type Target } from './files.js';
import { helpText } from './help.js';
import { nodeIo, type Io } from './io.js';
import { formatRulesJson, formatRulesTable } from './rules-table.js';
import { nearest } from './suggest.js';

export type ExitCode = 0 | 1 | 2;

export interface RunEnv {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** The version `--version` prints. */
  version: string;
  /** Colour when neither --color nor --no-color is given (the caller decides: TTY and no NO_COLOR). */
  color: boolean;
  io?: Io;
  /** The linter; @mtlint/core (loaded on first use) when omitted. Tests pass a stub to be independent of the rules. */
  linter?: Linter;
}

/** Everything a run produces; the caller writes it and exits. */
export interface RunResult {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
}

/**
 * The whole `mtlint` command as a function: arguments in, output and exit code out. It reads files
 * through `env.io` but writes nothing and never exits, so tests can call it directly; bin.ts is the
 * only module that touches the process.
 */
export async function run(argv: readonly string[], env: RunEnv): Promise<RunResult> {
  const err: string[] = [];
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { exitCode: 2, stdout: '', stderr: `mtlint: ${e.message}\n` };
  }
  const style: Styler = pc.createColors(args.color ?? env.color);

  if (args.version) return { exitCode: 0, stdout: `${env.version}\n`, stderr: '' };
  if (args.command === 'help') return { exitCode: 0, stdout: helpText(args.positionals[0] as CliArgs['command']), stderr: '' };
  if (args.help) return { exitCode: 0, stdout: helpText(args.commandGiven ? args.command : undefined), stderr: '' };
  // The linter (and its lexicons) is loaded only by the commands that use it: --help and --version stay fast.
  const core = env.linter ?? (await import('@mtlint/core'));
  if (args.command === 'rules') {
    const metas = [...core.rules.values()].map((r) => r.meta);
    return { exitCode: 0, stdout: args.format === 'json' ? formatRulesJson(metas) : formatRulesTable(metas, style), stderr: '' };
  }

  // lint
  if (args.positionals.length === 0) {
    return { exitCode: 2, stdout: '', stderr: "mtlint: no files given; try 'mtlint --help'\n" };
  }
  const io = env.io ?? nodeIo;
  const { targets, problems } = expandTargets(args.positionals, env.cwd, io);
  for (const p of problems) {
    // `mtlint lnit file.txt`: the first word was meant as a command, not a file.
    const command = !args.commandGiven && p.file === args.positionals[0] && /^[a-z]+$/i.test(p.file) && nearest(p.file, COMMANDS);
    err.push(command ? `mtlint: unknown command or file '${p.file}'; did you mean '${command}'?` : `mtlint: ${p.file}: ${p.problem}`);
  }
  let failed = problems.length > 0;
  const results: FileResult[] = [];
  for (const target of targets) {
    const outcome = lintTarget(target, io, core, args.debug);
    if (outcome.warning) err.push(`mtlint: warning: ${target.display}: ${outcome.warning}`);
    if ('problem' in outcome) {
      err.push(`mtlint: ${target.display}: ${outcome.problem}`);
      if (outcome.stack) err.push(outcome.stack);
      failed = true;
    } else results.push(outcome.result);
  }

  const formatter = formatters[args.format];
  const stdout = results.length === 0 && args.format !== 'json' ? '' : formatter(results, { style });
  const hasErrors = results.some((r) => r.errorCount > 0);
  const exitCode: ExitCode = failed ? 2 : hasErrors ? 1 : 0;
  return { exitCode, stdout, stderr: err.map((l) => l + '\n').join('') };
}

/** The parts of @mtlint/core the commands use. */
export type Linter = Pick<typeof import('@mtlint/core'), 'lint' | 'score' | 'rules'>;

type Outcome = ({ result: FileResult } | { problem: string; stack?: string }) & { warning?: string };

/** Reads, decodes, lints, scores and locates one file. */
export function lintTarget(target: Target, io: Io, core: Linter, debug = false): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(target.path);
  } catch (e) {
    return { problem: `cannot read: ${describeFsError(e)}`, ...(debug ? { stack: stackOf(e) } : {}) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  const { text, offset } = decoded;
  const warning = text.length === 0 ? 'file is empty' : undefined;
  try {
    const findings = core.lint(text);
    const { score: value } = core.score(text, findings);
    const result = locate(target.display, text, findings, { score: value });
    if (offset) result.findings = result.findings.map((f) => shift(f, offset));
    return { result, ...(warning ? { warning } : {}) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      problem: `internal error while linting: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}`,
      ...(debug ? { stack: stackOf(e) } : {}),
    };
  }
}

/** Moves a finding's offsets (not its line and column) by `by` UTF-16 units; see decode.ts on BOMs. */
function shift<F extends Finding>(f: F, by: number): F {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
  };
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

const stackOf = (e: unknown) => (e instanceof Error && e.stack ? e.stack : String(e));

