/**
 * Fixing a translation file in place: every fixture is linted, the first suggestion of every finding
 * is applied to the file, and the result is read back with the format's own parser (gettext-parser,
 * mdast, saxes, srt-parser-2, webvtt-parser, JSON.parse). The fixed file must parse and keep everything
 * that is not translated text (keys, ids, sources, timings, tags, code); and read back with this
 * package, each unit's text must be exactly its old text with the edits that fell in it applied, so
 * nothing else changed. The expected texts come from the edits themselves, not from a list of what
 * today's rules find, so the test holds whatever the rules propose.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySuggestions, firstSuggestions, type Suggestion } from '@mtlint/engine';
import { po as gettext, type GetTextTranslations } from 'gettext-parser';
import type { Nodes } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import srtParser from 'srt-parser-2';
import { describe, expect, it } from 'vitest';
import { WebVTTParser } from 'webvtt-parser';
import { formatFor, lintFile, readJson, readXliff, toFileSpan, type Segment } from './formats.js';

/** Markdown read by micromark, a parser other than the reader's, with GFM and front matter. */
const parseMarkdown = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm(), frontmatter()], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown()] });

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures');

/**
 * The text a raw replacement stands for, by format (the inverse of each format's `escape`); a cue's line break,
 * which a fix across it keeps, reads as a space.
 */
const UNESCAPE: Record<string, (raw: string) => string> = {
  po: (raw) => JSON.parse(`"${raw}"`) as string,
  json: (raw) => JSON.parse(`"${raw}"`) as string,
  xliff: (raw) => raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  vtt: (raw) => raw.replace(/\r?\n/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  srt: (raw) => raw.replace(/\r?\n/g, ' '),
  markdown: (raw) => raw.replace(/\\(.)/g, '$1'),
};

/** Each segment's text with the file edits that fall inside it applied, mapped back to text offsets. */
function expectedTexts(segments: readonly Segment[], edits: readonly Suggestion[], format: string): string[] {
  return segments.map((s) => {
    const n = s.text.length;
    const raw = Array.from({ length: n }, (_, i) => toFileSpan(s, i, i + 1));
    const textStart = n === 0 ? s.fileEnd : raw[0]!.start;
    const local: Suggestion[] = [];
    for (const e of edits) {
      if (e.start < textStart || e.end > s.fileEnd) continue;
      const start = e.start === s.fileEnd ? n : raw.findIndex((r) => r.start === e.start);
      const end = e.end === e.start ? start : raw.findIndex((r) => r.end === e.end) + 1;
      expect(start, 'an edit starts at a character of the text').toBeGreaterThanOrEqual(0);
      expect(end, 'an edit ends at a character of the text').toBeGreaterThan(0);
      local.push({ start, end, replacement: UNESCAPE[format]!(e.replacement) });
    }
    return applySuggestions(s.text, local);
  });
}

function fixFixture(path: string) {
  const content = readFileSync(join(FIXTURES, path), 'utf8');
  const { findings, segments, format } = lintFile(path, content);
  const edits = firstSuggestions(findings);
  const fixed = applySuggestions(content, edits);
  expect(edits.length, `${path}: the fixture has fixes to apply`).toBeGreaterThan(0);
  expect(fixed).not.toBe(content);
  // Read back: the same units, each changed exactly by its edits.
  const after = formatFor(path).read(fixed);
  expect(after.map((s) => s.id)).toEqual(segments.map((s) => s.id));
  expect(after.map((s) => s.text)).toEqual(expectedTexts(segments, edits, format));
  return { content, fixed };
}

describe('a fixed file still parses, and only the intended text changed', () => {
  it('gettext PO (gettext-parser): ids, headers, comments, flags and obsolete entries unchanged', () => {
    const { content, fixed } = fixFixture('formats-po/messages.po');
    const before = gettext.parse(content, { validation: true });
    const after = gettext.parse(fixed, { validation: true });
    expect(after.headers).toEqual(before.headers);
    expect(after.obsolete).toEqual(before.obsolete);
    const strip = (t: GetTextTranslations) =>
      Object.values(t.translations).flatMap((ctx) => Object.values(ctx).map(({ msgstr: _, ...rest }) => rest));
    expect(strip(after)).toEqual(strip(before));
    // The fuzzy entry is not linted, so not fixed either.
    const fuzzy = (t: GetTextTranslations) => t.translations['']!['Der Import wurde abgebrochen.']!.msgstr;
    expect(fuzzy(after)).toEqual(fuzzy(before));
  });

  it('Markdown (mdast): same tree shape; code, HTML, front matter and link targets unchanged', () => {
    const { content, fixed } = fixFixture('formats-markdown/article.md');
    const shape = (node: Nodes): unknown => ({
      type: node.type,
      ...(node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml' ? { value: node.value } : {}),
      ...(node.type === 'link' ? { url: node.url } : {}),
      ...('children' in node ? { children: node.children.map(shape) } : {}),
    });
    expect(shape(parseMarkdown(fixed))).toEqual(shape(parseMarkdown(content)));
  });

  it.each(['formats-xliff12/messages.xlf', 'formats-xliff2/messages.xlf'])('XLIFF %s (saxes): ids, sources and every tag unchanged', (path) => {
    const { content, fixed } = fixFixture(path);
    const keep = (segments: Segment[]) => segments.map((s) => ({ id: s.id, source: s.source, codes: s.inlineCodes }));
    expect(keep(readXliff(fixed))).toEqual(keep(readXliff(content)));
    const tags = (xml: string) => xml.match(/<[^>]+>/g);
    expect(tags(fixed)).toEqual(tags(content));
  });

  it('SRT (srt-parser-2): same cues and timings, each cue on as many lines (a fix across a line break keeps it)', () => {
    const { content, fixed } = fixFixture('formats-srt/episode.srt');
    const parser = new srtParser();
    const timings = (srt: string) => parser.fromSrt(srt).map(({ id, startTime, endTime }) => ({ id, startTime, endTime }));
    expect(timings(fixed)).toEqual(timings(content));
    const lines = (srt: string) => parser.fromSrt(srt).map((cue) => cue.text.split('\n').length);
    expect(lines(fixed)).toEqual(lines(content));
    // The fixture's reordering fixes span a line break, written as the file writes it (CRLF).
    expect(fixed).toContain('has approved the\r\nnew budget yesterday evening');
  });

  it('WebVTT (webvtt-parser): no new errors, same cues, timings and settings', () => {
    const { content, fixed } = fixFixture('formats-vtt/lecture.vtt');
    const before = new WebVTTParser().parse(content, 'captions');
    const after = new WebVTTParser().parse(fixed, 'captions');
    expect(after.errors).toEqual(before.errors);
    const timing = (c: (typeof before.cues)[number]) => ({ id: c.id, start: c.startTime, end: c.endTime, line: c.linePosition, align: c.alignment });
    expect(after.cues.map(timing)).toEqual(before.cues.map(timing));
    const lines = (cues: typeof before.cues) => cues.map((c) => c.text.split('\n').length);
    expect(lines(after.cues)).toEqual(lines(before.cues));
  });

  it('JSON catalogue (JSON.parse): same keys; ICU syntax and placeholders unchanged', () => {
    const { content, fixed } = fixFixture('formats-json/en.json');
    const keys = (value: unknown, path = ''): string[] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${path}.${k}`)) : [path];
    expect(keys(JSON.parse(fixed))).toEqual(keys(JSON.parse(content)));
    const code = (json: string) => readJson(json).map((s) => s.protectedRanges.map(([a, b]) => s.text.slice(a, b)));
    expect(code(fixed)).toEqual(code(content));
  });
});
