import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidByte } from './decode.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 text as is', () => {
    expect(decodeText(bytes('Grüße, “quotes” and 😀\n'))).toEqual({ ok: true, text: 'Grüße, “quotes” and 😀\n', offset: 0 });
  });

  it('strips a UTF-8 BOM and says by how much offsets move', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Hello'))).toEqual({ ok: true, text: 'Hello', offset: 1 });
  });

  it('keeps an empty file empty', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', offset: 0 });
  });

  it('refuses UTF-16 in both byte orders', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const d = decodeText(new Uint8Array([...bom, ...Buffer.from('hi', 'utf16le')]));
      expect(d).toMatchObject({ ok: false, problem: expect.stringContaining('UTF-16') });
    }
  });

  it('refuses binary content', () => {
    expect(decodeText(bytes('abc', [0], 'def'))).toEqual({ ok: false, problem: expect.stringMatching(/binary \(NUL byte at offset 3\)/) });
  });

  it('refuses invalid UTF-8, naming the byte', () => {
    expect(decodeText(bytes('ab', [0xff], 'cd'))).toEqual({ ok: false, problem: 'is not valid UTF-8 (bad byte at offset 2)' });
    // Latin-1 "é" followed by ASCII: the lead byte starts a sequence the next byte breaks.
    expect(decodeText(bytes('caf', [0xe9], ' ok'))).toEqual({ ok: false, problem: 'is not valid UTF-8 (bad byte at offset 3)' });
  });
});

describe('firstInvalidByte', () => {
  it('points at the lead byte of a broken or truncated sequence', () => {
    expect(firstInvalidByte(bytes('ab', [0xc3], '(cd'))).toBe(2);
    expect(firstInvalidByte(bytes('abc', [0xe2, 0x82]))).toBe(3);
    expect(firstInvalidByte(bytes('€€', [0x80]))).toBe(6);
  });
});
