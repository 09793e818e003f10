import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isAuxiliary, isPreposition, isTimePhrase, isVerb, isWordToken, lemma, primaryTag, quotedMask, type Sentence, type Token, WordSet } from '@mtlint/text';

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

// Verb + noun idioms that English says with no article ("lost control", "take care", "pay attention to") and that
// Spanish, Italian, French and German say with one (perdió el control, prestare l'attenzione, prendre le contrôle,
// die Kontrolle verlieren). Each noun with the verbs (lemmas) that make the idiom and the words that may follow it:
// anything else after the noun ("the control group", "the care that such a job requires", "paid the attention it
// deserved") may point to one case.
type VerbIdiom = { verbs: readonly string[]; next: readonly string[] };
const ANY_PREPOSITION = ['*'];
const VERB_IDIOMS = new Map<string, VerbIdiom>(Object.entries({
  control: { verbs: ['lose', 'regain', 'take', 'gain', 'seize', 'assume', 'retake', 'recover', 'wrest'], next: ANY_PREPOSITION },
  care: { verbs: ['take'], next: ['of', 'when', 'while', 'with', 'during', 'before', 'not'] },
  attention: { verbs: ['pay'], next: ['to'] },
  use: { verbs: ['make'], next: ['of'] },
  advantage: { verbs: ['take'], next: ['of'] },
  notice: { verbs: ['take'], next: ['of'] },
  part: { verbs: ['take'], next: ['in'] },
  progress: { verbs: ['make'], next: ['in', 'on', 'with', 'toward', 'towards'] },
  priority: { verbs: ['give'], next: ['to'] },
}));
const IDIOM_NOUNS = new WordSet([...VERB_IDIOMS.keys()]);

/** The word after a verb idiom's noun lets the idiom be bare: the phrase's end, or a word the idiom takes. */
function idiomMayEnd(idiom: VerbIdiom, after: Token | undefined): boolean {
  if (after === undefined || PHRASE_END.has(after.text)) return true;
  if (!isWordToken(after) || after.text !== after.lower) return false;
  if (idiom.next === ANY_PREPOSITION) return (isPreposition(after) && after.lower !== 'that') || after.lower === 'and' || isAdverb(after);
  return idiom.next.includes(after.lower);
}

// Adverbials English says with a bare noun at a clause's start ("In practice, …", "For example, …") that French,
// Spanish and Italian say with the article (en la práctica, in realtà, en el fondo): only before a comma, as Brown has
// "in the practice of their art", "believe in the theory".
const CLAUSE_ADVERBIALS = new Map<string, readonly string[]>([
  ['in', ['practice', 'reality', 'theory', 'principle', 'fact', 'general', 'particular', 'short', 'brief', 'conclusion', 'summary', 'truth', 'effect']],
  ['for', ['example', 'instance']],
]);
const ADVERBIAL_NOUNS = new WordSet([...CLAUSE_ADVERBIALS.values()].flat());
// Passives of permitting and forbidding, after which the law in general is bare: "prohibited by law" (prohibido por
// la ley, vietato dalla legge, gesetzlich verboten → "by the law").
const LEGAL_PASSIVES = new WordSet([
  'prohibited', 'forbidden', 'banned', 'required', 'punishable', 'permitted', 'allowed', 'regulated', 'guaranteed',
  'protected', 'mandated', 'obliged', 'obligated', 'punished',
]);
// Offices named for a field, which English gives no article ("councillor for culture", "minister of education"):
// Italian "assessore alla mobilità", Spanish "consejero de la cultura", French "ministre de l'Éducation". Fields English
// names with "the" in titles ("the Environment", "the Interior", "the Economy", "the Treasury") are not listed.
const OFFICE_NOUNS = new WordSet([
  'minister', 'ministry', 'secretary', 'commissioner', 'councillor', 'councilor', 'assessor', 'consultant', 'adviser',
  'advisor', 'expert', 'director', 'head', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'department',
  'professor', 'lecturer', 'coordinator', 'delegate', 'undersecretary', 'manager', 'chief', 'responsible', 'councilman',
]);
const FIELDS = new WordSet([
  'mobility', 'culture', 'education', 'sustainability', 'tourism', 'innovation', 'agriculture', 'welfare', 'youth',
  'equality', 'health', 'transport', 'housing', 'marketing', 'finance', 'justice', 'immigration', 'employment',
  'digitalisation', 'digitalization', 'urbanism',
]);

// Means of travel, bare after "by" ("by train", "by car"; Italian "in treno", Spanish "en el tren", German "mit dem
// Zug"), and the verbs of going they follow. "by the car" is also "beside the car" ("waited by the car"), and "hit by
// the train" an agent: only after a verb of going, with no participle right before "by".
const TRANSPORT = new WordSet(['train', 'bus', 'car', 'plane', 'airplane', 'aeroplane', 'boat', 'ship', 'taxi', 'bike', 'bicycle', 'subway', 'tram', 'ferry', 'metro', 'coach', 'underground', 'helicopter', 'motorbike', 'motorcycle']);
const GOING = new WordSet(['travel', 'go', 'come', 'arrive', 'commute', 'return', 'journey', 'leave', 'reach', 'move', 'get', 'fly', 'ride', 'head', 'set', 'cross', 'tour', 'continue']);

// Means of payment, which English names bare after "pay" ("pay by card", "paid in cash"; Italian "pagare con la carta",
// Spanish "pagar con la tarjeta", French "payer avec la carte"), with the English phrase for each.
const PAYMENT = new Map([['card', 'by card'], ['cash', 'in cash'], ['cheque', 'by cheque']]);
const PAYMENT_NOUNS = new WordSet([...PAYMENT.keys()]);
const CARD_KINDS = new WordSet(['credit', 'debit', 'bank']);
const PAYING = new WordSet(['pay']);

/**
 * The nearest verb before the preposition at `at`, a few words back, is one of `verbs`: "travelled across the desert
 * by the train", "had to pay with the card"; not "went home and sat by the car". Another word after "to" may be
 * its noun ("travel to work by the bus"): the walk goes on.
 */
function verbBefore(tokens: readonly Token[], at: number, verbs: WordSet): boolean {
  for (let v = at - 1; v >= Math.max(0, at - 7); v--) {
    const t = tokens[v]!;
    if (PHRASE_END.has(t.text)) return false;
    if (!isWordToken(t) || !isVerb(t)) continue;
    if (verbs.has(lemma.of(t))) return true;
    if (tokens[v - 1]?.lower !== 'to') return false;
  }
  return false;
}

const PLACE_ADVERBS = new WordSet(['here', 'there', 'online']);

/** Whether the phrase may end at `at`: punctuation, the end, a time, "and"/"or", "here", or a preposition other than "of". */
function phraseMayEnd(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at];
  if (after === undefined || PHRASE_END.has(after.text) || isTimePhrase(tokens, at)) return true;
  return isWordToken(after) && after.text === after.lower && (after.lower === 'and' || after.lower === 'or' || PLACE_ADVERBS.has(after.text) || (isPreposition(after) && after.lower !== 'of' && after.lower !== 'that'));
}

/** "the" + noun to be taken out, with its message. */
function dropThe(the: Token, noun: Token, message: string): Report {
  return { start: the.start, end: noun.end, message, suggestions: [{ start: the.start, end: noun.start, replacement: '' }] };
}

/**
 * "lost the control of the car", "take the care of", "In the practice, …", "prohibited by the law", "councillor for
 * the culture": "the" inside an English idiom or title that takes none.
 */
function articleInIdiom(sentence: Sentence): Report[] {
  const tokens = sentence.tokens;
  const reports: Report[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const the = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (the.lower !== 'the' || !isWordToken(noun) || noun.text !== noun.lower || quotedMask(sentence)[i]) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 2];
    const idiom = VERB_IDIOMS.get(noun.lower);
    // The verb in lower case, or opening an imperative ("Take the care of …").
    const verbCase = isWordToken(before) && (before.text === before.lower || i === 1);
    if (idiom !== undefined && verbCase && isVerb(before) && idiom.verbs.includes(lemma.of(before)) && idiomMayEnd(idiom, after)) {
      reports.push(dropThe(the, noun, `English says "${lemma.of(before)} ${noun.text}" with no article.`));
      continue;
    }
    const opensClause = i === 1 || PHRASE_END.has(tokens[i - 2]!.text) || tokens[i - 2]!.lower === 'and' || tokens[i - 2]!.lower === 'but';
    if (opensClause && after?.text === ',' && CLAUSE_ADVERBIALS.get(before.lower)?.includes(noun.lower)) {
      reports.push(dropThe(the, noun, `English says "${before.lower} ${noun.text}" with no article.`));
      continue;
    }
    if (before.lower === 'by' && noun.lower === 'law' && LEGAL_PASSIVES.has(tokens[i - 2]?.lower ?? '') && (after === undefined || PHRASE_END.has(after.text) || (isPreposition(after) && after.lower !== 'of') || after.lower === 'and')) {
      reports.push(dropThe(the, noun, 'The law in general is bare after a passive of permitting or forbidding: "by law".'));
      continue;
    }
    if (before.lower === 'by' && TRANSPORT.hasToken(noun) && (after === undefined || PHRASE_END.has(after.text) || isTimePhrase(tokens, i + 2) || (isPreposition(after) && after.lower !== 'of')) && verbBefore(tokens, i - 1, GOING)) {
      reports.push(dropThe(the, noun, `A means of travel after "by" takes no article: "by ${noun.text}".`));
      continue;
    }
    // "paid with the card", "pay with the credit card at the till": the card or the cash in general.
    const card = CARD_KINDS.hasToken(noun) && tokens[i + 2]?.lower === 'card' ? i + 2 : i + 1;
    const means = PAYMENT.get(tokens[card]!.lower);
    if (before.lower === 'with' && means !== undefined && phraseMayEnd(tokens, card + 1) && verbBefore(tokens, i - 1, PAYING)) {
      reports.push({
        start: before.start,
        end: tokens[card]!.end,
        message: `A means of payment in general takes no article: "${means}".`,
        suggestions: [{ start: before.start, end: tokens[card]!.end, replacement: means }],
      });
      continue;
    }
    if (FIELDS.hasToken(noun) && (after === undefined || PHRASE_END.has(after.text) || after.lower === 'and' || after.lower === 'at' || after.lower === 'in')) {
      // "councillor for the culture", "minister of the culture and the tourism" (the second field after "and the").
      let o = i - 2;
      if (before.lower === 'and' && tokens[i - 3]?.lower === 'the' && FIELDS.hasToken(tokens[i - 2]!)) o = i - 5;
      else if (before.lower !== 'for' && before.lower !== 'of') continue;
      if (o >= 0 && OFFICE_NOUNS.hasToken(tokens[o]!) && (tokens[o + 1]!.lower === 'for' || tokens[o + 1]!.lower === 'of')) {
        reports.push(dropThe(the, noun, `A field in an office's name takes no article: "${tokens[o]!.text} ${tokens[o + 1]!.lower} ${noun.text}".`));
      }
    }
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
  needs: [
    (t) =>
      GENERIC_NOUNS.hasToken(t) || ABSTRACT_NOUNS.hasToken(t) || SPORTS.hasToken(t) || LANGUAGES.hasToken(t) || MEALS.hasToken(t) ||
      IDIOM_NOUNS.hasToken(t) || FIELDS.hasToken(t) || PAYMENT_NOUNS.hasToken(t) || TRANSPORT.hasToken(t) || t.lower === 'law' || ADVERBIAL_NOUNS.hasToken(t),
  ],
  detectSentence(sentence) {
    const inside = genericInside(sentence);
    // A field after an office may also be a noun inside reads ("consultant for the tourism."): one report for it.
    const idioms = articleInIdiom(sentence).filter((r) => !inside.some((f) => f.start === r.start));
    const others = [...activity(sentence), ...idioms];
    return inside.length > 0 ? [...inside, ...others] : [...opening(sentence), ...others];
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
      { text: 'The skier lost the control on the steep slope.', output: 'The skier lost control on the steep slope.' },
      { text: 'Visitors should take the care of their belongings.', output: 'Visitors should take care of their belongings.' },
      { text: 'In the reality, the new line carries few passengers.', output: 'In reality, the new line carries few passengers.' },
      { text: 'Street vending is forbidden by the law in the old town.', output: 'Street vending is forbidden by law in the old town.' },
      { text: 'She became the deputy minister for the education.', output: 'She became the deputy minister for education.' },
      { text: 'Most pupils come to school by the bus.', output: 'Most pupils come to school by bus.' },
      { text: 'Tourists often pay for the ferry with the credit card.', output: 'Tourists often pay for the ferry by card.' },
      { text: 'He paid with the cash, as the machine was broken.', output: 'He paid in cash, as the machine was broken.' },
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
      'The engineers lost the control room to the flood.',
      'She took the care that the work required.',
      'He paid the attention it deserved.',
      'In the practice of law, few rules are simple.',
      'The farmers believed in the theory.',
      'They were shocked by the law.',
      'The Minister for the Environment resigned.',
      'The head of the marketing team left.',
      'Under the control of the army, the airport reopened.',
      'It calls the constructor of the base class.',
      'He was hit by the train.',
      'She went out and waited by the car.',
      'They came by the bus stop every day.',
      'She paid with the card her father had given her.',
      'He paid with the cash of the club.',
      'They cut the cake with the card.',
    ],
  },
});
