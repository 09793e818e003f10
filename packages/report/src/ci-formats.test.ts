import type { Finding, RuleMeta } from '@mtlint/engine';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import { locate, type FileResult } from './results.js';
import { fileUri, formatSarif } from './sarif.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'comma-before-that', category: 'fluency/punctuation', severity: 'warning', mqmSeverity: 'minor',
  confidence: 0.85, start: 0, end: 1, message: 'No comma here.', suggestions: [], ...over,
});

const meta = (over: Partial<RuleMeta>): RuleMeta => ({
  id: 'comma-before-that', category: 'fluency/punctuation', severity: 'minor', confidence: 0.85,
  description: 'Comma before a complement clause.', sourceHint: 'German "sagte, dass".', fixable: true, ...over,
});
const rules = [meta({}), meta({ id: 'verb-final-clause', category: 'fluency/word-order', severity: 'major', confidence: 0.8, description: 'Verb at the end.' })];

const text = 'One line.\nHe says, that it works.\r\nAnd a 50% third\nline: "x" & <y>.';
const results: FileResult[] = [
  locate('docs/a file#1.txt', text, [
    finding({ start: 17, end: 23, suggestions: [{ start: 17, end: 19, replacement: ' ' }] }),
    finding({ start: text.indexOf('50%'), end: text.indexOf('50%') + 3, severity: 'error', mqmSeverity: 'major', ruleId: 'verb-final-clause', message: 'Verb, at: 50%\nend.' }),
    finding({ start: 0, end: 3, severity: 'info', ruleId: 'x-hint', category: 'style/awkward', message: 'A "hint" <here> & there.' }),
  ], { score: 87.25 }),
  locate('clean.md', 'Fine.', [], { score: 100 }),
];

/** The SARIF 2.1.0 schema, vendored with its licence (schemas/LICENSE.md). */
const schemaPath = new URL('../schemas/sarif-2.1.0-rtm.5.json', import.meta.url);

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(results, { rules, toolVersion: '1.2.3' }));

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    // The schema's language-tag pattern is not valid with the u flag; it is a plain ECMAScript regex.
    // CommonJS packages: `.default` is what both Node and TypeScript (NodeNext) agree on.
    const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema is not a rubber stamp: a result without a message is refused.
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule with the fields GitHub code scanning reads', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'mtlint', version: '1.2.3' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['comma-before-that', 'verb-final-clause', 'x-hint']);
    expect(driver.rules[1]).toMatchObject({
      id: 'verb-final-clause',
      name: 'VerbFinalClause',
      shortDescription: { text: 'Verb at the end.' },
      fullDescription: { text: expect.stringContaining('Verb at the end.') },
      help: { text: expect.stringContaining('mtlint rules verb-final-clause'), markdown: expect.any(String) },
      defaultConfiguration: { level: 'error' },
      properties: { precision: 'high', tags: ['machine-translation', 'fluency/word-order'] },
    });
  });

  it('names the tool\'s home and each rule\'s documentation', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://github.com/mtlint/mtlint');
    expect(driver.rules.map((r: { helpUri: string }) => r.helpUri)).toEqual([
      'https://github.com/mtlint/mtlint/blob/main/packages/rules/src/rules/comma-before-that/rule.md',
      'https://github.com/mtlint/mtlint/blob/main/packages/rules/src/rules/verb-final-clause/rule.md',
      'https://github.com/mtlint/mtlint/blob/main/packages/rules/src/rules/x-hint/rule.md',
    ]);
    // A rule the caller did not describe still has both descriptions.
    expect(driver.rules[2]).toMatchObject({ shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.any(String) } });
  });

  it('fingerprints each result by rule, flagged text and sentence: stable across edits elsewhere, apart for other sentences', () => {
    const fingerprints = (text: string, at: number) =>
      JSON.parse(formatSarif([locate('a.txt', text, [finding({ start: at, end: at + 6 })])])).runs[0].results[0].partialFingerprints;
    const sentence = 'He says, that it works.';
    const base = fingerprints(`Intro.\n\n${sentence}\nOutro.`, 15);
    expect(Object.keys(base)).toEqual(['mtlintSentenceHash/v1']);
    expect(base['mtlintSentenceHash/v1']).toMatch(/^[0-9a-f]{16}$/);
    // Lines added above, the sentence reflowed, the next sentence changed: the same fingerprint.
    expect(fingerprints(`A new first paragraph.\n\nIntro.\n\n${sentence}\nOutro.`, 39)).toEqual(base);
    expect(fingerprints(`Intro.\n\nHe says, that it\n   works.\nSomething else.`, 15)).toEqual(base);
    // Another sentence around the same words: another fingerprint.
    expect(fingerprints(`Intro.\n\nHe says, that it failed.\nOutro.`, 15)).not.toEqual(base);
  });

  it('gives each result its rule, level, message, region and fixes', () => {
    const [comma, verb, hint] = log.runs[0].results;
    expect(comma).toMatchObject({
      ruleId: 'comma-before-that', ruleIndex: 0, level: 'warning', message: { text: 'No comma here.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/a%20file%231.txt' }, region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 14 } } }],
      fixes: [{ artifactChanges: [{ replacements: [{ deletedRegion: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 10 }, insertedContent: { text: ' ' } }] }] }],
    });
    expect(verb).toMatchObject({ ruleIndex: 1, level: 'error', locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 7 } } }] });
    expect(verb.fixes).toBeUndefined();
    expect(hint).toMatchObject({ ruleId: 'x-hint', ruleIndex: 2, level: 'note' });
  });

  it('turns paths into URI references', () => {
    expect(fileUri('a/b c.txt')).toBe('a/b%20c.txt');
    expect(fileUri('a\\b.txt')).toBe('a/b.txt');
    expect(fileUri('/abs/x?.txt')).toBe('file:///abs/x%3F.txt');
    expect(fileUri('C:\\w\\ä.txt')).toBe('file:///C:/w/%C3%A4.txt');
  });
});

describe('formatGithub', () => {
  it('prints one workflow command per finding, in the documented syntax', () => {
    expect(formatGithub(results).split('\n')).toEqual([
      '::warning file=docs/a file#1.txt,line=2,col=8,endLine=2,endColumn=14,title=comma-before-that (mtlint)::No comma here.',
      '::error file=docs/a file#1.txt,line=3,col=7,endLine=3,endColumn=10,title=verb-final-clause (mtlint)::Verb, at: 50%25%0Aend.',
      '::notice file=docs/a file#1.txt,line=1,col=1,endLine=1,endColumn=4,title=x-hint (mtlint)::A "hint" <here> & there.',
      '',
    ]);
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100%\r\n: ,')).toBe('100%25%0D%0A: ,');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
    expect(formatGithub([locate('x:y,z.txt', 'ab', [finding({})])])).toContain('file=x%3Ay%2Cz.txt,');
  });
});

describe('formatJunit', () => {
  const xml = formatJunit(results);

  it('is well-formed XML with a suite per file and a case per finding', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(xml);
    expect(doc.testsuites).toMatchObject({ name: 'mtlint', tests: '4', failures: '2', skipped: '1' });
    const [a, clean] = doc.testsuites.testsuite;
    expect(a).toMatchObject({ name: 'docs/a file#1.txt', tests: '3', failures: '2', skipped: '1' });
    expect(a.testcase[1]).toMatchObject({
      name: 'verb-final-clause at 3:7',
      failure: { type: 'error', message: 'Verb, at: 50%\nend.', '#text': 'docs/a file#1.txt:3:7: error Verb, at: 50%\nend. [verb-final-clause]' },
    });
    expect(a.testcase[2].skipped).toMatchObject({ message: 'A "hint" <here> & there.' });
    expect(clean).toMatchObject({ name: 'clean.md', tests: '1', failures: '0', testcase: { name: 'mtlint' } });
  });

  it('drops characters XML cannot hold', () => {
    const out = formatJunit([locate('a.txt', 'ab', [finding({ message: 'bell\u0007 here' })])]);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('bell here');
  });
});
