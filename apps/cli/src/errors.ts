/** An error message on one line: Node's own messages sometimes carry a second line of advice. */
export const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A file-system error in a few words, for a one-line message. */
export function describeFsError(e: unknown): string {
  if (e instanceof Error && e.name === 'ProtectedFileError') return e.message;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a parent is not a directory';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on device';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  return oneLine(e instanceof Error ? e.message : String(e));
}
