/**
 * An inline parser for @lezer/markdown that passes over plain text in one step, so that the tree is
 * built faster and is otherwise the same.
 *
 * @lezer/markdown offers every character of a paragraph to each of its inline parsers in turn (eleven
 * with GFM), and GFM's autolink tests the character before with a regular expression each time: on a
 * megabyte of prose that was about a third of the read. Registered first, this parser claims the run of
 * characters at which every other parser would decline, and adds nothing to the tree; it stops, and
 * lets them try, at the first character one of them might take. The characters they take are listed
 * here from @lezer/markdown 1.8 (`DefaultInline`, GFM's `Strikethrough` and `Autolink`);
 * `markdown-plain-text.test.ts` parses generated Markdown with and without this parser and compares
 * the trees, so a new version that takes other characters fails there.
 */
import type { InlineContext, MarkdownConfig } from '@lezer/markdown';

/** How a character below 128 stands: every parser declines it, some parser may take it, or only autolinks might. */
const PLAIN = 0;
const MARKUP = 1;
const AUTOLINK_START = 2;
const SPACE = 32;

const ASCII = new Uint8Array(128);
// Escapes and hard breaks (`\`), references (`&`), code (`` ` ``), HTML (`<`), emphasis (`*`, `_`),
// strikethrough (`~`), links and images (`[`, `]`, `!`). A space starts a hard break only before another.
for (const c of '\\&`<*_~[]!') ASCII[c.charCodeAt(0)] = MARKUP;
// Autolinks start with a word character, `.`, `+` or `-` (www., http://, mailto:, an e-mail address),
// and never right after a word character.
for (let c = 0; c < 128; c++) if (/[\w.+-]/.test(String.fromCharCode(c)) && ASCII[c] === PLAIN) ASCII[c] = AUTOLINK_START;

/** `[A-Za-z0-9_]`, what the autolink parser's `\w` tests. */
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

const URL_PREFIXES = ['www.', 'http://', 'https://', 'mailto:', 'xmpp:'];
/** The longest local part the autolink parser reads before an `@`. */
const MAX_EMAIL_PREFIX = 100;

/**
 * Where the next `@` of a paragraph is, remembered between calls: the parser runs forward through one
 * text, and searching it afresh at every word would be quadratic in a long paragraph.
 */
let atText = '';
let atFrom = 0;
let atFound = -1;

function nextAtSign(text: string, from: number): number {
  if (text !== atText || from < atFrom || (atFound !== -1 && from > atFound)) {
    atText = text;
    atFrom = from;
    atFound = text.indexOf('@', from);
  }
  return atFound;
}

/** Whether the autolink parser might match at `rel` in `text`, where the character before is not a word character. */
function mayStartAutolink(text: string, rel: number): boolean {
  for (const prefix of URL_PREFIXES) if (text.startsWith(prefix, rel)) return true;
  const at = nextAtSign(text, rel);
  return at !== -1 && at - rel <= MAX_EMAIL_PREFIX;
}

function skipPlainText(cx: InlineContext, next: number, pos: number): number {
  const { text, offset, end } = cx;
  let rel = pos - offset;
  const last = end - offset;
  let code = next;
  while (rel < last) {
    if (code < 128) {
      const kind = ASCII[code];
      if (kind === MARKUP) break;
      if (code === SPACE && text.charCodeAt(rel + 1) === SPACE) break;
      if (kind === AUTOLINK_START && !(rel > 0 && isWordCode(text.charCodeAt(rel - 1))) && mayStartAutolink(text, rel)) break;
    }
    code = text.charCodeAt(++rel);
  }
  return rel + offset > pos ? rel + offset : -1;
}

/** The extension: `PlainText`, tried before every other inline parser. */
export const plainText: MarkdownConfig = {
  parseInline: [{ name: 'PlainText', parse: skipPlainText, before: 'Escape' }],
};
