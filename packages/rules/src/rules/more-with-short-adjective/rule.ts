import { defineRule, type Report } from '@mtlint/engine';
import { lexiconEntry, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';
import countable from '../../countable-nouns.js';

// Spanish "más grande", Italian "più grande", French "plus grand", Portuguese "mais barato" and Chinese "更大" make every
// comparative with a word for "more", and MT writes "more big", "more cheap than". English gives short adjectives
// their -er and -est forms: "bigger", "cheaper than", "the biggest".

// Short adjectives whose comparative English always forms with -er (one syllable, or two ending in -y): a closed
// list, since some short ones take "more" too ("more clear", "more fair", "more true", "more real").
const SHORT_ADJECTIVES = new WordSet([
  'big', 'small', 'cheap', 'fast', 'high', 'low', 'long', 'short', 'old', 'young', 'large', 'strong', 'weak', 'hot',
  'cold', 'rich', 'poor', 'great', 'near', 'quick', 'slow', 'safe', 'hard', 'soft', 'new', 'dark', 'deep', 'wide',
  'tall', 'thin', 'thick', 'warm', 'cool', 'late', 'tight', 'loose', 'bright', 'fat', 'sharp', 'easy',
  'early', 'busy', 'heavy', 'dirty', 'pretty', 'ugly', 'tiny', 'lucky', 'happy', 'funny', 'healthy', 'wealthy',
]);

/** A lower-case comparative in -er, or "better", "worse", that "more" before it doubles. */
function isDoubledComparative(t: Token): boolean {
  if (t.kind !== 'word' || t.text !== t.lower || PRONOUN_MORE_COMPARATIVES.hasToken(t)) return false;
  if (t.lower === 'better' || t.lower === 'worse') return true;
  return t.lower.endsWith('er') && (lexiconEntry(t.lower)?.includes('JJR') ?? false);
}

/** The -er (or -est) form of a short adjective that the lexicon knows: "big" → "bigger", "easy" → "easier". */
function inflected(adjective: string, ending: 'er' | 'est'): string | undefined {
  const tag = ending === 'er' ? 'JJR' : 'JJS';
  const stem = adjective.endsWith('y') ? `${adjective.slice(0, -1)}i` : adjective;
  const candidates = [`${stem}${ending}`, `${adjective}${ending.slice(1)}`, `${adjective}${adjective.at(-1)}${ending}`];
  return candidates.find((c) => lexiconEntry(c)?.includes(tag));
}

// Comparatives of time that follow "more" as a pronoun: "I will say more later", "she had eaten more earlier".
const PRONOUN_MORE_COMPARATIVES = new WordSet(['later', 'earlier', 'sooner', 'less', 'fewer', 'rather', 'further', 'farther']);

/**
 * Whether the comparative after "more" is an adjective's of its own that ends its phrase: "more better than", "more
 * happier now", "more colder will be". A noun, an adjective or a conjunction after it makes "more" count a noun
 * phrase ("more older people", "more senior and junior staff"), which English writes.
 */
function closesDoubledComparative(t: Token | undefined): boolean {
  if (t === undefined || t.kind === 'punct') return t === undefined || t.text !== '-';
  if (t.kind !== 'word') return false;
  const tag = primaryTag(t);
  return !(tag.startsWith('NN') || tag.startsWith('JJ') || tag === 'CC' || tag === 'CD');
}

const SUPERLATIVE_RANGE = new Set(['in', 'of', 'on', 'among', 'at', 'ever']);
const COUNTABLE = new WordSet(countable.nouns);

/**
 * "the most big city", "the most cheap model": after "the most" a short adjective and a singular countable noun that
 * ends its phrase make a superlative (Russian "самый большой город", Chinese "最大的城市"). Before a plural or a mass
 * noun "most" is a quantity ("the most new cases since May", "the most cold weather").
 */
function beforeSingularNoun(tokens: readonly Token[], adjective: number): boolean {
  const noun = tokens[adjective + 1];
  if (noun === undefined || noun.kind !== 'word' || noun.text !== noun.lower || primaryTag(noun) !== 'NN' || !COUNTABLE.hasToken(noun)) return false;
  const next = tokens[adjective + 2];
  // "the most high school students": the noun modifies another.
  return next === undefined || next.kind !== 'word' || !primaryTag(next).startsWith('NN');
}

/** The word after the adjective ends the comparison: "than", or punctuation that closes the phrase. */
function endsComparison(t: Token | undefined): boolean {
  return t === undefined || t.lower === 'than' || (t.kind === 'punct' && /^[.,;!?)]$/.test(t.text));
}

export default defineRule({
  meta: {
    id: 'more-with-short-adjective',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"more" or "most" with a short adjective that takes -er/-est: "more cheap than", "the most big".',
    sourceHint: 'Spanish "más", Italian "più", French "plus", Portuguese "mais", Chinese "更/最", which make every comparative with a word.',
    fixable: true,
  },
  needs: [new Set(['more', 'most'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const more = tokens[i]!;
      if (more.lower !== 'more' && more.lower !== 'most') continue;
      const adjective = tokens[i + 1]!;
      // "more better than", "more taller": the comparative already carries the -er, and "more" doubles it (Turkish
      // "daha iyi", Hindi "zyada behtar", Indonesian "lebih pintar" read word for word next to an English -er form).
      if (more.lower === 'more' && isDoubledComparative(adjective) && closesDoubledComparative(tokens[i + 2]) && !quotedMask(sentence)[i]) {
        reports.push({
          start: more.start,
          end: adjective.end,
          message: `"${more.text} ${adjective.text}" marks the comparative twice: "${adjective.text}" is one already.`,
          suggestions: [{ start: more.start, end: adjective.end, replacement: /^\p{Lu}/u.test(more.text) ? adjective.text[0]!.toUpperCase() + adjective.text.slice(1) : adjective.text }],
        });
        continue;
      }
      // "more big names", "more old and new cars": "more" counts the noun after the adjective.
      if (!SHORT_ADJECTIVES.hasToken(adjective) || adjective.text !== adjective.lower) continue;
      // "the most high in the region", "the most fast of all": a superlative after "the" may take its range.
      const afterThe = more.lower === 'most' && tokens[i - 1]?.lower === 'the';
      const range = afterThe && SUPERLATIVE_RANGE.has(tokens[i + 2]?.lower ?? '');
      // "the most big-name signing": a hyphen makes a compound adjective.
      const attributive = afterThe && tokens[i + 2]?.start !== adjective.end && beforeSingularNoun(tokens, i + 1);
      if (!range && !attributive && !endsComparison(tokens[i + 2])) continue;
      const form = inflected(adjective.lower, more.lower === 'more' ? 'er' : 'est');
      if (form === undefined || quotedMask(sentence)[i]) continue;
      const replacement = /^\p{Lu}/u.test(more.text) ? form[0]!.toUpperCase() + form.slice(1) : form;
      reports.push({
        start: more.start,
        end: adjective.end,
        message: `"${more.text} ${adjective.text}" builds the ${more.lower === 'more' ? 'comparative' : 'superlative'} with a word, as the source language does; English says "${form}".`,
        suggestions: [{ start: more.start, end: adjective.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Train tickets are now more cheap than flights.', output: 'Train tickets are now cheaper than flights.' },
      { text: 'The new tower is the most high in the region.', output: 'The new tower is the highest in the region.' },
      { text: 'The second route is more easy.', output: 'The second route is easier.' },
      { text: 'This is the most old house in the village.', output: 'This is the oldest house in the village.' },
      { text: 'The new model is more better than the old one.', output: 'The new model is better than the old one.' },
      { text: 'She is more taller than her brother.', output: 'She is taller than her brother.' },
    ],
    valid: [
      'Train tickets are now cheaper than flights.',
      'The club signed more big names in May.',
      'The fleet has more old and new ships than before.',
      'The answer is more clear now.',
      'It could not be more true.',
      'The town needs more young doctors.',
      'She wanted more, not less.',
      'Most big cities have a metro.',
      'The region reported the most new cases this week.',
      'Of all the players, she had the most big-match experience.',
      'The school had the most high school graduates.',
      'More older people now live alone.',
      'I will say more later.',
      'The ward needs more junior doctors and more nurses.',
    ],
  },
});
