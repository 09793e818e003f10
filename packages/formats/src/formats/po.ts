/**
 * gettext PO. gettext-parser reads the file (it is the reference for what each string says), but it
 * keeps no positions: it returns decoded strings keyed by msgctxt and msgid. To point a finding at
 * the file we locate each entry's string literals ourselves with a line scanner, decode them keeping
 * the raw range of every character, and check that the decoded text equals gettext-parser's value for
 * the same entry; a file where the two readings disagree is rejected rather than edited at the wrong
 * place.
 */
import { po as poParser, type GetTextTranslations } from 'gettext-parser';
import { FormatError, lineAt } from '../errors.js';
import { findPlaceholders } from '../placeholders.js';
import { SegmentBuilder, type Segment } from '../segment.js';
import type { Format, ReadOptions } from './format.js';

/** A string literal's content, between its quotes: `[start, end)` of the file. */
interface Literal {
  start: number;
  end: number;
}

interface LocatedEntry {
  line: number;
  obsolete: boolean;
  translatorComments: string[];
  flags: string[];
  fields: Map<string, Literal[]>;
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+"/;
const DISABLE_COMMENT = 'mtlint-disable-next-line';

/** Finds the entries of a PO file and the raw ranges of their string literals. */
export function locateEntries(content: string): LocatedEntry[] {
  const entries: LocatedEntry[] = [];
  let entry: LocatedEntry | undefined;
  let field: Literal[] | undefined;
  let sawMsgstr = false;
  const start = (line: number, obsolete: boolean) => {
    entry = { line, obsolete, translatorComments: [], flags: [], fields: new Map() };
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
      if (trimmed.startsWith('#,')) entry!.flags.push(...trimmed.slice(2).split(',').map((f) => f.trim()));
      else if (trimmed === '#' || trimmed.startsWith('# ')) entry!.translatorComments.push(trimmed.slice(1).trim());
    } else {
      const keyword = KEYWORD.exec(trimmed);
      if (keyword) {
        const name = keyword[1]!;
        if (!entry || (sawMsgstr && !name.startsWith('msgstr')) || entry.fields.has(name)) start(lineNo, obsolete);
        if (name.startsWith('msgstr')) sawMsgstr = true;
        field = [];
        entry!.fields.set(name, field);
        field.push(literalAt(content, body + keyword[0].length - 1, lineNo));
      } else if (trimmed.startsWith('"') && field) {
        field.push(literalAt(content, body, lineNo));
      } else {
        throw new FormatError(`not a PO line: ${JSON.stringify(trimmed.slice(0, 40))}`, lineNo);
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return entries.filter((e) => e.fields.has('msgid'));
}

/** The literal whose opening quote is at `quote`: its content runs to the next unescaped quote. */
function literalAt(content: string, quote: number, line: number): Literal {
  let i = quote + 1;
  while (i < content.length && content[i] !== '"' && content[i] !== '\n') i += content[i] === '\\' ? 2 : 1;
  if (content[i] !== '"') throw new FormatError('unterminated string', line);
  return { start: quote + 1, end: i };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Decodes the literals of one field into a segment builder, each character mapped to its raw form. */
function decode(content: string, literals: readonly Literal[], builder: SegmentBuilder): SegmentBuilder {
  for (const { start, end } of literals) {
    // Searched within the literal: a search of the whole file would run to the next escape, often far away.
    const literal = content.slice(start, end);
    let i = 0;
    while (i < literal.length) {
      const slash = literal.indexOf('\\', i);
      const run = slash === -1 ? literal.length : slash;
      builder.verbatim(literal.slice(i, run), start + i);
      if (run === literal.length) break;
      const decoded = ESCAPES[literal[run + 1]!];
      if (decoded === undefined) throw new FormatError(`unknown escape \\${literal[run + 1]}`, lineAt(content, start + run));
      builder.char(decoded, start + run, start + run + 2);
      i = run + 2;
    }
  }
  return builder;
}

const decodeText = (content: string, literals: readonly Literal[] | undefined) =>
  literals ? decode(content, literals, new SegmentBuilder()).text : undefined;

/** The raw form of inserted text inside a PO string. */
export function escapePo(text: string): string {
  return text.replace(/[\\"\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\${c}`));
}

function parseWithGettext(content: string): GetTextTranslations {
  try {
    return poParser.parse(content, { validation: true });
  } catch (error) {
    throw new FormatError(`not a valid PO file: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The translated strings of a PO file: each msgstr (each plural form) with its msgid as source. */
export function readPo(content: string, options: ReadOptions = {}): Segment[] {
  // Our scanner first: its errors name the right line (gettext-parser's count one too many).
  const entries = locateEntries(content);
  const parsed = parseWithGettext(content);
  const segments: Segment[] = [];
  for (const entry of entries) {
    if (entry.obsolete && !options.includeObsolete) continue;
    if (entry.flags.includes('fuzzy') && !options.includeFuzzy) continue;
    if (entry.translatorComments.includes(DISABLE_COMMENT)) continue;
    const msgid = decodeText(content, entry.fields.get('msgid'))!;
    if (msgid === '') continue; // the header
    const msgctxt = decodeText(content, entry.fields.get('msgctxt'));
    const plural = decodeText(content, entry.fields.get('msgid_plural'));
    const table = entry.obsolete ? parsed.obsolete : parsed.translations;
    const reference = table?.[msgctxt ?? '']?.[msgid];
    // gettext's own key for an entry with a context: msgctxt, EOT (U+0004), msgid.
    const id = msgctxt === undefined ? msgid : `${msgctxt}\u0004${msgid}`;
    for (const [name, literals] of entry.fields) {
      const form = /^msgstr(?:\[(\d+)\])?$/.exec(name);
      if (!form) continue;
      const index = Number(form[1] ?? 0);
      const builder = decode(content, literals, new SegmentBuilder());
      if (reference?.msgstr[index] !== builder.text) {
        throw new FormatError(`entry ${JSON.stringify(msgid.slice(0, 40))} reads differently than gettext-parser reads it`, entry.line);
      }
      if (builder.text.trim() === '') continue;
      for (const p of findPlaceholders(builder.text)) builder.protect(p.start, p.end);
      segments.push(
        builder.build({
          id: plural === undefined ? id : `${id}[${index}]`,
          source: index > 0 && plural !== undefined ? plural : msgid,
          ...(msgctxt === undefined ? {} : { context: msgctxt }),
        }),
      );
    }
  }
  return segments;
}

/** gettext PO and POT (`.po`, `.pot`). */
export const po: Format = { name: 'po', extensions: ['.po', '.pot'], read: readPo, escape: escapePo };
