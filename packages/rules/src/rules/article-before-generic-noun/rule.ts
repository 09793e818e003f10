import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isPreposition, isVerb, isWordToken, primaryTag, quotedMask, type Sentence, WordSet } from '@mtlint/text';

// Greek (η ανεργία), Arabic (السياحة), Swedish, Danish and Norwegian (arbetslösheten, with the article as a suffix),
// French, Italian and Portuguese put the definite article on a noun used in general, and MT writes "The unemployment
// fell", "The tourism is the main industry". English names a field, a state of society or life in general with no
// article: "Unemployment fell", "Tourism is the main industry".

// Nouns that English uses bare when they name the thing in general, and seldom as "the" + noun with the verb right
// after (which would point back to one case of it). Brown opens sentences with "The industry has", "The water was",
// "The society is", each pointing back: such nouns are not listed.
const GENERIC_WORDS = [
  'tourism', 'unemployment', 'inflation', 'nature', 'mankind', 'humanity', 'agriculture', 'terrorism', 'racism',
  'democracy', 'poverty', 'immigration', 'emigration', 'globalization', 'globalisation', 'capitalism', 'socialism',
  'communism', 'nationalism', 'life', 'employment',
];
const GENERIC_NOUNS = new WordSet(GENERIC_WORDS);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
// States of society and fields that English names bare inside a sentence too, where "the" + noun with nothing after it
// (a preposition's or a verb's object at the end of its phrase) hardly ever points back to one case: Brown has no
// "against the inflation." or "reduce the poverty,". The same nouns as at the sentence's start but "life", "nature" and
// "employment" ("enjoyed the life.", "for the life of me", "ended the employment"), and more states of society.
const POINTING_BACK = new Set(['nature', 'life', 'employment']);
const ABSTRACT_NOUNS = new WordSet([
  ...GENERIC_WORDS.filter((w) => !POINTING_BACK.has(w)),
  'corruption', 'pollution', 'bureaucracy', 'extremism', 'inequality', 'obesity', 'illiteracy',
]);
const PHRASE_END = new WordSet(['.', ',', ';', ':', '!', '?']);

/**
 * "measures against the inflation.", "to fight the corruption,": "the" + a listed noun after a preposition or a verb,
 * ending its phrase.
 */
function genericInside(sentence: Sentence): Report[] {
  const tokens = sentence.tokens;
  const reports: Report[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const the = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (the.lower !== 'the' || !ABSTRACT_NOUNS.has(noun.text)) continue;
    const after = tokens[i + 2];
    if (after !== undefined && !PHRASE_END.has(after.text)) continue;
    const before = tokens[i - 1]!;
    if (!isWordToken(before) || !(isPreposition(before) || isVerb(before)) || before.lower === 'of') continue;
    if (quotedMask(sentence)[i]) continue;
    reports.push({
      start: the.start,
      end: noun.end,
      message: `"${noun.text}" in general takes no article in English: "${before.text} ${noun.text}".`,
      suggestions: [{ start: the.start, end: noun.start, replacement: '' }],
    });
  }
  return reports;
}

/** "The unemployment fell": the sentence opens with "The" + a listed noun, and its verb follows right after. */
function opening(sentence: Sentence): Report[] {
  const tokens = sentence.tokens;
  const the = tokens[0];
  const noun = tokens[1];
  const verb = tokens[2];
  if (the?.text !== 'The' || !isWordToken(noun) || noun.text !== noun.lower || !GENERIC_NOUNS.hasToken(noun)) return [];
  // The verb right after: any other word may restrict the noun to a case of it ("The life of a miner", "The nature
  // reserve", "The inflation that followed").
  if (!isWordToken(verb) || verb.text !== verb.lower) return [];
  // A past the lexicon reads first as its participle counts ("The tourism brought record revenues").
  const past = primaryTag(verb) === 'VBN' && verb.tags.includes('VBD');
  if (!(FINITE.test(primaryTag(verb)) || past || isAuxiliary(verb))) return [];
  if (quotedMask(sentence)[1]) return [];
  const bare = noun.text[0]!.toUpperCase() + noun.text.slice(1);
  const report: Report = {
    start: the.start,
    end: noun.end,
    message: `"${noun.text}" in general takes no article in English: "${bare} ${verb.text} …".`,
    suggestions: [{ start: the.start, end: noun.end, replacement: bare }],
  };
  return [report];
}

export default defineRule({
  meta: {
    id: 'article-before-generic-noun',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.75,
    description: '"The" before a noun used in general: "The unemployment fell", "The tourism is the main industry", "measures against the inflation".',
    sourceHint: 'Greek, Arabic, the Scandinavian languages and the Romance languages, which put the article on nouns used in general.',
    fixable: true,
  },
  needs: [(t) => GENERIC_NOUNS.hasToken(t) || ABSTRACT_NOUNS.hasToken(t)],
  detectSentence(sentence) {
    const inside = genericInside(sentence);
    return inside.length > 0 ? inside : opening(sentence);
  },
  examples: {
    invalid: [
      { text: 'The unemployment fell to six percent.', output: 'Unemployment fell to six percent.' },
      { text: 'The tourism is the main industry of the island.', output: 'Tourism is the main industry of the island.' },
      { text: 'The party promised a tougher fight against the corruption.', output: 'The party promised a tougher fight against corruption.' },
      { text: 'New taxes should reduce the pollution, the minister said.', output: 'New taxes should reduce pollution, the minister said.' },
    ],
    valid: [
      'Unemployment fell to six percent.',
      'The nature of the problem is clear.',
      'The life of a miner was hard.',
      'The inflation that followed ruined savers.',
      'The nature reserve opened in May.',
      'The industry has said that prices will rise.',
      'The water was deep.',
      'In the end, the life he chose was simple.',
      'The tourist season is short.',
      'Tourism is the main industry of the island.',
      'The cost of the inflation was borne by savers.',
      'They blamed the inflation of the 1970s.',
      'He enjoyed the life.',
    ],
  },
});
