import { isAbsolute, join, posix, resolve, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { Io } from './io.js';

/** Extensions a directory expands to. */
export const TEXT_EXTENSIONS = ['txt', 'md'] as const;

/** A file to lint: the path to show, and the path to read. */
export interface Target {
  display: string;
  path: string;
}

/** An argument that names nothing lintable: reported on one line, exit code 2. */
export interface InputProblem {
  file: string;
  problem: string;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/**
 * Expands the command line's files, directories and globs into the files to lint, in argument order,
 * each file once. A file is taken as named (whatever its extension); a directory expands to the
 * `.txt` and `.md` files beneath it; a glob expands to the files it matches. Directories and globs
 * skip node_modules and dot-folders. Paths are shown as given (joined with what a directory or glob
 * added), so reports read like the command line.
 */
export function expandTargets(args: readonly string[], cwd: string, io: Io): { targets: Target[]; problems: InputProblem[] } {
  const targets: Target[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (display: string) => {
    const path = resolve(cwd, display);
    const real = io.realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    targets.push({ display, path });
  };
  for (const arg of args) {
    const kind = io.kind(resolve(cwd, arg));
    if (kind === 'file') add(arg);
    else if (kind === 'directory') {
      const found = io.glob([`**/*.{${TEXT_EXTENSIONS.join(',')}}`], resolve(cwd, arg)).sort();
      if (found.length === 0) problems.push({ file: arg, problem: `directory has no ${TEXT_EXTENSIONS.map((e) => `.${e}`).join(' or ')} files` });
      for (const f of found) add(toPosix(join(arg, f)));
    } else if (kind === 'other') {
      problems.push({ file: arg, problem: 'is not a regular file or directory' });
    } else if (isDynamicPattern(arg)) {
      const found = io.glob([toPosix(arg)], cwd).sort();
      if (found.length === 0) problems.push({ file: arg, problem: 'no files match this pattern' });
      for (const f of found) add(isAbsolute(arg) ? resolve(cwd, f) : posix.normalize(f));
    } else {
      problems.push({ file: arg, problem: 'no such file or directory' });
    }
  }
  return { targets, problems };
}
