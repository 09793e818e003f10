/**
 * The text of a file's units joined by blank lines: what the fluency rules lint and the score counts. A short
 * file's is joined at once; a long file's is read a stretch at a time (`JoinedUnits`), because its units are
 * slices of the file and their text joined whole would be a second copy of the file held to the end of its
 * lint (21 MB for a 10 MB Markdown file of two-byte text), while each piece of pieces.ts needs only its own.
 */
import type { Segment } from '@mtlint/formats';
import { lastAtOrBefore } from '@mtlint/text';
import { PIECE_LENGTH, type PieceText } from './pieces.js';

/** Text joined between units: a paragraph break, so no sentence runs from one unit into the next. */
export const SEPARATOR = '\n\n';

/** Where each unit's text starts in the units' text joined. */
export function basesOf(segments: readonly Segment[]): number[] {
  const bases: number[] = [];
  let at = 0;
  for (const segment of segments) {
    bases.push(at);
    at += segment.text.length + SEPARATOR.length;
  }
  return bases;
}

/** The index of the unit whose text contains joined-text offset `at` (the last one starting at or before it). */
export function segmentAt(bases: readonly number[], at: number): number {
  return Math.max(0, lastAtOrBefore(bases, (base) => base, at));
}

/** The units' text joined, a stretch at a time: `slice` builds only the stretch asked for. */
export class JoinedUnits implements PieceText {
  readonly length: number;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly bases: readonly number[],
  ) {
    const last = segments.length - 1;
    this.length = last < 0 ? 0 : bases[last]! + segments[last]!.text.length;
  }

  /** `[start, end)` of the joined text, `0 <= start <= end <= length`, as `String.prototype.slice` gives it. */
  slice(start: number, end: number): string {
    const parts: string[] = [];
    for (let i = segmentAt(this.bases, start); i < this.segments.length && this.bases[i]! < end; i++) {
      const base = this.bases[i]!;
      const text = this.segments[i]!.text;
      parts.push(text.slice(Math.max(start - base, 0), end - base));
      const separator = base + text.length;
      if (i + 1 < this.segments.length && separator < end) parts.push(SEPARATOR.slice(Math.max(start - separator, 0), end - separator));
    }
    return parts.join('');
  }
}

/** The units' text joined: a string up to PIECE_LENGTH, which the lint's parse is remembered by for the score (parse.ts); past it, read a stretch at a time. */
export function joinedText(segments: readonly Segment[], bases: readonly number[]): string | JoinedUnits {
  const joined = new JoinedUnits(segments, bases);
  return joined.length <= PIECE_LENGTH ? segments.map((s) => s.text).join(SEPARATOR) : joined;
}
