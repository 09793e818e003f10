// The file-system edge of the review app: reading the text and the baseline, writing them back.
// Every failure becomes a ReviewFileError whose message is one line naming the file.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { BaselineError, emptyBaseline, parseBaseline, serializeBaseline, type Baseline } from '@mtlint/baseline';
import { isReadOnly } from '@mtlint/file-access';
import { decodeText } from '@mtlint/text-file';
import writeFileAtomic from 'write-file-atomic';

export class ReviewFileError extends Error {
  override name = 'ReviewFileError';
}

/** A text file as the app reviews it: its text, and the byte-order mark to write back in front of it. */
export interface TextFile {
  text: string;
  bom: string;
  /** The file's content as read, to tell at save time whether someone else changed it meanwhile. */
  stamp: FileStamp;
}

/** What a file held when it was last read or written: its size, modification time and content hash. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

const stampOf = (bytes: Uint8Array, stat: Stats): FileStamp => ({
  size: stat.size,
  mtimeMs: stat.mtimeMs,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});

const BOM = '\uFEFF';

/** Reads a UTF-8 text file; refuses UTF-16, binary files and invalid UTF-8 as `mtlint lint` does. */
export function readTextFile(path: string): TextFile {
  const bytes = read(path);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ReviewFileError(`${path}: ${decoded.problem}`);
  // The rules read the text without the mark (it would stick to the first word); saving puts it back.
  return { text: decoded.text, bom: decoded.offset > 0 ? BOM : '', stamp: stampOf(bytes, statSync(path)) };
}

/**
 * Whether the file at `path` no longer holds what `stamp` recorded: removed, or other content. Same
 * size and modification time are taken as the same content; otherwise the content's hash decides, so
 * a `touch` alone is not a change.
 */
export function changedOnDisk(path: string, stamp: FileStamp): boolean {
  const stat = statOrNone(path);
  if (!stat) return true;
  if (stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs) return false;
  try {
    return stampOf(readFileSync(path), stat).sha256 !== stamp.sha256;
  } catch {
    return true;
  }
}

/**
 * Why `path` cannot be saved to, in a few words, or undefined when it can be tried: its folder must
 * exist, and an existing file must be a writable file. Checked when a save-as path is entered, so that
 * a typing mistake is reported while the review is still open.
 */
export function saveTargetProblem(path: string): string | undefined {
  const folder = statOrNone(dirname(resolve(path)));
  if (!folder) return `the folder ${dirname(path)} does not exist`;
  if (!folder.isDirectory()) return `${dirname(path)} is not a folder`;
  const stat = statOrNone(path);
  if (stat?.isDirectory()) return `${path} is a folder`;
  if (stat && isReadOnly(path, stat)) return `${path} is read-only`;
  return undefined;
}

/** The file's status, or undefined when there is none to read (missing, a file in the path, no permission). */
function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Reads a baseline file; a missing one is empty (saving creates it). */
export function readBaselineFile(path: string): Baseline {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyBaseline();
    throw new ReviewFileError(`${path}: ${reason(e)}`);
  }
  try {
    return parseBaseline(json, path);
  } catch (e) {
    if (e instanceof BaselineError) throw new ReviewFileError(e.message);
    throw e;
  }
}

/**
 * The path a baseline entry gives for `file`: POSIX, relative to the baseline file's directory, so
 * the baseline works from any working directory and on any system.
 */
export function baselinePath(baselineFile: string, file: string): string {
  return relative(dirname(resolve(baselineFile)), resolve(file)).split(sep).join('/');
}

/**
 * Writes through a temporary file renamed over the target, so a failed write leaves the old file
 * whole, and resolves to what the file now holds. An existing file keeps its mode, owner and group
 * (the rename puts a new file in its place), and a read-only one is refused, not replaced: the rename
 * would get around its mode. write-file-atomic removes its temporary file on a failure, on exit and
 * on a signal (signal-exit).
 */
export async function writeAtomically(path: string, text: string): Promise<FileStamp> {
  const stat = statOrNone(path);
  if (stat?.isFile() && isReadOnly(path, stat)) throw new ReviewFileError(`${path} is read-only; the file is unchanged`);
  const bytes = Buffer.from(text, 'utf8');
  try {
    await writeFileAtomic(path, bytes, stat?.isFile() ? { mode: stat.mode & 0o7777, chown: { uid: stat.uid, gid: stat.gid } } : {});
    return stampOf(bytes, statSync(path));
  } catch (e) {
    throw new ReviewFileError(`could not write ${path}: ${reason(e)}; the file is unchanged`);
  }
}

/** Whether the file at `path` holds exactly `text` (UTF-8) now. */
export function holds(path: string, text: string): boolean {
  try {
    return readFileSync(path).equals(Buffer.from(text, 'utf8'));
  } catch {
    return false;
  }
}

export async function writeBaselineFile(path: string, baseline: Baseline): Promise<void> {
  const json = serializeBaseline(baseline);
  if (!holds(path, json)) await writeAtomically(path, json);
}

function read(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ReviewFileError(`${path}: ${reason(e)}`);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory; review one file at a time',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a directory',
};

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (e instanceof Error ? e.message.split('\n')[0]! : String(e));
}
