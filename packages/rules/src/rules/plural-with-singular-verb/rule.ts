import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, lemma, lexiconEntry, nounSenses, nounSingular, primaryTag, quotedMask, type Token, WordMap, WordSet } from '@mtlint/text';

// French "il y a", Spanish "hay", Italian "c'è/ci sono" and Chinese "有" do not change with the number of what they
// present, and MT writes "there is" before a plural: "there is no victims", "there was several accidents". Spanish
// "la gente", Italian "la gente", French "le peuple" and Russian "народ" are singular nouns that English renders as the
// plural "people", and MT keeps their verb: "the people is angry". English agrees with the plural.

// Words that count a plural after "there is": "no victims", "many reasons", "two new parks".
const COUNTING = new Set([
  'no', 'many', 'several', 'numerous', 'few', 'various', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'hundreds', 'thousands', 'dozens',
]);
// Plurals in form that take a singular verb, and singulars in -s: "there is no news", "a series", "no basis".
const SINGULAR_IN_S = /(?:ss|us|is|news|series|means|species|headquarters|ics|odds|whereabouts|works|barracks|crossroads)$/;
const PLURAL_OF: WordMap<string> = new WordMap([['is', 'are'], ['was', 'were']]);

/** The plural noun closing the counted phrase at `from` ("no victims", "two new parks"), or -1. */
function countedPlural(tokens: readonly Token[], from: number): number {
  if (!COUNTING.has(tokens[from]?.lower ?? '')) return -1;
  let k = from + 1;
  while (k < tokens.length && k - from <= 3 && isWordToken(tokens[k]) && primaryTag(tokens[k]) === 'JJ') k++;
  const noun = tokens[k];
  if (!isWordToken(noun) || primaryTag(noun) !== 'NNS' || noun.text !== noun.lower || SINGULAR_IN_S.test(noun.lower)) return -1;
  // "no victims' families": the plural modifies a noun after it.
  const next = tokens[k + 1];
  if (isWordToken(next) && /^NN/.test(primaryTag(next))) return -1;
  if (next !== undefined && /^['’]/.test(next.text) && next.start === noun.end) return -1;
  return k;
}

// Before "people", what makes it the singular "a people" (a nation) or a noun inside a larger phrase ("the will of the
// people is …", whose verb agrees with "will").
const PEOPLE_BEFORE = new WordSet(['a', 'every', 'each', 'one', 'of', 'for', 'to', 'by', 'with', 'from', 'among', 'about']);
const PLURAL_FORM: WordMap<string> = new WordMap([['is', 'are'], ['was', 'were'], ['has', 'have']]);

// Nouns English uses only as plurals, which other languages make singular: "people" (la gente, народ) and "police"
// (die Polizei, la police, полиция).
const PLURAL_ONLY = new WordSet(['people', 'police', 'cattle']);

// After a present that is also a plural noun ("police calls to the house", "police reports say"), what makes it the
// verb: an object or a clause after it ("police calls the witnesses", "police suspects that …").
const OBJECT_START = /^(DT|PRP|PRP\$|WDT|WP|JJR|TO)$/;
// Adverbs of time and frequency that come between a subject and its verb: "the police still searches".
const ADVERBS_BEFORE_VERB = new WordSet(['still', 'also', 'now', 'already', 'currently', 'again', 'often', 'usually', 'regularly', 'repeatedly', 'always', 'never', 'meanwhile', 'urgently', 'once']);

/**
 * A finite verb at `k`: a past, a modal, or a present read first as one where no determiner, number or adjective
 * makes it a noun ("two suspects", "new leads"); a past that is also a participle counts right after a noun ("the
 * checks at the border caused queues").
 */
function finiteAt(tokens: readonly Token[], k: number): boolean {
  const tag = primaryTag(tokens[k]);
  if (tag === 'VBD' || tag === 'MD') return true;
  const before = primaryTag(tokens[k - 1]);
  if (tag === 'VBZ' || tag === 'VBP') return !/^(DT|CD|JJ|JJR|JJS|PRP\$|POS)$/.test(before);
  return tag === 'VBN' && tokens[k]!.tags.includes('VBD') && /^NNS?$/.test(before);
}

/**
 * Whether the rest of the sentence after `p` has no finite verb and ends with a full stop: then a present that is also
 * a plural noun ("The police searches for the driver.") is the sentence's only verb, not the head of a compound ("The
 * police searches of the flat were illegal."). Headings have no full stop.
 */
function onlyVerbOfSentence(tokens: readonly Token[], p: number): boolean {
  if (tokens[tokens.length - 1]?.text !== '.') return false;
  for (let k = p + 1; k < tokens.length; k++) if (finiteAt(tokens, k)) return false;
  return true;
}

/**
 * Whether "police" at `p` heads a subject that opens with "the" or opens the sentence ("The local police", "Police"):
 * the subjects whose plural-noun reading of the next word needs a verb later in the sentence.
 */
function openingSubject(tokens: readonly Token[], p: number): boolean {
  let k = p - 1;
  while (k >= 0 && isWordToken(tokens[k]) && /^(JJ|NN|NNP)$/.test(primaryTag(tokens[k])) && tokens[k]!.lower !== 'the') k--;
  return k < 0 || tokens[k]!.lower === 'the';
}

/** "asks" → "ask": the plural of a present verb after "people" or "police", when it is no noun compound's head. */
function pluralOfPresent(tokens: readonly Token[], v: number, afterAdverb = false): string | undefined {
  const verb = tokens[v]!;
  const next = tokens[v + 1];
  const tags = verb.tags;
  if (!tags.includes('VBZ') || verb.text !== verb.lower || verb.lower.length < 4) return undefined;
  // After an adverb ("the police still searches") no noun compound is possible.
  if (afterAdverb) return lemma.of(verb);
  if (tags[0] !== 'VBZ' && tags[0] !== 'NNS') return undefined;
  // A plural reading with no verb after it is the verb: "The police searches for the driver.", "Police warns about
  // fraud."; with one it heads a compound ("Police calls to the house had increased").
  const alone = openingSubject(tokens, v - 1) && onlyVerbOfSentence(tokens, v);
  if (tags.includes('NNS') && !alone && !(next !== undefined && (next.lower === 'that' || (OBJECT_START.test(primaryTag(next)) && (primaryTag(next) !== 'TO' || onlyVerbOfSentence(tokens, v)))))) return undefined;
  return lemma.of(verb);
}

/** "the people is", "the police has": "people" or "police" as the subject, right before a singular verb. */
function peopleWithSingular(tokens: readonly Token[], p: number): Report | undefined {
  // One adverb may stand before the verb: "the police still searches", "the police now has".
  const adverb = isWordToken(tokens[p + 1]) && primaryTag(tokens[p + 1]) === 'RB' && ADVERBS_BEFORE_VERB.hasToken(tokens[p + 1]!);
  const verb = tokens[adverb ? p + 2 : p + 1];
  if (verb === undefined) return undefined;
  const plural = PLURAL_FORM.getToken(verb) ?? pluralOfPresent(tokens, adverb ? p + 2 : p + 1, adverb);
  if (plural === undefined) return undefined;
  // The subject's start: "people" first, or after a determiner, a quantifier or adjectives ("the young people").
  let k = p - 1;
  // The sentence's first word is capitalised, so it is read in lower case there ("Young people has …").
  // A noun may modify "police" ("the city police", "the border police"), which stays plural; before a determiner it ends a
  // fronted phrase ("In Hamburg the police is …").
  const modifier = (j: number) => /^(JJ|DT|PDT|PRP\$|CD|NN|NNP)$/.test(j === 0 ? (lexiconEntry(tokens[j]!.lower)?.[0] ?? '') : primaryTag(tokens[j]));
  while (k >= 0 && isWordToken(tokens[k]) && modifier(k) && !PEOPLE_BEFORE.hasToken(tokens[k]!)) k--;
  const before = tokens[k];
  // The noun phrase opens the sentence or a clause: nothing, punctuation, a conjunction or a subordinator before it.
  if (before !== undefined && !(before.kind === 'punct' || /^(CC|IN|WDT)$/.test(primaryTag(before))) ) return undefined;
  if (before !== undefined && PEOPLE_BEFORE.hasToken(before)) return undefined;
  if (PEOPLE_BEFORE.has(tokens[k + 1]?.lower ?? '')) return undefined;
  // "between detective and police is": the second of two coordinated nouns, inside a larger phrase.
  if (before !== undefined && (before.lower === 'and' || before.lower === 'or') && /^NN/.test(primaryTag(tokens[k - 1]))) return undefined;
  const noun = tokens[p]!.lower;
  return {
    start: tokens[p]!.start,
    end: verb.end,
    message: `"${noun}" is plural in English: "${noun} ${plural}", not "${noun} ${verb.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: plural }],
  };
}

// Plurals in form that name one thing or one illness and take a singular verb: "diabetes is", "the data shows" (a mass
// noun in most news English), "the media is".
const SINGULAR_PLURALS = new WordSet(['data', 'media', 'measles', 'mumps', 'rabies', 'diabetes', 'herpes', 'billiards', 'darts', 'thanks', 'savings', 'earnings', 'proceeds', 'premises', 'remains', 'arms', 'goods', 'clothes', 'customs', 'surroundings', 'outskirts']);
// What may stand before a plural subject that opens its clause: a subordinator ("because the fans throws"); a
// preposition would make it an object ("Among the dead is a child": inversion; "before these meetings was"), and
// "as", "before", "after", "since" and "until" are prepositions as often.
const CLAUSE_OPENERS = new WordSet(['because', 'when', 'while', 'although', 'though', 'if', 'whereas', 'that']);
// The determiners that open the subject: "the teachers", "their fans", "many experts".
const SUBJECT_DETERMINERS = new WordSet(['the', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'many', 'most', 'some', 'all', 'both', 'several']);
// Determiners that make a number after them count a known group: "the two companies", "their three sons".
const DEFINITE = new WordSet(['the', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your']);
// Round plurals that count a plural subject through "of": "thousands of tourists".
const ROUND_PLURALS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores']);
const TIME_UNITS = new WordSet(['seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'weekends', 'months', 'years', 'decades', 'centuries', 'seasons', 'rounds', 'games', 'matches', 'innings', 'laps', 'terms', 'generations']);
/** A noun of time or quantity ("years", "miles", "euros"), which a number makes one amount. */
function measureNoun(t: Token): boolean {
  const senses = nounSenses(nounSingular.of(t));
  return senses.length === 0 || TIME_UNITS.hasToken(t) || senses.includes('noun.quantity') || senses.includes('noun.possession');
}
// The singular verb forms read after a plural subject, with their plural.
const AUXILIARY_PLURAL: WordMap<string> = new WordMap([['is', 'are'], ['was', 'were'], ['has', 'have'], ['does', 'do']]);

/**
 * "The teachers does not accept the offer", "the experts says", "because the fans throws flares": a plural noun that
 * heads a subject opening its clause (after determiners, adjectives and noun modifiers), right before a singular
 * verb. Russian, Polish and Chinese MT loses the agreement when it rebuilds the clause around the verb. A number in
 * the phrase makes it a measure ("Two years is a long time"), and plurals that name one thing ("the data shows",
 * "diabetes is", "the series is") are left alone.
 */
function pluralSubjectWithSingular(tokens: readonly Token[], p: number): Report | undefined {
  const noun = tokens[p]!;
  // A plural in -s, or "men", "women", "children"; the lexicon's plurals of Latin and Greek ("pleura", "criteria",
  // "phenomena") are read as singulars by many writers and in medicine.
  const pluralInForm = noun.lower.endsWith('s') || /^(men|women|children)$/.test(noun.lower);
  if (primaryTag(noun) !== 'NNS' || !pluralInForm || noun.text !== noun.lower || noun.lower.length < 4 || SINGULAR_IN_S.test(noun.lower) || SINGULAR_PLURALS.hasToken(noun)) return undefined;
  const verb = tokens[p + 1];
  if (!isWordToken(verb) || verb.text !== verb.lower) return undefined;
  let plural = AUXILIARY_PLURAL.getToken(verb);
  // A lexical present read first as one ("says", "throws"; "wants" before "to"), never a plural noun ("the workers
  // strikes" is a compound as often as a slip).
  // A present with a second reading as a plural noun ("says", "wants") is the verb before an object or a clause.
  const next = tokens[p + 2];
  const objectAfter = next !== undefined && next.lower !== 'of' && (next.lower === 'that' || /^(DT|PRP|PRP\$|CD|TO|IN)$/.test(primaryTag(next)));
  // One read first as a plural noun ("reports", "visits") is the verb only before an object and with no finite verb
  // after it: "the sales reports the manager wrote were late" is a compound with a relative clause.
  const nounFirst = primaryTag(verb) === 'NNS' && verb.tags.includes('VBZ') && objectAfter && onlyVerbOfSentence(tokens, p + 1);
  if (plural === undefined && (primaryTag(verb) === 'VBZ' || nounFirst) && (!verb.tags.includes('NNS') || objectAfter) && verb.lower.length >= 4) plural = lemma.of(verb);
  if (plural === undefined) return undefined;
  // The subject: a determiner, adjectives and noun modifiers, and the plural ("the new teachers", "their fans").
  let k = p - 1;
  while (k >= 0 && p - k <= 4 && isWordToken(tokens[k]) && /^(JJ|NN)$/.test(primaryTag(tokens[k])) && tokens[k]!.text === tokens[k]!.lower) k--;
  // A number after a definite determiner counts the group ("the two companies", "their three sons"), unless the plural
  // is a measure of time or quantity ("the last five years has been hard": one stretch of time).
  if (k > 0 && primaryTag(tokens[k]) === 'CD' && DEFINITE.hasToken(tokens[k - 1]!) && !measureNoun(noun)) k--;
  // "thousands of tourists": a round plural counting the subject ("Each year thousands of tourists visits …").
  let counted = false;
  if (tokens[k]?.lower === 'of' && ROUND_PLURALS.has(tokens[k - 1]?.lower ?? '') && k - 1 < p) {
    k -= 1;
    counted = true;
  }
  if (k < 0 || (!counted && !SUBJECT_DETERMINERS.hasToken(tokens[k]!))) return undefined;
  // It opens the sentence, or follows a comma, a subordinator, or a comma and "and"/"but" ("…, and the prices rises");
  // a counted subject may also follow a fronted time ("Every summer hundreds of volunteers …").
  const before = tokens[k - 1];
  const afterComma = (j: number) => tokens[j]?.text === ',' || tokens[j]?.text === ';';
  const afterTime = counted && k >= 2 && k <= 3 && isWordToken(before) && nounSenses(nounSingular.of(before)).includes('noun.time') && /^(each|every|last|this|next)$/.test(tokens[0]!.lower);
  if (before !== undefined && !afterTime && !(afterComma(k - 1) || CLAUSE_OPENERS.hasToken(before) || ((before.lower === 'and' || before.lower === 'but') && afterComma(k - 2)))) return undefined;
  return {
    start: noun.start,
    end: verb.end,
    message: `"${noun.text}" is plural: the verb agrees with it, "${noun.text} ${plural}", not "${verb.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: plural }],
  };
}

// Determiners of a conjunct in a coordinated subject: "the mayor and his deputy", "the coach and an assistant".
const CONJUNCT_DETERMINERS = new WordSet(['the', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'a', 'an']);

/**
 * The head of a noun phrase of people or groups from `from` ("the new mayor", "his deputy"): a determiner, lower-case
 * adjectives and noun modifiers, and a lower-case common noun; its index, or -1.
 */
function personPhraseHead(tokens: readonly Token[], from: number, definiteOnly: boolean): number {
  const determiner = tokens[from];
  if (!isWordToken(determiner) || !(definiteOnly ? DEFINITE : CONJUNCT_DETERMINERS).hasToken(determiner)) return -1;
  let k = from + 1;
  while (k < tokens.length && k - from <= 4 && isWordToken(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && /^(JJ|NN)$/.test(primaryTag(tokens[k])) && /^(JJ|NN)$/.test(primaryTag(tokens[k + 1]))) k++;
  const head = tokens[k];
  if (!isWordToken(head) || head.text !== head.lower || !/^NNS?$/.test(primaryTag(head))) return -1;
  const senses = nounSenses(nounSingular.of(head));
  return senses.includes('noun.person') || senses.includes('noun.group') ? k : -1;
}

/**
 * "The mayor and his deputy was present": two noun phrases of people, each with its own determiner, joined by "and"
 * as the subject that opens the sentence, right before a singular verb (Russian and Polish MT keeps the verb of the
 * first noun: "мэр вместе с заместителем был"). One determiner for both ("the secretary and treasurer was") names one
 * person and is left alone, as are names ("Procter and Gamble has").
 */
function coordinatedWithSingular(tokens: readonly Token[], and: number): Report | undefined {
  const first = personPhraseHead(tokens, 0, true);
  if (first < 0 || first + 1 !== and) return undefined;
  const second = personPhraseHead(tokens, and + 1, false);
  const verb = tokens[second + 1];
  if (second < 0 || !isWordToken(verb) || verb.text !== verb.lower) return undefined;
  let plural = AUXILIARY_PLURAL.getToken(verb);
  const next = tokens[second + 2];
  const objectAfter = next !== undefined && (next.lower === 'that' || /^(DT|PRP\$|CD|TO|IN)$/.test(primaryTag(next)));
  if (plural === undefined && primaryTag(verb) === 'VBZ' && (!verb.tags.includes('NNS') || objectAfter) && verb.lower.length >= 4) plural = lemma.of(verb);
  if (plural === undefined) return undefined;
  return {
    start: tokens[0]!.start,
    end: verb.end,
    message: `Two subjects joined by "and" take a plural verb: "${plural}", not "${verb.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: plural }],
  };
}

export default defineRule({
  meta: {
    id: 'plural-with-singular-verb',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A singular verb with a plural: "there is no victims", "there was several accidents", "the people is angry", "the police is".',
    sourceHint: 'French "il y a", Spanish "hay", Italian "c\'è", Chinese "有", which do not agree with the noun; Spanish and Italian "la gente", Russian "народ" (singular).',
    fixable: true,
  },
  // "there", "people", "police", "cattle", or a word read first as a plural (a subject's head).
  needs: [(t) => t.lower === 'there' || t.lower === 'and' || PLURAL_ONLY.has(t.lower) || t.tags[0] === 'NNS'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (PLURAL_ONLY.hasToken(tokens[i]!)) {
        const report = peopleWithSingular(tokens, i);
        if (report && !quotedMask(sentence)[i]) reports.push(report);
        continue;
      }
      if (tokens[i]!.lower === 'and') {
        const report = coordinatedWithSingular(tokens, i);
        if (report && !quotedMask(sentence)[i]) reports.push(report);
        continue;
      }
      if (tokens[i]!.tags[0] === 'NNS') {
        const report = pluralSubjectWithSingular(tokens, i);
        if (report && !quotedMask(sentence)[i]) reports.push(report);
        continue;
      }
      if (tokens[i]!.lower !== 'there' || i + 3 >= tokens.length) continue;
      // "is"/"was" written out: "there's two men" is speech, which agrees loosely on purpose.
      const be = tokens[i + 1]!;
      const plural = PLURAL_OF.getToken(be);
      if (plural === undefined) continue;
      const noun = countedPlural(tokens, i + 2);
      if (noun < 0 || quotedMask(sentence)[i]) continue;
      const replacement = be.text[0] === be.text[0]!.toUpperCase() ? plural[0]!.toUpperCase() + plural.slice(1) : plural;
      reports.push({
        start: tokens[i]!.start,
        end: tokens[noun]!.end,
        message: `"there ${be.text}" before the plural "${tokens[noun]!.text}": English agrees with the noun, "there ${plural}".`,
        suggestions: [{ start: be.start, end: be.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The police asks witnesses to come forward.', output: 'The police ask witnesses to come forward.' },
      { text: 'According to the fire service, there is no victims.', output: 'According to the fire service, there are no victims.' },
      { text: 'There was several accidents on the bridge.', output: 'There were several accidents on the bridge.' },
      { text: 'There is two new parks in the district.', output: 'There are two new parks in the district.' },
      { text: 'The people is tired of the endless roadworks.', output: 'The people are tired of the endless roadworks.' },
      { text: 'Many young people has left the island.', output: 'Many young people have left the island.' },
      { text: 'Young people has no place to meet.', output: 'Young people have no place to meet.' },
      { text: 'The police is searching for two men.', output: 'The police are searching for two men.' },
      { text: 'According to the mayor, the local police has too few officers.', output: 'According to the mayor, the local police have too few officers.' },
      { text: 'The police searches for the driver.', output: 'The police search for the driver.' },
      { text: 'The cattle was moved to higher ground.', output: 'The cattle were moved to higher ground.' },
      { text: 'The teachers does not accept the offer.', output: 'The teachers do not accept the offer.' },
      { text: 'Because the roads was icy, the bus was late.', output: 'Because the roads were icy, the bus was late.' },
      { text: 'Police warns about fake charity collectors.', output: 'Police warn about fake charity collectors.' },
      { text: 'The police still searches for the owner of the boat.', output: 'The police still search for the owner of the boat.' },
      { text: 'The three unions calls a strike for Monday.', output: 'The three unions call a strike for Monday.' },
      { text: 'Every winter thousands of birds visits the lake.', output: 'Every winter thousands of birds visit the lake.' },
      { text: 'The chairman and his wife was welcomed at the airport.', output: 'The chairman and his wife were welcomed at the airport.' },
    ],
    valid: [
      'Police reports say the driver fled.',
      'Police raids in the city left two dead.',
      'There are no victims.',
      'There is no loss of light.',
      'There was no process of trial and error.',
      'You reckon there\'s two men in this state who can shoot?',
      'There is no news from the coast.',
      'There was a series of storms.',
      'There is no victims\' fund yet.',
      'There is many a reason to worry.',
      'The will of the people is clear.',
      'A people is more than its rulers.',
      'The feeling of the people was whipped into a frenzy.',
      'Every people has its own songs.',
      'People are tired of the roadworks.',
      'The clash between detective and police is carried to its end.',
      'The police station is closed on Sundays.',
      'The role of the police was unclear.',
      'The police searches of the flat were illegal.',
      'Among the victims is a young girl.',
      'Two years is a long time.',
      'The data shows a rise in crime.',
      'The only thing that moves is the river.',
      'The pleura is thin.',
      'Police Searches in Hamburg',
      'Police calls to the house had increased since May.',
      'The police checks at the border caused long queues.',
      'Police searches were carried out in three towns.',
      'The last three years has been a hard time for the farm.',
      'The secretary and treasurer was elected unanimously.',
      'Bread and butter is a staple of the diet.',
      'Every winter thousands of birds visit the lake.',
      'The sales reports the manager wrote were late.',
    ],
  },
});
