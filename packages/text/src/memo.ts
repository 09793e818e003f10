import { SpellingAnswers } from './spelling-numbers.js';

/** A word's remembered answer; `of(token)` is the same as `(token.lower)`, remembered by the token's spelling number. */
export interface WordMemo<T> {
  (word: string): T;
  of(token: { readonly lower: string; readonly spelling?: number | undefined }): T;
}

/**
 * `compute` remembered per word. Text is Zipfian and rules ask the same question of the same few thousand
 * spellings again and again, so each answer is worked out once. The memory is bounded: past `max` words it
 * starts afresh, so a long-running process reading many texts does not grow without end. Asked by a token
 * (`of`), the answer is also remembered by the token's spelling number, so that asking it again costs two array
 * reads instead of a look-up of the string in a hash table.
 */
export function memoizeByWord<T>(compute: (word: string) => T, max = 50_000): WordMemo<T> {
  const memory = new Map<string, T>();
  const byWord = (word: string): T => {
    const known = memory.get(word);
    if (known !== undefined || memory.has(word)) return known as T;
    const value = compute(word);
    if (memory.size >= max) memory.clear();
    memory.set(word, value);
    return value;
  };
  const answers = new SpellingAnswers<T>('values');
  const memo = byWord as WordMemo<T>;
  memo.of = (token) => {
    const slot = answers.slot(token.spelling);
    if (slot < 0) return byWord(token.lower);
    if (answers.known[slot] !== 0) return answers.values[slot] as T;
    const value = byWord(token.lower);
    answers.known[slot] = 1;
    answers.values[slot] = value;
    return value;
  };
  return memo;
}
