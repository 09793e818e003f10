import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isPreposition, isTimePhrase, isVerb, isWordToken, lemma, primaryTag, quotedMask, type Sentence, WordSet } from '@mtlint/text';

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
  'communism', 'nationalism', 'life', 'employment', 'health', 'love', 'happiness',
];
const GENERIC_NOUNS = new WordSet(GENERIC_WORDS);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
// States of society and fields that English names bare inside a sentence too, where "the" + noun with nothing after it
// (a preposition's or a verb's object at the end of its phrase) hardly ever points back to one case: Brown has no
// "against the inflation." or "reduce the poverty,". The same nouns as at the sentence's start but "life", "nature" and
// "employment" ("enjoyed the life.", "for the life of me", "ended the employment"), and more states of society.
// "the love.", "the health." and "the happiness." inside a sentence point back to one person's.
const POINTING_BACK = new Set(['nature', 'life', 'employment', 'health', 'love', 'happiness']);
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

// Games played and languages spoken: English names them bare after the verbs of doing them ("plays football",
// "speaks French"); Brown has no "play the football" and its one "study the Chinese" has "language" after it.
const SPORTS = new WordSet(['football', 'soccer', 'tennis', 'basketball', 'volleyball', 'hockey', 'golf', 'chess', 'baseball', 'rugby', 'cricket', 'handball', 'badminton', 'squash', 'polo']);
const LANGUAGES = new WordSet([
  'english', 'french', 'spanish', 'german', 'russian', 'chinese', 'italian', 'polish', 'portuguese', 'arabic', 'japanese',
  'latin', 'greek', 'hebrew', 'dutch', 'swedish', 'korean', 'turkish', 'czech', 'ukrainian', 'mandarin', 'hindi',
]);
// "the English" is also the people: only the verbs of using a language, and only before what ends the phrase, "and",
// an adverb of manner ("fluently", "well") or, after "speak", a preposition ("speaks the French at home").
const LANGUAGE_VERBS = new WordSet(['speak', 'learn', 'study', 'teach', 'understand']);
const SPEAK = 'speak';
// Meals after "have": "had the breakfast at seven" is "had breakfast" (French "prendre le petit-déjeuner", Spanish
// "tomar el desayuno"); a meal pointed back to has a phrase after it ("had the lunch they ordered").
const MEALS = new WordSet(['breakfast', 'lunch', 'dinner', 'supper', 'brunch']);
const MEAL_AFTER = new WordSet(['at', 'together', 'early', 'late', 'with', 'in', 'on', 'before', 'after', 'and']);

/** The words after "the" + noun let it be the activity named bare: the phrase ends there, or a manner or a time follows. */
function endsActivity(tokens: Sentence['tokens'], at: number, prepositions: boolean): boolean {
  const after = tokens[at];
  if (after === undefined || PHRASE_END.has(after.text)) return true;
  // "plays the football every weekend", "learned the Spanish in three months".
  if (isTimePhrase(tokens, at)) return true;
  if (!isWordToken(after) || after.text !== after.lower) return false;
  // "and", "or", or an adverb: "fluently", "well", "twice a week", "again".
  if (after.lower === 'and' || after.lower === 'or' || primaryTag(after).startsWith('RB')) return true;
  return prepositions && isPreposition(after) && after.lower !== 'of' && after.lower !== 'that';
}

/** "plays the football", "speaks the English", "had the breakfast at seven": the article on an activity. */
function activity(sentence: Sentence): Report[] {
  const tokens = sentence.tokens;
  const reports: Report[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const the = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (the.lower !== 'the' || !isWordToken(noun)) continue;
    // The verb right before, or "and the" in a list after it ("speaks the English and the French").
    let v = i - 1;
    while (v > 1 && tokens[v]!.lower === 'and' && tokens[v - 1]!.kind === 'word' && tokens[v - 2]?.lower === 'the') v -= 3;
    const verb = tokens[v];
    if (!isWordToken(verb) || verb.text !== verb.lower || !isVerb(verb)) continue;
    const lemmaOf = lemma.of(verb);
    const after = tokens[i + 2];
    const plays = lemmaOf === 'play' && SPORTS.has(noun.text) && endsActivity(tokens, i + 2, true);
    const speaks = LANGUAGE_VERBS.has(lemmaOf) && LANGUAGES.hasToken(noun) && /^\p{Lu}\p{Ll}/u.test(noun.text) && endsActivity(tokens, i + 2, lemmaOf === SPEAK);
    const eats = lemmaOf === 'have' && MEALS.has(noun.text) && (after === undefined || PHRASE_END.has(after.text) || MEAL_AFTER.hasToken(after));
    if (!(plays || speaks || eats)) continue;
    if (quotedMask(sentence)[i]) continue;
    reports.push({
      start: the.start,
      end: noun.end,
      message: `${speaks ? 'A language' : plays ? 'A game' : 'A meal'} in general takes no article in English: "${noun.text}".`,
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
  needs: [(t) => GENERIC_NOUNS.hasToken(t) || ABSTRACT_NOUNS.hasToken(t) || SPORTS.hasToken(t) || LANGUAGES.hasToken(t) || MEALS.hasToken(t)],
  detectSentence(sentence) {
    const inside = genericInside(sentence);
    const activities = activity(sentence);
    return inside.length > 0 ? [...inside, ...activities] : [...opening(sentence), ...activities];
  },
  examples: {
    invalid: [
      { text: 'The unemployment fell to six percent.', output: 'Unemployment fell to six percent.' },
      { text: 'The tourism is the main industry of the island.', output: 'Tourism is the main industry of the island.' },
      { text: 'The party promised a tougher fight against the corruption.', output: 'The party promised a tougher fight against corruption.' },
      { text: 'New taxes should reduce the pollution, the minister said.', output: 'New taxes should reduce pollution, the minister said.' },
      { text: 'Her son plays the tennis twice a week.', output: 'Her son plays tennis twice a week.' },
      { text: 'The new coach speaks the Italian fluently.', output: 'The new coach speaks Italian fluently.' },
      { text: 'The delegates had the dinner at the hotel.', output: 'The delegates had dinner at the hotel.' },
      { text: 'The health is more important than wealth.', output: 'Health is more important than wealth.' },
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
      'She plays the piano and the violin.',
      'He plays the ball back to the keeper.',
      'The English spoken in Dublin is melodic.',
      'She speaks the English of the old gentry.',
      'He studied the French in Algeria for his book.',
      'The Romans taught the English how to build roads.',
      'We had the lunch that the hotel had packed.',
      'He ate the dinner at his desk.',
      'The health of the economy is improving.',
      'The violence spread to the suburbs.',
    ],
  },
});
