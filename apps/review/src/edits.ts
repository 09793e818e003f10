// Edits cut to the characters they change, so that two decisions conflict only when those overlap:
// deleting a comma and rewriting the next word are two changes, not one region each.
import type { Suggestion } from '@mtlint/core';
import type { Span } from './items.js';

/**
 * Same test as `applySuggestions`: ranges that share a code unit overlap, and so do two edits at
 * the same offset when one of them is an insertion (their order would be ambiguous).
 */
export function spansOverlap(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));
}


const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** How many code units `a` and `b` share at their start and then at their end, never splitting a surrogate pair. */
function sharedEnds(a: string, b: string): { prefix: number; suffix: number } {
  const most = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < most && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && prefix < a.length && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < most - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(a.charCodeAt(a.length - suffix))) suffix--;
  return { prefix, suffix };
}

/** `edit` of `text` cut to the characters it changes: what it keeps at either end is left out. */
export function minimalEdit(text: string, edit: Suggestion): Suggestion {
  const old = text.slice(edit.start, edit.end);
  const { prefix, suffix } = sharedEnds(old, edit.replacement);
  return { start: edit.start + prefix, end: edit.end - suffix, replacement: edit.replacement.slice(prefix, edit.replacement.length - suffix) };
}

/** Whether `edit` leaves `text` as it is. */
export const isNoOp = (text: string, edit: Suggestion): boolean => text.slice(edit.start, edit.end) === edit.replacement;

/** A stretch of a span: as in the text, or another decision's change (`taken` is its index in `others`). */
interface Piece {
  /** In the text. */
  start: number;
  end: number;
  /** In the span as it reads with the other changes applied. */
  from: number;
  to: number;
  taken?: number;
}

/**
 * What typing `typed` over `span`, shown with the `others` changes applied (sorted, inside the span,
 * not overlapping), writes: one edit of the text, cut to what the typing changed. An other change the
 * typing reaches into is taken into the edit (`absorbed`, by index into `others`): its text is
 * replaced by what was typed there, so it no longer needs a decision of its own.
 */
export function editFromTyping(text: string, span: Span, others: readonly Suggestion[], typed: string): { edit: Suggestion; absorbed: number[] } {
  const pieces: Piece[] = [];
  let at = span.start;
  let shown = '';
  others.forEach((o, k) => {
    if (o.start > at) pieces.push({ start: at, end: o.start, from: shown.length, to: (shown += text.slice(at, o.start)).length });
    pieces.push({ start: o.start, end: o.end, from: shown.length, to: (shown += o.replacement).length, taken: k });
    at = o.end;
  });
  if (span.end > at) pieces.push({ start: at, end: span.end, from: shown.length, to: (shown += text.slice(at, span.end)).length });

  const { prefix, suffix } = sharedEnds(shown, typed);
  let from = prefix;
  let to = shown.length - suffix;
  let start = span.end;
  let end = span.start;
  const absorbed = new Set<number>();
  const take = (p: Piece) => {
    if (p.taken === undefined) return;
    absorbed.add(p.taken);
    from = Math.min(from, p.from);
    to = Math.max(to, p.to);
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  };
  // The first and last changed characters, mapped into the text; a change they fall inside is taken in.
  const left = pieces.find((p) => p.from <= from && from < p.to) ?? pieces.at(-1);
  if (left && left.taken === undefined) start = Math.min(start, left.start + Math.min(from - left.from, left.end - left.start));
  else if (left) take(left);
  else start = span.start;
  if (to === from && left?.taken === undefined) end = start;
  else {
    const right = pieces.find((p) => p.from < to && to <= p.to) ?? pieces[0];
    if (right && right.taken === undefined) end = Math.max(end, right.start + (to - right.from));
    else if (right) take(right);
    else end = span.start;
  }
  // A change the edit touches (an insertion at its edge) is taken in too, until none is left.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of pieces) {
      if (p.taken === undefined || absorbed.has(p.taken) || !spansOverlap(p, { start, end })) continue;
      take(p);
      grew = true;
    }
  }
  const replacement = typed.slice(from, typed.length - (shown.length - to));
  return { edit: { start, end, replacement }, absorbed: [...absorbed].sort((a, b) => a - b) };
}
