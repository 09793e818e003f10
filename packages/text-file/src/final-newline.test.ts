import { describe, expect, it } from 'vitest';
import { keepFinalNewline } from './final-newline.js';

describe('keepFinalNewline', () => {
  it('gives the corrected text the original final line break, of the same kind', () => {
    expect(keepFinalNewline('a\r\n', 'b')).toBe('b\r\n');
    expect(keepFinalNewline('a\n', 'b')).toBe('b\n');
    expect(keepFinalNewline('a\r', 'b')).toBe('b\r');
  });

  it('removes a final line break the original did not have', () => {
    expect(keepFinalNewline('a', 'b\n')).toBe('b');
    expect(keepFinalNewline('a', 'b\r\n')).toBe('b');
  });

  it('leaves text that already agrees alone', () => {
    expect(keepFinalNewline('a\n', 'b\n')).toBe('b\n');
    expect(keepFinalNewline('a', 'b')).toBe('b');
    expect(keepFinalNewline('', '')).toBe('');
  });
});
