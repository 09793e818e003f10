import { describe, expect, it } from 'vitest';
import { disableComments } from '../src/disable-comments.js';

/** The rule ids not suppressed at each marker `@` in the text, for rules a and b. */
function active(text: string): string[][] {
  const suppressed = disableComments(text);
  const out: string[][] = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    out.push(['a', 'b'].filter((ruleId) => !suppressed?.({ ruleId, start: i })));
  }
  return out;
}

describe('disableComments', () => {
  it('finds nothing to suppress without comments', () => {
    expect(disableComments('Plain text. <!-- a comment -->')).toBeUndefined();
  });

  it('disables every rule, or the rules named, until enabled', () => {
    expect(active('@ <!-- mtlint-disable --> @ <!-- mtlint-enable --> @')).toEqual([['a', 'b'], [], ['a', 'b']]);
    expect(active('<!-- mtlint-disable a --> @ <!-- mtlint-enable a --> @')).toEqual([['b'], ['a', 'b']]);
    expect(active('<!-- mtlint-disable a, b --> @ <!-- mtlint-enable b --> @')).toEqual([[], ['b']]);
    expect(active('<!-- mtlint-disable --> <!-- mtlint-enable a --> @ <!-- mtlint-disable a --> @')).toEqual([['a'], []]);
    expect(active('<!-- mtlint-disable-->@ <!--mtlint-enable--> @')).toEqual([[], ['a', 'b']]);
  });

  it('disable-next-line covers the next line only, after LF, CRLF or CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `@ <!-- mtlint-disable-next-line a -->${nl}@ and @${nl}@`;
      expect(active(text)).toEqual([['a', 'b'], ['b'], ['b'], ['a', 'b']]);
    }
    expect(active('<!-- mtlint-disable-next-line -->\n@\n@')).toEqual([[], ['a', 'b']]);
    expect(active('@ <!-- mtlint-disable-next-line -->')).toEqual([['a', 'b']]);
  });
});
