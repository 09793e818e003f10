import { readFileSync, realpathSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';

/** What the command needs from the file system; tests may pass their own. */
export interface Io {
  /** What is at a path (relative paths are resolved against the run's cwd by the caller). */
  kind(path: string): 'file' | 'directory' | 'missing' | 'other';
  /** Files matching the patterns, relative to `cwd`, without node_modules and dot-folders. */
  glob(patterns: readonly string[], cwd: string): string[];
  readFile(path: string): Uint8Array;
  /** The path with symbolic links resolved, to lint a file reached by two paths once. */
  realpath(path: string): string;
}

export const nodeIo: Io = {
  kind(path) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return 'missing';
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
  },
  glob(patterns, cwd) {
    return globSync(patterns, { cwd, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false });
  },
  readFile(path) {
    return readFileSync(path);
  },
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  },
};
