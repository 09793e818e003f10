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
const editing: Mode = { name: 'edit', field: fieldOf('x'), span: { start: 0, end: 1 }, whole: false };

describe('keys', () => {
  it('maps the browsing keys of the issue', () => {
    const cmd = (input: string, key: Partial<Key> = {}) => commandFor(browse, input, { ...NO_KEY, ...key }, 6);
    expect(cmd('j')).toEqual({ type: 'move', by: 1 });
    expect(cmd('', { downArrow: true })).toEqual({ type: 'move', by: 1 });
    expect(cmd('k')).toEqual({ type: 'move', by: -1 });
    expect(cmd('', { upArrow: true })).toEqual({ type: 'move', by: -1 });
    expect(cmd('', { pageDown: true })).toEqual({ type: 'move', by: 6 });
    expect(cmd('', { return: true })).toEqual({ type: 'accept' });
    expect(cmd('a')).toEqual({ type: 'accept' });
    expect(cmd('3')).toEqual({ type: 'highlight', alternative: 2 });
    expect(cmd('', { tab: true })).toEqual({ type: 'highlight', by: 1 });
    expect(cmd('g')).toEqual({ type: 'jump', to: 'first' });
    expect(cmd('G')).toEqual({ type: 'jump', to: 'last' });
    expect(cmd('n')).toEqual({ type: 'jump', to: 'next-pending' });
    expect(cmd('N')).toEqual({ type: 'jump', to: 'previous-pending' });
    expect(cmd(']')).toEqual({ type: 'jump', to: 'next-rule' });
    expect(cmd('[')).toEqual({ type: 'jump', to: 'previous-rule' });
    expect(cmd('p')).toEqual({ type: 'pending' });
    expect(cmd('E')).toEqual({ type: 'edit', whole: true });
    expect(cmd('w')).toEqual({ type: 'save-as' });
    expect(cmd('e', { ctrl: true })).toEqual({ type: 'external-editor' });
    expect(cmd('z', { ctrl: true })).toEqual({ type: 'suspend' });
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

  it('in the help, j/k and the page keys scroll, q quits, any other key closes it', () => {
    const cmd = (input: string, key: Partial<Key> = {}) => commandFor({ name: 'help', scroll: 0 }, input, { ...NO_KEY, ...key }, 16);
    expect(cmd('j')).toEqual({ type: 'scroll', by: 1 });
    expect(cmd('', { upArrow: true })).toEqual({ type: 'scroll', by: -1 });
    expect(cmd(' ')).toEqual({ type: 'scroll', by: 16 });
    expect(cmd('', { pageUp: true })).toEqual({ type: 'scroll', by: -16 });
    expect(cmd('q')).toEqual({ type: 'quit' });
    expect(cmd('x')).toEqual({ type: 'help' });
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

  it('the fields are line editors: home/end, ctrl-a/e, ctrl-u/k, ctrl-w and alt-backspace, delete forward', () => {
    const cmd = (input: string, key: Partial<Key> & { forwardDelete?: boolean } = {}) => commandFor(editing, input, { ...NO_KEY, ...key }, 6);
    const change = (c: object) => ({ type: 'field', change: c });
    expect(cmd('', { home: true })).toEqual(change({ type: 'caret-to', at: 'start' }));
    expect(cmd('a', { ctrl: true })).toEqual(change({ type: 'caret-to', at: 'start' }));
    expect(cmd('', { end: true })).toEqual(change({ type: 'caret-to', at: 'end' }));
    expect(cmd('e', { ctrl: true })).toEqual(change({ type: 'caret-to', at: 'end' }));
    expect(cmd('u', { ctrl: true })).toEqual(change({ type: 'kill-before' }));
    expect(cmd('k', { ctrl: true })).toEqual(change({ type: 'kill-after' }));
    expect(cmd('w', { ctrl: true })).toEqual(change({ type: 'erase-word' }));
    // Ink calls the Backspace key (DEL) `delete`; with alt it erases a word.
    expect(cmd('', { delete: true, meta: true })).toEqual(change({ type: 'erase-word' }));
    expect(cmd('', { delete: true })).toEqual(change({ type: 'erase' }));
    expect(cmd('', { delete: true, forwardDelete: true })).toEqual(change({ type: 'erase-forward' }));
    expect(cmd('', { return: true, meta: true })).toEqual(change({ type: 'line-break' }));
  });

  it('a save that found the file changed on disk: r reloads, o overwrites, w saves elsewhere, esc goes back', () => {
    const mode: Mode = { name: 'disk-changed', output: 'a.txt', canReload: true, quit: false };
    const cmd = (input: string, key: Partial<Key> = {}) => commandFor(mode, input, { ...NO_KEY, ...key }, 6);
    expect(cmd('r')).toEqual({ type: 'reload' });
    expect(cmd('o')).toEqual({ type: 'save', quit: false, output: 'a.txt', force: true });
    expect(cmd('w')).toEqual({ type: 'save-as' });
    expect(cmd('', { escape: true })).toEqual({ type: 'cancel' });
    expect(commandFor({ ...mode, canReload: false }, 'r', NO_KEY, 6)).toBeUndefined();
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
