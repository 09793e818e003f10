#!/usr/bin/env node
// The process edge of `mtlint`: reads argv, the environment and package.json, runs the command,
// writes its output and sets the exit code. Everything else is in run.ts and is side-effect free.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { colorByDefault } from './color.js';
import { oneLine } from './errors.js';
import { run } from './run.js';

const argv = process.argv.slice(2);

// V8 lets its heap grow to 2–4 times what is live before a full collection. A long file's findings and report
// stay live while its pieces' analyses come and go, so a 10 MB Markdown file took 780–890 MB of memory for
// about 200 MB live. Growing by a quarter over what is live, with 4 MB semi-spaces (default 16), it took
// 380–410 MB in the same time (README, "Large files"). Both flags are read at each collection, so setting them
// here, before any linting, takes effect.
setFlagsFromString('--heap-growing-percent=25');
setFlagsFromString('--max-semi-space-size=4');

// The command runs as a bundle (scripts/bundle.mjs): with --debug, stack traces name the source files.
if (argv.includes('--debug')) process.setSourceMapsEnabled(true);

// `mtlint … | head` closes the pipe early: stop writing, quietly instead of throwing EPIPE, but finish the run,
// so that the exit code is the one the whole run earns (a CI under `set -o pipefail` must still fail on errors).
let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  stdoutClosed = true;
});

/**
 * A progress line on a terminal's stderr for runs of many files, redrawn at most every 100 ms and
 * erased at the end, so that it never mixes with the report.
 */
let lastDrawn = 0;
let drawn = false;
function progress(done: number, total: number): void {
  if (total < 50) return;
  const now = Date.now();
  if (done < total && now - lastDrawn < 100) return;
  lastDrawn = now;
  drawn = done < total;
  process.stderr.write(done < total ? `\r\u001b[2Kmtlint: ${done}/${total} files` : '\r\u001b[2K');
}

/** The same line for one long file, by the share of its text linted: `mtlint: corpus.txt 40%`. */
function fileProgress(file: string, done: number, total: number): void {
  const now = Date.now();
  if (done < total && now - lastDrawn < 100) return;
  lastDrawn = now;
  drawn = done < total;
  process.stderr.write(done < total ? `\r\u001b[2Kmtlint: ${file} ${Math.floor((100 * done) / total)}%` : '\r\u001b[2K');
}

/** Streamed report lines; a progress line on the same terminal is erased first (the next file redraws it). */
function stream(chunk: string): void {
  if (drawn) {
    process.stderr.write('\r\u001b[2K');
    drawn = false;
  }
  if (!stdoutClosed) process.stdout.write(chunk);
}

try {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const result = await run(argv, {
    cwd: process.cwd(),
    version,
    color: colorByDefault(process.env, Boolean(process.stdout.isTTY)),
    ...(process.stderr.isTTY ? { progress, fileProgress } : {}),
    stream,
    // For `mtlint review`, which checks itself that these are a terminal.
    terminal: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  });
  if (result.stdout && !stdoutClosed) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  // Set, not process.exit(): a large report piped to another program must be written out in full.
  process.exitCode = result.exitCode;
} catch (e) {
  const message = oneLine(e instanceof Error ? e.message : String(e));
  process.stderr.write(
    argv.includes('--debug') && e instanceof Error && e.stack
      ? `mtlint: internal error: ${e.stack}\n`
      : `mtlint: internal error: ${message} (run with --debug for the stack trace)\n`,
  );
  process.exitCode = 2;
}
