import type { Baseline } from '@mtlint/baseline';
import { baselineFilter } from '@mtlint/baseline';
import type { ScoreOptions } from '@mtlint/core';
import type { LintFileOptions } from '@mtlint/core/formats';
import { baselinePath, readBaselineFile, readTextFile, ReviewFileError, type TextFile } from './files.js';
import { lintByFormat } from './lint-by-format.js';
import { reviewFeed, type FoundItems, type ReviewFeed } from './review-feed.js';
import { saver } from './save.js';
import { initialState } from './state.js';

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

// The terminal's alternate screen: the app takes the whole window and leaves the scrollback as it was.
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
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
  const initial = initialState(source.text, first.items, baseline !== undefined, first.progress);
  const score = first.progress < 1 ? undefined : feed.score();
  const write = saver({ text: source.text, bom: source.bom, output: options.output ?? file, ...(baseline ? { baseline } : {}) });
  let lastSave: string | undefined;
  const save = async (review: Parameters<typeof write>[0]) => (lastSave = await write(review));

  const color = stdout.hasColors?.() ?? false;
  const { showApp } = await loadInteractiveUi();
  stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    const scoring = options.scoring ? { scoring: options.scoring } : {};
    await showApp({ file, initial, ...(score ? { score } : { feed }), ...scoring, color, save }, { stdin, stdout, stderr });
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  stdout.write(lastSave ? `${lastSave}\n` : `${file}: nothing saved.\n`);
  return 0;
}
