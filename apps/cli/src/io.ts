import { mkdirSync, opendirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isReadOnly } from '@mtlint/file-access';
import { globSync } from 'tinyglobby';
import { writeAtomic } from './atomic-write.js';

/** What the command needs from the file system and standard input; tests may pass their own. */
export interface Io {
  /**
   * What is at a path (relative paths are resolved against the run's cwd by the caller). Throws the system's
   * error for a path that cannot be looked at (a symbolic link loop, a parent folder without permission).
   */
  kind(path: string): 'file' | 'directory' | 'missing' | 'other';
  /** Throws the system's error (EACCES) when a directory's entries cannot be listed; the glob would skip it silently. */
  checkListable(dir: string): void;
  /** Size of a file in bytes. */
  size(path: string): number;
  /** Files matching the patterns, relative to `cwd`, without node_modules and dot-folders. */
  glob(patterns: readonly string[], cwd: string): string[];
  readFile(path: string): Uint8Array;
  /** A small text file (config, ignore file), or undefined when there is none. */
  readText(path: string): string | undefined;
  /** The path with symbolic links resolved, to lint a file reached by two paths once. */
  realpath(path: string): string;
  /** Writes a whole file or nothing: a temporary file renamed over the target (atomic-write.ts). */
  writeFile(path: string, data: string | Uint8Array): void;
  /**
   * Replaces a file the user gave (a fix) as `writeFile` does, keeping its owner, group and mode; throws a
   * `ProtectedFileError` for a file that is read-only, or that is gone, rather than write or recreate it.
   */
  replaceFile(path: string, data: string | Uint8Array): void;
  /** Creates a directory and its parents, if missing. */
  makeDir(path: string): void;
  /** All of standard input. */
  readStdin(): Uint8Array;
}

export const nodeIo: Io = {
  kind(path) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return 'missing';
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
  },
  checkListable(dir) {
    opendirSync(dir).closeSync();
  },
  size(path) {
    return statSync(path).size;
  },
  glob(patterns, cwd) {
    return globSync(patterns, { cwd, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false });
  },
  readFile(path) {
    return readFileSync(path);
  },
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  },
  writeFile(path, data) {
    writeAtomic(path, data);
  },
  replaceFile(path, data) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new ProtectedFileError('the file was removed while it was linted; not recreated');
    if (isReadOnly(path, stat)) throw new ProtectedFileError('the file is read-only; it is unchanged');
    // The rename puts a new file in the old one's place: give it the old one's mode, owner and group.
    writeAtomic(path, data, stat);
  },
  makeDir(path) {
    mkdirSync(path, { recursive: true });
  },
  readStdin() {
    // fd 0 is standard input; readFileSync reads it to the end, from a pipe or a file.
    return readFileSync(0);
  },
};

/** A file mtlint must not write: read-only, or removed since it was read. The message says which, in a few words. */
export class ProtectedFileError extends Error {
  override name = 'ProtectedFileError';
}
