/**
 * JSON message catalogues (flat or nested keys, as used by i18next, react-intl, vue-i18n, ngx-translate):
 * every string value is a segment whose id is its key path. jsonc-parser gives each value's offset;
 * the characters are aligned with the raw string to map escapes. Values are ICU MessageFormat:
 * @messageformat/parser finds the literal text, and everything else (arguments, plural and select
 * syntax, `#`) is protected; a value that is not valid ICU gets only the common placeholders
 * (`{{name}}`, `%s`, `<b>`) protected.
 */
import { parse as parseIcu, type Token } from '@messageformat/parser';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { FormatError, lineAt } from '../errors.js';
import { findPlaceholders } from '../placeholders.js';
import { decodeEscapedFragment, SegmentBuilder, type DecodedFragment, type Segment } from '../segment.js';
import type { Format } from './format.js';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** What the escape at `backslash` of a JSON string's raw content stands for (one UTF-16 unit), and its raw length. */
const decodeJsonEscape = (raw: string, backslash: number): [string, number] =>
  raw[backslash + 1] === 'u'
    ? [String.fromCharCode(parseInt(raw.slice(backslash + 2, backslash + 6), 16)), 6]
    : [ESCAPES[raw[backslash + 1]!] ?? raw[backslash + 1]!, 2];

/** Appends a JSON string's value, its raw content being `content[start, end)`, each unit mapped to its escape. */
function appendJsonString(builder: SegmentBuilder, content: string, start: number, end: number): void {
  builder.escaped(content.slice(start, end), start, decodeJsonEscape);
}

/** The text a stretch of one JSON string's raw content stands for: its escapes (`\"`, `\n`, `\u00e9`) decoded. */
export const decodeJsonFragment = (raw: string): DecodedFragment => decodeEscapedFragment(raw, decodeJsonEscape);

/** The literal-text ranges of an ICU message, or undefined when it is not valid ICU. */
function icuTextRanges(message: string): Array<[number, number]> | undefined {
  let tokens: Token[];
  try {
    tokens = parseIcu(message);
  } catch {
    return undefined;
  }
  const ranges: Array<[number, number]> = [];
  const collect = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'content') ranges.push([token.ctx.offset, token.ctx.offset + token.ctx.text.length]);
      if ('cases' in token) for (const c of token.cases) collect(c.tokens);
    }
  };
  collect(tokens);
  return ranges.sort((a, b) => a[0] - b[0]);
}

function protectMessage(builder: SegmentBuilder): void {
  const text = builder.text;
  let cursor = 0;
  for (const [start, end] of icuTextRanges(text) ?? [[0, text.length]]) {
    builder.protect(cursor, start);
    cursor = end;
  }
  builder.protect(cursor, text.length);
  // Also over the whole value: i18next's {{name}} reads as ICU text around an argument.
  for (const p of findPlaceholders(text)) builder.protect(p.start, p.end);
}

/** Every string value of a JSON catalogue, with its key path as id. */
export function readJson(content: string): Segment[] {
  const errors: ParseError[] = [];
  const root = parseTree(content, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) throw new FormatError(`not valid JSON: ${printParseErrorCode(first.error)}`, lineAt(content, first.offset));
  if (!root || root.type !== 'object') throw new FormatError('a message catalogue must be a JSON object');
  const segments: Segment[] = [];
  const visit = (node: Node, path: string[]) => {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) visit(value, [...path, String(key.value)]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => visit(child, [...path, String(i)]));
    } else if (node.type === 'string' && typeof node.value === 'string' && node.value.trim() !== '') {
      const builder = new SegmentBuilder();
      appendJsonString(builder, content, node.offset + 1, node.offset + node.length - 1);
      protectMessage(builder);
      segments.push(builder.build({ id: path.join('.') }));
    }
  };
  visit(root, []);
  return segments;
}

/** The raw form of inserted text inside a JSON string. */
export const escapeJson = (text: string): string => JSON.stringify(text).slice(1, -1);

/** JSON message catalogues (`.json`). */
export const json: Format = { name: 'json', extensions: ['.json'], read: readJson, escape: escapeJson, decodeFragment: decodeJsonFragment };
