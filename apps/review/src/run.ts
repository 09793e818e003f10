import type { Baseline } from '@mtlint/baseline';
import { baselineFilter } from '@mtlint/baseline';
import type { ScoreOptions } from '@mtlint/core';
import type { LintFileOptions } from '@mtlint/core/formats';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { carryDecisions } from './carry.js';
import { baselinePath, readBaselineFile, readTextFile, ReviewFileError, saveTargetProblem, type TextFile } from './files.js';
import { lintByFormat } from './lint-by-format.js';
import { reviewFeed, type FoundItems, type ReviewFeed } from './review-feed.js';
import { saver } from './save.js';
import type { AppProps } from './components/app.js';
import { countsByRule, initialState, type ReviewState } from './state.js';
import { editExternally, ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, suspendToShell } from './terminal.js';

export interface ReviewOptions {
  /** The text file to review. */
  file: string;
  /** Where to write the corrected text; default: `file` itself. */
  output?: string;
  /** Baseline file to record rejected findings and review counts in (created if missing). */
  baseline?: string;
  /** Rule settings, as a config file's `rules` resolve for this file; default: the recommended rules. */
  rules?: LintFileOptions['rules'];
  /** Score options, as a config file's `scoring` resolves (weights, perWords); default: core's. */
  scoring?: ScoreOptions;
  /** PO files: also review fuzzy entries, and obsolete ones. */
  includeFuzzy?: boolean;
  includeObsolete?: boolean;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const CLEAR_LINE = '\r\u001B[2K';

/**
 * The app's interactive part (Ink, React, the components), loaded for a terminal. Ink decides once,
 * when it is first imported, whether it runs in CI (the `CI` and `CONTINUOUS_INTEGRATION` variables)
 * and there draws nothing until it exits: a review opened from a terminal where `CI` is set (a CI
 * job's debug shell, a dev container, a test run) would show a blank screen. The app only runs on a
 * terminal, checked before, so it switches that detection off for this process before Ink is loaded.
 */
async function loadInteractiveUi() {
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (name in process.env) process.env[name] = 'false';
  // Yoga's Emscripten loader reads its inlined WebAssembly through `fetch` when there is one, and
  // Node's first `fetch` loads the whole undici HTTP client, about 30 ms of start-up; without it
  // the loader decodes the same bytes itself. The global is restored once the modules are loaded.
  const { fetch } = globalThis;
  Reflect.deleteProperty(globalThis, 'fetch');
  try {
    return await import('./ui.js');
  } finally {
    globalThis.fetch = fetch;
  }
}

/**
 * Lints the file as its format reads it until the first findings to review: the app opens on them
 * and lints the rest of a long file while it is shown. Nothing found: `first` has no items and the
 * whole file is linted.
 */
async function lintFirstStretches(
  file: string,
  text: string,
  options: ReviewOptions,
  baseline: { path: string; loaded: Baseline } | undefined,
): Promise<{ problem: string } | { feed: ReviewFeed; first: FoundItems }> {
  const read = { rules: options.rules, includeFuzzy: options.includeFuzzy, includeObsolete: options.includeObsolete };
  const linted = await lintByFormat(file, text, read);
  if ('problem' in linted) return linted;
  // Findings rejected in an earlier review of this file are not shown again.
  const keep = baseline && baselineFilter(baseline.loaded, baselinePath(baseline.path, file), text);
  const feed = reviewFeed(text, linted, { ...(keep ? { keep } : {}), ...(options.scoring ? { scoring: options.scoring } : {}) });
  let first = feed.next();
  while (first.items.length === 0 && first.progress < 1) first = feed.next();
  return { feed, first };
}

/** Lints the whole of `text` as the review reads `file`: its items and score, for a reload. */
async function lintAll(file: string, text: string, options: ReviewOptions, baseline: { path: string; loaded: Baseline } | undefined) {
  const opened = await lintFirstStretches(file, text, options, baseline);
  if ('problem' in opened) throw new ReviewFileError(`${file}: ${opened.problem}`);
  const items = [...opened.first.items];
  for (let { progress } = opened.first; progress < 1; ) {
    const more = opened.feed.next();
    items.push(...more.items);
    progress = more.progress;
  }
  return { items, score: opened.feed.score() };
}

/** What the terminal says after the app: per rule, how many findings were accepted, edited, rejected and left. */
export function reviewSummary(state: ReviewState): string[] {
  const rows = [...countsByRule(state)].map(([ruleId, c]) => [ruleId, c.accepted, c.edited, c.rejected, c.pending + c.blocked] as const);
  const total = rows.reduce((sum, r) => [sum[0], sum[1] + r[1], sum[2] + r[2], sum[3] + r[3], sum[4] + r[4]] as const, ['total', 0, 0, 0, 0] as const);
  const width = Math.max(...[...rows, total].map((r) => r[0].length));
  const line = (r: readonly [string, number, number, number, number]) =>
    `  ${r[0].padEnd(width)}  ${String(r[1]).padStart(4)} accepted ${String(r[2]).padStart(4)} edited ${String(r[3]).padStart(4)} rejected ${String(r[4]).padStart(4)} pending`;
  return [...rows.map(line), line(total)];
}

/**
 * `mtlint review FILE`: opens the review app on FILE and resolves to the exit code once the person
 * quits: 0, or 2 (with one line on stderr) when there is no terminal or a file cannot be read.
 */
export async function runReview(options: ReviewOptions): Promise<number> {
  const { file, stdin, stdout, stderr } = options;
  const fail = (message: string) => {
    stderr.write(`mtlint: ${message}\n`);
    return 2;
  };
  if (!stdin.isTTY || !stdout.isTTY) return fail('review needs an interactive terminal; use mtlint lint to check files in pipes and CI');

  let source: TextFile;
  let baseline: { path: string; loaded: Baseline } | undefined;
  // A missing folder for --output is said now, not after the review, at the first save.
  if (options.output !== undefined && !statSync(dirname(resolve(options.output)), { throwIfNoEntry: false })?.isDirectory()) {
    return fail(`${options.output}: the folder ${dirname(options.output)} does not exist`);
  }
  try {
    source = readTextFile(file);
    if (options.baseline !== undefined) baseline = { path: options.baseline, loaded: readBaselineFile(options.baseline) };
  } catch (e) {
    if (e instanceof ReviewFileError) return fail(e.message);
    throw e;
  }
  // Linting a large file takes a while: say so on the line, and wipe the line before anything else
  // is written, an error included.
  stdout.write(`${file}: linting…`);
  const opened = await lintFirstStretches(file, source.text, options, baseline).finally(() => stdout.write(CLEAR_LINE));
  if ('problem' in opened) return fail(`${file}: ${opened.problem}`);
  const { feed, first } = opened;
  if (first.items.length === 0) {
    const { known } = feed;
    stdout.write(`${file}: no findings to review${known > 0 ? ` (${known} known from the baseline)` : ''}.\n`);
    return 0;
  }
  const output = options.output ?? file;
  const initial = initialState(source.text, first.items, baseline !== undefined, first.progress, output, feed.form);
  const score = first.progress < 1 ? undefined : feed.score();
  const writer = saver({ source: { ...source, path: file }, output, ...(baseline ? { baseline } : {}), ...(feed.problemIn ? { problemIn: feed.problemIn } : {}) });
  let last: ReviewState = initial;
  let lastSave: string | undefined;
  const save: AppProps['save'] = async (request) => {
    const outcome = await writer.save(request);
    if (outcome.kind === 'saved') lastSave = outcome.message;
    return outcome;
  };
  const reload: AppProps['reload'] = async (review) => {
    const fresh = readTextFile(file);
    const linted = await lintAll(file, fresh.text, options, baseline);
    const carried = carryDecisions(review, review.decisions, { text: fresh.text, items: linted.items });
    writer.reloaded(fresh);
    const lost = carried.dropped > 0 ? `; ${carried.dropped} no longer match (their sentences changed) and are left out` : '';
    const message = `Reloaded ${file}: ${carried.carried} of ${carried.carried + carried.dropped} decisions re-applied${lost}; s saves.`;
    return { text: fresh.text, items: linted.items, decisions: carried.decisions, message, score: linted.score };
  };

  const color = stdout.hasColors?.() ?? false;
  const { showApp } = await loadInteractiveUi();
  const terminal = { stdin, stdout };
  // A signal that ends the app gives the terminal back first (write-file-atomic removes its temporary
  // file on the same signals); the exit code is the shell's for a signal, 128 + its number.
  const onSignal = (signal: NodeJS.Signals) => {
    stdout.write(LEAVE_ALTERNATE_SCREEN + '\u001B[?25h');
    if (stdin.isTTY) stdin.setRawMode(false);
    process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
  for (const signal of signals) process.on(signal, onSignal);
  stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    const scoring = options.scoring ? { scoring: options.scoring } : {};
    await showApp(
      {
        file,
        initial,
        ...(score ? { score } : { feed }),
        ...scoring,
        color,
        save,
        reload,
        isSource: (path) => resolve(path) === resolve(file),
        checkTarget: (path) => {
          const problem = saveTargetProblem(path);
          return { ...(problem ? { problem } : {}), exists: existsSync(path) };
        },
        terminal: { suspend: () => suspendToShell(terminal), edit: (text) => editExternally(text, terminal) },
        onQuit: (state) => (last = state),
      },
      { stdin, stdout, stderr },
    );
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN);
    for (const signal of signals) process.off(signal, onSignal);
  }
  stdout.write(`${lastSave ?? `${file}: nothing saved.`}\n${reviewSummary(last).join('\n')}\n`);
  return 0;
}
