/** Every format this package reads, and the choice of one by file name. */
import { plainTextComments, type FileComment } from '../comments.js';
import { plainTextSegment } from '../segment.js';
import type { Format } from './format.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { po } from './po.js';
import { srt, vtt } from './subtitles.js';
import { xliff } from './xliff.js';

/** Plain text: the file is one segment, character for character. */
export const plainText: Format = Object.freeze({
  name: 'text',
  extensions: Object.freeze(['.txt']),
  read: (content: string) => [plainTextSegment(content)],
  escape: (t: string) => t,
  comments: plainTextComments,
});

/** Every format, plain text last. */
export const FORMATS: readonly Readonly<Format>[] = Object.freeze([markdown, po, xliff, srt, vtt, json, plainText].map((format) => Object.freeze(format)));

/** The format of a file, by its name's ending (case-insensitive); plain text when none matches. */
export function formatFor(fileName: string): Format {
  const lower = fileName.toLowerCase();
  return FORMATS.find((f) => f.extensions.some((ext) => lower.endsWith(ext))) ?? plainText;
}

/** The comments of `content` read as the format named `formatName` (directives stand only there); none for a format without comments. */
export function fileComments(formatName: string, content: string): FileComment[] {
  return FORMATS.find((f) => f.name === formatName)?.comments?.(content) ?? [];
}
