/**
 * Fixing a translation file in place: every fixture is linted, the first suggestion of every finding
 * is applied to the file, and the result is read back with the format's own parser (gettext-parser,
 * mdast, saxes, srt-parser-2, webvtt-parser, JSON.parse). The fixed file must parse, keep everything
 * that is not translated text (keys, ids, sources, timings, tags, code), and change the texts that had
 * a fix, as intended.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySuggestions, firstSuggestions } from '@mtlint/engine';
import { po as gettext, type GetTextTranslations } from 'gettext-parser';
import type { Nodes } from 'mdast';
import srtParser from 'srt-parser-2';
import { describe, expect, it } from 'vitest';
import { WebVTTParser } from 'webvtt-parser';
import { parseMarkdown } from './formats/markdown.js';
import { readXliff } from './formats/xliff.js';
import { lintFile } from './lint-file.js';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures');

function fixFixture(path: string) {
  const content = readFileSync(join(FIXTURES, path), 'utf8');
  const { findings } = lintFile(path, content);
  const edits = firstSuggestions(findings);
  return { content, fixed: applySuggestions(content, edits), edits };
}

describe('a fixed file still parses, and only the intended text changed', () => {
  it('gettext PO (gettext-parser): ids, headers, comments and flags unchanged; fixed msgstrs', () => {
    const { content, fixed, edits } = fixFixture('formats-po/messages.po');
    expect(edits.length).toBeGreaterThan(2);
    const before = gettext.parse(content, { validation: true });
    const after = gettext.parse(fixed, { validation: true });
    expect(after.headers).toEqual(before.headers);
    expect(after.obsolete).toEqual(before.obsolete);
    const strip = (t: GetTextTranslations) =>
      Object.values(t.translations).flatMap((ctx) => Object.values(ctx).map(({ msgstr: _, ...rest }) => rest));
    expect(strip(after)).toEqual(strip(before));
    const msgstr = (t: GetTextTranslations, id: string) => t.translations['']![id]!.msgstr;
    expect(msgstr(after, 'Der Support sagte, dass das Problem in Version 4.3 behoben wird.')).toEqual([
      'The support said that the problem will be fixed in version 4.2.',
    ]);
    expect(msgstr(after, 'Eine Notiz im Papierkorb')[1]).toBe('%d notes in the trash');
    // The fuzzy entry is not linted, so not fixed either.
    expect(msgstr(after, 'Der Import wurde abgebrochen.')).toEqual(msgstr(before, 'Der Import wurde abgebrochen.'));
  });

  it('Markdown (mdast): same tree shape, code, HTML, front matter and link targets unchanged', () => {
    const { content, fixed, edits } = fixFixture('formats-markdown/article.md');
    expect(edits.length).toBeGreaterThan(2);
    const shape = (node: Nodes): unknown => ({
      type: node.type,
      ...(node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml' ? { value: node.value } : {}),
      ...(node.type === 'link' ? { url: node.url } : {}),
      ...('children' in node ? { children: node.children.map(shape) } : {}),
    });
    expect(shape(parseMarkdown(fixed))).toEqual(shape(parseMarkdown(content)));
    expect(fixed).toContain('Anna Berger said that the rewrite');
  });

  it('XLIFF 1.2 and 2.0 (saxes): ids, sources and inline tags unchanged; fixed targets', () => {
    for (const path of ['formats-xliff12/messages.xlf', 'formats-xliff2/messages.xlf']) {
      const { content, fixed } = fixFixture(path);
      const before = readXliff(content);
      const after = readXliff(fixed);
      const keep = (segments: typeof before) => segments.map((s) => ({ id: s.id, source: s.source, codes: s.inlineCodes }));
      expect(keep(after)).toEqual(keep(before));
      const tags = (xml: string) => xml.match(/<[^>]+>/g);
      expect(tags(fixed)).toEqual(tags(content));
    }
    const { fixed } = fixFixture('formats-xliff12/messages.xlf');
    expect(readXliff(fixed).find((s) => s.id === 'checkout.notice')!.text).toBe('Please note that the prices include VAT & shipping.');
  });

  it('SRT (srt-parser-2): same cues and timings; fixed lines stay on their lines', () => {
    const { content, fixed, edits } = fixFixture('formats-srt/episode.srt');
    expect(edits.length).toBeGreaterThan(1);
    const parser = new srtParser();
    const before = parser.fromSrt(content);
    const after = parser.fromSrt(fixed);
    expect(after.map(({ id, startTime, endTime }) => ({ id, startTime, endTime }))).toEqual(
      before.map(({ id, startTime, endTime }) => ({ id, startTime, endTime })),
    );
    expect(after.find((c) => c.id === '3')!.text).toBe('The finance minister said that\nthe debt would fall in 2025.');
    expect(after.find((c) => c.id === '4')!.text).toBe('<i>The opposition criticised</i>\nthe plan sharply.');
  });

  it('WebVTT (webvtt-parser): no new errors, same cues, timings and settings', () => {
    const { content, fixed, edits } = fixFixture('formats-vtt/lecture.vtt');
    expect(edits.length).toBeGreaterThan(1);
    const before = new WebVTTParser().parse(content, 'captions');
    const after = new WebVTTParser().parse(fixed, 'captions');
    expect(after.errors).toEqual(before.errors);
    const timing = (c: (typeof before.cues)[number]) => ({ id: c.id, start: c.startTime, end: c.endTime, line: c.linePosition, align: c.alignment });
    expect(after.cues.map(timing)).toEqual(before.cues.map(timing));
    expect(after.cues[2]!.text).toBe('Researchers warn that the trend\nwill continue &amp; even accelerate.');
  });

  it('JSON catalogue (JSON.parse): same keys and placeholders; fixed values', () => {
    const { content, fixed, edits } = fixFixture('formats-json/en.json');
    expect(edits.length).toBeGreaterThan(1);
    const keys = (value: unknown, path = ''): string[] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${path}.${k}`)) : [path];
    const before = JSON.parse(content);
    const after = JSON.parse(fixed);
    expect(keys(after)).toEqual(keys(before));
    expect(after.editor.tips[0]).toBe('Press {{shortcut}} to search all the notes.');
    expect(after.sync.progress).toBe(before.sync.progress);
  });
});
