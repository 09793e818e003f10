import { parseDocument, type Document } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { defineRule } from './define-rule.js';
import { anchorsIn, meetsNeeds } from './needs.js';
import { defaultLevel, resolveOverlaps, runRules, runRulesInSteps } from './run.js';
import { applySuggestions, keepLineBreaks } from './suggestions.js';
import type { Finding, Rule } from './types.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'r', category: 'fluency/grammar', severity: 'warning', mqmSeverity: 'minor', confidence: 0.8,
  start: 0, end: 1, message: 'm', suggestions: [], ...over,
});

describe('applySuggestions', () => {
  it('applies non-overlapping edits wherever they stand, in any order', () => {
    const text = 'abcdef';
    const out = applySuggestions(text, [
      { start: 4, end: 6, replacement: 'EF' },
      { start: 0, end: 1, replacement: 'A' },
      { start: 2, end: 2, replacement: '+' },
    ]);
    expect(out).toBe('Ab+cdEF');
  });

  it('skips an edit that overlaps one already taken, keeping the first', () => {
    expect(applySuggestions('abcdef', [{ start: 1, end: 4, replacement: 'X' }, { start: 3, end: 5, replacement: 'Y' }])).toBe('aXef');
    expect(applySuggestions('abcdef', [{ start: 3, end: 5, replacement: 'Y' }, { start: 1, end: 4, replacement: 'X' }])).toBe('abcYf');
  });

  it('treats an insertion at the start of a replaced span as overlapping, so nothing is applied twice', () => {
    expect(applySuggestions('abc', [{ start: 1, end: 2, replacement: 'B' }, { start: 1, end: 1, replacement: '!' }])).toBe('aBc');
    expect(applySuggestions('abc', [{ start: 1, end: 1, replacement: '!' }, { start: 1, end: 2, replacement: 'B' }])).toBe('a!bc');
  });

  it('ignores edits outside the text and returns the text unchanged without edits', () => {
    expect(applySuggestions('abc', [{ start: 2, end: 9, replacement: 'X' }, { start: -1, end: 0, replacement: 'Y' }])).toBe('abc');
    expect(applySuggestions('abc', [])).toBe('abc');
  });
});

describe('levels', () => {
  it('maps severity and confidence to a lint level', () => {
    expect(defaultLevel('major', 0.9)).toBe('error');
    expect(defaultLevel('critical', 0.9)).toBe('error');
    expect(defaultLevel('minor', 0.9)).toBe('warning');
    expect(defaultLevel('major', 0.3)).toBe('info');
  });
});

describe('resolveOverlaps', () => {
  it('keeps one finding per span, the stronger, and drops one inside another of the same category', () => {
    const kept = resolveOverlaps([
      finding({ ruleId: 'weak', start: 0, end: 5, severity: 'warning' }),
      finding({ ruleId: 'strong', start: 0, end: 5, severity: 'error' }),
      finding({ ruleId: 'inner', start: 1, end: 3, severity: 'warning' }),
      finding({ ruleId: 'other-category', start: 1, end: 3, category: 'fluency/spelling' }),
      finding({ ruleId: 'later', start: 7, end: 9 }),
    ]);
    expect(kept.map((f) => f.ruleId)).toEqual(['strong', 'other-category', 'later']);
  });
});

describe('runRules and defineRule', () => {
  const doubled = defineRule({
    meta: { id: 'test-doubled', category: 'fluency/grammar', severity: 'minor', confidence: 0.9, description: 'd', sourceHint: 's' },
    detectSentence(sentence) {
      return sentence.tokens
        .filter((t, i) => i > 0 && t.lower === sentence.tokens[i - 1]!.lower)
        .map((t) => ({ start: t.start, end: t.end, message: 'doubled', suggestions: [{ start: t.start - 1, end: t.end, replacement: '' }] }));
    },
    examples: { invalid: [], valid: [] },
  });

  it('fills in rule id, category, levels and source hint, and honours a configured level', () => {
    const doc = parseDocument('It was was late. Then then it ended.');
    const findings = runRules(doc, [{ rule: doubled }]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.mqmSeverity, f.category])).toEqual([
      ['test-doubled', 'warning', 'minor', 'fluency/grammar'],
      ['test-doubled', 'warning', 'minor', 'fluency/grammar'],
    ]);
    expect(runRules(doc, [{ rule: doubled, level: 'error' }])[0]!.severity).toBe('error');
    expect(runRules(doc, [{ rule: doubled, level: 'off' }])).toEqual([]);
  });

  it('refuses malformed rules', () => {
    expect(() => defineRule({ ...doubled, meta: { ...doubled.meta, id: 'Not Kebab' } })).toThrow(/kebab-case/);
    expect(() => defineRule({ ...doubled, meta: { ...doubled.meta, confidence: 2 } })).toThrow(/confidence/);
    expect(() => defineRule({ meta: doubled.meta, examples: doubled.examples })).toThrow(/detect/);
  });
});

describe('runRulesInSteps', () => {
  const meta = { category: 'fluency/grammar', severity: 'minor', confidence: 0.9, description: 'd', sourceHint: 's' } as const;
  // Each sentence's first word, flagged by a sentence rule and, with the same strength, by a document rule.
  const firstWords = (doc: Document) => doc.sentences.map((s) => ({ start: s.tokens[0]!.start, end: s.tokens[0]!.end, message: 'first' }));
  const bySentence = defineRule({ meta: { ...meta, id: 'by-sentence' }, detectSentence: (s, { doc }) => firstWords({ ...doc, sentences: [s] }), examples: { invalid: [], valid: [] } });
  const byDocument = defineRule({ meta: { ...meta, id: 'by-document' }, detectDocument: firstWords, examples: { invalid: [], valid: [] } });
  const text = 'One went. Two came. Three left. Four stayed.';
  const doc = parseDocument(text);

  it('hands out final findings a stretch at a time, joined exactly those of runRules', () => {
    for (const active of [[{ rule: byDocument }, { rule: bySentence }], [{ rule: bySentence }, { rule: byDocument }]]) {
      const whole = runRules(doc, active);
      // The same span with the same strength: the rule listed first keeps it, however the run is split.
      expect(whole.map((f) => f.ruleId)).toEqual(Array(4).fill(active[0]!.rule.meta.id));
      const steps = [...runRulesInSteps(doc, active, { stepLength: 1 })];
      // The document rule's step first, its findings held back for the sentence steps.
      expect(steps.map((s) => s.linted)).toEqual([0, 10, 20, 32, text.length]);
      expect(steps.map((s) => s.findings.map((f) => text.slice(f.start, f.end)))).toEqual([[], ['One'], ['Two'], ['Three'], ['Four']]);
      expect(steps.flatMap((s) => s.findings)).toEqual(whole);
    }
  });

  it('holds a finding back until no later sentence can take its place', () => {
    const steps = [...runRulesInSteps(doc, [{ rule: byDocument }, { rule: bySentence, level: 'error' }], { stepLength: 15 })];
    expect(steps.map((s) => [s.linted, s.findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`)])).toEqual([
      [0, []],
      [20, ['by-sentence:One', 'by-sentence:Two']],
      [text.length, ['by-sentence:Three', 'by-sentence:Four']],
    ]);
  });

  it('runs the document rules alone on a text without sentences', () => {
    const everything = defineRule({ meta: { ...meta, id: 'everything' }, detectDocument: (d) => [{ start: 0, end: d.text.length, message: 'all' }], examples: { invalid: [], valid: [] } });
    const blank = parseDocument('   ');
    expect([...runRulesInSteps(blank, [{ rule: everything }, { rule: bySentence }])]).toEqual([
      { findings: [], linted: 0 },
      { findings: runRules(blank, [{ rule: everything }]), linted: 3 },
    ]);
  });

  it('runs one document rule per step, before any sentence rule', () => {
    const ran: string[] = [];
    const logged = (id: string) => defineRule({ meta: { ...meta, id }, detectDocument: () => (ran.push(id), []), examples: { invalid: [], valid: [] } });
    const sentences = defineRule({ meta: { ...meta, id: 'sentences' }, detectSentence: () => (ran.push('sentence'), []), examples: { invalid: [], valid: [] } });
    const steps = runRulesInSteps(doc, [{ rule: logged('first') }, { rule: sentences }, { rule: logged('second') }]);
    expect(steps.next().value).toEqual({ findings: [], linted: 0 });
    expect(ran).toEqual(['first']);
    expect(steps.next().value).toEqual({ findings: [], linted: 0 });
    expect(ran).toEqual(['first', 'second']);
    steps.next();
    expect(ran.slice(2)).toEqual(['sentence', 'sentence', 'sentence', 'sentence']);
  });
});

describe('sentence needs', () => {
  const meta = { category: 'fluency/grammar', severity: 'minor', confidence: 0.9, description: 'd', sourceHint: 's' } as const;
  // A rule that flags every word of a sentence it is given, and records which sentences it was given.
  const recorder = (id: string, needs?: Rule['needs']) => {
    const seen: number[] = [];
    const rule = defineRule({
      meta: { ...meta, id },
      ...(needs ? { needs } : {}),
      detectSentence(sentence) {
        seen.push(sentence.index);
        return sentence.tokens.filter((t) => t.kind === 'word').map((t) => ({ start: t.start, end: t.end, message: 'word' }));
      },
      examples: { invalid: [], valid: [] },
    });
    return { rule, seen };
  };
  const doc = parseDocument('The cat slept. A dog barked at 5. The dog ran, and the cat hid. Nothing else.');

  it('calls a rule only on the sentences that meet all of its needs, word sets and token tests alike', () => {
    const dogs = recorder('dogs', [new Set(['dog'])]);
    const dogAndNumber = recorder('dog-and-number', [new Set(['dog']), (t) => t.kind === 'number']);
    const always = recorder('always');
    runRules(doc, [{ rule: dogs.rule }, { rule: dogAndNumber.rule }, { rule: always.rule }]);
    expect(dogs.seen).toEqual([1, 2]);
    expect(dogAndNumber.seen).toEqual([1]);
    expect(always.seen).toEqual([0, 1, 2, 3]);
    expect(meetsNeeds(doc.sentences[2]!, [new Set(['dog']), new Set(['cat'])])).toBe(true);
    expect(meetsNeeds(doc.sentences[0]!, [new Set(['dog'])])).toBe(false);
  });

  it('finds what the rules find without their needs, with more needs than bits in a word', () => {
    // Rules for words the text lacks, then one rule per word of the text, flagging that word: 40 needs, two words of
    // bits, the text's words on both sides of the boundary between them.
    const words = [...new Set(doc.sentences.flatMap((s) => s.tokens.map((t) => t.lower)))];
    const needing = [...Array.from({ length: 40 - words.length }, (_, k) => `absent${k}`), ...words];
    expect(needing.indexOf(words[0]!)).toBeLessThan(32);
    const rules = needing.map((word, k) =>
      defineRule({
        meta: { ...meta, id: `r${k}` },
        needs: [new Set([word])],
        detectSentence: (sentence) => sentence.tokens.filter((t) => t.lower === word).map((t) => ({ start: t.start, end: t.end, message: word })),
        examples: { invalid: [], valid: [] },
      }),
    );
    const filtered = runRules(doc, rules.map((rule) => ({ rule })));
    const unfiltered = runRules(doc, rules.map((rule) => ({ rule: { ...rule, needs: undefined } as Rule })));
    expect(filtered).toEqual(unfiltered);
    expect(new Set(filtered.map((f) => f.message))).toEqual(new Set(words));
  });

  it('admits the same sentences by a token\'s spelling number as by its text, asked once or again', () => {
    const capitalised = recorder('capitalised', [(t) => t.text !== t.lower, new Set(['cat', 'dog'])]);
    // The same document with tokens made by hand (no spelling numbers): the filter reads them by their text.
    const unnumbered: Document = { ...doc, sentences: doc.sentences.map((s) => ({ ...s, tokens: s.tokens.map((t) => ({ ...t, spelling: -1 })) })) };
    expect(doc.sentences[0]!.tokens[0]!.spelling).toBeGreaterThanOrEqual(0);
    for (const d of [doc, unnumbered, doc, unnumbered]) {
      capitalised.seen.length = 0;
      runRules(d, [{ rule: capitalised.rule }]);
      expect(capitalised.seen).toEqual([0, 1, 2]);
    }
  });

  it('refuses needs that are not word sets or token tests, and needs without a sentence detector', () => {
    const { rule } = recorder('needy', [new Set(['dog'])]);
    expect(() => defineRule({ ...rule, needs: 'dog' as never })).toThrow(/needs/);
    expect(() => defineRule({ ...rule, needs: [new Map([['dog', 1]])] as never })).toThrow(/needs/);
    expect(() => defineRule({ meta: rule.meta, needs: [new Set(['dog'])], detectDocument: () => [], examples: rule.examples })).toThrow(/needs/);
  });
});

describe('anchors', () => {
  const meta = { category: 'fluency/grammar', severity: 'minor', confidence: 0.9, description: 'd', sourceHint: 's' } as const;
  // A rule that flags each token its anchor picks, as `anchorsIn` gives them, and records the sentences it was given.
  const anchoredRule = (id: string, anchor: NonNullable<Rule['anchor']>, needs?: Rule['needs']) => {
    const seen: number[] = [];
    const rule = defineRule({
      meta: { ...meta, id },
      anchor,
      ...(needs ? { needs } : {}),
      detectSentence(sentence, ctx) {
        seen.push(sentence.index);
        const at = anchorsIn(sentence, ctx, anchor);
        return Array.from(at, (i) => ({ start: sentence.tokens[i]!.start, end: sentence.tokens[i]!.end, message: `${id} ${i}` }));
      },
      examples: { invalid: [], valid: [] },
    });
    return { rule, seen };
  };
  const text = 'The cat slept. A dog barked at 5 and the dog ran. The dog and the cat hid, 3 of them. Nothing else.';
  const doc = parseDocument(text);

  it('calls a rule only on sentences with an anchor, handing it the anchors as a test of the tokens finds them', () => {
    const dogs = anchoredRule('dogs', new Set(['dog']));
    const numbers = anchoredRule('numbers', (t) => t.kind === 'number', [new Set(['cat'])]);
    const findings = runRules(doc, [{ rule: dogs.rule }, { rule: numbers.rule }]);
    expect(dogs.seen).toEqual([1, 2]);
    expect(numbers.seen).toEqual([2]);
    expect(findings.map((f) => [text.slice(f.start, f.end), f.message])).toEqual([
      ['dog', 'dogs 1'], ['dog', 'dogs 7'], ['dog', 'dogs 1'], ['3', 'numbers 7'],
    ]);
    // What a caller other than the engine gets: the same positions, found by a pass of its own.
    for (const sentence of doc.sentences) {
      const byTest = anchorsIn(sentence, {}, new Set(['dog']));
      expect(Array.from(byTest)).toEqual(sentence.tokens.flatMap((t, i) => (t.lower === 'dog' ? [i] : [])));
    }
  });

  it('finds the same in steps of one sentence, beside rules with needs, as in one run', () => {
    const rules = [
      anchoredRule('dogs', new Set(['dog'])).rule,
      anchoredRule('words', (t) => t.kind === 'word' && t.text.length > 3, [new Set(['the'])]).rule,
      anchoredRule('numbers', (t) => t.kind === 'number').rule,
    ].map((rule) => ({ rule }));
    const whole = runRules(doc, rules);
    const stepped = [...runRulesInSteps(doc, rules, { stepLength: 1 })].flatMap((step) => step.findings);
    expect(stepped).toEqual(whole);
    expect(whole).toHaveLength(3 + 3 + 2);
  });

  it('refuses an anchor that is not a word set or a token test, and one without a sentence detector', () => {
    const { rule } = anchoredRule('anchored', new Set(['dog']));
    expect(() => defineRule({ ...rule, anchor: 'dog' as never })).toThrow(/anchor/);
    expect(() => defineRule({ meta: rule.meta, anchor: new Set(['dog']), detectDocument: () => [], examples: rule.examples })).toThrow(/anchor/);
  });
});

describe('keepLineBreaks', () => {
  it('keeps each line break of the replaced stretch at the space nearest its place', () => {
    expect(keepLineBreaks('has the offer\nrejected', 'has rejected the offer')).toBe('has rejected\nthe offer');
    expect(keepLineBreaks('has the offer\r\nrejected', 'has rejected the offer')).toBe('has rejected\r\nthe offer');
    expect(keepLineBreaks('a b\nc d\ne f', 'a b c d e f g')).toBe('a b\nc d\ne f g');
  });

  it('leaves a replacement without a space, one with line breaks of its own, and a stretch without one as they are', () => {
    expect(keepLineBreaks('Getty Images\n\n', '')).toBe('');
    expect(keepLineBreaks('has the\noffer', 'has\nit')).toBe('has\nit');
    expect(keepLineBreaks('has the offer', 'has it now')).toBe('has it now');
  });
});
