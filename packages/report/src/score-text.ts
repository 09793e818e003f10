/** A document score as the reports print it: whole, or with one decimal ("86.4"). */
export const formatScore = (score: number): string => (Number.isInteger(score) ? String(score) : score.toFixed(1));

/**
 * A score rounded to the precision it is compared at: the one decimal the reports print, or as many as the
 * minimum it is compared with has ("--min-score 86.38"), so that a gate never contradicts the score a report shows.
 */
export function scoreAtPrecision(score: number, minimum: string): number {
  const decimals = Math.max(1, minimum.split('.')[1]?.length ?? 0);
  return Number(score.toFixed(decimals));
}
