import { describe, expect, it } from 'vitest';
import { changeField, fieldOf } from '../src/field.js';

describe('the text field', () => {
  it('starts with the caret after the text', () => {
    expect(fieldOf('has filed')).toEqual({ text: 'has filed', caret: 9 });
  });

  it('inserts and erases at the caret', () => {
    const moved = changeField(fieldOf('has filed'), { type: 'caret', by: -6 });
    expect(moved).toEqual({ text: 'has filed', caret: 3 });
    expect(changeField(moved, { type: 'insert', text: ' now' })).toEqual({ text: 'has now filed', caret: 7 });
    expect(changeField(moved, { type: 'erase' })).toEqual({ text: 'ha filed', caret: 2 });
  });

  it('keeps the caret inside the text', () => {
    expect(changeField(fieldOf('ab'), { type: 'caret', by: 5 })).toEqual({ text: 'ab', caret: 2 });
    expect(changeField(fieldOf('ab'), { type: 'caret', by: -5 })).toEqual({ text: 'ab', caret: 0 });
    expect(changeField({ text: 'ab', caret: 0 }, { type: 'erase' })).toEqual({ text: 'ab', caret: 0 });
  });

  it('erases and steps over a whole emoji, not half of it', () => {
    const field = fieldOf('ok 👍');
    expect(changeField(field, { type: 'erase' })).toEqual({ text: 'ok ', caret: 3 });
    expect(changeField(field, { type: 'caret', by: -1 })).toEqual({ text: 'ok 👍', caret: 3 });
    expect(changeField({ text: 'ok 👍', caret: 3 }, { type: 'caret', by: 1 })).toEqual({ text: 'ok 👍', caret: 5 });
  });

  it('turns a pasted line break into a space; alt-enter types one; one already there stays', () => {
    expect(changeField(fieldOf(''), { type: 'insert', text: 'one\r\ntwo\nthree' }).text).toBe('one two three');
    expect(changeField({ text: 'one two', caret: 3 }, { type: 'line-break' })).toEqual({ text: 'one\n two', caret: 4 });
    expect(changeField(fieldOf('first line\nsecond'), { type: 'insert', text: ' cue' }).text).toBe('first line\nsecond cue');
  });

  it('edits as a line editor: delete forward, a word back, everything before or after the caret, start and end', () => {
    const mid = { text: 'largely on , unsubstantiated', caret: 11 };
    expect(changeField(mid, { type: 'erase-forward' })).toEqual({ text: 'largely on  unsubstantiated', caret: 11 });
    expect(changeField({ text: 'a 👍b', caret: 2 }, { type: 'erase-forward' })).toEqual({ text: 'a b', caret: 2 });
    expect(changeField(fieldOf('ab'), { type: 'erase-forward' })).toEqual(fieldOf('ab'));
    expect(changeField(mid, { type: 'erase-word' })).toEqual({ text: 'largely , unsubstantiated', caret: 8 });
    expect(changeField({ text: 'one two  ', caret: 9 }, { type: 'erase-word' })).toEqual({ text: 'one ', caret: 4 });
    expect(changeField(mid, { type: 'kill-before' })).toEqual({ text: ', unsubstantiated', caret: 0 });
    expect(changeField(mid, { type: 'kill-after' })).toEqual({ text: 'largely on ', caret: 11 });
    expect(changeField(mid, { type: 'caret-to', at: 'start' }).caret).toBe(0);
    expect(changeField(mid, { type: 'caret-to', at: 'end' }).caret).toBe(28);
  });
});
