import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import {
  cardinalEnd, hasVerbReading, isFiniteVerb, isModal, isNumeral, isProperNoun, isTimePhrase, isWordToken, isYearNumber,
  lemma, memoizeByWord, nounPhraseEnd, nounSenses, nounSingular, primaryTag, type Token, verbSenses, WordMap, WordSet,
} from '@mtlint/text';
import colligations from './colligations.js';

/** What Brown says a word governs: the preposition it takes, its share of the prepositions after it, and the ones it never takes. */
interface Governed {
  takes: string;
  share: number;
  never: string;
}

// Maps, not the generated objects: a word looked up in an object also finds its prototype's keys ("constructor"), and
// an object is many times slower to ask about a word it lacks, which most words are.
const VERBS: ReadonlyMap<string, Governed> = new WordMap(Object.entries(colligations.verbs));
const NOUNS: ReadonlyMap<string, Governed> = new WordMap(Object.entries(colligations.nouns));
const ADJECTIVES: WordMap<Governed> = new WordMap(Object.entries(colligations.adjectives));
// Reporting verbs that take their topic as a direct object and never "about" in Brown: "announced about" is Russian
// "сообщить о", German "berichten über".
const ABOUTLESS = new WordSet(colligations.aboutless);

/**
 * The prepositions Russian and German government puts where English has another: the calqued one, the English one,
 * and the share of Brown's prepositions after the word the English one must have, so that a word with several
 * usual prepositions is left alone. "from"/"of" for "on" (зависеть от, abhängen von), "from" for "of" (состоять
 * из), "to" for "at"/"in" (прибыть в), "at" for "in" (teilnehmen an), "to" for "for" (готовиться к).
 */
const SWAPS: WordMap<readonly { right: string; minShare: number }[]> = new WordMap([
  ['from', [{ right: 'on', minShare: 0.6 }, { right: 'of', minShare: 0.75 }]],
  ['of', [{ right: 'on', minShare: 0.6 }]],
  ['to', [{ right: 'at', minShare: 0.5 }, { right: 'in', minShare: 0.5 }, { right: 'for', minShare: 0.6 }]],
  ['at', [{ right: 'in', minShare: 0.9 }]],
  // Russian "на" (жаловаться на, влиять на): "complained on the noise", "influenced on prices".
  ['on', [{ right: 'of', minShare: 0.5 }, { right: 'about', minShare: 0.5 }, { right: 'in', minShare: 0.9 }]],
]);
// After "on" for "in" (Polish "uczestniczyć na", Russian "участвовать на" for events held "on" a site: "participated on
// the project"), the heads that make "on" an adjunct of any verb or a body one serves on: "on behalf of", "on an equal
// footing", "on a voluntary basis", "on the committee".
const ON_ADJUNCTS = new WordSet(['behalf', 'basis', 'footing', 'terms', 'condition', 'conditions', 'par', 'side', 'own', 'account', 'part']);

// Brown's counts hold for a word's own object; these objects make the calqued preposition an adjunct of good English.
const PERSON_SENSES = new WordSet(['noun.person', 'noun.group']);
const PERSON_ONLY_SENSES = new WordSet(['noun.person']);
const EVENT_SENSES = new WordSet(['noun.act', 'noun.event']);
const PLACE_SENSES = new WordSet(['noun.location', 'noun.artifact', 'noun.object']);
const CITY_SENSES = new WordSet(['noun.location']);
const BUILDING_SENSES = new WordSet(['noun.artifact']);
// Prepositions that a that-clause can never follow in English, though Russian "на том, что", "о том, что" put them
// there: "insisted on that the vote was valid". ("in that", "at that", "with that", "from that" are English.)
const CLAUSE_PREPOSITIONS = new WordSet(['on', 'about', 'of', 'upon']);
// Verbs that set a value, whose amount English gives with "at" and Russian with "в" ("оценили в 2 млн").
const VALUATION = new WordSet(['estimate', 'value', 'assess', 'evaluate', 'appraise', 'price']);
// What can open the subject of a clause after "that": not "that" + singular noun, which is a demonstrative.
const CLAUSE_SUBJECTS = new WordSet(['DT', 'PRP', 'NNP', 'NNPS', 'NNS', 'CD', 'EX']);
// Quantity words: "discussed about a dozen cases", "reported about 40 deaths": "about" means "roughly".
const QUANTITY_WORDS = new WordSet(['half', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'twenty', 'hundred', 'hundreds', 'dozen', 'dozens', 'thousand', 'thousands', 'few']);
const UNITS = /^(?:[$€£¥₽]|million|billion|trillion|thousand|percent|per|euros?|dollars?|rubles?|roubles?|pounds?|yuan|hryvnias?|francs?)$/;

// Adverbs of degree that may stand between a verb and its preposition: "depends largely on".
const DEGREE_ADVERBS = new WordSet(['very', 'much', 'largely', 'heavily', 'mainly', 'entirely', 'partly', 'mostly', 'strongly', 'greatly', 'solely', 'wholly', 'partially']);

const WH_WORDS = new WordSet(['whether', 'how', 'what', 'who', 'where', 'when', 'which']);

const isVerbToken = (t: Token) => (t.tags[0] ?? '').startsWith('VB');
// "tell" takes its hearer as the object ("told us about"); with "about" straight after it, it calques "рассказать о".
const isTold = (t: Token) => lemma.of(t) === 'tell';
// What makes a word the lexicon reads first as a noun a verb: "to report", "must estimate", "analysts estimate".
const AFTER_TO = new WordSet(['TO', 'MD']);
const AFTER_SUBJECT = new WordSet(['NNS', 'PRP', 'MD', 'TO']);
const actsAsVerb = (tokens: readonly Token[], i: number, after: ReadonlySet<string>) =>
  isVerbToken(tokens[i]!) || (tokens[i]!.tags.some((t) => t.startsWith('VB')) && after.has(primaryTag(tokens[i - 1])));

const isNominalMarkerTag = (tag: string) => tag === 'DT' || tag === 'PRP$' || tag === 'POS' || tag === 'JJ' || tag === 'CD';
const isNominalVerbTag = (tag: string) => tag === 'VB' || tag === 'VBG' || tag === 'VBP' || tag === 'VBZ';

/** Whether `word` is one of the space-separated words of `list`, without splitting it into an array. */
function listHas(list: string, word: string): boolean {
  for (let at = list.indexOf(word); at >= 0; at = list.indexOf(word, at + 1)) {
    if ((at === 0 || list[at - 1] === ' ') && (at + word.length === list.length || list[at + word.length] === ' ')) return true;
  }
  return false;
}

/** The word's Brown colligation, by its lemma as a verb, its singular as a noun, or itself as an adjective. */
function governed(t: Token, before: Token | undefined): Governed | undefined {
  // After a determiner or possessive a verb-like word is a noun: "the focus of", "their focusing of".
  // "It all depends": a quantifier floated after a pronoun is no determiner.
  // Tags and words compared in place, not by patterns: this runs at every word before a swappable preposition.
  const floated = before !== undefined && (before.lower === 'all' || before.lower === 'both' || before.lower === 'each') && t.tags.includes('VBZ');
  // Only a word with a noun reading: "open depends from" (a clause as subject, "whether it stays open depends") is the
  // verb, as "depends" has none in the lexicon or in WordNet.
  const nominal = before !== undefined && !floated && isNominalMarkerTag(primaryTag(before)) && isNominalVerbTag(primaryTag(t)) &&
    (t.tags.includes('NN') || t.tags.includes('NNS') || nounSenses(nounSingular.of(t)).length > 0);
  const tag = nominal ? (t.lower.endsWith('s') ? 'NNS' : 'NN') : primaryTag(t);
  if (tag.startsWith('VB')) return VERBS.get(lemma.of(t));
  if (tag === 'NN' || tag === 'NNS') return NOUNS.get(tag === 'NNS' ? nounSingular.of(t) : t.lower);
  if (tag === 'JJ') return ADJECTIVES.getToken(t);
  return undefined;
}

/** Nouns take a source, an agent or a part with "from" and "of" after any head ("criticism from tenants", "the focus of
 * attention"): of their swaps only "from" for "on" holds ("dependence from gas"). */
const NOUN_SWAPS = new WordSet(['from>on']);
// Nouns that make a "from" phrase a time adjunct of any verb: "relied from the outset on …".
const STARTS = new WordSet(['outset', 'start', 'beginning', 'first', 'day', 'moment', 'now', 'then']);

/** Where the noun phrase at `i` starts, past a participle used as an adjective ("imported gas"), or -1 for none. */
function nounPhraseStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined) return -1;
  if (t.kind === 'number') return i;
  if (t.kind !== 'word' || primaryTag(t) === 'VB' || primaryTag(t) === 'PRP') return -1;
  if (nounPhraseEnd(tokens, i) > i) return i;
  // A determiner, perhaps adjectives, then a word the lexicon reads first as an adjective or a verb but can be a noun:
  // "the fair", "the final", "the successful launch".
  if (primaryTag(t) === 'DT') {
    let k = i + 1;
    while (tokens[k]?.kind === 'word' && primaryTag(tokens[k]) === 'JJ' && tokens[k + 1]?.kind === 'word') k++;
    if (tokens[k]?.tags.includes('NN')) return i;
  }
  const participle = /^VB[NG]$/.test(primaryTag(t)) && nounPhraseEnd(tokens, i + 1) > i + 1;
  return participle ? i + 1 : -1;
}

const opensNounPhrase = (tokens: readonly Token[], i: number) => nounPhraseStart(tokens, i) >= 0;

/** The head of the noun phrase at `i`. */
function headOf(tokens: readonly Token[], i: number): Token | undefined {
  const start = nounPhraseStart(tokens, i);
  if (start < 0) return undefined;
  const end = nounPhraseEnd(tokens, start);
  return end > start ? tokens[end - 1] : tokens[start + 1];
}

const hasSense = (t: Token | undefined, senses: ReadonlySet<string>) =>
  t !== undefined && t.kind === 'word' && nounSenses(nounSingular.of(t)).some((s) => senses.has(s));

/** "V wrong NP" where Brown's V governs another preposition and never takes this one; the English preposition, if so. */
function swappedPreposition(tokens: readonly Token[], i: number): string | undefined {
  const head = tokens[i]!;
  const p = tokens[i + 1]!;
  const swaps = SWAPS.getToken(p);
  if (!swaps) return undefined;
  const g = governed(head, tokens[i - 1]);
  if (!g || !listHas(g.never, p.lower)) return undefined;
  const swap = swaps.find((s) => s.right === g.takes && g.share >= s.minShare);
  const noun = !VERBS.get(lemma.of(head)) || g !== VERBS.get(lemma.of(head));
  if (!swap || (noun && !NOUN_SWAPS.has(`${p.lower}>${swap.right}`))) return undefined;
  // "relies from whether our bank agrees": a question clause is the object as much as a noun phrase is.
  if (p.lower !== 'to' && WH_WORDS.hasToken(tokens[i + 2]!)) return swap.right;
  if (!opensNounPhrase(tokens, i + 2)) return undefined;
  // "refrained from the outset", "waited to the last minute": a time is an adjunct; a place after a verb of motion
  // is checked below, where "the Moon" is not a month.
  const motion = p.lower === 'to' && swap.right !== 'for';
  // "depend on", "rely on": a verb that Brown uses with "on" nine times in ten has its object after "from", even a
  // time ("depends from the season"), unless it names a start ("from the outset").
  const fromForOn = p.lower === 'from' && swap.right === 'on' && g.share >= 0.9 && !STARTS.has(headOf(tokens, i + 2)?.lower ?? '');
  if (!motion && !fromForOn && isTimePhrase(tokens, i + 2)) return undefined;
  const object = headOf(tokens, i + 2);
  // "counted from one to ten", "waited to 5": a bare number is a point on a scale, not the verb's object.
  if (object === undefined || isNumeral(object)) return undefined;
  // "on the committee" is a body one serves on; "on the trade fair", a gathering WordNet also files as an act, is an event.
  if (p.lower === 'on' && swap.right === 'in' && (ON_ADJUNCTS.hasToken(object) || hasSense(object, PERSON_ONLY_SENSES) || (hasSense(object, PERSON_SENSES) && !hasSense(object, EVENT_SENSES)))) return undefined;
  if (p.lower === 'to') {
    // "prepared to fight", "ready to act": a word that can be a base verb after "to" is an infinitive.
    if (tokens[i + 2]!.tags.includes('VB') && primaryTag(tokens[i + 2]) !== 'DT') return undefined;
    // "arrived to Berlin", "came to the station" against "arrived to cheers": a place only, after a verb of motion.
    if (motion) {
      if (!verbSenses(lemma.of(head)).includes('verb.motion')) return undefined;
      const named = object !== undefined && isProperNoun(object) && /^\p{Lu}/u.test(object.text);
      if (!named && !hasSense(object, PLACE_SENSES)) return undefined;
      // A town or country is "in", a building or stop "at": "arrived in Berlin", "arrived at the station".
      return named || (hasSense(object, CITY_SENSES) && !hasSense(object, BUILDING_SENSES)) ? 'in' : 'at';
    }
    // "prepared to the committee", "accountable to shareholders": "to" of a person is a dative, English after any verb.
    if (hasSense(object, PERSON_SENSES) || (object !== undefined && isProperNoun(object))) return undefined;
  }
  return swap.right;
}

// Adjectives whose preposition Brown fixes in nine uses of ten or more ("proud of", "aware of", "similar to",
// "characteristic of"): a preposition Brown never puts after one is the source's ("proud for", "sure in", "aware
// about", "similar with", "characteristic for": Russian "гордиться за", "уверен в", German "charakteristisch für"). Left out are the adjectives
// whose other readings or uses Brown's counts miss: "close" (a verb), "subject" (a noun), "active on social media",
// "full in the face", "afraid for his life", "ashamed for him", "suitable to the task", "inherent to", "conscious about".
const ADJECTIVE_MIN_SHARE = 0.9;
const ADJECTIVE_EXCEPTIONS = new WordSet(['close', 'subject', 'active', 'full', 'afraid', 'ashamed', 'suitable', 'inherent', 'conscious']);
const ADJECTIVE_PREPOSITIONS = new WordSet(['about', 'at', 'for', 'from', 'in', 'of', 'on', 'to', 'with']);
// Heads that make a preposition after an adjective an adjunct of the clause: "responsible in part", "similar in many
// ways", "sure in principle", "similar with respect to", "aware from the outset".
const ADJUNCT_HEADS = new WordSet(['part', 'way', 'ways', 'practice', 'principle', 'theory', 'fact', 'turn', 'general', 'particular', 'regard', 'respect', 'reference', 'exception', 'view', 'sense', 'effect', 'itself', 'themselves', 'reason', 'reasons', 'change', 'while', 'once', ...STARTS]);

/** "proud for our team" → "of": the English preposition of an adjective Brown nearly always gives one, if so. */
function adjectiveSwap(tokens: readonly Token[], i: number): string | undefined {
  const head = tokens[i]!;
  const p = tokens[i + 1]!;
  if (head.tags[0] !== 'JJ' || !ADJECTIVE_PREPOSITIONS.hasToken(p) || ADJECTIVE_EXCEPTIONS.hasToken(head)) return undefined;
  const g = ADJECTIVES.getToken(head);
  if (g === undefined || g.share < ADJECTIVE_MIN_SHARE || !listHas(g.never, p.lower)) return undefined;
  // "the rich on the coast", "an unusual characteristic for a southpaw": after a determiner (over adjectives and
  // adverbs), the word with no noun after it is a noun itself.
  let d = i - 1;
  while (d >= 0 && /^(JJ|RB)$/.test(primaryTag(tokens[d]))) d--;
  const before = tokens[i - 1];
  if (d >= 0 && /^(DT|PRP\$|POS)$/.test(primaryTag(tokens[d]))) return undefined;
  // "make sure for yourself": the idiom, not the adjective of knowing.
  if (head.lower === 'sure' && before !== undefined && lemma.of(before) === 'make') return undefined;
  // "sure to win", "worthy to serve": an infinitive.
  if (p.lower === 'to' && tokens[i + 2]!.tags.includes('VB') && primaryTag(tokens[i + 2]) !== 'DT') return undefined;
  if (!opensNounPhrase(tokens, i + 2) || isTimePhrase(tokens, i + 2)) return undefined;
  const object = headOf(tokens, i + 2);
  // "similar in 3 ways": a bare number; "similar to the old one" has its article.
  const first = tokens[i + 2]!;
  if (object === undefined || isNumeral(first) || ADJUNCT_HEADS.hasToken(object)) return undefined;
  return g.takes;
}

// Words of feeling after "be" and the preposition English gives their cause. Polish "zadowolony z", "rozczarowany z",
// Russian "доволен от" (colloquial), German "enttäuscht von", Italian "soddisfatto da" give the cause with "from"; no
// English word of feeling takes it (Brown: none of these before "from" after "be", its one "excited from the cortex"
// is a nerve's, and "excited" is left out). "tired from the trip", "exhausted from", "distracted from",
// "discouraged from", "relieved from duty" take "from" in English and are not listed.
const FEELING_CAUSE = new WordMap<string>([
  ['disappointed', 'with'], ['satisfied', 'with'], ['dissatisfied', 'with'], ['worried', 'about'], ['pleased', 'with'],
  ['annoyed', 'by'], ['delighted', 'with'], ['frustrated', 'by'], ['impressed', 'by'], ['thrilled', 'with'],
  ['fascinated', 'by'], ['amazed', 'by'], ['surprised', 'by'], ['embarrassed', 'by'], ['irritated', 'by'],
  ['bored', 'with'], ['scared', 'of'], ['frightened', 'of'], ['terrified', 'of'], ['horrified', 'by'],
  ['concerned', 'about'], ['enchanted', 'by'], ['content', 'with'], ['happy', 'with'], ['unhappy', 'with'],
  ['glad', 'about'], ['grateful', 'for'], ['enthusiastic', 'about'], ['angry', 'about'], ['sad', 'about'],
  ['nervous', 'about'], ['anxious', 'about'], ['proud', 'of'], ['afraid', 'of'],
]);
// Other predicates with the source's preposition, by the preposition MT wrote: French "différent de", Spanish "lejos
// de", "cerca de", German "voll mit" (Brown: none of these after "be"). "close from" is also a verb's ("close from 1 to
// 2 pm", a time), and "different from" is English, so only these pairs are listed.
const PREDICATE_CALQUES: ReadonlyMap<string, WordMap<string>> = new Map([
  ['of', new WordMap([['different', 'from'], ['far', 'from']])],
  ['from', new WordMap([['close', 'to']])],
  ['with', new WordMap([['full', 'of']])],
]);
// Adjectives of fame whose cause Russian gives in the instrumental ("известен своими пляжами", Polish "słynie z"),
// which MT renders "with": English is "famous for". Only before a possessive ("famous with its beaches"): "popular with
// tourists", "famous with audiences" name who admires, and "known with certainty" is English.
const FAME = new WordSet(['famous', 'known', 'renowned', 'famed', 'noted', 'celebrated', 'notorious', 'well-known']);
const POSSESSIVES = new WordSet(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
// German "bekannt durch", "berühmt durch", Polish "znany z", Russian instrumental by way of "by": "famous through its
// springs", "known by his novels". Brown's two "known by his/the name" are recognition, as are those below; "known
// through his letters" (how we know of him) is English, so "through" counts after the other words of fame only.
const FAME_PREPOSITIONS = new WordSet(['with', 'by', 'through']);
const onlyPeople = (t: Token) => {
  const senses = nounSenses(nounSingular.of(t));
  return senses.length > 0 && senses.every((s) => PERSON_SENSES.has(s));
};
const IDENTIFIERS = new WordSet([
  'name', 'names', 'nickname', 'nicknames', 'title', 'initials', 'sight', 'voice', 'face', 'appearance', 'uniform',
  'uniforms', 'colour', 'colours', 'color', 'colors', 'shape', 'smell', 'scent', 'sound', 'accent', 'signature', 'walk',
  'gait', 'fruit', 'fruits', 'leaves', 'markings', 'call', 'song', 'works', 'deeds', 'actions', 'first', 'eyes', 'hair',
  'beard', 'feathers', 'fur', 'tail', 'wings', 'bark', 'flowers', 'handwriting', 'laugh', 'look', 'looks', 'features',
  'label', 'labels', 'logo', 'emblem', 'badge', 'mark', 'marks', 'symbol', 'flag', 'crest', 'stripes', 'spots',
]);
// Those who admire: "famous with his fans", "popular with their readers" (WordNet's person sense would also take
// "services", "fans" also names a machine).
const ADMIRERS = new WordSet([
  'fans', 'followers', 'audience', 'audiences', 'public', 'readers', 'viewers', 'listeners', 'customers', 'clients',
  'visitors', 'guests', 'tourists', 'locals', 'people', 'members', 'students', 'pupils', 'children', 'users', 'supporters',
  'voters', 'neighbours', 'neighbors', 'colleagues', 'peers', 'critics', 'friends', 'family',
]);
// What makes the word before a predicate: "is", "were not", "felt very", "became".
const PREDICATE_VERBS = new WordSet(['be', 'feel', 'seem', 'remain', 'become', 'get', 'look', 'appear']);
// Fame is a state after "be": "became famous with his first film", "got known with the album" name the means.
const STATE_VERBS = new WordSet(['be', 'seem', 'remain']);
// "grateful from the bottom of my heart", "happy from the first page": the depth of a feeling or the start of a time.
const FEELING_ADJUNCTS = new WordSet(['bottom', 'heart', 'first', 'opening', 'very', 'early', ...STARTS]);

/** Whether a form of `verbs` ("be", "feel", …) stands before the word at `i`, over adverbs. */
function afterLinkingVerb(tokens: readonly Token[], i: number, verbs: ReadonlySet<string>): boolean {
  let b = i - 1;
  // "is best known", "is most famous": a superlative of degree too.
  while (b > 0 && (primaryTag(tokens[b]) === 'RB' || tokens[b]!.lower === 'best' || tokens[b]!.lower === 'most')) b--;
  const before = tokens[b];
  return before !== undefined && before.kind === 'word' && verbs.has(lemma.of(before));
}

/** "disappointed from the result" → "with", "famous with its beaches" → "for": a feeling's or fame's cause. */
function causeAfterPredicate(tokens: readonly Token[], i: number): string | undefined {
  const head = tokens[i]!;
  const p = tokens[i + 1]!;
  let english: string | undefined;
  if (p.lower === 'from') english = FEELING_CAUSE.getToken(head);
  if (FAME_PREPOSITIONS.hasToken(p) && FAME.hasToken(head) && POSSESSIVES.hasToken(tokens[i + 2]!) && !(p.lower === 'through' && head.lower === 'known')) english = 'for';
  english ??= PREDICATE_CALQUES.get(p.lower)?.getToken(head);
  if (english === undefined || !afterLinkingVerb(tokens, i, english === 'for' && FAME_PREPOSITIONS.hasToken(p) ? STATE_VERBS : PREDICATE_VERBS)) return undefined;
  // "disappointed from the start", "happy from that day on": a time.
  // "close from 1 to 2 pm": a number is a time or a scale.
  if (!opensNounPhrase(tokens, i + 2) || isTimePhrase(tokens, i + 2) || isNumeral(tokens[i + 2]!)) return undefined;
  // The first words after "from" ("the very start", "the bottom of"), read to a punctuation mark.
  for (let k = i + 2; k < i + 5 && tokens[k]?.kind === 'word'; k++) {
    if (FEELING_ADJUNCTS.hasToken(tokens[k]!)) return undefined;
    // "happy from morning to night", "from top to bottom": a range.
    if (k > i + 2 && (tokens[k]!.lower === 'to' || tokens[k]!.lower === 'till' || tokens[k]!.lower === 'until')) return undefined;
  }
  // "famous with his fans": those who admire.
  const object = headOf(tokens, i + 2);
  if (english === 'for' && FAME_PREPOSITIONS.hasToken(p) && (object === undefined || ADMIRERS.hasToken(object))) return undefined;
  // "known by his friends", "known by his name", "known by its leaves": who knows, or how one is recognised.
  // A noun that is only a person or a group names who knows ("his friends", "its members"); "its customer service",
  // "its fish market" also have an act or a thing.
  if (english === 'for' && p.lower !== 'with' && (IDENTIFIERS.hasToken(object!) || onlyPeople(object!))) return undefined;
  return english;
}

/** "about" after a reporting verb that takes a direct object: "announced about the plan". */
function aboutAfterReportingVerb(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i]!;
  if (tokens[i + 1]!.lower !== 'about' || !actsAsVerb(tokens, i, AFTER_TO) || !(ABOUTLESS.has(lemma.of(verb)) || isTold(verb))) return false;
  const next = tokens[i + 2]!;
  if (QUANTITY_WORDS.hasToken(next) || isNumeral(next)) return false;
  // "about a dozen", "about a third", "about an hour": "a" + a quantity or unit.
  if ((next.lower === 'a' || next.lower === 'an') && (QUANTITY_WORDS.has(tokens[i + 3]?.lower ?? '') || /^(third|quarter|fifth|tenth|million|billion|thousand|week|month|year|day|hour|minute|mile|kilometre|kilometer|percent)$/.test(tokens[i + 3]?.lower ?? ''))) return false;
  // "was consulted about the plan", "were never told about it": a passive's subject is the person told.
  let b = i - 1;
  while (b > 0 && primaryTag(tokens[b]) === 'RB') b--;
  const before = tokens[b];
  if (verb.tags.includes('VBN') && before !== undefined && /^(?:be|is|are|was|were|been|being|am|get|got|gets)$/.test(before.lower)) return false;
  if (isTold(verb)) {
    // "What he told about the war", "the things that she told about": the object stands before, fronted.
    for (let k = Math.max(0, i - 3); k < i; k++) if (/^(what|that|which|whatever|all)$/.test(tokens[k]!.lower)) return false;
    // "The story told about the town": a participle after a noun of no person is a reduced relative.
    const subject = tokens[i - 1];
    if (subject !== undefined && /^NNS?$/.test(primaryTag(subject)) && !hasSense(subject, PERSON_SENSES)) return false;
    // "lived to tell about it" is an idiom.
    return next.lower !== 'it' && (opensNounPhrase(tokens, i + 2) || WH_WORDS.hasToken(next));
  }
  return opensNounPhrase(tokens, i + 2) || next.lower === 'it' || next.lower === 'this' || next.lower === 'them';
}

/** "on/about/of that" + a clause after a verb, noun or adjective: "insisted on that the vote was valid". */
function prepositionBeforeClause(tokens: readonly Token[], i: number): boolean {
  const governor = tokens[i]!;
  const p = tokens[i + 1]!;
  if (!CLAUSE_PREPOSITIONS.hasToken(p) || tokens[i + 2]?.lower !== 'that') return false;
  // After a verb or adjective only: after a noun, "of that" + noun is a demonstrative ("the nadir of that circuit is").
  const tag = primaryTag(governor);
  if (!(tag.startsWith('VB') || tag === 'JJ') || /^(DT|PRP\$|JJ|CD)$/.test(primaryTag(tokens[i - 1]))) return false;
  const subject = tokens[i + 3];
  if (subject === undefined || (subject.kind !== 'word' && subject.kind !== 'number')) return false;
  // A singular noun after "that" is a demonstrative's ("on that point"), unless a finite verb follows it at once
  // ("insisted on that supply matters more").
  const nounSubject = p.lower !== 'of' && primaryTag(subject) === 'NN' && isWordToken(tokens[i + 4]) && /^(VBZ|VBD|MD)$/.test(primaryTag(tokens[i + 4]));
  if ((!CLAUSE_SUBJECTS.has(primaryTag(subject)) && !nounSubject) || subject.lower === 'that') return false;
  // A pronoun may open a new clause after a demonstrative "that" ("with the aid of that I could hear"): only a verb
  // with "he", "she", "we", "they" is read as a that-clause.
  if (primaryTag(subject) === 'PRP' && (!/^(he|she|we|they)$/.test(subject.text) || !tag.startsWith('VB'))) return false;
  // The clause's verb right after its subject: "on that the new rules were", "about that he", "that the talks continue".
  // The noun phrase may swallow a verb the lexicon reads first as a noun ("that the players rest"): any word up to its
  // end that can be finite, right after a noun or pronoun, is the verb.
  const end = Math.max(i + 4, nounPhraseEnd(tokens, i + 3));
  for (let k = i + 4; k <= end && k < tokens.length; k++) {
    const verb = tokens[k]!;
    const finite = isWordToken(verb) && (isFiniteVerb(verb) || isModal(verb) || verb.tags.some((t) => /^(VBP|VBD|VBZ|MD)$/.test(t)));
    if (finite && (k === end || /^(NNS?|NNPS?|PRP|CD)$/.test(primaryTag(tokens[k - 1])))) return true;
  }
  return false;
}

/** "estimated in 5 million euros": an amount after "in" that English gives with "at". */
function valuationIn(tokens: readonly Token[], i: number): number {
  const verb = tokens[i]!;
  // "estimate" is a noun first in the lexicon; after a plural subject, pronoun, modal or "to" it is the verb.
  if (!actsAsVerb(tokens, i, AFTER_SUBJECT) || !VALUATION.has(lemma.of(verb))) return -1;
  // The object may stand between: "estimate the losses in 200 million euros".
  // And "estimated on 2 million euros" (Polish "oszacowano na", Russian "оценили в" by way of "на", Italian "stimato su").
  const p = /^(in|on)$/.test(tokens[i + 1]!.lower) ? i + 1 : nounPhraseEnd(tokens, i + 1);
  const on = tokens[p]?.lower === 'on';
  if (tokens[p]?.lower !== 'in' && !on) return -1;
  // A hedge may stand before the amount: "estimated on around 5 million".
  const a = AMOUNT_HEDGES.has(tokens[p + 1]?.lower ?? '') ? p + 2 : p + 1;
  const amount = tokens[a];
  if (amount === undefined) return -1;
  if (/^[$€£¥₽]$/.test(amount.text)) return p;
  // "valued on 3 March": after "on" a bare number is a day, so only a unit makes it an amount.
  if (on) {
    const end = cardinalEnd(tokens, a);
    return end >= 0 && (UNITS.test(tokens[a + 1]?.lower ?? '') || UNITS.test(tokens[end]?.lower ?? '')) ? p : -1;
  }
  // A year is a time ("estimated in 2019"), and a number in words may count anything ("estimated in three studies");
  // an amount has a unit or a magnitude after it ("in five million euros", "in 40 million").
  const end = cardinalEnd(tokens, a);
  if (end < 0) return -1;
  return UNITS.test(tokens[a + 1]?.lower ?? '') || UNITS.test(tokens[end]?.lower ?? '') || (amount.kind === 'number' && !isYearNumber(amount.text)) ? p : -1;
}

// "составляет 45 евро", "wynosi 45 euro", "s'élève à": the verb of an amount, whose "to" MT drops ("amounts 45
// euros"). English "amount" takes its sum only with "to".
const AMOUNT_VERBS = new WordSet(['amount', 'amounts', 'amounted', 'amounting']);
const AMOUNT_HEDGES = new WordSet(['about', 'almost', 'nearly', 'approximately', 'roughly', 'around', 'some', 'only', 'just', 'over', 'more', 'less']);

/**
 * "The fee amounts 45 euros": a form of "amount" used as a verb (after its subject, not after a determiner, adjective,
 * number or preposition: "in small amounts 3 times a day") with a number or a currency sign right after it, or
 * after a hedge ("amounted nearly 3 million"; "amounts almost to an inoculation" has its "to").
 */
function amountWithoutToAt(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const before = tokens[i - 1];
  if (before === undefined || before.kind !== 'word' || /^(DT|JJ|JJR|JJS|CD|IN|PRP\$|TO)$/.test(primaryTag(before))) return undefined;
  let k = i + 1;
  if (AMOUNT_HEDGES.has(tokens[k]?.lower ?? '')) k++;
  const amount = tokens[k];
  if (amount === undefined || !(amount.kind === 'number' || /^[$€£¥₽]$/.test(amount.text))) return undefined;
  const next = tokens[i + 1]!;
  return {
    start: verb.start,
    end: next.end,
    message: `"${verb.text}" takes its sum with "to" in English: "${verb.text} to ${next.text}".`,
    suggestions: [{ start: next.start, end: next.start, replacement: 'to ' }],
  };
}

// Chinese "与您联系", Japanese "ご連絡", Spanish "contactar con", Italian "contattare con": the source's "with" kept after
// the verb. English "contact" takes its object directly; "contact with" is only the noun ("lost contact with").
const CONTACT = new WordSet(['contact', 'contacts', 'contacted', 'contacting']);
const CONTACT_SUBJECTS = new WordSet(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'to', 'please', 'i', 'we', 'you', 'they', 'he', 'she', 'not', 'immediately', 'directly']);

/**
 * "We will contact with you", "Please contact with our office": "contact" after a modal, "to", "please", a subject
 * pronoun or an adverb, before a pronoun, a determiner or a name. After a preposition or a determiner it is the noun
 * ("came into contact with", "the contact with"), never read.
 */
function contactAsVerb(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const object = tokens[i + 2];
  if (before === undefined || !CONTACT_SUBJECTS.hasToken(before) || !isWordToken(object)) return false;
  if (before.lower === 'to' && /^(came|come|comes|coming|brought|bring|into)$/.test(tokens[i - 2]?.lower ?? '')) return false;
  return /^(PRP|PRP\$|DT|NNP|NNPS)$/.test(primaryTag(object));
}

/** A report that deletes the preposition `p` (up to the word after it). */
function dropped(p: Token, next: Token, message: string): Report {
  return { start: p.start, end: p.end, message, suggestions: [{ start: p.start, end: next.start, replacement: '' }] };
}

export default defineRule({
  meta: {
    id: 'verb-preposition-calque',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.9,
    description: 'A verb with the preposition of its source counterpart: "depends from", "announced about", "arrived to Berlin", "insisted on that", "protects before diseases", "known by his novels".',
    sourceHint: 'Russian and German government: "зависеть от", "сообщить о", "прибыть в", "настаивать на том, что", "оценить в", "teilnehmen an".',
    fixable: true,
  },
  anchor: startsPair,
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // Each pair the checks read has an anchor as its head or as the word after it: the pairs at each anchor and the
    // one before it, each once, in order.
    const anchors = anchorsIn(sentence, ctx, startsPair);
    let read = -1;
    for (let a = 0; a < anchors.length; a++) {
      for (let i = Math.max(anchors[a]! - 1, read + 1); i <= anchors[a]! && i + 2 < tokens.length; i++) {
        read = i;
        const head = tokens[i]!;
        const p = tokens[i + 1]!;
        if (CONTACT.hasToken(head) && p.lower === 'with' && contactAsVerb(tokens, i)) {
          reports.push(dropped(p, tokens[i + 2]!, `"${head.text}" takes its object directly in English: "${head.text} ${tokens[i + 2]!.text}", not "${head.text} with".`));
          continue;
        }
        const amountWithoutTo = AMOUNT_VERBS.hasToken(head) ? amountWithoutToAt(tokens, i) : undefined;
        if (amountWithoutTo) {
          reports.push(amountWithoutTo);
          continue;
        }
        // Cheap filters: two words in a row, and a preposition or a head word that one of the checks below asks for.
        if (head.kind !== 'word' || p.kind !== 'word' || (!CHECKED_PREPOSITIONS.hasToken(p) && !DEGREE_ADVERBS.hasToken(p) && !isCheckedHead(head) && (head.tags[0] !== 'JJ' || !ADJECTIVE_PREPOSITIONS.hasToken(p)) && !((p.lower === 'with' && head.lower === 'full') || (FAME_PREPOSITIONS.hasToken(p) && FAME.hasToken(head))) && !(p.lower === 'before' && (BEFORE_WORDS.getToken(head) !== undefined)))) continue;
        // "afraid before dogs", "safe before thieves": a word of fear or safety, which has no verb reading for SPECIAL.
        const fear = p.lower === 'before' && (BEFORE_WORDS.getToken(head) !== undefined) ? dangerBefore(tokens, i) : undefined;
        if (fear) {
          reports.push(fear);
          continue;
        }
        const next = tokens[i + 2]!;
        if (prepositionBeforeClause(tokens, i)) {
          reports.push(dropped(p, next, `"${p.text} that" cannot introduce a clause in English: "${head.text} that …" (a calque of Russian "${p.lower === 'about' || p.lower === 'of' ? 'о том, что' : 'на том, что'}").`));
          continue;
        }
        if (aboutAfterReportingVerb(tokens, i)) {
          if (isTold(head)) {
            const talked = TALKED.getToken(head) ?? 'talked';
            reports.push({
              start: head.start,
              end: p.end,
              message: `"${head.text}" takes its hearer first in English ("told us about"); with no hearer, English says "${talked} about" (a calque of Russian "рассказать о").`,
              suggestions: [{ start: head.start, end: head.end, replacement: head.text[0] === 'T' ? `T${talked.slice(1)}` : talked }],
            });
          } else reports.push(dropped(p, next, `"${head.text}" takes a direct object in English, without "about".`));
          continue;
        }
        const adjective = adjectiveSwap(tokens, i) ?? causeAfterPredicate(tokens, i);
        if (adjective) {
          reports.push({
            start: p.start,
            end: p.end,
            message: `"${head.text}" takes "${adjective}" in English, not "${p.text}".`,
            suggestions: [{ start: p.start, end: p.end, replacement: adjective }],
          });
          continue;
        }
        const valuation = valuationIn(tokens, i);
        if (valuation >= 0) {
          const inToken = tokens[valuation]!;
          reports.push({
            start: inToken.start,
            end: inToken.end,
            message: `An amount after "${head.text}" takes "at" in English, not "${inToken.text}".`,
            suggestions: [{ start: inToken.start, end: inToken.end, replacement: 'at' }],
          });
          continue;
        }
        // A degree adverb may stand between: "depends very much from the rain". The check reads the words without it.
        let at = i + 1;
        while (at < i + 3 && DEGREE_ADVERBS.has(tokens[at]?.lower ?? '')) at++;
        const right = at === i + 1
          ? swappedPreposition(tokens, i)
          : tokens[at] !== undefined && SWAPS.has(tokens[at]!.lower) ? swappedPreposition([...tokens.slice(0, i + 1), ...tokens.slice(at)], i) : undefined;
        if (right) {
          const q = tokens[at]!;
          reports.push({
            start: q.start,
            end: q.end,
            message: `"${head.text}" takes "${right}" in English, not "${q.text}".`,
            suggestions: [{ start: q.start, end: q.end, replacement: right }],
          });
          continue;
        }
        const target = NOUN_TARGETS.getToken(head) !== undefined ? nounTarget(tokens, i) : undefined;
        if (target) {
          reports.push(target);
          continue;
        }
        // "married" is read first as an adjective ("is married with"), and is the verb's participle all the same.
        // So are "closed" ("is closed for") and "interested".
        // "comments" is a noun as often as a verb, and takes its topic with "on" either way.
        const special = SPECIAL.get(head.lower.startsWith('congratulat') ? 'congratulate' : head.lower === 'married' ? 'marry' : head.lower === 'closed' ? 'close' : head.lower === 'interested' ? 'interest' : head.lower === 'comment' || head.lower === 'comments' ? 'comment' : head.lower === 'warning' ? 'warn' : isVerbToken(head) ? lemma.of(head) : '');
        const report = special?.(tokens, i);
        if (report) reports.push(report);
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The pupils listened the concert in silence.', output: 'The pupils listened to the concert in silence.' },
      { text: 'Dozens of fans waited the players at the hotel.', output: 'Dozens of fans waited for the players at the hotel.' },
      { text: 'I have been looking you all morning.', output: 'I have been looking for you all morning.' },
      { text: 'We searched them everywhere, but the dogs were gone.', output: 'We searched for them everywhere, but the dogs were gone.' },
      { text: 'Please listen me for a second.', output: 'Please listen to me for a second.' },
      { text: 'Tourists must register to a local doctor after arrival.', output: 'Tourists must register with a local doctor after arrival.' },
      { text: 'The repairs were estimated on 40,000 euros.', output: 'The repairs were estimated at 40,000 euros.' },
      { text: 'Analysts value the firm on roughly 2 billion dollars.', output: 'Analysts value the firm at roughly 2 billion dollars.' },
      { text: 'Two burglars entered in the school at night.', output: 'Two burglars entered the school at night.' },
      { text: 'The spokesman answered to the questions of reporters.', output: 'The spokesman answered the questions of reporters.' },
      { text: 'The ministers discussed on the budget until late.', output: 'The ministers discussed the budget until late.' },
      { text: 'Whether the pool stays open depends from whether the city pays.', output: 'Whether the pool stays open depends on whether the city pays.' },
      { text: 'The injured driver was transported at the hospital.', output: 'The injured driver was transported to the hospital.' },
      { text: 'The fund will invest into solar farms.', output: 'The fund will invest in solar farms.' },
      { text: 'Engineers are working over a new bridge design.', output: 'Engineers are working on a new bridge design.' },
      { text: 'Forecasters warn before heavy snow in the Alps.', output: 'Forecasters warn of heavy snow in the Alps.' },
      { text: 'The agency is warning before slippery pavements.', output: 'The agency is warning of slippery pavements.' },
      { text: 'The tanks approached to the bridge at dawn.', output: 'The tanks approached the bridge at dawn.' },
      { text: 'The convoy reached to the capital at noon.', output: 'The convoy reached the capital at noon.' },
      { text: 'Few members attended at the annual meeting.', output: 'Few members attended the annual meeting.' },
      { text: 'The new tax had a strong influence to consumer prices.', output: 'The new tax had a strong influence on consumer prices.' },
      { text: 'The attack to the embassy was condemned.', output: 'The attack on the embassy was condemned.' },
      { text: 'Her participation on the summit was confirmed.', output: 'Her participation in the summit was confirmed.' },
      { text: 'The police thanked to all the volunteers.', output: 'The police thanked all the volunteers.' },
      { text: 'The chain will enter into the Dutch market next year.', output: 'The chain will enter the Dutch market next year.' },
      { text: 'The results are different of the forecast.', output: 'The results are different from the forecast.' },
      { text: 'The hotel is close from the old town.', output: 'The hotel is close to the old town.' },
      { text: 'The tank was full with rainwater.', output: 'The tank was full of rainwater.' },
      { text: 'The passengers were disappointed from the long delay.', output: 'The passengers were disappointed with the long delay.' },
      { text: 'Most residents are satisfied from the new bus line.', output: 'Most residents are satisfied with the new bus line.' },
      { text: 'Parents are worried from the closure of the school.', output: 'Parents are worried about the closure of the school.' },
      { text: 'The island is famous with its white beaches.', output: 'The island is famous for its white beaches.' },
      { text: 'The firm is known with its cheap flights.', output: 'The firm is known for its cheap flights.' },
      { text: 'Thirty clubs participated on the youth festival.', output: 'Thirty clubs participated in the youth festival.' },
      { text: 'The injured climber was airlifted in hospital in Innsbruck.', output: 'The injured climber was airlifted to hospital in Innsbruck.' },
      { text: 'The teenager was sent in a foster home near the coast.', output: 'The teenager was sent to a foster home near the coast.' },
      { text: 'Consumer groups warned before the risks of online lotteries.', output: 'Consumer groups warned of the risks of online lotteries.' },
      { text: 'The new paint protects the bridge before corrosion.', output: 'The new paint protects the bridge from corrosion.' },
      { text: 'Thick gloves protect the hands before harsh chemicals.', output: 'Thick gloves protect the hands from harsh chemicals.' },
      { text: 'The painter is best known by his seascapes.', output: 'The painter is best known for his seascapes.' },
      { text: 'The valley is famous through its orchards.', output: 'The valley is famous for its orchards.' },
      { text: 'The agency is specialised at the recruitment of nurses.', output: 'The agency is specialised in the recruitment of nurses.' },
      { text: 'Many horses are afraid before dogs.', output: 'Many horses are afraid of dogs.' },
      { text: 'Few students were interested about the lecture.', output: 'Few students were interested in the lecture.' },
      { text: 'The new doors keep the archive safe before thieves.', output: 'The new doors keep the archive safe from thieves.' },
      { text: 'The gel offers protection before sunburn.', output: 'The gel offers protection from sunburn.' },
      { text: 'The former official was accused in bribery.', output: 'The former official was accused of bribery.' },
      { text: 'The ministry gave no comments to the verdict.', output: 'The ministry gave no comments on the verdict.' },
      { text: 'The water board called the local residents to boil tap water.', output: 'The water board called on the local residents to boil tap water.' },
      { text: 'The mayor congratulated to the champions.', output: 'The mayor congratulated the champions.' },
      { text: 'We will contact with you within two days.', output: 'We will contact you within two days.' },
      { text: 'She is married with an engineer from Lyon.', output: 'She is married to an engineer from Lyon.' },
      { text: 'When the judge entered into the courtroom, everyone stood up.', output: 'When the judge entered the courtroom, everyone stood up.' },
      { text: 'The bridge is closed for heavy traffic until May.', output: 'The bridge is closed to heavy traffic until May.' },
      { text: 'The investors are interested for the new terminal.', output: 'The investors are interested in the new terminal.' },
      { text: 'Forty schools participated on the reading project.', output: 'Forty schools participated in the reading project.' },
      { text: 'Please contact with our support team.', output: 'Please contact our support team.' },
      { text: 'The monthly fee amounts 30 euros per user.', output: 'The monthly fee amounts to 30 euros per user.' },
      { text: 'The damage amounted nearly $2 million.', output: 'The damage amounted to nearly $2 million.' },
      { text: 'The reporters asked to the mayor about the floods.', output: 'The reporters asked the mayor about the floods.' },
      { text: 'The coach thanked to the fans for their support.', output: 'The coach thanked the fans for their support.' },
      { text: 'The harvest depends from the weather.', output: 'The harvest depends on the weather.' },
      { text: 'The price of a room depends from the season.', output: 'The price of a room depends on the season.' },
      { text: 'The tenants complained on the smell from the cellar.', output: 'The tenants complained of the smell from the cellar.' },
      { text: 'The new council consists from nine members.', output: 'The new council consists of nine members.' },
      { text: 'The president congratulated the crew with the anniversary.', output: 'The president congratulated the crew on the anniversary.' },
      { text: 'The delegation arrived to Beijing on Monday.', output: 'The delegation arrived in Beijing on Monday.' },
      { text: 'The first trains arrived to the new station at noon.', output: 'The first trains arrived at the new station at noon.' },
      { text: 'The region is dependent from imports of grain.', output: 'The region is dependent on imports of grain.' },
      { text: 'The ministers discussed about the new budget.', output: 'The ministers discussed the new budget.' },
      { text: 'The club refused from the transfer of its captain.', output: 'The club refused the transfer of its captain.' },
      { text: 'The pilots were awarded with medals for bravery.', output: 'The pilots were awarded medals for bravery.' },
      { text: 'The academy awarded him with a diploma.', output: 'The academy awarded him a diploma.' },
      { text: 'The engineer told about the new tunnel.', output: 'The engineer talked about the new tunnel.' },
      { text: 'The firm specializes on solar panels.', output: 'The firm specializes in solar panels.' },
      { text: 'The minister answered on the questions of the press.', output: 'The minister answered the questions of the press.' },
      { text: 'It all depends from the budget.', output: 'It all depends on the budget.' },
      { text: 'The island depends largely from tourism.', output: 'The island depends largely on tourism.' },
      { text: 'Volunteers are asked to report about damaged trees.', output: 'Volunteers are asked to report damaged trees.' },
      { text: 'The airline announced about new routes to Asia.', output: 'The airline announced new routes to Asia.' },
      { text: 'The agency reported about heavy losses in the north.', output: 'The agency reported heavy losses in the north.' },
      { text: 'The union insisted on that the talks continue.', output: 'The union insisted that the talks continue.' },
      { text: 'The losses were estimated in 3 million dollars.', output: 'The losses were estimated at 3 million dollars.' },
      { text: 'The repairs are valued in four million pounds.', output: 'The repairs are valued at four million pounds.' },
      { text: 'Insurers estimate the damage in 40 million euros.', output: 'Insurers estimate the damage at 40 million euros.' },
      { text: 'The ministry reported about a rise in prices.', output: 'The ministry reported a rise in prices.' },
      { text: 'The council announced about the gradual return of the trams.', output: 'The council announced the gradual return of the trams.' },
      { text: 'Forty schools participated at the contest.', output: 'Forty schools participated in the contest.' },
      { text: 'The students are preparing to the final exams.', output: 'The students are preparing for the final exams.' },
      { text: 'Our exports rely from cheap energy.', output: 'Our exports rely on cheap energy.' },
      { text: 'The date relies from whether our bank agrees.', output: 'The date relies on whether our bank agrees.' },
      { text: 'The villagers are proud for their new school.', output: 'The villagers are proud of their new school.' },
      { text: 'The engineers were sure in the strength of the bridge.', output: 'The engineers were sure of the strength of the bridge.' },
      { text: 'Most tenants were not aware about the new rules.', output: 'Most tenants were not aware of the new rules.' },
      { text: 'Such delays are characteristic for small airports.', output: 'Such delays are characteristic of small airports.' },
      { text: 'The clinic lacks of nurses in the night shift.', output: 'The clinic lacks nurses in the night shift.' },
      { text: 'The town lacked of clean water for a week.', output: 'The town lacked clean water for a week.' },
      { text: 'The drought influenced on the price of wheat.', output: 'The drought influenced the price of wheat.' },
      { text: 'The report emphasized on the risks of the plan.', output: 'The report emphasized the risks of the plan.' },
      { text: 'The opposition accused the minister in bribery.', output: 'The opposition accused the minister of bribery.' },
      { text: 'She graduated the conservatory in Vienna in 1998.', output: 'She graduated from the conservatory in Vienna in 1998.' },
    ],
    valid: [
      'She looked him in the eye and smiled.',
      'Look them up in the phone book.',
      'The guards searched him and found a knife.',
      'She waited her turn at the counter.',
      'We will wait them out.',
      'The car is registered to a company in Leeds.',
      'The land was valued on 3 March.',
      'Students register to vote at the library.',
      'He listened a moment, then left.',
      'She waited her turn at the desk.',
      'The waiter waited tables all summer.',
      'The board will answer to the shareholders.',
      'The horse was entered in the race.',
      'The cases are discussed on pages 8 to 14.',
      'The mayor called the residents to a meeting.',
      'The patient was transferred at the hospital to a new ward.',
      'She was admitted at the hospital on Monday.',
      'The crew worked over the weekend.',
      'His lips worked over the words.',
      'The fund will invest in solar farms.',
      'The ladder reached to the roof.',
      'The midwife attended at the birth.',
      'Her approach to the problem was new.',
      'The attack to the left flank failed.',
      'The impact to date has been small.',
      'He warned before the vote that the budget was short.',
      'Officials warned before Christmas.',
      'What he told about the war shocked us.',
      'The story told about the founder is a legend.',
      'The nurse attended to the wounded.',
      'The firm entered into talks with the union.',
      'She was warned before the trial began.',
      'The shop is close from 1 to 2 pm.',
      'The tank was full of rainwater.',
      'She seemed tired from the long journey.',
      'I am grateful from the bottom of my heart.',
      'He was happy from morning to night.',
      'The children were scared from the start of the film.',
      'She became famous with her first novel.',
      'The singer was famous with his fans in Japan.',
      'The result was known with certainty.',
      'The children were distracted from their homework.',
      'He was relieved from duty in June.',
      'The photos were taken in the hospital.',
      'He was treated in hospital for a week.',
      'He was thrown in jail for a night.',
      'The patient was taken in an ambulance to the coast.',
      'She was hospitalized in Bern.',
      'Doctors warned before the storm that roads would flood.',
      'The farmers covered the crops before the frost.',
      'Cover the plants before frost sets in.',
      'She warned the board before the vote.',
      'The minister testified before the committee and warned of delays.',
      'The actor was known by his stage name.',
      'The old priest was known by everyone in the parish.',
      'The song became famous through a television advert.',
      'He specialised at an early age in string instruments.',
      'The letters are known through their copies in the archive.',
      'The actors were afraid before the premiere.',
      'Equal protection before the law is guaranteed.',
      'We were safe before dark.',
      'I happen to be interested on the legislative side.',
      'They have been interested of late in the old mill.',
      'The beetle is known by its red spots.',
      'The doctor specialised at a clinic in Vienna.',
      'The men accused in the robbery appeared in court.',
      'The children were brought in from the garden.',
      'The samples were taken in the clinic.',
      'Please add comments to the code before merging.',
      'The teacher called the children to come inside.',
      'The chairman called the parties to order.',
      'The mayor called on the residents to stay indoors.',
      'His comments to the press about the case were brief.',
      'We lost contact with them in May.',
      'He came into contact with the virus.',
      'Contact with the crew was lost.',
      'Please contact us within two days.',
      'Take the drug in small amounts 3 times a day.',
      'The fee amounts to 30 euros per user.',
      'It amounts almost to an admission of guilt.',
      'She was asked to the dance by a classmate.',
      'Thanks to the volunteers, the park reopened.',
      'He asked to see the manager.',
      'They helped to the best of their ability.',
      'He asked to pilot the boat.',
      'The harvest depends on the weather.',
      'The ministers discussed about a dozen proposals.',
      'They discussed about 40 cases in one day.',
      'The troops arrived to find the town empty.',
      'The team arrived to cheers from the crowd.',
      'She congratulated him with a warm smile.',
      'The country gained independence from Britain in 1960.',
      'The meal consisted of bread and soup.',
      'He refused from the outset to discuss the matter.',
      'She congratulated the winners with a short speech.',
      'The final depends on the result from the first leg.',
      'The firm reported about 300 new jobs.',
      'The firm reported about a dozen new cases.',
      'The bank estimated in its report that growth would slow.',
      'He was consulted about the new plan.',
      'She insisted on that point for an hour.',
      'He insisted on that.',
      'Much depends on that.',
      'The house was built in 1910 and estimated in 1960 to be worth more.',
      'The risk was estimated in three studies.',
      'The losses were estimated at 3 million dollars.',
      'He revealed to the committee that he had lied.',
      'She prepared to leave the city.',
      'They counted from one to ten.',
      'The guests arrived to a warm welcome.',
      'The delegates participated at every stage of the talks.',
      'We were waiting to the end of the film.',
      'In that case, it depends.',
      'He erred in that he trusted them.',
      'What he knows of that history came to him orally.',
      'The nadir of that circuit is death.',
      'He was charged with four counts of assault.',
      'The troops were ready to fight.',
      'The focus of the talks was trade.',
      'The degree was awarded with distinction.',
      'The grant was awarded with the support of the council.',
      'She was never told about the changes.',
      'The mayor answered on Monday.',
      'He answered on behalf of the board.',
      'The clinic specialized in May in skin care.',
      'He told about forty people.',
      'Few lived to tell about it.',
      'He was very much from the old school.',
      'He told us about the new tunnel.',
      'The annual sales report about the market was late.',
      'The prize is awarded with great ceremony every spring.',
      'The rich on the coast pay less tax.',
      'Speed is an unusual characteristic for a goalkeeper.',
      'Make sure for yourself that the door is locked.',
      'She is sure to win the final.',
      'The two plans are similar in many ways.',
      'He was aware from the outset of the risks.',
      'She was afraid for her son.',
      'The stresses on the beam were measured.',
      'The mayor stressed on Monday that the budget is balanced.',
      'Young voters were influenced on many levels.',
      'The team lacked in experience.',
      'The country suffers from a lack of nurses.',
      'The two men accused in the robbery were released.',
      'She accused him in court of lying.',
      'He accused them in a letter to the editor.',
      'The academy graduated 300 officers this year.',
      'She is married with two children.',
      'The firm entered into an agreement with the city.',
      'Few burglars would break and enter into an apartment with a dog.',
      'The two sides entered into talks in May.',
      'The new cases were entered into the registry.',
      'The museum was closed for repairs.',
      'The road was closed for seven months.',
      'She has been interested for years in old maps.',
      'Over 400 pupils participate on a voluntary basis.',
      'The players participate on behalf of their clubs.',
      'They married with a small ceremony in June.',
      'He is married with a son and a daughter.',
      'She graduated from the conservatory in 1998.',
    ],
  },
});

// The prepositions the checks look at: a pair with another one can only be a valuation verb's or one of SPECIAL's.
const CHECKED_PREPOSITIONS: WordSet = new WordSet([...CLAUSE_PREPOSITIONS, 'about', ...SWAPS.keys()]);
/** A word `valuationIn` or SPECIAL may look at: a valuation verb, "congratulate" and "refuse" in any form. */
const isCheckedLemma = memoizeByWord((lower) => VALUATION.has(lemma(lower)) || SPECIAL.has(lemma(lower)));
/** Both read a word only with a verb reading (or spelled "congratulat…"): the tags are tested before the lemma is looked up. */
const isCheckedHead = (t: Token) => (hasVerbReading(t) && isCheckedLemma(t.lower)) || t.lower.startsWith('congratulat');
/**
 * A word a check starts from, as the head of a pair (a verb, adjective or "contact" form a check reads) or as the
 * word after the head (a checked preposition or degree adverb): the detector's cheap filters, token by token.
 */
function startsPair(t: Token): boolean {
  if (CONTACT.hasToken(t) || AMOUNT_VERBS.hasToken(t)) return true;
  return t.kind === 'word' && (CHECKED_PREPOSITIONS.hasToken(t) || DEGREE_ADVERBS.hasToken(t) || ADJECTIVE_PREPOSITIONS.hasToken(t) || FAME.hasToken(t) || BEFORE_WORDS.getToken(t) !== undefined || isCheckedHead(t));
}


// What is awarded: a medal or diploma (noun.communication), a prize or grant (noun.possession), a cup (noun.artifact).
const AWARDED_THINGS = new WordSet(['noun.communication', 'noun.possession', 'noun.artifact']);
const AWARD_MANNERS = new WordSet(['distinction', 'honours', 'honors', 'merit', 'support', 'help', 'approval', 'consent', 'backing', 'aid', 'assistance', 'fanfare', 'applause']);
// The forms of "talk" for those of "tell".
const TALKED = new WordMap([['tell', 'talk'], ['tells', 'talks'], ['told', 'talked'], ['telling', 'talking']]);

// Verbs whose person object Russian and German put in the dative ("спросил министра"/"fragte den Minister" aside,
// "позвонил министру", "dankte dem Minister"), which MT renders with "to"; English takes the person as the direct
// object. Brown has none of them before "to" + a person ("thanks to" is the idiom; "help", a noun as often, and
// "helping to pilot" are left out).
const DATIVE_VERBS = ['ask', 'tell', 'phone', 'telephone', 'thank', 'inform', 'remind', 'advise'];
const BE_OR_GET = new WordSet(['be', 'get']);

/** "asked to the minister", "phoned to his lawyer": "to" + a person or body right after the verb, not a passive's. */
function dativeTo(tokens: readonly Token[], i: number): Report | undefined {
  const head = tokens[i]!;
  const to = tokens[i + 1]!;
  if (to.lower !== 'to' || head.lower === 'thanks' || !isVerbToken(head)) return undefined;
  // "She was asked to the dance" (invited): a passive's "to" is English.
  const before = tokens[i - 1];
  if (before !== undefined && BE_OR_GET.has(lemma.of(before))) return undefined;
  const first = tokens[i + 2];
  // "thanked to all the doctors", "to each of": a predeterminer before the article or possessive.
  const pre = isWordToken(first) && /^(all|both|each|every)$/.test(first.lower) ? 1 : 0;
  const article = tokens[i + 2 + pre];
  const noun = isWordToken(article) && (article.lower === 'the' || /^PRP\$$/.test(primaryTag(article))) ? tokens[i + 3 + pre] : pre ? article : first;
  // A bare word after "to" that can be a verb is an infinitive: "asked to pilot the ship".
  if (!isWordToken(noun) || (noun === first && first.tags.includes('VB'))) return undefined;
  const tag = primaryTag(noun);
  if (!(tag === 'NNP' || ((tag === 'NN' || tag === 'NNS') && hasSense(noun, PERSON_SENSES)))) return undefined;
  return dropped(to, first!, `"${head.text}" takes the person as its object in English, without "to" (a calque of the source's dative).`);
}

// What one answers, which Russian "ответить на" and German "antworten auf" give with "on": English answers it directly.
const ANSWERED = new WordSet(['question', 'questions', 'letter', 'letters', 'call', 'calls', 'request', 'requests', 'query', 'queries', 'criticism', 'accusations', 'email', 'emails', 'appeal', 'challenge']);

/** Governments Brown has too few examples of, each with the guard English needs: "congratulated … with", "refused from". */
const FIELD_SENSES = new WordSet(['noun.act', 'noun.cognition']);
/**
 * "specializes on software" (Russian "на", German "auf"), "specialised at tax law" (Polish "w" read as "at", French
 * "spécialisé dans" by way of "at") → "in"; "specialized on Monday", "at an early age" are times, "at Harvard" a place.
 */
function specializedOn(tokens: readonly Token[], i: number): Report | undefined {
  const on = tokens[i + 1]!;
  if ((on.lower !== 'on' && on.lower !== 'at') || !isVerbToken(tokens[i]!) || !opensNounPhrase(tokens, i + 2) || isTimePhrase(tokens, i + 2)) return undefined;
  if (on.lower === 'at') {
    const object = headOf(tokens, i + 2);
    const first = tokens[i + 2]!;
    // A place is a thing or a location with no act or field of knowledge: "at the hospital", not "at the repair of".
    const place = hasSense(object, PLACE_SENSES) && !hasSense(object, FIELD_SENSES);
    if (object === undefined || isProperNoun(first) || isProperNoun(object) || place || hasSense(object, PERSON_ONLY_SENSES) || nounSenses(nounSingular.of(object)).includes('noun.time')) return undefined;
    // "specialised at an early age", "at first", "at once".
    if (ADJUNCT_HEADS.hasToken(object) || /^(age|stage|level|point|time|moment|once|first|last|least|most)$/.test(object.lower)) return undefined;
  }
  return { start: on.start, end: on.end, message: `"${tokens[i]!.text}" takes "in" in English, not "on".`, suggestions: [{ start: on.start, end: on.end, replacement: 'in' }] };
}

// Verbs that take their object directly where Russian governs "на" ("влиять на", "акцентировать на") and German "auf":
// "influenced on the decision", "emphasized on the risks". A time ("stressed on Monday") and a passive ("was influenced
// on many levels") are English.
// "discussed on the new rules" (Chinese 讨论, Spanish "discutir sobre", Polish "dyskutować nad"); Brown's one "discussed
// on" is a passive's page ("are discussed on pages 8 to 14"), which the guard below leaves alone.
const DIRECT_FORMS = new WordSet(['influenced', 'influences', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'stressed', 'stresses', 'discussed', 'discusses', 'discussing']);

/** "influenced on the decision" → "influenced the decision". */
function directObjectOn(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const on = tokens[i + 1]!;
  if (on.lower !== 'on' || !DIRECT_FORMS.hasToken(verb) || !opensNounPhrase(tokens, i + 2) || isTimePhrase(tokens, i + 2)) return undefined;
  // "the stresses on the beam": a plural noun after a determiner or adjective.
  const before = tokens[i - 1];
  if (before !== undefined && (BE_OR_GET.has(lemma.of(before)) || isNominalMarkerTag(primaryTag(before)))) return undefined;
  return dropped(on, tokens[i + 2]!, `"${verb.text}" takes its object directly in English, without "on".`);
}

// "The hospital lacks of nurses" (Russian "не хватает", French "manquer de"): the verb takes its object directly; the
// noun takes "of" ("a lack of nurses"), and so "lacking" may ("lacking in") but never "of".
function lackOf(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const of = tokens[i + 1]!;
  // Any word after "of" ("lacks of clean water": "clean" is a verb first in the lexicon); only a mark ends the test.
  if (of.lower !== 'of' || (verb.lower !== 'lacks' && verb.lower !== 'lacked') || !isWordToken(tokens[i + 2])) return undefined;
  return dropped(of, tokens[i + 2]!, `The verb "${verb.text}" takes its object directly in English, without "of" (the noun takes it: "a lack of").`);
}

// "accused the mayor in corruption" (Russian "обвинить в", Polish "oskarżyć o" by way of "in"): English accuses someone
// "of" a deed. Only with the object between: "the men accused in the robbery" is English news style. Only a deed after
// "in", not a court, a letter or a case ("accused him in court", "in a letter").
const DEED_SENSES = new WordSet(['noun.act']);
const NOT_DEED_SENSES = new WordSet(['noun.artifact', 'noun.group', 'noun.communication', 'noun.location', 'noun.time', 'noun.event']);
const OBJECT_PRONOUNS = new WordSet(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** "accused the government in corruption", "was accused in fraud" → "of". */
function accusedIn(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  if (!isVerbToken(verb)) return undefined;
  // "was accused in fraud": with no object between, only a bare deed, as "accused in the robbery" is news style.
  const bare = tokens[i + 1]?.lower === 'in' && isWordToken(tokens[i + 2]) && /^NNS?$/.test(primaryTag(tokens[i + 2]));
  const p = bare ? i + 1 : OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : nounPhraseEnd(tokens, i + 1);
  const inWord = tokens[p];
  if ((p <= i + 1 && !bare) || inWord?.lower !== 'in') return undefined;
  const end = nounPhraseEnd(tokens, p + 1);
  const deed = tokens[end - 1];
  if (end <= p + 1 || !isWordToken(deed)) return undefined;
  const senses = nounSenses(nounSingular.of(deed));
  if (!senses.some((x) => DEED_SENSES.has(x)) || senses.some((x) => NOT_DEED_SENSES.has(x))) return undefined;
  return { start: inWord.start, end: inWord.end, message: `"${verb.text}" takes the deed with "of" in English, not "in" (Russian "обвинить в").`, suggestions: [{ start: inWord.start, end: inWord.end, replacement: 'of' }] };
}

// "graduated the university" (Russian "окончил университет", Polish "ukończył uniwersytet"): a person graduates "from" a
// school; "the academy graduated 300 officers" is English, with the school as subject and people as object.
const SCHOOLS = new WordSet(['university', 'school', 'college', 'academy', 'institute', 'conservatory', 'conservatoire', 'gymnasium', 'lyceum', 'faculty', 'seminary']);

/** "graduated the university in 2009" → "graduated from the university". */
function graduatedSchool(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const article = tokens[i + 1];
  if (!isVerbToken(verb) || !/^(the|a|an)$/.test(article?.lower ?? '')) return undefined;
  const end = nounPhraseEnd(tokens, i + 1);
  const school = tokens[end - 1];
  if (end <= i + 2 || !isWordToken(school) || !SCHOOLS.hasToken(school)) return undefined;
  return { start: verb.start, end: school.end, message: `A person graduates "from" a school in English: "${verb.text} from ${article!.lower} …" (Russian "окончить").`, suggestions: [{ start: article!.start, end: article!.start, replacement: 'from ' }] };
}

// "married with an engineer" (French "marié avec", Spanish "casado con", Italian "sposato con"): English is married
// "to" a person. "Married with children", "married with a son" (a family that goes with the marriage) and "married
// with a ceremony" are English, so only a person (a noun with a person sense) who is not a child, or a name, is read.
const OFFSPRING = new WordSet(['child', 'children', 'kid', 'kids', 'son', 'sons', 'daughter', 'daughters', 'baby', 'babies', 'twins', 'family', 'grandchildren', 'stepchildren']);

/** "married with an engineer" → "married to an engineer". */
function marriedWith(tokens: readonly Token[], i: number): Report | undefined {
  const w = tokens[i + 1]!;
  if (w.lower !== 'with' || tokens[i]!.lower !== 'married') return undefined;
  const first = tokens[i + 2];
  if (!isWordToken(first)) return undefined;
  if (isProperNoun(first) && /^\p{Lu}/u.test(first.text)) return { start: w.start, end: w.end, message: 'English says "married to" a person, not "married with".', suggestions: [{ start: w.start, end: w.end, replacement: 'to' }] };
  if (!/^(a|an|the|his|her|their|my|your|our)$/.test(first.lower)) return undefined;
  // The noun after the determiner and up to two adjectives ("a famous singer"), not a time after it ("a doctor last
  // year").
  let k = i + 3;
  while (k < i + 5 && primaryTag(tokens[k]) === 'JJ') k++;
  const person = tokens[k];
  if (!isWordToken(person) || !/^NNS?$/.test(primaryTag(person)) || OFFSPRING.hasToken(person)) return undefined;
  if (!nounSenses(nounSingular.of(person)).includes('noun.person')) return undefined;
  return { start: w.start, end: w.end, message: 'English says "married to" a person, not "married with".', suggestions: [{ start: w.start, end: w.end, replacement: 'to' }] };
}

// Rooms, buildings and vehicles one walks or drives into: Russian "войти в комнату", German "in das Zimmer eintreten",
// French "entrer dans la salle" give "entered into the room"; English enters a place directly and "enters into" an
// agreement, talks, the spirit of a thing or the kingdom of God (Brown's 17 uses), none of them listed here.
const ENCLOSURES = new WordSet([
  'room', 'rooms', 'office', 'building', 'house', 'hall', 'kitchen', 'bedroom', 'classroom', 'courtroom', 'apartment',
  'flat', 'shop', 'store', 'restaurant', 'bar', 'cafe', 'café', 'hotel', 'lobby', 'garage', 'courtyard', 'yard', 'car',
  'bus', 'train', 'tram', 'cabin', 'station', 'stadium', 'museum', 'hospital', 'library', 'theatre', 'theater', 'cinema',
  'church', 'cathedral', 'mosque', 'synagogue', 'temple', 'palace', 'castle', 'cave', 'tunnel', 'elevator', 'lift',
  'university', 'school', 'college', 'academy', 'parliament',
  // A market or an airspace a firm or a plane enters (French "entrer sur le marché", German "in den Markt eintreten").
  'market', 'markets', 'airspace',
]);
const BE_FORMS = new WordSet(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** "entered into the room" → "entered the room"; not a passive ("were entered into the registries", data entry). */
function enteredIntoPlace(tokens: readonly Token[], i: number): Report | undefined {
  const into = tokens[i + 1]!;
  // Spanish "entrar en", Italian "entrare in", Polish "wejść w": "entered in the building" (Brown's two "entered in"
  // are a horse entered in the finals, a passive, and music entering in a passage, neither a place).
  if ((into.lower !== 'into' && into.lower !== 'in') || !isVerbToken(tokens[i]!) || BE_FORMS.has(tokens[i - 1]?.lower ?? '')) return undefined;
  // "break and enter into someone's apartment" (Brown): a verb joined to another shares its "into".
  if (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'or') return undefined;
  // The place may close the phrase or stand before a time the phrase swallowed: "into the Polish market next year".
  const end = nounPhraseEnd(tokens, i + 2);
  let place = -1;
  for (let k = i + 3; k < end && place < 0; k++) if (ENCLOSURES.hasToken(tokens[k]!) && (k === end - 1 || isTimePhrase(tokens, k + 1))) place = k;
  if (place < 0) return undefined;
  return dropped(into, tokens[i + 2]!, `"${tokens[i]!.text}" takes a place directly in English, without "${into.text}" ("enter into" is for agreements and talks).`);
}

// Who or what a road, a museum or a border is closed to: Russian "закрыт для посетителей", German "für Besucher
// gesperrt", French "fermé aux visiteurs" by way of "pour". English "closed for" gives a reason or a time ("closed for
// repairs", "closed for seven months").
const DENIED = new WordSet(['visitors', 'public', 'traffic', 'tourists', 'cars', 'vehicles', 'pedestrians', 'guests', 'trucks', 'lorries', 'shipping', 'navigation', 'outsiders', 'journalists', 'spectators', 'fans', 'residents', 'cyclists']);

/** "closed for visitors" → "closed to visitors". */
function closedFor(tokens: readonly Token[], i: number): Report | undefined {
  const w = tokens[i + 1]!;
  if (w.lower !== 'for' || tokens[i]!.lower !== 'closed') return undefined;
  let k = i + 2;
  while (k < i + 4 && /^(the|all|heavy|foreign|private|road|through)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!DENIED.has(tokens[k]?.lower ?? '')) return undefined;
  return { start: w.start, end: w.end, message: 'English says "closed to" the people or traffic kept out; "closed for" gives a reason or a time.', suggestions: [{ start: w.start, end: w.end, replacement: 'to' }] };
}

// What "interested" takes for "in": Spanish "interesado por", Italian "interessato per" ("for"), French "intéressé
// par" and Russian "интересуется о" by way of "about", Polish "zainteresowany o"; German "interessiert an" ("on").
// Brown puts none of "for", "about", "on", "of" after "interested" but "interested on the legislative side", an adjunct.
const INTERESTED_WRONG = new WordSet(['for', 'about', 'on', 'of']);

/** "interested for the proposal", "interested about politics" → "in"; "interested for years" is a time. */
function interestedFor(tokens: readonly Token[], i: number): Report | undefined {
  const w = tokens[i + 1]!;
  if (!INTERESTED_WRONG.hasToken(w) || tokens[i]!.lower !== 'interested' || !opensNounPhrase(tokens, i + 2) || isTimePhrase(tokens, i + 2)) return undefined;
  const object = headOf(tokens, i + 2);
  if (object === undefined || isNumeral(object) || nounSenses(nounSingular.of(object)).includes('noun.time')) return undefined;
  // "interested on the legislative side", "on behalf of", "about a dozen".
  if (ON_ADJUNCTS.hasToken(object) || ADJUNCT_HEADS.hasToken(object) || QUANTITY_WORDS.hasToken(tokens[i + 2]!)) return undefined;
  return { start: w.start, end: w.end, message: `English says "interested in", not "interested ${w.lower}".`, suggestions: [{ start: w.start, end: w.end, replacement: 'in' }] };
}

// Places of care and confinement a person is taken to: Russian "доставлен в больницу", German "ins Krankenhaus
// gebracht", Polish "przewieziony do szpitala" by way of "in". English takes a person "to" hospital or prison and keeps
// "in" for where the person stays ("treated in hospital", "held in prison", "thrown in jail": placement, not motion).
const CARE_INSTITUTIONS = new WordSet(['hospital', 'clinic', 'prison', 'jail', 'gaol', 'orphanage', 'hospice', 'infirmary', 'sanatorium', 'morgue', 'custody']);
// Heads that are such a place only with their modifier: "a care home", "the trauma centre", "intensive care", "the police station".
const CARE_COMPOUND_HEADS = new WordSet(['home', 'centre', 'center', 'ward', 'unit', 'care', 'station', 'facility']);
const CARE_MODIFIERS = new WordSet(['care', 'nursing', 'retirement', 'foster', 'children', 'trauma', 'detention', 'rehabilitation', 'psychiatric', 'intensive', 'police', 'burns', 'remand']);
// Verbs of transport whose "in" + place can only be where to: a casualty is rushed, flown or admitted somewhere
// ("hospitalized in" is English: it names where the stay was).
const TRANSPORT_VERBS = new WordSet(['rush', 'fly', 'airlift', 'transport', 'transfer', 'admit', 'evacuate']);
const AT_TRANSPORT_VERBS = new WordSet(['rush', 'transport', 'airlift']);
// General verbs of motion, where "in" also says where a thing was done ("the photos were taken in the hospital"): only
// with a person as the one moved.
const MOTION_VERBS = new WordSet(['take', 'bring', 'send', 'move', 'drive']);
const PERSON_PRONOUNS = new WordSet(['he', 'she', 'they', 'who', 'i', 'we', 'him', 'her', 'them', 'us', 'me']);
const AUXILIARY_FORMS = new WordSet(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'to', 'then', 'later', 'immediately', 'quickly', 'also']);

/** The noun of the one moved by the verb at `v`: its subject (active intransitive or passive), read back over auxiliaries. */
function movedOne(tokens: readonly Token[], v: number): Token | undefined {
  let k = v - 1;
  while (k >= 0 && AUXILIARY_FORMS.hasToken(tokens[k]!)) k--;
  return tokens[k];
}

/** "was rushed in hospital", "moved in a care home" → "to" ("into"); "was treated in hospital" is English. */
function movedInPlace(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const inWord = tokens[i + 1]!;
  const base = lemma.of(verb);
  // Italian "trasportato all'ospedale", Spanish "trasladado al hospital" by way of "at": "was transported at the
  // hospital". Only the verbs that can name nothing done at the place ("transferred at", "admitted at" can).
  const at = inWord.lower === 'at' && AT_TRANSPORT_VERBS.has(base);
  if ((inWord.lower !== 'in' && !at) || !isVerbToken(verb) || primaryTag(verb) === 'VBG') return undefined;
  const end = nounPhraseEnd(tokens, i + 2);
  const place = tokens[end - 1];
  if (end <= i + 2 || !isWordToken(place)) return undefined;
  // The modifier right before the head, or before a possessive's "'s" ("a children's home").
  const modifier = tokens[end - 2]?.lower === "'s" || tokens[end - 2]?.lower === '’s' ? end - 3 : end - 2;
  const compound = CARE_COMPOUND_HEADS.hasToken(place) && modifier > i + 1 && CARE_MODIFIERS.hasToken(tokens[modifier]!);
  if (!CARE_INSTITUTIONS.hasToken(place) && !compound) return undefined;
  // "taken in custody" is phrase-calque's.
  if (base === 'take' && place.lower === 'custody') return undefined;
  if (MOTION_VERBS.has(base)) {
    const one = movedOne(tokens, i);
    if (!isWordToken(one) || !(PERSON_PRONOUNS.hasToken(one) || (one.tags.some((tag) => tag === 'NN' || tag === 'NNS') && hasSense(one, PERSON_SENSES)))) return undefined;
  }
  const right = place.lower === 'custody' || base === 'move' ? 'into' : 'to';
  return {
    start: inWord.start,
    end: inWord.end,
    message: `A person is ${verb.text} "${right}" a place in English; "${inWord.lower}" says where one stays, not where one is taken (German "ins", Russian "в" + accusative).`,
    suggestions: [{ start: inWord.start, end: inWord.end, replacement: right }],
  };
}

// "congratulated him with a smile" is English; "with the victory", "with his birthday" calque "поздравить с".
/** "congratulated the team with the victory" → "on the victory". */
function congratulatedWith(tokens: readonly Token[], i: number): Report | undefined {
  const p = tokens[i + 1]?.lower === 'with' ? i + 1 : nounPhraseEnd(tokens, i + 1);
  const w = tokens[p];
  const next = tokens[p + 1];
  if (w?.lower !== 'with' || !isWordToken(next) || next.lower === 'a' || next.lower === 'an') return undefined;
  if (nounSenses(tokens[p + 2]?.lower ?? '').includes('noun.communication')) return undefined;
  return { start: w.start, end: w.end, message: `"${tokens[i]!.text}" takes "on" in English, not "with".`, suggestions: [{ start: w.start, end: w.end, replacement: 'on' }] };
}

// What one warns of or is protected from: German "warnen vor", "schützen vor", "verstecken vor", Polish "ostrzegać
// przed", "chronić przed" give "warned before the risk", "protects children before diseases". English warns "of" or
// "about" a danger and protects "from" or "against" it; English "before" is a time ("warned before the vote", "protect
// the crops before the frost") or a presence ("warned before the committee"). So only a danger counts: a noun of danger
// (listed), or a noun with no reading of a time, an event, an act, a weather, a body of people, food or a message —
// a substance, an illness, an animal ("before dust", "before serious diseases", "before wolves") — bare, as "the"
// makes a state a moment ("before the cold"), and not opening a clause ("before frost sets in"). People only bare and
// plural ("before pickpockets", not "before the judge").
const DANGERS = new WordSet([
  'risk', 'risks', 'danger', 'dangers', 'threat', 'threats', 'hazard', 'hazards', 'consequences', 'scam', 'scams',
  'fraudsters', 'pickpockets', 'misuse', 'phishing', 'counterfeits', 'fakes', 'pitfalls',
]);
const NOT_DANGER_SENSES = new WordSet(['noun.time', 'noun.event', 'noun.act', 'noun.phenomenon', 'noun.group', 'noun.food', 'noun.communication', 'noun.cognition', 'noun.location']);
const DANGER_SENSES = new WordSet(['noun.substance', 'noun.state', 'noun.animal', 'noun.person']);
// The English preposition after each verb: "warn of", "protect from".
const BEFORE_VERBS = new WordMap<string>([
  ['warn', 'of'], ['protect', 'from'], ['shield', 'from'], ['guard', 'against'], ['safeguard', 'against'], ['hide', 'from'], ['defend', 'against'],
]);
const OBJECT_WORDS = new WordSet(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'themselves', 'himself', 'herself', 'ourselves', 'yourself', 'itself']);
// Words of fear and safety and the noun of protecting, with "before" for German "Angst vor", "sicher vor", "Schutz
// vor", Polish "bać się przed", "bezpieczny przed", "ochrona przed": "afraid before dogs", "safe before thieves",
// "protection before floods". English: "afraid of", "safe from", "protection from/against".
const BEFORE_WORDS = new WordMap<string>([
  ['afraid', 'of'], ['scared', 'of'], ['frightened', 'of'], ['terrified', 'of'], ['safe', 'from'], ['secure', 'from'], ['protection', 'from'],
]);

/** Whether the noun phrase at `k` names a danger, not a time, a presence or a clause's subject. */
function namesDanger(tokens: readonly Token[], k: number): boolean {
  const end = nounPhraseEnd(tokens, k);
  const noun = tokens[end - 1];
  if (end <= k || !isWordToken(noun)) return false;
  if (DANGERS.hasToken(noun)) return true;
  // "before frost sets in", "before thieves could act": a clause.
  const after = tokens[end];
  if (isWordToken(after) && (/^(VBD|VBZ|VBP|MD)$/.test(primaryTag(after)) || (after.tags.includes('VBP') && /^NNS$/.test(primaryTag(noun))))) return false;
  for (let j = k; j < end - 1; j++) if (/^(DT|PRP\$|POS|CD)$/.test(primaryTag(tokens[j]))) return false;
  if (!/^NNS?$/.test(primaryTag(noun)) || isTimePhrase(tokens, k)) return false;
  const senses = nounSenses(nounSingular.of(noun));
  // An animal is never a time, whatever else WordNet files it as ("dogs" as food, "spiders" as programs).
  if (senses.includes('noun.animal')) return true;
  if (senses.some((s) => NOT_DANGER_SENSES.has(s)) || !senses.some((s) => DANGER_SENSES.has(s))) return false;
  return !senses.includes('noun.person') || primaryTag(noun) === 'NNS';
}

// "warn" with "before" right after it and no one warned: German "warnt vor Sturmböen", Polish "ostrzega przed
// oblodzeniem" give "warns before strong winds", "warned before icy roads", with any noun phrase, "the" or an
// adjective included. English "warned before" + a noun is a time ("warned before the vote that …", "warn before
// crash"), which Brown never writes without a that-clause or an object after it. So after "warn" + "before" any noun
// phrase counts but a time (WordNet noun.time: "before Christmas"), an act or event that is nothing else ("before
// crash", "before the update"), an occasion, and a phrase followed by what the warning says ("that", a comma, a
// clause: "warned before the match that the pitch was wet").
const OCCASIONS = new WordSet([
  'vote', 'votes', 'election', 'elections', 'referendum', 'match', 'game', 'final', 'race', 'trial', 'hearing',
  'meeting', 'summit', 'talks', 'debate', 'conference', 'ceremony', 'visit', 'tournament', 'season', 'start', 'launch',
  'kickoff', 'opening', 'release', 'operation', 'surgery', 'flight', 'journey', 'trip', 'departure', 'show', 'concert',
]);
const OCCASION_SENSES = new WordSet(['noun.act', 'noun.event', 'noun.process']);

// A noun reading in the lexicon's tags or, for a plural it tags only as a verb ("emails"), in WordNet.
const hasNounReading = (t: Token | undefined): t is Token =>
  isWordToken(t) && (t.tags.some((x) => x === 'NN' || x === 'NNS') || (t.tags.includes('VBZ') && nounSenses(nounSingular.of(t)).length > 0));
const DETERMINER_WORDS = /^(the|a|an|this|that|these|those|our|their|its|his|her|my|your|some|any|no)$/;

/**
 * The end of a noun phrase at `k` read from the words' readings rather than their first tags, which after a
 * determiner or adjective often name a verb ("the shore" read as VB, "fake emails" as VBZ, "dense fog" as VB): a
 * determiner, adjectives (comparatives and participles included: "a cheaper test", "hidden fees"), then up to three words with a noun reading; -1 for
 * none. A bare phrase's first noun must be read first as a noun or follow an adjective.
 */
function nounReadingEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  const determined = DETERMINER_WORDS.test(tokens[j]?.lower ?? '');
  if (determined) j++;
  let adjectives = 0;
  while (isWordToken(tokens[j]) && (/^JJ[RS]?$/.test(primaryTag(tokens[j])) || (tokens[j]!.tags.includes('JJ') && hasNounReading(tokens[j + 1])) || (tokens[j]!.tags.includes('VBN') && tokens[j]!.tags.includes('JJ')))) {
    if (hasNounReading(tokens[j]) && !hasNounReading(tokens[j + 1])) break;
    j++;
    adjectives++;
  }
  const start = j;
  // A bare word after "before" read first as a verb is a noun all the same ("before tick bites"), but not a
  // participle or a finite verb ("before leaving", "before ended").
  if (!determined && adjectives === 0 && /^(VBG|VBD|VBN|VBZ|MD)$/.test(primaryTag(tokens[j]))) return -1;
  while (j < start + 3 && hasNounReading(tokens[j]) && !/^(IN|DT|CC|TO|MD|PRP|RB|VBG)$/.test(primaryTag(tokens[j]))) j++;
  return j > start ? j : -1;
}

/** Whether the noun phrase at `k`, after "warn before", is what is warned of and not a time or an occasion. */
function warnedOf(tokens: readonly Token[], k: number): boolean {
  const end = nounReadingEnd(tokens, k);
  const noun = tokens[end - 1];
  if (end <= k || !isWordToken(noun) || isTimePhrase(tokens, k) || OCCASIONS.hasToken(noun)) return false;
  const senses = nounSenses(nounSingular.of(noun));
  // An act or event that is nothing else is an occasion in the singular ("before crash", "before the update"); in
  // the plural it is what comes ("before mass layoffs", "before new infections").
  const plural = noun.lower.endsWith('s') && nounSingular.of(noun) !== noun.lower;
  if (senses.length === 0 || senses.includes('noun.time') || (!plural && senses.every((x) => OCCASION_SENSES.has(x)))) return false;
  // What follows the phrase: "that" or a comma brings what was said, a verb makes the phrase a clause's subject.
  let after = end;
  while (tokens[after]?.lower === 'of') after = nounPhraseEnd(tokens, after + 1);
  const next = tokens[after];
  if (next === undefined) return true;
  if (next.lower === 'that' || next.text === ',' || next.text === ':') return false;
  return !(isWordToken(next) && (/^(VBD|VBZ|VBP|MD)$/.test(primaryTag(next)) || (next.tags.includes('VBP') && primaryTag(noun) === 'NNS')));
}

/** "warned before the risk of fire" → "of", "protects children before diseases" → "from". */
function dangerBefore(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const word = BEFORE_WORDS.getToken(verb);
  // "is warning before": the lexicon reads "warning" first as a noun, the verb's progressive after a form of "be".
  const progressive = verb.lower === 'warning' && BE_FORMS.has(tokens[i - 1]?.lower ?? '');
  if (word === undefined && !isVerbToken(verb) && !progressive) return undefined;
  // The verb's object may stand between: "protect the village before", "warned them before"; not after an adjective.
  const first = tokens[i + 1];
  const b = first?.lower === 'before' ? i + 1 : word !== undefined ? -1 : OBJECT_WORDS.has(first?.lower ?? '') ? i + 2 : nounPhraseEnd(tokens, i + 1);
  const before = tokens[b];
  if (b < 0 || b > i + 6 || before?.lower !== 'before') return undefined;
  // "was warned before the trial": a passive's "before" is a time ("is warning before" is the verb's progressive).
  const passive = verb.lower === 'warned' && BE_OR_GET.has(lemma(tokens[i - 1]?.lower ?? ''));
  const warnedStraight = word === undefined && b === i + 1 && lemma.of(verb) === 'warn' && !passive;
  if (!namesDanger(tokens, b + 1) && !(warnedStraight && warnedOf(tokens, b + 1))) return undefined;
  const english = word ?? BEFORE_VERBS.get(lemma.of(verb))!;
  return {
    start: before.start,
    end: before.end,
    message: `English ${english === 'of' && word === undefined ? 'warns "of" or "about" a danger' : `says "${word === undefined ? lemma.of(verb) : verb.lower} … ${english}" a danger`}; "${verb.text} … before" is German "vor", Polish "przed".`,
    suggestions: [{ start: before.start, end: before.end, replacement: english }],
  };
}

// Topics one comments on, which German "Kommentar zu", "Stellung nehmen zu" and Russian "комментарий к" give with "to":
// "no comments to the situation". Only topics: "comments to the press" is an addressee, and "add comments to the
// code" (docs) a place, neither listed.
const TOPICS = new WordSet([
  'situation', 'decision', 'decisions', 'proposal', 'proposals', 'incident', 'accusations', 'allegations', 'crisis',
  'affair', 'scandal', 'verdict', 'ruling', 'results', 'plans', 'plan', 'events', 'reform', 'case', 'matter', 'rumours', 'rumors',
]);

/** "comments to the situation", "commented to the decision" → "on". */
function commentsTo(tokens: readonly Token[], i: number): Report | undefined {
  const to = tokens[i + 1]!;
  if (to.lower !== 'to') return undefined;
  const end = nounPhraseEnd(tokens, i + 2);
  const topic = tokens[end - 1];
  if (end <= i + 2 || topic === undefined || !TOPICS.hasToken(topic)) return undefined;
  return { start: to.start, end: to.end, message: `A comment is "on" its topic in English, not "to" (German "zu", Russian "к").`, suggestions: [{ start: to.start, end: to.end, replacement: 'on' }] };
}

// The public a government or a body appeals to: Russian "призвать граждан", German "die Bürger aufrufen", Polish
// "wezwać mieszkańców" give "called the residents to save water"; English "calls on" them to act. "call" + a person +
// "to" + a verb is English for a summons ("called the children to come inside", "calling you to give up sin", Brown),
// so only the public and the parties of a conflict are read, never a pronoun.
const PUBLIC = new WordSet([
  'citizens', 'residents', 'population', 'public', 'inhabitants', 'voters', 'motorists', 'drivers', 'consumers',
  'compatriots', 'nation', 'authorities', 'parties', 'sides', 'governments', 'countries', 'states', 'members',
  'employers', 'landlords', 'holidaymakers', 'tourists', 'households',
]);
// Nouns after "to" that the lexicon may read as verbs but that make "call … to" English: "called the parties to order".
const CALLED_TO = new WordSet(['order', 'account', 'arms', 'attention', 'mind', 'witness', 'task', 'heel', 'dinner', 'lunch']);

/** "calls the residents to save water" → "calls on the residents to". */
function calledPublicTo(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  if (!isVerbToken(verb) || BE_OR_GET.has(lemma(tokens[i - 1]?.lower ?? '')) || tokens[i + 1]?.lower === 'on') return undefined;
  const end = nounPhraseEnd(tokens, i + 1);
  const group = tokens[end - 1];
  const to = tokens[end];
  const action = tokens[end + 1];
  if (end <= i + 1 || group === undefined || !PUBLIC.hasToken(group) || to?.lower !== 'to') return undefined;
  // "called the residents to a meeting": "a" has a verb reading in the lexicon, and is no verb.
  if (!isWordToken(action) || !action.tags.includes('VB') || /^(DT|PRP\$|CD|JJ)$/.test(primaryTag(action)) || CALLED_TO.hasToken(action)) return undefined;
  return {
    start: verb.start,
    end: to.end,
    message: `English "${verb.text} on" a public to act; "${verb.text} the … to" is a summons (Russian "призвать", German "aufrufen").`,
    suggestions: [{ start: verb.end, end: verb.end, replacement: ' on' }],
  };
}

// Verbs of motion and presence that take their place or event directly, which Russian "подойти к", "достичь до",
// Polish "dotrzeć do", German "an der Vorlesung teilnehmen" by way of "attend", French "assister à" give with a
// preposition: "approached to the car", "reached to the village", "attended at the lecture". Brown has none of these
// three before an article; English "reach to" is "extend as far as" ("the ladder reached to the roof", "reached to
// the highest levels"), so only a place named by a WordNet location sense after "reached" counts, and "attended at
// the birth", "at the bedside" (to be present at, British and medical) stay out.
const ATTENDED_EVENTS = new WordSet(['noun.act', 'noun.event', 'noun.communication', 'noun.group']);
// What a thing reaches as far as: "the roots reached to the bottom", "the water reached to the top of the wall".
const REACHED_EXTREMES = new WordSet(['bottom', 'top', 'end', 'edge', 'floor', 'ceiling', 'ground', 'surface', 'sky', 'roof', 'horizon', 'rim', 'brim', 'middle', 'centre', 'center', 'foot', 'summit', 'level', 'levels']);
const ATTENDED_AT_ENGLISH = new WordSet(['birth', 'births', 'bedside', 'delivery', 'deathbed', 'altar']);

/** "approached to the car" → "approached the car"; "reached to the village" → "reached the village"; "attended at the lecture" → "attended the lecture". */
function placeTakenDirectly(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const p = tokens[i + 1]!;
  const base = lemma.of(verb);
  const wanted = base === 'attend' ? 'at' : 'to';
  if (p.lower !== wanted || !isVerbToken(verb)) return undefined;
  // "approaches to the problem": the noun; only the past or a verb after a modal, "to" or a subject pronoun.
  const before = tokens[i - 1];
  if (!/ed$/.test(verb.lower) && !(before !== undefined && (isModal(before) || /^(to|not|never|i|we|you|they|he|she|it)$/.test(before.lower)))) return undefined;
  if (before !== undefined && (BE_OR_GET.has(lemma.of(before)) || isNominalMarkerTag(primaryTag(before)))) return undefined;
  const first = tokens[i + 2];
  if (!isWordToken(first) || !/^(the|a|an|this|that|our|their|its|his|her|my|your)$/.test(first.lower) || isTimePhrase(tokens, i + 2)) return undefined;
  const end = nounReadingEnd(tokens, i + 2);
  const object = tokens[end - 1];
  if (end <= i + 3 || !isWordToken(object)) return undefined;
  const senses = nounSenses(nounSingular.of(object));
  if (base === 'reach' && (!senses.includes('noun.location') || REACHED_EXTREMES.hasToken(object))) return undefined;
  if (base === 'attend' && (ATTENDED_AT_ENGLISH.hasToken(object) || !senses.some((x) => ATTENDED_EVENTS.has(x)))) return undefined;
  return dropped(p, first, `"${verb.text}" takes its ${base === 'attend' ? 'event' : 'place'} directly in English, without "${p.text}".`);
}

// Nouns of effect and attack whose target English gives with "on" where Russian "влияние на" and "нападение на" agree
// but German "Einfluss auf" and Polish "wpływ na", "atak na" reach English as "to" by way of French "l'impact sur" and
// Italian "l'attacco all'ambasciata": "a big influence to the market", "the attack to the embassy". Brown: "attack"
// + "on" in 74 of 100 prepositions and never "to"; "influence" never "to" a thing affected ("impact to the users" is
// common in American business and technical English: Node's docs write it five times, so "impact" is left out). And
// "participation" + "on" (Polish "udział na", Russian "участие на") for Brown's "in" (79 of 100, never "on").
const NOUN_TARGETS = new WordMap<{ wrong: string; right: string }>([
  ...['influence', 'influences', 'attack', 'attacks', 'assault', 'assaults', 'raid', 'raids'].map((n) => [n, { wrong: 'to', right: 'on' }] as const),
  ['participation', { wrong: 'on', right: 'in' }],
]);
// "the attack to the left wing", "the impact to date", "on behalf of": a direction, a time or an adjunct.
const NOT_TARGETS = new WordSet(['left', 'right', 'wing', 'flank', 'date', 'behalf', 'basis', 'part', 'side', 'top', 'end']);

/** "the influence to the market", "the attack to the embassy" → "on"; "participation on the project" → "in". */
function nounTarget(tokens: readonly Token[], i: number): Report | undefined {
  const noun = tokens[i]!;
  const wanted = NOUN_TARGETS.getToken(noun);
  if (wanted === undefined) return undefined;
  // The noun, not the verb: after a determiner, possessive or adjective, or opening the sentence.
  const before = tokens[i - 1];
  if (!(before === undefined || /^(DT|PRP\$|JJ|POS)$/.test(primaryTag(before)) || before.lower === 'the')) return undefined;
  // "the influence of the storm to the harvest": past the noun's own "of" phrase.
  let p = i + 1;
  if (tokens[p]?.lower === 'of') p = nounPhraseEnd(tokens, p + 1);
  const w = tokens[p];
  if (w?.lower !== wanted.wrong || p > i + 6) return undefined;
  const first = tokens[p + 1];
  // A noun phrase, not an infinitive ("the pressure to cut", "influence to shape"): a bare singular noun only with no verb reading.
  const opener = isWordToken(first) && (/^(DT|PRP\$|JJ|NNP|NNS|CD)$/.test(primaryTag(first)) || (primaryTag(first) === 'NN' && !first.tags.includes('VB')));
  if (!opener || isTimePhrase(tokens, p + 1)) return undefined;
  const end = nounPhraseEnd(tokens, p + 1);
  const object = tokens[end - 1];
  if (end <= p + 1 || !isWordToken(object) || NOT_TARGETS.hasToken(object) || NOT_TARGETS.hasToken(first)) return undefined;
  return { start: w.start, end: w.end, message: `"${noun.text}" takes "${wanted.right}" in English, not "${w.text}".`, suggestions: [{ start: w.start, end: w.end, replacement: wanted.right }] };
}

// Russian "инвестировать в", "вложить в", Polish "inwestować w" (+ accusative, "into"): English invests "in". Brown and
// the clean docs have no "invest into".
/** "invest into a new plant" → "invest in". */
function investInto(tokens: readonly Token[], i: number): Report | undefined {
  const into = tokens[i + 1]!;
  if (into.lower !== 'into' || !isVerbToken(tokens[i]!) || !opensNounPhrase(tokens, i + 2)) return undefined;
  return { start: into.start, end: into.end, message: `"${tokens[i]!.text}" takes "in" in English, not "into".`, suggestions: [{ start: into.start, end: into.end, replacement: 'in' }] };
}

// Russian "работать над проектом", Polish "pracować nad": English works "on" a task. "worked over the weekend" is a
// time and "worked the dough over" a phrasal verb; Brown's one "work over" + a noun is a mouth at work ("his mouth
// worked over the profanity"), so a subject with a body sense is left alone, and only a task is read: a WordNet act,
// artifact, cognition or communication (a vaccine, a bill, a plan, a solution).
const TASK_SENSES = new WordSet(['noun.act', 'noun.artifact', 'noun.cognition', 'noun.communication']);

/** "works over a new vaccine" → "works on". */
function workedOver(tokens: readonly Token[], i: number): Report | undefined {
  const over = tokens[i + 1]!;
  if (over.lower !== 'over' || !isVerbToken(tokens[i]!) || isTimePhrase(tokens, i + 2)) return undefined;
  const subject = tokens[i - 1];
  if (isWordToken(subject) && nounSenses(nounSingular.of(subject)).includes('noun.body')) return undefined;
  const end = nounReadingEnd(tokens, i + 2);
  const task = tokens[end - 1];
  if (end <= i + 2 || !isWordToken(task) || !DETERMINER_WORDS.test(tokens[i + 2]!.lower)) return undefined;
  const senses = nounSenses(nounSingular.of(task));
  if (senses.includes('noun.time') || !senses.some((x) => TASK_SENSES.has(x)) || /^(weekend|holidays|years|summer|winter|night)$/.test(task.lower)) return undefined;
  return { start: over.start, end: over.end, message: `English works "on" a task, not "over" it (Russian "работать над", Polish "pracować nad").`, suggestions: [{ start: over.start, end: over.end, replacement: 'on' }] };
}

// Verbs that take their object with a preposition in English and directly in the sources: Spanish "escuchar la
// radio", French "écouter les nouvelles", Chinese 听新闻 give "listened the news"; Spanish "esperar el autobús", French
// "attendre le bus", Polish "czekać autobus" (colloquial) give "waited the bus". Brown: "listen" has no direct object
// (its one "listened a moment" is a time); "wait" has "wait his turn" and "wait his prey" (old English), so only a
// vehicle, a person or a result (an artifact, person, group, communication or act), never a time or a turn.
const WAITED_FOR = new WordSet(['noun.artifact', 'noun.person', 'noun.group', 'noun.communication', 'noun.act']);

// What follows "look him" in English: "look him in the eye", "look her up", "looked them over", "look me straight in
// the face", "looked him up and down".
const LOOKED_AT = new WordSet(['in', 'up', 'over', 'straight', 'directly', 'squarely', 'full', 'right', 'down', 'dead', 'square', 'through', 'out', 'and', 'or', 'to']);
// After "searched him", what makes it a hunt rather than a frisk ("police searched him and found a knife"): "searching
// you everywhere" (Spanish "buscarte por todas partes", Russian "искал тебя везде").
const HUNTED = new WordSet(['everywhere', 'anywhere', 'all', 'high', 'for']);
const PERSON_OBJECTS = new WordSet(['me', 'him', 'her', 'us', 'them', 'you']);

/**
 * "waited him" → "waited for him", "listen me" → "listen to me", "looking him everywhere" → "looking for him": a person
 * pronoun right after a verb that takes its person with a preposition (Spanish "esperar a", "escuchar a", "buscar a",
 * Italian "aspettare", "ascoltare", "cercare", Russian "ждать", "слушать", "искать" take it directly).
 */
function pronounWithoutPreposition(verb: Token, tokens: readonly Token[], i: number, base: string): Report | undefined {
  const after = tokens[i + 2];
  // "wait them out", "listen you fools": a particle or a vocative; "Look you, …" is old English.
  if (after === undefined || after.lower === 'out' || after.text === ',') return undefined;
  if (base === 'look' && LOOKED_AT.hasToken(after)) return undefined;
  // "searched him for weapons" is a frisk; "searched him for hours" is not, but both have "for": only a duration.
  if (base === 'search' && (!HUNTED.hasToken(after) || (after.lower === 'for' && !isTimePhrase(tokens, i + 3)))) return undefined;
  const p = base === 'listen' ? 'to' : 'for';
  const first = tokens[i + 1]!;
  return {
    start: verb.start,
    end: first.end,
    message: `"${verb.text}" takes its person with "${p}" in English: "${verb.text} ${p} ${first.text}".`,
    suggestions: [{ start: verb.end, end: verb.end, replacement: ` ${p}` }],
  };
}

/** "listened the news" → "listened to the news"; "waited the bus" → "waited for the bus". */
function missingPreposition(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const base = lemma.of(verb);
  const first = tokens[i + 1]!;
  // "waited her turn": "her" before a noun is the determiner, read below.
  const herNoun = first.lower === 'her' && hasNounReading(tokens[i + 2]);
  if (isVerbToken(verb) && PERSON_OBJECTS.hasToken(first) && !herNoun && !isNominalMarkerTag(primaryTag(tokens[i - 1]))) return pronounWithoutPreposition(verb, tokens, i, base);
  if (base === 'look' || base === 'search') return undefined;
  if (!isVerbToken(verb) || !isWordToken(first) || !DETERMINER_WORDS.test(first.lower) || isTimePhrase(tokens, i + 1)) return undefined;
  if (tokens[i - 1] !== undefined && isNominalMarkerTag(primaryTag(tokens[i - 1]))) return undefined;
  const end = nounReadingEnd(tokens, i + 1);
  const object = tokens[end - 1];
  if (end <= i + 1 || !isWordToken(object)) return undefined;
  const senses = nounSenses(nounSingular.of(object));
  if (senses.includes('noun.time') || /^(moment|while|minute|turn|time)$/.test(object.lower)) return undefined;
  if (base === 'wait' && (!senses.some((x) => WAITED_FOR.has(x)) || senses.includes('noun.animal'))) return undefined;
  const p = base === 'listen' ? 'to' : 'for';
  return {
    start: verb.start,
    end: first.end,
    message: `"${verb.text}" takes its object with "${p}" in English: "${verb.text} ${p} ${first.text} …".`,
    suggestions: [{ start: verb.end, end: verb.end, replacement: ` ${p}` }],
  };
}

// Who one registers with (German "sich beim Arzt anmelden", Italian "iscriversi dal medico", Polish "zapisać się do
// lekarza"): "register to a doctor" → "register with a doctor". "The car is registered to a firm" (owned by) is English.
const REGISTRARS = new WordSet([
  'doctor', 'doctors', 'dentist', 'gp', 'physician', 'practitioner', 'paediatrician', 'pediatrician', 'clinic', 'practice', 'surgery',
  'midwife', 'therapist', 'vet', 'veterinarian', 'authorities', 'authority', 'police', 'municipality', 'council', 'consulate',
]);

/** "registered to a local dentist": an active "register" (not after "be"), "to", and a registrar as the head. */
function registeredTo(tokens: readonly Token[], i: number): Report | undefined {
  const to = tokens[i + 1]!;
  if (to.lower !== 'to' || !isVerbToken(tokens[i]!) || BE_FORMS.hasToken(tokens[i - 1] ?? to)) return undefined;
  const end = nounPhraseEnd(tokens, i + 2);
  if (end <= i + 2 || !REGISTRARS.hasToken(tokens[end - 1]!)) return undefined;
  return {
    start: to.start,
    end: to.end,
    message: `"${tokens[i]!.text}" takes the doctor or office one signs on with as "with" in English, not "to".`,
    suggestions: [{ start: to.start, end: to.end, replacement: 'with' }],
  };
}

const SPECIAL = new Map<string, (tokens: readonly Token[], i: number) => Report | undefined>([
  ['marry', marriedWith],
  ['register', registeredTo],
  ['look', missingPreposition],
  ['search', missingPreposition],
  ...[...TRANSPORT_VERBS, ...MOTION_VERBS].map((verb) => [verb, movedInPlace] as const),
  ['enter', enteredIntoPlace],
  ['approach', placeTakenDirectly],
  ['invest', investInto],
  ['listen', missingPreposition],
  ['wait', missingPreposition],
  ['work', workedOver],
  ['reach', placeTakenDirectly],
  ['attend', placeTakenDirectly],
  ['close', closedFor],
  ['interest', interestedFor],
  ['congratulate', (tokens, i) => dativeTo(tokens, i) ?? congratulatedWith(tokens, i)],
  ...[...BEFORE_VERBS.keys()].map((verb) => [verb, dangerBefore] as const),
  ['comment', commentsTo],
  ['call', calledPublicTo],
  // "awarded him with a medal" calques "наградить медалью" (the instrumental read as "with"); English awards the medal
  // itself. The manner and the helpers of an award are English: "awarded with distinction", "with the support of".
  ['award', (tokens, i) => {
    const object = tokens[i + 1]?.lower ?? '';
    const p = object === 'with' ? i + 1 : /^(him|her|them|us|me|you)$/.test(object) ? i + 2 : nounPhraseEnd(tokens, i + 1);
    const w = tokens[p];
    const next = tokens[p + 1];
    if (w?.lower !== 'with' || p > i + 3 || !isWordToken(next)) return undefined;
    const end = nounPhraseEnd(tokens, p + 1);
    const noun = tokens[end - 1];
    if (end <= p + 1 || noun === undefined || AWARD_MANNERS.hasToken(noun) || !nounSenses(nounSingular.of(noun)).some((s) => AWARDED_THINGS.has(s))) return undefined;
    return { start: w.start, end: w.end, message: `"${tokens[i]!.text}" takes what is awarded as its object in English, without "with".`, suggestions: [{ start: w.start, end: next.start, replacement: '' }] };
  }],
  ...DATIVE_VERBS.map((verb) => [verb, dativeTo] as const),
  // "specializes on software" calques "специализируется на", "spezialisiert auf": English specializes "in".
  ['influence', directObjectOn],
  ['emphasize', directObjectOn],
  ['emphasise', directObjectOn],
  ['stress', directObjectOn],
  ['discuss', directObjectOn],
  ['lack', lackOf],
  ['accuse', accusedIn],
  ['graduate', graduatedSchool],
  ['specialize', specializedOn],
  ['specialise', specializedOn],
  // "answered on the question" calques "ответить на", "antworten auf"; "answered on Monday" is a time phrase.
  ['answer', (tokens, i) => {
    const on = tokens[i + 1]!;
    // And "answered to the question" (Spanish "responder a", French "répondre à"): "answer to the board" (be
    // accountable) and "answered to the name of" take a person or a name, not what is answered.
    if ((on.lower !== 'on' && on.lower !== 'to') || !isVerbToken(tokens[i]!) || isTimePhrase(tokens, i + 2)) return undefined;
    if (on.lower === 'to' && tokens[i - 1] !== undefined && isNominalMarkerTag(primaryTag(tokens[i - 1]))) return undefined;
    const end = nounPhraseEnd(tokens, i + 2);
    if (end <= i + 2 || !ANSWERED.hasToken(tokens[end - 1]!)) return undefined;
    return dropped(on, tokens[i + 2]!, `"${tokens[i]!.text}" takes what is answered as its object in English, without "${on.text}".`);
  }],
  // "refused from the deal" calques "отказаться от"; "refused from the outset" is a time phrase.
  ['refuse', (tokens, i) => {
    const w = tokens[i + 1]!;
    const next = tokens[i + 2];
    if (w.lower !== 'from' || !isWordToken(next) || isTimePhrase(tokens, i + 2)) return undefined;
    const noun = next.lower === 'the' ? tokens[i + 3] : next;
    if (nounSenses(noun?.lower ?? '').includes('noun.time')) return undefined;
    return { start: w.start, end: w.end, message: `"${tokens[i]!.text}" takes a direct object in English, without "from".`, suggestions: [{ start: w.start, end: next.start, replacement: '' }] };
  }],
]);
