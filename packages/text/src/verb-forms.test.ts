import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { conjugateVerb, type VerbForm } from './verb-forms.js';

const require = createRequire(import.meta.url);
const { Inflectors } = require('en-inflectors') as typeof import('en-inflectors');
const FORMS: readonly VerbForm[] = ['VBP', 'VBD', 'VBN', 'VBZ', 'VBG'];

describe('verb forms from the generated tables', () => {
  it('conjugates as en-inflectors does', () => {
    expect(conjugateVerb('filed', 'VBP')).toBe('file');
    expect(conjugateVerb('became', 'VBP')).toBe('become');
    expect(conjugateVerb('rise', 'VBN')).toBe('risen');
    expect(conjugateVerb('run', 'VBG')).toBe('running');
    expect(conjugateVerb('overwrite', 'VBD')).toBe('overwrote');
  });

  it('gives en-inflectors’ forms for its own verbs, odd input and the words of en-lexicon', () => {
    const { lexicon } = require('en-lexicon') as { lexicon: Record<string, string> };
    const { VBP, VBD, VBN, VBZ, VBG } = require('en-inflectors/dist/verb/solve_lookup.js') as Record<string, Record<string, unknown>>;
    const tableWords = new Set([VBP, VBD, VBN, VBZ, VBG].flatMap((table) => Object.keys(table!)));
    // Object.prototype members (looked up in en-inflectors' plain objects), with prefixes and endings; short and empty words.
    for (const name of Object.getOwnPropertyNames(Object.prototype)) for (const w of [name, `x${name}`, `${name}s`, `${name}ing`, `${name}ed`]) tableWords.add(w.toLowerCase()).add(w);
    for (const w of ['', 'a', 'be', 'ing', 'ed', 's', 'unwalked', 'outrunning', 'misfiled']) tableWords.add(w);
    const lexiconWords = Object.keys(lexicon).filter((word) => !tableWords.has(word));
    expect(lexiconWords.length).toBeGreaterThan(90_000);
    const wrong: string[] = [];
    const compare = (word: string, forms: readonly VerbForm[]) => {
      const theirs = new Inflectors(word);
      const expected: Record<VerbForm, () => string> = { VBP: theirs.toPresent, VBD: theirs.toPast, VBN: theirs.toPastParticiple, VBZ: theirs.toPresentS, VBG: theirs.toGerund };
      for (const to of forms) {
        const ours = conjugateVerb(word, to);
        if (ours !== expected[to]()) wrong.push(`${word} ${to}: ${ours} ≠ ${expected[to]()}`);
      }
    };
    for (const word of tableWords) compare(word, FORMS);
    // verbBase and pastParticiple take any word: every word for their forms, every 7th for the others (time).
    lexiconWords.forEach((word, i) => compare(word, i % 7 === 0 ? FORMS : ['VBP', 'VBN']));
    expect(wrong).toEqual([]);
  });
});
