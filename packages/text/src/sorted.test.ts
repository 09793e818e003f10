import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from './sorted.js';

describe('lastAtOrBefore', () => {
  const starts = [0, 10, 10, 25];
  const key = (n: number) => n;
  it('finds the last item whose key is at or before the value', () => {
    expect(lastAtOrBefore(starts, key, 0)).toBe(0);
    expect(lastAtOrBefore(starts, key, 9)).toBe(0);
    expect(lastAtOrBefore(starts, key, 10)).toBe(2);
    expect(lastAtOrBefore(starts, key, 24)).toBe(2);
    expect(lastAtOrBefore(starts, key, 99)).toBe(3);
  });
  it('gives -1 before the first key and for no items', () => {
    expect(lastAtOrBefore(starts, key, -1)).toBe(-1);
    expect(lastAtOrBefore([], key, 5)).toBe(-1);
  });
});
