// The file-system edge of the review app: reading the text and the baseline, writing them back.
// Every failure becomes a ReviewFileError whose message is one line naming the file.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { BaselineError, emptyBaseline, parseBaseline, serializeBaseline, type Baseline } from '@mtlint/baseline';
import { decodeText } from '@mtlint/text-file';
import writeFileAtomic from 'write-file-atomic';

export class ReviewFileError extends Error {
  override name = 'ReviewFileError';
}

/** A text file as the app reviews it: its text, and the byte-order mark to write back in front of it. */
export interface TextFile {
  text: string;
  bom: string;
}

const BOM = '\uFEFF';

/** Reads a UTF-8 text file; refuses UTF-16, binary files and invalid UTF-8 as `mtlint lint` does. */
export function readTextFile(path: string): TextFile {
  const decoded = decodeText(read(path));
  if (!decoded.ok) throw new ReviewFileError(`${path}: ${decoded.problem}`);
  // The rules read the text without the mark (it would stick to the first word); saving puts it back.
  return { text: decoded.text, bom: decoded.offset > 0 ? BOM : '' };
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

/** Writes through a temporary file renamed over the target, so a failed write leaves the old file whole. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text, { encoding: 'utf8' });
  } catch (e) {
    throw new ReviewFileError(`could not write ${path}: ${reason(e)}; the file is unchanged`);
  }
}

export async function writeBaselineFile(path: string, baseline: Baseline): Promise<void> {
  await writeAtomically(path, serializeBaseline(baseline));
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
