// Drives the BUILT command (`node apps/cli/dist/bin.js review FILE`) in a real terminal: tmux sessions
// on a private server, one per test. Build first: `pnpm build` (the root `pnpm test` does).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const bin = join(repoRoot, 'apps/cli/dist/bin.js');
export const article = join(repoRoot, 'fixtures/kaspersky/article.txt');
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A private tmux server and a temporary folder; `close` ends the server and removes the folder. */
export function tmuxServer(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `mtlint-${name}-`));
  const server = `mtlint-${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });
  let sessions = 0;

  /**
   * Starts `mtlint review ARGS` in a new session of `columns`×`rows` (no colour unless asked); the
   * exit code is written to a file once the app ends, and the pane stays open to be read.
   */
  function review(args: readonly string[], options: { columns?: number; rows?: number; env?: Record<string, string>; color?: boolean; shell?: boolean } = {}) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
    const session = `s${++sessions}`;
    const codeFile = join(dir, `${session}.exit`);
    const env = Object.entries({ ...(options.color ? {} : { NO_COLOR: '1' }), ...options.env })
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(' ');
    const run = `${env} node ${JSON.stringify(bin)} review ${args.map((a) => JSON.stringify(a)).join(' ')}; echo $? > ${JSON.stringify(codeFile)}`;
    const size = ['-x', String(options.columns ?? 100), '-y', String(options.rows ?? 30)];
    // With `shell`, typed at an interactive shell, which job control (ctrl-z, fg) needs.
    if (options.shell) {
      tmux('new-session', '-d', '-s', session, ...size, 'PS1="$ " bash --norc --noprofile -i');
      tmux('send-keys', '-t', session, '-l', run);
      tmux('send-keys', '-t', session, 'Enter');
    } else tmux('new-session', '-d', '-s', session, ...size, `${run}; sleep 600`);
    const screen = () => tmux('capture-pane', '-p', '-t', session);
    /** Polls the screen until `check` passes; the app renders asynchronously and the machine may be loaded. */
    const until = async (check: (screen: string) => boolean, what: string, timeout = 30_000): Promise<string> => {
      const started = Date.now();
      for (;;) {
        const now = screen();
        if (check(now)) return now;
        if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}; the screen:\n${now}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    return {
      screen,
      until,
      showing: (text: string) => until((s) => s.includes(text), JSON.stringify(text)),
      keys: (...names: string[]) => tmux('send-keys', '-t', session, ...names),
      typed: (text: string) => tmux('send-keys', '-t', session, '-l', text),
      /** Resolves to the exit code once the app has ended. */
      exited: async () => {
        await until(() => existsSync(codeFile) && readFileSync(codeFile, 'utf8').trim() !== '', 'the app to exit');
        return Number(readFileSync(codeFile, 'utf8').trim());
      },
    };
  }

  return {
    dir,
    review,
    close() {
      spawnSync('tmux', ['-L', server, 'kill-server']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
