import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isDeterminer, isPreposition, isWordToken, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';

// French "des informations", "des conseils", "des équipements", Spanish "informaciones", "equipos", Italian "le
// informazioni", "i consigli", "i progressi", Portuguese "informações", Chinese and Japanese nouns with no number at all:
// MT counts what English treats as a mass ("informations", "many advices", "new equipments", "an information").

/** Plurals English does not form, with the mass noun. "progresses" is also a verb and is read only after a determiner or adjective. */
const MASS_PLURALS: WordMap<string> = new WordMap([
  ['informations', 'information'], ['advices', 'advice'], ['equipments', 'equipment'], ['furnitures', 'furniture'],
  ['feedbacks', 'feedback'], ['softwares', 'software'], ['hardwares', 'hardware'], ['luggages', 'luggage'],
  ['baggages', 'baggage'], ['homeworks', 'homework'], ['machineries', 'machinery'], ['personnels', 'personnel'],
  ['progresses', 'progress'], ['knowledges', 'knowledge'], ['jewelries', 'jewelry'], ['jewelleries', 'jewellery'],
  ['researches', 'research'], ['evidences', 'evidence'], ['helps', 'help'],
]);
/** Mass nouns that Romance MT counts with "a"/"an" ("an information"): English counts them with "a piece of". */
const COUNTED_WITH_PIECE = new WordSet(['information', 'advice', 'equipment', 'furniture', 'luggage', 'baggage', 'homework']);
// Words before the plural that make it a verb: "he advices", "as the work progresses", "which progresses".
const SUBJECT_WORDS = new WordSet(['he', 'she', 'it', 'who', 'which', 'that', 'work', 'disease', 'game', 'year', 'day', 'story', 'season', 'project', 'time', 'war']);
const VERB_ONLY_AFTER_DETERMINER = new WordSet(['progresses', 'advices']);
// Plurals older English also wrote ("their researches into", Brown's "grim evidences of", "the evidences of a saving
// faith") and verbs ("it helps"): read only after a word that counts them, where a verb cannot stand.
const ONLY_WHEN_COUNTED = new WordSet(['researches', 'evidences', 'helps']);
const NUMBER_WORD_LIST = ['several', 'numerous', 'various', 'few', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NUMBER_WORDS = new WordSet(NUMBER_WORD_LIST);
const COUNTERS = new WordSet([...NUMBER_WORD_LIST, 'many', 'these', 'those', 'some', 'other', 'more']);
const SINGULAR_VERB: WordMap<string> = new WordMap([['are', 'is'], ['were', 'was'], ['have', 'has']]);
// Mass nouns that are no verb, so that "many" or "few" before them is no pronoun subject ("many research the topic",
// "few help"), and "news", singular in form. "knowledge" (Brown's "a thorough knowledge of") and "feedback" ("a
// positive feedback exists", a loop) are also counted in English.
const MASS_NOUNS = new WordSet([
  'information', 'advice', 'equipment', 'furniture', 'luggage', 'baggage', 'homework', 'machinery', 'software',
  'hardware', 'news', 'evidence',
]);

// What English says for a quantity word that counts, before a mass noun: "many information" → "much information".
const MASS_QUANTIFIERS: WordMap<string> = new WordMap([['many', 'much'], ['few', 'little'], ['several', 'some'], ['numerous', 'much']]);
const NEEDS = new Set([...MASS_PLURALS.keys(), 'a', 'an', ...MASS_QUANTIFIERS.keys()]);


/** The word before the noun makes it a noun: a determiner, an adjective, a quantifier, a number or a preposition. */
function nounContext(before: Token | undefined): boolean {
  if (before === undefined || before.kind === 'punct') return false;
  return before.kind === 'number' || isDeterminer(before) || isAdjective(before) || isPreposition(before) || NUMBER_WORDS.hasToken(before) || before.lower === 'many';
}

/** The noun ends its phrase: not "an information desk", "a news agency", "a software-based tool". */
function endsPhrase(after: Token | undefined): boolean {
  if (after?.text === '-') return false;
  return !(after !== undefined && after.kind === 'word' && /^(NN|NNS|NNP|NNPS|VBG|POS)$/.test(primaryTag(after)));
}

/**
 * "a good news", "a new furniture", "many information", "a few information": a mass noun after "a" and one or two
 * adjectives, or after a quantity word that counts ("many", "few", "several", "numerous"), at the end of its phrase.
 */
function countedMass(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const quantifier = MASS_QUANTIFIERS.getToken(t);
  let k = i + 1;
  if (quantifier === undefined) {
    // "a good news": adjectives between, up to two (with none, "an information" is read below with its own rewrite).
    while (k < i + 3 && isWordToken(tokens[k]) && isAdjective(tokens[k]!) && tokens[k]!.text === tokens[k]!.lower && !MASS_NOUNS.hasToken(tokens[k]!)) k++;
    // "a little hardware" (Brown): "a little" is a quantity of the mass noun; "a few" is read at "few".
    if (k === i + 1 || tokens[i + 1]!.lower === 'little' || tokens[i + 1]!.lower === 'few') return undefined;
  }
  const noun = tokens[k];
  if (noun === undefined || !MASS_NOUNS.hasToken(noun) || noun.text !== noun.lower || !endsPhrase(tokens[k + 1])) return undefined;
  // "a few information": the quantity is "a few", whose rewrite is "a little".
  const start = quantifier !== undefined && t.lower === 'few' && tokens[i - 1]?.lower === 'a' ? i - 1 : i;
  const first = tokens[start]!;
  return {
    start: first.start,
    end: noun.end,
    message: `"${noun.lower}" is uncountable in English: ${quantifier === undefined ? `"${tokens.slice(i + 1, k + 1).map((x) => x.text).join(' ')}", without "${t.text}"` : `"${quantifier} ${noun.lower}"`}.`,
    // Dropping "a" keeps the sentence's capital on the adjective: "A good news came" → "Good news came".
    suggestions: [quantifier === undefined ? { start: t.start, end: tokens[i + 1]!.end, replacement: withCaseOf(t.text, tokens[i + 1]!.text) } : { start: first.start, end: t.end, replacement: withCaseOf(first.text, start < i ? 'a little' : quantifier) }],
  };
}

const isCounter = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || COUNTERS.hasToken(t));

/** A number or quantifier counts the noun at `i`, perhaps across one adjective: "several evidences", "two new evidences". */
function counted(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return isCounter(before) || (before !== undefined && isAdjective(before) && isCounter(tokens[i - 2]));
}

/** The rewrite of the plural with what counts it: "many advices" → "much advice", "three advices" → "three pieces of advice". */
function massRewrite(tokens: readonly Token[], i: number, mass: string): { start: number; replacement: string } {
  const noun = tokens[i]!;
  const before = tokens[i - 1];
  if (before?.lower === 'many') return { start: before.start, replacement: withCaseOf(before.text, `much ${mass}`) };
  if (before !== undefined && (before.kind === 'number' || NUMBER_WORDS.hasToken(before))) return { start: noun.start, replacement: `pieces of ${mass}` };
  if (before?.lower === 'these' || before?.lower === 'those') return { start: before.start, replacement: withCaseOf(before.text, `${before.lower === 'these' ? 'this' : 'that'} ${mass}`) };
  return { start: noun.start, replacement: withCaseOf(noun.text, mass) };
}

export default defineRule({
  meta: {
    id: 'uncountable-noun-plural',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A mass noun in the plural or with "a": "all the informations", "new equipments", "many advices", "an information".',
    sourceHint: 'French, Spanish, Italian and Portuguese count these nouns (des informations, equipos, i consigli); Chinese and Japanese mark no number, and MT picks one.',
    fixable: true,
  },
  needs: [NEEDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const mass = MASS_PLURALS.getToken(t);
      if (mass !== undefined) {
        const before = tokens[i - 1];
        if (before !== undefined && SUBJECT_WORDS.hasToken(before)) continue;
        if (VERB_ONLY_AFTER_DETERMINER.hasToken(t) && !nounContext(before)) continue;
        if (ONLY_WHEN_COUNTED.hasToken(t) && !counted(tokens, i)) continue;
        const { start, replacement } = massRewrite(tokens, i, mass);
        // The verb right after agrees with the mass noun: "these informations were" → "this information was".
        const next = tokens[i + 1];
        // "pieces of" keeps the plural verb: "several equipments were" → "several pieces of equipment were".
        const singularVerb = next === undefined || replacement.startsWith('pieces') ? undefined : SINGULAR_VERB.getToken(next);
        reports.push({
          start: t.start,
          end: t.end,
          message: `"${mass}" is uncountable in English: "${mass}", not "${t.text}".`,
          suggestions: [singularVerb === undefined ? { start, end: t.end, replacement } : { start, end: next!.end, replacement: `${replacement} ${singularVerb}` }],
        });
        continue;
      }
      if (t.lower === 'a' || t.lower === 'an' || MASS_QUANTIFIERS.has(t.lower)) {
        const report = countedMass(tokens, i);
        if (report !== undefined) {
          reports.push(report);
          continue;
        }
      }
      // "an information", "an advice": the noun ends its phrase (not "an information bulletin", "an advice column").
      if ((t.lower === 'a' || t.lower === 'an') && COUNTED_WITH_PIECE.has(tokens[i + 1]?.lower ?? '')) {
        const noun = tokens[i + 1]!;
        if (!endsPhrase(tokens[i + 2])) continue;
        reports.push({
          start: t.start,
          end: noun.end,
          message: `"${noun.lower}" is uncountable in English: "${noun.lower}" or "a piece of ${noun.lower}", not "${t.text} ${noun.text}".`,
          suggestions: [{ start: t.start, end: noun.end, replacement: withCaseOf(t.text, `a piece of ${noun.lower}`) }],
        });
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The website gives all the informations you need.', output: 'The website gives all the information you need.' },
      { text: 'The hospital received new equipments from the state.', output: 'The hospital received new equipment from the state.' },
      { text: 'The coach gave the players many advices.', output: 'The coach gave the players much advice.' },
      { text: 'These informations were confirmed by the police.', output: 'This information was confirmed by the police.' },
      { text: 'The talks made important progresses on trade.', output: 'The talks made important progress on trade.' },
      { text: 'The minister gave an information that proved false.', output: 'The minister gave a piece of information that proved false.' },
      { text: 'Staff collected three luggages from the train.', output: 'Staff collected three pieces of luggage from the train.' },
      { text: 'Several equipments were damaged in transit.', output: 'Several pieces of equipment were damaged in transit.' },
      { text: 'Investigators found several evidences at the scene.', output: 'Investigators found several pieces of evidence at the scene.' },
      { text: 'These researches were funded by the state.', output: 'This research was funded by the state.' },
      { text: 'The course gives students many knowledges.', output: 'The course gives students much knowledge.' },
      { text: 'We have a good news for the fans.', output: 'We have good news for the fans.' },
      { text: 'The family bought a new furniture for the flat.', output: 'The family bought new furniture for the flat.' },
      { text: 'There is many information on the website.', output: 'There is much information on the website.' },
      { text: 'The police have a few evidence against him.', output: 'The police have a little evidence against him.' },
    ],
    valid: [
      'The website gives all the information you need.',
      'As the work progresses, the costs rise.',
      'The disease progresses slowly in older patients.',
      'She runs an information desk at the station.',
      'He writes an advice column for the paper.',
      'The firm sells an equipment-leasing plan.',
      'The newspaper printed a piece of advice for drivers.',
      'The company ships furniture and equipment.',
      'Which progresses faster, the first or the second?',
      'Their researches into the old records took years.',
      'The letters were grim evidences of the war.',
      'A short rest helps the body recover.',
      'Several helpers joined the team.',
      'She has a good knowledge of French.',
      'He called a news conference on Friday.',
      'They work for a small software company.',
      'Many research the topic for years.',
      'How many news outlets covered it?',
      'We have good news for the fans.',
      'There is a good deal of information on the website.',
    ],
  },
});
