// The built binary at the edges a CI user trips over: unreadable paths, standard input, directives in every
// format, temporaries of an interrupted fix, large files. Each test writes into a fresh temporary folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bin, runBuilt } from './helpers.js';

let dir: string;
beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtlint-edges-'));
  // Readable by the unprivileged user the permission tests run as.
  chmodSync(dir, 0o755);
});
afterEach(() => {
  // A folder the tests made unreadable must be readable again to be removed.
  spawnSync('chmod', ['-R', 'u+rwx', dir]);
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string) => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const mtlint = (args: string[], options: Parameters<typeof runBuilt>[1] = {}) => runBuilt(args, { cwd: dir, ...options });

/** Root reads every file whatever its mode: permission tests then run as `nobody` through setpriv, or are skipped. */
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const unprivileged = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

describe('paths that cannot be read (issue 20, item 9)', () => {
  it('a symbolic link loop: one line, exit 2, no absolute path, no "internal error"', () => {
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    write('ok.txt', 'The cat sat on the mat.\n');
    const r = mtlint(['loop-a', 'ok.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: loop-a: symbolic link loop\n');
  });

  it.skipIf(isRoot && !hasSetpriv)('a folder without permission, and a file in it: "cannot read: permission denied"', () => {
    write('locked/a.txt', 'The cat sat on the mat.\n');
    chmodSync(join(dir, 'locked'), 0o000);
    const folder = mtlint(['locked'], { prefix: unprivileged });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('mtlint: locked: cannot read: permission denied\n');
    const file = mtlint(['locked/a.txt'], { prefix: unprivileged });
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('mtlint: locked/a.txt: cannot read: permission denied\n');
  });
});
