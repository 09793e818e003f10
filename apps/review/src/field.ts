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
  /** Backspace: removes the character before the caret. */
  | { type: 'erase' }
  | { type: 'caret'; by: number };

/** A field holding `text`, the caret at its end. */
export function fieldOf(text: string): Field {
  return { text, caret: text.length };
}

export function changeField(field: Field, change: FieldChange): Field {
  const { text, caret } = field;
  switch (change.type) {
    case 'insert': {
      // One line: a pasted line break becomes a space.
      const typed = change.text.replace(/\r\n|[\r\n]/g, ' ');
      return { text: text.slice(0, caret) + typed + text.slice(caret), caret: caret + typed.length };
    }
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
