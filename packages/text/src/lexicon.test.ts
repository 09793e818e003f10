import { describe, expect, it } from 'vitest';
import { isGuessed, lexiconEntry, lookupTags, singularNoun, verbBase } from './lexicon.js';

describe('the lexicon generated at build time', () => {
  it('gives a word its tags, most frequent first, and guesses those of unknown words by their shape', () => {
    expect(lexiconEntry('filed')).toEqual(['VBN', 'VBD']);
    expect(isGuessed(lookupTags('blorfing'))).toBe(true);
    expect(isGuessed(lookupTags('market'))).toBe(false);
  });

  it('has no entry for keys an object would inherit', () => {
    expect(lexiconEntry('__proto__')).toBeUndefined();
    expect(lexiconEntry('hasOwnProperty')).toBeUndefined();
  });
});

describe('singularNoun', () => {
  it('undoes regular plurals to a noun the lexicon knows (where en-inflectors mangles them)', () => {
    const cases = { weeks: 'week', abbreviations: 'abbreviation', poles: 'pole', toes: 'toe', boxes: 'box', policies: 'policy', movies: 'movie' };
    for (const [plural, singular] of Object.entries(cases)) expect(singularNoun(plural)).toBe(singular);
  });

  it('leaves irregular plurals to en-inflectors', () => {
    expect(singularNoun('children')).toBe('child');
    expect(singularNoun('feet')).toBe('foot');
  });
});

describe('verbBase', () => {
  it('keeps en-inflectors’ answer where it is a verb: irregular forms', () => {
    expect(verbBase('became')).toBe('become');
    expect(verbBase('left')).toBe('leave');
  });

  it('undoes regular endings where en-inflectors gives no known verb', () => {
    const cases = { abolished: 'abolish', allied: 'ally', accesses: 'access', hoped: 'hope', planned: 'plan', stopping: 'stop', filed: 'file' };
    for (const [form, base] of Object.entries(cases)) expect(verbBase(form)).toBe(base);
  });
});
