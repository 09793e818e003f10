import { isAbsolute, join, posix, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './errors.js';
import type { Io } from './io.js';
import { toPosix } from './settings.js';


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

export interface ExpandOptions {
  /** Extensions (without the dot) a directory expands to. */
  extensionsFor(dir: string): readonly string[];
  /** Whether an ignore pattern excludes the file (absolute path). */
  isIgnored(path: string): boolean;
}

/**
 * Expands the command line's files, directories and globs into the files to lint, in argument order,
 * each file once. A file is taken as named (whatever its extension); a directory expands to its
 * text files (`extensionsFor`); a glob expands to the files it matches. Directories and globs skip
 * node_modules and dot-folders, and ignored files silently; a file named explicitly but ignored is
 * listed in `ignored`, for a warning. Paths are shown as given (joined with what a directory or glob
 * added), so reports read like the command line.
 */
export function expandTargets(
  args: readonly string[],
  cwd: string,
  io: Io,
  options: ExpandOptions,
): { targets: Target[]; problems: InputProblem[]; ignored: string[] } {
  const targets: Target[] = [];
  const problems: InputProblem[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (display: string) => {
    const path = resolve(cwd, display);
    const real = io.realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    targets.push({ display, path });
  };
  /** Adds the files that are not ignored, or says why there are none. */
  const addFound = (arg: string, found: readonly string[], display: (f: string) => string, none: string) => {
    const kept = found.filter((f) => !options.isIgnored(resolve(cwd, display(f))));
    if (found.length === 0) problems.push({ file: arg, problem: none });
    else if (kept.length === 0) problems.push({ file: arg, problem: `all ${found.length} matching file${found.length === 1 ? ' is' : 's are'} ignored` });
    for (const f of kept) add(display(f));
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let kind: ReturnType<Io['kind']>;
    try {
      kind = io.kind(path);
      if (kind === 'directory') io.checkListable(path);
    } catch (e) {
      problems.push({ file: arg, problem: cannotRead(e) });
      continue;
    }
    if (kind === 'file') {
      if (options.isIgnored(path)) ignored.push(arg);
      else add(arg);
    } else if (kind === 'directory') {
      const extensions = options.extensionsFor(path);
      const found = io.glob([extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`], path).sort();
      addFound(arg, found, (f) => toPosix(join(arg, f)), `directory has no files mtlint reads (${extensions.map((e) => `.${e}`).join(' ')})`);
    } else if (kind === 'other') {
      problems.push({ file: arg, problem: 'is not a regular file or directory' });
    } else if (isDynamicPattern(arg)) {
      const found = io.glob([toPosix(arg)], cwd).sort();
      addFound(arg, found, (f) => (isAbsolute(arg) ? resolve(cwd, f) : posix.normalize(f)), 'no files match this pattern');
    } else {
      problems.push({ file: arg, problem: 'no such file or directory' });
    }
  }
  return { targets, problems, ignored };
}

/** Why a path cannot be read, in the words of the README's table: `symbolic link loop`, `cannot read: permission denied`. */
export function cannotRead(e: unknown): string {
  const reason = describeFsError(e);
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ELOOP' ? reason : `cannot read: ${reason}`;
}
