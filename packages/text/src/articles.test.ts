import { describe, expect, it } from 'vitest';
import { indefiniteArticle } from './articles.js';

describe('indefiniteArticle', () => {
  it.each([
    ['apple', 'an'], ['engineer', 'an'], ['Interior', 'an'], ['officer', 'an'], ['umbrella', 'an'], ['urgent', 'an'],
    ['hour', 'an'], ['honest', 'an'], ['honour', 'an'], ['heir', 'an'],
    ['union', 'a'], ['university', 'a'], ['user', 'a'], ['usual', 'a'], ['utility', 'a'], ['European', 'a'], ['one-off', 'a'],
    ['house', 'a'], ['teacher', 'a'], ['year', 'a'],
  ] as const)('%s → %s', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });
});
