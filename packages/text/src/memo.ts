/**
 * `compute` remembered per word. Text is Zipfian and rules ask the same question of the same few thousand
 * spellings again and again, so each answer is worked out once. The memory is bounded: past `max` words it
 * starts afresh, so a long-running process reading many texts does not grow without end.
 */
export function memoizeByWord<T>(compute: (word: string) => T, max = 50_000): (word: string) => T {
  const memory = new Map<string, T>();
  return (word) => {
    const known = memory.get(word);
    if (known !== undefined || memory.has(word)) return known as T;
    const value = compute(word);
    if (memory.size >= max) memory.clear();
    memory.set(word, value);
    return value;
  };
}
