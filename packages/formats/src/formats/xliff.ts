/**
 * XLIFF 1.2 and 2.0: the `<target>` of each unit (2.0: of each `<segment>`) is a segment, linted
 * with its `<source>`. saxes reports, with every event, the index in the file where the event ends;
 * a text event ends at the `<` that follows it, so the raw range of each piece of text is known and
 * its characters are aligned with it (character references, CDATA, line-end normalisation).
 * Inline codes are not text: their tags, and the native code inside `<ph>`, `<bpt>`, `<ept>` and
 * `<it>`, become hard breaks, so no suggestion can span or remove them; the text inside `<g>`, `<pc>`
 * and `<mrk>` is linted.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { linesOf, type FileComment } from '../comments.js';
import { FormatError, lineAt } from '../errors.js';
import { decodeNumericReference } from '../references.js';
import { appendDecoded, SegmentBuilder, type DecodedFragment, type Segment } from '../segment.js';
import type { Format } from './format.js';

/** Inline elements whose content is native code (1.2), never text. */
const CODE_CONTENT = new Set(['ph', 'bpt', 'ept', 'it']);
/** Inline elements: their tags are codes the translation must keep. */
const INLINE = new Set(['g', 'x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'pc', 'sc', 'ec', 'cp', 'sm', 'em', 'mrk']);
/** The elements whose `<source>`/`<target>` children are the unit's text, by XLIFF version. */
const UNIT_PARENTS = new Set(['trans-unit', 'segment']);

interface Side {
  builder: SegmentBuilder;
  /** Where the element's content starts in the file. */
  start: number;
  codes: string[];
  codeDepth: number;
}

/**
 * Appends XML text whose raw form is `content[start, end)`: references and CRLF map to their whole raw
 * form, and the stretches between them, where the text is the raw form, are appended whole.
 */
function appendXmlText(builder: SegmentBuilder, value: string, content: string, start: number, end: number, cdata: boolean): void {
  if (cdata) {
    builder.verbatim(value, start + '<![CDATA['.length);
    return;
  }
  const raw = content.slice(start, end);
  const mismatch = (at: number) => new FormatError('cannot map this text back to the file', lineAt(content, start + at));
  let i = 0; // in value
  let j = 0; // in raw
  while (j < raw.length) {
    const special = nextSpecial(raw, j);
    const stretch = raw.slice(j, special);
    if (stretch !== value.slice(i, i + stretch.length)) throw mismatch(j);
    builder.verbatim(stretch, start + j);
    i += stretch.length;
    j = special;
    if (j === raw.length) break;
    if (raw[j] === '&') {
      const semi = raw.indexOf(';', j);
      if (semi === -1) throw mismatch(j);
      const units = value.codePointAt(i)! > 0xffff ? 2 : 1;
      builder.char(value.slice(i, i + units), start + j, start + semi + 1);
      i += units;
      j = semi + 1;
    } else {
      // A CR, alone or before LF, reads as one LF.
      if (value[i] !== '\n') throw mismatch(j);
      const length = raw[j + 1] === '\n' ? 2 : 1;
      builder.char('\n', start + j, start + j + length);
      i++;
      j += length;
    }
  }
  if (i !== value.length) throw mismatch(j);
}

/** The index of the next `&` or CR in `raw` from `from`, or its length. */
function nextSpecial(raw: string, from: number): number {
  const amp = raw.indexOf('&', from);
  const cr = raw.indexOf('\r', from);
  if (amp === -1) return cr === -1 ? raw.length : cr;
  return cr === -1 ? amp : Math.min(amp, cr);
}

/** Native code, or text marked as not to be translated (1.2 `mtype="protected"`, 2.0 `translate="no"`). */
const isCodeContent = (tag: SaxesTagNS) =>
  CODE_CONTENT.has(tag.local) ||
  (tag.local === 'mrk' && (tag.attributes['mtype']?.value === 'protected' || tag.attributes['translate']?.value === 'no'));

const codeLabel = (tag: SaxesTagNS) => {
  const id = tag.attributes['id'];
  return id ? `<${tag.local} id="${id.value}">` : `<${tag.local}>`;
};

/** The targets of an XLIFF 1.2 or 2.0 file, each with its source and inline codes. */
export function readXliff(content: string): Segment[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const segments: Segment[] = [];
  const stack: SaxesTagNS[] = [];
  let cursor = 0; // where the last event ended
  let unitId: string | undefined;
  let segmentId: string | undefined;
  let version: string | undefined;
  // The target language: 2.x declares it on <xliff>, 1.2 on each <file>, and either may say it on a <target>.
  let documentLanguage: string | undefined;
  let fileLanguage: string | undefined;
  let targetLanguage: string | undefined;
  let side: { name: 'source' | 'target'; state: Side } | undefined;
  let source: Side | undefined;
  let failure: FormatError | undefined;

  const newSide = (): Side => ({ builder: new SegmentBuilder(), start: cursor, codes: [], codeDepth: 0 });
  const markupEnd = () => {
    cursor = parser.position;
  };
  const onText = (value: string, cdata: boolean) => {
    const end = cdata ? parser.position : parser.position - 1;
    if (side && side.state.codeDepth === 0) appendXmlText(side.state.builder, value, content, cursor, end, cdata);
    cursor = end;
  };

  parser.on('error', (error) => {
    failure ??= new FormatError(`not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, parser.line);
  });
  parser.on('xmldecl', markupEnd);
  parser.on('doctype', markupEnd);
  parser.on('processinginstruction', markupEnd);
  parser.on('comment', markupEnd);
  parser.on('text', (text) => onText(text, false));
  parser.on('cdata', (text) => onText(text, true));
  parser.on('opentag', (tag) => {
    markupEnd();
    const parent = stack[stack.length - 1];
    stack.push(tag);
    if (tag.local === 'xliff') {
      version = tag.attributes['version']?.value;
      documentLanguage = declared(tag.attributes['trgLang']?.value);
    }
    if (tag.local === 'file') fileLanguage = declared(tag.attributes['target-language']?.value);
    if (tag.local === 'trans-unit' || tag.local === 'unit') {
      unitId = tag.attributes['id']?.value;
      segmentId = undefined;
    }
    if (tag.local === 'segment') segmentId = tag.attributes['id']?.value;
    if ((tag.local === 'source' || tag.local === 'target') && parent && UNIT_PARENTS.has(parent.local)) {
      side = { name: tag.local, state: newSide() };
      if (tag.local === 'source') source = side.state;
      else targetLanguage = declared(tag.attributes['xml:lang']?.value);
      return;
    }
    if (side && INLINE.has(tag.local)) {
      if (side.state.codeDepth === 0) side.state.codes.push(codeLabel(tag));
      side.state.builder.hardBreak();
      if (isCodeContent(tag)) side.state.codeDepth++;
    }
  });
  parser.on('closetag', (tag) => {
    markupEnd();
    stack.pop();
    if (side && INLINE.has(tag.local)) {
      if (isCodeContent(tag)) side.state.codeDepth--;
      side.state.builder.hardBreak();
      return;
    }
    if (side && tag.local === side.name) {
      if (side.name === 'target') {
        const target = side.state;
        if (target.builder.text.trim() !== '') {
          const id = segmentId === undefined ? unitId : `${unitId ?? ''}/${segmentId}`;
          const language = targetLanguage ?? fileLanguage ?? documentLanguage;
          segments.push(
            target.builder.build({
              ...(id === undefined ? {} : { id }),
              ...(source ? { source: source.builder.text, sourceStart: source.start } : {}),
              inlineCodes: { source: source?.codes ?? [], target: target.codes },
              ...(language === undefined ? {} : { language }),
            }),
          );
        }
        source = undefined;
      }
      side = undefined;
    }
    if (tag.local === 'trans-unit' || tag.local === 'unit') source = undefined;
    if (tag.local === 'file') fileLanguage = undefined;
  });

  parser.write(content).close();
  if (failure) throw failure;
  if (version === undefined || !/^(1\.2|2\.\d)$/.test(version)) {
    throw new FormatError(version === undefined ? 'not an XLIFF file (no <xliff version="…"> element)' : `XLIFF version ${version} is not supported (1.2 and 2.x are)`);
  }
  return segments;
}

/** A language attribute's value, or undefined when it is missing or blank. */
const declared = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Escapes inserted text for XML character data. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** XML's predefined entities; XLIFF declares no others. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What a reference's name (between `&` and `;`) stands for, or undefined when it is no reference XML knows. */
const referenced = (name: string): string | undefined =>
  /^#(?:x[0-9a-f]+|[0-9]+)$/i.test(name) ? decodeNumericReference(name.slice(1)) : ENTITIES[name];

/** Where markup opening at `at` (a tag, a comment, CDATA, a processing instruction) ends in `raw`, or its length. */
function markupEnd(raw: string, at: number): number {
  const closing = raw.startsWith('<!--', at) ? '-->' : raw.startsWith('<![CDATA[', at) ? ']]>' : raw.startsWith('<?', at) ? '?>' : undefined;
  if (closing) {
    const end = raw.indexOf(closing, at);
    return end === -1 ? raw.length : end + closing.length;
  }
  // A tag: its attribute values may hold '>'.
  let quote: string | undefined;
  for (let i = at + 1; i < raw.length; i++) {
    if (quote) quote = raw[i] === quote ? undefined : quote;
    else if (raw[i] === '"' || raw[i] === "'") quote = raw[i];
    else if (raw[i] === '>') return i + 1;
  }
  return raw.length;
}

/**
 * The text a stretch of one target stands for, as a person reads it: character references decoded
 * (`&amp;` as `&`, `&#xE9;` as `é`) and a CR or CRLF as a line break, as an XML parser reads them. Inline
 * tags (and comments, CDATA) are shown as they are written, one character for each, so that a person sees
 * and keeps them.
 */
export function decodeXmlFragment(raw: string): DecodedFragment {
  const fragment: DecodedFragment = { text: '', starts: [], ends: [] };
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === '<') {
      const end = markupEnd(raw, i);
      for (; i < end; i++) appendDecoded(fragment, raw[i]!, i, i + 1);
      continue;
    }
    const semi = raw[i] === '&' ? raw.indexOf(';', i) : -1;
    const value = semi > i ? referenced(raw.slice(i + 1, semi)) : undefined;
    const length = value !== undefined ? semi + 1 - i : raw[i] === '\r' ? (raw[i + 1] === '\n' ? 2 : 1) : 1;
    appendDecoded(fragment, value ?? (raw[i] === '\r' ? '\n' : raw[i]!), i, i + length);
    i += length;
  }
  return fragment;
}

const isUnit = (name: string) => name === 'trans-unit' || name === 'unit';

/**
 * The comments of an XLIFF file: `<note>` elements and XML comments. One inside a unit (`<trans-unit>`,
 * `<unit>`) speaks of that unit, for `disable-line` and `disable-next-line` alike; one between units stands
 * on its own lines, and its next line is the unit that follows. Read after `readXliff` accepted the file.
 */
export function xliffComments(content: string): FileComment[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const comments: FileComment[] = [];
  /** Comments between units, waiting for the unit that follows. */
  let waiting: FileComment[] = [];
  let unit: { start: number; end: number } | undefined;
  let note: { start: number; text: string } | undefined;
  const tagStart = () => content.lastIndexOf('<', parser.position - 1);
  const add = (text: string, start: number, end: number) => {
    const comment: FileComment = unit ? { text, start, end, on: unit, next: unit } : { text, start, end, on: linesOf(content, start, end), next: undefined };
    comments.push(comment);
    if (!unit) waiting.push(comment);
  };
  parser.on('error', () => undefined);
  parser.on('comment', (text) => {
    // saxes reports a comment before reading its final `>`.
    const end = content.indexOf('>', parser.position - 1) + 1;
    add(text.trim(), content.lastIndexOf('<!--', end), end);
  });
  parser.on('text', (text) => {
    if (note) note.text += text;
  });
  parser.on('cdata', (text) => {
    if (note) note.text += text;
  });
  parser.on('opentag', (tag) => {
    if (isUnit(tag.local)) {
      unit = { start: tagStart(), end: content.length };
      for (const c of waiting) c.next = unit;
      waiting = [];
    } else if (tag.local === 'note') note = { start: tagStart(), text: '' };
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'note' && note) {
      add(note.text.trim(), note.start, parser.position);
      note = undefined;
    } else if (isUnit(tag.local) && unit) {
      unit.end = parser.position;
      unit = undefined;
    }
  });
  parser.write(content).close();
  return comments;
}

/** XLIFF 1.2 and 2.x (`.xlf`, `.xliff`). */
export const xliff: Format = {
  name: 'xliff',
  extensions: ['.xlf', '.xliff'],
  read: readXliff,
  escape: escapeXml,
  decodeFragment: decodeXmlFragment,
  comments: xliffComments,
};
