import { describe, expect, it } from 'vitest';
import { DIRECTIVE_WRITERS } from './directive-writer.js';

/** The text with the directive that silences `ruleId` for the finding at the first `word` written in. */
function withDirective(format: string, text: string, word: string, ruleId = 'comma-before-that'): string | undefined {
  const insertion = DIRECTIVE_WRITERS[format]!.write(text, text.indexOf(word), ruleId);
  return insertion && text.slice(0, insertion.at) + insertion.text + text.slice(insertion.at);
}

describe('directive writers', () => {
  it('PO: a translator comment as the first line of the entry, also of the first entry of a file without a header', () => {
    const po = '#: a.c:1\nmsgid "x"\nmsgstr "The company says, that it is safe."\n\nmsgid "y"\nmsgstr "Then, that."\n';
    expect(withDirective('po', po, 'Then')).toBe(po.replace('msgid "y"', '# mtlint-disable-next-line comma-before-that\nmsgid "y"'));
    expect(withDirective('po', po, 'company')).toBe(`# mtlint-disable-next-line comma-before-that\n${po}`);
  });

  it('XLIFF: a comment before the unit of the finding, not before a unit earlier in the file; none outside a unit', () => {
    const xliff = '<xliff>\n  <unit id="1"><segment><target>A.</target></segment></unit>\n  <xlf:unit id="2"><segment><target>B, that.</target></segment></xlf:unit>\n</xliff>\n';
    expect(withDirective('xliff', xliff, 'B, that')).toBe(xliff.replace('  <xlf:unit', '  <!-- mtlint-disable-next-line comma-before-that -->\n  <xlf:unit'));
    expect(withDirective('xliff', '<xliff><units>text</units></xliff>', 'text')).toBeUndefined();
  });

  it('WebVTT: a NOTE block before the cue, its identifier included, in the file\'s line breaks', () => {
    const vtt = 'WEBVTT\r\n\r\nsafe\r\n00:00:01.000 --> 00:00:04.000\r\nThe company says, that it is safe.\r\n';
    expect(withDirective('vtt', vtt, 'company')).toBe(vtt.replace('safe\r\n', 'NOTE mtlint-disable-next-line comma-before-that\r\n\r\nsafe\r\n'));
  });

  it('Markdown: at the end of the line before in a paragraph; on a line of its own, indented, after a blank line', () => {
    const md = 'Para one.\r\nThe company says, that.\r\n\r\n  - Then, that.\r\n';
    expect(withDirective('markdown', md, 'company')).toBe(md.replace('Para one.', 'Para one. <!-- mtlint-disable-next-line comma-before-that -->'));
    expect(withDirective('markdown', md, 'Then')).toBe(md.replace('  - Then', '  <!-- mtlint-disable-next-line comma-before-that -->\r\n  - Then'));
  });

  it('no writer for the formats without comments', () => {
    expect(Object.keys(DIRECTIVE_WRITERS).sort()).toEqual(['markdown', 'po', 'text', 'vtt', 'xliff']);
  });
});
