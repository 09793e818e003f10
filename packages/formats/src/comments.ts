/**
 * The comments of a file, as its format defines them (Markdown and HTML `<!-- -->`, PO translator comments,
 * XLIFF notes and XML comments, WebVTT `NOTE` blocks), with the stretches of the file a directive in each
 * applies to: what the comment stands on, and what comes next. Only these are directives: text that looks
 * like a comment inside code, a string or a cue is text. Pure.
 */
import type { FileSpan } from './segment.js';

export interface FileComment {
  /** The comment's content without its delimiters (`<!--`, `#`, `NOTE`), trimmed. */
  text: string;
  /** The comment itself in the file. */
  start: number;
  end: number;
  /** What `disable-line` silences: the comment's lines, or the unit it belongs to (a PO entry, an XLIFF unit). */
  on: FileSpan;
  /** What `disable-next-line` silences: the line after the comment, or the unit it precedes or belongs to. */
  next: FileSpan | undefined;
}

/** The whole lines `[from, to)` touches: from the start of the first to the end of the last (before its line break). */
export function linesOf(content: string, from: number, to: number): FileSpan {
  const start = content.lastIndexOf('\n', from - 1) + 1;
  return { start, end: lineEndAt(content, Math.max(from, to - 1)) };
}

/** The line after the one that holds `at`, or undefined on the last line. */
export function lineAfter(content: string, at: number): FileSpan | undefined {
  const nl = content.indexOf('\n', at);
  if (nl === -1) return undefined;
  return { start: nl + 1, end: lineEndAt(content, nl + 1) };
}

/** The end of the line that holds `at`, before its `\n` or `\r\n`. */
function lineEndAt(content: string, at: number): number {
  const nl = content.indexOf('\n', at);
  if (nl === -1) return content.length;
  return content[nl - 1] === '\r' && nl - 1 >= at ? nl - 1 : nl;
}

/** An HTML comment's content: between `<!--` and `-->`, trimmed. */
export const htmlCommentText = (raw: string) => raw.slice(4, raw.endsWith('-->') ? -3 : undefined).trim();

/** A comment that covers its own lines and is followed by the next line: Markdown, HTML, plain text. */
export function lineComment(content: string, start: number, end: number, text: string): FileComment {
  return { text, start, end, on: linesOf(content, start, end), next: lineAfter(content, end - 1) };
}

/**
 * Plain text has no comments of its own: an HTML comment that ends a line (alone on it, or after a sentence)
 * counts as one, so that a `.txt` file takes the directives a Markdown file does. `<!-- … -->` followed by more
 * text on its line is text.
 */
export function plainTextComments(content: string): FileComment[] {
  const out: FileComment[] = [];
  // `(?:(?!-->)[^\n])*` stops at the first `-->` and never leaves the line: linear.
  for (const m of content.matchAll(/<!--(?:(?!-->)[^\n])*-->(?=[ \t]*\r?$)/gm)) {
    out.push(lineComment(content, m.index, m.index + m[0].length, htmlCommentText(m[0])));
  }
  return out;
}
