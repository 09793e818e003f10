/**
 * A file that cannot be read as its format: `line` is 1-based, and `message` is one sentence that
 * says what is wrong there. The caller adds the file name.
 */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

/** The 1-based line of `offset` in `content`. */
export function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = content.indexOf('\n'); i !== -1 && i < offset; i = content.indexOf('\n', i + 1)) line++;
  return line;
}
