import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isGuessed, lexiconEntry, lookupTags, pluralNoun, singularNoun, verbBase } from './lexicon.js';

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

  it('finds every word of en-lexicon with its tags (British spellings re-tagged), and nothing between, before or after them', async () => {
    const lexicon = { ...(createRequire(import.meta.url)('en-lexicon') as { lexicon: Record<string, string> }).lexicon };
    const { tagBritishSpellings } = (await import(new URL('../scripts/british-spellings.mjs', import.meta.url).href)) as {
      tagBritishSpellings: (lexicon: Record<string, string>) => number;
    };
    expect(tagBritishSpellings(lexicon)).toBeGreaterThan(300);
    const words = Object.keys(lexicon);
    expect(words.length).toBeGreaterThan(100_000);
    const wrong = words.filter((word) => lexiconEntry(word)?.join('|') !== lexicon[word]);
    expect(wrong).toEqual([]);
    // A word's prefix, a word with a letter added, the empty string, and words sorting before the first and after the last.
    const absent = ['', 'marke', 'marketz', '\u0000', '\uffff', 'zzzzzzzzzzzz', 'Market\n', '!!'].filter((word) => !(word in lexicon));
    for (const word of absent) expect(lexiconEntry(word), JSON.stringify(word)).toBeUndefined();
    // The words of one tag list share one array.
    expect(lexiconEntry('filed')).toBe(lexiconEntry(words.find((w) => w !== 'filed' && lexicon[w] === lexicon.filed)!));
  });
});

describe('British spellings', () => {
  it('take the tags of their American twins, which en-lexicon counted better', () => {
    expect(lookupTags('programme')[0]).toBe('NN');
    expect(lookupTags('programmes')[0]).toBe('NNS');
    expect(lookupTags('organisation')).toEqual(lookupTags('organization'));
    expect(lookupTags('centres')).toEqual(lookupTags('centers'));
    expect(isGuessed(lookupTags('tonnes'))).toBe(false);
  });

  it('keep to the part of speech WordNet gives them where the American twin is a homograph', () => {
    // "tire" and "story" are verbs or other nouns too; "tyre" and "storey" are nouns only.
    expect(lookupTags('tyre')).toEqual(['NN']);
    expect(lookupTags('storey')).toEqual(['NN']);
    // "practice" is the American noun and verb; British "practise" is the verb.
    expect(lookupTags('practise').every((tag) => tag.startsWith('VB'))).toBe(true);
  });
});

describe('singularNoun', () => {
  it('undoes regular plurals to a noun the lexicon knows (where en-inflectors mangles them)', () => {
    const cases = { weeks: 'week', abbreviations: 'abbreviation', poles: 'pole', toes: 'toe', boxes: 'box', policies: 'policy', movies: 'movie' };
    for (const [plural, singular] of Object.entries(cases)) expect(singularNoun(plural)).toBe(singular);
  });

  it('forms the regular plural the lexicon knows, and guesses no other', () => {
    expect(['library', 'tax', 'church', 'farmer', 'day'].map(pluralNoun)).toEqual(['libraries', 'taxes', 'churches', 'farmers', 'days']);
    expect(pluralNoun('child')).toBeUndefined();
    expect(pluralNoun('blorf')).toBeUndefined();
  });

  it('leaves irregular plurals to en-inflectors', () => {
    expect(singularNoun('children')).toBe('child');
    expect(singularNoun('feet')).toBe('foot');
  });

  it('undoes the regular ending of a plural the lexicon lacks rather than take a mangled irregular guess', () => {
    const cases = { inhabitants: 'inhabitant', seeks: 'seek', americans: 'american', blorfs: 'blorf', blorfies: 'blorfy' };
    for (const [plural, singular] of Object.entries(cases)) expect(singularNoun(plural)).toBe(singular);
  });
});

describe('verbBase', () => {
  it('keeps en-inflectors’ answer where it is a verb: irregular forms', () => {
    expect(verbBase('became')).toBe('become');
    expect(verbBase('left')).toBe('leave');
  });

  it('reads the pasts of go, see and find as theirs, not as the bases of wend, saw and found', () => {
    expect(verbBase('went')).toBe('go');
    expect(verbBase('saw')).toBe('see');
    expect(verbBase('found')).toBe('find');
    expect(verbBase('sawed')).toBe('saw');
  });

  it('undoes regular endings where en-inflectors gives no known verb', () => {
    const cases = { abolished: 'abolish', allied: 'ally', accesses: 'access', hoped: 'hope', planned: 'plan', stopping: 'stop', filed: 'file' };
    for (const [form, base] of Object.entries(cases)) expect(verbBase(form)).toBe(base);
  });

  it('takes a base the lexicon tags only as present tense, but not a determiner with a stray verb tag', () => {
    expect(verbBase('doubted')).toBe('doubt');
    expect(verbBase('doubts')).toBe('doubt');
    expect(verbBase('thing')).toBe('thing');
  });
});
