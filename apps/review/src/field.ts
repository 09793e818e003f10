// A one-line text field as plain data: the edit and filter fields of the app. Keys reach it through
// the app's single key handler and the reducer, so no key typed right after `e` or `/` is lost while
// a field component would still be subscribing to input.

export interface Field {
  text: string;
  /** Where typing goes: 0 … text.length, in UTF-16 units. */
  caret: number;
}

export type FieldChange =
  | { type: 'insert'; text: string }
  /** alt-enter: a line break, typed on purpose (a subtitle cue's second line). */
  | { type: 'line-break' }
  /** Backspace: removes the character before the caret. */
  | { type: 'erase' }
  /** Delete: removes the character after the caret. */
  | { type: 'erase-forward' }
  /** ctrl-w, alt-backspace: removes the word before the caret (and the spaces after it). */
  | { type: 'erase-word' }
  /** ctrl-u: removes everything before the caret; ctrl-k: everything after it. */
  | { type: 'kill-before' }
  | { type: 'kill-after' }
  | { type: 'caret'; by: number }
  /** Home, ctrl-a: to the start; End, ctrl-e: to the end. */
  | { type: 'caret-to'; at: 'start' | 'end' };

/** A field holding `text`, the caret at its end. */
export function fieldOf(text: string): Field {
  return { text, caret: text.length };
}

export function changeField(field: Field, change: FieldChange): Field {
  const { text, caret } = field;
  switch (change.type) {
    case 'insert': {
      // A pasted line break becomes a space; one already in the text (a subtitle cue's) stays.
      const typed = change.text.replace(/\r\n|[\r\n]/g, ' ');
      return { text: text.slice(0, caret) + typed + text.slice(caret), caret: caret + typed.length };
    }
    case 'line-break':
      return { text: `${text.slice(0, caret)}\n${text.slice(caret)}`, caret: caret + 1 };
    case 'erase-forward': {
      const next = text.codePointAt(caret);
      if (next === undefined) return field;
      return { text: text.slice(0, caret) + text.slice(caret + String.fromCodePoint(next).length), caret };
    }
    case 'erase-word': {
      // As readline's ctrl-w: the spaces before the caret, then the word before them.
      const space = (at: number) => /\s/.test(text.charAt(at));
      let at = caret;
      while (at > 0 && space(at - 1)) at--;
      while (at > 0 && !space(at - 1)) at--;
      return { text: text.slice(0, at) + text.slice(caret), caret: at };
    }
    case 'kill-before':
      return { text: text.slice(caret), caret: 0 };
    case 'kill-after':
      return { text: text.slice(0, caret), caret };
    case 'caret-to':
      return { text, caret: change.at === 'start' ? 0 : text.length };
    case 'erase': {
      if (caret === 0) return field;
      // Whole code points: a backspace after an emoji removes both of its UTF-16 units.
      const before = Array.from(text.slice(0, caret)).slice(0, -1).join('');
      return { text: before + text.slice(caret), caret: before.length };
    }
    case 'caret': {
      const points = Array.from(text.slice(0, caret));
      if (change.by < 0) return { text, caret: points.slice(0, Math.max(0, points.length + change.by)).join('').length };
      const after = Array.from(text.slice(caret));
      return { text, caret: caret + after.slice(0, change.by).join('').length };
    }
  }
}
