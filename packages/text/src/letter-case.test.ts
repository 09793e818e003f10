import { describe, expect, it } from 'vitest';
import { isTitleCase, startsWithCapital, withCaseOf } from './letter-case.js';

describe('letter case', () => {
  it('isTitleCase: a capital then a lower-case letter, in any script', () => {
    for (const word of ['Amini', 'Éva', 'Ørsted', 'Ab', 'Über']) expect(isTitleCase(word), word).toBe(true);
    for (const word of ['EU', 'eU', 'x', 'X', '3D', '', 'ÉVA', 'éva', "O'Brien"]) expect(isTitleCase(word), word).toBe(false);
  });

  it('startsWithCapital: the first letter is a capital, in any script', () => {
    for (const word of ['Canal', 'SAIBOU', 'Øresund', 'X', 'Über']) expect(startsWithCapital(word), word).toBe(true);
    for (const word of ['canal', '3D', '', 'ørsted', '"A']) expect(startsWithCapital(word), word).toBe(false);
  });

  it('withCaseOf: capitalises the replacement only where the replaced word starts with a capital', () => {
    expect(withCaseOf('Despite', 'despite')).toBe('Despite');
    expect(withCaseOf('Øresund', 'over')).toBe('Over');
    expect(withCaseOf('despite', 'despite')).toBe('despite');
    expect(withCaseOf('3D', 'three')).toBe('three');
    expect(withCaseOf('The', '')).toBe('');
  });
});
