import { accessSync, constants, type Stats } from 'node:fs';

/**
 * Whether a file is read-only for mtlint: no write permission for this process, or, since root may write
 * anything, no write bit for the file's owner (what `chmod 444` or `chmod a-w` leave), as editors treat such a
 * file. Both `mtlint fix` and the review app refuse such a file: their atomic rename would get around its mode.
 * `stat` is the file's, from the caller's own look at it.
 */
export function isReadOnly(path: string, stat: Pick<Stats, 'mode'>): boolean {
  if ((stat.mode & 0o200) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
