import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { negotiateEncoding, toOffset, toPosition } from './positions.js';
import { replacementEdit } from './code-actions.js';

const text = 'Café 😀 x\r\nnaïve — end\nlast';
const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);

describe('positions', () => {
  it('UTF-8 characters count bytes: é 2, 😀 4, — 3; lines are the same as in UTF-16', () => {
    const x = text.indexOf('x');
    expect(toPosition(doc, x, 'utf-16')).toEqual({ line: 0, character: 8 });
    expect(toPosition(doc, x, 'utf-8')).toEqual({ line: 0, character: Buffer.byteLength('Café 😀 ') });
    const end = text.indexOf('end');
    expect(toPosition(doc, end, 'utf-8')).toEqual({ line: 1, character: Buffer.byteLength('naïve — ') });
  });

  it('every offset that is not inside a surrogate pair goes to a position and back, in both encodings', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      if (offset > 0 && /[\uDC00-\uDFFF]/.test(text[offset]!)) continue;
      for (const encoding of ['utf-8', 'utf-16'] as const) {
        const back = toOffset(doc, toPosition(doc, offset, encoding), encoding);
        // The CR of a CRLF has no position of its own: it is the line's end, as the LF is.
        expect(back).toBe(text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset);
      }
    }
  });

  it('a UTF-8 position inside a character or past the line end is clamped', () => {
    expect(toOffset(doc, { line: 0, character: 4 }, 'utf-8')).toBe(3); // inside é
    expect(toOffset(doc, { line: 2, character: 99 }, 'utf-8')).toBe(text.length);
  });

  it('negotiates the first encoding of the client it knows, else UTF-16', () => {
    expect(negotiateEncoding(['utf-32', 'utf-8', 'utf-16'])).toBe('utf-8');
    expect(negotiateEncoding(['utf-32'])).toBe('utf-16');
    expect(negotiateEncoding(undefined)).toBe('utf-16');
  });
});

describe('replacementEdit', () => {
  it('replaces only the changed stretch, never half a surrogate pair', () => {
    const d = TextDocument.create('file:///e.txt', 'plaintext', 1, 'a 😀 b and c');
    expect(replacementEdit(d, 'a 😀 b and c', 'utf-16')).toBeUndefined();
    expect(replacementEdit(d, 'a 😀 B and C', 'utf-16')).toEqual({ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 12 } }, newText: 'B and C' });
    // 😀 and 😁 share their high surrogate: the edit still covers the whole character.
    expect(replacementEdit(d, 'a 😁 b and c', 'utf-8')).toEqual({ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } }, newText: '😁' });
  });
});
