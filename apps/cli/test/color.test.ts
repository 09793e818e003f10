import { describe, expect, it } from 'vitest';
import { colorByDefault } from '../src/color.js';

describe('colour by default', () => {
  it('colours a terminal, not a pipe, not NO_COLOR, not TERM=dumb', () => {
    expect(colorByDefault({}, true)).toBe(true);
    expect(colorByDefault({}, false)).toBe(false);
    expect(colorByDefault({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorByDefault({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorByDefault({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('lets FORCE_COLOR decide both ways, over NO_COLOR and TERM', () => {
    for (const on of ['1', '2', '3', 'true', '']) {
      expect(colorByDefault({ FORCE_COLOR: on }, false)).toBe(true);
      expect(colorByDefault({ FORCE_COLOR: on, NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    }
    for (const off of ['0', 'false']) expect(colorByDefault({ FORCE_COLOR: off }, true)).toBe(false);
  });
});
