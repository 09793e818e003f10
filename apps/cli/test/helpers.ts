import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const article = join(repoRoot, 'fixtures/kaspersky/article.txt');
/** The built command (`pnpm build` first), as users and CI run it. */
export const bin = join(repoRoot, 'apps/cli/dist/bin.js');

/**
 * Runs the built mtlint with stdout a pipe (not a TTY) and no NO_COLOR/FORCE_COLOR from the outer shell.
 * `prefix` runs it under another program (`setpriv` to drop root, for permission tests).
 */
export function runBuilt(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; prefix?: string[] } = {}) {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  const [command, ...rest] = [...(options.prefix ?? []), process.execPath, bin, ...args];
  const r = spawnSync(command!, rest, {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A sentence the recommended rules flag as a warning only (a comma before "that"). */
export const WARNING_TEXT = 'The company says, that it is safe.\n';
/** A sentence nothing flags. */
export const CLEAN_TEXT = 'The cat sat on the mat.\n';

/** The inputs every CLI test needs, written once into a fresh temp folder. */
export function makeInputs() {
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-cli-'));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const paths = {
    dir,
    clean: file('clean.txt', CLEAN_TEXT),
    warning: file('warning.txt', WARNING_TEXT),
    empty: file('empty.txt', ''),
    binary: file('binary.txt', Buffer.from('abc\0def')),
    latin1: file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
    utf16: file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')])),
    bom: file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WARNING_TEXT)])),
    noText: join(dir, 'no-text'),
    tree: join(dir, 'tree'),
  };
  file('no-text/picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  file('tree/a.txt', CLEAN_TEXT);
  file('tree/sub/b.md', WARNING_TEXT);
  file('tree/sub/c.json', '{}');
  file('tree/node_modules/dep/readme.md', WARNING_TEXT);
  file('tree/.hidden/x.txt', WARNING_TEXT);
  return { ...paths, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
