import type { Key } from 'ink';
import type { FieldChange } from './field.js';
import type { Action, Mode } from './state.js';

/**
 * Ink's key flags, and `forwardDelete`: Ink reports both the Backspace key (DEL, 0x7f) and the Delete
 * key (`ESC [3~`) as `delete`; the app tells them apart by the bytes that came in.
 */
export type KeyPress = Key & { forwardDelete?: boolean };

/**
 * What a key press asks for: a state change, or something the app does outside the reducer and then
 * reports: a save (to `output`, or where `s` writes; `force`: even over a change on disk), reading the
 * file again, the sentence in an external editor, suspending to the shell.
 */
export type Command =
  | Action
  | { type: 'save'; quit: boolean; output?: string; force?: boolean }
  | { type: 'reload' }
  | { type: 'external-editor' }
  | { type: 'suspend' }
  /** Scrolls the key help, when the screen cannot show it whole (the app knows how far it goes). */
  | { type: 'scroll'; by: number };

/** The keys, as the `?` overlay and the README list them. */
export const KEY_HELP: ReadonlyArray<readonly [keys: string, what: string]> = [
  ['↓ j / ↑ k', 'next / previous finding (pgdn / pgup: a page)'],
  ['g / G', 'first / last finding'],
  ['n / N', 'next / previous pending finding'],
  ['] / [', 'first finding of the next / previous rule'],
  ['tab 1–9', 'highlight the next / that alternative (the diff shows it)'],
  ['enter a', 'accept the highlighted suggestion'],
  ['r', 'reject (with --baseline: not reported again)'],
  ['p', 'set a decided finding back to pending'],
  ['e', 'edit the correction (the whole sentence if none)'],
  ['E', 'edit the whole sentence or unit'],
  ['ctrl-e', 'edit the sentence in $VISUAL / $EDITOR'],
  ['u', 'undo the last decision (many levels)'],
  ['A', 'accept every pending listed finding of this rule'],
  ['/', 'filter by rule or text as you type (enter keeps)'],
  ['f', 'fold finished findings away / show them'],
  ['s', 'save the corrected text'],
  ['w', 'save as: write to another file'],
  ['ctrl-z', 'suspend to the shell (fg comes back)'],
  ['q ctrl-c', 'quit (asks first when changes are unsaved)'],
  ['?', 'this help (j/k scroll it if cut; any other key closes it)'],
  ['in a field', 'home/end ctrl-a/e · ctrl-u/k · ctrl-w alt-⌫ · del · alt-enter ↵'],
];

/** The one-line reminder at the bottom of the screen; `?` first, so that a narrow screen still shows it. */
export const HELP_LINE = '? keys · j/k move · a accept · tab alt · r reject · e/E edit · p pending · u undo · s save · w save as · q quit';

/** The line-editor keys of the edit, filter and save-as fields. */
function fieldCommand(input: string, key: KeyPress): Command | undefined {
  const change = (c: FieldChange): Command => ({ type: 'field', change: c });
  if (key.home || (key.ctrl && input === 'a')) return change({ type: 'caret-to', at: 'start' });
  if (key.end || (key.ctrl && input === 'e')) return change({ type: 'caret-to', at: 'end' });
  if (key.ctrl && input === 'u') return change({ type: 'kill-before' });
  if (key.ctrl && input === 'k') return change({ type: 'kill-after' });
  if ((key.ctrl && input === 'w') || (key.meta && (key.backspace || key.delete))) return change({ type: 'erase-word' });
  if (key.forwardDelete) return change({ type: 'erase-forward' });
  if (key.backspace || key.delete) return change({ type: 'erase' });
  if (key.leftArrow) return change({ type: 'caret', by: -1 });
  if (key.rightArrow) return change({ type: 'caret', by: 1 });
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.tab || !input) return undefined;
  return change({ type: 'insert', text: input });
}

/** Maps a key press to a command in the given mode. `pageSize` is how far pgup/pgdn move. */
export function commandFor(mode: Mode, input: string, key: KeyPress, pageSize: number): Command | undefined {
  const ctrlC = key.ctrl && input === 'c';
  if (key.ctrl && input === 'z') return { type: 'suspend' };
  switch (mode.name) {
    case 'edit':
    case 'filter':
      if (key.escape) return { type: 'cancel' };
      if (key.return && key.meta && mode.name === 'edit') return { type: 'field', change: { type: 'line-break' } };
      if (key.return) return { type: 'commit' };
      if (ctrlC) return { type: 'quit' };
      return fieldCommand(input, key);
    case 'save-as':
      if (key.escape) return { type: 'cancel' };
      if (key.return) return { type: 'save', quit: false, output: mode.field.text.trim() };
      if (ctrlC) return { type: 'quit' };
      return fieldCommand(input, key);
    case 'help':
      if (input === 'q' || ctrlC) return { type: 'quit' };
      if (input === 'j' || key.downArrow) return { type: 'scroll', by: 1 };
      if (input === 'k' || key.upArrow) return { type: 'scroll', by: -1 };
      if (input === ' ' || key.pageDown) return { type: 'scroll', by: pageSize };
      if (key.pageUp) return { type: 'scroll', by: -pageSize };
      return { type: 'help' };
    case 'confirm-quit':
      if (input === 'y') return { type: 'save', quit: true };
      if (input === 'n' || ctrlC) return { type: 'discard' };
      return { type: 'cancel' };
    case 'disk-changed':
      if (input === 'r' && mode.canReload) return { type: 'reload' };
      if (input === 'o') return { type: 'save', quit: mode.quit, output: mode.output, force: true };
      if (input === 'w') return { type: 'save-as' };
      if (key.escape || ctrlC) return { type: 'cancel' };
      return undefined;
    case 'quit':
      return undefined;
    case 'browse':
      break;
  }
  if (ctrlC) return { type: 'quit' };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.pageDown) return { type: 'move', by: pageSize };
  if (key.pageUp) return { type: 'move', by: -pageSize };
  if (key.home) return { type: 'jump', to: 'first' };
  if (key.end) return { type: 'jump', to: 'last' };
  if (key.return) return { type: 'accept' };
  if (key.tab) return { type: 'highlight', by: key.shift ? -1 : 1 };
  if (key.ctrl && input === 'e') return { type: 'external-editor' };
  if (key.ctrl || key.meta) return undefined;
  if (/^[1-9]$/.test(input)) return { type: 'highlight', alternative: Number(input) - 1 };
  switch (input) {
    case 'j':
      return { type: 'move', by: 1 };
    case 'k':
      return { type: 'move', by: -1 };
    case 'g':
      return { type: 'jump', to: 'first' };
    case 'G':
      return { type: 'jump', to: 'last' };
    case 'n':
      return { type: 'jump', to: 'next-pending' };
    case 'N':
      return { type: 'jump', to: 'previous-pending' };
    case ']':
      return { type: 'jump', to: 'next-rule' };
    case '[':
      return { type: 'jump', to: 'previous-rule' };
    case 'a':
      return { type: 'accept' };
    case 'r':
      return { type: 'reject' };
    case 'p':
      return { type: 'pending' };
    case 'e':
      return { type: 'edit' };
    case 'E':
      return { type: 'edit', whole: true };
    case 'u':
      return { type: 'undo' };
    case 'A':
      return { type: 'accept-rule' };
    case '/':
      return { type: 'filter' };
    case 'f':
      return { type: 'fold' };
    case 's':
      return { type: 'save', quit: false };
    case 'w':
      return { type: 'save-as' };
    case 'q':
      return { type: 'quit' };
    case '?':
      return { type: 'help' };
  }
  return undefined;
}

/**
 * The key presses in one input event. Ink hands over a run of plain characters that arrived
 * together (a paste, keys typed while the app was busy, or `tmux send-keys`) as one string; each
 * character is a key of its own here, so `jjj` moves three times and `/word` opens the filter and
 * types into it. Line feeds, tabs, backspaces and control characters in the run get their flags.
 */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
  const chars = Array.from(input);
  if (chars.length <= 1 || key.ctrl || key.meta || key.escape) return [[input, key]];
  return chars.map((c): [string, Key] => {
    const code = c.codePointAt(0)!;
    if (c === '\r' || c === '\n') return ['', { ...key, return: true }];
    if (c === '\t') return ['', { ...key, tab: true }];
    if (c === '\u007F' || c === '\b') return ['', { ...key, backspace: true }];
    if (code < 0x20) return [String.fromCharCode(code + 0x60), { ...key, ctrl: true }];
    return [c, key];
  });
}
