import { describe, expect, it } from 'vitest';
import { isYearNumber } from './phrases.js';

describe('isYearNumber', () => {
  it('reads 1800–2099 as a year, and no other number', () => {
    expect(['1800', '1961', '2015', '2099'].map(isYearNumber)).toEqual([true, true, true, true]);
    expect(['1799', '2100', '201', '20150', '12', '1,961'].map(isYearNumber)).toEqual([false, false, false, false, false, false]);
  });
});
