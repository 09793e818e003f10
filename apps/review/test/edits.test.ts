import { describe, expect, it } from 'vitest';
import { editFromTyping, minimalEdit } from '../src/edits.js';

describe('edits cut to what they change', () => {
  it('leaves out what a suggestion keeps at either end, never half a surrogate pair', () => {
    const text = 'The the cat sat.';
    expect(minimalEdit(text, { start: 0, end: 8, replacement: 'The ' })).toEqual({ start: 4, end: 8, replacement: '' });
    expect(minimalEdit('a 👍 b', { start: 0, end: 6, replacement: 'a 👎 b' })).toEqual({ start: 2, end: 4, replacement: '👎' });
  });

  it('maps typing over a span shown with other changes back to the text, taking in a change it reaches into', () => {
    const text = 'one , two three';
    // Another decision deleted " ," (shown: "one two three").
    const others = [{ start: 3, end: 5, replacement: '' }];
    const span = { start: 0, end: text.length };
    expect(editFromTyping(text, span, others, 'one two four')).toEqual({ edit: { start: 10, end: 15, replacement: 'four' }, absorbed: [] });
    // Typed where the deletion was: an insertion after it, both kept.
    expect(editFromTyping(text, span, others, 'one; two three')).toEqual({ edit: { start: 5, end: 5, replacement: ';' }, absorbed: [] });
    // Typed over what another change wrote: that change is taken in.
    expect(editFromTyping(text, span, [{ start: 3, end: 5, replacement: ';' }], 'one: two three')).toEqual({
      edit: { start: 3, end: 5, replacement: ':' },
      absorbed: [0],
    });
    expect(editFromTyping(text, span, others, 'one two three!')).toEqual({ edit: { start: 15, end: 15, replacement: '!' }, absorbed: [] });
  });
});
