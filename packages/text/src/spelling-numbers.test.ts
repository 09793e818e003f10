import { describe, expect, it } from 'vitest';
import { lemma } from './classes.js';
import { verbBase } from './lexicon.js';
import { GENERATION_SIZE, SpellingAnswers } from './spelling-numbers.js';
import { tokenize } from './tokenize.js';
import { WordMap, WordSet } from './word-set.js';

describe('spelling numbers', () => {
  it('are shared by the word tokens of one spelling as written, and by no other spelling', () => {
    const tokens = tokenize('The cat saw the cat, and THE Cat-like cats saw it. It rained 3 days.');
    const bySpelling = new Map<string, number>();
    const spellingOf = new Map<number, string>();
    for (const t of tokens) {
      if (t.kind !== 'word') {
        expect(t.spelling, t.text).toBe(-1);
        continue;
      }
      expect(t.spelling, t.text).toBeGreaterThanOrEqual(0);
      expect(bySpelling.get(t.text) ?? t.spelling).toBe(t.spelling);
      expect(spellingOf.get(t.spelling!) ?? t.text).toBe(t.text);
      bySpelling.set(t.text, t.spelling!);
      spellingOf.set(t.spelling!, t.text);
    }
    // "The", "the" and "THE" are three spellings (their tags may differ), each with a number of its own.
    expect(new Set([bySpelling.get('The'), bySpelling.get('the'), bySpelling.get('THE')]).size).toBe(3);
    // A spelling read again in a later text keeps its number.
    expect(tokenize('the cat')[1]!.spelling).toBe(bySpelling.get('cat'));
  });

  it('let an owner remember a computed answer per spelling, and compute it for tokens without a number', () => {
    const answers = new SpellingAnswers('numbers');
    const asked: string[] = [];
    const length = (t: { text: string }) => {
      asked.push(t.text);
      return t.text.length;
    };
    const tokens = tokenize('cat horse cat horse');
    expect(tokens.map((t) => answers.remembered(t, length))).toEqual([3, 5, 3, 5]);
    expect(asked).toEqual(['cat', 'horse']);
    // A token made by hand has no spelling number: answered every time it is asked.
    const made = { text: 'zebra', spelling: -1 };
    expect([answers.remembered(made, length), answers.remembered(made, length)]).toEqual([5, 5]);
    expect(asked).toEqual(['cat', 'horse', 'zebra', 'zebra']);
  });

  it('start a new generation past GENERATION_SIZE spellings, and sets and memos still answer right across it', () => {
    const set = new WordSet(['w1', 'w7', 'cat']);
    const map = new WordMap<number>([['w1', 1], ['cat', 2]]);
    const before = tokenize('w1 cat w2 w7');
    expect(before.map((t) => set.hasToken(t))).toEqual([true, true, false, true]);
    // More distinct spellings than a generation holds, every one asked of the set and the map.
    const many: string[] = [];
    for (let k = 0; k <= GENERATION_SIZE; k++) many.push(`q${k.toString(36)}x`);
    const newer = tokenize(many.join(' '));
    const generation = (t: { spelling?: number }) => Math.floor(t.spelling! / GENERATION_SIZE);
    expect(generation(newer[newer.length - 1]!)).toBeGreaterThan(generation(before[0]!));
    for (const t of newer) expect(set.hasToken(t) || map.getToken(t) !== undefined).toBe(false);
    // The same spellings in a text read after the new generation began get new numbers, and the same answers.
    const after = tokenize('w1 cat w2 w7');
    expect(after[1]!.spelling).not.toBe(before[1]!.spelling);
    expect(after.map((t) => set.hasToken(t))).toEqual([true, true, false, true]);
    expect(after.map((t) => map.getToken(t))).toEqual([1, 2, undefined, undefined]);
    // Tokens of the older generation, asked after the newer one, are answered by their strings.
    expect(before.map((t) => set.hasToken(t))).toEqual([true, true, false, true]);
    expect(before.map((t) => map.getToken(t))).toEqual([1, 2, undefined, undefined]);
    expect(before.map((t) => lemma.of(t))).toEqual(before.map((t) => verbBase(t.lower)));
  });
});

describe('SpellingAnswers', () => {
  it('has no slot for a token without a number, nor for one of an older generation than it holds', () => {
    const answers = new SpellingAnswers();
    expect(answers.slot(undefined)).toBe(-1);
    expect(answers.slot(-1)).toBe(-1);
    expect(answers.slot(GENERATION_SIZE + 5)).toBe(5);
    answers.known[5] = 2;
    expect(answers.slot(3)).toBe(-1);
    // The next generation forgets the answers of the one before.
    expect(answers.slot(2 * GENERATION_SIZE + 5)).toBe(5);
    expect(answers.known[5]).toBe(0);
  });

  it('grows to hold any number of its generation, keeping what it knew', () => {
    const answers = new SpellingAnswers<string>('values');
    const seven = answers.slot(7);
    answers.known[seven] = 1;
    answers.values[seven] = 'seven';
    const last = answers.slot(GENERATION_SIZE - 1);
    expect(last).toBe(GENERATION_SIZE - 1);
    expect(answers.known.length).toBe(GENERATION_SIZE);
    expect([answers.known[7], answers.values[7], answers.values[last]]).toEqual([1, 'seven', undefined]);
    answers.clear();
    expect([answers.known[7], answers.values[7]]).toEqual([0, undefined]);
  });
});
