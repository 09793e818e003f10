import { describe, expect, it } from 'vitest';
import {
  applySuggestions, defineRule, lint, lintInSteps, rules, score, WEIGHT_PRESETS, type Scorable,
} from './index.js';
import { configError } from './test-support.js';

describe('lint', () => {
  it('runs the recommended rules with no options and returns findings with in-bounds offsets', () => {
    const text = 'The opposition, the new budget attacked.';
    const findings = lint(text);
    expect(findings.map((f) => f.ruleId)).toEqual(['verb-final-clause']);
    const fixed = applySuggestions(text, findings.map((f) => f.suggestions[0]!));
    expect(fixed).toBe('The opposition attacked the new budget.');
  });

  it('takes per-rule levels and turns rules off', () => {
    const text = 'The opposition, the new budget attacked.';
    expect(lint(text, { rules: { 'verb-final-clause': 'off' } })).toEqual([]);
    expect(lint(text, { rules: { 'verb-final-clause': ['info', {}] } })[0]!.severity).toBe('info');
  });

  it('rejects an unknown rule, level or setting shape with the key path', () => {
    expect(configError(() => lint('x', { rules: { 'no-such-rule': 'error' } })).path).toBe('rules.no-such-rule');
    expect(configError(() => lint('x', { rules: { 'word-echo': 'loud' as never } })).path).toBe('rules.word-echo');
    expect(configError(() => lint('x', { rules: { 'word-echo': ['error', 3] as never } })).path).toBe('rules.word-echo');
    expect(configError(() => lint('x', { rules: [] as never })).path).toBe('rules');
    expect(configError(() => lint('x', { rule: {} } as never)).path).toBe('rule');
    expect(configError(() => lint('x', 'strict' as never)).message).toBe('options: must be an object, got string');
  });

  it('runs a custom rule made with defineRule beside the catalogue, configurable like the others', () => {
    const shout = defineRule({
      meta: {
        id: 'no-shouting', category: 'style/awkward', severity: 'minor', confidence: 0.9,
        description: 'A word in capitals.', sourceHint: 'none',
      },
      detectSentence: (sentence) =>
        sentence.tokens.filter((t) => /^[A-Z]{4,}$/.test(t.text)).map((t) => ({ start: t.start, end: t.end, message: 'capitals' })),
      examples: { invalid: [{ text: 'It was GREAT.' }], valid: ['It was great.'] },
    });
    const findings = lint('It was GREAT news.', { customRules: [shout] });
    expect(findings.map((f) => [f.ruleId, f.start, f.end, f.severity])).toEqual([['no-shouting', 7, 12, 'warning']]);
    expect(lint('It was GREAT news.', { customRules: [shout], rules: { 'no-shouting': 'off' } })).toEqual([]);
    expect(configError(() => lint('x', { customRules: [rules.get('word-echo')!] })).path).toBe('customRules.0');
  });

  it('exposes the catalogue by id', () => {
    expect(rules.get('comma-before-that')?.meta.category).toBe('fluency/punctuation');
  });
});

describe('score', () => {
  const text = 'One two three four five. Six seven eight nine ten.';
  const at = (start: number, props: Partial<Scorable> & Pick<Scorable, 'mqmSeverity'>): Scorable => ({
    category: 'fluency/grammar', start, end: start + 3, ...props,
  });

  it('is max(0, 100 − 100 × penalty / words), info findings costing nothing', () => {
    const major = at(0, { mqmSeverity: 'major', ruleId: 'a', severity: 'error' });
    const minor = at(30, { mqmSeverity: 'minor', category: 'fluency/spelling', ruleId: 'b', severity: 'warning' });
    const info = { ...major, severity: 'info' };
    const s = score(text, [major, minor, info]);
    expect(s).toMatchObject({ score: 40, penalty: 6, words: 10, byCategory: { 'fluency/grammar': 5, 'fluency/spelling': 1 }, byRule: { a: 5, b: 1 } });
    expect(score(text, [major, major, major]).score).toBe(0);
    expect(score('', []).score).toBe(100);
    expect(score(text, [major], { weights: { major: 1 } }).score).toBe(90);
  });

  it('scores each sentence from the errors that start in it', () => {
    const s = score(text, [at(0, { mqmSeverity: 'major' }), at(31, { mqmSeverity: 'minor' })]);
    expect(s.segments.map(({ start, end, words, penalty, score }) => ({ start, end, words, penalty, score }))).toEqual([
      { start: 0, end: 24, words: 5, penalty: 5, score: 0 },
      { start: 25, end: 50, words: 5, penalty: 1, score: 80 },
    ]);
  });

  it('weighs by preset: Google MQM counts a minor punctuation error 0.1, xCOMET a critical error 10', () => {
    const punctuation = at(0, { mqmSeverity: 'minor', category: 'fluency/punctuation' });
    const critical = at(30, { mqmSeverity: 'critical' });
    expect(score(text, [punctuation, punctuation, punctuation], { weights: 'google-mqm' }).penalty).toBe(0.3);
    expect(score(text, [punctuation], { weights: 'mqm' }).penalty).toBe(1);
    expect(score(text, [critical], { weights: 'xcomet' }).penalty).toBe(10);
    expect(score(text, [critical]).penalty).toBe(25);
    expect(score(text, [critical], { weights: { ...WEIGHT_PRESETS.xcomet, critical: 20 } }).penalty).toBe(20);
  });

  it('counts each item by its share, so that pooled raters are averaged as in MQM', () => {
    const errors = [at(0, { mqmSeverity: 'major', share: 0.5 }), at(0, { mqmSeverity: 'minor', share: 0.5 }), at(30, { mqmSeverity: 'major', share: 0.5 })];
    const s = score(text, errors);
    expect(s.penalty).toBe(5.5);
    expect(s.segments.map((g) => g.penalty)).toEqual([3, 2.5]);
  });

  it('lints the text itself when given no findings', () => {
    const s = score('The opposition, the new budget attacked.');
    expect(s).toMatchObject({ words: 6, penalty: 5, byRule: { 'verb-final-clause': 5 }, byCategory: { 'fluency/word-order': 5 } });
    expect(s.score).toBeCloseTo(100 - 500 / 6, 2);
    expect(score('The opposition, the new budget attacked.', { rules: { 'verb-final-clause': 'off' } }).score).toBe(100);
  });

  it('estimates post-editing effort as the edit distance to the text with the first suggestions applied', () => {
    const reorder = { ...at(4, { mqmSeverity: 'major' }), suggestions: [{ start: 4, end: 7, replacement: '2' }, { start: 0, end: 3, replacement: '' }] };
    const s = score(text, [reorder, at(30, { mqmSeverity: 'minor', suggestions: [{ start: 30, end: 30, replacement: 'X' }] })]);
    expect(s.segments.map((g) => g.effort.distance)).toEqual([3, 1]);
    expect(s.effort).toEqual({ distance: 4, perCharacter: 4 / text.length });
    expect(score(text, [at(0, { mqmSeverity: 'major' })]).effort.distance).toBe(0);
    // An edit is measured where it starts, whichever sentence its finding is in; one outside the text is skipped.
    const elsewhere = { ...at(0, { mqmSeverity: 'minor' }), suggestions: [{ start: 30, end: 34, replacement: '' }] };
    expect(score(text, [elsewhere]).segments.map((g) => g.effort.distance)).toEqual([0, 4]);
    const outside = { ...at(0, { mqmSeverity: 'minor' }), suggestions: [{ start: 2, end: 999, replacement: '' }] };
    expect(score(text, [outside]).effort.distance).toBe(0);
  });

  it('rejects an item it cannot weigh, naming it', () => {
    expect(() => score(text, [at(0, { mqmSeverity: 'huge' as never })])).toThrow('findings[0].mqmSeverity must be minor, major or critical, got "huge"');
    expect(() => score(text, [at(0, { mqmSeverity: 'minor' }), at(Number.NaN, { mqmSeverity: 'minor' })])).toThrow('findings[1].start must be an integer');
    expect(() => score(text, [at(0, { mqmSeverity: 'minor', share: -1 })])).toThrow('findings[0].share must be a finite number');
  });

  it('rejects a bad preset, severity or weight with the key path', () => {
    expect(configError(() => score(text, [], { weights: 'bleu' as never })).path).toBe('weights');
    expect(configError(() => score(text, [], { weight: 'xcomet' } as never)).path).toBe('weight');
    expect(configError(() => score(text, { weight: 'xcomet' } as never)).path).toBe('weight');
    expect(configError(() => score(text, [], { weights: { major: -1 } })).path).toBe('weights.major');
    expect(configError(() => score(text, [], { weights: { severe: 2 } as never })).path).toBe('weights.severe');
    expect(configError(() => score(text, [], { weights: { major: Number.NaN } })).path).toBe('weights.major');
    expect(configError(() => score(text, [], { weights: { categories: { 'fluency/punctuation': { minor: '0.1' } } } as never })).path)
      .toBe('weights.categories.fluency/punctuation.minor');
    expect(configError(() => score(text, [], { weights: { minor: Infinity } })).message)
      .toBe('weights.minor: weight must be a finite number of zero or more, got Infinity');
  });
});

describe('lintInSteps', () => {
  const text = 'The opposition, the new budget attacked.\n\nThe company says, that it is safe.';
  const stepsOf = (stepped: ReturnType<typeof lintInSteps>) => [...stepped.steps];

  it('parses the text at its first step, a step of its own, not when called; unless the sentences were read first', () => {
    const parsedInSteps = stepsOf(lintInSteps(text));
    const readFirst = lintInSteps(text);
    expect(readFirst.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The opposition, the new budget attacked.', 'The company says, that it is safe.']);
    const parsedBefore = stepsOf(readFirst);
    expect(parsedInSteps[0]).toEqual({ findings: [], linted: 0 });
    expect(parsedInSteps.slice(1)).toEqual(parsedBefore);
    expect(parsedInSteps.flatMap((s) => s.findings)).toEqual(lint(text));
  });
});
