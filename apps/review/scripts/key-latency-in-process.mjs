// Measures what a key press costs the app itself, without a terminal in between: `runReview` (the
// code `mtlint review` runs) on a 1 MB file, the bundled article repeated, drawn at 120×40 on a
// stream that stands for the terminal. A key is pushed into the app's stdin and the clock stops at the
// first write to stdout that holds its effect: the reducer, React, Ink's layout and frame, and any wait
// for a turn of the lint or for Ink's frame-rate throttle. Beside the wall time, the process's CPU time
// over the same interval: the app's own work, which the machine's load moves far less.
// Presses come 60–120 ms apart, as fast as a person repeats a key. Prints the median and range of
// both, once the file is linted (j: the next finding) and while it is linted (? opens or closes the
// help). Run after `pnpm build`, with React's production build as the CLI's bundle runs it:
// NODE_ENV=production node apps/review/scripts/key-latency-in-process.mjs [presses] [dist folder]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
// A second argument names another build of this package to measure, from this folder (`../dist-before`, a copy of an
// older dist/): a before and after in one batch.
const { runReview } = await import(join(here, process.argv[3] ?? '../dist', 'index.js'));
const presses = Number(process.argv[2] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'mtlint-latency-'));
const file = join(dir, 'big.txt');
const article = readFileSync(join(root, 'fixtures/kaspersky/article.txt'), 'utf8');
writeFileSync(file, article.repeat(Math.ceil(1_000_000 / article.length)));

/** A terminal of 120×40 as the app sees one: stdin in raw mode, stdout that records what is drawn. */
function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin });
  let waiting;
  let screen = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        screen += chunk.toString();
        if (waiting && waiting.test(chunk.toString())) {
          const { resolve } = waiting;
          waiting = undefined;
          resolve();
        }
        done();
      },
    }),
    { isTTY: true, columns: 120, rows: 40, hasColors: () => false, getColorDepth: () => 1 },
  );
  const stderr = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: true });
  return {
    stdin,
    stdout,
    stderr,
    seen: (text) => screen.includes(text),
    clear: () => (screen = ''),
    /** Presses `key`; resolves to [wall ms, CPU ms] once a write to the screen passes `test`. */
    press(key, test) {
      return new Promise((resolve) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        waiting = {
          test,
          resolve: () => {
            const used = process.cpuUsage(cpu);
            resolve([performance.now() - started, (used.user + used.system) / 1000]);
          },
        };
        stdin.write(key);
      });
    },
  };
}

const pause = () => new Promise((r) => setTimeout(r, 60 + Math.random() * 60));
const until = async (check) => {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
};
const summary = (samples) => {
  const row = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${sorted[sorted.length >> 1].toFixed(1)} ms (${sorted[0].toFixed(1)}–${sorted.at(-1).toFixed(1)})`;
  };
  return `wall ${row(samples.map((s) => s[0]))}, CPU ${row(samples.map((s) => s[1]))}, ${samples.length} presses`;
};

try {
  const during = [];
  const after = [];
  for (let run = 0; run < 3; run++) {
    const t = terminal();
    const done = runReview({ file, ...t });
    await until(() => t.seen('linting… '));
    // While the lint runs: ? opens the help (its title rule) and closes it (the header is back).
    let open = false;
    while (!t.seen('score ')) {
      await pause();
      const sample = await t.press('?', open ? (s) => s.includes('linting… ') || s.includes('score ') : (s) => s.includes('── keys'));
      open = !open;
      if (!t.seen('score ')) during.push(sample);
    }
    if (open) await t.press('?', (s) => s.includes('score '));
    if (run === 2) {
      for (let n = 2; n <= presses + 1; n++) {
        await pause();
        after.push(await t.press('j', (s) => s.includes(`[${n}/`)));
      }
    }
    t.stdin.write('q');
    await done;
  }
  console.log(`after the lint (j): ${summary(after)}`);
  console.log(`during the lint (?): ${summary(during)}`);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
