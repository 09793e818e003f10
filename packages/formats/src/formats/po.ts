/**
 * gettext PO. A line scanner finds each entry and the raw ranges of its string literals, and the
 * literals are decoded keeping the raw range of every character, so a finding points at the file.
 * gettext-parser, the reading we hold ours to, returns decoded strings without positions. It is the
 * oracle of po-oracle.test.ts: on generated files and on damaged fixtures, every file both accept
 * reads the same, entry by entry. It is not read at run time as well: that doubled the time of reading
 * a PO file, and its checks rejected every POT template with plural forms.
 */
import type { FileComment } from '../comments.js';
import { FormatError, lineAt } from '../errors.js';
import { findPlaceholders } from '../placeholders.js';
import { SegmentBuilder, type DecodedFragment, type Segment } from '../segment.js';
import type { Format, ReadOptions } from './format.js';

/** A string literal's content, between its quotes: `[start, end)` of the file. */
interface Literal {
  start: number;
  end: number;
}

interface LocatedEntry {
  line: number;
  obsolete: boolean;
  flags: string[];
  fields: Map<string, Literal[]>;
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+"/;

/** Finds the entries of a PO file and the raw ranges of their string literals. */
export function locateEntries(content: string): LocatedEntry[] {
  const entries: LocatedEntry[] = [];
  let entry: LocatedEntry | undefined;
  let field: Literal[] | undefined;
  let sawMsgstr = false;
  const start = (line: number, obsolete: boolean) => {
    entry = { line, obsolete, flags: [], fields: new Map() };
    entries.push(entry);
    field = undefined;
    sawMsgstr = false;
  };
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart <= content.length) {
    lineNo++;
    const nl = content.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? content.length : nl;
    let body = lineStart;
    let text = content.slice(lineStart, lineEnd).replace(/\r$/, '');
    let obsolete = false;
    if (text.startsWith('#~')) {
      obsolete = true;
      const skip = text.startsWith('#~ ') ? 3 : 2;
      body += skip;
      text = text.slice(skip);
    }
    const trimmed = text.trimStart();
    body += text.length - trimmed.length;
    if (trimmed === '') {
      field = undefined;
    } else if (trimmed.startsWith('#')) {
      if (!entry || entry.fields.size > 0) start(lineNo, obsolete);
      // Only the flags matter to the entry; translator comments, where directives stand, are poComments'.
      if (trimmed.startsWith('#,')) entry!.flags.push(...trimmed.slice(2).split(',').map((f) => f.trim()));
    } else {
      const keyword = KEYWORD.exec(trimmed);
      if (keyword) {
        const name = keyword[1]!;
        if (!entry || (sawMsgstr && !name.startsWith('msgstr')) || entry.fields.has(name)) start(lineNo, obsolete);
        if (name.startsWith('msgstr')) sawMsgstr = true;
        field = [];
        entry!.fields.set(name, field);
        pushLiterals(field, content, body + keyword[0].length - 1, lineEnd, lineNo);
      } else if (trimmed.startsWith('"') && field) {
        pushLiterals(field, content, body, lineEnd, lineNo);
      } else {
        throw new FormatError(`not a PO line: ${JSON.stringify(trimmed.slice(0, 40))}`, lineNo);
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return entries.filter((e) => e.fields.size > 0);
}

/** The literals of a line from the opening quote at `quote` to `lineEnd`: one, or more side by side, which gettext joins. */
function pushLiterals(field: Literal[], content: string, quote: number, lineEnd: number, line: number): void {
  let at = quote;
  while (at < lineEnd) {
    const literal = literalAt(content, at, line);
    field.push(literal);
    at = literal.end + 1;
    while (at < lineEnd && (content[at] === ' ' || content[at] === '\t' || content[at] === '\r')) at++;
    if (at < lineEnd && content[at] !== '"') throw new FormatError(`unexpected ${JSON.stringify(content.slice(at, Math.min(lineEnd, at + 20)))} after a string`, line);
  }
}

/** The literal whose opening quote is at `quote`: its content runs to the next unescaped quote. */
function literalAt(content: string, quote: number, line: number): Literal {
  let i = quote + 1;
  while (i < content.length && content[i] !== '"' && content[i] !== '\n') i += content[i] === '\\' ? 2 : 1;
  if (content[i] !== '"') throw new FormatError('unterminated string', line);
  return { start: quote + 1, end: i };
}

/**
 * The escapes that GNU gettext and gettext-parser read alike. The C escapes beyond them (`\a`, `\b`,
 * `\f`, `\v`, octal, hex) are control characters no translation needs, and gettext-parser reads them
 * otherwise (`\a` as `a`): a file with one is rejected rather than read one way and compiled another.
 */
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** Decodes the literals of one field into a segment builder, each character mapped to its raw form. */
function decode(content: string, literals: readonly Literal[], builder: SegmentBuilder): SegmentBuilder {
  for (const { start, end } of literals) {
    builder.escaped(content.slice(start, end), start, (raw, backslash) => {
      const decoded = ESCAPES[raw[backslash + 1]!];
      if (decoded === undefined) throw new FormatError(`unsupported escape \\${raw[backslash + 1]}`, lineAt(content, start + backslash));
      return [decoded, 2];
    });
  }
  return builder;
}

const decodeText = (content: string, literals: readonly Literal[] | undefined) =>
  literals ? decode(content, literals, new SegmentBuilder()).text : undefined;

/** Where a field's text starts: in its first string that has any (`msgid ""` is followed by the lines of a long one). */
const textStart = (literals: readonly Literal[]): number => (literals.find((l) => l.end > l.start) ?? literals[0]!).start;

/** The raw form of inserted text inside a PO string. */
export function escapePo(text: string): string {
  return text.replace(/[\\"\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\${c}`));
}

/**
 * The text a stretch of one msgstr stands for: escapes decoded, and the quotes and line break between two
 * strings of a field continued on the next line (`"…"` newline `"…"`, `#~ ` in an obsolete entry) left out.
 * The stretch starts and ends within the field's strings or at their edges, so a quote is always one that
 * closes a string, and everything up to the next quote joins two strings.
 */
export function decodePoFragment(raw: string): DecodedFragment {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === '"') {
      const opens = raw.indexOf('"', i + 1);
      i = opens === -1 ? raw.length : opens + 1;
      continue;
    }
    const decoded = raw[i] === '\\' ? ESCAPES[raw[i + 1]!] : undefined;
    const length = decoded === undefined ? 1 : 2;
    text += decoded ?? raw[i];
    starts.push(i);
    ends.push(i + length);
    i += length;
  }
  return { text, starts, ends };
}

/** The order of an entry's fields as gettext writes them, by name: `msgstr[n]` stands as `msgstr[]`. */
const FIELD_ORDER = /^(?:msgctxt )?msgid (?:msgstr|msgid_plural(?: msgstr\[\])+)$/;

/** The fields of one entry are gettext's: in its order, and the plural forms numbered from 0. */
function checkFields(entry: LocatedEntry): void {
  const names = [...entry.fields.keys()];
  const forms = names.filter((name) => name.startsWith('msgstr['));
  const inOrder = FIELD_ORDER.test(names.map((name) => name.replace(/\[\d+\]$/, '[]')).join(' '));
  if (!inOrder || forms.some((name, i) => name !== `msgstr[${i}]`)) {
    throw new FormatError(
      `an entry is [msgctxt] msgid, then msgstr, or msgid_plural and msgstr[0], msgstr[1], …; this one has ${names.join(', ')}`,
      entry.line,
    );
  }
}

/** The number of plural forms the header declares; undefined without one (a POT template says `nplurals=INTEGER`). */
const declaredPlurals = (header: string | undefined): number | undefined => {
  const declared = header && /^Plural-Forms:.*\bnplurals\s*=\s*(\d+)/im.exec(header);
  return declared ? Number(declared[1]) : undefined;
};

/** The language the header declares (`Language: de_DE`); undefined without one (a POT template leaves it empty). */
const declaredLanguage = (header: string | undefined): string | undefined => {
  const declared = header && /^Language:[ \t]*(\S+)/im.exec(header);
  return declared ? declared[1] : undefined;
};

/** An entry of the file, its fields checked and its key strings decoded. */
interface ReadEntry extends LocatedEntry {
  msgid: string;
  msgctxt: string | undefined;
  plural: string | undefined;
}

/**
 * The entries, checked as gettext tools check them: fields in order, no two active entries with the
 * same context and msgid, and as many plural forms as the header declares.
 */
function readEntries(content: string): { entries: ReadEntry[]; language: string | undefined } {
  const entries = locateEntries(content).map((entry): ReadEntry => {
    checkFields(entry);
    return {
      ...entry,
      msgid: decodeText(content, entry.fields.get('msgid'))!,
      msgctxt: decodeText(content, entry.fields.get('msgctxt')),
      plural: decodeText(content, entry.fields.get('msgid_plural')),
    };
  });
  const header = entries.find((e) => !e.obsolete && e.msgid === '' && e.msgctxt === undefined);
  const headerText = header && decodeText(content, header.fields.get('msgstr'));
  const nplurals = declaredPlurals(headerText);
  const firstLine = new Map<string, number>();
  for (const entry of entries) {
    if (entry.obsolete) continue;
    // As gettext-parser keys its table: an empty context is no context.
    const key = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      const context = entry.msgctxt ? ` in context ${JSON.stringify(entry.msgctxt.slice(0, 40))}` : '';
      throw new FormatError(`duplicate entry ${JSON.stringify(entry.msgid.slice(0, 40))}${context}, first at line ${first}`, entry.line);
    }
    firstLine.set(key, entry.line);
    const forms = entry.fields.size - (entry.msgctxt === undefined ? 2 : 3);
    if (entry.plural !== undefined && nplurals !== undefined && forms !== nplurals) {
      throw new FormatError(`${forms} plural forms where the header's Plural-Forms says nplurals=${nplurals}`, entry.line);
    }
  }
  return { entries, language: declaredLanguage(headerText) };
}

/** The translated strings of a PO file: each msgstr (each plural form) with its msgid as source. */
export function readPo(content: string, options: ReadOptions = {}): Segment[] {
  const segments: Segment[] = [];
  const { entries, language } = readEntries(content);
  for (const entry of entries) {
    if (entry.obsolete && !options.includeObsolete) continue;
    if (entry.flags.includes('fuzzy') && !options.includeFuzzy) continue;
    const { msgid, msgctxt, plural } = entry;
    if (msgid === '') continue; // the header
    // gettext's own key for an entry with a context: msgctxt, EOT (U+0004), msgid.
    const id = msgctxt === undefined ? msgid : `${msgctxt}\u0004${msgid}`;
    for (const [name, literals] of entry.fields) {
      const form = /^msgstr(?:\[(\d+)\])?$/.exec(name);
      if (!form) continue;
      const index = Number(form[1] ?? 0);
      const builder = decode(content, literals, new SegmentBuilder());
      if (builder.text.trim() === '') continue;
      for (const p of findPlaceholders(builder.text)) builder.protect(p.start, p.end);
      const fromPlural = index > 0 && plural !== undefined;
      segments.push(
        builder.build({
          id: plural === undefined ? id : `${id}[${index}]`,
          source: fromPlural ? plural : msgid,
          sourceStart: textStart(entry.fields.get(fromPlural ? 'msgid_plural' : 'msgid')!),
          ...(msgctxt === undefined ? {} : { context: msgctxt }),
          ...(language === undefined ? {} : { language }),
        }),
      );
    }
  }
  return segments;
}

/**
 * The translator comments of a PO file (`# …`, `#…`; not the tools' `#:`, `#.`, `#,`, `#|`, nor obsolete `#~`). A
 * comment belongs to the entry it heads: what `disable-line` and `disable-next-line` both silence is that
 * entry, up to the blank line that ends it (gettext writes one between entries).
 */
export function poComments(content: string): FileComment[] {
  const comments: FileComment[] = [];
  const open: FileComment[] = [];
  const lines = content.matchAll(/^([^\n]*?)\r?$/gm);
  for (const m of lines) {
    const line = m[1]!;
    if (line.trim() === '') {
      for (const c of open) c.on.end = c.next!.end = m.index;
      open.length = 0;
      continue;
    }
    // As gettext reads them: any comment but the tools' own (`#:`, `#.`, `#,`, `#|`, obsolete `#~`), even without a space.
    if (/^#(?![:.,|~])/.test(line)) {
      const entry = { start: m.index, end: content.length };
      const comment = { text: line.slice(1).trim(), start: m.index, end: m.index + line.length, on: entry, next: { ...entry } };
      comments.push(comment);
      open.push(comment);
    }
  }
  return comments;
}

/** gettext PO and POT (`.po`, `.pot`). */
export const po: Format = { name: 'po', extensions: ['.po', '.pot'], read: readPo, escape: escapePo, decodeFragment: decodePoFragment, comments: poComments };
