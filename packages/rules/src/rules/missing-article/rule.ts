import { defineRule, type Report } from '@mtlint/engine';
import {
  hasFiniteReading, indefiniteArticle, isAdjective, isAdverb, isDeterminer, isModal, isNumeral, isPastForm, isTimePhrase, isWordToken, lemma,
  memoizeByWord, nounSenses, ORDINAL_WORDS, pluralNoun, quotedMask, type Token, verbSenses, WordMap, WordSet,
} from '@mtlint/text';
import countable from '../../countable-nouns.js';
import { bareDeterminedWords, bareDeviceAfterConjunction, bareNounInOpeningOf, bareOpeningSubject, bareControlInInstruction, indefiniteSuperlative } from './determined-phrases.js';
import { BARE_NOUNS, COUNTABLE, isCountedThing, isPersonNoun, OBJECT_NOUNS } from './nouns.js';

const CORPUS_IDIOMS = new WordSet(countable.idioms);
// Heads of noun+noun compounds that the corpus almost never leaves bare ("the school fund", "a parking lot"), unlike
// "home rule" or "health care". Only countable heads are read ("income tax" is a mass noun).
const COMPOUND_HEADS = new WordSet(countable.compoundHeads);
// Nouns that the corpus puts between a preposition and "of" with "the" ("at the edge of", "on the basis of"), and
// those it also leaves bare there ("in front of", "on behalf of", "in search of").
const DEFINITE_BEFORE_OF = new WordSet(countable.definiteBeforeOf);
const OF_IDIOMS = new WordSet(countable.ofIdioms);

// Prepositions after which a singular countable noun needs a determiner. "as" (a role: "served as chairman"), "per",
// "than", "like" and "via" take bare nouns in good English.
const GOVERNING_PREPOSITIONS = new WordSet([
  'about', 'against', 'among', 'at', 'behind', 'by', 'during', 'for', 'from', 'in', 'into', 'of', 'on', 'onto',
  'over', 'through', 'to', 'toward', 'towards', 'under', 'with', 'without',
]);
// Verbs whose noun after them is a complement or a role, not an object: "became president", "was elected
// chairman", "named him coach", or that form bare idioms with countable nouns ("take office", "go home", "stand
// firm", "stand trial").
const NON_OBJECT_VERBS = new WordSet([
  'be', 'become', 'remain', 'seem', 'appear', 'turn', 'elect', 'appoint', 'name', 'nominate', 'crown', 'declare',
  'call', 'make', 'take', 'go', 'come', 'get', 'have', 'do', 'let', 'help', 'stand', 'play',
]);
// Adjectives (by the lexicon's tags) that determine a noun like an article: "last year", "next week"; quantity
// words make the noun a mass noun: "more tax", "much effort", "enough room".
const DETERMINING_ADJECTIVES = new WordSet([
  'last', 'next', 'such', 'same', 'own', 'previous', 'following', 'whole', 'entire', 'first', 'second', 'third',
  'final', 'more', 'less', 'much', 'enough', 'little', 'most', 'least',
]);
// Nouns that name a kind: "the kind of team", "this type of car"; "by way of explanation".
const KIND_NOUNS = new WordSet(['kind', 'sort', 'type', 'form', 'variety', 'style', 'brand', 'class', 'manner', 'way']);
// "that living city": the lexicon tags "that" IN first, so demonstratives are listed.
const DEMONSTRATIVES = new WordSet(['this', 'that', 'these', 'those']);
// Punctuation that glues a word to the one before it: "U.S.-led", "U.N.'s".
const GLUE = new WordSet(['-', "'", '’']);
// Bare idioms the 1961 corpus is too small or too old to show: "by phone", "on camera", "in person".
const FIXED_PHRASES = new WordSet([
  'by air', 'by boat', 'by bus', 'by car', 'by day', 'by email', 'by hand', 'by mistake', 'by night', 'by phone',
  'by plane', 'by ship', 'by taxi', 'by telephone', 'by train', 'by truck', 'at best', 'at dusk', 'at night',
  'at noon', 'at risk', 'at sea', 'for reorganization', 'for show', 'held hostage', 'hold hostage', 'in answer',
  'in bulk', 'in case', 'in charge', 'in decline', 'in detail', 'in effect', 'in hospital', 'in kind', 'in line',
  'in measure', 'in number', 'in office', 'in part', 'in person', 'in place', 'in point', 'in regard', 'in session',
  'in step', 'in town', 'in turn', 'next door', 'of course', 'of step', 'on board', 'on camera', 'on conviction',
  'on foot', 'on hand', 'on line', 'on purpose', 'on record', 'on screen', 'on signal', 'on stage', 'to hospital',
  'to town', 'to victory', 'under way', 'with exception', 'with regard', 'without incident', 'without regard',
  'without risk',
]);

/**
 * The governor and the noun form a bare idiom ("by car", "in kind", "out of step"), also with adjectives between
 * ("in large part", "by private car").
 */
function isFixedPhrase(tokens: readonly Token[], start: number, head: number): boolean {
  const pair = `${tokens[start - 1]?.lower ?? ''} ${tokens[head]!.lower}`;
  return FIXED_PHRASES.has(pair) || CORPUS_IDIOMS.has(pair);
}

/** A verb of NON_OBJECT_VERBS in any form; the lemmatiser leaves some forms alone ("elected"), so -ed is also cut. */
function isNonObjectVerb(word: string): boolean {
  return NON_OBJECT_VERBS.has(lemma(word)) || (word.endsWith('ed') && NON_OBJECT_VERBS.has(word.slice(0, -2)));
}

/**
 * Abstract nouns that edited English also uses as mass nouns: any noun of feeling ("into turmoil"), and nouns of
 * state, process, attribute or phenomenon after an adjective ("military rule", "economic decline", "full capability").
 * Nouns that can name a person stay countable.
 */
function isMassLike(noun: Token, modified: boolean): boolean {
  const senses = nounSenses.of(noun);
  if (senses.includes('noun.person')) return false;
  if (senses.includes('noun.feeling')) return true;
  return modified && senses.some((s) => s === 'noun.state' || s === 'noun.process' || s === 'noun.attribute' || s === 'noun.phenomenon');
}

// Prepositions and conjunctions that pair a noun with itself: "face to face", "day after day", "from city to city".
const PAIRING = new WordSet(['to', 'by', 'after', 'for', 'and', 'or', 'upon', 'in']);
// Body-part idioms of the shape "noun in noun": "hat in hand", "arm in arm", "hand in glove".
const IN_IDIOM_HEADS = new WordSet(['hand', 'arm', 'glove', 'cheek']);

// After these, a person noun is a role or a means: "ran for governor", "promoted to captain", "sent by messenger".
const ROLE_PREPOSITIONS = new WordSet(['for', 'to', 'by']);

// Senses of nouns that name a document or a measure ("decree", "contract", "reform"): countable when
// they have a plural, unlike nouns of thought, feeling or state ("concern", "doubt", "emphasis", "pressure"), which
// edited English leaves bare after a verb ("expressed concern about").
const DOCUMENT_SENSES = new WordSet(['noun.communication', 'noun.act']);
/**
 * Nouns too rare in the 1961 corpus to be counted but countable by their senses and their plural, and not seen bare
 * there: read only as the bare object of a verb with its topic or purpose after it ("signed decree on the forests").
 * Worked out once per spelling.
 */
const isDocumentNoun = memoizeByWord((lower): boolean => {
  if (BARE_NOUNS.has(lower)) return false;
  const senses = nounSenses(lower);
  if (senses.length === 0 || !senses.every((s) => DOCUMENT_SENSES.has(s))) return false;
  return pluralNoun(lower) !== undefined;
});

/**
 * A lower-case singular noun of the list, read as a noun — or, right after a finite verb, a word the lexicon reads as
 * a verb first but that is also a noun ("won match"): two finite verbs in a row do not happen.
 */
function isCountableNoun(t: Token, previous: Token | undefined, beforePrevious: Token | undefined): boolean {
  if (t.kind !== 'word') return false;
  // The first tag rules out most words before any look-up.
  const tag = t.tags[0];
  if (tag !== 'NN' && tag !== 'VB' && tag !== 'VBP') return false;
  if (t.text !== t.lower) return false;
  const listed = COUNTABLE.hasToken(t);
  if (!listed && !isPersonNoun.of(t)) return false;
  // "street car tracks run down …": a previous word that can be a plural noun is the subject, not a verb.
  // A base form after a modal or "to" is a verb too ("can download file from"), and two of them do not follow each
  // other.
  const afterFinite =
    previous !== undefined && !previous.tags.includes('NNS') &&
    (previous.tags[0] === 'VBD' || previous.tags[0] === 'VBZ' || (previous.tags[0] === 'VB' && beforePrevious !== undefined && (beforePrevious.lower === 'to' || isModal(beforePrevious))));
  // "Before important match …", "won close match against": after a plain adjective a verb is no verb either.
  const afterAdjective = previous !== undefined && previous.tags[0] === 'JJ' && previous.text === previous.lower;
  if (tag !== 'NN' && !((afterFinite || afterAdjective) && t.tags.includes('NN'))) return false;
  // "mine" is also a pronoun; an -ing noun is also a gerund ("began building their network"); "right", "counter" and
  // "home" are also adverbs ("moved right on", "ran counter to").
  return !t.tags.includes('PRP') && !t.tags.includes('PRP$') && !t.tags.includes('RB') && !t.lower.endsWith('ing');
}

// Prepositions after which "noun of …" is an ordinary complement ("with director of the plant"); after the others
// it is an idiom ("in front of", "on top of", "by way of", "at risk of", "under threat of").
const OF_AFTER = new WordSet(['to', 'from', 'with', 'by', 'for', 'about', 'against', 'among', 'into', 'through', 'without', 'during']);
// Verbs that make idioms with a bare noun, before "of" ("lost sight of", "keep track of") and elsewhere ("kept watch",
// "caught fire", "set sail").
const OF_IDIOM_VERBS = new WordSet(['lose', 'keep', 'catch', 'set']);

// Punctuation that joins a noun to what follows: "car-parts", "U.S./Canada", "R&D", "firm's".
const JOINERS = new WordSet(['-', '/', '&', '’', "'"]);

/**
 * The noun ends its phrase: nothing follows that could continue a compound ("tractor plows", "dog bites", "car
 * parts" — any word that can be a noun), nor a name, number, possessive, joiner or "of" ("in case of").
 */
function endsPhrase(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.kind === 'number') return false;
  // Asked of the word after every lower-case noun: compared by hand, with no array, pattern or destructuring made
  // per call.
  if (next.kind === 'punct') return !JOINERS.has(next.text);
  if (next.kind !== 'word') return false;
  const first = next.tags[0] ?? '';
  const second = next.tags[1] ?? '';
  // A word that may be a noun continues a compound ("tractor plows", "dog bites"): a noun first, or a verb or adjective
  // that is also a common noun. Closed-class words with a stray noun reading ("in", "on") end the phrase.
  const compound = first.startsWith('NN') || first === 'POS' || ((first.startsWith('VB') || first.startsWith('JJ')) && (second === 'NN' || second === 'NNS'));
  // An adjective after the noun makes an intensifier ("brand new", "stone cold").
  return !compound && !isAdjective(next);
}

/**
 * The index where the noun phrase ending at `head` starts, walking back over adjectives ("new report") and adverbs
 * before an adjective ("very long report"); -1 when a word in it determines the noun already ("last year", "next
 * week", "at least one hour"), or when it is a compound.
 */
function phraseStart(tokens: readonly Token[], head: number): number {
  let start = head;
  // A noun before the head makes a compound, and compounds are often bare in good English ("home rule", "center
  // city", "voice vote"): only those with a head of COMPOUND_HEADS and singular nouns right before it are read on.
  // A head with a time sense makes a time phrase, bare in good English ("in tourist season").
  let nounModifiers = COMPOUND_HEADS.hasToken(tokens[head]!) && !nounSenses.of(tokens[head]!).includes('noun.time');
  while (start > 0) {
    const m = tokens[start - 1]!;
    if (m.kind !== 'word' || m.text !== m.lower) break;
    if (DETERMINING_ADJECTIVES.hasToken(m) || m.tags[0] === 'JJS') return -1;
    if (m.tags[0] === 'NN' && nounModifiers) {
      start--;
      continue;
    }
    if (m.tags[0] === 'NN' || m.tags[0] === 'NNS') return -1;
    nounModifiers = false;
    if (isAdjective(m) || (isAdverb(m) && isAdjective(tokens[start]!))) start--;
    else break;
  }
  return start;
}

/**
 * Whether the word at `g`, before the noun phrase, governs it: a preposition, or a verb whose object it is.
 * A participle or verb-adjective after a determiner, adjective, noun or possessive is a modifier inside a larger
 * phrase ("the pending bill", "the Mayor's reported plan", "his newly devoted friend", "snow clearing program").
 */
function governs(tokens: readonly Token[], g: number, noun: Token): 'verb' | 'preposition' | undefined {
  const t = tokens[g];
  // The sentence's first word is capitalised: "After long break, …" opens with its preposition.
  if (!isWordToken(t) || (t.text !== t.lower && !(g === 0 && GOVERNING_PREPOSITIONS.hasToken(t)))) return undefined;
  // "a U.S.-led coalition", "the U.N.'s mission": the word ends a hyphenated modifier or a possessive.
  if (g > 0 && tokens[g - 1]!.end === t.start && GLUE.has(tokens[g - 1]!.text)) return undefined;
  const tag = t.tags[0] ?? '';
  if (GOVERNING_PREPOSITIONS.hasToken(t) && (tag === 'IN' || tag === 'TO')) {
    // "the under region": after a determiner the word is an adjective.
    if (g > 0 && isDeterminer(tokens[g - 1]!)) return undefined;
    // "to face", "to vote", "to end": after "to", a word that can be a verb is the infinitive.
    // WordNet knows verbs the 1961 tags miss ("dare to experiment", "to pool the resources", "to staff them").
    if (t.lower === 'to' && (noun.tags.includes('VB') || verbSenses.of(noun).length > 0)) return undefined;
    // "the kind of team", "this sort of thing": the noun names a kind, without an article.
    if (t.lower === 'of' && KIND_NOUNS.has(tokens[g - 1]?.lower ?? '')) return undefined;
    // "as to expense"; after a noun, "in" and "of" build a larger phrase whose nouns are often bare in good English:
    // "a change in attitude", "decades of rule", "an area of ocean", "the position of prime minister".
    if (t.lower === 'to' && tokens[g - 1]?.lower === 'as') return undefined;
    if ((t.lower === 'in' || t.lower === 'of') && isWordToken(tokens[g - 1]) && (tokens[g - 1]!.tags[0] ?? '').startsWith('NN')) return undefined;
    return 'preposition';
  }
  if (!tag.startsWith('VB') || isNonObjectVerb(t.lower)) return undefined;
  let k = g - 1;
  while (k >= 0 && isWordToken(tokens[k]) && isAdverb(tokens[k]!)) k--;
  // "sparsely populated area", "nationally known expert": an -ly adverb makes the participle an adjective.
  if (k < g - 1 && tokens[g - 1]!.lower.endsWith('ly') && tag === 'VBN') return undefined;
  const before = tokens[k];
  if (before === undefined) return tag === 'VBG' ? undefined : 'verb';
  if (isNumeral(before) || isDeterminer(before) || DEMONSTRATIVES.hasToken(before)) return undefined;
  if (before.lower === '’s' || before.lower === "'s" || before.lower === 'said') return undefined;
  // "by trusted messenger", "with limited experience": a participle after a preposition is an adjective.
  if (tag === 'VBN' && isWordToken(before) && (before.tags[0] === 'IN' || before.tags[0] === 'TO')) return undefined;
  if (isWordToken(before) && isAdjective(before)) return undefined;
  // "a feted and honored guest", "a hurt or frightened child": coordinated modifiers.
  if ((before.lower === 'and' || before.lower === 'or') && isWordToken(tokens[k - 1]) && (isAdjective(tokens[k - 1]!) || tokens[k - 1]!.tags.includes('VBN'))) {
    return undefined;
  }
  // "from any water cooled vehicle", "of a Glimco dominated firm": a participle after a noun phrase that is itself
  // the object of a preposition modifies the next noun; it is no verb of that phrase.
  if (tag === 'VBN' || t.tags.includes('VBN')) {
    let d = k;
    while (d >= 0 && isWordToken(tokens[d]) && /^(NN|NNS|NNP|JJ)$/.test(tokens[d]!.tags[0] ?? '')) d--;
    if (d < k && isWordToken(tokens[d]) && isDeterminer(tokens[d]!) && isWordToken(tokens[d - 1]) && (tokens[d - 1]!.tags[0] === 'IN' || tokens[d - 1]!.tags[0] === 'TO')) {
      return undefined;
    }
  }
  // "a tense, tormented world": adjectives in a row.
  if (before.text === ',' && isWordToken(tokens[k - 1]) && isAdjective(tokens[k - 1]!)) return undefined;
  // A base form after a singular noun is no verb of that noun ("a power transfer deal").
  if (tag === 'VB' && isWordToken(before) && before.tags[0] === 'NN') return undefined;
  // An -ing form is too often an adjective ("the presiding officer", "a fund raising group").
  return tag === 'VBG' ? undefined : 'verb';
}

// Measured precision of a plain two-noun compound after a preposition or finite verb (see rule.md).
const COMPOUND_CONFIDENCE = 0.6;

/**
 * Two nouns and nothing else ("school fund", "parking lot"), after a preposition or a verb that is finite or a base
 * form after "to" or a modal — not a participle, which is mostly a modifier ("water cooled copper tube") — and
 * before punctuation or a preposition.
 */
function isPlainCompound(tokens: readonly Token[], start: number, head: number): boolean {
  if (head - start !== 1 || tokens[start]!.tags[0] !== 'NN') return false;
  const governor = tokens[start - 1]!;
  const tag = governor.tags[0] ?? '';
  const afterTo = tag === 'VB' && (tokens[start - 2]?.lower === 'to' || isModal(tokens[start - 2] ?? governor));
  if (!(tag === 'IN' || tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || afterTo)) return false;
  const next = tokens[head + 1];
  return next === undefined || next.kind === 'punct' || next.tags[0] === 'IN' || next.tags[0] === 'TO';
}

// Measured precision of a bare title before a name (see rule.md).
/**
 * A bare object of a finite verb with its topic or purpose after it: "presented report on the roads", "approved plan
 * to build a school" (Russian "представил доклад о", "одобрил план построить"). English idioms of a verb and a bare
 * noun take other words after them ("won election to a new term" has no infinitive after "to"), and Brown has none
 * of this shape in a million words. The verb must be finite and not a participle used as an adjective after a
 * determiner or adjective ("the driest inhabited continent on earth").
 */
function objectBeforeTopic(tokens: readonly Token[], start: number, head: number): boolean {
  const verb = tokens[start - 1]!;
  const tag = verb.tags[0] ?? '';
  const finite = tag === 'VBZ' || tag === 'VBP' || isPastForm(verb);
  const before = tokens[start - 2];
  // "the driest inhabited continent": the lexicon may not know the superlative, but "the" before it tells.
  const superlative = before !== undefined && before.lower.endsWith('est') && tokens[start - 3]?.lower === 'the';
  if (!finite || superlative || /^(DT|JJ|JJS|JJR|PRP\$|RBS)$/.test(before?.tags[0] ?? '')) return false;
  const next = tokens[head + 1]?.lower;
  return next === 'on' || next === 'about' || (next === 'to' && tokens[head + 2]?.tags[0] === 'VB');
}

// Senses of nouns that today's English also uses as masses after a verb, whatever Brown shows ("expressed anger at",
// "brought clarity to", "spent childhood in").
const MASS_PRONE_SENSES = new WordSet(['noun.feeling', 'noun.attribute', 'noun.state', 'noun.time']);
// Prepositions and conjunctions that open a time, a concession or a clause, not an argument of the noun before them.
const ADJUNCT_PREPOSITIONS = new WordSet(['after', 'before', 'during', 'since', 'until', 'till', 'despite', 'amid', 'following', 'that', 'as', 'than', 'if', 'while', 'when']);

/**
 * A noun read only as the object of a finite verb after its subject: one too rare in Brown to be counted but
 * countable by its senses ("opened factory in"), one Brown leaves bare only after prepositions ("signed contract
 * with", "opened investigation into"; `objectNouns` of the countable list), or a body or person Brown leaves bare
 * elsewhere ("in company with") before "to" and an infinitive, where it is the one who acts ("ordered company to pay").
 */
function isObjectNoun(noun: Token, previous: Token, next: Token | undefined, afterNext: Token | undefined): boolean {
  const lower = noun.lower;
  const senses = nounSenses.of(noun);
  if (senses.length === 0) return false;
  if (next?.lower === 'to' && afterNext?.tags[0] === 'VB' && senses.some((s) => s === 'noun.group' || s === 'noun.person')) return true;
  // A thing too rare for Brown's list needs a plural in the lexicon: the mass nouns of things that WordNet files as
  // objects ("collected luggage at", "buy hardware for", "improve throughput at") have none.
  if (isCountedThing(noun, senses) && (COUNTABLE.hasToken(noun) || isPersonNoun.of(noun) || pluralNoun(lower) !== undefined)) return true;
  // A word of the list that is also an adjective is a complement ("he rested content with", Brown); one after a
  // modifier with a digit is a label ("claimed 4-D classification as", Brown: a draft class); one after a noun heads a
  // compound, often a mass ("pays income tax in").
  // A preposition of the noun's own must follow ("signed contract with", "opened investigation into"): a time
  // or punctuation after it leaves a bare idiom of today's news that Brown does not show ("claimed victory after the
  // vote"). Before "of", the phrase after it must be determined: "facilitates separation of concerns" (Node
  // documentation) is a bare idiom, "signed contract of the club" is not.
  if (!OBJECT_NOUNS.hasToken(noun) || senses.some((s) => MASS_PRONE_SENSES.has(s)) || noun.tags.includes('JJ') || /\d/.test(previous.text) || previous.tags[0] === 'NN') return false;
  if (next === undefined || next.tags[0] !== 'IN' || ADJUNCT_PREPOSITIONS.hasToken(next)) return false;
  return next.lower !== 'of' || afterNext?.lower === 'the' || afterNext?.tags[0] === 'PRP$';
}

const isVerbTag = (t: Token | undefined) => t !== undefined && (t.tags[0] ?? '').startsWith('VB');
const SUBJECT_PRONOUNS = new WordSet(['i', 'he', 'she', 'it', 'we', 'they', 'you']);
const PERFECT_AUXILIARIES = new WordSet(['has', 'have', 'had']);
// Measured precision of a bare object between a subject's verb and a preposition (see rule.md).
const OBJECT_CONFIDENCE = 0.6;

/**
 * A bare object of a finite verb right after its subject, before a preposition, punctuation or a time phrase: "He
 * bought new car last week", "Police detained suspect on Tuesday", "The company opened factory in …" (Russian "купил
 * новую машину", Chinese "建了新机场"). The subject is a personal pronoun, or a noun opening the sentence or its clause
 * with at most a determiner: a participle after a noun deeper in a phrase is a modifier ("a credit based limit",
 * "via the async hooks mechanism", from the Node documentation; "This vacuum formed sign", Brown). An -ing noun after
 * a present verb is a gerund ("it requires building").
 */
function objectAfterSubject(tokens: readonly Token[], start: number, head: number): boolean {
  const verb = tokens[start - 1]!;
  const tag = verb.tags[0] ?? '';
  // The subject stands before the verb, or before the modal or "have" of its group: "The committee will publish
  // report next month", "The club has signed contract with …".
  let subjectAt = start - 2;
  const auxiliary = tokens[start - 2];
  // "plans to build new bridge across …", "wants to sign contract with …" (Russian "планирует построить новый мост"):
  // a base form after "to" that follows a verb or an adjective ("is able to", "is going to") is an infinitive, whose
  // object needs no subject before it to be one.
  const infinitive = tag === 'VB' && auxiliary?.lower === 'to' && isInfinitiveTo(tokens[start - 3]);
  const modal = tag === 'VB' && isWordToken(auxiliary) && isModal(auxiliary);
  // The lexicon reads "signed" first as a past, "has signed" makes it a participle.
  const perfect = isWordToken(auxiliary) && verb.tags.includes('VBN') && PERFECT_AUXILIARIES.hasToken(auxiliary);
  // After a perfect only a noun of Brown's countable list right after the verb: "has tolerated obvious business
  // to", "have found easy excuse to" are idioms of an adjective and a noun English leaves bare, "have filed
  // application for admission" is legal style (all Brown).
  if (perfect && (start < head || !COUNTABLE.hasToken(tokens[head]!))) return false;
  const group = modal || perfect;
  if (group) subjectAt = start - 3;
  else if (!infinitive && !(tag === 'VBZ' || isPastForm(verb))) return false;
  if (tag === 'VBZ' && tokens[head]!.lower.endsWith('ing')) return false;
  // "requires series of films" (Brown): a noun that is also a plural may be one.
  if (tokens[head]!.tags.includes('NNS')) return false;
  // "kept watch at", "lost heart in", "caught fire on", "set sail for": verbs that make bare idioms.
  if (OF_IDIOM_VERBS.has(lemma.of(verb))) return false;
  // The infinitive and the modal are read beyond the old subject-verb pattern, so nouns with a sense of quality,
  // state, feeling or time, which English also uses as masses, are left alone there ("to leave room in his theory",
  // Brown).
  // A noun off Brown's countable list ("memory", one Brown leaves bare only after prepositions) is left alone there
  // with a sense of thought too ("used to read memory outside the buffer", Node changelog); an -ing noun is a gerund
  // ("to facilitate building"), and a word WordNet does not know as a verb is no infinitive ("exposed to git
  // archive").
  if (infinitive || modal) {
    const noun = tokens[head]!.lower;
    const senses = nounSenses(noun);
    if (noun.endsWith('ing') || senses.some((s) => MASS_PRONE_SENSES.has(s)) || verbSenses.of(verb).length === 0) return false;
    if (!COUNTABLE.has(noun) && senses.includes('noun.cognition')) return false;
  }
  if (infinitive) return objectEnds(tokens, head);
  const subject = tokens[subjectAt];
  if (!isWordToken(subject)) return false;
  if (!SUBJECT_PRONOUNS.hasToken(subject)) {
    if (!/^NNP?S?$/.test(subject.tags[0] ?? '')) return false;
    // "the maximum allowed age for tokens" (jsonwebtoken README): a noun that is also an adjective before a word read
    // first as a participle is a chain of modifiers.
    if (tag === 'VBN' && subject.tags.includes('JJ')) return false;
    // Up to two plain adjectives may stand before the subject's noun: "Heavy snowfall caused …", "The new owner
    // bought …".
    let d = subjectAt - 1;
    // The sentence's first word is capitalised, and the lexicon reads it first as a name ("Heavy").
    while (d >= subjectAt - 2 && isWordToken(tokens[d]) && (tokens[d]!.tags[0] === 'JJ' || (d === 0 && tokens[d]!.tags.includes('JJ')))) d--;
    const determiner = tokens[d];
    const opener = tokens[d - 1];
    const opens = d < 0 || (determiner !== undefined && isDeterminer(determiner) && (opener === undefined || opener.kind === 'punct' || opener.tags[0] === 'CC'));
    if (!opens) return false;
  }
  return objectEnds(tokens, head);
}

/** The object ends at a preposition, punctuation that closes a clause, or a time phrase. */
function objectEnds(tokens: readonly Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (next === undefined) return true;
  // A full stop glued to the next word joins a name in code ("to override user.name").
  if (next.kind === 'punct') return (next.text === '.' && tokens[head + 2]?.start !== next.end) || next.text === ',' || next.text === ';';
  // "consume memory that can lead to …" (Node documentation): "that" opens a relative clause, which may make the
  // noun general.
  return (next.tags[0] === 'IN' && next.lower !== 'that') || next.tags[0] === 'TO' || isTimePhrase(tokens, head + 1);
}

/**
 * The word before "to" makes the base form after it an infinitive: a verb, also one the lexicon reads first as a
 * plural ("plans to", "tried to", "going to"), or an adjective ("able to", "ready to"), not a noun only ("the road to
 * ruin") or a preposition's phrase.
 */
function isInfinitiveTo(t: Token | undefined): boolean {
  if (!isWordToken(t) || t.text !== t.lower) return false;
  if (t.tags[0] === 'JJ') return true;
  for (const tag of t.tags) if (tag.startsWith('VB')) return true;
  return false;
}

/**
 * A sentence opening with a preposition, one or two adjectives and a countable noun before a comma or before the
 * subject of the main clause when the comma is left out: "After long break, the festival returned", "During recent
 * visit the minister …" (Russian "После долгого перерыва", Polish "Podczas krótkiej wizyty"). The subject opens with a
 * determiner, a possessive or a personal pronoun.
 */
function isOpeningPhrase(tokens: readonly Token[], start: number, head: number): boolean {
  if (start !== 1 || head === start || !COUNTABLE.hasToken(tokens[head]!)) return false;
  const next = tokens[head + 1];
  if (next?.text === ',') return true;
  // "By rough estimate her committee …" (Brown): a manner phrase with "by" is a bare idiom, marked off by its comma
  // only when it is a missing article.
  return tokens[0]!.lower !== 'by' && isWordToken(next) && (CLAUSE_DETERMINERS.hasToken(next) || next.tags[0] === 'PRP$' || SUBJECT_PRONOUNS.hasToken(next));
}

// Determiners that open a noun phrase and so the main clause's subject after an opening phrase with no comma.
const CLAUSE_DETERMINERS = new WordSet(['the', 'a', 'an', 'this', 'these', 'those']);
// Prepositions of time and concession that English puts before meals, times and stages bare ("after dinner", "before
// school", "despite opposition") and so govern no bare noun elsewhere in the rule; an adjective and a counted noun
// after one opening a sentence are a phrase English determines ("After long break, …").
const OPENING_PREPOSITIONS = new WordSet(['after', 'before', 'despite', 'following', 'amid', 'since', 'until']);

/** "of" + a determined phrase after a bare noun that is no "of" idiom: "on bank of the river". */
function isDeterminedOf(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 2];
  return !OF_IDIOMS.hasToken(tokens[i]!) && isWordToken(after) && (after.lower === 'the' || DEMONSTRATIVES.hasToken(after) || after.tags[0] === 'PRP$');
}

// The present forms of "be" and "have", which no noun shares.
const SUBJECT_AUXILIARIES = new WordSet(['is', 'are', 'has', 'have']);

/**
 * A bare noun closing a phrase that belongs to the subject, right before the subject's finite verb or modal: "companies
 * from region have closed", "farmers from region will protest" (Russian "компании из региона закрылись"). The word before the
 * preposition is a noun, the phrase's owner. Brown's bare nouns after a preposition are idioms or stand before
 * punctuation or another phrase; none of its hints has this shape.
 */
function subjectPhraseBeforeVerb(tokens: readonly Token[], start: number, head: number): boolean {
  // "from back door to barn was covered": "to" closes a "from" phrase, whose nouns English leaves bare.
  if (tokens[start - 1]!.lower === 'to') return false;
  const owner = tokens[start - 2];
  const verb = tokens[head + 1];
  // The sentence's first word may be read as a name ("Workers" as NNPS).
  if (!isWordToken(owner) || !isWordToken(verb) || !/^NNS?$/.test(start === 2 ? (owner.tags.find((t) => t.startsWith('NN')) ?? '').replace('NNP', 'NN') : (owner.tags[0] ?? ''))) return false;
  // A compound ("with collision detection library can") is often a name of a thing; a verb that can be a plural noun
  // may continue one ("against package downloads").
  for (let k = start; k < head; k++) if ((tokens[k]!.tags[0] ?? '').startsWith('NN')) return false;
  // A present-tense verb other than "be" or "have" may be a plural noun the lexicon does not know ("shell prompts").
  const tag = verb.tags[0] ?? '';
  return (tag === 'VBD' || tag === 'MD' || SUBJECT_AUXILIARIES.hasToken(verb)) && !verb.tags.includes('NNS');
}

const TITLE_CONFIDENCE = 0.7;
// Tokens that may stand inside the "of" phrase of a title: "of the city's transport department".
const isOfPhrasePart = (t: Token) => t.kind === 'word' && (isDeterminer(t) || isAdjective(t) || t.lower === "'s" || t.lower === '’s' || t.tags[0] === 'NN' || t.tags[0] === 'NNS');

/**
 * A bare title with an "of" phrase right before a name: "head of the transport department Ivan Petrov said", "…,
 * chairman of the regional council Anna Berg" — English says "the head of …, Ivan Petrov," or "Ivan Petrov, head
 * of …". The title is a lower-case noun that can name a person, standing after a verb, a preposition, a comma or at
 * the start; the "of" phrase ends in a common noun, and two capitalised words follow it.
 */
function titleBeforeName(tokens: readonly Token[]): (Report & { index: number }) | undefined {
  for (let i = 0; i + 4 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i + 1]!.lower !== 'of' || t.kind !== 'word' || (!t.tags.includes('NN') && t.tags[0] !== 'NNP')) continue;
    // "deputy head of …", "national tax commissioner": modifiers before the title take the article before them.
    let start = i;
    while (start > 0 && isWordToken(tokens[start - 1]) && tokens[start - 1]!.text === tokens[start - 1]!.lower && /^(NN|JJ)$/.test(tokens[start - 1]!.tags[0] ?? '')) start--;
    const opening = tokens[start]!;
    if (start > 0 ? opening.text !== opening.lower : opening.text.slice(1) !== opening.lower.slice(1)) continue;
    if (i > start && t.text !== t.lower) continue;
    if (!nounSenses.of(t).includes('noun.person')) continue;
    const before = tokens[start - 1];
    if (before && !(before.text === ',' || (before.kind === 'word' && before.text === before.lower && /^(VB|IN)/.test(before.tags[0] ?? '')))) continue;
    let k = i + 2;
    // "chairman of the board of directors Igor Sechin": a second "of" after a noun continues the phrase.
    while (k < tokens.length && k < i + 10 && (isOfPhrasePart(tokens[k]!) || (tokens[k]!.lower === 'of' && /^NNS?$/.test(tokens[k - 1]!.tags[0] ?? '')))) k++;
    const last = tokens[k - 1]!;
    if (k === i + 2 || last.text !== last.lower || !/^NNS?$/.test(last.tags[0] ?? '')) continue;
    const first = tokens[k];
    const second = tokens[k + 1];
    if (!isName(first) || !isName(second)) continue;
    const replacement = start === 0 ? `The ${opening.lower}` : 'the ';
    return {
      index: i,
      start: opening.start,
      end: tokens[i + 1]!.end,
      message: `A title before a name needs "the": "the ${t.lower} of …, ${first!.text} ${second!.text}," (or the name first: "${first!.text} ${second!.text}, ${t.lower} of …").`,
      suggestions: [start === 0 ? { start: opening.start, end: opening.end, replacement } : { start: opening.start, end: opening.start, replacement }],
      confidence: TITLE_CONFIDENCE,
    };
  }
  return undefined;
}

// Offices that English writes bare only as a title before a name ("Governor Ann Lee said"); as a subject they take
// "the". Not the titles that are also surnames or forms of address ("Baker", "Coach", "Doctor"), nor bodies British
// English names bare ("Parliament approved", "Council has agreed", "Government plans").
const OFFICES = new WordSet([
  'governor', 'president', 'minister', 'mayor', 'chancellor', 'chairman', 'chairwoman', 'premier', 'spokesman',
  'spokeswoman', 'spokesperson', 'prosecutor', 'ambassador', 'commissioner', 'director', 'ombudsman', 'ministry',
  'court', 'administration', 'company', 'committee', 'agency', 'side', 'delegation',
]);

// People named by their place in a body, which need its "of" phrase to be offices: "Representative of the company
// refused", "Head of the clinic said" (Russian "Представитель компании", "Глава клиники"); "Head first, he dived".
const OFFICES_OF = new WordSet(['representative', 'head', 'member', 'resident', 'chief', 'leader', 'deputy', 'employee', 'owner', 'founder', 'official', 'manager', 'secretary']);

/**
 * "Governor signed the decree", "Ministry of Health announced …": an office or a body opening the sentence without
 * "the", as the subject of a verb (Russian "Губернатор подписал"). A name after it makes it a title.
 */
function bareOfficeSubject(tokens: readonly Token[]): (Report & { index: number }) | undefined {
  // "Chinese side", "Russian president": a nationality may come first (an adjective the lexicon also knows as a
  // name; "Continuous administration of the drug …" is a bare mass use).
  const modified = isWordToken(tokens[0]) && isNationality(tokens[0]) && /^\p{Lu}/u.test(tokens[0].text) && OFFICES.has(tokens[1]?.lower ?? '');
  const at = modified ? 1 : 0;
  const office = tokens[at];
  const isOffice = isWordToken(office) && (OFFICES.hasToken(office) || (OFFICES_OF.hasToken(office) && tokens[at + 1]?.lower === 'of'));
  if (!isOffice || (!modified && office.text[0] !== office.text[0]!.toUpperCase())) return undefined;
  let k = at + 1;
  // "Ministry of Health", "Governor of the region": an "of" phrase may follow.
  if (tokens[k]?.lower === 'of') {
    k++;
    while (k < tokens.length && k < 8 && isWordToken(tokens[k]) && (isOfPhrasePart(tokens[k]!) || /^NNPS?$/.test(tokens[k]!.tags[0] ?? ''))) k++;
  }
  const verb = tokens[k];
  // "Minister of Finance Anna Berg presented": a person's name closing the "of" phrase makes the office a title.
  for (let j = at + 3; j < k; j++) if (isName(tokens[j]) && isName(tokens[j - 1]) && tokens[j - 1]!.lower !== 'of') return undefined;
  // A past the lexicon reads first as a participle ("presented", "signed") is the verb too: a bare office cannot
  // open a reduced relative.
  const finite = /^(VBD|VBZ|MD)$/.test(verb?.tags[0] ?? '') || (verb?.tags[0] === 'VBN' && verb.tags.includes('VBD'));
  if (!isWordToken(verb) || !finite || isName(verb)) return undefined;
  if (modified) {
    const adjective = tokens[0]!;
    return {
      index: 0,
      start: adjective.start,
      end: office.end,
      message: `"${adjective.text} ${office.text}" as a subject needs "the": "The ${adjective.text} ${office.lower} …".`,
      // A people or its language keeps its capital ("The Japanese side"); "Local", "Regional" are capitalised only as
      // the sentence's first word.
      suggestions: [{ start: adjective.start, end: adjective.end, replacement: `The ${nounSenses.of(adjective).some((x) => x === 'noun.person' || x === 'noun.communication') ? adjective.text : adjective.lower}` }],
      confidence: TITLE_CONFIDENCE,
    };
  }
  return {
    index: 0,
    start: office.start,
    end: office.end,
    message: `"${office.text}" as a subject needs "the": "The ${office.lower} …" (bare, it is a title before a name).`,
    // "The Ministry of Transport" keeps the capital of a name; "The governor" is a common noun again.
    suggestions: [{ start: office.start, end: office.end, replacement: `The ${/^\p{Lu}/u.test(tokens[2]?.text ?? '') && k > 1 ? office.text : office.lower}` }],
    confidence: TITLE_CONFIDENCE,
  };
}

// Adjectives that English puts before a bare noun at the start of a sentence ("Next day", "Last time", "First thing I
// did", "Same thing happened"), and those that are determiners in all but tag.
const BARE_OPENING_ADJECTIVES = new WordSet(['next', 'last', 'first', 'same', 'only', 'such', 'whole', 'main', 'other', 'own', 'latter', 'former', 'previous', 'following', 'good', 'old', 'poor', 'dear', 'little', 'big']);
// Nouns English names its kind with, bare: "Modern man has …", "Primitive man was …".
const GENERIC_NOUNS = new WordSet(['man', 'woman']);
const BARE_SUBJECT_CONFIDENCE = 0.65;
const BE_FINITE = new WordSet(['is', 'was', 'are', 'were']);
const CONCRETE_SENSES = new WordSet(['noun.person', 'noun.artifact', 'noun.animal']);
const ABSTRACT_SENSES = new WordSet(['noun.cognition', 'noun.attribute', 'noun.time']);




/**
 * "Criminal case was opened …", "Mobile phone has become …" (Russian "Уголовное дело возбуждено", Chinese "手机已经成为"):
 * an adjective and a singular noun Brown always determines open the sentence as the subject of its verb. One or two
 * adjectives, a countable noun of the corpus list (not a time, "Next day was"), then a finite verb.
 */
function bareModifiedSubject(tokens: readonly Token[]): (Report & { index: number }) | undefined {
  const first = tokens[0];
  if (!isWordToken(first) || !first.tags.includes('JJ') || first.tags.includes('DT') || BARE_OPENING_ADJECTIVES.hasToken(first)) return undefined;
  let k = 1;
  if (isWordToken(tokens[k]) && tokens[k]!.tags[0] === 'JJ' && tokens[k]!.text === tokens[k]!.lower) k++;
  const noun = tokens[k];
  if (!isWordToken(noun) || noun.tags[0] !== 'NN' || noun.text !== noun.lower) return undefined;
  // "Modern man has lost touch" names the kind; a passive past tells one person's event ("Young woman was injured",
  // Russian "Молодая женщина пострадала"; Brown has no sentence opening so).
  const passivePast = (tokens[k + 1]?.lower === 'was' || tokens[k + 1]?.lower === 'were') && (tokens[k + 2]?.tags[0] === 'VBN' || (tokens[k + 2]?.tags[0] === 'VBD' && tokens[k + 2]!.tags.includes('VBN')));
  if (GENERIC_NOUNS.hasToken(noun) && !passivePast) return undefined;
  // A person or a thing, never also an idea or a quality, which English may name bare in general ("Relative
  // resolution can be handled …", from the Node documentation; "resolution" is also a count noun).
  const senses = nounSenses.of(noun);
  if (!senses.some((x) => CONCRETE_SENSES.has(x)) || senses.some((x) => ABSTRACT_SENSES.has(x))) return undefined;
  if (!isCountedThing(noun, senses)) return undefined;
  // "Former employee of the bank stole …": a determined "of" phrase may stand between the noun and its verb.
  let v = k + 1;
  if (tokens[v]?.lower === 'of' && isWordToken(tokens[v + 1]) && (tokens[v + 1]!.lower === 'the' || tokens[v + 1]!.tags[0] === 'PRP$')) {
    v += 2;
    while (v < k + 8 && isWordToken(tokens[v]) && !isFiniteVerb(tokens[v]!) && (isOfPhrasePart(tokens[v]!) || tokens[v]!.tags[0] === 'NNP')) v++;
  }
  const verb = tokens[v];
  if (!isWordToken(verb) || !isFiniteVerb(verb) || verb.text !== verb.lower) return undefined;
  // "Net result is …", "Primary target would be …": a bare subject before "be" and its complement is a newspaper's
  // clipped style (Brown has both); before a passive it is not ("Criminal case was opened").
  let after = v + 1;
  if (isModal(verb) && tokens[after]?.lower === 'be') after++;
  const participle = tokens[after];
  const isParticiple = participle !== undefined && (participle.tags[0] === 'VBN' || (participle.tags[0] === 'VBD' && participle.tags.includes('VBN')));
  if ((isModal(verb) || BE_FINITE.hasToken(verb)) && !isParticiple) return undefined;
  const article = indefiniteArticle(first.lower) === 'an' ? 'An' : 'A';
  return {
    index: k,
    start: first.start,
    end: noun.end,
    message: `"${tokens.slice(0, k + 1).map((t) => t.text).join(' ')}" opens the sentence as its subject without an article: "The ${first.lower} …" or "${article} ${first.lower} …".`,
    suggestions: [{ start: first.start, end: first.end, replacement: `The ${first.lower}` }, { start: first.start, end: first.end, replacement: `${article} ${first.lower}` }],
    confidence: BARE_SUBJECT_CONFIDENCE,
  };
}

/** A past, a present in -s or a modal; also a past the lexicon reads first as a participle ("signed"). */
const isFiniteVerb = (t: Token) => /^(VBD|VBZ|MD)$/.test(t.tags[0] ?? '') || (t.tags[0] === 'VBN' && t.tags.includes('VBD'));

/** An adjective the lexicon also knows as a name or a people: "Russian", "Chinese", "American". */
const isNationality = (t: Token) =>
  (t.tags[0] === 'JJ' || t.tags[0] === 'NNP') && t.tags.includes('JJ') && (t.tags.includes('NNP') || t.tags.includes('NNPS'));

// Nouns of people and bodies that English cites bare: "according to police", "according to law".
const BARE_SOURCES = new WordSet(['law', 'staff', 'management', 'police', 'personnel', 'data', 'press', 'industry']);

/**
 * "according to" + a bare singular noun phrase that names a person or a body: "according to expert", "according to
 * national tax office". A name after it makes it a title ("according to spokesman Ivan Petrov"), good English.
 */
function afterAccordingTo(tokens: readonly Token[]): (Report & { index: number }) | undefined {
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i - 1]!.lower !== 'to' || tokens[i - 2]!.lower !== 'according') continue;
    let head = i;
    while (isWordToken(tokens[head]) && tokens[head]!.text === tokens[head]!.lower && (isAdjective(tokens[head]!) || /^NNS?$/.test(tokens[head]!.tags[0] ?? '')) && isWordToken(tokens[head + 1]) && tokens[head + 1]!.text === tokens[head + 1]!.lower && /^(NNS?|JJ)$/.test(tokens[head + 1]!.tags[0] ?? '')) head++;
    const noun = tokens[head];
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NN' || BARE_SOURCES.hasToken(noun)) return undefined;
    // A person or a body, not also a thing said or a stuff ("according to gossip", "according to crystal system").
    const senses = nounSenses.of(noun);
    if (!senses.some((sense) => sense === 'noun.person' || sense === 'noun.group')) return undefined;
    // With an "of" phrase after it, a noun of person is the person: "according to head of the department".
    const next = tokens[head + 1];
    const personOf = next?.lower === 'of' && senses.includes('noun.person');
    if (!personOf && senses.some((sense) => sense === 'noun.communication' || sense === 'noun.substance')) return undefined;
    // "according to consultant Leland Alden", "according to decorator consultant, Leland Alden": a title.
    const name = next?.text === ',' ? tokens[head + 2] : next;
    if (isName(name) || (next?.kind === 'word' && next.tags[0]!.startsWith('NN'))) return undefined;
    const first = tokens[i]!;
    return {
      index: head,
      start: first.start,
      end: noun.end,
      message: `"${noun.lower}" is a countable noun: "according to the ${first.lower === noun.lower ? noun.lower : '…' + noun.lower}".`,
      suggestions: [{ start: first.start, end: first.start, replacement: 'the ' }],
      confidence: TITLE_CONFIDENCE,
    };
  }
  return undefined;
}

// Adjectives of quantity, which determine a plural themselves: "one of several ways", "one of many young men".
const QUANTITY_ADJECTIVES = new WordSet(['several', 'many', 'few', 'numerous', 'countless', 'various', 'other', 'such', 'both', 'certain']);

/** A plain adjective (not a superlative or a quantity) right before a plural noun: "leading suppliers". */
function isAdjectivePlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const noun = tokens[i + 1];
  return (t.tags[0] === 'JJ' || t.tags[0] === 'VBG') && !QUANTITY_ADJECTIVES.hasToken(t) && noun?.kind === 'word' && noun.tags[0] === 'NNS';
}

// Adverbs of Russian "уже в пятый раз" ("already fifth time"), before an ordinal + "time" with no "for the".
const ORDINAL_TIME_ADVERBS = new WordSet(['already', 'now']);
const LINKING_FORMS = new WordSet(['is', 'was', "'s", '’s']);

/**
 * An ordinal in a phrase of place or number that the source builds without an article: "finished on second place"
 * (Russian "на втором месте", Polish "na drugim miejscu": English "in second place"), "rose already fifth time" ("for
 * the fifth time"; "is already third time": "the third time"). `i` is the ordinal's index. ("as second language" is
 * left alone: technical English writes "passed as first argument" bare.)
 */
function ordinalPhrase(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const before = tokens[i - 1]!;
  const noun = tokens[i + 1];
  if (!isWordToken(noun) || noun.text !== noun.lower) return undefined;
  if (before.lower === 'on' && noun.lower === 'place' && !(tokens[i + 2]?.tags[0] ?? '').startsWith('NN')) {
    return {
      start: before.start,
      end: noun.end,
      message: `A rank is "in ${t.lower} place", not "on ${t.lower} place".`,
      suggestions: [{ start: before.start, end: before.end, replacement: 'in' }],
      confidence: TITLE_CONFIDENCE,
    };
  }
  if (ORDINAL_TIME_ADVERBS.hasToken(before) && noun.lower === 'time') {
    const linked = LINKING_FORMS.has(tokens[i - 2]?.lower ?? '');
    return {
      start: t.start,
      end: noun.end,
      message: `An ordinal before "time" needs "the": "${linked ? 'the' : 'for the'} ${t.lower} time".`,
      suggestions: [{ start: t.start, end: t.start, replacement: linked ? 'the ' : 'for the ' }],
      confidence: TITLE_CONFIDENCE,
    };
  }
  return undefined;
}

/**
 * A preposition + ordinal (or "final") + a noun of time without "the" ("for first time", "in second half", "on third
 * day") or + a countable noun before "of" ("in final match of the season", also after "last"), and
 * "one of" + a superlative without "the" ("one of largest producers", "one of most popular").
 */
function ordinalsAndSuperlatives(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const governor = tokens[i - 1]!;
    const ordinal = ORDINAL_WORDS.hasToken(t) && t.text === t.lower ? ordinalPhrase(tokens, i) : undefined;
    if (ordinal) {
      reports.push(ordinal);
      continue;
    }
    if ((ORDINAL_WORDS.hasToken(t) || t.lower === 'final' || t.lower === 'last' || (t.kind === 'number' && DIGIT_ORDINAL.test(t.text))) && t.text === t.lower && governor.kind === 'word' && governor.tags[0] === 'IN' && GOVERNING_PREPOSITIONS.hasToken(governor)) {
      const noun = tokens[i + 1]!;
      if (noun.kind !== 'word' || noun.text !== noun.lower || !noun.tags.includes('NN')) continue;
      // A noun of time ("for first time", "in second half"), or a countable noun with an "of" phrase ("in final
      // match of the season"), where the ordinal's adjective reading makes a noun of a word read first as a verb.
      // "last" makes a time phrase of its own ("since last year"), so only the "of" reading counts for it.
      const timeNoun = t.lower !== 'last' && noun.tags[0] === 'NN' && nounSenses.of(noun).includes('noun.time');
      if (!timeNoun && !(tokens[i + 2]?.lower === 'of' && COUNTABLE.hasToken(noun))) continue;
      // "in first quarter profits": the noun modifies another.
      if (isWordToken(tokens[i + 2]) && tokens[i + 2]!.tags[0]!.startsWith('NN')) continue;
      // "in 17th century setting" (Brown): after a digit ordinal, any noun reading continues the compound.
      const after = tokens[i + 2];
      if (t.kind === 'number' && isWordToken(after) && after.text === after.lower && (after.tags.includes('NN') || after.tags.includes('NNS')) && !/^(IN|DT|CC|TO)$/.test(after.tags[0] ?? '')) continue;
      reports.push({
        start: t.start,
        end: noun.end,
        message: `An ordinal before a noun needs "the": "${governor.lower} the ${t.lower} ${noun.lower}".`,
        suggestions: [{ start: t.start, end: t.start, replacement: 'the ' }],
        confidence: TITLE_CONFIDENCE,
      });
    } else if (governor.lower === 'of' && tokens[i - 2]?.lower === 'one' && t.text === t.lower && isAdjectivePlural(tokens, i)) {
      // "one of leading suppliers", "one of main reasons": a plural group the "one" is taken from.
      reports.push({
        start: t.start,
        end: tokens[i + 1]!.end,
        message: `"one of" takes a determined group: "one of the ${t.lower} ${tokens[i + 1]!.lower}".`,
        suggestions: [{ start: t.start, end: t.start, replacement: 'the ' }],
        confidence: TITLE_CONFIDENCE,
      });
    } else if (governor.lower === 'of' && tokens[i - 2]?.lower === 'one' && t.text === t.lower && (t.tags[0] === 'JJS' || t.lower === 'most')) {
      const next = tokens[i + 1]!;
      // "one of most" needs an adjective after it.
      if (t.lower === 'most' && !isAdjective(next)) continue;
      const end = t.lower === 'most' || (next.kind === 'word' && next.tags[0]!.startsWith('NN')) ? next.end : t.end;
      reports.push({
        start: t.start,
        end,
        message: `A superlative after "one of" needs "the": "one of the ${t.lower} …".`,
        suggestions: [{ start: t.start, end: t.start, replacement: 'the ' }],
        confidence: TITLE_CONFIDENCE,
      });
    }
  }
  return reports;
}

// An ordinal in digits: "in 80th minute", "for 3rd time" read like "in second half".
const DIGIT_ORDINAL = /^\d+(st|nd|rd|th)$/;

/** A capitalised word read as a name: "Ivan", "Petrov". */
const isName = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && t.tags[0] === 'NNP';

// Prepositions of time that take bare meals, times of day and stages of life ("after dinner", "since childhood"), so
// they govern only the pattern before "of": "until end of the year", "since beginning of the season".
// "more than thousand people", "about hundred cars": Russian "более тысячи", "около ста" have no article; English
// counts a round number with "a" or "one". Brown has no bare one after these words.
const ROUND_NUMBERS = new WordSet(['hundred', 'thousand', 'million', 'billion']);
const AMOUNT_WORDS = new WordSet(['than', 'about', 'nearly', 'almost', 'over', 'around', 'approximately', 'roughly', 'some', 'under']);
const ROUND_NUMBER_CONFIDENCE = 0.8;

// Prepositions before a bare round number and its plural: "with thousand people", "for hundred years".
const ROUND_PREPOSITIONS = new WordSet(['for', 'with', 'from', 'among']);

/**
 * "hired hundred new workers", "produces thousand cars": a round number right after a finite verb (or "for", "with",
 * "from", "among") and before its plural, with or without adjectives. Brown has none: its round numbers after a verb
 * have "a", "one", a number or a determiner before them ("these hundred years").
 */
function countedAfterVerb(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  if (!isWordToken(before) || before.text !== before.lower) return false;
  if (!/^(VBD|VBZ|VBP)$/.test(before.tags[0] ?? '') && !ROUND_PREPOSITIONS.hasToken(before)) return false;
  let k = i + 1;
  while (isWordToken(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && tokens[k]!.tags[0] === 'JJ') k++;
  const noun = tokens[k];
  return isWordToken(noun) && noun.text === noun.lower && noun.tags[0] === 'NNS';
}

/** "more than thousand", "about hundred", "hired hundred workers": a round number without "a". */
function bareRoundNumbers(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ROUND_NUMBERS.hasToken(t) || t.text !== t.lower) continue;
    if (!AMOUNT_WORDS.hasToken(tokens[i - 1]!) && !countedAfterVerb(tokens, i)) continue;
    reports.push({
      start: t.start,
      end: t.end,
      message: `A round number takes "a" (or "one"): "${tokens[i - 1]!.lower} a ${t.lower}".`,
      confidence: ROUND_NUMBER_CONFIDENCE,
      suggestions: [{ start: t.start, end: t.start, replacement: 'a ' }],
    });
  }
  return reports;
}

// Quantifiers that take a part of a determined group with "of": "most of the people", "one of the players" (Russian
// "большинство людей", Polish "większość ludzi" have no article to carry over). "the majority of voters", "part of",
// "thousands of people", "half of manufacturing executives" (clean-sotu) and a number ("two of three") are English
// with a bare plural.
// "one" is left out: it also stands for a noun ("a jar of tomatoes and one of eggs"), and "one of leading suppliers" is
// ordinalsAndSuperlatives'.
const PART_QUANTIFIERS = new WordSet(['most', 'many', 'some', 'several', 'few', 'none', 'both', 'each', 'either', 'neither', 'all', 'any']);
const PART_CONFIDENCE = 0.7;

/** "Most of people", "some of experts": a quantifier + "of" + a bare plural. */
function partOfBarePlural(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'of' || !PART_QUANTIFIERS.hasToken(tokens[i - 1]!)) continue;
    // Adjectives and noun modifiers may stand before the plural: "most of young voters", "many of school buses".
    let k = i + 1;
    while (isWordToken(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && /^(JJ|NN|VBN|VBG)$/.test(tokens[k]!.tags[0] ?? '') && isWordToken(tokens[k + 1])) k++;
    const noun = tokens[k];
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NNS') continue;
    // "some of today's players": a possessive determines the group; a noun after the plural continues a compound,
    // unless it can be the verb ("most of people support").
    const after = tokens[k + 1];
    if (isWordToken(after) && (after.tags[0] === 'POS' || (/^NNS?$/.test(after.tags[0] ?? '') && !after.tags.some((t) => t === 'VBP' || t === 'VBD' || t === 'MD')))) continue;
    const first = tokens[i + 1]!;
    // "each of various types", "a few of many problems", "any of such subsections", "one of thirty-two lakes": a
    // quantity or a number determines the plural itself.
    if (QUANTITY_ADJECTIVES.hasToken(first) || first.tags.includes('CD') || first.lower.includes('-')) continue;
    reports.push({
      start: tokens[i - 1]!.start,
      end: noun.end,
      message: `"${tokens[i - 1]!.lower} of" takes a part of a determined group: "${tokens[i - 1]!.lower} of the ${tokens.slice(i + 1, k + 1).map((t) => t.text).join(' ')}" (or no "of" for the whole class).`,
      suggestions: [insertBefore(first, 'the')],
      confidence: PART_CONFIDENCE,
    });
  }
  return reports;
}

// Nouns of an act done to a thing: building, opening, closing, buying, selling, changing it. Their "of" phrase names
// the one thing acted on, which English determines ("the construction of a new landfill", "the closure of the small
// library"); Russian "строительство новой свалки", Polish "zamknięcie małej biblioteki" have no article to carry over.
const ACTION_NOUNS = new WordSet([
  'construction', 'building', 'reconstruction', 'renovation', 'repair', 'restoration', 'modernization', 'modernisation',
  'opening', 'reopening', 'closure', 'closing', 'demolition', 'destruction', 'purchase', 'acquisition', 'sale',
  'launch', 'installation', 'replacement', 'design', 'development', 'start', 'completion', 'expansion', 'extension',
  'creation', 'establishment', 'founding', 'theft', 'seizure', 'delivery', 'inspection', 'discovery', 'rescue',
  'upgrade', 'sinking', 'capture', 'removal', 'erection', 'assembly', 'commissioning', 'liquidation', 'privatization',
  'privatisation', 'lease', 'rental', 'production', 'presentation', 'unveiling',
]);
const ACTION_CONFIDENCE = 0.7;
// Senses of a thing acted on: "of new landfill", "of damaged roof", "of rare tortoise".
const ACTED_ON_SENSES = new WordSet(['noun.artifact', 'noun.object', 'noun.animal', 'noun.location']);

/**
 * A thing acted on that English counts: one `isCountedThing` counts, or a noun with a plural, not left bare in Brown,
 * whose senses are all things, natural objects, animals or places, or acts beside them ("landfill", "terminal",
 * "chapel", which WordNet also files as a service).
 */
function isActedOnThing(noun: Token, senses: readonly string[]): boolean {
  // A noun that also names an idea or a body of rules is a mass after an act: "since the restoration of civilian rule"
  // (clean-factbook), "the development of modern theory".
  if (!senses.some((x) => ACTED_ON_SENSES.has(x)) || senses.includes('noun.cognition')) return false;
  if (isCountedThing(noun, senses)) return true;
  return !BARE_NOUNS.hasToken(noun) && pluralNoun(noun.lower) !== undefined && senses.every((x) => ACTED_ON_SENSES.has(x) || x === 'noun.act');
}

/**
 * "construction of new landfill", "the closure of small library", "repair of roof": a noun of an act + "of" + any
 * adjectives or participles + a singular thing with no determiner, ending its phrase. Brown and the 1.3 M words of
 * docs have no such phrase (before the thing tests: "the destruction of mankind", "the purchase of equipment,
 * facilities …", a group and a mass).
 */
function actionOfBareThing(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 2; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'of' || !ACTION_NOUNS.hasToken(tokens[i - 1]!) || tokens[i - 1]!.tags[0] !== 'NN') continue;
    let k = i + 1;
    while (isWordToken(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && (tokens[k]!.tags[0] === 'JJ' || tokens[k]!.tags[0] === 'VBN') && !DETERMINING_ADJECTIVES.hasToken(tokens[k]!) && !QUANTITY_ADJECTIVES.hasToken(tokens[k]!)) k++;
    const noun = tokens[k];
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NN' || !isActedOnThing(noun, nounSenses.of(noun))) continue;
    // The phrase ends: no noun, possessive or joiner after it ("of new car parts"), no coordinated noun ("of thin
    // pattern and very tiny pellets", Brown).
    // A time phrase ends it too: "reconstruction of historic bridge last spring".
    const next = tokens[k + 1];
    if (!(endsPhrase(next) || isTimePhrase(tokens, k + 1)) || next?.lower === 'and' || next?.lower === 'or') continue;
    const first = tokens[i + 1]!;
    reports.push({
      start: first.start,
      end: noun.end,
      message: `"${noun.lower}" is a countable noun: the thing acted on needs an article ("${tokens[i - 1]!.lower} of the ${tokens.slice(i + 1, k + 1).map((t) => t.text).join(' ')}", "${tokens[i - 1]!.lower} of ${indefiniteArticle(first.lower)} …").`,
      suggestions: [insertBefore(first, 'the'), insertBefore(first, indefiniteArticle(first.lower))],
      confidence: ACTION_CONFIDENCE,
    });
  }
  return reports;
}

// Adjectives that point to something named before or known to both sides ("relevant" to what the text is about,
// "respective" to each): a plural they modify is a definite set, and English gives it "the". Not "competent" or
// "concerned", which also classify ("Competent teachers are well versed …", Brown; "Concerned citizens gathered").
const RELATIONAL_ADJECTIVES = new WordSet(['relevant', 'respective', 'aforementioned', 'above-mentioned', 'abovementioned', 'aforesaid']);
const RELATIONAL_CONFIDENCE = 0.7;

/**
 * A subject opening its sentence or clause with "relevant" + a plural and no article, before its verb: "Relevant
 * departments will strengthen supervision", "Relevant authorities said …". Chinese "有关部门", "相关部门" (the
 * departments concerned) carry no determiner; MT writes the phrase bare. A mass noun ("Relevant information is
 * available") names no definite set and is left alone: only a plural in -s of a body or a person counts.
 */
function bareRelationalSubject(tokens: readonly Token[]): Report | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const adjective = tokens[i]!;
    if (!isWordToken(adjective) || !RELATIONAL_ADJECTIVES.hasToken(adjective)) continue;
    if (i > 0 && !(tokens[i - 1]!.text === ',' && adjective.text === adjective.lower)) continue;
    let k = i + 1;
    while (isWordToken(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && tokens[k]!.tags[0] === 'JJ') k++;
    const noun = tokens[k];
    const verb = tokens[k + 1];
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NNS' || !noun.lower.endsWith('s')) continue;
    // Bodies and people, the ones that act in a report ("departments", "authorities", "experts"): a noun with a sense
    // of a group, or one with only senses of people. "Relevant documents must be attached" is an instruction about any
    // such document, and "Relevant figures are given" has a person among many senses.
    const senses = nounSenses.of(noun);
    if (!senses.includes('noun.group') && !(senses.length > 0 && senses.every((s) => s === 'noun.person'))) continue;
    if (!isWordToken(verb) || verb.text !== verb.lower || !hasFiniteReading(verb) || verb.tags[0] === 'NNS') continue;
    const article = i === 0 ? 'The' : 'the';
    const word = i === 0 ? adjective.lower : adjective.text;
    return {
      start: adjective.start,
      end: noun.end,
      message: `"${adjective.lower}" points to a known set: English gives the subject "the" ("${article} ${word} ${tokens.slice(i + 1, k + 1).map((t) => t.text).join(' ')}").`,
      suggestions: [{ start: adjective.start, end: adjective.end, replacement: `${article} ${word}` }],
      confidence: RELATIONAL_CONFIDENCE,
    };
  }
  return undefined;
}

// Prepositions of place outside GOVERNING_PREPOSITIONS: "near", "outside" also take bare nouns of their own ("near
// completion", "outside office hours"), but not a countable noun with a determined "of" phrase.
const PLACE_PREPOSITIONS = new WordSet(['near', 'outside', 'inside', 'opposite', 'beside', 'behind', 'beyond', 'around', 'along', 'across', 'toward', 'towards']);
// The prepositions that after a noun are left alone by the main pattern ("a change in attitude"), read here only
// before a countable noun with a determined "of" phrase: "took place in hall of the council".
const AFTER_NOUN_PREPOSITIONS = new WordSet(['in', 'to', 'on', 'at', 'from']);

/**
 * A bare countable noun of the list with a determined "of" phrase, after a preposition of place ("near gate of the
 * factory", "outside office of the mayor") or after "in", "to", "on", "at", "from" that follow a noun ("took place in
 * hall of the council"), which the main pattern leaves to English's "change in attitude". Brown has no such phrase
 * with a noun of the list.
 */
function barePlaceBeforeOf(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 3 < tokens.length; i++) {
    const governor = tokens[i - 1]!;
    const noun = tokens[i]!;
    if (!isWordToken(governor) || governor.text !== governor.lower || tokens[i + 1]!.lower !== 'of') continue;
    const place = PLACE_PREPOSITIONS.hasToken(governor);
    const afterNoun = AFTER_NOUN_PREPOSITIONS.hasToken(governor) && isWordToken(tokens[i - 2]) && /^NNS?$/.test(tokens[i - 2]!.tags[0] ?? '');
    if (!place && !afterNoun) continue;
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NN' || !COUNTABLE.hasToken(noun) || OF_IDIOMS.hasToken(noun)) continue;
    if (!isDeterminedOf(tokens, i)) continue;
    reports.push(determinedOfReport(noun, noun, `${governor.lower} the ${noun.lower}`));
  }
  return reports;
}

// Set phrases whose article Russian, Polish and Czech MT drops ("в результате", "с другой стороны", "в прошлом",
// "в ближайшем будущем", "в то же время"): the words, the word the article goes before, and the article. Brown has
// none of them bare.
const SET_PHRASES: readonly { words: readonly string[]; at: number; article: string }[] = [
  { words: ['as', 'result'], at: 1, article: 'a' },
  { words: ['on', 'other', 'hand'], at: 1, article: 'the' },
  { words: ['in', 'near', 'future'], at: 1, article: 'the' },
  { words: ['as', 'whole'], at: 1, article: 'a' },
  { words: ['in', 'short', 'time'], at: 1, article: 'a' },
  { words: ['at', 'moment'], at: 1, article: 'the' },
  { words: ['in', 'past'], at: 1, article: 'the' },
  { words: ['long', 'time'], at: 0, article: 'a' },
];
const SET_PHRASE_FIRSTS = new WordSet(SET_PHRASES.map((p) => p.words[0]!));
const TAKE_FORMS = new WordSet(['take', 'takes', 'took', 'taken', 'taking']);
// Prepositions before "same": "at same time", "in same period", "on same day" (Brown none).
const SAME_PREPOSITIONS = new WordSet(['at', 'in', 'on', 'for', 'by', 'from', 'with', 'to', 'of', 'during', 'over', 'until', 'since']);
const SET_PHRASE_CONFIDENCE = 0.8;

/**
 * A set phrase with its article dropped: "as result", "on other hand", "in near future", "as whole", "at moment", "In
 * past, …", "took long time", "at same time". Each must end where the phrase does: "as whole numbers", "in past
 * years" and "at moment's notice" go on into another phrase; "long time" counts only after "take".
 */
function bareSetPhrases(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWordToken(t)) continue;
    if (SAME_PREPOSITIONS.hasToken(t) && tokens[i + 1]!.lower === 'same' && tokens[i + 1]!.text === 'same') {
      const noun = tokens[i + 2];
      if (isWordToken(noun) && noun.text === noun.lower && /^NNS?$/.test(noun.tags[0] ?? '')) {
        reports.push({ start: tokens[i + 1]!.start, end: noun.end, message: `"same" takes "the": "${t.lower} the same ${noun.lower}".`, suggestions: [insertBefore(tokens[i + 1]!, 'the')], confidence: SET_PHRASE_CONFIDENCE });
      }
      continue;
    }
    if (!SET_PHRASE_FIRSTS.hasToken(t)) continue;
    for (const phrase of SET_PHRASES) {
      const n = phrase.words.length;
      if (!phrase.words.every((w, k) => tokens[i + k]?.lower === w && (k === 0 || tokens[i + k]!.text === w))) continue;
      if (phrase.words[0] === 'long' && !(isWordToken(tokens[i - 1]) && TAKE_FORMS.hasToken(tokens[i - 1]!))) continue;
      // A phrase whose last word takes the article may go on into another phrase ("as whole numbers", "at moment's
      // notice", "in past years", "as whole as"): a noun, a possessive, an adjective or "as" after it leaves it alone.
      // "on other hand" is whole before any word.
      const after = tokens[i + n];
      const open = phrase.at === n - 1;
      if (open && isWordToken(after) && (/^(NN|NNS|JJ|POS)$/.test(after.tags[0] ?? '') || after.lower === "'s" || after.lower === '’s' || after.lower === 'as')) continue;
      if (phrase.words[0] === 'in' && phrase.words[1] === 'past' && after !== undefined && !(after.kind === 'punct' || isDeterminer(after))) continue;
      const target = tokens[i + phrase.at]!;
      const words = phrase.words.map((w, k) => (k === phrase.at ? `${phrase.article} ${w}` : w)).join(' ');
      reports.push({
        start: t.start,
        end: tokens[i + n - 1]!.end,
        message: `The set phrase has an article in English: "${words}".`,
        suggestions: [insertBefore(target, phrase.article)],
        confidence: SET_PHRASE_CONFIDENCE,
      });
    }
  }
  return reports;
}

// Nouns that name one body that acts, which edited English gives "the" as the agent of a passive ("was approved by
// the ministry", "was rejected by the court"): Russian "министерством", Polish "przez ministerstwo", Chinese "被法院"
// carry no article, and MT leaves them bare. Nouns English also leaves bare as agents are not listed: "by police"
// (Brown's "congratulated by police"), "by government" (Brown's "settled by government"), "by parliament", "by
// congress", "by committee" ("designed by committee"), "by management", "by staff", "by council", "by jury".
const ACTING_BODIES = new WordSet([
  'administration', 'agency', 'ambassador', 'bank', 'cabinet', 'chairman', 'commission', 'company', 'consortium', 'court',
  'department', 'embassy', 'firm', 'governor', 'inspector', 'investigator', 'mayor', 'ministry', 'municipality',
  'ombudsman', 'opposition', 'president', 'prosecution', 'prosecutor', 'regime', 'regulator', 'spokesman',
  'spokeswoman', 'tribunal', 'union', 'watchdog',
]);
// Passives whose "by" names a criterion, not an agent: "sorted by company", "grouped by department".
const CRITERION_VERBS = new WordSet([
  'sort', 'group', 'order', 'filter', 'split', 'break', 'divide', 'classify', 'list', 'rank', 'arrange', 'index', 'key',
  'categorize', 'categorise', 'partition', 'segment', 'organize', 'organise', 'count', 'tally', 'search',
]);
const AGENT_CONFIDENCE = 0.65;

/**
 * The agent of a passive, a body or an office, left bare: "was rejected by court", "was criticised by opposition on
 * Monday", "a plan approved by ministry of finance". The participle stands right before "by" (or before an -ly adverb
 * and "by": "approved unanimously by"); the noun ends its phrase (punctuation, a preposition, a conjunction or a time phrase after it).
 */
function bareAgentOfPassive(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    const by = tokens[i]!;
    if (by.lower !== 'by' || by.text !== 'by') continue;
    const noun = tokens[i + 1]!;
    if (!isWordToken(noun) || noun.text !== noun.lower || !ACTING_BODIES.hasToken(noun)) continue;
    let v = i - 1;
    if (isWordToken(tokens[v]) && tokens[v]!.tags[0] === 'RB' && tokens[v]!.lower.endsWith('ly')) v--;
    const verb = tokens[v];
    if (!isWordToken(verb) || verb.text !== verb.lower || !(verb.tags.includes('VBN') || (verb.tags[0] === 'VBD' && verb.lower.endsWith('ed')))) continue;
    if (CRITERION_VERBS.has(lemma.of(verb))) continue;
    const next = tokens[i + 2];
    const ends = next === undefined || (next.kind === 'punct' && !JOINERS.has(next.text)) ||
      (isWordToken(next) && (next.tags[0] === 'IN' || next.tags[0] === 'CC' || next.tags[0] === 'TO' || isTimePhrase(tokens, i + 2)));
    if (!ends) continue;
    reports.push({
      start: noun.start,
      end: noun.end,
      message: `"${noun.lower}" names one body or office acting here: the agent of a passive takes "the" ("by the ${noun.lower}").`,
      suggestions: [insertBefore(noun, 'the')],
      confidence: AGENT_CONFIDENCE,
    });
  }
  return reports;
}

// Nouns that name the one thing of their kind, with "the" in English whatever the source language does: "on the
// internet" (Russian "в интернете", Polish "w internecie", Chinese "在网上"). Brown has no bare "internet" (it predates
// it); the clean docs' bare ones start compounds ("internet tests").
const UNIQUE_NOUNS = new WordSet(['internet']);
// "the media", "the press" in the sense of the news: read only after a verb of reporting or publishing, since "works
// in media" (a trade) and "the book went to press", "in press" (printing) are English.
const NEWS_NOUNS = new WordSet(['media', 'press']);
const REPORTING_VERBS = new WordSet([
  'report', 'publish', 'appear', 'discuss', 'cover', 'write', 'mention', 'print', 'circulate', 'spread', 'announce',
  'criticize', 'criticise', 'quote', 'advertise', 'leak', 'describe', 'portray', 'debate', 'present', 'reveal',
]);
const UNIQUE_PREPOSITIONS = new WordSet(['in', 'on', 'through', 'via', 'from', 'over', 'across', 'to', 'into', 'onto']);
const UNIQUE_CONFIDENCE = 0.7;

/**
 * "spread in internet", "bought tickets on Internet", "was reported in press", "discussed in mass media": a noun that
 * names the one thing of its kind, bare after a preposition, at the end of its phrase (not "internet access").
 */
function bareUniqueNoun(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!;
    if (!isWordToken(noun)) continue;
    const unique = UNIQUE_NOUNS.hasToken(noun);
    const news = !unique && NEWS_NOUNS.hasToken(noun) && noun.text === noun.lower;
    if (!unique && !news) continue;
    // "mass media": one modifier between.
    const start = news && tokens[i - 1]?.lower === 'mass' ? i - 1 : i;
    const governor = tokens[start - 1];
    if (!isWordToken(governor) || governor.text !== governor.lower || !UNIQUE_PREPOSITIONS.hasToken(governor)) continue;
    if (news) {
      // "reported widely in press": an adverb may stand between.
      let v = start - 2;
      if (isWordToken(tokens[v]) && tokens[v]!.tags[0] === 'RB') v--;
      const verb = tokens[v];
      if (governor.lower !== 'in' || !isWordToken(verb) || !(verb.tags[0] ?? '').startsWith('VB') || !REPORTING_VERBS.has(lemma.of(verb))) continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined && !(next.kind === 'punct' ? !JOINERS.has(next.text) : isWordToken(next) && !(next.tags[0] ?? '').startsWith('NN') && next.tags[0] !== 'POS' && !isAdjective(next))) continue;
    const first = tokens[start]!;
    const onInternet = unique && governor.lower === 'in';
    reports.push({
      start: onInternet ? governor.start : first.start,
      end: noun.end,
      message: `"${noun.lower}" here names the one ${unique ? 'network' : 'news media'} of its kind: English says "${onInternet ? 'on' : governor.lower} the ${tokens.slice(start, i + 1).map((x) => x.lower).join(' ')}".`,
      // English is "on the internet", not "in the internet".
      suggestions: [onInternet ? { start: governor.start, end: first.start, replacement: 'on the ' } : insertBefore(first, 'the')],
      confidence: UNIQUE_CONFIDENCE,
    });
  }
  return reports;
}

// "the place of", "the scene of", "the site of" after a preposition of place: "arrived at place of the accident",
// "reported from place of events", "sent to scene of the fire" (Russian "на место происшествия", Polish "na miejsce
// zdarzenia"). "in place of" is English and is not read ("in" is not among the prepositions). Brown and the clean docs
// have none of these bare.
const SCENE_NOUNS = new WordSet(['place', 'scene', 'site']);
const SCENE_PREPOSITIONS = new WordSet(['at', 'from', 'to', 'near']);
const MAJORITY_CONFIDENCE = 0.7;

/**
 * "with majority of votes", "by majority of deputies", "in majority of cases": "majority" before "of" after a
 * preposition takes "a" (a margin: "with a majority of votes") or "the" (the larger part: "in the majority of cases");
 * and "place", "scene", "site" before "of" after a preposition of place take "the". Brown and the clean docs have
 * none of them bare.
 */
function bareMajorityOrScene(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const noun = tokens[i]!;
    const governor = tokens[i - 1]!;
    if (tokens[i + 1]!.lower !== 'of' || !isWordToken(noun) || noun.text !== noun.lower || !isWordToken(governor)) continue;
    if (governor.text !== governor.lower && i !== 1) continue;
    const majority = noun.lower === 'majority' && GOVERNING_PREPOSITIONS.hasToken(governor);
    const scene = SCENE_NOUNS.hasToken(noun) && SCENE_PREPOSITIONS.hasToken(governor);
    if (!majority && !scene) continue;
    // A margin after "with" and "by"; the larger part elsewhere.
    const article = majority && (governor.lower === 'with' || governor.lower === 'by') ? 'a' : 'the';
    reports.push({
      start: noun.start,
      end: tokens[i + 1]!.end,
      message: `"${noun.lower} of" after "${governor.lower}" needs an article: "${governor.lower} ${article} ${noun.lower} of …".`,
      suggestions: [insertBefore(noun, article)],
      confidence: MAJORITY_CONFIDENCE,
    });
  }
  return reports;
}

// Measured precision of a bare noun between two "of"s (see rule.md).
const OF_CHAIN_CONFIDENCE = 0.7;

/**
 * A bare countable noun between two "of"s, the second with a determined phrase: "in front of building of the
 * parliament", "near gate of the factory". Russian and Polish chain genitives ("перед зданием парламента") with no
 * article to give the middle noun; English determines it ("in front of the building of the parliament"). Brown has
 * one such chain with a countable noun of the list, the title "chief of staff of the army": a person before the
 * first "of" (a title) is left alone, as are the kinds ("a type of building of the period") and the "of" idioms.
 */
function bareNounBetweenOfs(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 3 < tokens.length; i++) {
    const first = tokens[i - 1]!;
    if (tokens[i]!.lower !== 'of' || !isWordToken(first) || first.text !== first.lower || !/^NNS?$/.test(first.tags[0] ?? '')) continue;
    if (KIND_NOUNS.hasToken(first) || isPersonNoun.of(first)) continue;
    let k = i + 1;
    while (isWordToken(tokens[k]) && tokens[k]!.text === tokens[k]!.lower && tokens[k]!.tags[0] === 'JJ' && !DETERMINING_ADJECTIVES.hasToken(tokens[k]!)) k++;
    const noun = tokens[k];
    if (!isWordToken(noun) || noun.text !== noun.lower || noun.tags[0] !== 'NN' || !COUNTABLE.hasToken(noun) || OF_IDIOMS.hasToken(noun)) continue;
    if (tokens[k + 1]?.lower !== 'of' || !isDeterminedOf(tokens, k)) continue;
    const start = tokens[i + 1]!;
    reports.push(determinedOfReport(start, noun, `of the ${tokens.slice(i + 1, k + 1).map((t) => t.text).join(' ')}`));
  }
  return reports;
}

// Prepositions after which a person named by a post in a body is an argument, not a role: "met with president of
// Brazil", "talked to head of the agency", "approved by director of the museum". Not "as" ("served as head of"),
// "for" ("ran for mayor of Chicago").
const ROLE_OF_PREPOSITIONS = new WordSet(['with', 'to', 'by', 'from', 'against', 'about', 'at', 'on', 'under', 'into', 'without', 'among', 'toward', 'towards', 'between', 'behind', 'near', 'beside']);
// Verbs before "to" that make the post after it a role reached ("promoted to head of sales", "rose to president of
// the firm"), and verbs that take a role as their complement ("elected president of", "re-elected chairman of").
const ROLE_TO_VERBS = new WordSet(['promote', 'appoint', 'elect', 'reelect', 're-elect', 'name', 'nominate', 'rise', 'raise', 'elevate', 'advance', 'move', 'return', 'assign', 'demote', 'reappoint', 'transfer', 'switch', 'change', 'succeed', 'proclaim', 'install', 'confirm', 'go', 'get', 'come']);
const ROLE_OF_CONFIDENCE = 0.7;
// Posts that WordNet also files under other senses ("king" a chess piece, "queen" an insect), besides the offices above.
const RULERS = new WordSet(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'pope', 'patriarch', 'metropolitan', 'bishop', 'archbishop', 'abbot', 'captain', 'commander', 'general', 'coach', 'editor', 'dean', 'principal', 'rector', 'speaker', 'treasurer', 'chair', 'governor']);

/**
 * The word after "of" determines the body the post is in: "the", a demonstrative or possessive, or a capitalised
 * name that is not a title's next word ("of Brazil", "of Spain").
 */
function isDeterminedBody(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  return t.lower === 'the' || DEMONSTRATIVES.hasToken(t) || t.tags[0] === 'PRP$' || (/^\p{Lu}/u.test(t.text) && /^NNPS?$/.test(t.tags[0] ?? ''));
}

/**
 * A bare post in a body after a verb or a preposition that takes it as an argument: "met with president of Brazil",
 * "talked to head of the agency", "a letter to minister of health", "arrested director of the bank" (Russian "встретился
 * с президентом Бразилии", Polish "rozmawiał z szefem agencji"). The noun names a person (WordNet) and is singular,
 * perhaps after a modifier ("deputy head of"); "of" + a determined body or a name follows. English writes the post bare
 * only as a role: after "be", "become", "elect", "appoint", "name", "as", "for", "promoted to", "from … to" (Brown's
 * one "clawed his way up from mucker in the pits to manager of the operation"), and capitalised as a title.
 */
function bareRoleOfBody(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 2; i + 2 < tokens.length; i++) {
    const noun = tokens[i]!;
    // A post the lexicon reads first as an adjective is a noun before "of" ("chief of", "principal of").
    const listed = OFFICES.hasToken(noun) || OFFICES_OF.hasToken(noun) || RULERS.hasToken(noun);
    if (tokens[i + 1]!.lower !== 'of' || !isWordToken(noun) || noun.text !== noun.lower || !(noun.tags[0] === 'NN' || (listed && noun.tags.includes('NN')))) continue;
    // An office may also name its field bare: "to minister of health", "with secretary of state".
    const field = tokens[i + 2];
    const officeField = (OFFICES.hasToken(noun) || OFFICES_OF.hasToken(noun)) && isWordToken(field) && field.text === field.lower && field.tags[0] === 'NN' && !isWordToken(tokens[i + 3]);
    // A noun that names only people, or a post of the lists: not a noun with a stray person sense ("more of their
    // income", "cancer of the lung", "failure of the coating", "reminds man of his sin", Brown).
    const post = isPersonNoun.of(noun) || listed;
    if (OF_IDIOMS.hasToken(noun) || !post || !nounSenses.of(noun).includes('noun.person') || !(officeField || isDeterminedBody(field))) continue;
    // "deputy head of", "new director of": one or two lower-case modifiers take the article before them.
    let start = i;
    while (start > i - 2 && isWordToken(tokens[start - 1]) && tokens[start - 1]!.text === tokens[start - 1]!.lower && /^(JJ|NN)$/.test(tokens[start - 1]!.tags[0] ?? '') && !DETERMINING_ADJECTIVES.hasToken(tokens[start - 1]!) && !GOVERNING_PREPOSITIONS.hasToken(tokens[start - 1]!)) start--;
    const governor = tokens[start - 1];
    if (!isWordToken(governor) || governor.text !== governor.lower) continue;
    const tag = governor.tags[0] ?? '';
    let kind: 'verb' | 'preposition' | undefined;
    if ((tag === 'IN' || tag === 'TO') && ROLE_OF_PREPOSITIONS.hasToken(governor)) {
      // After a noun a phrase with "to" or "about" may be its complement ("the road to …"); any preposition is an
      // argument here, but "to" may close a rise: "promoted to head of", "from mucker … to manager of" (Brown).
      if (governor.lower === 'to') {
        let rise = false;
        for (let k = start - 2; k >= 0 && k >= start - 10; k--) {
          const w = tokens[k]!;
          if (w.lower === 'from' || ROLE_TO_VERBS.has(lemma.of(w)) || (w.lower.endsWith('ed') && ROLE_TO_VERBS.has(w.lower.slice(0, -2)))) rise = true;
          if (w.kind === 'punct') break;
        }
        if (rise) continue;
      }
      kind = 'preposition';
    } else if (tag.startsWith('VB') && !isNonObjectVerb(governor.lower) && !ROLE_TO_VERBS.has(lemma.of(governor)) && !(governor.lower.endsWith('ed') && ROLE_TO_VERBS.has(governor.lower.slice(0, -2)))) {
      kind = governs(tokens, start - 1, noun) === 'verb' ? 'verb' : undefined;
    }
    if (kind === undefined) continue;
    const first = tokens[start]!;
    reports.push({
      start: first.start,
      end: tokens[i + 1]!.end,
      message: `"${noun.lower} of …" names a person here, not a role: it needs "the" ("${governor.lower} the ${tokens.slice(start, i + 1).map((t) => t.text).join(' ')} of …").`,
      suggestions: [insertBefore(first, 'the')],
      confidence: ROLE_OF_CONFIDENCE,
    });
  }
  return reports;
}

// Nouns that take an amount in an "of" phrase and are counted with "a": "a profit of 2 billion", "a total of 300", "a
// fine of 5,000 euros", "a height of 300 metres", "a population of 2 million" (Russian "прибыль в размере", "штраф в
// размере", Polish "zysk w wysokości", Chinese "利润为"). Not the nouns English leaves bare before an amount (revenue,
// income, growth, funding, compensation, tax, interest, inflation, debt, investment, damage, output, support).
const AMOUNT_NOUNS = new WordSet([
  'profit', 'loss', 'total', 'sum', 'fine', 'budget', 'level', 'height', 'depth', 'length', 'width', 'thickness',
  'diameter', 'radius', 'altitude', 'grant', 'loan', 'penalty', 'deficit', 'surplus', 'reward', 'salary', 'wage',
  'pension', 'price', 'fee', 'capacity', 'population', 'area', 'volume', 'temperature', 'speed', 'increase', 'decrease',
  'rise', 'fall', 'drop', 'decline', 'reduction', 'cut', 'margin', 'majority', 'distance', 'period', 'term', 'sentence',
  'record', 'amount', 'share', 'stake', 'bonus', 'dividend', 'ransom', 'bribe', 'prize', 'weight', 'value', 'gain',
  'return', 'payment', 'donation', 'subsidy', 'deposit', 'discount', 'tariff', 'premium', 'delay', 'lead', 'range',
  'turnout', 'jackpot', 'allowance', 'duration', 'rate',
]);
// Words of approximation between "of" and the number: "a total of about 300", "a fine of up to 5,000".
const APPROXIMATIONS = new WordSet(['about', 'around', 'nearly', 'almost', 'over', 'under', 'some', 'approximately', 'roughly', 'up', 'to', 'more', 'less', 'than', 'at', 'least', 'just', 'only', 'as', 'much', 'many']);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₽', '₹']);
const AMOUNT_CONFIDENCE = 0.7;

/** An amount starts at `k`: a number, perhaps after a currency sign or a word of approximation ("of up to $5,000"). */
function isAmountAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'number' || t.tags[0] === 'CD') return true;
    if (!(CURRENCY_SIGNS.has(t.text) || APPROXIMATIONS.hasToken(t))) return false;
  }
  return false;
}

/**
 * A bare noun of an amount + "of" + a number after a verb or preposition: "made profit of 2 billion", "paid fine of
 * 5,000 euros", "reached total of 300", "with budget of 5 million" (English: "a profit of", "a total of"). Adjectives and
 * one noun modifier may stand before it ("recorded net profit of", "posted trade deficit of").
 */
function bareAmountNoun(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (tokens[i + 1]!.lower !== 'of' || !AMOUNT_NOUNS.hasToken(noun) || noun.text !== noun.lower || !isAmountAt(tokens, i + 2)) continue;
    let start = i;
    let nouns = 0;
    while (start > i - 3 && isWordToken(tokens[start - 1]) && tokens[start - 1]!.text === tokens[start - 1]!.lower) {
      const m = tokens[start - 1]!;
      // "reached full capacity of 500 tonnes": "full" is a degree the noun may take bare ("at full speed", "full price").
      if (DETERMINING_ADJECTIVES.hasToken(m) || QUANTITY_ADJECTIVES.hasToken(m) || m.tags[0] === 'JJS' || m.tags[0] === 'JJR' || m.lower === 'full') {
        if (m.lower === 'full') start = -1;
        break;
      }
      if (m.tags[0] === 'JJ') start--;
      else if (m.tags[0] === 'NN' && nouns === 0 && !GOVERNING_PREPOSITIONS.hasToken(m)) {
        nouns++;
        start--;
      } else break;
    }
    if (start < 0) continue;
    const governor = tokens[start - 1];
    if (!isWordToken(governor) || governor.text !== governor.lower || DETERMINING_ADJECTIVES.hasToken(tokens[start]!)) continue;
    const tag = governor.tags[0] ?? '';
    // "at a height of" is the preposition + noun + "of" pattern's; "in total of"? "in the amount of": after "in" and
    // "under" the noun is definite.
    const preposition = (tag === 'IN' || tag === 'TO') && GOVERNING_PREPOSITIONS.hasToken(governor) && governor.lower !== 'at' && governor.lower !== 'of';
    // Any verb takes the amount as its object, also the verbs of bare idioms elsewhere ("made profit of", "has budget
    // of", "took loan of"); a participle after an article and its modifiers is one more modifier ("traveled a maximum
    // detected distance of some 450 miles", Brown).
    let d = start - 2;
    while (d >= 0 && isWordToken(tokens[d]) && /^(NN|JJ)$/.test(tokens[d]!.tags[0] ?? '') && tokens[d]!.text === tokens[d]!.lower) d--;
    const modifier = governor.tags.includes('VBN') && d < start - 2 && (tokens[d]?.lower === 'a' || tokens[d]?.lower === 'an');
    const verb = tag.startsWith('VB') && tag !== 'VBG' && !modifier && !(isWordToken(tokens[start - 2]) && isDeterminer(tokens[start - 2]!));
    if (!preposition && !verb) continue;
    // "to" + a word that is also a verb is an infinitive ("to total of"? no: "to cut of" does not happen, but "to
    // return of" neither); "to" stays a preposition before "of".
    const first = tokens[start]!;
    const article = governor.lower === 'in' || governor.lower === 'under' ? 'the' : indefiniteArticle(first.lower);
    reports.push({
      start: first.start,
      end: tokens[i + 1]!.end,
      message: `"${noun.lower}" with an amount is counted: "${article} ${tokens.slice(start, i + 1).map((t) => t.text).join(' ')} of …".`,
      suggestions: [insertBefore(first, article)],
      confidence: AMOUNT_CONFIDENCE,
    });
  }
  return reports;
}

// Prepositions of time before an event: "during visit to Kazakhstan", "after match with the leaders" (Russian "во время
// визита в", Polish "podczas wizyty w"). The event with its own argument after it is a particular one, which English
// determines ("during a visit to", "after the match with"); bare meals, times and stages ("after dinner", "during
// surgery", "before trial") are nouns Brown leaves bare, off its countable list.
const EVENT_PREPOSITIONS = new WordSet(['during', 'after', 'before', 'following', 'amid', 'throughout']);
const EVENT_CONFIDENCE = 0.7;
const NOMINALISATION = /(?:tion|sion|ment|ance|ence|ure)$/;

/**
 * A preposition of time + up to two adjectives + a singular noun of Brown's countable list + a preposition that opens
 * the event's argument ("during visit to", "after long meeting with", "before match against"). An -ing noun only after
 * "during", which takes no gerund ("after meeting with the governor" is one).
 */
function bareEventAfterTime(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let g = 0; g + 2 < tokens.length; g++) {
    const governor = tokens[g]!;
    if (!isWordToken(governor) || !EVENT_PREPOSITIONS.hasToken(governor) || (g > 0 && governor.text !== governor.lower)) continue;
    // "the following remark by a lady" (Brown): after a determiner "following" is an adjective.
    if (governor.lower === 'following' && g > 0 && isWordToken(tokens[g - 1]) && isDeterminer(tokens[g - 1]!)) continue;
    let k = g + 1;
    while (k < g + 3 && isWordToken(tokens[k]) && tokens[k]!.tags[0] === 'JJ' && tokens[k]!.text === tokens[k]!.lower && !DETERMINING_ADJECTIVES.hasToken(tokens[k]!) && !QUANTITY_ADJECTIVES.hasToken(tokens[k]!)) k++;
    // "during press conference in": a noun modifier before a compound head.
    if (isWordToken(tokens[k]) && tokens[k]!.tags[0] === 'NN' && isWordToken(tokens[k + 1]) && COMPOUND_HEADS.hasToken(tokens[k + 1]!) && tokens[k + 1]!.text === tokens[k + 1]!.lower) k++;
    const noun = tokens[k];
    const next = tokens[k + 1];
    if (!isWordToken(noun) || noun.text !== noun.lower || !COUNTABLE.hasToken(noun) || !noun.tags.includes('NN') || noun.tags[0] === 'NNS') continue;
    if (noun.lower.endsWith('ing') && governor.lower !== 'during') continue;
    if (!isWordToken(next) || !(next.tags[0] === 'IN' || next.tags[0] === 'TO') || ADJUNCT_PREPOSITIONS.hasToken(next) && next.lower !== 'after' || isPaired(tokens, g + 1, k) || isFixedPhrase(tokens, g + 1, k)) continue;
    // "trip after trip", "session after session": the noun repeated.
    if (tokens[k + 2]?.lower === noun.lower) continue;
    // "during resolution of the path", "after completion of the work": a nominalised process with its object after
    // "of" goes bare in edited technical English (Node's docs).
    if (next.lower === 'of' && NOMINALISATION.test(noun.lower)) continue;
    const first = tokens[g + 1]!;
    reports.push({
      start: first.start,
      end: noun.end,
      message: `"${noun.lower}" with its own "${next.lower}" phrase is a particular event: "${governor.lower} the ${tokens.slice(g + 1, k + 1).map((t) => t.text).join(' ')} ${next.lower} …" or "${governor.lower} ${indefiniteArticle(first.lower)} …".`,
      suggestions: [insertBefore(first, 'the'), insertBefore(first, indefiniteArticle(first.lower))],
      confidence: EVENT_CONFIDENCE,
    });
  }
  return reports;
}

// Common nouns that follow a place's name to make a unit of a country: "the Moscow region", "the Kherson oblast", "the
// Boston area" (Russian "в Московской области", Ukrainian "у Херсонській області": no article to carry over). Not
// "province" or "county", which news writes bare after a Chinese or American name ("in Sichuan province").
const REGION_NOUNS = new WordSet(['region', 'oblast', 'area', 'district', 'zone', 'krai']);

/**
 * A preposition + one or two capitalised names + a region noun closing the phrase: "in Moscow region", "from Kherson
 * region" (English: "in the Moscow region"). Brown has none.
 */
function bareNamedRegion(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 3; i < tokens.length; i++) {
    const noun = tokens[i]!;
    if (!REGION_NOUNS.hasToken(noun) || noun.text !== noun.lower) continue;
    let start = i;
    while (start > i - 2 && isWordToken(tokens[start - 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[start - 1]!.text) && /^NNP/.test(tokens[start - 1]!.tags[0] ?? '')) start--;
    const governor = tokens[start - 1];
    if (start === i || !isWordToken(governor) || governor.text !== governor.lower || !(governor.tags[0] === 'IN' || governor.tags[0] === 'TO') || governor.lower === 'of' && isWordToken(tokens[start - 2]) && (tokens[start - 2]!.tags[0] ?? '').startsWith('NN')) continue;
    // "in Miami area churches" (Brown): the name and noun modify a later noun.
    // A time phrase or an adverb may follow ("in Kherson region overnight").
    const after = tokens[i + 1];
    const adverbAtEnd = isWordToken(after) && after.tags.includes('RB') && (tokens[i + 2] === undefined || tokens[i + 2]!.kind === 'punct');
    if (!endsPhrase(after) && !isTimePhrase(tokens, i + 1) && !adverbAtEnd) continue;
    const first = tokens[start]!;
    reports.push({
      start: first.start,
      end: noun.end,
      message: `"${tokens.slice(start, i + 1).map((t) => t.text).join(' ')}" is a common noun named by a place: "${governor.lower} the ${tokens.slice(start, i + 1).map((t) => t.text).join(' ')}".`,
      suggestions: [insertBefore(first, 'the')],
      confidence: EVENT_CONFIDENCE,
    });
  }
  return reports;
}

// Senses of a place or a thing one is at or comes from: "at airport in Warsaw", "from river near the factory".
const PLACE_SENSES = new WordSet(['noun.artifact', 'noun.location', 'noun.object']);
const PLACE_CONFIDENCE = 0.6;
// Prepositions of place that open the phrase locating the noun.
const LOCATING_PREPOSITIONS = new WordSet(['in', 'at', 'near', 'on', 'outside', 'inside', 'behind', 'beside', 'next']);

/**
 * A bare place or thing of Brown's countable list after a preposition, located by its own phrase of place with a
 * determiner or a name: "detained at airport in Warsaw", "samples from river near the factory" (Russian "в аэропорту
 * Варшавы", "из реки возле завода"). A noun with a sense of an act or an event is left alone ("on tour in Asia").
 */
function isPlaceBeforeItsPhrase(tokens: readonly Token[], start: number, head: number): boolean {
  const noun = tokens[head]!;
  const next = tokens[head + 1];
  const after = tokens[head + 2];
  if (!COUNTABLE.hasToken(noun) || !isWordToken(next) || !LOCATING_PREPOSITIONS.hasToken(next) || !isWordToken(after)) return false;
  if (!(after.lower === 'the' || after.tags[0] === 'PRP$' || (/^\p{Lu}/u.test(after.text) && after.tags[0] === 'NNP'))) return false;
  const senses = nounSenses.of(noun);
  return senses.some((x) => PLACE_SENSES.has(x)) && !senses.some((x) => x === 'noun.act' || x === 'noun.event' || x === 'noun.communication' || x === 'noun.group');
}

const SPAN_PREPOSITIONS = new WordSet(['until', 'till', 'since', 'before', 'after']);
// The parts of a country or a town by the compass, too rare in Brown between a preposition and "of" to be counted,
// and never bare there: "in north of the country" (Russian "на севере страны", Polish "na północy kraju").
const IN_A_REGION = new WordSet(['in', 'at', 'on', 'into', 'across', 'throughout']);
const COMPASS_POINTS = new WordSet(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'outskirts']);

// Measured precision of "preposition + bare noun + of" (see rule.md).
const BEFORE_OF_CONFIDENCE = 0.7;

/**
 * A bare singular noun between a preposition and "of" that English determines: "at end of the year", "on basis of
 * the law", "at depth of 40 metres". The corpus decides for the nouns it shows often enough; a rarer noun counts when
 * it names a place or a measure and the corpus never shows it bare there.
 */
function isDefiniteBeforeOf(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i]!;
  const governor = tokens[i - 1]!;
  if (governor.kind !== 'word' || !(GOVERNING_PREPOSITIONS.hasToken(governor) || SPAN_PREPOSITIONS.hasToken(governor)) || governor.tags[0] !== 'IN') return false;
  // A capital only at the start of the sentence ("In middle of the night").
  if (governor.text !== governor.lower && i !== 1) return false;
  // After a preposition other than "to", a word that is also a noun is one ("with help of").
  // A compass point is read first as an adverb or adjective ("north"), but before "of" it is the noun.
  if (noun.kind !== 'word' || noun.text !== noun.lower || !(noun.tags[0] === 'NN' || COMPASS_POINTS.hasToken(noun) || (governor.lower !== 'to' && noun.tags[0]!.startsWith('VB') && noun.tags.includes('NN')))) return false;
  if (OF_IDIOMS.hasToken(noun) || isFixedPhrase(tokens, i, i)) return false;
  if (DEFINITE_BEFORE_OF.hasToken(noun)) return true;
  // "from north of the border", "to west of the river" are English: the compass point is an adverb there.
  if (COMPASS_POINTS.hasToken(noun)) return IN_A_REGION.hasToken(governor);
  return governor.lower === 'at' && !KIND_NOUNS.hasToken(noun);
}

/**
 * A suggestion that puts `article` before the token. A function of the module, not a closure in the detector's loop:
 * a closure over a loop's variable gives every turn of the loop (every token) an object of its own.
 */
const insertBefore = (t: Token, article: string) => ({ start: t.start, end: t.start, replacement: `${article} ` });


// What `wordMarks` notes of a sentence: the words that the patterns read before the main loop start from, and two
// names in a row (a title before a name is followed by one).
const OF = 1;
const ONE = 2;
const ACCORDING = 4;
const ORDINAL = 8;
const ROUND = 16;
const NAME_PAIR = 32;
const MARKED_WORDS = new WordMap<number>([
  ['of', OF], ['one', ONE], ['according', ACCORDING], ['final', ORDINAL], ['last', ORDINAL], ...[...ORDINAL_WORDS].map((w) => [w, ORDINAL] as const), ...[...ROUND_NUMBERS].map((w) => [w, ROUND] as const),
]);

/** The marks of a sentence's words, in one pass: one look-up per word. */
function wordMarks(tokens: readonly Token[]): number {
  let marks = 0;
  let name = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    marks |= MARKED_WORDS.getToken(t) ?? 0;
    if (t.kind === 'number' && DIGIT_ORDINAL.test(t.text)) marks |= ORDINAL;
    const nextName = t.tags[0] === 'NNP';
    if (name && nextName) marks |= NAME_PAIR;
    name = nextName;
  }
  return marks;
}

/** Whether all of the marks `wanted` are in `marks`. */
const has = (marks: number, wanted: number) => (marks & wanted) === wanted;

export default defineRule({
  meta: {
    id: 'missing-article',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.45,
    description: 'A singular countable noun without an article after a verb or preposition: "presented report", "according to expert".',
    sourceHint: 'Russian has no articles ("представил доклад", "по словам эксперта"); MT must invent them and sometimes does not.',
    fixable: false,
  },
  detectSentence(sentence) {
    // Headlines and captions drop articles on purpose.
    if (!sentence.terminated) return [];
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    let quoted: boolean[] | undefined;
    // The first word is skipped: a capitalised noun there may be a name ("Friend", "House"), and a headline glued
    // to its paragraph often starts a sentence.
    // The patterns below each read the whole sentence: they run only where its words allow them.
    const marks = wordMarks(tokens);
    const title =
      (has(marks, OF | NAME_PAIR) ? titleBeforeName(tokens) : undefined) ?? bareOfficeSubject(tokens) ?? bareModifiedSubject(tokens) ?? (has(marks, ACCORDING) ? afterAccordingTo(tokens) : undefined);
    if (title) reports.push(title);
    if (has(marks, ORDINAL) || has(marks, OF | ONE)) for (const r of ordinalsAndSuperlatives(tokens)) reports.push(r);
    if (has(marks, ROUND)) for (const r of bareRoundNumbers(tokens)) reports.push(r);
    if (has(marks, OF)) {
      for (const r of bareMajorityOrScene(tokens)) reports.push(r);
      for (const r of partOfBarePlural(tokens)) reports.push(r);
      for (const r of actionOfBareThing(tokens)) reports.push(r);
      for (const r of bareRoleOfBody(tokens)) reports.push(r);
      for (const r of bareAmountNoun(tokens)) reports.push(r);
      for (const r of bareNounBetweenOfs(tokens)) reports.push(r);
      for (const r of barePlaceBeforeOf(tokens)) reports.push(r);
    }
    for (const r of bareDeterminedWords(tokens)) reports.push(r);
    for (const r of bareSetPhrases(tokens)) reports.push(r);
    for (const r of bareAgentOfPassive(tokens)) reports.push(r);
    for (const r of bareUniqueNoun(tokens)) reports.push(r);
    for (const r of bareEventAfterTime(tokens)) reports.push(r);
    for (const r of bareNamedRegion(tokens)) reports.push(r);
    for (const r of bareDeviceAfterConjunction(tokens)) reports.push(r);
    for (const r of indefiniteSuperlative(tokens)) reports.push(r);
    for (const r of bareControlInInstruction(tokens)) reports.push(r);
    const relational = bareRelationalSubject(tokens);
    if (relational) reports.push(relational);
    const opening = title ? undefined : (bareOpeningSubject(tokens) ?? bareNounInOpeningOf(tokens));
    if (opening) reports.push(opening);
    for (let i = 1; i < tokens.length; i++) {
      const noun = tokens[i]!;
      if (i === title?.index) continue;
      if (tokens[i + 1]?.lower === 'of' && isDefiniteBeforeOf(tokens, i)) {
        quoted ??= quotedMask(sentence);
        if (quoted[i]) continue;
        reports.push({
          start: noun.start,
          end: tokens[i + 1]!.end,
          message: `"${noun.lower} of" after "${tokens[i - 1]!.lower}" needs "the": "${tokens[i - 1]!.lower} the ${noun.lower} of …".`,
          suggestions: [{ start: noun.start, end: noun.start, replacement: 'the ' }],
          confidence: BEFORE_OF_CONFIDENCE,
        });
        continue;
      }
      // What both readings below need, by the tags, before the look-ups: a lower-case noun or base form, at the end
      // of its phrase.
      const tag = noun.tags[0];
      if ((tag !== 'NN' && tag !== 'VB' && tag !== 'VBP') || noun.text !== noun.lower) continue;
      // "bought car last week": a time phrase after the noun ends its phrase too, for the object pattern, which needs
      // a verb right before the noun or its adjective.
      const ends = endsPhrase(tokens[i + 1]);
      if (!ends && !((isVerbTag(tokens[i - 1]) || isVerbTag(tokens[i - 2])) && isTimePhrase(tokens, i + 1))) continue;
      const countable = ends && isCountableNoun(noun, tokens[i - 1], tokens[i - 2]);
      const document = ends && !countable && tag === 'NN' && isDocumentNoun.of(noun);
      // Read only as the object of a finite verb after its subject: a noun too rare in Brown to be counted but
      // countable by its senses ("opened factory in"), or a counted -ing noun ("held meeting with").
      // A word read first as a verb is a noun after an adjective ("installed new pump") or a past ("issued permit"):
      // two finite verbs in a row do not happen.
      const previous = tokens[i - 1]!;
      const nounReading = tag === 'NN' || (noun.tags.includes('NN') && (isAdjective(previous) || previous.tags.includes('VBD')));
      const objectOnly = !countable && !document && nounReading && !noun.tags.includes('RB') && !noun.tags.includes('PRP$') &&
        (noun.lower.endsWith('ing') ? COUNTABLE.hasToken(noun) : isObjectNoun(noun, previous, tokens[i + 1], tokens[i + 2]));
      if (!(countable || document || objectOnly) || isCoordinatedModifier(tokens, i)) continue;
      const start = phraseStart(tokens, i);
      if (start < 0) continue;
      const kind = governs(tokens, start - 1, noun) ?? (start === 1 && OPENING_PREPOSITIONS.hasToken(tokens[0]!) && isOpeningPhrase(tokens, start, i) ? 'preposition' : undefined);
      if (document && (kind !== 'verb' || !objectBeforeTopic(tokens, start, i))) continue;
      if (objectOnly && (kind !== 'verb' || !objectAfterSubject(tokens, start, i))) continue;
      // "ran for governor", "promoted to captain", "sent by messenger": a role or a means.
      if (kind === 'preposition' && !COUNTABLE.hasToken(noun) && ROLE_PREPOSITIONS.hasToken(tokens[start - 1]!)) continue;
      if (!kind || isPaired(tokens, start, i) || isFixedPhrase(tokens, start, i) || isMassLike(noun, start < i)) continue;
      const determinedOf = tokens[i + 1]?.lower === 'of' && isDeterminedOf(tokens, i);
      if (tokens[i + 1]?.lower === 'of') {
        const governor = tokens[start - 1]!;
        if (kind === 'preposition' ? !OF_AFTER.hasToken(governor) && !determinedOf : OF_IDIOM_VERBS.has(lemma.of(governor))) continue;
      }
      quoted ??= quotedMask(sentence);
      if (quoted[i]) continue;
      // A pattern above has this noun already ("met with president of Brazil", "paid fine of 5,000 euros").
      if (reports.some((r) => r.start <= noun.start && noun.end <= r.end)) continue;
      const first = tokens[start]!;
      // "damaged roof of the school": an object with a determined "of" phrase is a definite part of it.
      const article = kind === 'preposition' || determinedOf ? 'the' : indefiniteArticle(first.lower);
      const other = article === 'the' ? indefiniteArticle(first.lower) : 'the';
      reports.push({
        start: first.start,
        end: noun.end,
        message: `"${noun.lower}" is a countable noun: in the singular it needs an article or another determiner ("${article}", "${other}", "this").`,
        suggestions: [insertBefore(first, article), insertBefore(first, other)],
        ...(isPlainCompound(tokens, start, i) ||
        (kind === 'verb' && objectBeforeTopic(tokens, start, i)) ||
        (kind === 'preposition' && (subjectPhraseBeforeVerb(tokens, start, i) || isOpeningPhrase(tokens, start, i)))
          ? { confidence: COMPOUND_CONFIDENCE }
          : kind === 'verb' && objectAfterSubject(tokens, start, i)
          ? { confidence: OBJECT_CONFIDENCE }
          : kind === 'preposition' && determinedOf
          ? { confidence: BEFORE_OF_CONFIDENCE }
          : kind === 'preposition' && isPlaceBeforeItsPhrase(tokens, start, i)
          ? { confidence: PLACE_CONFIDENCE }
          : {}),
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Mobile phone has changed the way we shop.', output: 'The mobile phone has changed the way we shop.' },
      { text: 'Electric scooter was found in the canal.', output: 'The electric scooter was found in the canal.' },
      { text: 'The museum unveiled plan of expansion.', output: 'The museum unveiled a plan of expansion.' },
      { text: 'Local farmer was injured in the storm.', output: 'The local farmer was injured in the storm.' },
      { text: 'Young woman was taken to hospital after the crash.', output: 'The young woman was taken to hospital after the crash.' },
      { text: 'The minister presented new report on the economy.', output: 'The minister presented a new report on the economy.' },
      { text: 'According to expert, the bridge is unsafe.', output: 'According to the expert, the bridge is unsafe.' },
      { text: 'According to head of the hospital, the ward will reopen.', output: 'According to the head of the hospital, the ward will reopen.' },
      { text: 'The festival drew more than thousand visitors.', output: 'The festival drew more than a thousand visitors.' },
      { text: 'The new plant employs thousand skilled workers.', output: 'The new plant employs a thousand skilled workers.' },
      { text: 'The council approved plan to build a new school.', output: 'The council approved a plan to build a new school.' },
      { text: 'Several firms from district have left.', output: 'Several firms from the district have left.' },
      { text: 'Farmers from region will protest.', output: 'Farmers from the region will protest.' },
      { text: 'The decision was criticised by ambassador.', output: 'The decision was criticised by the ambassador.' },
      { text: 'The new terminal will open at end of the year.', output: 'The new terminal will open at the end of the year.' },
      { text: 'The museum stays closed until end of the month.', output: 'The museum stays closed until the end of the month.' },
      { text: 'Floods hit villages in south of the province.', output: 'Floods hit villages in the south of the province.' },
      { text: 'Chairman presented the annual report.', output: 'The chairman presented the annual report.' },
      { text: 'Japanese side proposed a new round of talks.', output: 'The Japanese side proposed a new round of talks.' },
      { text: 'The satellite flies at height of 500 km.', output: 'The satellite flies at the height of 500 km.' },
      { text: 'The school is funded from town budget.', output: 'The school is funded from the town budget.' },
      { text: 'The plan was criticised by deputy director of the water company Tamara Serova.', output: 'The plan was criticised by the deputy director of the water company Tamara Serova.' },
      { text: 'Chairman of the local council Pavel Orlov opened the bridge.', output: 'The chairman of the local council Pavel Orlov opened the bridge.' },
      { text: 'According to federal tax service, revenue fell.', output: 'According to the federal tax service, revenue fell.' },
      { text: 'The river froze over for first time in a decade.', output: 'The river froze over for the first time in a decade.' },
      { text: 'The visitors equalised in 88th minute.', output: 'The visitors equalised in the 88th minute.' },
      { text: 'Taxis waited near gate of the airport.', output: 'Taxis waited near the gate of the airport.' },
      { text: 'As result, two schools were closed.', output: 'As a result, two schools were closed.' },
      { text: 'On other hand, rents have fallen.', output: 'On the other hand, rents have fallen.' },
      { text: 'The repairs took long time.', output: 'The repairs took a long time.' },
      { text: 'In past, the square was a market.', output: 'In the past, the square was a market.' },
      { text: 'At same time, exports rose.', output: 'At the same time, exports rose.' },
      { text: 'The talks took place in hall of the old town hall.', output: 'The talks took place in the hall of the old town hall.' },
      { text: 'The relay team finished on third place.', output: 'The relay team finished in third place.' },
      { text: 'The ferry broke down already fourth time this year.', output: 'The ferry broke down already for the fourth time this year.' },
      { text: 'It is already second time that the lift has failed.', output: 'It is already the second time that the lift has failed.' },
      { text: 'The port is one of busiest in the region.', output: 'The port is one of the busiest in the region.' },
      { text: 'The bank is one of leading lenders to farmers.', output: 'The bank is one of the leading lenders to farmers.' },
      { text: 'Governor signed the new decree on Tuesday.', output: 'The governor signed the new decree on Tuesday.' },
      { text: 'Representative of the airline declined to comment.', output: 'The representative of the airline declined to comment.' },
      { text: 'Ministry of Transport has announced new rules.', output: 'The Ministry of Transport has announced new rules.' },
      { text: 'The city adopted ordinance on noise.', output: 'The city adopted an ordinance on noise.' },
      { text: 'Most of residents oppose the new road.', output: 'Most of the residents oppose the new road.' },
      { text: 'Lake Baikal is deepest lake in the world.', output: 'Lake Baikal is the deepest lake in the world.' },
      { text: 'Both firms have same problem.', output: 'Both firms have the same problem.' },
      { text: 'This is main reason for the delay.', output: 'This is the main reason for the delay.' },
      { text: 'She became first woman to lead the party.', output: 'She became the first woman to lead the party.' },
      { text: 'It is serious problem for the farmers.', output: 'It is a serious problem for the farmers.' },
      { text: 'This was extremely difficult task.', output: 'This was an extremely difficult task.' },
      { text: "The plant became world's largest producer of nickel.", output: "The plant became the world's largest producer of nickel." },
      { text: 'Experiment confirmed the theory.', output: 'The experiment confirmed the theory.' },
      { text: 'Construction of tunnel will start in May.', output: 'Construction of the tunnel will start in May.' },
      { text: 'The farmer bought tractor last spring.', output: 'The farmer bought a tractor last spring.' },
      { text: 'Police detained suspect after the match.', output: 'Police detained a suspect after the match.' },
      { text: 'The club lost in final game of the season.', output: 'The club lost in the final game of the season.' },
      { text: 'The village lies on bank of the river.', output: 'The village lies on the bank of the river.' },
      { text: 'Many of young doctors leave the region.', output: 'Many of the young doctors leave the region.' },
      { text: 'The plan was criticised by some of experts.', output: 'The plan was criticised by some of the experts.' },
      { text: 'The club signed contract with the striker.', output: 'The club signed a contract with the striker.' },
      { text: 'Heavy snowfall caused accident on the motorway.', output: 'Heavy snowfall caused an accident on the motorway.' },
      { text: 'Police opened investigation into the fire.', output: 'Police opened an investigation into the fire.' },
      { text: 'The storm damaged roof of the old barn.', output: 'The storm damaged the roof of the old barn.' },
      { text: 'The committee will publish report in May.', output: 'The committee will publish a report in May.' },
      { text: 'During recent visit, the minister met farmers.', output: 'During the recent visit, the minister met farmers.' },
      { text: 'Scientist from the university discovered a new frog.', output: 'The scientist from the university discovered a new frog.' },
      { text: 'The city plans to build new bridge across the river.', output: 'The city plans to build a new bridge across the river.' },
      { text: 'Users can download file from the website.', output: 'Users can download a file from the website.' },
      { text: 'During short visit the president met farmers.', output: 'During the short visit the president met farmers.' },
      { text: 'After difficult season the club replaced its coach.', output: 'After the difficult season the club replaced its coach.' },
      { text: 'Young driver of the bus was injured in the crash.', output: 'The young driver of the bus was injured in the crash.' },
      { text: 'Local court sentenced the driver.', output: 'The local court sentenced the driver.' },
      { text: 'Before important match the players rested.', output: 'Before the important match the players rested.' },
      { text: 'Residents protested against construction of new landfill.', output: 'Residents protested against construction of the new landfill.' },
      { text: 'Masons finished restoration of old chapel last week.', output: 'Masons finished restoration of the old chapel last week.' },
      { text: 'The envoy dined with president of Chile on Monday.', output: 'The envoy dined with the president of Chile on Monday.' },
      { text: 'Farmers wrote to minister of agriculture.', output: 'Farmers wrote to the minister of agriculture.' },
      { text: 'The bakery made profit of 40,000 euros.', output: 'The bakery made a profit of 40,000 euros.' },
      { text: 'The council approved budget of 3 million pounds.', output: 'The council approved a budget of 3 million pounds.' },
      { text: 'The bill was drafted during trip to Oslo.', output: 'The bill was drafted during the trip to Oslo.' },
      { text: 'Floods hit villages in Tula region.', output: 'Floods hit villages in the Tula region.' },
      { text: 'The courier was stopped at airport in Riga.', output: 'The courier was stopped at the airport in Riga.' },
      { text: 'The appeal was rejected by court on Friday.', output: 'The appeal was rejected by the court on Friday.' },
      { text: 'The merger was blocked by regulator, the firm said.', output: 'The merger was blocked by the regulator, the firm said.' },
      { text: 'The clip quickly spread in internet.', output: 'The clip quickly spread on the internet.' },
      { text: 'The letter was published in press on Monday.', output: 'The letter was published in the press on Monday.' },
      { text: 'The bill was passed with majority of votes.', output: 'The bill was passed with a majority of votes.' },
      { text: 'Rescuers rushed to scene of the landslide.', output: 'Rescuers rushed to the scene of the landslide.' },
    ],
    valid: [
      'Net result is a loss of ten million.',
      'Modern man has lost touch with nature.',
      'Primitive man was a hunter.',
      'Next day was quieter.',
      'Relative resolution can be handled by the loader.',
      'Further research is needed.',
      'Mobile phones have changed the way we shop.',
      'Heavy equipment was moved to the site.',
      'Residential building slowed last year.',
      'The festival drew more than a thousand visitors.',
      'About two hundred people came.',
      'The play was staged in 17th century setting.',
      'The project is near completion of its first stage.',
      'A change in attitude of the voters is clear.',
      'Treat them as whole numbers.',
      'He was as whole as a man could be.',
      'He left at a moment\'s notice.',
      'In past years, the square was a market.',
      'I have not seen her for a long time.',
      'The past is never dead.',
      'He scored in the 88th minute.',
      'The firm employs a thousand workers.',
      'He lived for these hundred years.',
      'The fine is five euros per thousand litres.',
      'Continuous administration of the drug lowered the fever.',
      'French President Anne Roux signed the decree.',
      'She has worked there since childhood.',
      'The talks went on until midnight.',
      'The minister presented a new report on the economy.',
      'She was elected president in May.',
      'He served as chairman of the board for ten years.',
      'They met face to face for the first time.',
      'The delegation travelled from city to city.',
      'He went home by car after the meeting.',
      'Police questioned the driver of each car.',
      'Minister of Finance Anna Berg presented the budget.',
      'SHORTAGE OF DOCTORS IN RURAL AREAS',
      'Prices fell sharply last year.',
      'The senator voted against the pending bill.',
      'She hopes to face her rival again.',
      'Cheap loans put the whole budget at risk.',
      'The family moved from village to town and from farm to factory.',
      'The party stood firm on taxes.',
      'The firm sells car parts and engine oil.',
      'The talks took place in March.',
      'The shop is in front of the station.',
      'Tamara Serova, director of the water company, criticised the plan.',
      'He was appointed chairman of the Northern Gas Company.',
      'According to police, the driver fled the scene.',
      'The works went ahead according to plan.',
      'At first sight the bridge looked undamaged.',
      'It is one of several routes to the coast.',
      'The question is one of simple fairness.',
      'The runner finished in second place.',
      'The callback is passed as first argument.',
      'Medals are awarded for first, second and third place.',
      'The second place on the list went to Oslo.',
      'He passed the test first time.',
      'Sales rose in first quarter results, the bank said.',
      'According to spokesman Pavel Orlov, the talks failed.',
      'On behalf of the council, the mayor thanked the volunteers.',
      'The divers went in search of the wreck.',
      'Everyone looked at some of the photos.',
      'The firm pays income tax in two countries.',
      'Hotels fill up in tourist season.',
      'Governor Ann Lee signed the decree.',
      'Head first, he dived into the cold lake.',
      'Secretary of State Dean Rusk spoke first.',
      'President Obama said the talks would go on.',
      'Parliament approved the budget in May.',
      'She wrote commentary on the case for a law journal.',
      'He received instruction on the use of the radio.',
      'The spokesman declined comment on the case.',
      'The police used radar on the trucks.',
      'Most of the residents oppose the new road.',
      'The majority of voters backed the plan.',
      'Thousands of people marched.',
      "Some of today's players earn millions.",
      'Two of three voters stayed home.',
      'Most of Europe was cold.',
      'Many of us agreed.',
      'His brother was best man at the wedding.',
      'It is all the same to me.',
      'She was first to arrive.',
      'It was second nature to her.',
      'He became prime minister in 2009.',
      'It is common knowledge that the mine is closing.',
      "Keep the dog at arm's length.",
      'Father said grace before the meal.',
      'The ship set sail for Lisbon at dawn.',
      'He went home last night.',
      'At best, the plan buys a few months.',
      'Agreement was reached on Friday.',
      'Dinner was served at eight.',
      'He rested content with the result.',
      'Both sides claimed victory after the vote.',
      'She played hostess at the party.',
      'The maximum allowed age for entry is 30.',
      'The app will consume memory that it never frees.',
      'The pattern helps separation of concerns.',
      'The board expressed anger at the delay.',
      'He claimed 4-D classification as a student.',
      'In theory, the plan works.',
      'By contrast, the north stayed dry.',
      'The city plans to build housing for young families.',
      'He wants to study law at Oxford.',
      'After lunch the council approved the plan.',
      'The cache is used to read memory outside the heap.',
      'We plan to install software on every server.',
      'You need to buy hardware for the lab.',
      'Despite heavy rain the match went ahead.',
      'The values are exposed to git archive through attributes.',
      'The module is designed to facilitate building, not testing.',
      'The bank will open to the public in May.',
      'Passengers collected luggage at the belt.',
      'The firm hopes to improve throughput at the port.',
      'The purchase of equipment, facilities and supplies was approved.',
      'The combination of thin pattern and tiny pellets matters.',
      'The opening of new markets helped exporters.',
      'He won by the widest margin since the restoration of civilian rule in 1982.',
      'She was elected president of the chess club.',
      'He served as head of the agency for years.',
      'He was promoted to head of sales.',
      'Minister of Finance Anna Berg presented the budget.',
      'Anna Berg, director of the museum, opened the show.',
      'The firm had revenue of 3 million dollars.',
      'The economy showed growth of 3 percent.',
      'The plant reached full capacity of 500 tonnes.',
      'The particles traveled a maximum detected distance of some 450 miles.',
      'After meeting with the governor, the farmers left.',
      'He recovered quickly after surgery in May.',
      'The school drew pupils from the Miami area.',
      'Hotels in Sichuan province reopened.',
      'The suspect was arrested by police after a chase.',
      'The bill was approved by parliament in May.',
      'Results are broken down by company.',
      'The timeout is disabled by default.',
      'The paper went to press in May.',
      'She has worked in media for ten years.',
      'The rules cover internet access in schools.',
      'He spends hours on the internet.',
      'A new sign was put in place of the old one.',
      'The motion was carried by majority vote.',
    ],
  },
});

/** "bird and seal populations": the noun modifies a head after a coordinated second modifier. */
function isCoordinatedModifier(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!isWordToken(next) || (next.lower !== 'and' && next.lower !== 'or')) return false;
  const after = tokens[i + 3];
  return isWordToken(tokens[i + 2]) && isWordToken(after) && (after.tags[0] ?? '').startsWith('NN');
}

/** "face to face", "day after day", "from city to city": the noun repeated around a pairing word. */
function isPaired(tokens: readonly Token[], start: number, head: number): boolean {
  const noun = tokens[head]!.lower;
  const before = tokens[start - 1];
  const after = tokens[head + 1];
  if (before && PAIRING.hasToken(before) && tokens[start - 2]?.lower === noun) return true;
  if (after === undefined) return false;
  if (PAIRING.hasToken(after) && tokens[head + 2]?.lower === noun) return true;
  // "from farm to factory": two bare nouns paired by "from … to".
  if (before?.lower === 'from' && after.lower === 'to') return true;
  if (before?.lower === 'to' && tokens[start - 3]?.lower === 'from') return true;
  if (after.lower === 'in' && IN_IDIOM_HEADS.has(tokens[head + 2]?.lower ?? '')) return true;
  // "victim and villain", "by statesman or scholar", "soloist, orchestra and music": bare nouns coordinated.
  const second = tokens[head + 2];
  if (!isWordToken(second) || second.tags[0] !== 'NN') return false;
  if (after.lower === 'and' || after.lower === 'or') return true;
  const third = tokens[head + 3]?.lower;
  return after.text === ',' && (third === ',' || third === 'and' || third === 'or');
}

/** A countable noun before a determined "of" phrase with no article, from `start` (its first word) to `noun`. */
function determinedOfReport(start: Token, noun: Token, corrected: string): Report {
  return {
    start: start.start,
    end: noun.end,
    message: `"${noun.lower}" is a countable noun with a determined "of" phrase: English gives it "the" ("${corrected} of …").`,
    suggestions: [insertBefore(start, 'the')],
    confidence: OF_CHAIN_CONFIDENCE,
  };
}
