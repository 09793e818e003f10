import { addEntries, BaselineError, parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from '@mtlint/baseline';
import { ConfigError, parseRuleFlag, resolveSettings, type LoadedConfig, type Settings } from '@mtlint/config';
import type { Finding, Level, RuleMeta } from '@mtlint/core';
import { formatters, jsonChunks, locate, plain, sarifChunks, scoreAtPrecision, stylishFileChunks, summaryLine, type FileResult, type FormatOptions, type Styler } from '@mtlint/report';
import { plainTextComments } from '@mtlint/formats/directives';
import { decodeText } from '@mtlint/text-file';
import bytes from 'bytes';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { dirname, join, relative, resolve } from 'node:path';
import { COMMANDS, type CliArgs } from '../args.js';
import { describeFsError, oneLine } from '../errors.js';
import { cannotRead, expandTargets, type Target } from '../files.js';
import { BILINGUAL_CHECK_IDS, DIRECTORY_EXTENSIONS, formatOf } from '../format-catalogue.js';
import type { Io } from '../io.js';
import { LONG_TEXT, plainTextLintFile, runLintJob, scoreOptions, type Linter, type LinterSource, type LintJob, type LintJobResult } from '../lint-job.js';
import type { ExitCode, RunResult } from '../command-result.js';
import { formatScores, type FileScore } from '../score-report.js';
import { bilingualRuleMetas } from '../rules-table.js';
import { configSource, displayPath, ignoreMatcher, knownTo, toPosix } from '../settings.js';
import { nearest } from '../suggest.js';
import { workerCount } from '../worker-count.js';

export interface LintEnv {
  cwd: string;
  version: string;
  io: Io;
  style: Styler;
  /** Called after each file with the files done and the total (bin.ts draws a progress line on a terminal). */
  progress?: (done: number, total: number) => void;
  /** Called as a long file is linted on this thread, with the code units done and its length (a progress line too). */
  fileProgress?: (file: string, done: number, total: number) => void;
  /** Writes part of the report at once: text formats (stylish, compact, github) stream each file's lines as it is done. */
  stream?: (chunk: string) => void;
}

/** What one file came to: a result to report, or a problem that kept it from being linted. */
type Outcome =
  | { ok: true; result: FileResult; score: FileScore; entries: BaselineEntry[]; fixedText?: string; warning?: string }
  | { ok: false; problem: string; stack?: string };

/** What every file of a run shares. */
interface Context {
  args: CliArgs;
  env: LintEnv;
  core: Linter;
  baseline: { data: Baseline; dir: string } | undefined;
  /** Lints a job (of the file shown as `display`): from the cache, on a worker, or here. */
  lint: (job: LintJob, display: string) => Promise<LintJobResult>;
}

/** The `lint`, `fix` and `score` commands: expand, read, lint, fix, filter, report, exit code. */
export async function lintCommand(args: CliArgs, env: LintEnv, core: LinterSource): Promise<RunResult> {
  const { cwd, io } = env;
  const fail = (line: string): RunResult => ({ exitCode: 2, stdout: '', stderr: `mtlint: ${line}\n` });
  const ruleIds = [...core.rules.keys()];
  const known = knownTo(core);
  const err: string[] = [];

  let overrides: Record<string, Level>;
  let configFor: (dir: string) => LoadedConfig | undefined;
  let baseline: Context['baseline'];
  let previous: Baseline | undefined;
  try {
    overrides = Object.fromEntries(args.rules.map((r) => parseRuleFlag(r, known.ruleIds)));
    configFor = configSource(args, cwd, io, known);
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
  const tryConfigFor = (dir: string): { loaded?: LoadedConfig; problem?: string } => {
    try {
      return { loaded: configFor(dir) };
    } catch (e) {
      if (e instanceof ConfigError) return { problem: e.message };
      throw e;
    }
  };

  if (args.printConfig !== undefined) {
    const path = resolve(cwd, args.printConfig);
    const config = tryConfigFor(dirname(path));
    if (config.problem !== undefined) return fail(config.problem);
    const settings = resolveSettings(config.loaded?.config, ruleIds, overrides);
    return { exitCode: 0, stdout: printedConfig(args, settings, config.loaded, path, cwd), stderr: '' };
  }

  let targets: Target[];
  let failed = false;
  const isIgnored = args.ignore ? ignoreMatcher(args, cwd, io, (dir) => tryConfigFor(dir).loaded) : () => false;
  if (args.stdin) {
    const display = args.stdinFilename ?? '<stdin>';
    const path = args.stdinFilename ? resolve(cwd, args.stdinFilename) : join(cwd, display);
    // As ESLint: standard input under an ignored name is not linted, with a warning (exit 0).
    if (args.stdinFilename !== undefined && isIgnored(path)) {
      err.push(`mtlint: warning: ${display}: ignored by an ignore pattern; not linted (--no-ignore lints it)`);
      targets = [];
    } else targets = [{ display, path }];
  } else {
    if (args.positionals.length === 0) return fail("no files given; try 'mtlint --help'");
    const expanded = expandTargets(args.positionals, cwd, io, {
      isIgnored,
      extensionsFor: (dir) => [...new Set([...DIRECTORY_EXTENSIONS, ...Object.keys(tryConfigFor(dir).loaded?.config.formats ?? {}).map((e) => e.slice(1))])],
    });
    targets = expanded.targets;
    for (const p of expanded.problems) {
      // `mtlint lnt file.txt`: the first word was meant as a command, not a file.
      const command = !args.commandGiven && p.file === args.positionals[0] && /^[a-z]+$/i.test(p.file) && nearest(p.file, COMMANDS);
      err.push(command ? `mtlint: unknown command or file '${p.file}'; did you mean '${command}'?` : `mtlint: ${p.file}: ${p.problem}`);
      failed = true;
    }
    for (const f of expanded.ignored) err.push(`mtlint: warning: ${f}: ignored by an ignore pattern; not linted (--no-ignore lints it)`);
  }

  // Configs are checked here, in order, so that a broken one is reported once.
  const configProblems = new Set<string>();
  const settingsOf = targets.map((t) => {
    const config = tryConfigFor(dirname(t.path));
    if (config.problem !== undefined) return config.problem;
    return resolveSettings(config.loaded?.config, ruleIds, overrides);
  });
  // @mtlint/core/formats (Markdown, XML, PO parsers) is loaded only when a file is not plain text, or may be
  // long (its lintFileInSteps lints those a piece at a time): a file over LONG_TEXT bytes, or standard input.
  const needsFormats = settingsOf.some((s, i) => typeof s !== 'string' && formatOf(targets[i]!.path, s.formats) !== 'text');
  const mayBeLong = args.stdin || targets.some((t, i) => typeof settingsOf[i] !== 'string' && sizeOf(io, t) > LONG_TEXT);
  const formats = core.lintFile === undefined && (needsFormats || mayBeLong) ? await import('@mtlint/core/formats') : undefined;
  const linter: Linter = {
    ...core,
    lintFile: core.lintFile ?? formats?.lintFile ?? plainTextLintFile(core, BILINGUAL_CHECK_IDS),
    ...(formats ? { scoreFile: formats.scoreFile, lintFileInSteps: formats.lintFileInSteps } : {}),
    fileComments: core.fileComments ?? (needsFormats ? (await import('@mtlint/formats')).fileComments : (_, text) => plainTextComments(text)),
  };

  // The cache (node:crypto) and the pool (node:worker_threads) are loaded by the runs that use them only: each of
  // those modules adds milliseconds to the start of every other run.
  const { ResultCache } = args.cache ? await import('../cache.js') : { ResultCache: undefined };
  const cache = ResultCache?.load(io, cwd, `${env.version} ${ruleIds.join(',')}`);
  const workers = workerCount({ files: targets.length, bytes: args.concurrency === 'auto' && !args.stdin ? totalSize(io, targets) : 0 }, availableParallelism(), args.concurrency);
  const pool = workers > 0 ? new (await import('../pool.js')).LintPool(workers) : undefined;
  const lint = async (job: LintJob, display: string): Promise<LintJobResult> => {
    const key = cache && ResultCache!.key(job);
    const hit = key !== undefined ? cache!.get(key) : undefined;
    if (hit) return hit;
    const progress = env.fileProgress && ((done: number, total: number) => env.fileProgress!(display, done, total));
    const result = pool ? await pool.run(job) : await runLintJob(job, linter, progress);
    if (key !== undefined) cache!.set(key, result);
    return result;
  };
  const context: Context = { args, env, core: linter, baseline, lint };

  // Line formats go out file by file, in order, as soon as the files before are done.
  const stream =
    env.stream && STREAMED_FORMATS.has(args.format) && args.command !== 'score' && args.outputFile === undefined && !(args.stdin && args.fix)
      ? env.stream
      : undefined;
  const ready: (Outcome | string | undefined)[] = [];
  let streamed = 0;
  const streamReady = () => {
    for (; streamed < targets.length && ready[streamed] !== undefined; streamed++) {
      const o = ready[streamed]!;
      if (typeof o === 'string' || !o.ok) continue;
      const shownResult = args.quiet ? errorsOnly(o.result) : o.result;
      // Stylish ends with a summary of all files: its files go out one by one, a line at a time, the summary at the end.
      if (args.format === 'stylish') streamInBatches(stylishFileChunks(shownResult, { style: env.style }), stream!);
      else {
        const chunk = formatters[args.format]([shownResult], { style: env.style });
        if (chunk) stream!(chunk);
      }
    }
  };
  let done = 0;
  let outcomes: (Outcome | string)[];
  try {
    // A few jobs per worker in flight keeps every worker busy without reading every file at once.
    outcomes = await mapLimit(targets, pool ? workers * 4 : 1, async (target, i) => {
      const settings = settingsOf[i]!;
      const outcome = typeof settings === 'string' ? settings : await lintTarget(target, settings, context);
      env.progress?.(++done, targets.length);
      if (stream) {
        ready[i] = outcome;
        streamReady();
      }
      return outcome;
    });
  } finally {
    await pool?.close();
  }

  const results: FileResult[] = [];
  const scores: FileScore[] = [];
  let entries: BaselineEntry[] = [];
  let fixedStdin: string | undefined;
  targets.forEach((target, i) => {
    const outcome = outcomes[i]!;
    failed ||= typeof outcome === 'string' || !outcome.ok;
    if (typeof outcome === 'string') {
      if (!configProblems.has(outcome)) err.push(`mtlint: ${outcome}`);
      configProblems.add(outcome);
      return;
    }
    if (!outcome.ok) {
      err.push(`mtlint: ${target.display}: ${outcome.problem}`);
      if (outcome.stack) err.push(outcome.stack);
      return;
    }
    if (outcome.warning) err.push(`mtlint: warning: ${target.display}: ${outcome.warning}`);
    results.push(outcome.result);
    scores.push(outcome.score);
    entries = entries.concat(outcome.entries);
    fixedStdin = outcome.fixedText;
  });

  if (cache) {
    try {
      cache.save(io);
    } catch (e) {
      err.push(`mtlint: warning: cannot write the cache: ${describeFsError(e)}`);
    }
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
      const shown = r.score === undefined ? undefined : scoreAtPrecision(r.score, args.minScoreText!);
      if (shown !== undefined && shown < args.minScore) {
        err.push(`mtlint: ${r.filePath}: score ${shown} is below --min-score ${args.minScoreText}`);
        gateFailed = true;
      }
    }
  }

  const shown = args.quiet ? results.map(errorsOnly) : results;
  // A report file has no colours unless --color asks for them, whatever the terminal.
  const style = args.outputFile !== undefined && args.color === undefined ? plain : env.style;
  let report: string;
  const documentChunks = DOCUMENT_CHUNKS[args.format];
  if (args.command === 'score') report = formatScores(scores, args.format, style);
  // Text formats print nothing for nothing to show (--quiet with warnings only); machine formats always print a document.
  else if (!shown.some((r) => r.findings.length > 0) && (args.quiet || results.length === 0) && TEXT_FORMATS.has(args.format)) report = '';
  else if (documentChunks && env.stream && args.outputFile === undefined && !(args.stdin && args.fix)) {
    // A JSON or SARIF document goes out a finding at a time: never the whole report as one string.
    streamInBatches(documentChunks(shown, { rules: await ruleMetas(core, needsFormats), toolVersion: env.version }), env.stream);
    report = '';
  } else report = formatters[args.format](shown, { style, rules: await ruleMetas(core, needsFormats), toolVersion: env.version });

  let stdout = !stream ? report : args.format === 'stylish' && report !== '' ? `\n${summaryLine(shown, env.style)}\n` : '';
  if (args.stdin && args.fix && fixedStdin !== undefined) stdout = fixedStdin;
  else if (args.outputFile !== undefined) {
    try {
      io.writeFile(resolve(cwd, args.outputFile), report);
    } catch (e) {
      err.push(`mtlint: ${args.outputFile}: cannot write the report: ${describeFsError(e)}`);
      failed = true;
    }
    stdout = results.length > 0 && args.command !== 'score' ? summaryLine(shown, env.style) + '\n' : '';
  }
  const exitCode: ExitCode = failed ? 2 : gateFailed ? 1 : 0;
  return { exitCode, stdout, stderr: err.map((l) => l + '\n').join('') };
}

/**
 * `--print-config F`: the settings a run applies to file F, as JSON — the config file they come from (null for
 * none), the format F is read as, the rules with presets and --rule applied, scoring, ignore patterns, and the
 * level of unused directives, the command line's flag applied.
 */
function printedConfig(args: CliArgs, settings: Settings, loaded: LoadedConfig | undefined, path: string, cwd: string): string {
  const printed = {
    configFile: loaded ? displayPath(cwd, loaded.file) : null,
    format: formatOf(path, settings.formats),
    rules: settings.rules,
    scoring: { weights: settings.weights ?? 'mqm', perWords: settings.perWords ?? 100 },
    ignorePatterns: settings.ignorePatterns,
    formats: settings.formats,
    ...(settings.language ? { language: settings.language } : {}),
    reportUnusedDisableDirectives: args.reportUnusedDisableDirectives ? 'error' : settings.unusedDirectives,
  };
  return JSON.stringify(printed, null, 2) + '\n';
}

const TEXT_FORMATS = new Set(['stylish', 'compact', 'github']);
/** The single-document formats that can be written in chunks once every file is linted. */
const DOCUMENT_CHUNKS: Partial<Record<string, (results: readonly FileResult[], options: FormatOptions) => Iterable<string>>> = {
  json: jsonChunks,
  sarif: sarifChunks,
};
/** Formats whose report is each file's lines one after the other (stylish: then a summary), so they can be written file by file. */
const STREAMED_FORMATS = new Set(['stylish', 'compact', 'github']);

/** How much of a report is written at once: a write per finding would be 80,000 system calls for a 10 MB file. */
const BATCH_LENGTH = 64 * 1024;

/** Writes a report's chunks as they come, joined into writes of about BATCH_LENGTH characters, so the whole report is never one string. */
function streamInBatches(chunks: Iterable<string>, write: (chunk: string) => void): void {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= BATCH_LENGTH) {
      write(batch);
      batch = '';
    }
  }
  if (batch) write(batch);
}


/**
 * The rules a report may describe (SARIF): the linter's, and the bilingual checks when @mtlint/core/formats
 * was loaded (which a run over plain text does not need).
 */
async function ruleMetas(core: Pick<Linter, 'rules'>, withBilingual: boolean): Promise<RuleMeta[]> {
  const metas = [...core.rules.values()].map((r) => r.meta);
  if (!withBilingual) return metas;
  const { BILINGUAL_CHECKS } = await import('@mtlint/core/formats');
  return metas.concat(bilingualRuleMetas(BILINGUAL_CHECKS));
}

/** The bytes of the files to lint (standard input and files that cannot be read count nothing), to choose the workers. */
function totalSize(io: Io, targets: readonly Target[]): number {
  let bytes = 0;
  for (const t of targets) bytes += sizeOf(io, t);
  return bytes;
}

/** A file's size in bytes; 0 for one that cannot be read (reported when it is read). */
function sizeOf(io: Io, target: Target): number {
  try {
    return io.size(target.path);
  } catch {
    return 0;
  }
}

/** Runs `fn` over the items with at most `limit` running at once; results in the items' order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

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

/** Reads and decodes one file, lints it (fixing and filtering by the baseline), writes a fix, locates the findings. */
async function lintTarget(target: Target, settings: Settings, { args, env, core, baseline, lint }: Context): Promise<Outcome> {
  const { io } = env;
  let raw: Uint8Array;
  try {
    if (args.stdin) raw = io.readStdin();
    else {
      const size = io.size(target.path);
      if (size > args.maxFileSize) return { ok: false, problem: tooBig(size, args.maxFileSize) };
      const beyond = beyondHeap(size, formatOf(target.path, settings.formats));
      if (beyond) return { ok: false, problem: beyond };
      raw = io.readFile(target.path);
    }
  } catch (e) {
    return { ok: false, problem: cannotRead(e), ...(args.debug ? { stack: stackOf(e) } : {}) };
  }
  if (args.stdin && raw.length > args.maxFileSize) return { ok: false, problem: tooBig(raw.length, args.maxFileSize) };
  const decoded = decodeText(raw);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const bom = decoded.offset ? '\uFEFF' : '';
  const knownFile = baseline && toPosix(relative(baseline.dir, target.path));
  const job: LintJob = {
    fileName: target.path,
    format: formatOf(target.path, settings.formats),
    text: decoded.text,
    rules: settings.rules,
    weights: settings.weights,
    perWords: settings.perWords,
    language: settings.language,
    includeFuzzy: args.includeFuzzy,
    includeObsolete: args.includeObsolete,
    fix: args.fix || args.fixDryRun,
    onlyErrors: args.quiet,
    known: args.writeBaseline === undefined && baseline ? baseline.data.entries.filter((e) => e.file === knownFile) : [],
    unusedDirectives: args.reportUnusedDisableDirectives ? 'error' : settings.unusedDirectives,
  };
  let linted: LintJobResult;
  try {
    linted = await lint(job, target.display);
  } catch (e) {
    const message = oneLine(e instanceof Error ? e.message : String(e));
    // A file that is not what its ending says (a broken PO, XLIFF, JSON …) is bad input, not a bug.
    if (e instanceof Error && e.name === 'FormatError') return { ok: false, problem: `not valid ${formatOf(target.path, settings.formats)}: ${message}` };
    return {
      ok: false,
      problem: `internal error while linting: ${message}${args.debug ? '' : ' (run with --debug for the stack trace)'}`,
      ...(args.debug ? { stack: stackOf(e) } : {}),
    };
  }
  const { text } = linted;
  if (args.fix && linted.changed && !args.stdin) {
    try {
      io.replaceFile(target.path, bom + text);
    } catch (e) {
      return { ok: false, problem: `cannot write the fixed file: ${describeFsError(e)}` };
    }
  }
  let entries: BaselineEntry[] = [];
  let findings = linted.findings;
  if (args.writeBaseline !== undefined) {
    const file = toPosix(relative(dirname(resolve(env.cwd, args.writeBaseline)), target.path));
    entries = linted.all.map((f) => ({ file, ruleId: f.ruleId, text: text.slice(f.start, f.end) }));
    // Written to the new baseline, so not reported.
    findings = [];
  }
  // Written to the baseline, nothing is reported: the words the job counted (a format's translations, not its markup), no penalty.
  const score = findings === linted.findings ? linted.score : { score: core.scoreFromPenalty(0, linted.score.words, scoreOptions(settings)), penalty: 0, words: linted.score.words, byCategory: {}, byRule: {} };
  const result = locate(target.display, text, findings, { score: score.score });
  if (args.fixDryRun) result.output = bom + text;
  // Offsets index the file as read, BOM included (see decode.ts); lines and columns do not count it.
  if (decoded.offset) result.findings = result.findings.map((f) => shift(f, decoded.offset));
  return {
    ok: true,
    result,
    score: { filePath: target.display, ...score },
    entries,
    // Kept only where it is printed: a copy of every file's text would hold a run's whole input in memory.
    ...(args.stdin && args.fix ? { fixedText: bom + text } : {}),
    ...(decoded.text.length === 0 ? { warning: 'file is empty' } : {}),
  };
}

/**
 * Heap a file needs per byte, from the largest heap (`--trace-gc`, before a collection) of the 10 MB test files of
 * scripts/measure-rss.mjs (an MT article repeated, 7 findings per KB): plain text 13.7 bytes per byte, PO 14.8,
 * SRT 15.4, JSON 18.4, Markdown 18.8 (16.6 at 50 MB, where the parse of the whole file is the peak). Rounded up
 * for texts with more findings: 10 MB of plain text, Markdown and JSON each ran to its end in a heap of exactly this estimate.
 */
const HEAP_PER_BYTE = { text: 18, other: 24 };

/**
 * Why a file cannot be linted in the heap Node.js allows, or undefined: a file far too large is refused at once
 * with one line, rather than failing after minutes with a native out-of-memory trace.
 */
function beyondHeap(size: number, format: string): string | undefined {
  const needed = size * (format === 'text' ? HEAP_PER_BYTE.text : HEAP_PER_BYTE.other);
  const limit = getHeapStatistics().heap_size_limit;
  if (needed <= limit) return undefined;
  const shown = (n: number) => bytes(n, { unitSeparator: ' ', decimalPlaces: 1 });
  return `is ${shown(size)}; linting it needs about ${shown(needed)} of memory, more than the ${shown(limit)} Node.js allows here (NODE_OPTIONS=--max-old-space-size=MB raises it); not linted`;
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
