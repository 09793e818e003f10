import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `input` by edit distance, or undefined when even the nearest is too far
 * to be a plausible typo (more than 3 edits, or more than half of the input).
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(input, candidates);
  const d = distance(input, best);
  return d <= Math.min(3, Math.max(1, Math.ceil(input.length / 2))) ? best : undefined;
}

/** "; did you mean X?" for a close candidate, else "; expected one of A, B, C". */
export function hint(input: string, candidates: readonly string[], show: (c: string) => string = (c) => c): string {
  const best = nearest(input, candidates);
  return best !== undefined ? `; did you mean ${show(best)}?` : `; expected one of ${candidates.map(show).join(', ')}`;
}
