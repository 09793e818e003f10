import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { singularNoun, verbBase } from './lexicon.js';
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
      expect(nounSenses(word)).toEqual([...new Set(fromWink(lower).concat(fromWink(singularNoun(lower))).filter((s) => s.startsWith('noun.')))]);
    }
  });

  it('give the classes rules rely on', () => {
    expect(verbSenses('said')).toContain('verb.communication');
    expect(nounSenses('week')).toContain('noun.time');
    expect(nounSenses('hope')).toContain('noun.feeling');
    expect(verbSenses('xqzt')).toEqual([]);
  });
});
