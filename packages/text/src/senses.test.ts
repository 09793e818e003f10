import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lookupTags, singularNoun, verbBase } from './lexicon.js';
import { nounSenses, verbSenses } from './senses.js';

// The source the build step extracts from (a dev dependency): the generated table must give the same answers.
const require = createRequire(import.meta.url);
const words = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
const wordSenses = require('wink-lexicon/src/wn-word-senses.js') as number[][];
const senseNames = require('wink-lexicon/src/wn-senses.js') as string[];
const fromWink = (lemma: string) =>
  Object.hasOwn(words, lemma) ? (wordSenses[words[lemma]!] ?? []).map((i) => senseNames[i]!) : [];

describe('supersenses generated at build time', () => {
  it('match wink-lexicon for every 7th WordNet lemma and for awkward keys', () => {
    const sample = Object.keys(words).filter((_, i) => i % 7 === 0).concat(['constructor', '__proto__', 'toString', '', 'Said', 'children']);
    for (const word of sample) {
      const lower = word.toLowerCase();
      expect(verbSenses(word)).toEqual(fromWink(verbBase(word)).filter((s) => s.startsWith('verb.')));
      const mayBePlural = lower.endsWith('s') || lookupTags(lower).includes('NNS');
      const lemmas = mayBePlural ? [lower, singularNoun(lower)] : [lower];
      expect(nounSenses(word)).toEqual([...new Set(lemmas.flatMap(fromWink).filter((s) => s.startsWith('noun.')))]);
    }
  });

  it('give the classes rules rely on', () => {
    expect(verbSenses('said')).toContain('verb.communication');
    expect(nounSenses('week')).toContain('noun.time');
    expect(nounSenses('hope')).toContain('noun.feeling');
    expect(verbSenses('xqzt')).toEqual([]);
  });

  it('look a plural up by its singular, and a word that cannot be plural only as it is', () => {
    expect(nounSenses('children')).toContain('noun.person');
    expect(nounSenses('days')).toContain('noun.time');
    // en-inflectors would make these "oman" and "speciman"; they are singular, and keep their own classes.
    expect(nounSenses('omen')).toEqual([...new Set(fromWink('omen').filter((s) => s.startsWith('noun.')))]);
    expect(nounSenses('specimen')).toEqual([...new Set(fromWink('specimen').filter((s) => s.startsWith('noun.')))]);
  });
});
