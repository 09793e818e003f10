import { Text } from 'ink';
import type { Field } from '../field.js';

/** A text field's line: its text with the caret shown as an inverse character, or a hint while empty. */
export function FieldView({ field, placeholder }: { field: Field; placeholder?: string }) {
  const { text, caret } = field;
  const at = text.codePointAt(caret);
  const under = at === undefined ? ' ' : String.fromCodePoint(at);
  return (
    <Text wrap="truncate-start">
      {text.slice(0, caret)}
      <Text inverse>{under}</Text>
      {text.slice(caret + (at === undefined ? 0 : under.length))}
      {text === '' && placeholder ? <Text dimColor>{placeholder}</Text> : null}
    </Text>
  );
}
