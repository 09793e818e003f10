import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BILINGUAL_CATEGORY, formatFor, FormatError, lintFile, lintFileInSteps } from './formats.js';
import { lint } from './lint.js';
import { MtlintConfigError } from './options.js';

const FIXTURES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const FIXTURE_FILES = [
  'formats-markdown/article.md', 'formats-po/messages.po', 'formats-xliff12/messages.xlf', 'formats-xliff2/messages.xlf',
  'formats-srt/episode.srt', 'formats-vtt/lecture.vtt', 'formats-json/en.json',
];

/** What lintFile reports on a fixture, as [rule, the file's text at the finding]. */
const found = (path: string) => {
  const content = fixture(path);
  return lintFile(path, content).findings.map((f) => [f.ruleId, content.slice(f.start, f.end)]);
};

describe('lintFile', () => {
  it('picks the format by the file name’s ending, plain text otherwise', () => {
    expect(['a.md', 'b.PO', 'c.pot', 'd.xlf', 'e.xliff', 'f.srt', 'g.vtt', 'h.json', 'i.txt', 'README'].map((n) => formatFor(n).name)).toEqual([
      'markdown', 'po', 'po', 'xliff', 'xliff', 'srt', 'vtt', 'json', 'text', 'text',
    ]);
  });

  it('lints plain text exactly as lint() does', () => {
    const text = 'The spokesman said, that the talks would resume.\n\nThe the end.';
    expect(lintFile('a.txt', text).findings).toEqual(lint(text));
  });

  it.each(FIXTURE_FILES)('%s: every finding points at the text the rule flagged', (path) => {
    // Independent of what the rules find: lint the joined text of the units directly, and compare each
    // finding's text with the file's text at the finding, markup and escapes taken out.
    const content = fixture(path);
    const { segments, findings, lintedText: joined } = lintFile(path, content);
    expect(joined).toBe(segments.map((s) => s.text).join('\n\n'));
    const plain = (raw: string) =>
      raw
        .replace(/<[^>]*>|[`*]|\\(?=["*\\])|"\r?\n"/g, '')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
    const fromFile = findings.filter((f) => f.category !== BILINGUAL_CATEGORY).map((f) => [f.ruleId, plain(content.slice(f.start, f.end))]);
    const fromText = lint(joined).map((f) => [f.ruleId, plain(joined.slice(f.start, f.end))]);
    expect(fromText).toEqual(expect.arrayContaining(fromFile));
    expect(fromFile.length).toBeGreaterThan(0);
  });

  it('points the bilingual findings at the exact text in the file', () => {
    expect(found('formats-po/messages.po')).toEqual(expect.arrayContaining([
      ['placeholder-mismatch', 'The file could not be saved.'],
      ['number-mismatch', '4.2'],
      ['url-mismatch', 'https://example.org/help'],
      ['untranslated', 'Keine Treffer gefunden'],
    ]));
    expect(found('formats-xliff12/messages.xlf')).toEqual(expect.arrayContaining([
      ['placeholder-mismatch', 'With your order you accept our <g id="3">terms</g> and the privacy policy.'],
      ['inconsistent-translation', 'Redeem coupon'],
    ]));
    expect(found('formats-xliff2/messages.xlf')).toEqual(expect.arrayContaining([
      ['placeholder-mismatch', 'Tap <ph id="3"/> <ph id="3"/> to create the first note.'],
      ['number-mismatch', '3'],
    ]));
  });

  it('never proposes an edit of markup, tags, placeholders or timings', () => {
    const markup: Record<string, RegExp> = {
      'formats-markdown/article.md': /[`*[\]()<>]/,
      'formats-po/messages.po': /%|#|msg/,
      'formats-xliff12/messages.xlf': /[<>]/,
      'formats-xliff2/messages.xlf': /[<>]/,
      'formats-srt/episode.srt': /[<>]|-->/,
      'formats-vtt/lecture.vtt': /[<>]|-->/,
      'formats-json/en.json': /[{}%":]/,
    };
    for (const [path, forbidden] of Object.entries(markup)) {
      const content = fixture(path);
      for (const f of lintFile(path, content).findings) {
        for (const s of f.suggestions) expect(content.slice(s.start, s.end), `${path} ${f.ruleId}`).not.toMatch(forbidden);
      }
    }
  });

  it('drops findings on placeholders, and suggestions that would cross inline tags', () => {
    // Inline code reads as part of the sentence but is never reported; the same word as prose is.
    const rules = (md: string) => lintFile('a.md', md).findings.map((f) => f.ruleId);
    expect(rules('The firm released the new Software on Tuesday.\n')).toEqual(['capitalized-common-noun']);
    expect(rules('The firm released the new `Software` on Tuesday.\n')).toEqual([]);
    // An echo across an inline tag is reported, but not fixed: the fix would delete the tag.
    const xlf = '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>Read the <g id="1">the</g> manual</target></trans-unit></body></file></xliff>';
    const echo = lintFile('a.xlf', xlf).findings.find((f) => f.ruleId === 'word-echo')!;
    expect(xlf.slice(echo.start, echo.end)).toBe('the <g id="1">the');
    expect(echo.suggestions).toEqual([]);
  });

  it('fixes a missing final mark at the end of the text, but not where a closing inline tag meets it', () => {
    const unit = (target: string) =>
      `<xliff version="1.2"><file><body><trans-unit id="1"><source>Klicken Sie <g id="1">hier</g>.</source><target>${target}</target></trans-unit></body></file></xliff>`;
    const fixes = (target: string) => {
      const xlf = unit(target);
      const f = lintFile('a.xlf', xlf).findings.find((x) => x.ruleId === 'final-punctuation-mismatch')!;
      return f.suggestions.map((s) => xlf.slice(0, s.start) + s.replacement + xlf.slice(s.end));
    };
    expect(fixes('Click <g id="1">here</g> now')).toEqual([unit('Click <g id="1">here</g> now.')]);
    // "here." inside the tag or "here" then "." after it: the source does not say for the translation.
    expect(fixes('Click <g id="1">here</g>')).toEqual([]);
  });

  it('sets bilingual checks and fluency rules from one rules object', () => {
    const po = fixture('formats-po/messages.po');
    const quiet = lintFile('m.po', po, { rules: { untranslated: 'off', 'word-echo': 'off', 'number-mismatch': 'info' } }).findings;
    expect(quiet.map((f) => f.ruleId)).not.toContain('untranslated');
    expect(quiet.map((f) => f.ruleId)).not.toContain('word-echo');
    expect(quiet.filter((f) => f.ruleId === 'number-mismatch').map((f) => f.severity)).toEqual(['info']);
    expect(() => lintFile('m.po', po, { rules: { 'no-such-rule': 'error' } })).toThrow(MtlintConfigError);
    expect(() => lintFile('m.po', po, { rules: { untranslated: 'loud' as 'error' } })).toThrow(/rules.untranslated: level must be one of/);
    expect(() => lintFile('m.po', po, { format: 'docx' })).toThrow(/unknown format "docx"/);
  });

  it('lints fuzzy entries only when asked', () => {
    const po = fixture('formats-po/messages.po');
    const fuzzy = po.indexOf('The import has the user cancelled.');
    const inFuzzy = (options = {}) => lintFile('m.po', po, options).findings.some((f) => f.start >= fuzzy && f.start < fuzzy + 40);
    expect(inFuzzy()).toBe(false);
    expect(inFuzzy({ includeFuzzy: true })).toBe(true);
  });

  it('never reports or fixes inline code in Markdown, and keeps emphasis markers out of suggestions', () => {
    const result = lintFile('a.md', 'Use `the the` here, and *the the* words.\n');
    const spans = result.findings.map((f) => 'Use `the the` here, and *the the* words.\n'.slice(f.start, f.end));
    expect(spans).toEqual(['the the']);
    expect(result.findings[0]!.start).toBe(25);
  });

  it('points a finding on the second line of a subtitle cue at the second line', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,500\r\nThe minister said\r\n<i>that the the</i> plan works.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nYes.\r\n';
    const echo = lintFile('a.srt', srt).findings.find((f) => f.ruleId === 'word-echo')!;
    expect(srt.slice(echo.start, echo.end)).toBe('the the');
    expect(srt.slice(0, echo.start).split('\r\n').length).toBe(4);
  });

  it('lets a reader’s FormatError through for a file that is not of its format', () => {
    expect(() => lintFile('broken.json', '{"a": }')).toThrow(FormatError);
    expect(() => lintFile('broken.srt', 'hello\n')).toThrow(FormatError);
  });
});

describe('lintFileInSteps', () => {
  // One entry of several sentences: steps end inside it, and its bilingual findings (the number
  // missing from the first sentence, the final mark) start in different steps.
  const entry = [
    'msgid "The report has 12 pages. It was written in the spring. It is long."',
    'msgstr "The report has twelf pages. It was written in the spring. It is long"',
  ].join('\n');
  const content = `msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n${entry}\n`;

  it('hands out a unit’s bilingual findings in the steps they start in, not with the unit’s first step', () => {
    const stepped = [...lintFileInSteps('m.po', content, {}, 10).steps];
    expect(stepped.length).toBeGreaterThan(2);
    let linted = 0;
    for (const step of stepped) {
      for (const f of step.findings) expect(linted <= f.start && f.start < step.linted, f.ruleId).toBe(true);
      linted = step.linted;
    }
    const stepOf = (ruleId: string) => stepped.findIndex((s) => s.findings.some((f) => f.ruleId === ruleId));
    expect(stepOf('number-mismatch')).toBeGreaterThanOrEqual(0);
    expect(stepOf('final-punctuation-mismatch')).toBeGreaterThan(stepOf('number-mismatch'));
    expect(stepped.flatMap((s) => s.findings)).toEqual(lintFile('m.po', content).findings);
  });
});
