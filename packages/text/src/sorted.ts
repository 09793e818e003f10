/**
 * The index of the last item whose key is at or before `at`, in items sorted by that key, or -1 when every key is
 * after it: the span, run or line that holds an offset.
 */
export function lastAtOrBefore<T>(items: readonly T[], keyOf: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]!) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
