import { describe, expect, it } from 'vitest';
import { isEditable, SegmentBuilder, toFileEdit, toFileSpan, touchesProtected } from './segment.js';

// File: `say <b>the</b> &amp; "x"` → text `say the & x`, built the way a reader would.
const file = 'say <b>the</b> &amp; x';
const segment = new SegmentBuilder()
  .verbatim('say ', 0)
  .hardBreak()
  .verbatim('the', 7)
  .hardBreak()
  .verbatim(' ', 14)
  .char('&', 15, 20)
  .verbatim(' x', 20)
  .protect(9, 11)
  .build();

describe('segment offset maps', () => {
  it('maps every character of the text to its raw form in the file', () => {
    expect(segment.text).toBe('say the & x');
    for (let i = 0; i < segment.text.length; i++) {
      const { start, end } = toFileSpan(segment, i, i + 1);
      const raw = file.slice(start, end);
      expect(raw === segment.text[i] || raw === '&amp;').toBe(true);
    }
  });

  it('keeps text that maps one to one, however it was appended, in a single run', () => {
    const cue = new SegmentBuilder().verbatim('one', 10).char(' ', 13, 14).verbatim('two', 14).char('"', 17, 19).char('x', 19, 20).build();
    expect(cue.runs).toEqual([
      { textStart: 0, fileStart: 10 },
      { textStart: 7, fileStart: 17, sharedEnd: 19 },
      { textStart: 8, fileStart: 19 },
    ]);
    expect(cue.fileEnd).toBe(20);
    expect(toFileSpan(cue, 6, 8)).toEqual({ start: 16, end: 19 });
    expect(toFileSpan(new SegmentBuilder().build(), 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('maps spans and insertion points, including the end of the text', () => {
    expect(toFileSpan(segment, 4, 7)).toEqual({ start: 7, end: 10 });
    expect(toFileSpan(segment, 8, 9)).toEqual({ start: 15, end: 20 });
    expect(toFileSpan(segment, 4, 4)).toEqual({ start: 7, end: 7 });
    expect(toFileSpan(segment, 11, 11)).toEqual({ start: 22, end: 22 });
  });

  it('forbids edits across markup and on protected code, allows them up to its edge', () => {
    expect(isEditable(segment, 4, 7)).toBe(true); // "the", inside the tags
    expect(isEditable(segment, 0, 7)).toBe(false); // "say the" spans <b>
    expect(isEditable(segment, 9, 11)).toBe(false); // " x" is protected
    expect(isEditable(segment, 8, 9)).toBe(true);
    expect(touchesProtected(segment, 9, 9)).toBe(false); // an insertion at its edge
    expect(touchesProtected(segment, 10, 10)).toBe(true); // an insertion inside it
  });

  it('turns an editable suggestion into an escaped edit of the file, and refuses the others', () => {
    const upper = (t: string) => t.toUpperCase();
    expect(toFileEdit(segment, { start: 4, end: 7, replacement: 'a' }, upper, file)).toEqual({ start: 7, end: 10, replacement: 'A' });
    expect(toFileEdit(segment, { start: 0, end: 7, replacement: 'a' }, upper, file)).toBeUndefined();
    expect(toFileEdit(segment, { start: 10, end: 11, replacement: 'y' }, upper, file)).toBeUndefined();
  });

  it('keeps the line breaks a fix replaces where the text reads them as spaces, as the file writes them', () => {
    // A cue of two lines, `has the offer` CRLF `rejected`, its break read as a space.
    const cueFile = 'has the offer\r\nrejected';
    const cue = new SegmentBuilder().verbatim('has the offer', 0).lineBreak().char(' ', 13, 15).verbatim('rejected', 15).build();
    expect(cue.lineBreaks).toEqual([13]);
    const oneLine = (t: string) => t.replace(/\s*[\r\n]+\s*/g, ' ');
    expect(toFileEdit(cue, { start: 4, end: 22, replacement: 'rejected the offer' }, oneLine, cueFile)).toEqual({ start: 4, end: 23, replacement: 'rejected\r\nthe offer' });
    // Within one line, nothing to keep.
    expect(toFileEdit(cue, { start: 4, end: 7, replacement: 'an' }, oneLine, cueFile)).toEqual({ start: 4, end: 7, replacement: 'an' });
    // A string continued on the next line (PO) is no break of the text: the fix joins the strings, as the format's own fix.
    const poFile = '"has the offer "\n"rejected"';
    const po = new SegmentBuilder().verbatim('has the offer ', 1).verbatim('rejected', 19).build();
    expect(po.lineBreaks).toBeUndefined();
    expect(toFileEdit(po, { start: 4, end: 22, replacement: 'rejected the offer' }, (t) => t, poFile)).toEqual({ start: 5, end: 27, replacement: 'rejected the offer' });
  });
});
