// Measures how long a key press takes to show on the screen: `mtlint review` on a 1 MB file (the
// bundled article repeated) in tmux at 120×40, a key sent with `tmux send-keys`, the pane polled with
// `capture-pane` until the screen shows the key's effect. Prints the median and range, once the file
// is linted (j: the next finding) and while it is still linted (? opens and closes the help).
// Run after `pnpm build`: node apps/review/scripts/key-latency.mjs [presses]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const presses = Number(process.argv[2] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'mtlint-latency-'));
const file = join(dir, 'big.txt');
const article = readFileSync(join(root, 'fixtures/kaspersky/article.txt'), 'utf8');
writeFileSync(file, article.repeat(Math.ceil(1_000_000 / article.length)));
const server = `mtlint-latency-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'r');

/** Milliseconds from sending `key` until `shown(screen)` holds. */
function press(key, shown) {
  const started = performance.now();
  tmux('send-keys', '-t', 'r', key);
  while (!shown(screen())) if (performance.now() - started > 10_000) throw new Error(`no change after ${key}`);
  return performance.now() - started;
}
const summary = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `median ${sorted[sorted.length >> 1].toFixed(1)} ms (${sorted[0].toFixed(1)}–${sorted.at(-1).toFixed(1)}, ${ms.length} presses)`;
};
/** Polls without a key: what one look at the screen costs, the resolution of the figures above. */
function pollCost() {
  const started = performance.now();
  for (let i = 0; i < 20; i++) screen();
  return (performance.now() - started) / 20;
}

try {
  const during = [];
  // While the lint runs: a few presses per run, over several runs.
  for (let run = 0; run < 5; run++) {
    tmux('new-session', '-d', '-s', 'r', '-x', '120', '-y', '40', `NO_COLOR=1 node ${JSON.stringify(join(root, 'apps/cli/dist/bin.js'))} review ${JSON.stringify(file)}; sleep 600`);
    while (!/linting… \d+%/.test(screen()));
    while (/linting… \d+%/.test(screen())) {
      during.push(press('?', (s) => s.includes('── keys')));
      press('?', (s) => !s.includes('── keys'));
    }
    // The last press may have landed after the lint ended.
    during.pop();
    if (run < 4) tmux('kill-session', '-t', 'r');
  }
  while (!/score \d/.test(screen()));
  const after = [];
  for (let n = 2; n <= presses + 1; n++) after.push(press('j', (s) => s.includes(`[${n}/`)));
  console.log(`after the lint (j): ${summary(after)}`);
  console.log(`during the lint (?): ${summary(during)}`);
  console.log(`one capture-pane: ${pollCost().toFixed(1)} ms; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  spawnSync('tmux', ['-L', server, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
}
