/**
 * SubRip (SRT) and WebVTT subtitles: each cue's text lines are one segment, joined by a space that
 * maps to the line break it stands for, so a finding on the second line points at the second line.
 * Timings, cue numbers and settings are never part of a segment, so no fix can touch them.
 *
 * A small reader of our own: the subtitle parsers on npm (subtitle, srt-parser-2, webvtt-parser,
 * @plussub/srt-vtt-parser) return cue text without its position in the file, and the block structure
 * (blank-line separated blocks, one `-->` timing line each) is simple enough to scan directly.
 * Cue markup (`<i>`, `<v Name>`, `<c.x>`, timestamp tags) becomes a hard break; WebVTT character
 * references (`&amp;`) map to their whole raw form.
 */
import type { FileComment } from '../comments.js';
import { FormatError } from '../errors.js';
import { decodeNumericReference } from '../references.js';
import { SegmentBuilder, type Segment } from '../segment.js';
import type { Format } from './format.js';

interface Line {
  text: string;
  start: number;
  /** Where the line's break (`\n` or `\r\n`) ends; equal to `start + text.length` on the last line. */
  breakEnd: number;
  number: number;
}

function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r?\n|\r/g;
  let start = 0;
  let number = 1;
  for (const m of content.matchAll(pattern)) {
    lines.push({ text: content.slice(start, m.index), start, breakEnd: m.index + m[0].length, number: number++ });
    start = m.index + m[0].length;
  }
  lines.push({ text: content.slice(start), start, breakEnd: content.length, number });
  return lines;
}

/** Blank-line separated blocks of lines. */
function blocks(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

const SRT_TIMING = /^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;
const VTT_TIMING = /^(?:\d+:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d+:)?\d{2}:\d{2}\.\d{3}/;
const CUE_TAG = /<[^<>\n]*>/g;
const REFERENCE = /&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** The character a WebVTT reference's name (between `&` and `;`) stands for; undefined for an unknown name. */
const decodeReference = (name: string): string | undefined => (name.startsWith('#') ? decodeNumericReference(name.slice(1)) : NAMED[name]);

/** Appends one cue line: tags become hard breaks; in WebVTT, character references are decoded. */
function appendCueLine(builder: SegmentBuilder, line: Line, vtt: boolean): void {
  let cursor = 0;
  const appendText = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const amp = vtt ? line.text.indexOf('&', i) : -1;
      const stretchEnd = amp === -1 || amp >= to ? to : amp;
      builder.verbatim(line.text.slice(i, stretchEnd), line.start + i);
      if (stretchEnd === to) return;
      // A reference holds no `<`, so it never runs past `to`.
      REFERENCE.lastIndex = stretchEnd;
      const ref = REFERENCE.exec(line.text)?.[0];
      const decoded = ref === undefined ? undefined : decodeReference(ref.slice(1, -1));
      if (decoded === undefined) {
        builder.verbatim('&', line.start + stretchEnd);
        i = stretchEnd + 1;
      } else {
        builder.char(decoded, line.start + stretchEnd, line.start + stretchEnd + ref!.length);
        i = stretchEnd + ref!.length;
      }
    }
  };
  for (const tag of line.text.matchAll(CUE_TAG)) {
    appendText(cursor, tag.index);
    builder.hardBreak();
    cursor = tag.index + tag[0].length;
  }
  appendText(cursor, line.text.length);
}

function readCues(content: string, vtt: boolean): Segment[] {
  // A byte-order mark stays in the first line (offsets count it); String.prototype.trim drops it.
  const all = blocks(splitLines(content));
  if (vtt) {
    const header = all.shift();
    if (!header || !/^\uFEFF?WEBVTT(?:[ \t]|$)/.test(header[0]!.text)) throw new FormatError('a WebVTT file must start with "WEBVTT"', 1);
  }
  const segments: Segment[] = [];
  const timing = vtt ? VTT_TIMING : SRT_TIMING;
  for (const block of all) {
    if (vtt && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!.text)) continue;
    const at = block.findIndex((line) => line.text.includes('-->'));
    if (at === -1 || at > 1) {
      // The timing line stands after a cue number or id: a block that opens with one has its bad timing on the next line.
      const bad = block.length > 1 && (!vtt ? /^\d+$/.test(block[0]!.text.trim()) : !block[0]!.text.includes('-->')) ? block[1]! : block[0]!;
      throw new FormatError(`expected a cue timing line (00:00:01${vtt ? '.' : ','}000 --> …), got ${JSON.stringify(bad.text.trim())}`, bad.number);
    }
    const timingLine = block[at]!;
    if (!timing.test(timingLine.text.trim())) throw new FormatError(`malformed cue timing ${JSON.stringify(timingLine.text.trim())}`, timingLine.number);
    if (!vtt && at === 1 && !/^\d+$/.test(block[0]!.text.trim())) throw new FormatError('expected a cue number', block[0]!.number);
    const builder = new SegmentBuilder();
    const textLines = block.slice(at + 1);
    textLines.forEach((line, i) => {
      appendCueLine(builder, line, vtt);
      const next = textLines[i + 1];
      if (next) builder.lineBreak().char(' ', line.start + line.text.length, line.breakEnd);
    });
    if (builder.text.trim() === '') continue;
    const id = at === 1 ? block[0]!.text.trim() : timingLine.text.trim();
    segments.push(builder.build({ id }));
  }
  return segments;
}

/** The cues of a SubRip file: one segment per cue, its lines joined by a space that stands for the line break; id the cue number. */
export const readSrt = (content: string): Segment[] => readCues(content, false);
/** The cues of a WebVTT file, as `readSrt` reads SubRip; header, NOTE, STYLE and REGION blocks skipped; id the cue id or timing. */
export const readVtt = (content: string): Segment[] => readCues(content, true);

/** In a cue, a line break or a blank line would end the cue or split it: inserted text stays on its line. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * The `NOTE` blocks of a WebVTT file, WebVTT's comments: `disable-line` silences nothing but the note,
 * `disable-next-line` the cue (or block) after it. SubRip has no comments.
 */
export function vttComments(content: string): FileComment[] {
  const all = blocks(splitLines(content));
  const span = (block: Line[]) => ({ start: block[0]!.start, end: block[block.length - 1]!.start + block[block.length - 1]!.text.length });
  return all.flatMap((block, i) => {
    if (!/^NOTE(?:[ \t]|$)/.test(block[0]!.text)) return [];
    const note = span(block);
    const text = content.slice(note.start + 'NOTE'.length, note.end).trim();
    const following = all[i + 1];
    return [{ text, ...note, on: note, next: following ? span(following) : undefined }];
  });
}

/** SubRip (`.srt`). */
export const srt: Format = { name: 'srt', extensions: ['.srt'], read: readSrt, escape: oneLine };
/** WebVTT (`.vtt`): replacements escape `&`, `<` and `>`. */
export const vtt: Format = {
  name: 'vtt',
  extensions: ['.vtt'],
  read: readVtt,
  comments: vttComments,
  escape: (text) => oneLine(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')),
};
