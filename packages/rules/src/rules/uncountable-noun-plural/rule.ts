import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isDeterminer, isPreposition, isWordToken, lemma, nounSenses, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';

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
// Mass nouns that MT counts with "a" (French "une indemnisation", "un progrès", "une recherche", Spanish "una
// compensación", "un daño", "una ayuda"), which English does not count at all: the article goes. Brown and the clean
// docs never put "a" or "an" before them where they end their phrase ("a research team", "a progress bar" go on).
// "evidence" is left out (Brown's legal "as an evidence of legislative intent"), so is "permission" ("asks for a
// permission", Android's countable sense), and "testimony" ("a testimony to").
const DROPPED_ARTICLE = new WordSet(['compensation', 'progress', 'research', 'damage', 'assistance', 'funding']);
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
const NEEDS = new Set([...MASS_PLURALS.keys(), 'a', 'an', ...MASS_QUANTIFIERS.keys(), 'damages']);

// "damages" is English in law: money awarded for a harm ("awarded damages", "sued for damages", "punitive damages").
// Russian "ущерб" → "damages", Polish "szkody", Chinese "损失" and Romance "dommages", "daños", "danni" give it for the
// harm itself: "The storm caused damages of 3 million", "heavy damages to the bridge".
// Verbs whose object is the harm done: "caused", "inflicted", "repaired", "left" (not "suffered" or "sustained" alone:
// the law writes "the plaintiff suffered damages"; with a word of degree they are read below).
const HARM_VERBS = new WordSet(['cause', 'inflict', 'repair', 'leave', 'do', 'fix', 'wreak']);
// Words of degree English puts before the harm ("heavy damage", "serious damage"), not before the money: the law's
// adjectives ("punitive", "compensatory", "substantial", "nominal", "actual", "special") are not among them.
const HARM_DEGREES = new WordSet(['heavy', 'serious', 'severe', 'extensive', 'significant', 'considerable', 'major', 'minor', 'structural', 'widespread', 'massive', 'enormous', 'huge', 'material', 'irreparable', 'great', 'big', 'colossal', 'catastrophic']);
// Verbs of the law's damages, which no word of degree makes a harm: "awarded significant damages", "sought heavy damages".
const LEGAL_VERBS = new WordSet(['award', 'claim', 'seek', 'sue', 'recover', 'pay', 'owe', 'grant', 'assess', 'win', 'obtain', 'demand', 'order', 'receive']);
// Senses of what the harm is done to or comes from: a thing, a place, a plant, an event ("damages to the roof",
// "damages from the storm"), never a person or a group, to whom the law's damages are paid ("damages to the family").
const HARMED_SENSES = new WordSet(['noun.artifact', 'noun.object', 'noun.location', 'noun.plant', 'noun.event', 'noun.phenomenon']);

/** The noun after "to", "on" or "from" and its determiners is a thing, place or event, never a person or a group. */
function harmedThing(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 4 && isWordToken(tokens[j]) && (isDeterminer(tokens[j]!) || isAdjective(tokens[j]!) || tokens[j]!.tags[0] === 'PRP$')) j++;
  const noun = tokens[j];
  if (!isWordToken(noun) || !/^NNS?$/.test(noun.tags[0] ?? '') || noun.text !== noun.lower) return false;
  const senses = nounSenses.of(noun);
  return senses.some((x) => HARMED_SENSES.has(x)) && !senses.includes('noun.person') && !senses.includes('noun.group');
}

/**
 * "damages" for the harm done: after a verb of harm ("caused damages", "repaired damages"), with a word of degree
 * ("suffered heavy damages", "serious damages"), or before the thing harmed or the event that harmed it ("damages to
 * the roof", "damages from the storm"), and not after a verb of the law ("awarded damages", "sued for damages").
 */
function isHarmDamages(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  let degree = false;
  while (k >= 0 && isWordToken(tokens[k]) && (isAdjective(tokens[k]!) || isDeterminer(tokens[k]!) || tokens[k]!.tags[0] === 'PRP$' || tokens[k]!.lower.endsWith('ly'))) {
    if (HARM_DEGREES.hasToken(tokens[k]!)) degree = true;
    k--;
  }
  const governor = tokens[k];
  const verb = isWordToken(governor) && (governor.tags[0] ?? '').startsWith('VB') ? lemma.of(governor) : undefined;
  // "sued for damages": the law's verb may stand before "for".
  const legalFor = governor?.lower === 'for' && isWordToken(tokens[k - 1]) && LEGAL_VERBS.has(lemma.of(tokens[k - 1]!));
  if ((verb !== undefined && LEGAL_VERBS.has(verb)) || legalFor) return false;
  if (verb !== undefined && HARM_VERBS.has(verb)) return true;
  if (degree) return true;
  const next = tokens[i + 1];
  return isWordToken(next) && (next.lower === 'to' || next.lower === 'on' || next.lower === 'from') && harmedThing(tokens, i + 2);
}


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

/** The word can go on with a noun compound: a noun first, or a verb or adjective that is also a common noun. */
function continuesCompound(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  const first = t.tags[0] ?? '';
  return first.startsWith('NN') || ((first.startsWith('VB') || first.startsWith('JJ')) && t.tags.some((x) => x === 'NN' || x === 'NNS'));
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
    // "a" may end the text ("for small (under a"): the word after it may be missing.
    const after = tokens[i + 1];
    if (!isWordToken(after) || after.lower === 'little' || after.lower === 'few') return undefined;
    // With no adjective, the nouns counted with "a piece of" are read below with their own rewrite.
    if (k === i + 1 && !DROPPED_ARTICLE.hasToken(after)) return undefined;
  }
  const noun = tokens[k];
  const dropped = quantifier === undefined && noun !== undefined && DROPPED_ARTICLE.hasToken(noun);
  if (noun === undefined || !(MASS_NOUNS.hasToken(noun) || dropped) || noun.text !== noun.lower || !endsPhrase(tokens[k + 1])) return undefined;
  // "a research grant", "a damage claim": a next word that can be a noun, even one read first as a verb or adjective,
  // goes on with a compound; a closed-class word with a stray noun reading ("in") does not.
  if (dropped && continuesCompound(tokens[k + 1])) return undefined;
  // "a research and development program": the noun is the first of two modifiers.
  if (dropped && isWordToken(tokens[k + 1]) && (tokens[k + 1]!.lower === 'and' || tokens[k + 1]!.lower === 'or')) return undefined;
  if (dropped && tokens[k + 1]?.text === ',' && isWordToken(tokens[k + 2]) && (tokens[k + 2]!.tags[0] ?? '').startsWith('NN')) return undefined;
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
      // "smoking damages arteries" (Brown): after a subject word or a noun, "damages" is the verb.
      if (t.lower === 'damages' && t.text === t.lower && !(tokens[i - 1] !== undefined && (SUBJECT_WORDS.hasToken(tokens[i - 1]!) || /^(NNS?|PRP)$/.test(tokens[i - 1]!.tags[0] ?? ''))) && isHarmDamages(tokens, i)) {
        // The subject's verb agrees: "The damages from the storm are estimated" → "The damage from the storm is".
        let v = i + 1;
        while (v < i + 8 && isWordToken(tokens[v]) && !(tokens[v]!.tags[0] ?? '').startsWith('VB') && tokens[v]!.tags[0] !== 'MD') v++;
        const verb = tokens[v];
        const singularVerb = verb === undefined || !isWordToken(verb) ? undefined : SINGULAR_VERB.getToken(verb);
        // The words between, spaced as in the text.
        let middle = '';
        for (let j = i + 1; j < v; j++) middle += (tokens[j]!.start > tokens[j - 1]!.end ? ' ' : '') + tokens[j]!.text;
        reports.push({
          start: t.start,
          end: t.end,
          message: 'For the harm done, English says "damage" (uncountable); "damages" is the money a court awards for it.',
          suggestions: [singularVerb === undefined ? { start: t.start, end: t.end, replacement: 'damage' } : { start: t.start, end: verb!.end, replacement: `damage${middle} ${singularVerb}` }],
        });
        continue;
      }
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
      { text: 'The flood caused damages to the old mill.', output: 'The flood caused damage to the old mill.' },
      { text: 'The damages from the tornado were estimated at 8 million.', output: 'The damage from the tornado was estimated at 8 million.' },
      { text: 'The village suffered severe damages in the landslide.', output: 'The village suffered severe damage in the landslide.' },
      { text: 'The families will receive a compensation from the state.', output: 'The families will receive compensation from the state.' },
      { text: 'The club has made a good progress this year.', output: 'The club has made good progress this year.' },
      { text: 'The hail did a serious damage to the vines.', output: 'The hail did serious damage to the vines.' },
      { text: 'Doctors have made a real progress in the treatment.', output: 'Doctors have made real progress in the treatment.' },
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
      'The court awarded damages of 2 million to the widow.',
      'She sued the hospital for damages.',
      'Punitive damages were capped by statute.',
      'The tenant suffered damages as a result of the breach.',
      'The jury awarded heavy damages to the family.',
      'Sunlight damages the paint over time.',
      'The firm paid 3 million dollars in damages.',
      'She won a research grant from the foundation.',
      'A damage claim was filed on Monday.',
      'The installer shows a progress bar.',
      'The lab runs a research and development program.',
      'The union agreed a compensation package for the staff.',
      'The app asks for a permission it does not need.',
      'For small files (under a',
      'It costs more than a',
    ],
  },
});
