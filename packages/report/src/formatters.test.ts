import type { Finding } from '@mtlint/engine';
import { describe, expect, it } from 'vitest';
import { formatCompact } from './compact.js';
import { formatters, FORMAT_NAMES, isFormatName } from './formatters.js';
import { formatJson, jsonChunks } from './json.js';
import { locate, type FileResult } from './results.js';
import type { Styler } from './style.js';
import { formatStylish, summaryLine } from './stylish.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'comma-before-that', category: 'fluency/punctuation', severity: 'warning', mqmSeverity: 'minor',
  confidence: 0.85, start: 0, end: 1, message: 'No comma here.', suggestions: [], ...over,
});

const text = 'One line.\nHe says, that it works.\r\nAnd a third\rline has it: x.';
const results: FileResult[] = [
  locate('a.txt', text, [
    finding({ start: 17, end: 23 }),
    finding({ start: text.indexOf('x.'), end: text.indexOf('x.') + 1, severity: 'error', mqmSeverity: 'major', ruleId: 'verb-final-clause', message: 'Verb\nat the end.' }),
    finding({ start: 0, end: 3, severity: 'info', ruleId: 'x-hint', message: 'A hint.' }),
  ], { score: 87.25 }),
  locate('clean.md', 'Fine.', [], { score: 100 }),
];

describe('locate', () => {
  it('counts by level and finds lines after \\n, \\r\\n and \\r', () => {
    const [a] = results;
    expect(a).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 1, score: 87.25 });
    expect(a!.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([[2, 8, 2, 14], [4, 14, 4, 15], [1, 1, 1, 4]]);
  });
});

describe('formatStylish', () => {
  it('groups by file, aligns the columns and ends with the summary', () => {
    expect(formatStylish(results)).toBe(
      [
        '',
        'a.txt  score 87.3',
        '  2:8   warning  No comma here.    comma-before-that',
        '  4:14  error    Verb at the end.  verb-final-clause',
        '  1:1   info     A hint.           x-hint',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) · lowest score 87.3 (a.txt) of 2 files',
        '',
      ].join('\n'),
    );
  });

  it('says "no problems" with the score when nothing is found', () => {
    expect(formatStylish([results[1]!])).toBe('\n✔ no problems · score 100\n');
  });

  it('prints nothing for no files', () => {
    expect(formatStylish([])).toBe('');
  });

  it('colours through the styler it is given, and only then', () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const style: Styler = {
      bold: tag('b'), dim: tag('dim'), underline: tag('u'), red: tag('red'), yellow: tag('yellow'), blue: tag('blue'), green: tag('green'),
    };
    const out = formatStylish([results[0]!], { style });
    expect(out).toContain('<u>a.txt</u>');
    expect(out).toContain('<red>error  </red>');
    expect(out).toContain('<yellow>warning</yellow>');
    expect(out).toContain('<red><b>✖ 3 problems');
    expect(formatStylish([results[0]!])).not.toContain('<');
  });
});

describe('summaryLine', () => {
  it('singular and plural counts; yellow without errors', () => {
    const one = locate('w.txt', 'ab', [finding({})], { score: 99 });
    expect(summaryLine([one])).toBe('✖ 1 problem (0 errors, 1 warning, 0 info) · score 99');
  });
});

describe('formatCompact', () => {
  it('prints file:line:col: severity message [rule], one line each', () => {
    expect(formatCompact(results)).toBe(
      'a.txt:2:8: warning No comma here. [comma-before-that]\n' +
        'a.txt:4:14: error Verb at the end. [verb-final-clause]\n' +
        'a.txt:1:1: info A hint. [x-hint]\n',
    );
  });
});

describe('formatJson and the registry', () => {
  it('json round-trips the results, as gold-eval reads them', () => {
    const parsed = JSON.parse(formatJson(results)) as FileResult[];
    expect(parsed).toEqual(results);
    expect(Object.keys(parsed[0]!.findings[0]!)).toEqual(
      expect.arrayContaining(['ruleId', 'category', 'severity', 'mqmSeverity', 'confidence', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'message', 'suggestions']),
    );
  });

  it('registers stylish first (the default), then the others', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'compact', 'sarif', 'github', 'junit']);
    expect(formatters.json(results)).toBe(formatJson(results));
    expect(isFormatName('json')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });
});

describe('jsonChunks', () => {
  it('writes, a finding at a time, exactly what JSON.stringify writes for the whole report', () => {
    const many: FileResult[] = [
      locate('a.txt', 'He says, that it works. He says, that it works.', [finding({ start: 7, end: 13 }), finding({ start: 31, end: 37 })], { score: 90 }),
      { ...locate('b.txt', 'Fine.', [], { score: 100 }), output: 'Fine.' },
      { ...locate('c.txt', 'x', []), score: undefined },
    ];
    for (const results of [many, [], many.slice(1)]) {
      expect([...jsonChunks(results)].join('')).toBe(JSON.stringify(results, null, 2) + '\n');
    }
    expect([...jsonChunks(many)].length).toBeGreaterThan(many.length + 2);
  });
});

describe('formatStylish on a very long file', () => {
  it('lists 200,000 findings (no spread arguments that overflow the stack)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => finding({ start: i, end: i + 1 }));
    const out = formatStylish([locate('big.txt', 'x'.repeat(200_001), many)]);
    expect(out.split('\n').filter((l) => l.includes('comma-before-that'))).toHaveLength(200_000);
  });
});
