/** mtlint checks English: translation files that declare another target language get no fluency findings. */
import { describe, expect, it } from 'vitest';
import { lintFile, lintFileInSteps, readPo, readXliff, scoreFile } from './formats.js';
import { lint } from './lint.js';
import { configError } from './test-support.js';

const po = (language: string) =>
  [
    'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', `"Language: ${language}\\n"`, '',
    'msgid "The new software runs on 3 servers, see https://example.org."',
    'msgstr "Die neue Software läuft auf 4 Servern, siehe https://example.com."', '',
    'msgid "Make sure that it runs."', 'msgstr "Stellen Sie sicher, dass sie läuft."', '',
  ].join('\n');

const units = [
  ['The new software runs on 3 servers.', 'Die neue Software läuft auf 4 Servern.'],
  ['Make sure that it runs.', 'Stellen Sie sicher, dass sie läuft.'],
];
const xliff12 = (fileLanguage: string, targetAttributes: readonly string[] = ['', '']) =>
  `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="${fileLanguage}" datatype="plaintext" original="x"><body>\n` +
  units.map(([source, target], i) => `<trans-unit id="${i + 1}"><source>${source}</source><target${targetAttributes[i]}>${target}</target></trans-unit>\n`).join('') +
  '</body></file></xliff>\n';
const xliff2 = (trgLang: string) =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${trgLang}"><file id="f">\n` +
  units.map(([source, target], i) => `<unit id="u${i + 1}"><segment><source>${source}</source><target>${target}</target></segment></unit>\n`).join('') +
  '</file></xliff>\n';

const ids = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId);
const FLUENCY_FREE = ['number-mismatch', 'url-mismatch'];

describe('the target language a translation file declares', () => {
  it('is read by the PO and XLIFF readers as written', () => {
    expect(readPo(po('de_DE')).map((s) => s.language)).toEqual(['de_DE', 'de_DE']);
    expect(readPo(po('')).map((s) => s.language)).toEqual([undefined, undefined]);
    expect(readXliff(xliff12('de')).map((s) => s.language)).toEqual(['de', 'de']);
    expect(readXliff(xliff12('de', ['', ' xml:lang="en-GB"'])).map((s) => s.language)).toEqual(['de', 'en-GB']);
    expect(readXliff(xliff2('de-AT')).map((s) => s.language)).toEqual(['de-AT', 'de-AT']);
  });

  it('German PO: no fluency finding on German ("Software", "dass sie läuft"), the language-independent checks still run, one notice', () => {
    const result = lintFile('de.po', po('de'));
    expect(ids(result.findings)).toEqual(FLUENCY_FREE);
    expect(result.language).toBe('de');
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatch(/^target language de \(all 2 units\): not English, so the fluency rules and the checks .*untranslated.* were skipped/);
    expect(result.score.segments.map((s) => s.fluency)).toEqual([false, false]);
    expect(scoreFile(po('de'), result, result.findings)).toEqual(result.score);
  });

  it('the same PO declared English (en, en_US) is linted as English, with the fluency rules', () => {
    for (const language of ['en', 'en_US', 'EN-gb']) {
      const result = lintFile('en.po', po(language));
      expect(ids(result.findings)).toEqual(expect.arrayContaining(['capitalized-common-noun', ...FLUENCY_FREE]));
      expect(result.notices).toEqual([]);
    }
  });

  it('German XLIFF 1.2 (target-language) and 2.0 (trgLang): only the number check fires', () => {
    for (const content of [xliff12('de'), xliff2('de')]) {
      const result = lintFile('de.xlf', content);
      expect(ids(result.findings)).toEqual(['number-mismatch']);
      expect(result.notices).toHaveLength(1);
    }
    expect(ids(lintFile('en.xlf', xliff12('en-GB')).findings)).toContain('capitalized-common-noun');
  });

  it('decides unit by unit where a target says its own language, and says how many units were skipped', () => {
    const result = lintFile('mixed.xlf', xliff12('de', [' xml:lang="en"', '']));
    expect(result.notices[0]).toMatch(/^target language de \(1 of 2 units\)/);
    // The first target is linted as English ("Software" capitalised), the second is not.
    const first = result.segments[0]!;
    expect(result.findings.filter((f) => f.category !== 'accuracy/bilingual').every((f) => f.start < first.fileEnd)).toBe(true);
    expect(ids(result.findings)).toContain('capitalized-common-noun');
    expect(result.score.segments.map((s) => s.fluency)).toEqual([true, false]);
  });

  it('lintFileInSteps skips the same units and joins into what lintFile finds', () => {
    for (const [name, content] of [['de.po', po('de')], ['mixed.xlf', xliff12('de', [' xml:lang="en"', ''])]] as const) {
      const stepped = lintFileInSteps(name, content, {}, 1);
      const steps = [...stepped.steps];
      expect(steps.flatMap((s) => s.findings)).toEqual(lintFile(name, content).findings);
      expect(stepped.notices).toEqual(lintFile(name, content).notices);
    }
  });
});

describe('the language option', () => {
  it('takes English and its variants in lint, lintFile and scoreFile', () => {
    const text = 'The opposition, the new budget attacked.';
    for (const language of ['en', 'en-US', 'en-GB', 'en_AU', 'en-Latn-US']) {
      expect(lint(text, { language })).toEqual(lint(text));
      expect(lintFile('a.json', JSON.stringify({ title: text }), { language }).language).toBe(language);
    }
  });

  it('refuses any other language as a config error at `language`: mtlint checks English', () => {
    for (const language of ['de', 'fr-FR', 'english', '', 'eng']) {
      const error = configError(() => lint('Text.', { language }));
      expect(error.path).toBe('language');
      expect(error.message).toMatch(/^language: mtlint checks English: use en or an English variant/);
      expect(configError(() => lintFile('a.md', 'Text.', { language })).path).toBe('language');
    }
    expect(configError(() => lint('Text.', { language: 42 as never })).path).toBe('language');
  });

  it('does not override what a file declares: a German PO stays German', () => {
    expect(ids(lintFile('de.po', po('de'), { language: 'en' }).findings)).toEqual(FLUENCY_FREE);
  });
});
