// The table format the build steps write (read by src/front-coded.ts): sorted `key → value` lines, each key
// written as the count of leading characters it shares with the key before it and the rest, in blocks. A sorted
// word list shares long prefixes (abandon, abandoned, abandoning…), so this shortens the text an engine must scan
// when the module loads, and what a browser bundle weighs. Every character is printable ASCII or DEL, which a
// JavaScript string literal holds as it is: a tab or line break would be written as two characters.

/** Lines per block: the first key of a block is written whole, so that a block can be read without the one before. */
export const BLOCK_SIZE = 16;
/**
 * The character that writes a length of 0 (of a shared prefix, of a value); lengths up to 91 stay printable, and
 * the short ones clear of the quote and backslash a string literal escapes.
 */
const ZERO = 0x23;
const MAX_LENGTH = 0x7e - ZERO;
const LINE_END = '~';
const BLOCK_END = '\x7f';

/**
 * `pairs`, sorted by key, as one string: per pair, a character for the length of the prefix its key shares with the
 * key before (ZERO + length; 0 on a block's first line), one for the length of the value unless every value has
 * `valueWidth` characters, the value and the rest of the key. Lines end with "~", except the last of a block,
 * which ends with DEL.
 */
export function frontCode(pairs, valueWidth) {
  let text = '';
  let previous = '';
  pairs.forEach(([key, value], i) => {
    if (/[~\x7f]/.test(key + value) || value.length > MAX_LENGTH) throw new Error(`front-coded: ${JSON.stringify(key)} or its value has ~ or DEL, or the value is too long`);
    if (valueWidth !== undefined && value.length !== valueWidth) throw new Error(`front-coded: the value of ${JSON.stringify(key)} is not ${valueWidth} characters long`);
    if (i > 0 && !(previous < key)) throw new Error(`front-coded: ${JSON.stringify(key)} is not after ${JSON.stringify(previous)}`);
    let shared = 0;
    if (i % BLOCK_SIZE !== 0) while (shared < MAX_LENGTH && shared < key.length && shared < previous.length && key[shared] === previous[shared]) shared++;
    if (i > 0) text += i % BLOCK_SIZE === 0 ? BLOCK_END : LINE_END;
    text += String.fromCharCode(ZERO + shared) + (valueWidth === undefined ? String.fromCharCode(ZERO + value.length) : '') + value + key.slice(shared);
    previous = key;
  });
  return text;
}
