import { Text } from 'ink';
import { oneLine } from '../diff.js';
import type { Field } from '../field.js';

/**
 * A text field: its text with the caret shown as an inverse character, or a hint while empty; a line
 * break in it (a subtitle cue's) shows as ↵. One line, its end in view, unless `wrap`.
 */
export function FieldView({ field, placeholder, wrap = false }: { field: Field; placeholder?: string; wrap?: boolean }) {
  const { text, caret } = field;
  const at = text.codePointAt(caret);
  const under = at === undefined ? ' ' : String.fromCodePoint(at);
  return (
    <Text wrap={wrap ? 'wrap' : 'truncate-start'}>
      {oneLine(text.slice(0, caret))}
      <Text inverse>{oneLine(under)}</Text>
      {oneLine(text.slice(caret + (at === undefined ? 0 : under.length)))}
      {text === '' && placeholder ? <Text dimColor>{placeholder}</Text> : null}
    </Text>
  );
}
