import { addEntries, BaselineError, filterBaselined, parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from '@mtlint/baseline';
import { ConfigError, parseRuleFlag, resolveSettings, type LoadedConfig } from '@mtlint/config';
import type { Finding, Level } from '@mtlint/core';
import { formatters, locate, summaryLine, type FileResult, type Styler } from '@mtlint/report';
import bytes from 'bytes';
import { dirname, join, relative, resolve } from 'node:path';
import type { CliArgs } from '../args.js';
import { COMMANDS } from '../args.js';
import { decodeText } from '../decode.js';
import { expandTargets, TEXT_EXTENSIONS, type Target } from '../files.js';
import type { Io } from '../io.js';
import { lintText, type Linter } from '../lint-file.js';
import { describeFsError, oneLine } from '../errors.js';
import type { ExitCode, RunResult } from '../run.js';
import { formatScores, type FileScore } from '../score-report.js';
import { configSource, ignoreMatcher, toPosix } from '../settings.js';
import { nearest } from '../suggest.js';

export interface LintEnv {
  cwd: string;
  version: string;
  io: Io;
  style: Styler;
  /** A cached lint function (--cache), else the linter's own. */
  lint?: Linter['lint'];
}

/** What one file came to: a result to report, or a problem that kept it from being linted. */
type Outcome =
  | { ok: true; result: FileResult; score: FileScore; entries: BaselineEntry[]; fixedText?: string; warning?: string }
  | { ok: false; problem: string; stack?: string };

/** The `lint`, `fix` and `score` commands: expand, read, lint, fix, filter, report, exit code. */
export async function lintCommand(args: CliArgs, env: LintEnv, core: Linter): Promise<RunResult> {
  const { cwd, io } = env;
  const fail = (line: string): RunResult => ({ exitCode: 2, stdout: '', stderr: `mtlint: ${line}\n` });
  const ruleIds = [...core.rules.keys()];
  const err: string[] = [];

  let overrides: Record<string, Level>;
  let configFor: (dir: string) => LoadedConfig | undefined;
  let baseline: { data: Baseline; dir: string } | undefined;
  let previous: Baseline | undefined;
  try {
    overrides = Object.fromEntries(args.rules.map((r) => parseRuleFlag(r, ruleIds)));
    configFor = configSource(args, cwd, io, ruleIds);
    if (args.baseline !== undefined) {
      const data = readBaseline(io, cwd, args.baseline, true)!;
      baseline = { data, dir: dirname(resolve(cwd, args.baseline)) };
    }
    // Review tallies in an existing baseline survive --write-baseline.
    if (args.writeBaseline !== undefined) previous = readBaseline(io, cwd, args.writeBaseline, false);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof BaselineError) return fail(e.message);
    throw e;
  }
  // A broken config found on the way up is reported once, and the files under it are not linted.
  const configProblems = new Set<string>();
  const tryConfigFor = (dir: string): { loaded?: LoadedConfig; problem?: string } => {
    try {
      return { loaded: configFor(dir) };
    } catch (e) {
      if (e instanceof ConfigError) return { problem: e.message };
      throw e;
    }
  };

  let targets: Target[];
  let failed = false;
  if (args.stdin) {
    const display = args.stdinFilename ?? '<stdin>';
    targets = [{ display, path: args.stdinFilename ? resolve(cwd, args.stdinFilename) : join(cwd, display) }];
  } else {
    if (args.positionals.length === 0) return fail("no files given; try 'mtlint --help'");
    const isIgnored = ignoreMatcher(args, cwd, io, (dir) => tryConfigFor(dir).loaded);
    const expanded = expandTargets(args.positionals, cwd, io, {
      isIgnored,
      extensionsFor: (dir) => [...new Set([...TEXT_EXTENSIONS, ...Object.keys(tryConfigFor(dir).loaded?.config.formats ?? {}).map((e) => e.slice(1))])],
    });
    targets = expanded.targets;
    for (const p of expanded.problems) {
      // `mtlint lnit file.txt`: the first word was meant as a command, not a file.
      const command = !args.commandGiven && p.file === args.positionals[0] && /^[a-z]+$/i.test(p.file) && nearest(p.file, COMMANDS);
      err.push(command ? `mtlint: unknown command or file '${p.file}'; did you mean '${command}'?` : `mtlint: ${p.file}: ${p.problem}`);
      failed = true;
    }
    for (const f of expanded.ignored) err.push(`mtlint: warning: ${f}: ignored by an ignore pattern; not linted`);
  }

  const results: FileResult[] = [];
  const scores: FileScore[] = [];
  let entries: BaselineEntry[] = [];
  let fixedStdin: string | undefined;
  for (const target of targets) {
    const config = tryConfigFor(dirname(target.path));
    if (config.problem !== undefined) {
      if (!configProblems.has(config.problem)) err.push(`mtlint: ${config.problem}`);
      configProblems.add(config.problem);
      failed = true;
      continue;
    }
    const settings = resolveSettings(config.loaded?.config, ruleIds, overrides);
    const outcome = lintTarget(target, args, env, core, settings, baseline);
    if (!outcome.ok) {
      err.push(`mtlint: ${target.display}: ${outcome.problem}`);
      if (outcome.stack) err.push(outcome.stack);
      failed = true;
      continue;
    }
    if (outcome.warning) err.push(`mtlint: warning: ${target.display}: ${outcome.warning}`);
    results.push(outcome.result);
    scores.push(outcome.score);
    entries = entries.concat(outcome.entries);
    if (args.stdin) fixedStdin = outcome.fixedText;
  }

  if (args.writeBaseline !== undefined) {
    const written = addEntries({ version: 1, entries: [], reviews: previous?.reviews ?? {} }, entries);
    try {
      io.writeFile(resolve(cwd, args.writeBaseline), serializeBaseline(written));
    } catch (e) {
      return fail(`${args.writeBaseline}: cannot write: ${describeFsError(e)}`);
    }
    err.push(`mtlint: wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to ${args.writeBaseline}; they will not be reported with --baseline ${args.writeBaseline}`);
  }

  // Exit code 1: error-level findings, more warnings than allowed, or a score below the minimum.
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  let gateFailed = args.command !== 'score' && errors > 0;
  if (args.command !== 'score' && args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    err.push(`mtlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings}`);
    gateFailed = true;
  }
  if (args.minScore !== undefined) {
    for (const r of results) {
      if (r.score !== undefined && r.score < args.minScore) {
        err.push(`mtlint: ${r.filePath}: score ${r.score} is below --min-score ${args.minScore}`);
        gateFailed = true;
      }
    }
  }

  const shown = args.quiet ? results.map(errorsOnly) : results;
  let report: string;
  if (args.command === 'score') report = formatScores(scores, args.format, env.style);
  // Text formats print nothing for nothing to show (--quiet with warnings only); machine formats always print a document.
  else if (!shown.some((r) => r.findings.length > 0) && (args.quiet || results.length === 0) && TEXT_FORMATS.has(args.format)) report = '';
  else report = formatters[args.format](shown, { style: env.style, rules: [...core.rules.values()].map((r) => r.meta), toolVersion: env.version });

  let stdout = report;
  if (args.stdin && args.fix && fixedStdin !== undefined) stdout = fixedStdin;
  else if (args.outputFile !== undefined) {
    try {
      io.writeFile(resolve(cwd, args.outputFile), report);
    } catch (e) {
      err.push(`mtlint: ${args.outputFile}: cannot write the report: ${describeFsError(e)}`);
      failed = true;
    }
    stdout = results.length > 0 ? summaryLine(shown, env.style) + '\n' : '';
  }
  const exitCode: ExitCode = failed ? 2 : gateFailed ? 1 : 0;
  return { exitCode, stdout, stderr: err.map((l) => l + '\n').join('') };
}

const TEXT_FORMATS = new Set(['stylish', 'compact', 'github']);

/** Reads a baseline file; a missing one is an error when `required`, else undefined. */
function readBaseline(io: Io, cwd: string, file: string, required: boolean): Baseline | undefined {
  let text: string | undefined;
  try {
    text = io.readText(resolve(cwd, file));
  } catch (e) {
    throw new BaselineError(`${file}: cannot read: ${describeFsError(e)}`);
  }
  if (text === undefined) {
    if (required) throw new BaselineError(`${file}: no such baseline file; create one with --write-baseline ${file}`);
    return undefined;
  }
  return parseBaseline(text, file);
}

/** Reads, decodes, lints (and fixes), filters by the baseline, scores and locates one file. */
function lintTarget(
  target: Target,
  args: CliArgs,
  env: LintEnv,
  core: Linter,
  settings: ReturnType<typeof resolveSettings>,
  baseline: { data: Baseline; dir: string } | undefined,
): Outcome {
  const { io } = env;
  let raw: Uint8Array;
  try {
    if (args.stdin) raw = io.readStdin();
    else {
      const size = io.size(target.path);
      if (size > args.maxFileSize) return { ok: false, problem: tooBig(size, args.maxFileSize) };
      raw = io.readFile(target.path);
    }
  } catch (e) {
    return { ok: false, problem: `cannot read: ${describeFsError(e)}`, ...(args.debug ? { stack: stackOf(e) } : {}) };
  }
  if (args.stdin && raw.length > args.maxFileSize) return { ok: false, problem: tooBig(raw.length, args.maxFileSize) };
  const decoded = decodeText(raw);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const bom = decoded.offset ? '\uFEFF' : '';
  try {
    const linted = lintText(decoded.text, settings, core, {
      fix: args.fix || args.fixDryRun,
      onlyErrors: args.quiet,
      ...(env.lint ? { lint: env.lint } : {}),
    });
    const { text } = linted;
    if (args.fix && linted.changed && !args.stdin) {
      try {
        io.writeFile(target.path, bom + text);
      } catch (e) {
        return { ok: false, problem: `cannot write the fixed file: ${describeFsError(e)}` };
      }
    }
    const toEntry = (dir: string) => {
      const file = toPosix(relative(dir, target.path));
      return (f: Finding): BaselineEntry => ({ file, ruleId: f.ruleId, text: text.slice(f.start, f.end) });
    };
    const entries = args.writeBaseline !== undefined ? linted.findings.map(toEntry(dirname(resolve(env.cwd, args.writeBaseline)))) : [];
    let kept = linted.findings;
    if (args.writeBaseline !== undefined) kept = [];
    else if (baseline) kept = filterBaselined(baseline.data, toPosix(relative(baseline.dir, target.path)), text, kept);
    const score = core.score(text, kept, { weights: settings.weights });
    const result = locate(target.display, text, kept, { score: score.score });
    if (args.fixDryRun) result.output = bom + text;
    // Offsets index the file as read, BOM included (see decode.ts); lines and columns do not count it.
    if (decoded.offset) result.findings = result.findings.map((f) => shift(f, decoded.offset));
    return {
      ok: true,
      result,
      score: { filePath: target.display, ...score },
      entries,
      ...(args.fix ? { fixedText: bom + text } : {}),
      ...(decoded.text.length === 0 ? { warning: 'file is empty' } : {}),
    };
  } catch (e) {
    const message = oneLine(e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      problem: `internal error while linting: ${message}${args.debug ? '' : ' (run with --debug for the stack trace)'}`,
      ...(args.debug ? { stack: stackOf(e) } : {}),
    };
  }
}

const tooBig = (size: number, max: number) =>
  `is ${bytes(size, { unitSeparator: ' ' })}, over the --max-file-size of ${bytes(max, { unitSeparator: ' ' })}; not linted`;

/** --quiet: only error-level findings are shown. */
function errorsOnly(r: FileResult): FileResult {
  return { ...r, findings: r.findings.filter((f) => f.severity === 'error'), warningCount: 0, infoCount: 0 };
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


const stackOf = (e: unknown) => (e instanceof Error && e.stack ? e.stack : String(e));
