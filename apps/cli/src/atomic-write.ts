/**
 * Writes a whole file or nothing: the data goes to a temporary file beside the target (same folder, so same
 * device), is flushed, and is renamed over the target. The temporary's name says whose it is —
 * `.<name>.mtlint-<pid>-<thread>.tmp` — so that when a run is killed between writing and renaming (`kill -9`,
 * power loss), the next run that writes into that folder recognises the temporary of a process that no longer
 * exists and removes it; a dot-file, it is never linted meanwhile. (write-file-atomic, used before, names its
 * temporaries `<name>.<hash>`, which no later run can tell from a user's file.)
 */
import { chownSync, closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const TEMPORARY = /^\..+\.mtlint-(\d+)-\d+\.tmp$/;

/**
 * The thread this code runs on (0: the main thread). node:worker_threads is required when a file is first written,
 * not imported: loading it costs every run's start a few milliseconds, and most runs write nothing.
 */
const threadId = (): number => (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).threadId;

/** The temporary this process writes for `path`. */
export const temporaryFor = (path: string) => join(dirname(path), `.${basename(path)}.mtlint-${process.pid}-${threadId()}.tmp`);

/** Whether a process with this id exists (one we may not signal exists too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporaries in `dir` left by mtlint processes that no longer run. */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

/**
 * Writes `data` to `path` atomically. The new file gets `mode`, `uid` and `gid` when given (a fix keeps the
 * file's), else those of the file it replaces, else the defaults for a new file.
 */
export function writeAtomic(path: string, data: string | Uint8Array, keep?: { mode: number; uid: number; gid: number }): void {
  removeStaleTemporaries(dirname(path));
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const previous = keep ?? statSync(path, { throwIfNoEntry: false });
  const tmp = temporaryFor(path);
  try {
    const fd = openSync(tmp, 'w', previous ? previous.mode & 0o7777 : 0o666);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (previous) {
      try {
        chownSync(tmp, previous.uid, previous.gid);
      } catch (e) {
        // Only root may give a file away; anyone else's new file is theirs, as an editor's save makes it.
        if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
      }
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
