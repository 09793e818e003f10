/**
 * Numeric character references (`&#233;`, `&#xE9;`), as Markdown and WebVTT both read them.
 */

/**
 * The character of a numeric reference's body, the part after `&#` and before `;`. As CommonMark and
 * the HTML parsing rules WebVTT follows say, code point 0, surrogates and values beyond Unicode read
 * as U+FFFD rather than failing.
 */
export function decodeNumericReference(body: string): string {
  const code = body[0] === 'x' || body[0] === 'X' ? Number.parseInt(body.slice(1), 16) : Number.parseInt(body, 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return String.fromCodePoint(valid ? code : 0xfffd);
}
