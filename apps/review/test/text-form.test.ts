import { formatFor } from '@mtlint/core/formats';
import { describe, expect, it } from 'vitest';
import { shownText, textIndexAt, typedInForm, type TextForm } from '../src/text-form.js';

const { decodeFragment, escape } = formatFor('messages.po');
const PO_FORM: TextForm = { decode: decodeFragment!, encode: escape };
/** Two strings of a msgstr continued on the next line, from the first character to the last. */
const RAW = 'The offer "\n"was \\"rejected\\".\\n';

describe('a unit typed as text, written in the file\'s form', () => {
  it('reads the stretch as text', () => {
    expect(shownText(PO_FORM, RAW)).toBe('The offer was "rejected".\n');
    expect(shownText(undefined, RAW)).toBe(RAW);
  });

  it('writes only the changed characters anew, escaped, and keeps the line the file breaks at', () => {
    expect(typedInForm(PO_FORM, RAW, 'The offer was "declined".\n')).toBe('The offer "\n"was \\"declined\\".\\n');
    expect(typedInForm(PO_FORM, RAW, 'The bid was "rejected".\n')).toBe('The bid "\n"was \\"rejected\\".\\n');
    // Typed where the file breaks the line: the break stays, the typing goes after it.
    expect(typedInForm(PO_FORM, RAW, 'The offer never was "rejected".\n')).toBe('The offer "\n"never was \\"rejected\\".\\n');
    // Characters on both sides of the break replaced: the break stays among them.
    for (const typed of ['The "deal"\tis off.\n', 'A bid was "rejected".\n', '']) {
      const written = typedInForm(PO_FORM, RAW, typed);
      expect(shownText(PO_FORM, written)).toBe(typed);
      expect(written).toContain('"\n"');
    }
    expect(typedInForm(PO_FORM, RAW, shownText(PO_FORM, RAW))).toBe(RAW);
    expect(typedInForm(undefined, RAW, 'as typed')).toBe('as typed');
  });

  it('finds the character of the text at an offset of the stretch', () => {
    const decoded = PO_FORM.decode(RAW);
    expect(textIndexAt(decoded, RAW.indexOf('was'))).toBe('The offer '.length);
    // Inside the quotes that join the lines: the next character.
    expect(textIndexAt(decoded, RAW.indexOf('\n'))).toBe('The offer '.length);
    expect(textIndexAt(decoded, RAW.length)).toBe(decoded.text.length);
  });
});
