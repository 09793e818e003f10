import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { fieldOf } from '../src/field.js';
import { commandFor, splitKeys } from '../src/keys.js';
import type { Mode } from '../src/state.js';

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
const browse: Mode = { name: 'browse' };
const editing: Mode = { name: 'edit', field: fieldOf('x') };

describe('keys', () => {
  it('maps the browsing keys of the issue', () => {
    const cmd = (input: string, key: Partial<Key> = {}) => commandFor(browse, input, { ...NO_KEY, ...key }, 6);
    expect(cmd('j')).toEqual({ type: 'move', by: 1 });
    expect(cmd('', { downArrow: true })).toEqual({ type: 'move', by: 1 });
    expect(cmd('k')).toEqual({ type: 'move', by: -1 });
    expect(cmd('', { upArrow: true })).toEqual({ type: 'move', by: -1 });
    expect(cmd('', { pageDown: true })).toEqual({ type: 'move', by: 6 });
    expect(cmd('', { return: true })).toEqual({ type: 'accept', alternative: 0 });
    expect(cmd('a')).toEqual({ type: 'accept', alternative: 0 });
    expect(cmd('3')).toEqual({ type: 'accept', alternative: 2 });
    expect(cmd('0')).toBeUndefined();
    expect(cmd('r')).toEqual({ type: 'reject' });
    expect(cmd('e')).toEqual({ type: 'edit' });
    expect(cmd('u')).toEqual({ type: 'undo' });
    expect(cmd('A')).toEqual({ type: 'accept-rule' });
    expect(cmd('/')).toEqual({ type: 'filter' });
    expect(cmd('s')).toEqual({ type: 'save', quit: false });
    expect(cmd('q')).toEqual({ type: 'quit' });
    expect(cmd('c', { ctrl: true })).toEqual({ type: 'quit' });
    expect(cmd('?')).toEqual({ type: 'help' });
  });

  it('in a field, letters are typed, not commands; enter keeps, esc cancels', () => {
    const cmd = (input: string, key: Partial<Key> = {}) => commandFor(editing, input, { ...NO_KEY, ...key }, 6);
    expect(cmd('q')).toEqual({ type: 'field', change: { type: 'insert', text: 'q' } });
    expect(cmd('', { backspace: true })).toEqual({ type: 'field', change: { type: 'erase' } });
    expect(cmd('', { leftArrow: true })).toEqual({ type: 'field', change: { type: 'caret', by: -1 } });
    expect(cmd('', { return: true })).toEqual({ type: 'commit' });
    expect(cmd('', { escape: true })).toEqual({ type: 'cancel' });
    expect(cmd('', { upArrow: true })).toBeUndefined();
  });

  it('the quit question: y saves and quits, n or ctrl-c quits, anything else stays', () => {
    const cmd = (input: string, key: Partial<Key> = {}) => commandFor({ name: 'confirm-quit' }, input, { ...NO_KEY, ...key }, 6);
    expect(cmd('y')).toEqual({ type: 'save', quit: true });
    expect(cmd('n')).toEqual({ type: 'discard' });
    expect(cmd('c', { ctrl: true })).toEqual({ type: 'discard' });
    expect(cmd('x')).toEqual({ type: 'cancel' });
  });

  it('splits a run of characters that arrived together into keys', () => {
    expect(splitKeys('j', NO_KEY)).toEqual([['j', NO_KEY]]);
    expect(splitKeys('jk', NO_KEY)).toEqual([['j', NO_KEY], ['k', NO_KEY]]);
    expect(splitKeys('a\r\u007F\u0003', NO_KEY)).toEqual([
      ['a', NO_KEY],
      ['', { ...NO_KEY, return: true }],
      ['', { ...NO_KEY, backspace: true }],
      ['c', { ...NO_KEY, ctrl: true }],
    ]);
    expect(splitKeys('👍x', NO_KEY)).toEqual([['👍', NO_KEY], ['x', NO_KEY]]);
  });
});
