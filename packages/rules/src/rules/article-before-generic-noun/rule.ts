import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isWordToken, primaryTag, quotedMask, WordSet } from '@mtlint/text';

// Greek (η ανεργία), Arabic (السياحة), Swedish, Danish and Norwegian (arbetslösheten, with the article as a suffix),
// French, Italian and Portuguese put the definite article on a noun used in general, and MT writes "The unemployment
// fell", "The tourism is the main industry". English names a field, a state of society or life in general with no
// article: "Unemployment fell", "Tourism is the main industry".

// Nouns that English uses bare when they name the thing in general, and seldom as "the" + noun with the verb right
// after (which would point back to one case of it). Brown opens sentences with "The industry has", "The water was",
// "The society is", each pointing back: such nouns are not listed.
const GENERIC_NOUNS = new WordSet([
  'tourism', 'unemployment', 'inflation', 'nature', 'mankind', 'humanity', 'agriculture', 'terrorism', 'racism',
  'democracy', 'poverty', 'immigration', 'emigration', 'globalization', 'globalisation', 'capitalism', 'socialism',
  'communism', 'nationalism', 'life', 'employment',
]);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;

export default defineRule({
  meta: {
    id: 'article-before-generic-noun',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.75,
    description: '"The" before a noun used in general, opening the sentence: "The unemployment fell", "The tourism is the main industry".',
    sourceHint: 'Greek, Arabic, the Scandinavian languages and the Romance languages, which put the article on nouns used in general.',
    fixable: true,
  },
  needs: [(t) => GENERIC_NOUNS.has(t.lower)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const the = tokens[0];
    const noun = tokens[1];
    const verb = tokens[2];
    if (the?.text !== 'The' || !isWordToken(noun) || noun.text !== noun.lower || !GENERIC_NOUNS.has(noun.lower)) return [];
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
  },
  examples: {
    invalid: [
      { text: 'The unemployment fell to six percent.', output: 'Unemployment fell to six percent.' },
      { text: 'The tourism is the main industry of the island.', output: 'Tourism is the main industry of the island.' },
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
    ],
  },
});
