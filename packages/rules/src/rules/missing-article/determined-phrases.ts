/**
 * The patterns of missing-article that read a word which English always determines, or a subject that opens the
 * sentence bare: "is largest city", "have same interests", "became first person to", "It is important step",
 * "became world's largest", "Experiment showed that …", "Construction of bridge will …". Russian, Polish, Chinese and
 * the other article-less sources have no "the" or "a" to carry over, and MT leaves them out.
 */
import type { Report } from '@mtlint/engine';
import { indefiniteArticle, isAdjective, isAdverb, isCapitalisedInDictionary, isWordToken, lexiconEntry, nounSenses, ORDINAL_WORDS, pluralNoun, type Token, WordSet } from '@mtlint/text';
import { BARE_NOUNS, COUNTABLE, isCountedThing, MASS_SENSES } from './nouns.js';

// Forms of the verbs that take a predicate noun: "is the largest city", "became the first person".
const LINKING = new WordSet([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'becoming', 'remain', 'remains',
  'remained', 'remaining',
]);
// The finite singular ones, for the adjective + noun predicate: after "must be" or "to be" a bare adjective + noun is
// mostly a compound adjective ("must be open source", from the Node documentation), and after "are", "were" a
// singular noun is no predicate of the plural subject ("There were bilateral pterygia", Brown).
const FINITE_SINGULAR_LINKING = new WordSet(['is', 'was', 'becomes', 'became', 'remains', 'remained']);
// The prepositions missing-article reads; "as", "per", "than", "like" take bare nouns in good English.
const PREPOSITIONS = new WordSet([
  'about', 'against', 'among', 'at', 'behind', 'by', 'during', 'for', 'from', 'in', 'into', 'of', 'on', 'onto',
  'over', 'through', 'to', 'toward', 'towards', 'under', 'with', 'without',
]);
// Adjectives that pick out one thing and so take "the" like "same": "is main reason", "is sole owner". "only",
// "whole", "entire", "former" are left out: they are also adverbs or make bare compounds ("only time will tell",
// "whole wheat", "of former usage", all Brown).
const SINGLING_ADJECTIVES = new WordSet(['same', 'main', 'sole']);
// "best practice", "least resistance", "worst case": superlatives that make idioms with nouns English leaves bare.
const IDIOM_SUPERLATIVES = new WordSet(['best', 'worst', 'least']);
// Adjectives of quantity or order, which determine a noun themselves or make an idiom: "is little likelihood",
// "was last month", "is more variable", "is top dog" (Brown).
const QUANTITY_ADJECTIVES = new WordSet([
  'little', 'much', 'more', 'less', 'several', 'enough', 'few', 'many', 'top', 'last', 'next', 'such', 'own', 'whole',
  'other', 'only',
]);
// Senses of stuff and feelings, which English names bare after any determiner-like word ("of highest quality", "with
// greatest care" are left to the countable list, these never count).
const STUFF_SENSES = new WordSet(['noun.substance', 'noun.food', 'noun.feeling']);
// Nouns that name a kind or a part, whose "of" phrase names the kind bare: "the most common type of letter", "both
// types of tube" (Brown).
const KIND_NOUNS = new WordSet(['kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'form', 'forms', 'variety', 'style', 'brand', 'class', 'manner', 'way']);

// Measured levels (rule.md): the superlative and "same" patterns have one Brown finding, a real slip; the others none
// or one idiom.
const SUPERLATIVE_CONFIDENCE = 0.7;
const SINGLING_CONFIDENCE = 0.7;
const ORDINAL_CONFIDENCE = 0.65;
const PREDICATE_CONFIDENCE = 0.6;
const POSSESSIVE_CONFIDENCE = 0.65;
const OPENING_SUBJECT_CONFIDENCE = 0.65;

type Governor = 'linking' | 'verb' | 'preposition';

/** What governs the phrase after `g`: a linking verb, another finite verb, or a preposition; none after a capital. */
function governorAt(tokens: readonly Token[], g: number): Governor | undefined {
  const t = tokens[g];
  if (!isWordToken(t) || t.text !== t.lower) return undefined;
  if (LINKING.hasToken(t)) return 'linking';
  const tag = t.tags[0] ?? '';
  if (PREPOSITIONS.hasToken(t) && (tag === 'IN' || tag === 'TO')) return 'preposition';
  return tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' ? 'verb' : undefined;
}

/** A lower-case word the lexicon reads first as a singular or plural common noun. */
const isCommonNounWord = (t: Token | undefined): t is Token => isWordToken(t) && t.text === t.lower && (t.tags[0] === 'NN' || t.tags[0] === 'NNS');

/**
 * The head of the noun phrase that starts at `from` (adjectives, adverbs before adjectives, then nouns), or -1 when
 * none ends there: a hyphen, an apostrophe or a possessive after it continues the phrase.
 */
function phraseHead(tokens: readonly Token[], from: number): number {
  let k = from;
  for (;;) {
    const t = tokens[k];
    if (!isWordToken(t) || t.text !== t.lower || (t.tags[0] ?? '').startsWith('NN')) break;
    const next = tokens[k + 1];
    if (!(isAdjective(t) || (isAdverb(t) && next !== undefined && isAdjective(next)))) break;
    k++;
  }
  let head = -1;
  while (isCommonNounWord(tokens[k])) head = k++;
  if (head < 0) return -1;
  const next = tokens[head + 1];
  if (next === undefined) return head;
  if (next.kind === 'punct' && (next.text === '-' || next.text === "'" || next.text === '’')) return -1;
  return next.tags[0] === 'POS' ? -1 : head;
}

/**
 * A singular noun that names a thing one counts: known to WordNet, not an -ing noun, and of Brown's countable list
 * ("lake", which WordNet also knows as a pigment) or with no sense of stuff or feeling.
 */
function isCountNoun(t: Token): boolean {
  if (t.tags[0] !== 'NN' || t.lower.endsWith('ing')) return false;
  const senses = nounSenses.of(t);
  return senses.length > 0 && (COUNTABLE.hasToken(t) || !senses.some((s) => STUFF_SENSES.has(s)));
}

/**
 * A noun of Brown's countable list that names a place or a body of people, not a person or a body part, whose
 * possessive English determines: "the world's", "the city's". Descriptive possessives of people and the body are
 * often bare ("farmer's boots", "at arm's length", "captain's mast", Brown), and so are those of the nouns Brown
 * leaves bare elsewhere ("society's members", "industry's guidance", "labor's feuds", Brown).
 */
function isPlaceOrBody(lower: string): boolean {
  if (!COUNTABLE.has(lower)) return false;
  const senses = nounSenses(lower);
  return senses.some((s) => s === 'noun.location' || s === 'noun.group') && !senses.some((s) => s === 'noun.person' || s === 'noun.body');
}

const isPossessiveMark = (t: Token | undefined) => t !== undefined && (t.lower === "'s" || t.lower === '’s');

const insertThe = (t: Token) => [{ start: t.start, end: t.start, replacement: 'the ' }];

/**
 * Words that English determines, left bare after a linking verb, another verb or a preposition:
 * - a superlative ("is largest city", "was most difficult decision", "won highest award"); after a preposition only
 *   with a countable noun ("of highest quality", "with greatest care" are literary English);
 * - "same", "main", "sole" ("have same interests", "is same as", "is main reason");
 * - an ordinal after a linking verb ("became first person to", "is second attempt");
 * - an adjective + a countable noun of the list after "is", "was", "became" ("It is important step", "This is big
 *   problem"), not a person ("became prime minister" is an office);
 * - a place or body with "'s" ("became world's largest", "cut company's costs").
 */
export function bareDeterminedWords(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text !== t.lower) continue;
    const tag = t.tags[0];
    // The tags rule out most words before any look-up.
    if (tag !== 'JJ' && tag !== 'JJS' && tag !== 'NN' && t.lower !== 'most') continue;
    if (tag === 'NN') {
      if (!isPossessiveMark(tokens[i + 1]) || !isPlaceOrBody(t.lower) || governorAt(tokens, i - 1) === undefined) continue;
      reports.push({
        start: t.start,
        end: tokens[i + 1]!.end,
        message: `A possessive of a common noun needs "the": "the ${t.lower}'s …".`,
        suggestions: insertThe(t),
        confidence: POSSESSIVE_CONFIDENCE,
      });
      continue;
    }
    const next = tokens[i + 1]!;
    // "most" + an adjective is a superlative ("most difficult"); before a noun it is a quantity ("most people").
    const superlative = t.lower === 'most' ? isAdjective(next) && next.tags[0] !== 'NN' : tag === 'JJS';
    const singling = SINGLING_ADJECTIVES.hasToken(t);
    const ordinal = ORDINAL_WORDS.hasToken(t);
    if (!superlative && !singling && !ordinal && tag !== 'JJ') continue;
    const governor = governorAt(tokens, i - 1);
    if (governor === undefined) {
      // "It is very important step": a degree adverb between the linking verb and the adjective.
      if (tag === 'JJ' && isDegreeAdverb(tokens[i - 1]!) && i > 1 && isBarePredicate(tokens, i - 2, i, i + 1)) reports.push(predicateReport(tokens, i - 2, i - 1, i + 1));
      continue;
    }
    if (singling) {
      // "is same as before"; "main" and "sole" before a noun right after them.
      const fits = t.lower === 'same' ? next.lower === 'as' || phraseHead(tokens, i + 1) >= 0 : phraseHead(tokens, i + 1) === i + 1 && next.tags[0] === 'NN';
      if (!fits) continue;
      reports.push({ start: t.start, end: t.end, message: `"${t.lower}" takes "the": "the ${t.lower}".`, suggestions: insertThe(t), confidence: SINGLING_CONFIDENCE });
      continue;
    }
    const head = phraseHead(tokens, t.lower === 'most' ? i + 2 : i + 1);
    if (head < 0) continue;
    const noun = tokens[head]!;
    if (superlative) {
      // "at least one-half hour", "at most two".
      if (governor === 'preposition' && tokens[i - 1]!.lower === 'at' && (t.lower === 'least' || t.lower === 'most')) continue;
      if (!isCountNoun(noun) || (governor === 'preposition' && !isCountedThing(noun, nounSenses.of(noun)))) continue;
      // "was best man" (at a wedding), "is best practice".
      if ((t.lower === 'best' && noun.lower === 'man') || (IDIOM_SUPERLATIVES.hasToken(t) && BARE_NOUNS.hasToken(noun))) continue;
      reports.push({
        start: t.start,
        end: noun.end,
        message: `A superlative needs "the": "the ${t.lower} …".`,
        suggestions: insertThe(t),
        confidence: SUPERLATIVE_CONFIDENCE,
      });
    } else if (ordinal) {
      // "becomes second nature": a noun of quality makes an idiom.
      if (governor !== 'linking' || !isCountNoun(noun) || nounSenses.of(noun)[0] === 'noun.attribute') continue;
      reports.push({
        start: t.start,
        end: noun.end,
        message: `An ordinal before a noun needs "the": "the ${t.lower} ${noun.lower}".`,
        suggestions: insertThe(t),
        confidence: ORDINAL_CONFIDENCE,
      });
    } else if (isBarePredicate(tokens, i - 1, i, head)) {
      reports.push(predicateReport(tokens, i - 1, i, head));
    }
  }
  return reports;
}

/** "very", or an adverb in -ly before an adjective ("extremely", "relatively"). */
const isDegreeAdverb = (t: Token) => t.kind === 'word' && t.text === t.lower && t.tags[0] === 'RB' && (t.lower === 'very' || t.lower.endsWith('ly'));

/**
 * "It is important step": after a finite singular linking verb (at `linking`), one plain adjective (at `i`) and a
 * countable noun of the list (at `head`), not a person (an office: "became prime minister", "is general manager"),
 * not an -ing noun ("had been busy building") and not a word that is also an adverb ("was spinning round").
 */
function isBarePredicate(tokens: readonly Token[], linking: number, i: number, head: number): boolean {
  const adjective = tokens[i]!;
  const noun = tokens[head];
  if (noun === undefined || head !== i + 1 || !FINITE_SINGULAR_LINKING.hasToken(tokens[linking]!) || adjective.lower.endsWith('ing') || QUANTITY_ADJECTIVES.hasToken(adjective)) return false;
  if (phraseHead(tokens, head) !== head) return false;
  if (noun.tags[0] !== 'NN' || !COUNTABLE.hasToken(noun) || noun.lower.endsWith('ing') || noun.tags.includes('RB')) return false;
  return !nounSenses.of(noun).includes('noun.person');
}

/** The report of a bare predicate: the article goes before the first word after the linking verb. */
function predicateReport(tokens: readonly Token[], linking: number, first: number, head: number): Report {
  const opening = tokens[first]!;
  const noun = tokens[head]!;
  const article = indefiniteArticle(opening.lower);
  const phrase = tokens.slice(first, head + 1).map((t) => t.text).join(' ');
  return {
    start: opening.start,
    end: noun.end,
    message: `A singular countable noun after "${tokens[linking]!.lower}" needs an article: "${article} ${phrase}".`,
    suggestions: [{ start: opening.start, end: opening.start, replacement: `${article} ` }],
    confidence: PREDICATE_CONFIDENCE,
  };
}

const AUXILIARIES = new WordSet(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * The verb after an opening subject, and what follows it, make a clause: a past ("Experiment showed that …"), or an
 * auxiliary or modal with a participle ("File was not found", "Smartphone has become", "Bridge will be built"). A
 * present verb ("Kidnaper spurns ransom") and "is" + a complement ("Result is a better prospect") are a
 * newspaper's clipped style, and a participle before a preposition a clinical note's ("Brain examined for
 * thrombosis", all Brown).
 */
function isClauseVerb(tokens: readonly Token[], k: number, thing = false, inClause = false): boolean {
  const verb = tokens[k];
  if (!isWordToken(verb) || verb.text !== verb.lower) return false;
  const tag = verb.tags[0] ?? '';
  // The lexicon gives "is", "will" and "keeps" noun readings too; after a device's name they are the verbs they are
  // read first as.
  const auxiliary = AUXILIARIES.hasToken(verb) || tag === 'MD';
  if (!(thing && (auxiliary || tag === 'VBZ')) && (verb.tags.includes('NN') || verb.tags.includes('NNS'))) return false;
  if (auxiliary) {
    let p = k + 1;
    if (tokens[p]?.lower === 'not') p++;
    // An adverb of manner or degree before the participle: "Battery is fully charged", "File was successfully sent".
    if (isWordToken(tokens[p]) && tokens[p]!.lower.endsWith('ly') && isAdverb(tokens[p]!)) p++;
    if (tag === 'MD' && tokens[p]?.lower === 'be') p++;
    if (isWordToken(tokens[p]) && tokens[p]!.tags.includes('VBN')) {
      // A present status with nothing after it is an app's clipped style ("Device is not supported."); a device's
      // present with more after it describes it ("Battery is fully charged in two hours"), as does a status inside a
      // clause after a conjunction ("if camera is not detected, …").
      if (PAST_AUXILIARIES.hasToken(verb) || !thing) return true;
      // "Turnout is expected to be high": a passive of saying or expecting with an infinitive tells no device's
      // property, and its noun is mostly something else.
      const next = tokens[p + 1];
      if (next?.lower === 'to' && tokens[p + 2]?.tags[0] === 'VB') return false;
      return inClause || (next !== undefined && !PHRASE_CLOSE.has(next.text));
    }
    // A device's modal + base form with more after it: "Device will restart automatically", "Lamp can stand on …".
    return thing && PRODUCT_MODALS.hasToken(verb) && isWordToken(tokens[p]) && tokens[p]!.tags[0] === 'VB' && tokens[p + 1] !== undefined && !PHRASE_CLOSE.has(tokens[p + 1]!.text);
  }
  // A device's present in -s with more after it, as product text describes it: "Lamp stands on any desk", "Bottle
  // keeps drinks cold". A newspaper's clipped present has a person ("Kidnaper spurns ransom", Brown).
  // Not "is", "has", "does": "Path is a directory." is an error message's clipped style. Not a word before a finite
  // verb, which makes it a plural of a compound subject: "File triggers must not be used", "Wrapper installs must"
  // (dpkg's and pnpm's documentation).
  const after = tokens[k + 1];
  if (thing && tag === 'VBZ' && !auxiliary && verb.lower !== 'does' && !CAPTION_VERBS.hasToken(verb) && after !== undefined && !PHRASE_CLOSE.has(after.text)) {
    return !(isWordToken(after) && /^(MD|VBP|VBZ|VBD)$/.test(after.tags[0] ?? ''));
  }
  if (!(tag === 'VBD' || (tag === 'VBN' && verb.tags.includes('VBD')))) return false;
  const next = tokens[k + 1];
  return !(verb.tags.includes('VBN') && isWordToken(next) && next.tags[0] === 'IN' && next.lower !== 'that');
}

const PAST_AUXILIARIES = new WordSet(['was', 'were', 'had']);
// The modals product text and app strings describe a device with; "would", "could", "might" tell a story ("Cap would
// find him", Brown: a nickname).
const PRODUCT_MODALS = new WordSet(['will', 'can', 'may', 'must', 'should', 'shall']);
// A caption's present ("Photograph shows the wrong side of work", Brown) is clipped English.
const CAPTION_VERBS = new WordSet(['shows', 'illustrates', 'depicts', 'represents']);
// Stuff WordNet files as made things, which technical English names bare ("Drug is added to the feed", Brown);
// "auto" is also a prefix written apart ("Auto corrects common errors", npm's documentation).
const MADE_STUFF = new WordSet(['auto', 'drug', 'vaccine', 'medication', 'medicine', 'pesticide', 'fertilizer', 'fertiliser', 'antibiotic', 'explosive', 'paint', 'fuel', 'detergent', 'adhesive']);
const isPastVerb = (t: Token | undefined) => t !== undefined && (PAST_AUXILIARIES.hasToken(t) || t.tags[0] === 'VBD' || t.tags[0] === 'VBN');
// Punctuation that ends a clause: a verb right before it has nothing after it ("Device will restart.").
const PHRASE_CLOSE = new Set(['.', ',', ';', ':', '!', '?']);
// Senses of a device or a thing, which product text and app strings describe, and of ideas, which English names
// bare in general ("Order is important").
const DEVICE_SENSES = new WordSet(['noun.artifact']);
// Nouns that are also places, shapes, body parts or plants ("path", "node", "socket") name things in software
// documentation that its English leaves bare ("when path does not exist", "until socket is closed").
const NOT_DEVICE_SENSES = new WordSet([
  'noun.person', 'noun.cognition', 'noun.attribute', 'noun.time', 'noun.state', 'noun.feeling', 'noun.location', 'noun.body', 'noun.shape', 'noun.plant',
]);

/**
 * A thing made that English counts, not also a person, an idea or stuff: "battery", "camera", "lamp" (most too rare in
 * Brown for its countable list, so a plural in the lexicon and no bare use in Brown stand for it); not "speaker",
 * "server" (also people), "glass" (stuff), "school" (a time and an idea too).
 */
function isDevice(noun: Token, senses: readonly string[]): boolean {
  if (noun.lower.endsWith('ing') || BARE_NOUNS.hasToken(noun) || MADE_STUFF.hasToken(noun) || senses.some((x) => MASS_SENSES.has(x))) return false;
  if (!senses.some((x) => DEVICE_SENSES.has(x)) || senses.some((x) => NOT_DEVICE_SENSES.has(x))) return false;
  return COUNTABLE.hasToken(noun) || pluralNoun(noun.lower) !== undefined;
}

/**
 * "Experiment showed that …", "Researcher used …", "Result of study was published …": a countable noun opening the
 * sentence bare, perhaps with an "of" phrase, as the subject of a clause. Not a name in the dictionary ("Alison"),
 * nor a noun the lexicon also knows as a name ("Merchant", "Report"), nor one with no WordNet sense ("Everyone",
 * "Telefunken"), nor a time
 * ("Morning came"); a noun outside Brown's list must have a plural ("Chlorothiazide was omitted").
 */
export function bareOpeningSubject(tokens: readonly Token[]): Report | undefined {
  const first = tokens[0];
  if (!isWordToken(first) || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return undefined;
  const senses = nounSenses.of(first);
  // A device the lexicon also knows as a name ("Battery", "Network": places and brands) but not as a surname.
  const device = isDevice(first, senses) && (lexiconEntry(first.lower)?.includes('NN') ?? false);
  const noun = first.tags[0] === 'NN' && !first.tags.includes('NNP');
  // Read first as a name, it is a device only before a present or a product's modal: a past tells a story, whose
  // subject is a name ("Pulley had set her up", "Hub picked up the telephone", Brown).
  const named = !noun && /^NNP?$/.test(first.tags[0] ?? '') && first.tags.includes('NNP') && device && !isPastVerb(tokens[1]);
  if (!noun && !named) return undefined;
  if (senses.length === 0 || senses.includes('noun.time') || !(device || isCountedThing(first, senses))) return undefined;
  if (!COUNTABLE.hasToken(first) && pluralNoun(first.lower) === undefined) return undefined;
  // A name ("Alison"), or a noun that is also a surname ("Merchant has found", Brown).
  if (isCapitalisedInDictionary(first.text) || (!named && lexiconEntry(first.text)?.includes('NNP'))) return undefined;
  let k = 1;
  // An "of" or "from" phrase may stand between: "Tourist from Germany was bitten", "Scientist from the university
  // discovered" (Russian "Турист из Германии"); a place's name only after "from".
  const from = tokens[k]?.lower === 'from';
  if (tokens[k]?.lower === 'of' || from) {
    k++;
    while (isWordToken(tokens[k]) && (tokens[k]!.text === tokens[k]!.lower ? /^(DT|JJ|NN|NNS)$/.test(tokens[k]!.tags[0] ?? '') : from && tokens[k]!.tags[0] === 'NNP')) k++;
    if (k === 2) return undefined;
  }
  if (!isClauseVerb(tokens, k, device)) return undefined;
  const article = indefiniteArticle(first.lower) === 'an' ? 'An' : 'A';
  return {
    start: first.start,
    end: first.end,
    message: `"${first.text}" opens the sentence as its subject without an article: "The ${first.lower} …" or "${article} ${first.lower} …".`,
    suggestions: [
      { start: first.start, end: first.end, replacement: `The ${first.lower}` },
      { start: first.start, end: first.end, replacement: `${article} ${first.lower}` },
    ],
    confidence: OPENING_SUBJECT_CONFIDENCE,
  };
}

// Superlatives that also stand after "a": "a best seller", "a most welcome change" (an intensifier), "a worst case".
const A_SUPERLATIVES = new WordSet(['best', 'worst', 'most', 'least']);

/**
 * "is a longest river", "was an oldest church": "a/an" before a superlative, which English determines with "the"
 * (Russian, Polish and Chinese have no article to choose, and MT picks "a"). Brown has no "a" + an -est superlative +
 * noun.
 */
export function indefiniteSuperlative(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    const adjective = tokens[i + 1]!;
    if ((a.lower !== 'a' && a.lower !== 'an') || adjective.tags[0] !== 'JJS' || !adjective.lower.endsWith('est') || A_SUPERLATIVES.hasToken(adjective)) continue;
    if (!/^NNS?$/.test(tokens[i + 2]!.tags[0] ?? '') || tokens[i + 2]!.text !== tokens[i + 2]!.lower) continue;
    reports.push({
      start: a.start,
      end: adjective.end,
      message: `A superlative takes "the": "the ${adjective.text} …".`,
      suggestions: [{ start: a.start, end: a.end, replacement: a.text[0] === 'A' ? 'The' : 'the' }],
      confidence: SUPERLATIVE_CONFIDENCE,
    });
  }
  return reports;
}

// The verbs of an app's instructions and the controls they act on: Chinese 点击按钮, Russian "нажмите на кнопку", Polish
// "kliknij ikonę" carry no article, and MT writes "Click on button to save". A control's name in capitals ("Click
// Save", "Press OK") is English; a lower-case control needs "the".
const UI_VERBS = new WordSet(['click', 'tap', 'press', 'double-click', 'touch', 'select']);
const UI_CONTROLS = new WordSet(['button', 'icon', 'link', 'tab', 'menu', 'checkbox', 'arrow', 'banner', 'thumbnail', 'toggle', 'switch', 'slider', 'field']);
const UI_CONFIDENCE = 0.7;
const INSTRUCTION_OPENERS = new WordSet(['then', 'and', 'or', 'please', 'to', 'just', 'simply', 'first', 'now']);

/** "Click on button to save", "Tap icon in the corner": an instruction's control named bare. */
export function bareControlInInstruction(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!UI_VERBS.hasToken(verb) || (i > 0 && verb.text !== verb.lower)) continue;
    // An instruction's verb opens it: the sentence's start, or after punctuation, "then", "and", "please", "to"; not
    // a noun modifier ("the select field to choose", "a touch switch").
    if (i > 0 && !PHRASE_CLOSE.has(tokens[i - 1]!.text) && !INSTRUCTION_OPENERS.hasToken(tokens[i - 1]!)) continue;
    const c = tokens[i + 1]?.lower === 'on' ? i + 2 : i + 1;
    const control = tokens[c];
    if (!isWordToken(control) || control.text !== control.lower || !UI_CONTROLS.hasToken(control)) continue;
    // The control ends its phrase: "click on button to", "tap icon." (not "click button text", a compound).
    const after = tokens[c + 1];
    if (!(after === undefined || PHRASE_CLOSE.has(after.text) || (isWordToken(after) && (after.tags[0] === 'IN' || after.tags[0] === 'TO' || after.lower === 'and')))) continue;
    reports.push({
      start: control.start,
      end: control.end,
      message: `An instruction names its control with an article: "${verb.lower} ${c > i + 1 ? 'on ' : ''}the ${control.text}".`,
      suggestions: insertThe(control),
      confidence: UI_CONFIDENCE,
    });
  }
  return reports;
}

// Conjunctions that open a clause whose subject follows at once; not "that", which is also a demonstrative ("make sure
// that phone is charged").
const SUBORDINATORS = new WordSet(['if', 'when', 'after', 'before', 'until', 'once', 'unless', 'because', 'while', 'whether']);

/**
 * "Reconnect the cable if camera is not detected", "The app closes after device is restarted": a device named bare
 * as the subject of a clause after a conjunction (Chinese, Russian and Polish app strings and manuals). A clipped
 * status on its own ("Camera not detected") has no conjunction.
 */
export function bareDeviceAfterConjunction(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!SUBORDINATORS.hasToken(tokens[i]!)) continue;
    const noun = tokens[i + 1]!;
    // "if mine didn't": a pronoun the lexicon also reads as a noun.
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NN' || noun.tags.some((x) => x.startsWith('PRP')) || BARE_NOUNS.hasToken(noun)) continue;
    if (!isDevice(noun, nounSenses.of(noun)) || !isClauseVerb(tokens, i + 2, true, true)) continue;
    reports.push({
      start: noun.start,
      end: noun.end,
      message: `"${noun.text}" is the subject of its clause without an article: "the ${noun.text}".`,
      suggestions: insertThe(noun),
      confidence: OPENING_SUBJECT_CONFIDENCE,
    });
  }
  return reports;
}

// The present forms of "be" and "have" and the pasts of both, which no noun shares.
const SUBJECT_VERBS = new WordSet(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * "Construction of bridge will be completed", "The temperature of sample was …": the opening subject's "of" phrase
 * ends in a bare countable noun of the list right before the verb. Not after a noun of kind ("the most common type of
 * letter was", Brown), nor with a noun modifier ("the speed of sound wave"), nor stuff ("the smell of sake had").
 */
export function bareNounInOpeningOf(tokens: readonly Token[]): Report | undefined {
  let k = isWordToken(tokens[0]) && tokens[0].tags.includes('DT') ? 1 : 0;
  while (isWordToken(tokens[k]) && tokens[k + 1]?.lower !== 'of' && (isAdjective(tokens[k]!) || /^NNS?$/.test(tokens[k]!.tags[0] ?? ''))) k++;
  const owner = tokens[k];
  if (!isWordToken(owner) || tokens[k + 1]?.lower !== 'of' || KIND_NOUNS.hasToken(owner)) return undefined;
  // The first word may be read as a name first ("Construction").
  if (!(/^NNS?$/.test(owner.tags[0] ?? '') || (k === 0 && owner.tags.includes('NN'))) || (k > 0 && owner.text !== owner.lower)) return undefined;
  const from = k + 2;
  const head = phraseHead(tokens, from);
  if (head < 0) return undefined;
  const noun = tokens[head]!;
  if (noun.tags[0] !== 'NN' || !COUNTABLE.hasToken(noun) || noun.lower.endsWith('ing') || nounSenses.of(noun).some((s) => STUFF_SENSES.has(s))) return undefined;
  for (let j = from; j < head; j++) if ((tokens[j]!.tags[0] ?? '').startsWith('NN')) return undefined;
  const verb = tokens[head + 1];
  if (!isWordToken(verb) || verb.tags.includes('NNS')) return undefined;
  const tag = verb.tags[0] ?? '';
  if (!(tag === 'VBD' || tag === 'MD' || SUBJECT_VERBS.hasToken(verb))) return undefined;
  const first = tokens[from]!;
  return {
    start: first.start,
    end: noun.end,
    message: `"${noun.lower}" is a countable noun: "of the ${noun.lower}" (or "of a ${noun.lower}").`,
    suggestions: insertThe(first),
    confidence: OPENING_SUBJECT_CONFIDENCE,
  };
}
