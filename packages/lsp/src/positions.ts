import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * How a position's `character` counts: LSP 3.17 lets the client and the server agree on UTF-16 code units
 * (the default, what `String.prototype.slice` and mtlint's offsets count) or UTF-8 bytes (what editors that
 * store text as UTF-8 prefer). Lines are the same in both.
 */
export type PositionEncoding = 'utf-16' | 'utf-8';

/** The encoding to use: the first of the client's `general.positionEncodings` the server knows, else UTF-16. */
export function negotiateEncoding(offered: readonly string[] | undefined): PositionEncoding {
  return (offered ?? []).find((e): e is PositionEncoding => e === 'utf-16' || e === 'utf-8') ?? 'utf-16';
}

/** The number of UTF-8 bytes of `text[from, to)`; a lone surrogate counts as the 3 bytes of U+FFFD. */
function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The editor position of UTF-16 offset `offset` of the document. */
export function toPosition(doc: TextDocument, offset: number, encoding: PositionEncoding): Position {
  const position = doc.positionAt(offset);
  if (encoding === 'utf-16') return position;
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  return { line: position.line, character: utf8Length(text, lineStart, lineStart + position.character) };
}

export function toRange(doc: TextDocument, start: number, end: number, encoding: PositionEncoding): Range {
  return { start: toPosition(doc, start, encoding), end: toPosition(doc, end, encoding) };
}

/**
 * The UTF-16 offset of an editor position. As the protocol asks, a character past the end of its line
 * means the line's end; a UTF-8 position inside a character means that character's start.
 */
export function toOffset(doc: TextDocument, position: Position, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return doc.offsetAt(position);
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const lineEnd = doc.offsetAt({ line: position.line, character: Number.MAX_SAFE_INTEGER });
  const text = doc.getText();
  let bytes = 0;
  let at = lineStart;
  while (at < lineEnd) {
    const c = text.charCodeAt(at);
    const width = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const next = bytes + utf8Length(text, at, at + width);
    if (next > position.character) break;
    bytes = next;
    at += width;
  }
  return at;
}

/** A UTF-16 offset range of an editor range. */
export function toOffsets(doc: TextDocument, range: Range, encoding: PositionEncoding): { start: number; end: number } {
  return { start: toOffset(doc, range.start, encoding), end: toOffset(doc, range.end, encoding) };
}
