import { defineRule, type Report } from '@mtlint/engine';
import {
  canBeInfinitive, hasVerbReading, argumentPhraseEnd, isAdjective, isAuxiliary, isCoordinator, isDeterminer, isModal, isPreposition, isProperNoun, isTimePhrase, isTimeSpan, isWordToken,
  isNominalPart, lemma, nounPhraseEnd, nounSenses, nounSingular, primaryTag, quotedMask, type Sentence, type Token, WordMap, WordSet,
} from '@mtlint/text';
import { isInfinitiveVerbForm, isObjectStart, nounPhraseAfterDeterminerEnd, openingAdverbialEnd, prepositionalPhraseEnd, spanText } from '../../clause-order.js';

// Adverbs that English puts before a lexical verb ("also finds", "already knows", "often visits") and German puts
// after the finite verb ("findet auch", "kennt schon", "besucht oft"). Focusing adverbs that English itself sets
// before an object ("ate only vegetables", "even the bones", "just the bread") are not in the list, nor is "still"
// ("stands still", "adds still another dimension").
const MID_ADVERBS = new WordSet([
  'also', 'now', 'already', 'often', 'always', 'never', 'usually', 'sometimes', 'rarely', 'seldom',
  'frequently', 'soon', 'recently', 'meanwhile', 'hardly',
]);
const OBJECT_START = new WordSet(['DT', 'PRP$', 'CD', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS']);

/** The object after the adverbs: a noun phrase, not a clause ("knows now that …") or a prepositional phrase. */
// Words that hedge a count opening an object: "more than 80 concerts", "over 300 jobs", "nearly 2,000 people".
const COUNT_HEDGES = new WordSet(['more', 'fewer', 'less', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'roughly']);

/** The number of a hedged count at `k` ("more than 80", "over 300"), or -1. */
function hedgedCount(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isWordToken(t) || !COUNT_HEDGES.hasToken(t)) return -1;
  const n = tokens[k + 1]?.lower === 'than' ? k + 2 : k + 1;
  return tokens[n]?.kind === 'number' ? n : -1;
}

function objectEnd(tokens: readonly Token[], k: number): number {
  const count = hedgedCount(tokens, k);
  if (count >= 0) return objectEnd(tokens, count);
  const t = tokens[k];
  if (t === undefined || (t.kind !== 'word' && t.kind !== 'number')) return k;
  if (t.kind === 'word' && (!OBJECT_START.has(primaryTag(t)) || t.lower === 'that') && !isObjectStart(t)) return k;
  const end = nounPhraseAfterDeterminerEnd(tokens, k);
  // A determiner and an adjective used as a noun, closing the clause: "won the final".
  const adjective = tokens[k + 1];
  if (end === k && isDeterminer(t) && isWordToken(adjective) && isAdjective(adjective) && endsClauseAt(tokens, k + 2)) return k + 2;
  // A plural the lexicon reads first as a verb, after a number or a noun and closing the clause, is the head: "three
  // suspects.", "its interest rates.".
  const last = tokens[end];
  if (end > k && isWordToken(last) && last.text === last.lower && last.tags.includes('NNS') && /^(CD|NN)$/.test(t.kind === 'number' && end === k + 1 ? 'CD' : primaryTag(tokens[end - 1])) && endsClauseAt(tokens, end + 1)) return end + 1;
  return end;
}

/**
 * Whether the object from `from` to `end` is heavy, so that English itself shifts it behind an adverb ("saw also the
 * hardships of pioneer life, the poverty …", "included also the heat conducted through the base"): an "of" phrase
 * after its head, then a list, an apposition, a coordination or a participle clause after it.
 */
function isHeavy(tokens: readonly Token[], from: number, end: number): boolean {
  // An "of" phrase, or a comparison after the object: "scored this season more goals than any other side".
  for (let o = from; o <= end; o++) if (isWordToken(tokens[o]) && (tokens[o]!.lower === 'of' || (o === end && tokens[o]!.lower === 'than'))) return true;
  let k = end;
  for (let pp = prepositionalPhraseEnd(tokens, k); pp > k; pp = prepositionalPhraseEnd(tokens, k)) k = pp;
  const next = tokens[k];
  if (next === undefined) return false;
  if (next.text === ',') {
    const after = tokens[k + 1];
    return after !== undefined && (after.kind !== 'word' || isDeterminer(after) || /^NN/.test(primaryTag(after)));
  }
  return isWordToken(next) && (isCoordinator(next) || /^VB[GN]$/.test(primaryTag(next)));
}

// `isFiniteLexicalVerb` runs at every word: it compares tags and characters rather than match patterns (a regular
// expression literal in a function is a new object each time it is reached), and reads the tags before it looks the
// word up (`lemma`, for the auxiliaries).
const isPluralSubjectTag = (tag: string) => tag === 'NNS' || tag === 'NNPS' || tag === 'PRP';
const isSingularSubjectTag = (tag: string) => tag === 'NN' || tag === 'NNP';

/**
 * A verb reading that agrees with the subject tagged `subjectTag` before it. The lexicon reads many present-tense
 * verbs first as nouns or base forms ("the ministry plans", "families visit", "farmers use"): with an adverb and an
 * object after them, a present tense that agrees with the noun before them is the verb. A past tense read first as a
 * participle or a base form ("Nordtek changed", "the bank cut") right after its subject is one too; a regular verb's
 * past tense is spelled like its participle even where the lexicon lists only the participle ("updated").
 */
function agreesWithSubject(verb: Token, tag: string, subjectTag: string): boolean {
  const plural = isPluralSubjectTag(subjectTag);
  const singular = isSingularSubjectTag(subjectTag);
  if (!plural && !singular) return false;
  return (
    (plural && (tag === 'VB' || tag === 'VBP' || tag === 'NN') && verb.tags.includes('VBP')) ||
    (singular && tag === 'NNS' && verb.tags.includes('VBZ')) ||
    ((tag === 'VB' || tag === 'VBN') && (verb.tags.includes('VBD') || verb.lower.endsWith('ed')))
  );
}

const SINGULAR_PRONOUNS = new WordSet(['he', 'she', 'it']);
const PLURAL_PRONOUNS = new WordSet(['i', 'we', 'they', 'you']);

/**
 * A present or past reading that agrees with the subject pronoun before it, whatever the lexicon reads first: "He
 * visits" (a plural noun first), "I like" (a preposition first).
 */
function agreesWithPronoun(verb: Token, pronoun: Token | undefined): boolean {
  if (!isWordToken(pronoun) || primaryTag(pronoun) !== 'PRP' || isModal(verb)) return false;
  if (SINGULAR_PRONOUNS.hasToken(pronoun)) return verb.tags.includes('VBZ') || verb.tags.includes('VBD');
  return PLURAL_PRONOUNS.hasToken(pronoun) && (verb.tags.includes('VBP') || verb.tags.includes('VBD'));
}

/**
 * A finite lexical verb in its own clause at token `v`: not be/have/do or a modal ("is also", "has already"), not a
 * participle after one ("was awarded also"), not a question or an imperative (base forms).
 */
function isFiniteLexicalVerb(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  if (!isWordToken(verb)) return false;
  const beforeVerb = tokens[v - 1];
  // A finite reading first, or one that agrees with the subject before it: most words have neither and leave here,
  // before any look-up.
  const tag = primaryTag(verb);
  if (tag !== 'VBZ' && tag !== 'VBD' && tag !== 'VBP' && !agreesWithSubject(verb, tag, isWordToken(beforeVerb) ? primaryTag(beforeVerb) : '') && !agreesWithPronoun(verb, beforeVerb)) return false;
  // Not a clitic, and not a capitalised word inside the sentence (a name or a title read as a verb).
  const first = verb.text.charCodeAt(0);
  if (first === 39 || first === 0x2019 || (v > 0 && verb.text !== verb.lower)) return false;
  // After a determiner or adjective an -s word is a noun ("These needs usually …"), except after singular "this"
  // or "that", which a plural cannot follow: "That affects also the villages".
  if (isWordToken(beforeVerb)) {
    const singularDemonstrative = (beforeVerb.lower === 'this' || beforeVerb.lower === 'that') && verb.tags.includes('VBZ');
    if (isModal(beforeVerb) || ((isDeterminer(beforeVerb) || isAdjective(beforeVerb)) && !singularDemonstrative) || isAuxiliary(beforeVerb)) return false;
  }
  return !isAuxiliary(verb);
}

// Forms of "have" that make a perfect with the participle after them.
const PERFECT_HAVE = new WordSet(['has', 'have', 'had']);
/**
 * A past participle right after "has", "have" or "had" ("has confirmed"), which takes its object as a finite verb
 * does: "has confirmed yesterday the sentence" is the French, Italian or Spanish order of a perfect ("a confirmé hier
 * la peine", "ha confermato ieri la condanna"), as "confirmed yesterday the sentence" is German.
 */
function isPerfectParticiple(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  const have = tokens[v - 1];
  // Verbs of seeing and living through take a long time span before their object in English: "have seen in recent
  // years a sharp rise", "has undergone over the decade a change".
  if (!isWordToken(verb) || PERCEPTION_VERBS.hasToken(verb) || EXPERIENCE_VERBS.hasToken(verb)) return false;
  return isWordToken(have) && verb.text === verb.lower && verb.tags.includes('VBN') && PERFECT_HAVE.hasToken(have) && !isAuxiliary(verb) && verb.lower !== 'been';
}
const EXPERIENCE_VERBS = new WordSet(['witnessed', 'experienced', 'undergone', 'suffered', 'known', 'enjoyed', 'endured', 'brought', 'produced']);

// Adverbs of time that German puts between an infinitive or an imperative and its object ("Bitte schließen Sie jetzt
// das Fenster", "Sie müssen jetzt den Code eingeben"): "Please close now the window", "You must enter now the code".
const URGENT_ADVERBS = new WordSet(['now', 'today', 'tomorrow', 'tonight', 'soon', 'immediately']);

/**
 * A base form after "please" or a modal at `v` ("Please close", "must enter"), which English keeps next to its object:
 * with one of the adverbs above before that object, the German order. ("can smell again the perfume" is literary
 * English, so "again" is not one of them.)
 */
function isBaseAfterPleaseOrModal(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  const before = tokens[v - 1];
  if (!isWordToken(verb) || !isWordToken(before) || verb.text !== verb.lower || !verb.tags.includes('VB')) return false;
  return before.lower === 'please' || isModal(before);
}

// Adverbs of manner and degree that English puts after a light object ("speaks German well", "likes the city very
// much") and German, Russian or French between the verb and it ("spricht gut Deutsch", "очень любит этот город").
// English shifts only a heavy object behind them ("describe well the physical phenomenon being …").
const MANNER_ADVERBS = new WordSet([
  'well', 'badly', 'fluently', 'carefully', 'thoroughly', 'quickly', 'slowly', 'perfectly', 'properly', 'correctly', 'closely', 'regularly',
]);
// -ly adverbs that English itself sets before an object, as they focus or count it ("ate mainly vegetables", "costs
// roughly 5 dollars", "reached nearly 40 degrees", "is simply the best") or belong to what follows ("sent directly to").
const FOCUS_LY = new WordSet([
  'only', 'merely', 'simply', 'mainly', 'mostly', 'largely', 'chiefly', 'primarily', 'principally', 'partly', 'exactly', 'precisely', 'nearly',
  'roughly', 'approximately', 'exclusively', 'solely', 'particularly', 'especially', 'specifically', 'likely', 'early', 'daily', 'weekly',
  'monthly', 'yearly', 'hourly', 'fully', 'entirely', 'wholly', 'directly', 'really', 'actually', 'certainly', 'probably', 'possibly',
  'apparently', 'obviously', 'clearly', 'surely', 'generally', 'usually', 'typically', 'normally', 'basically', 'essentially', 'literally',
  'virtually', 'practically', 'respectively', 'accordingly', 'consequently', 'finally', 'originally', 'initially', 'immediately', 'equally',
  'supposedly', 'allegedly', 'reportedly', 'ostensibly', 'hardly', 'scarcely', 'barely', 'utterly', 'highly', 'deeply', 'jointly',
  'ultimately', 'eventually', 'previously', 'subsequently', 'currently', 'presently', 'recently', 'formerly', 'lately', 'suddenly', 'briefly',
]);
// Linking verbs, whose complement is no object ("became ultimately an obstacle").
const LINKING = new WordSet(['become', 'remain', 'seem', 'stay', 'appear', 'look', 'sound', 'prove', 'turn', 'grow', 'be']);
/** An -ly adverb of manner ("proudly", "sharply", "unanimously"), not one that focuses or counts the object. */
const isMannerLy = (t: Token): boolean => t.text === t.lower && t.lower.length > 5 && t.lower.endsWith('ly') && primaryTag(t) === 'RB' && !FOCUS_LY.hasToken(t);
// Words that grade a manner adverb or "much" before it: "very well", "so much".
const INTENSIFIERS = new WordSet(['very', 'really', 'quite', 'so', 'too', 'extremely']);

/**
 * "She speaks very well German.", "I like very much this city.", "We must check carefully the data.": a manner adverb
 * (or "very much") between a verb and a light object that closes its clause, or has only prepositional phrases after
 * it. The verb is finite and lexical, or a base form after a modal, "please" or "to". English puts the adverb after the
 * object: "speaks German very well".
 */
function mannerBeforeObject(tokens: readonly Token[], i: number, text: string): Report | undefined {
  const v = i - 1;
  const verb = tokens[v]!;
  // A mid adverb may stand between the modal and the verb: "must always check".
  const afterAdverb = isWordToken(tokens[v - 1]) && MID_ADVERBS.hasToken(tokens[v - 1]!);
  const before = tokens[afterAdverb ? v - 2 : v - 1];
  const modal = isWordToken(before) && verb.text === verb.lower && verb.tags.includes('VB') && (before.lower === 'to' || before.lower === 'please' || isModal(before));
  const base = modal && !isAuxiliary(verb);
  if (!base && !isFiniteLexicalVerb(tokens, v)) return undefined;
  let k = i;
  const graded = INTENSIFIERS.hasToken(tokens[k]!);
  if (graded) k++;
  const adverb = tokens[k];
  // Any -ly adverb of manner only after a finite verb other than a linking one, before an object led by a determiner, a
  // name or a number ("presented proudly their project"); scientific prose shifts a light object behind one after an
  // infinitive ("to determine uniquely the space group").
  const ly = !MANNER_ADVERBS.hasToken(adverb ?? verb) && isWordToken(adverb) && isMannerLy(adverb);
  if (ly && (base || LINKING.has(lemma.of(verb)) || LINKING_FORMS.hasToken(verb) || !isWordToken(tokens[k + 1]) || !isObjectStart(tokens[k + 1]!) || primaryTag(tokens[k + 1]) === 'PRP')) return undefined;
  if (!isWordToken(adverb) || !(MANNER_ADVERBS.hasToken(adverb) || ly || (graded && adverb.lower === 'much'))) return undefined;
  k++;
  const object = tokens[k];
  // A bare noun is an object too ("speaks well German", "drinks very much coffee" is a quantity: "much" takes none).
  // A language or a name the lexicon reads first as an adjective ("German") is a name after the verb.
  const name = object !== undefined && object.text !== object.lower && object.tags.includes('NNP');
  if (!isWordToken(object) || primaryTag(object) === 'PRP' || object.lower === 'that' || (!isObjectStart(object) && !name && !(adverb.lower !== 'much' && bareNoun(object)))) return undefined;
  const end = name ? k + 1 : objectEnd(tokens, k);
  // A time is no object: "played well the whole season", "slept well that night".
  if (end === k || isHeavy(tokens, k, end) || isTimeSpan(tokens, k, end)) return undefined;
  let close = end;
  for (let pp = prepositionalPhraseEnd(tokens, close); pp > close; pp = prepositionalPhraseEnd(tokens, close)) close = pp;
  if (!endsClauseAt(tokens, close)) return undefined;
  const moved = spanText(text, tokens, i, k);
  const objectText = spanText(text, tokens, k, end);
  return {
    start: verb.start,
    end: tokens[end - 1]!.end,
    message: `"${moved}" stands between the verb "${verb.text}" and its object "${objectText}"; English puts it after the object: "${verb.text} ${objectText} ${moved}".`,
    suggestions: [{ start: tokens[i]!.start, end: tokens[end - 1]!.end, replacement: `${objectText} ${moved}` }],
  };
}

// Adverbs of time that English puts after the object ("visited his mother yesterday", "cut the rates again").
const TIME_ADVERBS = new WordSet(['yesterday', 'today', 'tomorrow', 'tonight', 'again']);

/** The end of a time adverbial at `k` ("yesterday", "last week", "in the meantime", "on Monday"), or `k` when none. */
function timeAdverbialEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isWordToken(t)) return k;
  if (TIME_ADVERBS.hasToken(t)) return k + 1;
  // The time phrase is a whole noun phrase, not the start of one ("the old | man", "winter | races").
  // (`isTimePhrase` of a phrase is `isTimeSpan` to its `argumentPhraseEnd`, read once here.)
  // "to" before an infinitive opens no phrase ("hopes to present next spring …").
  if (t.lower === 'to' && isWordToken(tokens[k + 1]) && canBeInfinitive(tokens[k + 1]!)) return k;
  const pp = prepositionalPhraseEnd(tokens, k);
  // "after the match", "during the talks": these prepositions make a time of an event after a determiner (not of a
  // person: "come after his son"; not a clause: "after reading a book").
  if (pp > k) {
    if (argumentPhraseEnd(tokens, k + 1) === pp && (isTimeSpan(tokens, k + 1, pp) || namesEvent(tokens, k, pp)) && wholePhrase(tokens, k + 1, pp)) return pp;
    return timeBeforeBarePair(tokens, k + 1, pp) > 0 ? timeBeforeBarePair(tokens, k + 1, pp) : k;
  }
  // "in the coming months", "after the match": a participle or noun the lexicon reads first as a verb, after the
  // determiner.
  if (isPreposition(t) && isWordToken(tokens[k + 1]) && isDeterminer(tokens[k + 1]!)) {
    const end = nounPhraseAfterDeterminerEnd(tokens, k + 1);
    if (end > k + 2 && (isTimeSpan(tokens, k + 1, end) || namesEvent(tokens, k, end)) && wholePhrase(tokens, k + 1, end)) return end;
  }
  // A bare time phrase needs a modifier ("last week", "this year"): a bare "Monday" after a verb may be its object.
  if (isProperNoun(t)) return k;
  const end = argumentPhraseEnd(tokens, k);
  if (isTimeSpan(tokens, k, end) && wholePhrase(tokens, k, end)) return rateEnd(tokens, end);
  const split = isPreposition(t) ? 0 : timeBeforeBarePair(tokens, k, tokens.length);
  if (split > 0) return split;
  // "every evening | books": "every" or "each" and a noun that names only a time is the whole time phrase, before a
  // noun of its own that the noun-phrase reader runs on over.
  const unit = tokens[k + 1];
  return EVERY.hasToken(t) && end >= k + 2 && isWordToken(unit) && onlyTime(unit) ? k + 2 : k;
}

const EVERY = new WordSet(['every', 'each']);
const EVENT_TIMES = new WordSet(['after', 'before', 'during']);
// Senses of a noun that can name what happens: "the match", "the talks", "the storm", "lunch".
const EVENT_SENSES = new WordSet(['noun.event', 'noun.act', 'noun.time', 'noun.phenomenon', 'noun.process', 'noun.food']);

/**
 * "after the match", "during the talks": one of these prepositions, a determiner and a noun that may name an event;
 * not a person ("after his son", "before the court"), unless it names an event too ("the match").
 */
function namesEvent(tokens: readonly Token[], k: number, end: number): boolean {
  const head = tokens[end - 1]!;
  if (!EVENT_TIMES.hasToken(tokens[k]!) || !isWordToken(tokens[k + 1]) || !isDeterminer(tokens[k + 1]!) || head.kind !== 'word') return false;
  const senses = nounSenses(nounSingular.of(head));
  return senses.some((x) => EVENT_SENSES.has(x)) && (!senses.includes('noun.person') || senses.includes('noun.event'));
}

/**
 * An infinitive after "to" or a modal at `v` ("plans to open", "will discuss"), which takes a time phrase after its
 * object as a finite verb does: "will discuss on Thursday the budget" is the German order ("wird am Donnerstag den
 * Haushalt beraten").
 */
function isInfinitiveAfterToOrModal(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  const before = tokens[v - 1];
  if (!isWordToken(verb) || !isWordToken(before) || verb.text !== verb.lower || !canBeInfinitive(verb)) return false;
  if (isModal(before)) return true;
  // After "to" a verb read first as a noun ("to work") only after a verb that takes an infinitive ("plans to open").
  const governing = tokens[v - 2];
  return before.lower === 'to' && isWordToken(governing) && (isInfinitiveVerbForm(governing) || (primaryTag(verb) === 'VB' && hasVerbReading(governing)));
}

/** A lower-case noun whose every sense is a time: "evening", "week" (not "day" or "morning", which have others). */
function onlyTime(t: Token): boolean {
  const senses = nounSenses(nounSingular.of(t));
  return t.text === t.lower && senses.length > 0 && senses.every((x) => x === 'noun.time');
}

// Words that make a time after a time a rate: "eight hours a day", "six days per week".
const RATE_WORDS = new WordSet(['a', 'an', 'per', 'each', 'every']);

/** The end of a rate after the time phrase that ends at `end` ("six days | a week"), or `end` when none follows. */
function rateEnd(tokens: readonly Token[], end: number): number {
  const unit = tokens[end + 1];
  return RATE_WORDS.has(tokens[end]?.lower ?? '') && isWordToken(unit) && nounSenses(nounSingular.of(unit)).includes('noun.time') ? end + 2 : end;
}

/**
 * Whether tokens [from, end) are a whole noun phrase: the phrase reader stops there, or the next word opens a phrase
 * of its own: a determiner, a number, or a quantifier after a noun ("last night | two bridges", "the coming months |
 * more rain"; but "the first few photos", "the former Prime Minister" are one phrase).
 */
function wholePhrase(tokens: readonly Token[], from: number, end: number): boolean {
  if (nounPhraseEnd(tokens, from) === end) return true;
  const next = tokens[end];
  if (next === undefined) return false;
  // (Also an adjective and a plural with no determiner after a singular time: "next month | direct flights".)
  return isDeterminer(next) || next.kind === 'number' || primaryTag(next) === 'CD' || (isObjectStart(next) && !isProperNoun(next) && /^NNS?$/.test(primaryTag(tokens[end - 1]))) ||
    (/^(NN|NNS|NNP)$/.test(primaryTag(tokens[end - 1])) && bareAdjectivePlural(tokens, end, Math.min(tokens.length, end + 4)));
}

// "the whole evening", "the entire summer": a stretch of time as a noun phrase.
const WHOLE = new WordSet(['whole', 'entire']);
const BE_PAST_OR_PRESENT = new WordSet(['am', 'is', 'are', 'was', 'were']);
// Subjects of "be" that make it a verb of being somewhere, not a link to a noun ("That was the whole day in short").
const PERSON_SUBJECTS = new WordSet(['i', 'we', 'they', 'he', 'she', 'you']);
// Verbs that take a stretch of time as their object ("spent the whole day in bed", "stayed the night at an inn").
const TIME_OBJECT_VERBS = new WordSet(['spend', 'take', 'pass', 'waste', 'last', 'need', 'devote', 'enjoy', 'give', 'kill', 'stay', 'sleep', 'make', 'lose', 'cost', 'require', 'use', 'fill', 'occupy', 'see', 'reserve']);
// Prepositions of a place or of company that complete a verb of being or doing somewhere ("at home", "with her aunt").
const COMPLEMENT_PREPOSITIONS = new WordSet(['in', 'at', 'on', 'near', 'inside', 'outside', 'under', 'behind', 'with', 'by']);
const PLACE_ADVERBS = new WordSet(['home', 'abroad', 'there', 'here', 'outdoors', 'indoors', 'upstairs', 'downstairs']);

const PLACE_OR_COMPANY = new WordSet(['noun.location', 'noun.artifact', 'noun.person', 'noun.group', 'noun.object']);

/** The head of a prepositional phrase that names a place or a companion: a name, "garden", "platform", "aunt". */
function namesPlaceOrCompany(head: Token): boolean {
  if (!isWordToken(head)) return false;
  if (isProperNoun(head) || PLACE_ADVERBS.hasToken(head)) return true;
  return /^NNS?$/.test(primaryTag(head)) && nounSenses(nounSingular.of(head)).some((x) => PLACE_OR_COMPANY.has(x));
}

/** The end of "the whole evening", "the entire summer" or, after `be`, "all night", "all the week" at `i`; or `i`. */
function wholeTimeEnd(tokens: readonly Token[], i: number, afterBe: boolean): number {
  const t = tokens[i]!;
  let noun = -1;
  if (t.lower === 'the' && isWordToken(tokens[i + 1]) && WHOLE.hasToken(tokens[i + 1]!)) noun = i + 2;
  // "played all afternoon in the park" is English; after "be" it is not ("was all evening at home").
  else if (afterBe && t.lower === 'all') noun = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const head = tokens[noun];
  return isWordToken(head) && /^NNS?$/.test(primaryTag(head)) && nounSenses(nounSingular.of(head)).includes('noun.time') ? noun + 1 : i;
}

/**
 * "She was the whole afternoon at school", "She worked the entire summer in the garden": a stretch of time between the verb
 * and the place or company that completes it, as German, Czech and Russian order them (*Ich war den ganzen Abend zu
 * Hause*). English puts the place first ("was at home the whole evening"). "be" counts after a personal pronoun (a
 * noun subject may be linked to the time: "The trip was the whole week in Rome"); other verbs with "the whole" or
 * "the entire" only, and not verbs that take the time as their object ("spent the whole day in bed").
 */
function wholeTimeBeforePlace(tokens: readonly Token[], text: string): Report | undefined {
  for (let i = 2; i < tokens.length - 3; i++) {
    const verb = tokens[i - 1]!;
    const first = tokens[i]!;
    if (first.lower !== 'the' && first.lower !== 'all') continue;
    const be = BE_PAST_OR_PRESENT.hasToken(verb);
    if (be ? !PERSON_SUBJECTS.hasToken(tokens[i - 2]!) : !isFiniteLexicalVerb(tokens, i - 1) || TIME_OBJECT_VERBS.has(lemma.of(verb))) continue;
    const timeEnd = wholeTimeEnd(tokens, i, be);
    if (timeEnd === i) continue;
    const next = tokens[timeEnd];
    if (!isWordToken(next)) continue;
    let close = PLACE_ADVERBS.hasToken(next) ? timeEnd + 1 : timeEnd;
    if (close === timeEnd && COMPLEMENT_PREPOSITIONS.hasToken(next) && !isTimePhrase(tokens, timeEnd + 1)) close = prepositionalPhraseEnd(tokens, timeEnd);
    // The phrase names a place or a companion, not a manner ("worked the whole day in silence").
    if (close === timeEnd || (close > timeEnd + 1 && !namesPlaceOrCompany(tokens[close - 1]!))) continue;
    const time = spanText(text, tokens, i, timeEnd);
    const place = spanText(text, tokens, timeEnd, close);
    return {
      start: verb.start,
      end: tokens[close - 1]!.end,
      message: `The time "${time}" stands between "${verb.text}" and "${place}"; English puts the place first: "${verb.text} ${place} ${time}".`,
      suggestions: [{ start: first.start, end: tokens[close - 1]!.end, replacement: `${place} ${time}` }],
    };
  }
  return undefined;
}

/**
 * "There are since May no buses more running.": German and Dutch close a negated count with "mehr"/"meer" ("keine
 * Busse mehr"), and MT keeps "more" after the noun. English puts it after "no" ("no more buses") or says "no longer".
 * "more" compares in English there too ("no town more beautiful than …", "no man more deserving of …"), so only a
 * "more" before the end, an -ing form, or an adjective closing the clause counts, and no "than" after it.
 */
function noCountThenMore(tokens: readonly Token[], text: string): Report | undefined {
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.text !== 'no') continue;
    const end = nounPhraseAfterDeterminerEnd(tokens, k + 1);
    const more = tokens[end];
    if (end <= k + 1 || more?.text !== 'more' || !/^NNS?$/.test(primaryTag(tokens[end - 1]))) continue;
    const after = tokens[end + 1];
    const closes = (t: Token | undefined) => t === undefined || t.kind === 'punct' || (isPreposition(t) && t.lower !== 'of' && t.lower !== 'than');
    const ok = closes(after) || (isWordToken(after) && (primaryTag(after) === 'VBG' || (isAdjective(after) && closes(tokens[end + 2]))));
    if (!ok || tokens.slice(end + 1).some((t) => t.lower === 'than')) continue;
    return {
      start: tokens[k]!.start,
      end: more.end,
      message: `"${spanText(text, tokens, k, end + 1)}" puts "more" after the noun; English says "no more ${spanText(text, tokens, k + 1, end)}" or "no longer".`,
      suggestions: [{ start: tokens[k]!.start, end: more.end, replacement: `no more ${spanText(text, tokens, k + 1, end)}` }],
    };
  }
  return undefined;
}

function detect(sentence: Sentence, text: string): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  let quoted: boolean[] | undefined;
  const whole = wholeTimeBeforePlace(tokens, text);
  if (whole && !quotedMask(sentence)[tokens.findIndex((t) => t.start === whole.start)]) reports.push(whole);
  const noMore = noCountThenMore(tokens, text);
  if (noMore && !quotedMask(sentence)[tokens.findIndex((t) => t.start === noMore.start)]) reports.push(noMore);
  for (let i = 1; i < tokens.length - 2; i++) {
    const adverb = tokens[i]!;
    // Every reading below has a verb before the adverb (a finite verb, a base form, a verb of paying): a word without a
    // verb reading there, most words, leaves before the look-ups.
    const before = tokens[i - 1];
    if (!isWordToken(adverb) || !isWordToken(before) || !hasVerbReading(before)) continue;
    const roles = ADVERB_ROLES.getToken(adverb) ?? (isMannerLy(adverb) ? MANNER : 0);
    let reported = false;
    for (const reading of READINGS) {
      if ((roles & reading.role) === 0) continue;
      const report = reading.read(tokens, i, text);
      if (!report) continue;
      quoted ??= quotedMask(sentence);
      if (quoted[i]) continue;
      reports.push(report);
      i += reading.skip;
      reported = true;
      break;
    }
    if (reported) continue;
    // The verb test first: it reads two tags, where the time adverbial reads phrases.
    const mid = (roles & MID) !== 0;
    // An infinitive with a time phrase (not a lone adverb: "can smell again the perfume" is literary English).
    const infinitive = !mid && !TIME_ADVERBS.hasToken(adverb) && isInfinitiveAfterToOrModal(tokens, i - 1);
    if (!infinitive && !isFiniteLexicalVerb(tokens, i - 1) && !((roles & URGENT) !== 0 && isBaseAfterPleaseOrModal(tokens, i - 1)) && !(!mid && isPerfectParticiple(tokens, i - 1))) continue;
    // "renamed in the meantime their stadium", "visited yesterday his mother": a time adverbial before a light object.
    const timeEnd = mid ? i : timeAdverbialEnd(tokens, i);
    if (!mid && timeEnd === i) continue;
    // A verb right after an opening adverbial has its subject after it: verb-before-subject rewrites that clause.
    if (i - 1 > 0 && openingAdverbialEnd(tokens) === i - 1) continue;
    const verb = tokens[i - 1]!;
    let k = timeEnd;
    if (mid) while (isWordToken(tokens[k]) && MID_ADVERBS.hasToken(tokens[k]!)) k++;
    const end = objectEnd(tokens, k);
    if (end === k || isHeavy(tokens, k, end)) continue;
    // After a time adverbial the object opens a noun phrase of its own: "its website", "the new coach", "Anna"; or it
    // is a bare noun that closes the clause: "drinks every morning coffee".
    // Or an adjective before a plural, with no determiner: "offers from next month direct flights".
    if (!mid && !isObjectStart(tokens[k]!) && hedgedCount(tokens, k) < 0 && !(end === k + 1 && bareNoun(tokens[k]!) && endsSentenceAt(tokens, end)) && !bareAdjectivePlural(tokens, k, end)) continue;
    // A time adverbial moves behind the object only when the object closes the clause, or prepositional phrases alone
    // follow it ("visits every Sunday his grandmother in the village"): "said on Monday the plan would fail" has a
    // clause for its object.
    // After an infinitive the object itself closes the clause: English shifts an object with phrases after it behind a
    // time ("agreed to submit each month a report for one of its commissions").
    let close = end;
    if (!mid) {
      for (let pp = prepositionalPhraseEnd(tokens, close); pp > close && !infinitive; pp = prepositionalPhraseEnd(tokens, close)) close = pp;
      if (!endsClauseAt(tokens, close)) continue;
    }
    quoted ??= quotedMask(sentence);
    if (quoted[i]) continue;
    const moved = spanText(text, tokens, i, k);
    if (mid) {
      reports.push({
        start: verb.start,
        end: tokens[k - 1]!.end,
        message: `"${moved}" stands between the verb "${verb.text}" and its object; English puts it before the verb.`,
        suggestions: [{ start: verb.start, end: tokens[k - 1]!.end, replacement: `${moved} ${verb.text}` }],
      });
    } else {
      reports.push({
        start: verb.start,
        end: tokens[end - 1]!.end,
        message: `The time phrase "${moved}" stands between the verb "${verb.text}" and its object; English puts it after the object.`,
        // The time goes after the object's phrases too: "shows rare drawings by Goya until June".
        suggestions: [{ start: adverb.start, end: tokens[close - 1]!.end, replacement: `${spanText(text, tokens, k, close)} ${moved}` }],
      });
    }
    i = end;
  }
  return reports;
}

// Prepositions of a place, source or beneficiary that German, Russian and Polish set between a verb and its object
// ("in der Stadt drei Schulen bauen", "построить в городе три школы"). Not "to": English shifts an object behind a "to"
// phrase ("explained to the committee the reasons").
const PLACE_PREPOSITIONS = new WordSet(['in', 'on', 'into', 'onto', 'from', 'at', 'for', 'inside', 'across', 'within', 'near', 'by', 'along', 'outside', 'behind']);
// Nouns "by" makes an idiom with: "by far", "by surprise", "by way of", "by means of", "by default", "by contrast".
const BY_IDIOMS = new WordSet(['far', 'surprise', 'way', 'means', 'virtue', 'dint', 'contrast', 'comparison', 'definition', 'nature', 'chance', 'accident', 'mistake', 'heart', 'name', 'force', 'law', 'default', 'hand', 'now', 'then', 'day', 'night', 'turns', 'all']);
// Verbs of seeing and finding, which literary English uses with a place before the object it shows: "saw in the
// doorway a tall man".
// The irregular forms are listed: the lemma of "saw" or "found" is read first as the noun or the verb "found".
const PERCEPTION_VERBS = new WordSet([
  'see', 'saw', 'seen', 'hear', 'heard', 'notice', 'find', 'found', 'feel', 'felt', 'watch', 'observe', 'spot', 'glimpse', 'sense', 'perceive', 'detect',
  'recognize', 'recognise', 'read', 'meet', 'met', 'encounter', 'face', 'discern', 'leave', 'left',
]);

/**
 * "decided to spend on the schools additional money", "will build in the north three hospitals": a prepositional
 * phrase with a determiner or a name, then a light object that closes the clause, right after an infinitive (after "to"
 * or a modal) or a finite lexical verb. English puts the object first: "spend additional money on the schools".
 * Idioms with a bare noun ("take into account the costs", "put into practice the plan") have no determiner; a
 * time or a measure after the phrase is no object ("stayed in the city two weeks", "rose in the polls three points").
 */
function phraseBeforeObject(tokens: readonly Token[], i: number, text: string): Report | undefined {
  const v = i - 1;
  const verb = tokens[v]!;
  const opener = tokens[i + 1];
  // The phrase's noun phrase: a determiner, a possessive, a name, or a bare plural of people or things ("for
  // children", "in schools"); a bare singular makes an idiom ("into account", "in place").
  // The object then opens a phrase of its own ("for children | a daily walk"), not a compound ("at woods ranges").
  const objectAfter = tokens[i + 2];
  const barePlural = isWordToken(opener) && opener.text === opener.lower && primaryTag(opener) === 'NNS' && isWordToken(objectAfter) && (isDeterminer(objectAfter) || primaryTag(objectAfter) === 'PRP$');
  // "by" with a bare noun of means ("by train", "by post", "by email") before an object of its own; not "by" with a
  // determiner (an agent) nor an idiom ("by far the best", "took by surprise the town", "by way of").
  const byMeans = tokens[i]!.lower === 'by';
  const ownObject = objectAfter?.kind === 'number' || (isWordToken(objectAfter) && (isDeterminer(objectAfter) || primaryTag(objectAfter) === 'PRP$' || primaryTag(objectAfter) === 'CD'));
  if (byMeans && !(isWordToken(opener) && opener.text === opener.lower && primaryTag(opener) === 'NN' && !BY_IDIOMS.hasToken(opener) && ownObject)) return undefined;
  if (!isWordToken(opener) || !(byMeans || isDeterminer(opener) || primaryTag(opener) === 'PRP$' || (isProperNoun(opener) && opener.text !== opener.lower) || barePlural)) return undefined;
  if (!isInfinitiveAfterToOrModal(tokens, v) && !isFiniteLexicalVerb(tokens, v) && !isPerfectParticiple(tokens, v)) return undefined;
  if (PERCEPTION_VERBS.hasToken(verb) || PERCEPTION_VERBS.has(lemma.of(verb)) || isAuxiliary(verb)) return undefined;
  let pp = barePlural || byMeans ? i + 2 : placePhraseEnd(tokens, i);
  if (pp <= i + 1 || pp - i > 5 || timeAdverbialEnd(tokens, i) > i) return undefined;
  // A second place phrase with a name narrows the first: "at its plant in Ohio".
  const narrowing = tokens[pp];
  if (isWordToken(narrowing) && (narrowing.lower === 'in' || narrowing.lower === 'near') && isWordToken(tokens[pp + 1]) && isProperNoun(tokens[pp + 1]!) && tokens[pp + 1]!.text !== tokens[pp + 1]!.lower) {
    let place = pp + 1;
    while (isWordToken(tokens[place]) && isProperNoun(tokens[place]!) && tokens[place]!.text !== tokens[place]!.lower) place++;
    // Then an object of its own: a determiner, or a figure before a plural ("2,000 workers"; not "about 1,600 B.C.").
    const object = tokens[place];
    const counted = object?.kind === 'number' && isWordToken(tokens[place + 1]) && tokens[place + 1]!.text === tokens[place + 1]!.lower && primaryTag(tokens[place + 1]) === 'NNS';
    const objectOpens = counted || (isWordToken(object) && (isDeterminer(object) || primaryTag(object) === 'PRP$'));
    if (place > pp + 1 && place - pp <= 3 && objectOpens) pp = place;
  }
  const first = tokens[pp];
  if (first === undefined || (first.kind !== 'word' && first.kind !== 'number')) return undefined;
  // The object: a noun phrase of its own after the phrase, or a bare plural or adjective and noun ("new funds").
  const bare = isWordToken(first) && first.text === first.lower && (primaryTag(first) === 'NNS' || /^JJR?$/.test(primaryTag(first)));
  if (!isObjectStart(first) && !bare && hedgedCount(tokens, pp) < 0) return undefined;
  if (isWordToken(first) && (primaryTag(first) === 'PRP' || first.lower === 'that')) return undefined;
  // A light object: at most four words before its "of" phrase, five in all, and no list after it ("a trail of misery,
  // moral disintegration, and destruction"), which English may shift behind the phrase.
  let end = objectEnd(tokens, pp);
  // The noun-phrase reader stops before a noun it reads first as a verb ("a daily | walk."): at the clause end it is
  // the head.
  const stopped = tokens[end];
  if (end > pp && isWordToken(stopped) && stopped.text === stopped.lower && (stopped.tags.includes('NN') || stopped.tags.includes('NNS')) && /^VBP?$/.test(primaryTag(stopped)) && primaryTag(tokens[end - 1]) === 'JJ' && endsClauseAt(tokens, end + 1)) end++;
  let ofAt = end;
  for (let o = pp + 1; o < end; o++) if (tokens[o]!.lower === 'of') { ofAt = o; break; }
  // A short phrase of purpose or place may follow a short object ("gave in Vienna a concert for charity"); English
  // shifts only a heavy object behind a phrase.
  const tail = ofAt === end && end - pp <= 3 ? prepositionalPhraseEnd(tokens, end) : end;
  const closes = endsClauseAt(tokens, end) || (tail > end + 1 && tail - end <= 4 && endsClauseAt(tokens, tail) && tokens[end]!.lower !== 'of' && tokens[end]!.lower !== 'to');
  if (end <= pp || ofAt - pp > 4 || end - pp > 5 || !closes || (isTimeSpan(tokens, pp, end) && !(byMeans && lemma.of(verb) === 'take')) || isHeavy(tokens, end, end)) return undefined;
  const head = tokens[end - 1]!;
  const senses = nounSenses(nounSingular.of(head));
  // A noun the lexicon reads first as a verb is the head after an adjective or determiner ("a daily walk").
  const nounHead = /^NNS?$/.test(primaryTag(head)) || ((head.tags.includes('NN') || head.tags.includes('NNS')) && /^VBP?$/.test(primaryTag(head)) && primaryTag(tokens[end - 2]) === 'JJ');
  // A duration is the object of "take" after a means: "The journey takes by train six hours".
  const duration = byMeans && lemma.of(verb) === 'take';
  if (!isWordToken(head) || !nounHead || ((senses.includes('noun.time') || senses.includes('noun.quantity')) && !duration)) return undefined;
  const phrase = spanText(text, tokens, i, pp);
  const object = spanText(text, tokens, pp, end);
  return {
    start: verb.start,
    end: head.end,
    message: `The phrase "${phrase}" stands between the verb "${verb.text}" and its object "${object}"; English puts the object first: "${verb.text} ${object} ${phrase}".`,
    suggestions: [{ start: tokens[i]!.start, end: head.end, replacement: `${object} ${phrase}` }],
  };
}

/**
 * The end of the prepositional phrase at `i`, cut where a second noun phrase opens after its noun: a number, a
 * determiner or an adjective before a noun ("in the north | three hospitals", "into the harbour | new capital"), which
 * the phrase reader takes for one compound.
 */
function placePhraseEnd(tokens: readonly Token[], i: number): number {
  const pp = prepositionalPhraseEnd(tokens, i);
  for (let q = i + 3; q < pp; q++) {
    const t = tokens[q]!;
    // Not inside an "of" phrase: "in the hands of the | wealthy …" is one phrase.
    if (t.lower === 'of') break;
    if (!/^NNP?S?$/.test(primaryTag(tokens[q - 1]))) continue;
    const tag = t.kind === 'number' ? 'CD' : primaryTag(t);
    // An adjective cuts only after a definite phrase: "a sound civil defense program" is one phrase.
    const definite = tokens[i + 1]!.lower !== 'a' && tokens[i + 1]!.lower !== 'an';
    if (tag === 'CD' || ARTICLES.hasToken(t) || (definite && (tag === 'JJ' || tag === 'JJR') && /^NNS?$/.test(primaryTag(tokens[q + 1])))) return q;
  }
  return pp;
}
const ARTICLES = new WordSet(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

// Adverbs of likelihood and evidence, which English puts before a linking verb other than "be" ("probably became",
// "apparently remained") and German and Russian after it ("wurde wahrscheinlich", "стал, вероятно,").
const STANCE_ADVERBS = new WordSet([
  'probably', 'apparently', 'obviously', 'evidently', 'presumably', 'possibly', 'reportedly', 'allegedly', 'certainly', 'surely',
  'undoubtedly', 'definitely', 'maybe',
]);
// Linking verbs other than "be", in their finite forms: after "be" the adverb's place is English ("was probably a
// mistake").
const LINKING_FORMS = new WordSet([
  'became', 'becomes', 'become', 'remained', 'remains', 'remain', 'seemed', 'seems', 'seem', 'proved', 'proves', 'prove', 'appeared', 'appears',
]);
// Words after the determiner that make the complement a ranking, which English lets a stance adverb precede ("became
// probably the best player", "remains possibly the only way").
const RANKING = new WordSet(['most', 'best', 'only', 'first', 'last', 'greatest', 'largest', 'biggest', 'worst', 'single', 'least']);

/**
 * "The cause became probably a faulty cable.", "The match remained apparently without a winner.": a stance adverb
 * between a linking verb other than "be" and its noun-phrase complement (or "without"). English: "probably became".
 */
function stanceAfterLinkingVerb(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i - 1]!;
  if (!LINKING_FORMS.hasToken(verb) || verb.text !== verb.lower) return undefined;
  const next = tokens[i + 1];
  if (!isWordToken(next)) return undefined;
  if (next.lower !== 'without') {
    if (!isDeterminer(next) || next.lower === 'that' || next.lower === 'this') return undefined;
    const word = tokens[i + 2];
    // ("one of …" after "one" read as a determiner is a ranking too.)
    if (!isWordToken(word) || RANKING.hasToken(word) || primaryTag(word) === 'JJS' || word.lower === 'of') return undefined;
  }
  const adverb = tokens[i]!;
  return {
    start: verb.start,
    end: adverb.end,
    message: `"${adverb.text}" stands between "${verb.text}" and its complement; English puts it before the verb: "${adverb.text} ${verb.text}".`,
    suggestions: [{ start: verb.start, end: adverb.end, replacement: `${adverb.text} ${verb.text}` }],
  };
}

// Verbs that move money to a purpose: German "für das Programm 2 Milliarden bereitstellen", Russian "выделить на
// программу 2 млрд" put the purpose before the sum.
const TRANSFER_VERBS = new WordSet(['allocate', 'spend', 'invest', 'pay', 'give', 'provide', 'donate', 'earmark', 'raise', 'transfer', 'grant', 'lend', 'assign', 'budget', 'set']);
const PURPOSE_PREPOSITIONS = new WordSet(['for', 'on', 'to', 'into', 'toward', 'towards']);

// What the word after a verb is to `detect`, found by one look-up per word rather than one per list.
const PURPOSE = 1;
const URGENT = 2;
const MID = 4;
const MANNER = 8;
const PLACE = 16;
const STANCE = 32;

// The readings an adverb's roles call for, in order: the first that reports (outside a quotation) ends the adverb's
// turn; the manner reading also steps over the object it moved.
const READINGS: readonly { role: number; read: (tokens: readonly Token[], i: number, text: string) => Report | undefined; skip: number }[] = [
  { role: PURPOSE, read: (tokens, i, text) => purposeBeforeSum(tokens, i - 1, text), skip: 0 },
  { role: PLACE, read: phraseBeforeObject, skip: 0 },
  { role: STANCE, read: (tokens, i) => stanceAfterLinkingVerb(tokens, i), skip: 0 },
  { role: MANNER, read: mannerBeforeObject, skip: 2 },
];
const ADVERB_ROLES = new WordMap<number>(
  [...new Set([...PURPOSE_PREPOSITIONS, ...URGENT_ADVERBS, ...MID_ADVERBS, ...MANNER_ADVERBS, ...INTENSIFIERS, ...PLACE_PREPOSITIONS, ...STANCE_ADVERBS])].map((w) => [
    w,
    (PURPOSE_PREPOSITIONS.has(w) ? PURPOSE : 0) | (URGENT_ADVERBS.has(w) ? URGENT : 0) | (MID_ADVERBS.has(w) ? MID : 0) |
      (MANNER_ADVERBS.has(w) || INTENSIFIERS.has(w) ? MANNER : 0) | (PLACE_PREPOSITIONS.has(w) ? PLACE : 0) | (STANCE_ADVERBS.has(w) ? STANCE : 0),
  ]),
);
// What makes the phrase after the purpose a sum: a currency sign or a unit of money.
const MONEY = /^(?:[$€£¥₽]|dollars?|euros?|pounds?|rubles?|roubles?|yuan|yen|francs?|million|billion|trillion)$/;

/** A number, a currency sign or an approximation opening a sum: "2 billion", "$5 million", "more than 300,000 euros". */
function opensSum(t: Token): boolean {
  return t.kind === 'number' || primaryTag(t) === 'CD' || /^[$€£¥₽]$/.test(t.text) || /^(more|over|about|nearly|almost|some)$/.test(t.lower);
}

/**
 * "decided to allocate for the program 2 billion dollars": a sum that closes the clause after a prepositional phrase
 * of purpose, right after a verb that moves money. English puts the sum first: "allocate 2 billion dollars for the
 * program" (Brown has none of the other order).
 */
function purposeBeforeSum(tokens: readonly Token[], v: number, text: string): Report | undefined {
  const verb = tokens[v];
  // Both readings below need a verb tag, which rules out most words before their lemma is looked up.
  if (!isWordToken(verb) || !hasVerbReading(verb) || !TRANSFER_VERBS.has(lemma.of(verb)) || !PURPOSE_PREPOSITIONS.has(tokens[v + 1]?.lower ?? '')) return undefined;
  // A finite verb in its own clause, or a base form after "to" or a modal ("to allocate", "will spend").
  const before = tokens[v - 1];
  if (!isFiniteLexicalVerb(tokens, v) && !(isWordToken(before) && (before.lower === 'to' || isModal(before)) && verb.tags.includes('VB'))) return undefined;
  // The purpose: a short noun phrase after the preposition, up to where the sum opens (the phrase reader would run on
  // over the number: "the program 2 billion").
  let ppEnd = v + 2;
  while (ppEnd < tokens.length && ppEnd - v <= 6 && !opensSum(tokens[ppEnd]!) && isWordToken(tokens[ppEnd]) && isNominalPart(tokens[ppEnd]!)) ppEnd++;
  const first = tokens[ppEnd];
  if (ppEnd === v + 2 || first === undefined || !opensSum(first) || !/^NNS?$/.test(primaryTag(tokens[ppEnd - 1]))) return undefined;
  let end = ppEnd;
  let money = false;
  while (end < tokens.length && end - ppEnd < 7 && !endsClauseAt(tokens, end)) {
    if (MONEY.test(tokens[end]!.lower)) money = true;
    end++;
  }
  if (!money || !endsClauseAt(tokens, end)) return undefined;
  const purpose = spanText(text, tokens, v + 1, ppEnd);
  const sum = spanText(text, tokens, ppEnd, end);
  return {
    start: verb.start,
    end: tokens[end - 1]!.end,
    message: `The purpose "${purpose}" stands before the sum "${sum}"; English puts the sum right after "${verb.text}": "${verb.text} ${sum} ${purpose}".`,
    suggestions: [{ start: tokens[v + 1]!.start, end: tokens[end - 1]!.end, replacement: `${sum} ${purpose}` }],
  };
}

/**
 * A lower-case common noun that names no time and is no adjective or adverb too: "coffee", "books" (not "days",
 * "Monday", "works perfectly fine").
 */
function bareNoun(t: Token): boolean {
  return isWordToken(t) && t.text === t.lower && /^NNS?$/.test(primaryTag(t)) && !t.tags.includes('JJ') && !t.tags.includes('RB') && !nounSenses(nounSingular.of(t)).includes('noun.time');
}

/**
 * "direct flights", "new rules for drones", "cheap tickets": a lower-case adjective (or a participle the lexicon also
 * reads as one: "rising prices") and a plural noun heading the object [k, end), with no determiner before them.
 * A time phrase never ends in such a pair ("last year", "next month" are singular), so the time and the object are
 * two phrases.
 */
function bareAdjectivePlural(tokens: readonly Token[], k: number, end: number): boolean {
  const first = tokens[k];
  if (!isWordToken(first) || first.text !== first.lower || !first.tags.includes('JJ') || !/^(JJ|VBG|VBN)$/.test(primaryTag(first))) return false;
  // Up to two more modifiers before the plural: "flexible working hours", "rare old drawings".
  let head = k + 1;
  while (head < end && head < k + 3 && isWordToken(tokens[head]) && tokens[head]!.text === tokens[head]!.lower && primaryTag(tokens[head]) !== 'NNS' && /^(JJ|NN|VBG)$/.test(primaryTag(tokens[head]))) head++;
  const noun = tokens[head];
  return head < end && isWordToken(noun) && noun.text === noun.lower && primaryTag(noun) === 'NNS';
}

/**
 * Where a time phrase at `from` ends when the phrase reader ran it on into an adjective and a plural ("last month |
 * flexible working hours", "the end of the year | 40 branches" is a number's, read elsewhere), before `end`; else 0.
 */
function timeBeforeBarePair(tokens: readonly Token[], from: number, end: number): number {
  // The time ends in its unit or number ("next month", "the coming weeks", "May"), not an adjective ("during recent |
  // anti-government protests", WMT; "past the first | few pages").
  for (let p = from + 1; p < end - 1 && p < from + 6; p++) {
    if (/^(NN|NNS|NNP|CD)$/.test(primaryTag(tokens[p - 1])) && bareAdjectivePlural(tokens, p, end) && isTimeSpan(tokens, from, p)) return p;
  }
  return 0;
}

/** The sentence ends after token `end - 1`: a bare noun there closes it ("drinks every morning coffee."), not a heading's "clone:". */
const endsSentenceAt = (tokens: readonly Token[], end: number): boolean => end === tokens.length || /^[.!?]$/.test(tokens[end]!.text);

/** The clause ends after token `end - 1`: the sentence ends, or punctuation closes the clause. */
function endsClauseAt(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next === undefined || (next.kind === 'punct' && /^[.,;:!?)]$/.test(next.text));
}

export default defineRule({
  meta: {
    id: 'adverb-before-object',
    category: 'fluency/word-order',
    severity: 'minor',
    confidence: 0.8,
    description: 'An adverb such as "also", "already" or "often" between a finite verb and its object, as German places it.',
    sourceHint: 'German puts such adverbs after the finite verb: "Die Suche findet jetzt auch Wörter" ("The search finds now also words").',
    fixable: false,
  },
  detectSentence(sentence, ctx) {
    return detect(sentence, ctx.doc.text);
  },
  examples: {
    invalid: [
      { text: 'We were the whole weekend in the mountains.', output: 'We were in the mountains the whole weekend.' },
      { text: 'Her father fished the entire morning at the lake.', output: 'Her father fished at the lake the entire morning.' },
      { text: 'The city plants along the river new trees.', output: 'The city plants new trees along the river.' },
      { text: 'The journey takes by train six hours.', output: 'The journey takes six hours by train.' },
      { text: 'The office sends by post the new cards.', output: 'The office sends the new cards by post.' },
      { text: 'The mayor has inaugurated this morning the new library.', output: 'The mayor has inaugurated the new library this morning.' },
      { text: 'The firm has opened in Lyon a new office.', output: 'The firm has opened a new office in Lyon.' },
      { text: 'The firm employs at its plant in Ohio 2,000 workers.', output: 'The firm employs 2,000 workers at its plant in Ohio.' },
      { text: 'Doctors recommend for children a daily walk.', output: 'Doctors recommend a daily walk for children.' },
      { text: 'In our village there are no shops more open after six.', output: 'In our village there are no more shops open after six.' },
      { text: 'Since the storm, there are no trains more running to the coast.', output: 'Since the storm, there are no more trains running to the coast.' },
      { text: 'The singer gave in Vienna a concert for charity.', output: 'The singer gave a concert in Vienna for charity.' },
      { text: 'The council rejected unanimously the proposal.', output: 'The council rejected the proposal unanimously.' },
      { text: 'The police arrested on Monday three suspects.', output: 'The police arrested three suspects on Monday.' },
      { text: 'The carrier offers from next month direct flights to Lima.', output: 'The carrier offers direct flights to Lima from next month.' },
      { text: 'The cause became probably a faulty cable.', output: 'The cause probably became a faulty cable.' },
      { text: 'The match remained apparently without a winner.', output: 'The match apparently remained without a winner.' },
      { text: 'The council decided to spend on the schools additional money.', output: 'The council decided to spend additional money on the schools.' },
      { text: 'Users can download from our website the latest version.', output: 'Users can download the latest version from our website.' },
      { text: 'The new version supports also older phones.', output: 'The new version also supports older phones.' },
      { text: 'Please restart now your computer.', output: 'Please now restart your computer.' },
      { text: 'Guests can collect tomorrow their tickets.', output: 'Guests can collect their tickets tomorrow.' },
      { text: 'The bakery sold last month more than 9,000 loaves.', output: 'The bakery sold more than 9,000 loaves last month.' },
      { text: 'The museum shows now also paintings from Spain.', output: 'The museum now also shows paintings from Spain.' },
      { text: 'Many families visit often their relatives abroad.', output: 'Many families often visit their relatives abroad.' },
      { text: 'That affects also the small hotels.', output: 'That also affects the small hotels.' },
      { text: 'He visited yesterday his mother.', output: 'He visited his mother yesterday.' },
      { text: 'The club renamed in the meantime their stadium.', output: 'The club renamed their stadium in the meantime.' },
      { text: 'The bank raised last week its main rate.', output: 'The bank raised its main rate last week.' },
      { text: 'The coach met on Monday the new players, and he was pleased.', output: 'The coach met the new players on Monday, and he was pleased.' },
      { text: 'The flood destroyed last night two bridges.', output: 'The flood destroyed two bridges last night.' },
      { text: 'The central bank cut again its interest rates.', output: 'The central bank cut its interest rates again.' },
      { text: 'The team won on Saturday the final.', output: 'The team won the final on Saturday.' },
      { text: 'Forecasters expect for next week more rain.', output: 'Forecasters expect more rain for next week.' },
      { text: 'The region will spend on new roads 40 million euros.', output: 'The region will spend 40 million euros on new roads.' },
      { text: 'The council decided to allocate for the library $2 million.', output: 'The council decided to allocate $2 million for the library.' },
      { text: 'She speaks very well Spanish.', output: 'She speaks Spanish very well.' },
      { text: 'I like very much this town.', output: 'I like this town very much.' },
      { text: 'You must always read carefully the instructions.', output: 'You must always read the instructions carefully.' },
      { text: 'He visits every Sunday his aunt in the village.', output: 'He visits his aunt in the village every Sunday.' },
      { text: 'She writes every evening letters.', output: 'She writes letters every evening.' },
      { text: 'The mayor will open on Saturday the new library.', output: 'The mayor will open the new library on Saturday.' },
      { text: 'The chain plans to close in the coming weeks twelve branches.', output: 'The chain plans to close twelve branches in the coming weeks.' },
      { text: 'The manager criticised after the defeat his strikers.', output: 'The manager criticised his strikers after the defeat.' },
    ],
    valid: [
      'We spent the whole weekend in the mountains.',
      'There is no town more beautiful than Siena.',
      'There is no man more deserving of the prize.',
      'No more trains run to the coast.',
      'He fished the whole morning in vain.',
      'They sang all evening at the bar.',
      'That was the whole point of the trip.',
      'He brought along his wife.',
      'They left behind the old house.',
      'The company is by far the largest employer.',
      'The city has by far the largest port.',
      'The attack took by surprise the whole town.',
      'He travels by train every day.',
      'We have seen in recent years a sharp rise in prices.',
      'The team scored this season more goals than any other side.',
      'The report covers mainly the costs.',
      'It became ultimately an obstacle to the plan.',
      'He began busily typing.',
      'The stone was erected in Heliopolis in Egypt about 1,600 B.C.',
      'The data did not permit him to determine uniquely the space group.',
      'Such work is needed at woods ranges of the region.',
      'The carrier offers direct flights to Lima from next month.',
      'He ran last week in two races.',
      'The town asked for aid in buying equipment needed for a sound civil defense program.',
      'He became probably the best player of his time.',
      'It seems clearly to have distorted the issues.',
      'It was probably a faulty cable.',
      'The road remains possibly the only way out.',
      'She became arguably one of the best players.',
      'They decided to put on the market a cheaper version of the drug.',
      'He saw on a tombstone the inscription.',
      'It leaves in its wake a trail of misery, moral disintegration, and destruction.',
      'The nation needs to educate for the professions all the potential professional talent.',
      'It may develop into a more permanent sense of time diffusion.',
      'The team stayed in the city two weeks.',
      'You must take into account the costs.',
      'The bakery sold more than 9,000 loaves last month.',
      'Prices rose last month more than expected.',
      'She plays the piano very well.',
      'The team played well the whole season.',
      'He describes well the problems of the old city.',
      'They will also supply leaflets on request.',
      'You know very well that this is wrong.',
      'He slept well that night.',
      'They spend every evening hours on the phone.',
      'He can smell again the perfume she wore.',
      'The nurses worked twelve hours a day.',
      'You can now restart your computer.',
      'The new version also supports older phones.',
      'He ate only vegetables that week.',
      'She knows now that the plan failed.',
      'The dog ate even the bones.',
      'The prize is also a burden.',
      'The company has already paid its debts.',
      'Remember also the old rules.',
      'They work still harder in winter.',
      'These needs usually concern money.',
      'Time stands still every time she sings.',
      'He takes his meals there and always pays in cash.',
      'They’re also our neighbours.',
      'He found just the book he wanted.',
      'The team plays often in the rain.',
      'He wrote also the story of the town, the first of its kind.',
      'She saw also the hardships of the journey and the poverty of the villages.',
      'The loss included also the heat conducted through the walls.',
      'The company announced on Monday a plan to cut jobs.',
      'She said on Monday the plan would fail.',
      'He spoke to the old man.',
      'They launch their winter races in November.',
      'Outside the window bloomed a fine summer day.',
      'Others meet on Sunday night at the hall.',
      'The region will spend 40 million euros on new roads.',
      'She gave to the fund three times a year.',
      'The club paid for the player in two parts.',
      'The board agreed to submit each month a report for the council.',
      'He would come after his son another time.',
      'She might say after reading a book that it was dull.',
      'The firm hopes to present next spring.',
    ],
  },
});
