import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors.js';
import { toFileSpan, type DecodedFragment, type Segment } from '../segment.js';
import { FORMATS } from './catalogue.js';
import { FORMAT_NAMES } from './format.js';
import { decodeJsonFragment, escapeJson, readJson } from './json.js';
import { decodeMarkdownFragment, escapeMarkdown, readMarkdown } from './markdown.js';
import { decodePoFragment, escapePo, poComments, readPo } from './po.js';
import { readSrt, readVtt } from './subtitles.js';
import { decodeXmlFragment, escapeXml, readXliff } from './xliff.js';

/** The raw file text of each character, joined: for a verbatim segment, the text itself. */
const rawOf = (content: string, s: Segment, start = 0, end = s.text.length) => {
  const span = toFileSpan(s, start, end);
  return content.slice(span.start, span.end);
};

/**
 * Checks that `decode` reads every stretch of each segment's text, as `toFileSpan` gives it in the file,
 * as that stretch of the text, and that the characters' raw forms put together are the stretch. Stretches
 * that split a surrogate pair (one raw form for both halves) are left out.
 */
function expectDecodesEveryStretch(content: string, segments: readonly Segment[], decode: (raw: string) => DecodedFragment): void {
  const splitsPair = (text: string, at: number) => /[\uDC00-\uDFFF]/.test(text[at] ?? '');
  for (const segment of segments) {
    for (let a = 0; a <= segment.text.length; a++) {
      for (let b = a; b <= segment.text.length; b++) {
        if (splitsPair(segment.text, a) || splitsPair(segment.text, b)) continue;
        const span = toFileSpan(segment, a, b);
        const raw = content.slice(span.start, span.end);
        const { text, starts, ends } = decode(raw);
        expect(text).toBe(segment.text.slice(a, b));
        expect(starts.map((start, i) => raw.slice(start, ends[i])).join('')).toBe(raw);
      }
    }
  }
}

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('PO', () => {
  const po = [
    'msgid ""',
    'msgstr ""',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
    '',
    '#: a.c:1',
    'msgid "Sagte \\"ja\\""',
    'msgstr "He said \\"yes\\""',
    '',
    'msgid ""',
    '"Lange "',
    '"Zeile"',
    'msgstr ""',
    '"A long "',
    '"line"',
    '',
    'msgid "Eine Datei"',
    'msgid_plural "%d Dateien"',
    'msgstr[0] "One file"',
    'msgstr[1] "%d files"',
    '',
    '#, fuzzy',
    'msgid "Unsicher"',
    'msgstr "Unsure"',
    '',
    '# mtlint-disable-next-line',
    'msgid "Marke"',
    'msgstr "Brand"',
    '',
    'msgctxt "menu"',
    'msgid "Öffnen"',
    'msgstr "Open"',
    '',
    '#~ msgid "Alt"',
    '#~ msgstr "Old"',
    '',
  ].join('\n');

  it('reads each msgstr and plural form with its msgid as source; skips header, fuzzy and obsolete entries, and leaves directives to applyDirectives', () => {
    const segments = readPo(po);
    expect(segments.map((s) => [s.id, s.text, s.source])).toEqual([
      ['Sagte "ja"', 'He said "yes"', 'Sagte "ja"'],
      ['Lange Zeile', 'A long line', 'Lange Zeile'],
      ['Eine Datei[0]', 'One file', 'Eine Datei'],
      ['Eine Datei[1]', '%d files', '%d Dateien'],
      ['Marke', 'Brand', 'Marke'],
      ['menu\u0004Öffnen', 'Open', 'Öffnen'],
    ]);
    expect(segments[5]!.context).toBe('menu');
  });

  it('says where each source stands in the file: msgid (its first line with text), or msgid_plural for the plural forms', () => {
    const at = (s: { sourceStart?: number }) => po.slice(s.sourceStart, s.sourceStart! + 12);
    expect(readPo(po).map(at)).toEqual(['Sagte \\"ja\\"', 'Lange "\n"Zei', 'Eine Datei"\n', '%d Dateien"\n', 'Marke"\nmsgst', 'Öffnen"\nmsgs']);
  });

  it('includes fuzzy and obsolete entries when asked', () => {
    const texts = readPo(po, { includeFuzzy: true, includeObsolete: true }).map((s) => s.text);
    expect(texts).toContain('Unsure');
    expect(texts).toContain('Old');
  });

  it('maps escapes to their raw form and a string continued on the next line to both lines', () => {
    const [quoted, long] = readPo(po);
    const q = quoted!.text.indexOf('"');
    expect(rawOf(po, quoted!, q, q + 1)).toBe('\\"');
    expect(rawOf(po, long!, 0, 6)).toBe('A long');
    // "long line" spans the two literals: replacing it in the file merges them into one.
    expect(rawOf(po, long!, 2, 11)).toBe('long "\n"line');
  });

  it('reads any stretch of a msgstr between its characters as the text it stands for, across continued lines and escapes', () => {
    const file = `${po}#~ msgid "Weg"\n#~ msgstr ""\n#~ "Gone \\"for\\" "\n#~ "good\\n"\n`;
    for (const segment of readPo(file, { includeObsolete: true })) {
      for (let a = 0; a <= segment.text.length; a++) {
        for (let b = a; b <= segment.text.length; b++) {
          const span = toFileSpan(segment, a, b);
          const { text, starts, ends } = decodePoFragment(file.slice(span.start, span.end));
          expect(text).toBe(segment.text.slice(a, b));
          starts.forEach((start, i) => expect(file.slice(span.start + start, span.start + ends[i]!)).toBe(rawOf(file, segment, a + i, a + i + 1)));
        }
      }
    }
    // With text escapePo wrote in it, as an edit leaves a stretch.
    expect(decodePoFragment(`A "\n"long${escapePo(' "new"\nline')}"\n"end`).text).toBe('A long "new"\nlineend');
  });

  it('protects printf placeholders', () => {
    const plural = readPo(po)[3]!;
    expect(plural.protectedRanges).toEqual([[0, 2]]);
  });

  it('rejects what is not PO with the line', () => {
    const error = thrown(() => readPo('msgid "a"\nmsgstr "b\n'));
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toMatch(/^line 2: unterminated string/);
    expect(() => readPo('msgid "a"\nmsgstr "b"\nhello\n')).toThrow(/line 3: not a PO line/);
  });

  it('rejects entries gettext tools reject: duplicates, fields out of order or missing, a wrong number of plural forms', () => {
    expect(() => readPo('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n')).toThrow(/^line 4: duplicate entry "a", first at line 1$/);
    expect(() => readPo('msgctxt "m"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "m"\nmsgid "a"\nmsgstr "c"\n')).toThrow(/^line 5: duplicate entry "a" in context "m"/);
    expect(() => readPo('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n')).toThrow(/^line 1: an entry is .*; this one has msgid$/);
    expect(() => readPo('msgid "a"\nmsgctxt "m"\nmsgstr "b"\n')).toThrow(/this one has msgid, msgctxt, msgstr$/);
    expect(() => readPo('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\nmsgstr[0] "c"\n')).toThrow(/this one has msgid, msgid_plural, msgstr\[1\], msgstr\[0\]$/);
    expect(() => readPo('msgid "a"\nmsgstr[0] "b"\n')).toThrow(/this one has msgid, msgstr\[0\]$/);
    const header = 'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n';
    expect(() => readPo(`${header}msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n`)).toThrow(/^line 4: 1 plural forms where the header's Plural-Forms says nplurals=2$/);
    // Obsolete entries are history: one may repeat an active entry.
    expect(readPo('msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n', { includeObsolete: true }).map((s) => s.text)).toEqual(['b', 'c']);
  });

  it('takes any comment but the tools\' own for the translator\'s, as gettext-parser does, so a directive needs no space', () => {
    expect(poComments('#mtlint-disable-next-line\nmsgid "a"\nmsgstr "b"\n').map((c) => c.text)).toEqual(['mtlint-disable-next-line']);
    expect(poComments('#. mtlint-disable-next-line\n#: a.c:1\n#, fuzzy\n#| msgid "x"\n#~ msgid "y"\nmsgid "a"\nmsgstr "b"\n')).toEqual([]);
  });

  it('reads a POT template, whose header does not say how many plural forms there are', () => {
    const pot = [
      'msgid ""',
      'msgstr ""',
      '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"',
      '',
      'msgid "a file"',
      'msgid_plural "%d files"',
      'msgstr[0] "ein Datei"',
      'msgstr[1] "%d Dateien"',
    ].join('\n');
    expect(readPo(pot).map((s) => s.id)).toEqual(['a file[0]', 'a file[1]']);
  });
});

describe('Markdown', () => {
  const md = [
    '---',
    'title: The the title',
    '---',
    '',
    '# A heading without a stop',
    '',
    'Text with *emphasis*, `the the code`, a [link text](https://example.org/the-the) and \\*stars\\* &amp; more.',
    '',
    '```js',
    'const the = the;',
    '```',
    '',
    '<div>html the the</div>',
    '',
    '> quoted line',
    '> second line',
  ].join('\n');
  const segments = readMarkdown(md);

  it('reads headings and paragraphs as segments, without front matter, code, HTML or link targets', () => {
    expect(segments.map((s) => s.text)).toEqual([
      'A heading without a stop',
      'Text with emphasis, the the code, a link text and *stars* & more.',
      'quoted line\nsecond line',
    ]);
  });

  it('maps escapes and references to their raw form and protects inline code', () => {
    const p = segments[1]!;
    const star = p.text.indexOf('*');
    expect(rawOf(md, p, star, star + 1)).toBe('\\*');
    const amp = p.text.indexOf('&');
    expect(rawOf(md, p, amp, amp + 1)).toBe('&amp;');
    const code = p.text.indexOf('the the');
    expect(p.protectedRanges).toContainEqual([code, code + 'the the code'.length]);
    const quote = segments[2]!;
    expect(rawOf(md, quote, 12, 18)).toBe('second');
  });

  it('reads any stretch of a paragraph between its characters as the text it stands for: escapes and references decoded', () => {
    const escaped = 'Stars \\* and \\_under\\_ &amp; &#169; &#xA9; \\\\ back,\nover two lines &copy; \\# not a heading.\r\nThird.\n\n# A \\[heading\\]\n';
    const read = readMarkdown(escaped);
    expect(read.map((s) => s.text)).toEqual(['Stars * and _under_ & © © \\ back,\nover two lines © # not a heading.\r\nThird.', 'A [heading]']);
    expectDecodesEveryStretch(escaped, read, decodeMarkdownFragment);
    // What `escape` wrote reads back as the text; markup and code spans stay as written, an unclosed backtick is text.
    expect(decodeMarkdownFragment(escapeMarkdown('a *b* [c] \\ d_e')).text).toBe('a *b* [c] \\ d_e');
    expect(decodeMarkdownFragment('*em* `a\\*b` \\* ``c`\\*`` \\` ` \\*').text).toBe('*em* `a\\*b` * ``c`\\*`` ` ` *');
    expect(decodeMarkdownFragment('&bogus; & &#;').text).toBe('&bogus; & &#;');
  });

  it('skips bare URLs and e-mail addresses wherever they stand, keeping the offsets of the text around them', () => {
    const bare = [
      'Visit www.example.org/a?b=1&amp;c=2 or mail help@example.org; see a.www.example.com too.',
      '',
      '> Quoted: https://example.org/x \\*and\\* more',
      '> at mailto:team@example.org now.',
    ].join('\n');
    const read = readMarkdown(bare);
    expect(read.map((s) => s.text)).toEqual(['Visit  or mail ; see a. too.', 'Quoted:  *and* more\nat  now.']);
    for (const s of read) {
      // Every character maps to itself (or to its escape), in order, with a hard break where a URL was.
      for (let i = 0; i < s.text.length; i++) expect(rawOf(bare, s, i, i + 1).replace(/^\\/, '')).toBe(s.text[i]);
      for (let i = 0; i < s.text.length; i++) if (s.text.slice(i, i + 2) === '  ') expect(s.hardBreaks).toContain(i + 1);
    }
  });
});

describe('Markdown, CommonMark and GFM constructs', () => {
  const texts = (md: string) => readMarkdown(md).map((s) => s.text);
  /** Every character of every segment maps to itself in the file, or to an escape or reference for it. */
  const mapsBack = (md: string) => {
    for (const s of readMarkdown(md)) {
      for (let i = 0; i < s.text.length; i++) {
        const raw = rawOf(md, s, i, i + 1);
        if (raw !== s.text[i]) expect(raw, `${JSON.stringify(s.text)} at ${i}`).toMatch(/^\\.|^&.+;$|^ *\\?\n$|^`/);
      }
    }
  };

  it('reads footnote definitions, one word or more, without their labels, and skips references to them', () => {
    const md = 'A claim.[^1] More[^long].\n\n[^1]: Ibid.\n\n[^long]: A longer note\n    on two lines.\n';
    expect(texts(md)).toEqual(['A claim. More.', 'Ibid.', 'A longer note\non two lines.']);
    mapsBack(md);
  });

  it('keeps brackets that are not a link, as CommonMark does for a label the file does not define', () => {
    const md = '[Editor: Li] said [this][ref] and [that].\n\n[that]: https://example.org\n';
    const [text] = readMarkdown(md);
    expect(text!.text).toBe('[Editor: Li] said [this][ref] and that.');
    expect(text!.hardBreaks).toEqual([text!.text.indexOf('that'), text!.text.indexOf('that') + 4]);
    mapsBack(md);
  });

  it('reads TOML front matter as markup, and a setext heading, a table’s cells and task items as prose', () => {
    const md = [
      '+++', 'title = "the the"', '+++', '', 'A Title', '=======', '', '| Name | Note |', '| --- | --- |', '| one \\| two | *three* |', '',
      '- [ ] open task', '- [x] done task', '  continued',
    ].join('\n');
    expect(texts(md)).toEqual(['A Title', 'Name', 'Note', 'one | two', 'three', 'open task', 'done task\ncontinued']);
    mapsBack(md);
  });

  it('reads line breaks as CommonMark does: trailing spaces dropped, a hard break kept, CRLF kept', () => {
    const md = 'soft   \r\n  line\nhard  \nbreak\\\nend\r\n';
    const [s] = readMarkdown(md);
    expect(s!.text).toBe('soft\r\nline\nhard\nbreak\nend');
    expect(rawOf(md, s!, s!.text.indexOf('\nbreak'), s!.text.indexOf('\nbreak') + 1)).toBe('  \n');
    mapsBack(md);
  });

  it('decodes the references HTML defines and keeps other ampersands as text', () => {
    const md = 'Caf&eacute; &#169; &#x41; &nosuch; AT&T &#0;';
    expect(texts(md)).toEqual(['Café © A &nosuch; AT&T \ufffd']);
    mapsBack(md);
  });

  it('protects inline code without the space CommonMark trims inside its backticks', () => {
    const md = 'Run `` `cmd` `` now.';
    const [s] = readMarkdown(md);
    expect(s!.text).toBe('Run `cmd` now.');
    expect(s!.protectedRanges).toEqual([[4, 9]]);
    expect(rawOf(md, s!, 4, 9)).toBe('`cmd`');
  });
});

describe('XLIFF', () => {
  const v12 = `<?xml version="1.0"?>
<xliff version="1.2"><file source-language="de" target-language="en"><body>
<trans-unit id="t1"><source>Klicke <g id="1">hier</g><x id="2"/> &amp; sieh</source>
<target>Click <g id="1">here</g><x id="2"/> &amp; see</target>
<alt-trans><target>Not this one</target></alt-trans></trans-unit>
<trans-unit id="t2"><source>Code <ph id="3">&lt;br/&gt;</ph> hier</source><target><![CDATA[Code]]> <ph id="3">&lt;br/&gt;</ph> here</target></trans-unit>
</body></file></xliff>`;

  it('reads each target with its source and inline codes, not alternative translations', () => {
    const segments = readXliff(v12);
    expect(segments.map((s) => [s.id, s.text, s.source])).toEqual([
      ['t1', 'Click here & see', 'Klicke hier & sieh'],
      ['t2', 'Code  here', 'Code  hier'],
    ]);
    expect(segments[0]!.inlineCodes).toEqual({ source: ['<g id="1">', '<x id="2">'], target: ['<g id="1">', '<x id="2">'] });
  });

  it('says where each source stands in the file: right after <source>', () => {
    expect(readXliff(v12).map((s) => v12.slice(s.sourceStart, s.sourceStart! + 10))).toEqual(['Klicke <g ', 'Code <ph i']);
  });

  it('maps references and CDATA to the file and puts a hard break at every inline tag', () => {
    const [t1, t2] = readXliff(v12);
    const amp = t1!.text.indexOf('&');
    expect(rawOf(v12, t1!, amp, amp + 1)).toBe('&amp;');
    expect(rawOf(v12, t1!, 6, 10)).toBe('here');
    expect(t1!.hardBreaks).toEqual([6, 10]);
    expect(rawOf(v12, t2!, 0, 4)).toBe('Code');
  });

  it('maps a CRLF or lone CR, read as one LF, and a reference beyond the BMP to their whole raw form', () => {
    const xlf = '<xliff version="1.2"><file><body><trans-unit id="n"><source>x</source><target>one\r\ntwo\rthree &#x1F600; &lt;ok&gt;</target></trans-unit></body></file></xliff>';
    const [segment] = readXliff(xlf);
    expect(segment!.text).toBe('one\ntwo\nthree \u{1F600} <ok>');
    expect(rawOf(xlf, segment!, 3, 4)).toBe('\r\n');
    expect(rawOf(xlf, segment!, 7, 8)).toBe('\r');
    expect(rawOf(xlf, segment!, 14, 16)).toBe('&#x1F600;');
    expect(rawOf(xlf, segment!, 17, 21)).toBe('&lt;ok&gt;');
    expect(rawOf(xlf, segment!, 8, 13)).toBe('three');
  });

  it('reads any stretch of a target between its characters as the text it stands for, tags shown as written', () => {
    const xlf = '<xliff version="1.2"><file><body><trans-unit id="n"><source>x</source><target>one\r\ntwo\rthree &#x1F600; &lt;ok&gt; &#233;t&#xE9; &quot;</target></trans-unit></body></file></xliff>';
    expectDecodesEveryStretch(xlf, readXliff(xlf), decodeXmlFragment);
    // Inline tags, comments and CDATA stand as written, references in their attributes too; text escapeXml wrote is read back.
    expect(decodeXmlFragment('Click <g id="1" ctype="&amp;">here</g> &amp; <!-- &lt; --><![CDATA[a&amp;b]]> see').text).toBe(
      'Click <g id="1" ctype="&amp;">here</g> & <!-- &lt; --><![CDATA[a&amp;b]]> see',
    );
    expect(decodeXmlFragment(`a ${escapeXml('<b> & </b>')} c`).text).toBe('a <b> & </b> c');
    // What is no reference XML knows stays as it is.
    expect(decodeXmlFragment('&nbsp; & &#; &;').text).toBe('&nbsp; & &#; &;');
  });

  it('reads XLIFF 2.0 segments of a unit with their ids', () => {
    const v2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f">
<unit id="u"><segment id="a"><source>Eins</source><target>One</target></segment><segment id="b"><source>Zwei <pc id="1">fett</pc></source><target>Two <pc id="1">bold</pc></target></segment></unit>
</file></xliff>`;
    expect(readXliff(v2).map((s) => [s.id, s.text, s.source])).toEqual([
      ['u/a', 'One', 'Eins'],
      ['u/b', 'Two bold', 'Zwei fett'],
    ]);
  });

  it('skips text marked as not to be translated', () => {
    const xlf = `<xliff version="1.2"><file><body><trans-unit id="p"><source>Mit <mrk mtype="protected">Notizen Pro</mrk> arbeiten</source>
<target>Work with <mrk mtype="protected">Notizen Pro</mrk> today</target></trans-unit></body></file></xliff>`;
    const [segment] = readXliff(xlf);
    expect(segment!.text).toBe('Work with  today');
    expect(segment!.hardBreaks).toEqual([10]);
  });

  it('rejects XML that is not well-formed, and XML that is not XLIFF', () => {
    expect(() => readXliff('<xliff version="1.2"><file><target>a</file></xliff>')).toThrow(FormatError);
    expect(() => readXliff('<html><body>hi</body></html>')).toThrow(/not an XLIFF file/);
    expect(() => readXliff('<xliff version="1.0"></xliff>')).toThrow(/version 1.0 is not supported/);
  });
});

describe('subtitles', () => {
  const srt = '1\r\n00:00:01,000 --> 00:00:02,500\r\nThe minister said\r\n<i>that the the</i> plan works.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nYes.\r\n';

  it('joins a cue’s lines with a space that stands for the line break', () => {
    const [cue] = readSrt(srt);
    expect(cue!.text).toBe('The minister said that the the plan works.');
    const space = 'The minister said'.length;
    expect(rawOf(srt, cue!, space, space + 1)).toBe('\r\n');
    expect(cue!.id).toBe('1');
  });

  it('reads WebVTT cues with ids, settings and references, skipping NOTE blocks', () => {
    const vtt = 'WEBVTT\n\nNOTE the the\n\nc1\n00:01.000 --> 00:02.000 align:start\n<v Ana>Salt &amp; pepper\nplease\n';
    const [cue, ...rest] = readVtt(vtt);
    expect(rest).toEqual([]);
    expect(cue!.text).toBe('Salt & pepper please');
    expect(cue!.id).toBe('c1');
    expect(rawOf(vtt, cue!, 5, 6)).toBe('&amp;');
  });

  it('reads WebVTT numeric references as HTML does: beyond Unicode or a surrogate is U+FFFD, an unknown name stays', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nA &#99999999; &#xD800; &#x1F600; &bogus; b\n';
    const [cue] = readVtt(vtt);
    expect(cue!.text).toBe('A \uFFFD \uFFFD \u{1F600} &bogus; b');
    expect(rawOf(vtt, cue!, 6, 8)).toBe('&#x1F600;');
  });

  it('rejects a block without a timing line and a malformed timing, with the line', () => {
    expect(() => readSrt('1\nhello\n')).toThrow(/^line 2: expected a cue timing line \(00:00:01,000 --> …\), got "hello"/);
    expect(() => readSrt('Fine.\n\n7\n00:00:01,000 -> 00:00:02,000\nHi.\n')).toThrow(/^line 1: expected a cue timing line/);
    expect(() => readSrt('1\n00:00:00,500 --> 00:00:01,000\nA.\n\n2\n00:00:01,000 -> 00:00:02,000\nHi.\n')).toThrow(/^line 6: expected a cue timing line .*, got "00:00:01,000 -> 00:00:02,000"/);
    expect(() => readSrt('1\n00:00:01 --> 00:00:02\nhi\n')).toThrow(/^line 2: malformed cue timing/);
    expect(() => readVtt('1\n00:01.000 --> 00:02.000\nhi\n')).toThrow(/must start with "WEBVTT"/);
  });
});

describe('JSON catalogues', () => {
  const json = '{"a": {"b": "Say \\"hi\\" to {name}", "c": ["x {n, plural, one {# file} other {# files}}"]}, "d": 3, "e": "{{count}} the the items"}';

  it('reads every string value with its key path, unescaped', () => {
    expect(readJson(json).map((s) => [s.id, s.text])).toEqual([
      ['a.b', 'Say "hi" to {name}'],
      ['a.c.0', 'x {n, plural, one {# file} other {# files}}'],
      ['e', '{{count}} the the items'],
    ]);
  });

  it('protects ICU arguments and plural syntax but not the text inside plural cases', () => {
    const [b, c, e] = readJson(json);
    expect(rawOf(json, b!, 4, 5)).toBe('\\"');
    expect(b!.protectedRanges).toEqual([[12, 18]]);
    const text = c!.text;
    const protectedText = c!.protectedRanges.map(([s, t]) => text.slice(s, t));
    expect(protectedText).toEqual(['{n, plural, one {#', '} other {#', '}}']);
    // i18next's {{count}} is protected whole, not only the ICU argument inside it.
    expect(e!.protectedRanges).toContainEqual([0, 9]);
  });

  it('reads any stretch of a value between its characters as the text it stands for', () => {
    const escaped = '{"a": "Say \\"hi\\"\\n\\u00e9t\\u00E9 \\ud83d\\ude00 \\\\ \\/ \\t"}';
    expect(readJson(escaped)[0]!.text).toBe('Say "hi"\nété \u{1F600} \\ / \t');
    expectDecodesEveryStretch(escaped, readJson(escaped), decodeJsonFragment);
    expect(decodeJsonFragment(`a ${escapeJson('"new"\nline \\')} c`).text).toBe('a "new"\nline \\ c');
  });

  it('rejects invalid JSON with the line, and a catalogue that is not an object', () => {
    expect(() => readJson('{\n"a": "b",\n}')).toThrow(/^line 3: not valid JSON/);
    expect(() => readJson('["a"]')).toThrow(/must be a JSON object/);
  });
});

describe('FORMAT_NAMES', () => {
  it('names every format of the catalogue once, in its order', () => {
    expect(FORMATS.map((f) => f.name)).toEqual(FORMAT_NAMES);
  });
});
