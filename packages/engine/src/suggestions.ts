import type { Suggestion } from './types.js';

const overlaps = (a: Suggestion, b: Suggestion) =>
  a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));

/**
 * Applies edits in the order given. An edit that overlaps one already taken is skipped, never
 * merged or applied twice, so the first of two competing edits wins. Returns the new text.
 */
export function applySuggestions(text: string, suggestions: readonly Suggestion[]): string {
  const taken: Suggestion[] = [];
  for (const s of suggestions) {
    if (!(s.start >= 0 && s.end >= s.start && s.end <= text.length)) continue;
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
