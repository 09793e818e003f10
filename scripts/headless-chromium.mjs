// Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: messages are
// JSON, each ended by a NUL byte, written to fd 3 and read from fd 4). No WebSocket client and no
// puppeteer needed, and no port to pick. For the tests that open a page and wait until a Web Worker
// has done its work: `waitFor` evaluates an expression in the page until it is truthy.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Chromium command found on PATH, or undefined. */
export function findChromium() {
  for (const command of ['chromium', 'chromium-browser', 'google-chrome']) {
    if (spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0) return command;
  }
  return undefined;
}

/** Starts Chromium headless with a profile of its own; `close()` ends it and removes the profile. */
export async function launchChromium(command = findChromium()) {
  if (!command) throw new Error('chromium is not installed');
  const profile = mkdtempSync(join(tmpdir(), 'mtlint-chromium-'));
  const child = spawn(
    command,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group, so that close() can end the helper processes (renderer, zygote) with it.
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const [, , , toBrowser, fromBrowser] = child.stdio;
  const pending = new Map();
  let nextId = 1;
  let buffer = '';
  let exited;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = `chromium exited (${code ?? signal}): ${stderr.trim().split('\n').pop() ?? ''}`))));
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  /** Sends one DevTools command (to a page when `sessionId` is given) and resolves with its result. */
  const send = (method, params = {}, sessionId) => {
    if (exited) return Promise.reject(new Error(exited));
    const id = nextId++;
    toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    return Promise.race([
      new Promise((resolve, reject) => pending.set(id, { resolve, reject, method })),
      exit.then((reason) => Promise.reject(new Error(reason))),
    ]);
  };

  return {
    /** Opens `url` in a new tab; the page's `evaluate` returns an expression's value, `waitFor` polls one until truthy. */
    async open(url) {
      const { targetId } = await send('Target.createTarget', { url });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const evaluate = async (expression) => {
        const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
        if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value;
      };
      const waitFor = async (expression, { timeout = 60_000, interval = 200 } = {}) => {
        const deadline = Date.now() + timeout;
        for (;;) {
          const value = await evaluate(expression);
          if (value) return value;
          if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
          await new Promise((resolve) => setTimeout(resolve, interval));
        }
      };
      return { evaluate, waitFor };
    },
    async close() {
      const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      if (!exited) {
        // Asked to close, Chromium ends its helpers and flushes the profile; a signal is the fallback.
        await Promise.race([send('Browser.close').catch(() => undefined), wait(5_000)]);
        await Promise.race([exit, wait(5_000)]);
      }
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
      // A helper may still be writing the profile for a moment after the group is killed.
      for (let attempt = 1; ; attempt++) {
        try {
          rmSync(profile, { recursive: true, force: true });
          return;
        } catch (e) {
          if (attempt === 40) {
            process.stderr.write(`headless-chromium: could not remove ${profile}: ${e.message}\n`);
            return;
          }
          await wait(250);
        }
      }
    },
  };
}
