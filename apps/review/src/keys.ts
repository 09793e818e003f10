import type { Key } from 'ink';
import type { Action, Mode } from './state.js';

/** What a key press asks for: a state change, or a save (which the app performs, then reports). */
export type Command = Action | { type: 'save'; quit: boolean };

/** The keys, as the `?` overlay and the README list them. */
export const KEY_HELP: ReadonlyArray<readonly [keys: string, what: string]> = [
  ['↓ j / ↑ k', 'next / previous finding (pgdn / pgup: a page)'],
  ['enter a', 'accept the first suggestion'],
  ['1–9', 'accept that alternative'],
  ['r', 'reject (with --baseline: not reported again)'],
  ['e', 'edit the correction (enter keeps, esc cancels)'],
  ['u', 'undo the last decision (many levels)'],
  ['A', 'accept every pending finding of this rule'],
  ['/', 'filter by rule or text (enter applies, empty clears)'],
  ['f', 'fold finished findings away / show them'],
  ['s', 'save the corrected text'],
  ['q ctrl-c', 'quit (asks first when changes are unsaved)'],
  ['?', 'this help (any key closes it)'],
];

/** The one-line reminder at the bottom of the screen; `?` first, so that a narrow screen still shows it. */
export const HELP_LINE = '? keys · j/k move · a accept · 1-9 alternative · r reject · e edit · u undo · A all of rule · / filter · f fold · s save · q quit';

/** Maps a key press to a command in the given mode. `pageSize` is how far pgup/pgdn move. */
export function commandFor(mode: Mode, input: string, key: Key, pageSize: number): Command | undefined {
  const ctrlC = key.ctrl && input === 'c';
  switch (mode.name) {
    case 'edit':
    case 'filter':
      if (key.escape) return { type: 'cancel' };
      if (key.return) return { type: 'commit' };
      if (ctrlC) return { type: 'quit' };
      if (key.backspace || key.delete) return { type: 'field', change: { type: 'erase' } };
      if (key.leftArrow) return { type: 'field', change: { type: 'caret', by: -1 } };
      if (key.rightArrow) return { type: 'field', change: { type: 'caret', by: 1 } };
      if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.tab || !input) return undefined;
      return { type: 'field', change: { type: 'insert', text: input } };
    case 'help':
      if (input === 'q' || ctrlC) return { type: 'quit' };
      return { type: 'help' };
    case 'confirm-quit':
      if (input === 'y') return { type: 'save', quit: true };
      if (input === 'n' || ctrlC) return { type: 'discard' };
      return { type: 'cancel' };
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
  if (key.return) return { type: 'accept', alternative: 0 };
  if (key.ctrl || key.meta) return undefined;
  if (/^[1-9]$/.test(input)) return { type: 'accept', alternative: Number(input) - 1 };
  switch (input) {
    case 'j':
      return { type: 'move', by: 1 };
    case 'k':
      return { type: 'move', by: -1 };
    case 'a':
      return { type: 'accept', alternative: 0 };
    case 'r':
      return { type: 'reject' };
    case 'e':
      return { type: 'edit' };
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
