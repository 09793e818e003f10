/**
 * What the API promises a caller who gets things wrong: custom rules checked, options checked alike at every
 * entry point, shared constants that cannot be changed, arguments of the wrong type named.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BILINGUAL_CHECKS, FORMATS, lintFile, lintFileInSteps, scoreFile, validateOptions as validateFileOptions } from './formats.js';
import {
  applySuggestions, CATEGORIES, DEFAULT_WEIGHTS, defineRule, findingsPenalty, LEVELS, lint, lintInSteps, MQM_SEVERITIES, MtlintConfigError,
  RuleError, rules, score, scoreFromPenalty, validateOptions, WEIGHT_PRESETS, type Report, type Rule, type RuleProblem,
} from './index.js';
import { configError } from './test-support.js';

const meta = { id: 'test-rule', category: 'style/awkward', severity: 'minor', confidence: 0.9, description: 'A test rule.', sourceHint: 'none' } as const;
const reporting = (reports: (text: string) => unknown[]): Rule =>
  defineRule({ meta, detectDocument: (doc) => reports(doc.text) as Report[], examples: { invalid: [], valid: [] } });

describe('custom rules', () => {
  it('defineRule throws MtlintConfigError naming the field: an MQM category outside the list, a severity, a confidence', () => {
    const bad = (over: object) => configError(() => defineRule({ ...reporting(() => []), ...over }));
    expect(bad({ meta: { ...meta, category: 'fluency/style' } }).path).toBe('meta.category');
    expect(bad({ meta: { ...meta, category: 'fluency/style' } }).message).toMatch(/^meta.category: rule test-rule: unknown MQM category "fluency\/style"; use fluency\/word-order/);
    expect(bad({ meta: { ...meta, severity: 'huge' } }).path).toBe('meta.severity');
    expect(bad({ meta: { ...meta, confidence: Number.NaN } }).path).toBe('meta.confidence');
    expect(bad({ meta: { ...meta, id: 'Not Kebab' } }).path).toBe('meta.id');
    expect(bad({ detectDocument: undefined }).path).toBe('detectSentence');
    expect(bad({ optionsSchema: { max: 3 } }).path).toBe('optionsSchema');
    // Passed to lint without defineRule, the same check runs, at the custom rule's key path.
    expect(configError(() => lint('x', { customRules: [{ ...reporting(() => []), meta: { ...meta, category: 'nope' } } as never] })).path).toBe('customRules.0.meta.category');
  });

  it('drops reports outside the text, inverted, NaN or of an unknown severity, and reports each with the rule id', () => {
    const text = 'Twenty characters!!.';
    const rule = reporting(() => [
      { start: 500, end: 900, message: 'past the end' },
      { start: 10, end: 2, message: 'inverted' },
      { start: Number.NaN, end: 3, message: 'NaN' },
      { start: 0, end: 3, message: 'bad severity', mqmSeverity: 'fatal' },
      { start: 0, end: 3, message: 'bad suggestion', suggestions: [{ start: 0, end: 99, replacement: 'x' }] },
      { start: 0, end: 6, message: 'sound' },
    ]);
    const problems: RuleProblem[] = [];
    const findings = lint(text, { customRules: [rule], onProblem: (p) => problems.push(p) });
    expect(findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([['test-rule', 0, 6]]);
    expect(problems.map((p) => p.ruleId)).toEqual(Array(5).fill('test-rule'));
    expect(problems[0]!.message).toBe('span [500, 900] is not a [start, end) range of integer offsets within the text (length 20)');
    expect(score(text, { customRules: [rule] }).penalty).toBe(1);
    // lintFile lists them among its notices.
    expect(lintFile('a.txt', text, { customRules: [rule] }).notices).toContain(`rule test-rule: report dropped: ${problems[0]!.message}`);
  });

  it('wraps a rule that throws in a RuleError naming the rule, with the error as its cause', () => {
    const boom = new Error('boom');
    const rule = reporting(() => {
      throw boom;
    });
    const run = () => lint('Some text.', { customRules: [rule] });
    expect(run).toThrow(RuleError);
    expect(run).toThrow('rule test-rule failed: boom');
    try {
      run();
    } catch (error) {
      expect([(error as RuleError).ruleId, (error as RuleError).cause]).toEqual(['test-rule', boom]);
    }
  });
});

describe('rule options', () => {
  const window = defineRule({
    ...reporting((text) => [{ start: 0, end: Math.min(text.length, 1), message: 'm' }]),
    meta: { ...meta, id: 'test-window' },
    optionsSchema: v.strictObject({ window: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 3) }),
    detectSentence: (sentence, { options }) => [{ start: sentence.start, end: sentence.start + 1, message: `window ${String(options.window)}` }],
    detectDocument: undefined,
  });

  it('accepts [level] alone and [level, options] the rule declares; passes the options, defaults filled in, to the rule', () => {
    expect(lint('Text.', { rules: { 'word-echo': ['warning'] } })).toEqual(lint('Text.'));
    expect(lint('Text.', { rules: { 'word-echo': ['error', {}] } })).toEqual(lint('Text.'));
    expect(lint('Text.', { customRules: [window] })[0]!.message).toBe('window 3');
    expect(lint('Text.', { customRules: [window], rules: { 'test-window': ['error', { window: 5 }] } })[0]!.message).toBe('window 5');
  });

  it('refuses an unknown or ill-typed option as a config error at its key path', () => {
    expect(configError(() => lint('x', { rules: { 'word-echo': ['error', { bogus: 1 }] } })).message).toBe(
      'rules.word-echo.bogus: unknown option; rule word-echo takes no options',
    );
    expect(configError(() => lint('x', { customRules: [window], rules: { 'test-window': ['error', { window: 'wide' }] } })).path).toBe('rules.test-window.window');
    expect(configError(() => lint('x', { customRules: [window], rules: { 'test-window': ['error', { size: 2 }] } })).path).toBe('rules.test-window.size');
    expect(configError(() => lint('x', { rules: { 'word-echo': ['error', {}, {}] as never } })).path).toBe('rules.word-echo');
    expect(configError(() => lintFile('a.po', '', { rules: { 'number-mismatch': ['off', { strict: true }] } })).path).toBe('rules.number-mismatch.strict');
  });
});

describe('one options check at every entry point', () => {
  const entries: Array<[string, (options: never) => unknown]> = [
    ['lint', (o) => lint('Text.', o)],
    ['lintInSteps', (o) => lintInSteps('Text.', o)],
    ['score', (o) => score('Text.', o)],
    ['score with findings', (o) => score('Text.', [], o)],
    ['findingsPenalty', (o) => findingsPenalty([], o)],
    ['scoreFromPenalty', (o) => scoreFromPenalty(0, 1, o)],
    ['lintFile', (o) => lintFile('a.po', '', o)],
    ['lintFileInSteps', (o) => lintFileInSteps('a.po', '', o)],
    ['scoreFile', (o) => scoreFile('', { segments: [] }, [], o)],
    ['validateOptions', (o) => validateOptions(o)],
    ['validateOptions of formats', (o) => validateFileOptions(o)],
  ];
  const bad: Array<[object, string]> = [
    [{ includeFuzy: true }, 'includeFuzy'],
    [{ includeFuzzy: 'yes' }, 'includeFuzzy'],
    [{ weights: { categories: { 'fluency/wordorder': { minor: 1 } } } }, 'weights.categories.fluency/wordorder'],
    [{ weights: { major: -1 } }, 'weights.major'],
    [{ perWords: 0 }, 'perWords'],
    [{ language: 'de' }, 'language'],
    [{ rules: { 'no-such-rule': 'off' } }, 'rules.no-such-rule'],
    [{ onProblem: 'log' }, 'onProblem'],
    [{ format: 7 }, 'format'],
  ];
  it.each(entries)('%s refuses each bad option with its key path', (_, run) => {
    for (const [options, path] of bad) expect(configError(() => run(options as never)).path).toBe(path);
  });

  it('accepts one options object at all of them, and validateOptions returns it', () => {
    const options = { rules: { 'word-echo': 'warning' as const }, weights: 'google-mqm' as const, perWords: 1000, language: 'en-GB', includeFuzzy: true, includeObsolete: false, format: 'po' };
    expect(validateOptions(options)).toBe(options);
    for (const [, run] of entries) expect(() => run(options as never)).not.toThrow();
  });

  it('knows the bilingual checks and the format names only where files are read', () => {
    expect(configError(() => validateOptions({ rules: { 'number-mismatch': 'off' } })).path).toBe('rules.number-mismatch');
    expect(validateFileOptions({ rules: { 'number-mismatch': 'off' } })).toBeTruthy();
    expect(configError(() => validateFileOptions({ format: 'docx' })).path).toBe('format');
  });
});

describe('shared constants', () => {
  it('cannot be changed by a caller', () => {
    const attempts: Array<() => unknown> = [
      () => ((DEFAULT_WEIGHTS as { major: number }).major = 50),
      () => ((WEIGHT_PRESETS['google-mqm'].categories['fluency/punctuation'] as { minor: number }).minor = 3),
      () => (CATEGORIES as unknown as string[]).push('x'),
      () => (LEVELS as string[]).pop(),
      () => (MQM_SEVERITIES as string[]).push('x'),
      () => ((rules.get('word-echo')!.meta as { severity: string }).severity = 'critical'),
      () => (BILINGUAL_CHECKS as unknown[]).pop(),
      () => ((BILINGUAL_CHECKS[0] as { mqmSeverity: string }).mqmSeverity = 'critical'),
      () => (FORMATS as unknown[]).pop(),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect('set' in rules || 'delete' in rules || 'clear' in rules).toBe(false);
    expect(DEFAULT_WEIGHTS.major).toBe(5);
    expect(score('The opposition, the new budget attacked.').score).toBe(16.67);
  });

  it('rules reads like a map', () => {
    expect(rules.size).toBe([...rules.keys()].length);
    expect([...rules].map(([id]) => id)).toEqual([...rules.keys()]);
    expect(rules.has('word-echo') && rules.get('word-echo')!.meta.id).toBe('word-echo');
  });
});

describe('arguments of the wrong type', () => {
  it('is a TypeError naming the argument', () => {
    expect(() => lint(undefined as never)).toThrow('lint: text must be a string, got undefined');
    expect(() => lint(42 as never)).toThrow(new TypeError('lint: text must be a string, got number'));
    expect(() => score(null as never)).toThrow('score: text must be a string, got null');
    expect(() => lintInSteps([] as never)).toThrow('lintInSteps: text must be a string, got an array');
    expect(() => lintFile('a.po', undefined as never)).toThrow('lintFile: content must be a string, got undefined');
    expect(() => lintFile(3 as never, '')).toThrow('lintFile: fileName must be a string, got number');
    expect(() => applySuggestions(undefined as never, [])).toThrow(TypeError);
    expect(() => score('Text.', 'findings' as never)).toThrow(); // a string is neither findings nor options
  });

  it('applySuggestions refuses to split a surrogate pair', () => {
    const text = 'Nice 👍 work';
    expect(() => applySuggestions(text, [{ start: 6, end: 7, replacement: '' }])).toThrow(
      new RangeError('applySuggestions: the edit [6, 7) would split the surrogate pair at offset 5'),
    );
    expect(applySuggestions(text, [{ start: 5, end: 7, replacement: '👎' }])).toBe('Nice 👎 work');
  });

  it('score refuses gold spans outside the text', () => {
    const text = 'Twenty characters!!.';
    const gold = (start: number, end: number) => [{ mqmSeverity: 'major' as const, category: 'fluency/grammar', start, end }];
    expect(() => score(text, gold(500, 900))).toThrow(new RangeError('findings[0]: span [500, 900) is not within the text (length 20)'));
    expect(() => score(text, gold(10, 2))).toThrow(RangeError);
    expect(() => score(text, gold(-1, 2))).toThrow(RangeError);
    expect(() => score(text, gold(0, Number.NaN))).toThrow(TypeError);
    expect(score(text, gold(0, 20)).penalty).toBe(5);
  });
});

it('MtlintConfigError is one class for every package', () => {
  expect(configError(() => defineRule({} as never))).toBeInstanceOf(MtlintConfigError);
});
