// The text of a unit as a person reads and types it, and the file's form of it. A PO msgstr is
// written as quoted strings with escapes, continued over lines, an XLIFF target with XML references, a
// JSON value with backslash escapes; the review shows, diffs, searches and edits the text they stand for,
// and writes what was typed back in the file's form.
import type { DecodedFragment } from '@mtlint/core/formats';
import { diffChars } from 'diff';

/** How the reviewed file writes its units' text, where that differs from the text (see `Format.decodeFragment`). */
export interface TextForm {
  /** The text a stretch of one unit stands for; the stretch starts and ends between characters of the text. */
  decode(raw: string): DecodedFragment;
  /** How the file writes typed text. */
  encode(text: string): string;
}

/** The text a stretch of the file stands for: itself, in a file that writes its text as it reads. */
export const shownText = (form: TextForm | undefined, raw: string): string => (form ? form.decode(raw).text : raw);

/**
 * The stretch `raw` of the file as `typed` would leave it, typed as text: every character the typing
 * keeps stays as the file writes it (an escape stays an escape), what it adds is written with
 * `encode`, and the file's own breaks between characters (a PO string continued on the next line)
 * all stay where they are, so an edit changes only the lines it types on. Text typed at a break goes
 * after it.
 */
export function typedInForm(form: TextForm | undefined, raw: string, typed: string): string {
  if (!form) return typed;
  const { text, starts, ends } = form.decode(raw);
  if (text === typed) return raw;
  // What the file has between character k and the next (or the stretch's end): a break, or nothing.
  const breakAfter = (k: number) => raw.slice(ends[k], k + 1 < text.length ? starts[k + 1] : raw.length);
  let written = raw.slice(0, text.length > 0 ? starts[0] : raw.length);
  let k = 0;
  for (const part of diffChars(text, typed)) {
    if (part.added) written += form.encode(part.value);
    else for (const end = k + part.value.length; k < end; k++) written += (part.removed ? '' : raw.slice(starts[k], ends[k])) + breakAfter(k);
  }
  return written;
}

/** The character of a decoded stretch that offset `at` of the stretch falls on: the first whose raw form starts there or after. */
export function textIndexAt(decoded: DecodedFragment, at: number): number {
  let lo = 0;
  let hi = decoded.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (decoded.starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
