import { singularNoun, verbBase, type Tag } from './lexicon.js';
import { memoizeByWord, type WordMemo } from './memo.js';
import { SpellingAnswers } from './spelling-numbers.js';
import { WordSet } from './word-set.js';

/** The minimum a word-class test needs: the token's text and its lexicon tags. */
export interface Tagged {
  text: string;
  lower: string;
  tags: readonly Tag[];
  /** The token's spelling number, when it has one (see `Token.spelling`). */
  readonly spelling?: number | undefined;
}

const primary = (t: Tagged): Tag | undefined => t.tags[0];

/** The base form of a verb form, computed once per spelling: "has" → "have", "filed" → "file". */
export const lemma: WordMemo<string> = memoizeByWord(verbBase);

/** The singular of a noun, computed once per spelling: "weeks" → "week", "children" → "child" (see `singularNoun`). */
export const nounSingular: WordMemo<string> = memoizeByWord(singularNoun);

const AUXILIARY_LEMMAS = new WordSet(['be', 'have', 'do']);
/**
 * VB, VBD, VBG, VBN, VBP or VBZ, by character codes: these tests run at every token of many rules, and a set looked
 * the tag up by its hash.
 */
function isVerbTag(tag: string | undefined): boolean {
  if (tag === undefined || tag.charCodeAt(0) !== 86 || tag.charCodeAt(1) !== 66) return false;
  if (tag.length === 2) return true;
  const third = tag.charCodeAt(2);
  return tag.length === 3 && (third === 68 || third === 71 || third === 78 || third === 80 || third === 90);
}

/** VBD, VBP or VBZ, by character codes as `isVerbTag`. */
function isFiniteTag(tag: string | undefined): boolean {
  if (tag === undefined || tag.length !== 3 || tag.charCodeAt(0) !== 86 || tag.charCodeAt(1) !== 66) return false;
  const third = tag.charCodeAt(2);
  return third === 68 || third === 80 || third === 90;
}

/** A form of be, have or do (is, was, has, had, did …), by lemma, so that every inflection counts. */
export function isAuxiliary(t: Tagged): boolean {
  const slot = auxiliaries.slot(t.spelling);
  if (slot < 0) return isAuxiliarySpelling(t);
  if (auxiliaries.known[slot] === 0) auxiliaries.known[slot] = isAuxiliarySpelling(t) ? 2 : 1;
  return auxiliaries.known[slot] === 2;
}

// Per spelling number, whether it is an auxiliary (0 not yet asked, 1 no, 2 yes): asked at most tokens of many rules.
const auxiliaries = new SpellingAnswers();
const isAuxiliarySpelling = (t: Tagged): boolean => isVerbTag(primary(t)) && AUXILIARY_LEMMAS.has(lemma.of(t));

/** A form of "have": the perfect auxiliary. */
export function isPerfectAuxiliary(t: Tagged): boolean {
  return isAuxiliary(t) && lemma.of(t) === 'have';
}

/** can, could, will, would, may, might, must, shall, should (tagged MD first). */
export function isModal(t: Tagged): boolean {
  return primary(t) === 'MD';
}

/** the, a, this, every, its, their … */
export function isDeterminer(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'DT' || tag === 'PDT' || tag === 'PRP$' || tag === 'WP$';
}

/** A word tagged IN (preposition or subordinator) or TO first. */
export function isPreposition(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'IN' || tag === 'TO';
}

/** he, they, it, who … */
export function isPronoun(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'PRP' || tag === 'WP';
}

/** and, or, but, nor. */
export function isCoordinator(t: Tagged): boolean {
  return primary(t) === 'CC';
}

// Penn's IN lumps prepositions with subordinators, and no lexicon we found separates them;
// this closed class is short, so it is listed.
const SUBORDINATORS = new WordSet([
  'after', 'although', 'as', 'because', 'before', 'if', 'once', 'since', 'so', 'that', 'though',
  'unless', 'until', 'till', 'when', 'whenever', 'where', 'whereas', 'wherever', 'whether', 'while', 'whilst',
]);

/** Words that open a subordinate clause: that, because, if, when, which, who … */
export function isSubordinator(t: Tagged): boolean {
  const tag = primary(t);
  return SUBORDINATORS.hasToken(t) || tag === 'WDT' || tag === 'WP' || tag === 'WRB';
}

/** A word that can be a past participle (filed, written, become). */
export function isPastParticiple(t: Tagged): boolean {
  return t.tags.includes('VBN');
}

/**
 * A past tense: read first as one, or read first as its participle with a past reading too ("passed", "destroyed").
 * Not a word with a stray past tag among others ("in", "the").
 */
export function isPastForm(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'VBD' || (tag === 'VBN' && t.tags.includes('VBD'));
}

/** A word whose likeliest reading is a finite verb (past, present, third person). */
export function isFiniteVerb(t: Tagged): boolean {
  return isFiniteTag(primary(t));
}

/** A word with a verb reading among its tags (VB…), likeliest or not: a test by character codes, for every token. */
export function hasVerbReading(t: Tagged): boolean {
  const tags = t.tags;
  for (let k = 0; k < tags.length; k++) if (tags[k]!.charCodeAt(0) === 86 && tags[k]!.charCodeAt(1) === 66) return true;
  return false;
}

/**
 * A word with a finite reading among its tags (VBD, VBP, VBZ or MD), likeliest or not: after its subject, "estimates"
 * (read first as a noun) and "complain" (first as a base form) are the clause's verb.
 */
export function hasFiniteReading(t: Tagged): boolean {
  const tags = t.tags;
  for (let k = 0; k < tags.length; k++) if (isFiniteTag(tags[k]) || tags[k] === 'MD') return true;
  return false;
}

/** A word whose likeliest reading is any verb form. */
export function isVerb(t: Tagged): boolean {
  return isVerbTag(primary(t));
}

/** A word whose likeliest reading is a common noun (NN, NNS). */
export function isCommonNoun(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'NN' || tag === 'NNS';
}

/**
 * A past form right after a common noun, which the lexicon may read as a participle first: "the old ferry sank in
 * October", "the bridge needed repairs" have their verb there.
 */
export function isPastAfterNoun(tokens: readonly Tagged[], j: number): boolean {
  const before = tokens[j - 1];
  return tokens[j]!.tags.includes('VBD') && before !== undefined && isCommonNoun(before);
}

/** A word tagged as a proper noun first (as written). */
export function isProperNoun(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'NNP' || tag === 'NNPS';
}

/** Adjectives, including comparatives and superlatives. */
export function isAdjective(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'JJ' || tag === 'JJR' || tag === 'JJS';
}

/** Adverbs (RB, RBR, RBS). */
export function isAdverb(t: Tagged): boolean {
  const tag = primary(t);
  return tag === 'RB' || tag === 'RBR' || tag === 'RBS';
}

// Verbs that take an indirect question ("asked what …", "does not know if …", "will decide when …"). WordNet's
// supersenses are too wide for this (they put "protest" and "resign" with "ask"), so the class is listed by lemma.
const INDIRECT_QUESTION_VERBS = new WordSet([
  'ask', 'wonder', 'know', 'explain', 'tell', 'say', 'decide', 'understand', 'see', 'show', 'remember', 'forget',
  'learn', 'guess', 'imagine', 'inquire', 'enquire', 'clarify', 'determine', 'specify', 'describe', 'discuss',
  'question', 'consider', 'realise', 'realize', 'check', 'find', 'reveal', 'disclose', 'predict', 'doubt', 'recall',
  'confirm', 'indicate', 'announce', 'judge', 'assess', 'test', 'investigate', 'examine', 'debate', 'query', 'establish',
]);

/** A verb that takes an indirect question: ask, know, decide, wonder, check … (any form). */
export function takesIndirectQuestion(t: Tagged): boolean {
  return (primary(t) ?? '').startsWith('VB') && INDIRECT_QUESTION_VERBS.has(lemma.of(t));
}
