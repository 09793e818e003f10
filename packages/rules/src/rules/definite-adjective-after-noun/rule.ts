import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// Arabic puts the adjective after its noun and repeats the article on it (المرأة العجوز "the woman the old",
// الأسواق العالمية "the markets the global"), and MT that keeps both articles writes "the team the Moroccan won".
// English has one article and the adjective first: "the old woman", "global markets".

// Adjectives that never follow "the" as an adjective of a noun after it in English, or that English uses there in
// other ways: "the same", "the other", "the former", "the latter", "the whole", "the most".
// Ordinals rank the noun as an object's complement: "makes the trip the first of a series" (Brown).
const NOT_READ = new WordSet([
  'same', 'other', 'former', 'latter', 'whole', 'only', 'most', 'least', 'very', 'such', 'own', 'first', 'second', 'third', 'last', 'final',
]);
// Adjectives English uses as nouns for a group of people ("the money the poor need", "the day the British arrived"):
// a reduced relative clause with such a subject is English, so these count only where no verb follows.
const GROUP_ADJECTIVES = new WordSet([
  'poor', 'rich', 'old', 'young', 'elderly', 'sick', 'dead', 'wounded', 'homeless', 'unemployed', 'disabled', 'blind',
  'deaf', 'living', 'wealthy', 'weak', 'strong', 'brave', 'faithful', 'innocent', 'guilty', 'powerful', 'famous', 'new',
  'french', 'british', 'english', 'dutch', 'irish', 'swiss', 'spanish', 'chinese', 'japanese', 'welsh', 'scottish',
]);

/**
 * An adjective with no noun reading, in its plain form, lower case or a capitalised nationality ("Moroccan"). A word
 * that can be a noun heads a phrase of its own after a clause boundary English leaves unmarked: "In the event the
 * total of …", "In both cases the individual tends", "no matter the subject" (Brown).
 */
function isPlainAdjective(t: Token | undefined): t is Token {
  if (!isWordToken(t) || NOT_READ.hasToken(t) || t.tags.includes('NN') || t.tags.includes('NNS')) return false;
  if (t.text === t.lower) return primaryTag(t) === 'JJ';
  // A nationality is also a proper noun to the lexicon ("Moroccan", "Spanish").
  return t.tags.includes('JJ') && /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$/u.test(t.text);
}

/** The word after the adjective closes the phrase; a verb there only where the adjective cannot name a group. */
function closesPhrase(t: Token | undefined, adjective: Token): boolean {
  if (t === undefined) return true;
  if (t.kind === 'punct') return t.text !== '-' && t.text !== "'";
  if (!isWordToken(t)) return false;
  const tag = primaryTag(t);
  // A conjunction joins a second adjective of a noun to come ("the emotional and perceptual sensitivity", Brown).
  if (tag === 'IN' || tag === 'TO') return true;
  return /^(VBD|VBZ|VBP|MD)$/.test(tag) && !t.tags.some((other) => other.startsWith('NN')) && !GROUP_ADJECTIVES.hasToken(adjective);
}

export default defineRule({
  meta: {
    id: 'definite-adjective-after-noun',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'An adjective after its noun with an article of its own: "the woman the old", "in the markets the global".',
    sourceHint: 'Arabic, which repeats the article on an adjective after its noun (المرأة العجوز).',
    fixable: true,
  },
  needs: [(t) => t.lower === 'the'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 2 < tokens.length; i++) {
      const noun = tokens[i]!;
      const article = tokens[i + 1]!;
      if (article.lower !== 'the' || !isWordToken(noun) || noun.text !== noun.lower || !/^NNS?$/.test(primaryTag(noun))) continue;
      // "the" or a possessive before the noun, as the Arabic article or suffix gives it; other determiners ("both
      // conditions the emotional", "these states the average", Brown) open a phrase before a clause boundary.
      const determiner = tokens[i - 1]!;
      if (determiner.lower !== 'the' && !(isWordToken(determiner) && primaryTag(determiner) === 'PRP$')) continue;
      const adjective = tokens[i + 2];
      if (!isPlainAdjective(adjective) || !closesPhrase(tokens[i + 3], adjective) || quotedMask(sentence)[i + 2]) continue;
      const order = `${adjective.text} ${noun.text}`;
      reports.push({
        start: noun.start,
        end: adjective.end,
        message: `English puts the adjective before its noun, with one article: "${determiner.text} ${order}".`,
        suggestions: [{ start: noun.start, end: adjective.end, replacement: order }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'They met the delegation the Egyptian on Monday.', output: 'They met the Egyptian delegation on Monday.' },
      { text: 'Gold rose in the markets the global.', output: 'Gold rose in the global markets.' },
      { text: 'The army the Iraqi entered the city.', output: 'The Iraqi army entered the city.' },
    ],
    valid: [
      'The old woman sat on the chair.',
      'The sooner the better.',
      'It is the money the poor need most.',
      'On the day the British arrived, it rained.',
      'They painted the house the same colour.',
      'He met the woman the other day.',
      'She gave the children the best seats.',
      'The year the war ended, he came home.',
      'The team the experts backed lost.',
      'We liked the film the most.',
    ],
  },
});
