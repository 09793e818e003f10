import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isDeterminer, isPreposition, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';

// French "des informations", "des conseils", "des équipements", Spanish "informaciones", "equipos", Italian "le
// informazioni", "i consigli", "i progressi", Portuguese "informações", Chinese and Japanese nouns with no number at all:
// MT counts what English treats as a mass ("informations", "many advices", "new equipments", "an information").

/** Plurals English does not form, with the mass noun. "progresses" is also a verb and is read only after a determiner or adjective. */
const MASS_PLURALS: ReadonlyMap<string, string> = new WordMap([
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
const SINGULAR_VERB: ReadonlyMap<string, string> = new WordMap([['are', 'is'], ['were', 'was'], ['have', 'has']]);
const NEEDS = new Set([...MASS_PLURALS.keys(), 'a', 'an']);


/** The word before the noun makes it a noun: a determiner, an adjective, a quantifier, a number or a preposition. */
function nounContext(before: Token | undefined): boolean {
  if (before === undefined || before.kind === 'punct') return false;
  return before.kind === 'number' || isDeterminer(before) || isAdjective(before) || isPreposition(before) || NUMBER_WORDS.has(before.lower) || before.lower === 'many';
}

const isCounter = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || COUNTERS.has(t.lower));

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
  if (before !== undefined && (before.kind === 'number' || NUMBER_WORDS.has(before.lower))) return { start: noun.start, replacement: `pieces of ${mass}` };
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
      const mass = MASS_PLURALS.get(t.lower);
      if (mass !== undefined) {
        const before = tokens[i - 1];
        if (before !== undefined && SUBJECT_WORDS.has(before.lower)) continue;
        if (VERB_ONLY_AFTER_DETERMINER.has(t.lower) && !nounContext(before)) continue;
        if (ONLY_WHEN_COUNTED.has(t.lower) && !counted(tokens, i)) continue;
        const { start, replacement } = massRewrite(tokens, i, mass);
        // The verb right after agrees with the mass noun: "these informations were" → "this information was".
        const next = tokens[i + 1];
        // "pieces of" keeps the plural verb: "several equipments were" → "several pieces of equipment were".
        const singularVerb = next === undefined || replacement.startsWith('pieces') ? undefined : SINGULAR_VERB.get(next.lower);
        reports.push({
          start: t.start,
          end: t.end,
          message: `"${mass}" is uncountable in English: "${mass}", not "${t.text}".`,
          suggestions: [singularVerb === undefined ? { start, end: t.end, replacement } : { start, end: next!.end, replacement: `${replacement} ${singularVerb}` }],
        });
        continue;
      }
      // "an information", "an advice": the noun ends its phrase (not "an information bulletin", "an advice column").
      if ((t.lower === 'a' || t.lower === 'an') && COUNTED_WITH_PIECE.has(tokens[i + 1]?.lower ?? '')) {
        const noun = tokens[i + 1]!;
        const after = tokens[i + 2];
        if (after !== undefined && after.kind === 'word' && /^(NN|NNS|NNP|NNPS|VBG|POS)$/.test(primaryTag(after))) continue;
        if (after?.text === '-') continue;
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
    ],
  },
});
