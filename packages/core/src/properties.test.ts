/**
 * Properties that must hold for every input, checked with fast-check on generated text: English pieces and
 * the rules' own example sentences (so that rules fire), mixed with what real files throw at a linter: lone
 * surrogates, control characters, right-to-left text, combining marks, emoji, odd line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, lint, lintInSteps, rules, type Finding, type Suggestion } from './index.js';

const examples = [...rules.values()].flatMap((r) => [...r.examples.invalid.map((e) => e.text), ...r.examples.valid]);
const fixableExamples = [...rules.values()].filter((r) => r.meta.fixable).flatMap((r) => r.examples.invalid.map((e) => e.text));

const english = fc.constantFrom(
  'the', 'The', 'has', 'had', 'tickets', 'cancelled', 'flights', 'said', ',', 'that', 'government', 'Software',
  'new', 'budget', 'attacked', '.', '!', '?', '"', '“', '”', '(', ')', '—', '-', 'U.S.', 'US', 'organisation',
  'organization', 'you', 'could', 'damage', 'flooding', 'Photo:', 'Reuters', 'Merkel-government', 'Mr.', '3.5', '2024',
);
const hostile = fc.constantFrom(
  '\uD800', '\uDFFF', '\uDC00x', 'a\uD83D', '\u0000', '\u0007', '\u001B[31m', '\u007F', '\u202E', '\u200F', '\u2066',
  'مرحبا بالعالم', 'שלום עולם', '\u061F', '\uFEFF', 'e\u0301', '👍🏽', '👨‍👩‍👧', '𝒳𝒴', '\r\n', '\r', '\t', '\u2028', '\u00A0', '\f',
);
const piece = fc.oneof(
  { arbitrary: english, weight: 4 },
  { arbitrary: fc.constantFrom(...examples), weight: 2 },
  { arbitrary: hostile, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
);
const text = fc.tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom(' ', '', '\n', '\n\n')).map(([parts, glue]) => parts.join(glue));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset that falls between the two halves of a surrogate pair cuts a character in two. */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

function expectOnText(s: string, span: { start: number; end: number }) {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= s.length).toBe(true);
  expect(splitsPair(s, span.start) || splitsPair(s, span.end)).toBe(false);
}

const fixableIds = [...rules.values()].filter((r) => r.meta.fixable).map((r) => r.meta.id);
/** What `mtlint fix` does for one rule: apply the first suggestion of each of its findings. */
const fixWith = (ruleId: string, s: string) =>
  applySuggestions(s, lint(s).filter((f: Finding) => f.ruleId === ruleId).flatMap((f) => f.suggestions.slice(0, 1)));

describe('lint on any string', () => {
  it('never throws, and every finding and suggestion lies within the text without cutting a character', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const f of lint(s)) {
          expectOnText(s, f);
          expect(f.end).toBeGreaterThan(f.start);
          for (const sug of f.suggestions) expectOnText(s, sug);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings a stretch at a time (lintInSteps), each step after the last and before its linted offset', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 400 }), (s, stepLength) => {
        const joined: Finding[] = [];
        let linted = 0;
        for (const step of lintInSteps(s, {}, stepLength).steps) {
          for (const f of step.findings) expect(linted <= f.start && f.start < step.linted).toBe(true);
          expect(step.linted).toBeGreaterThanOrEqual(linted);
          linted = step.linted;
          joined.push(...step.findings);
        }
        expect(linted).toBe(s.length);
        expect(joined).toEqual(lint(s));
      }),
      { numRuns: 300 },
    );
  });

  it('copes with 100 kB without a sentence end, and with hostile characters only', () => {
    const words = ['the', 'government', 'has', 'the', 'new', 'budget', 'approved', 'and', 'you', 'said', 'that'];
    const long = Array.from({ length: 20_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    expect(long.length).toBeGreaterThan(100_000);
    for (const s of [long, long.replaceAll(' ', ', '), 'x'.repeat(100_000), '\uD800'.repeat(50_000), '\u202E\u0000'.repeat(50_000)]) {
      for (const f of lint(s)) expectOnText(s, f);
    }
  });
});

describe('applySuggestions', () => {
  const edits = (length: number) =>
    fc.array(
      fc.record({ a: fc.nat({ max: length }), b: fc.nat({ max: length }), replacement: fc.string({ maxLength: 4 }) })
        .map(({ a, b, replacement }) => ({ start: Math.min(a, b), end: Math.max(a, b), replacement })),
      { maxLength: 8 },
    );
  /** Edits at offsets that cut no character in two (those throw: see below). */
  const textAndEdits = fc
    .string({ unit: 'binary', maxLength: 40 })
    .chain((s) => fc.tuple(fc.constant(s), edits(s.length).map((list) => list.filter((e) => !splitsPair(s, e.start) && !splitsPair(s, e.end)))));

  it('refuses an edit that would cut a surrogate pair in two, wherever it stands in the list', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }).chain((s) => fc.tuple(fc.constant(s), edits(s.length))), ([s, list]) => {
        const cuts = list.some((e) => e.start >= 0 && e.end <= s.length && (splitsPair(s, e.start) || splitsPair(s, e.end)));
        if (cuts) expect(() => applySuggestions(s, list)).toThrow(/would split the surrogate pair/);
        else expect(typeof applySuggestions(s, list)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the text before the first edit and after the last one untouched, whatever the edits', () => {
    fc.assert(
      fc.property(textAndEdits, ([s, list]) => {
        const out = applySuggestions(s, list);
        const first = Math.min(s.length, ...list.map((e) => e.start));
        const last = Math.max(0, ...list.map((e) => e.end));
        expect(out.startsWith(s.slice(0, first))).toBe(true);
        expect(out.endsWith(s.slice(last))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing but the edited spans when the edits do not overlap', () => {
    fc.assert(
      fc.property(textAndEdits, ([s, list]) => {
        // Keep a set of edits that neither overlap nor share a position, in random order.
        const separate: Suggestion[] = [];
        for (const e of [...list].sort((x, y) => x.start - y.start)) if (!separate.length || separate.at(-1)!.end < e.start) separate.push(e);
        const shuffled = [...separate].reverse();
        let expected = '';
        let cursor = 0;
        for (const e of separate) {
          expected += s.slice(cursor, e.start) + e.replacement;
          cursor = e.end;
        }
        expect(applySuggestions(s, shuffled)).toBe(expected + s.slice(cursor));
      }),
      { numRuns: 500 },
    );
  });
});

describe('fixing', () => {
  // Per rule: across rules one fix can uncover another rule's artifact (joining "Name-noun" into "Name noun"
  // leaves a capitalised common noun after it no longer shielded), which a second pass then fixes; that is
  // progress, not instability. A rule whose own fix it flags again would loop `mtlint fix` forever.
  it('is idempotent for each fixable rule: fixing twice equals fixing once', () => {
    const fixableText = fc
      .tuple(fc.array(fc.oneof(fc.constantFrom(...fixableExamples), piece), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\n\n'))
      .map(([parts, glue]) => parts.join(glue));
    fc.assert(
      fc.property(fc.constantFrom(...fixableIds), fixableText, (ruleId, s) => {
        const once = fixWith(ruleId, s);
        expect(fixWith(ruleId, once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
