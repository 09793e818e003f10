import type { Suggestion } from './types.js';

const overlaps = (a: Suggestion, b: Suggestion) =>
  a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));

/** Whether offset `at` of the text falls between the two halves of a surrogate pair (an emoji, a CJK extension character). */
function insidePair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Applies edits in the order given. An edit that overlaps one already taken is skipped, never
 * merged or applied twice, so the first of two competing edits wins; so is an edit outside the text.
 * Returns the new text.
 *
 * @throws {TypeError} when `text` is not a string or `suggestions` not an array.
 * @throws {RangeError} for an edit that starts or ends between the two halves of a surrogate pair,
 * which would leave half a character in the text.
 */
export function applySuggestions(text: string, suggestions: readonly Suggestion[]): string {
  if (typeof text !== 'string') throw new TypeError(`applySuggestions: text must be a string, got ${text === null ? 'null' : typeof text}`);
  if (!Array.isArray(suggestions)) throw new TypeError(`applySuggestions: suggestions must be an array of { start, end, replacement }, got ${suggestions === null ? 'null' : typeof suggestions}`);
  const taken: Suggestion[] = [];
  for (const s of suggestions) {
    if (!(s.start >= 0 && s.end >= s.start && s.end <= text.length)) continue;
    for (const at of [s.start, s.end]) {
      if (insidePair(text, at)) throw new RangeError(`applySuggestions: the edit [${s.start}, ${s.end}) would split the surrogate pair at offset ${at - 1}`);
    }
    if (taken.some((t) => overlaps(t, s))) continue;
    taken.push(s);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const s of taken) {
    out += text.slice(cursor, s.start) + s.replacement;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

/** The edits `applySuggestions` would take: the first suggestion of each item, without overlaps. */
export function firstSuggestions(findings: ReadonlyArray<{ suggestions: readonly Suggestion[] }>): Suggestion[] {
  const out: Suggestion[] = [];
  for (const f of findings) if (f.suggestions[0]) out.push(f.suggestions[0]);
  return out;
}

/**
 * A replacement for `replaced`, a stretch of a file whose line breaks the text reads as spaces or soft breaks (a
 * subtitle cue's lines, a Markdown paragraph's), with as many of those breaks as the stretch had: each lost one
 * goes where the replacement has a space nearest to the break's place, written as the file writes it (CRLF or LF).
 * A fix of "has the offer↵rejected" to "has rejected the offer" keeps the cue on two lines ("has rejected↵the
 * offer"). A replacement that writes line breaks of its own is left as it is.
 */
export function keepLineBreaks(replaced: string, replacement: string): string {
  if (!replaced.includes('\n') || replacement.includes('\n')) return replacement;
  const chars = [...replacement];
  const offsets: number[] = [];
  for (let at = 0, i = 0; i < chars.length; at += chars[i]!.length, i++) offsets.push(at);
  for (const match of replaced.matchAll(/\r?\n/g)) {
    let nearest = -1;
    chars.forEach((c, i) => {
      if (c === ' ' && (nearest < 0 || Math.abs(offsets[i]! - match.index) < Math.abs(offsets[nearest]! - match.index))) nearest = i;
    });
    if (nearest < 0) break;
    chars[nearest] = match[0];
  }
  return chars.join('');
}
