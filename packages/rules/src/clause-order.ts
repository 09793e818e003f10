/**
 * Phrase reading shared by the clause word-order rules (verb-final-clause, verb-before-subject,
 * adverb-before-object): what stands between a subject and a verb that a German source put at the clause end, and how
 * to say the clause in English order. Kept small and token-based so that it can move onto a shared chunk analysis.
 */
import {
  argumentPhraseEnd, isAdverb, isDeterminer, isFiniteVerb, isPreposition, isSpelledDuration, isPronoun, isProperNoun, isSubordinator, isTimePhrase, isTimeSpan,
  isWordToken, nounSenses, nounSingular, primaryTag, type Token, WordSet,
} from '@mtlint/text';
import { MONTHS } from './calendar.js';
import { formOf } from './sentence-needs.js';

/** A constituent of the stretch between subject and verb. */
export interface Part {
  /** object: a noun phrase; time: "last year", "in March"; phrase: another prepositional phrase; adverb: one adverb. */
  kind: 'object' | 'time' | 'phrase' | 'adverb';
  start: number;
  end: number;
}

/** Pronouns that can only be subjects. */
export const SUBJECT_PRONOUNS: WordSet = new WordSet(['i', 'we', 'they', 'he', 'she', 'you']);

/**
 * A noun phrase that can be an object: led by a determiner, a name, a number, a quantifier or an object pronoun ("the
 * tax", "its products", "many roofs", "it").
 */
export function isObjectStart(t: Token): boolean {
  if (t.kind === 'number') return true;
  return (
    isDeterminer(t) || isProperNoun(t) || QUANTIFIERS.hasToken(t) || primaryTag(t) === 'CD' ||
    (primaryTag(t) === 'PRP' && !SUBJECT_PRONOUNS.hasToken(t))
  );
}
const QUANTIFIERS = new WordSet([
  'many', 'several', 'few', 'some', 'all', 'both', 'numerous', 'most', 'enough', 'more', 'much', 'less', 'fewer',
]);

/** Subordinators that are prepositions too: "since the election", "after the match", "until May". */
export const PREPOSITIONS_TOO: WordSet = new WordSet(['after', 'before', 'since', 'until', 'till']);

/** The end of a noun phrase with its "of" phrases ("the return of the captain"), or `from` when none starts there. */
export function phraseWithOfEnd(tokens: readonly Token[], from: number): number {
  return phraseWithOfEndAfter(tokens, from, argumentPhraseEnd(tokens, from));
}

/** `phraseWithOfEnd` when the noun phrase's own end (`argumentPhraseEnd`) has been read already. */
function phraseWithOfEndAfter(tokens: readonly Token[], from: number, phraseEnd: number): number {
  let end = phraseEnd;
  // A quantifier or a number word after a common noun opens the next phrase: "the storm | many roofs", "the city |
  // two new schools" (a figure may belong to the noun: "page 25").
  for (let q = from + 1; q < end; q++) {
    const t = tokens[q]!;
    if ((QUANTIFIERS.hasToken(t) || (t.kind === 'word' && primaryTag(t) === 'CD')) && /^NNS?$/.test(primaryTag(tokens[q - 1]))) return q;
  }
  while (end > from && isWordToken(tokens[end]) && tokens[end]!.lower === 'of') {
    const next = argumentPhraseEnd(tokens, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/**
 * The end of the noun phrase at `from`, also where the lexicon reads its words first as verbs: plurals ("the tracks"),
 * nouns ("the transfer") and participles ("the rising costs", "the injured players") after a determiner.
 */
export function nounPhraseAfterDeterminerEnd(tokens: readonly Token[], from: number): number {
  // "many of the staff", "two of the men".
  const first = tokens[from];
  if (first !== undefined && (QUANTIFIERS.hasToken(first) || primaryTag(first) === 'CD') && tokens[from + 1]?.lower === 'of') {
    const end = phraseWithOfEnd(tokens, from + 2);
    if (end > from + 2) return end;
  }
  const end = phraseWithOfEnd(tokens, from);
  if (end > from || !isWordToken(tokens[from]) || !isDeterminer(tokens[from]!)) return end;
  let j = from + 1;
  while (isWordToken(tokens[j]) && /^VB[GN]$/.test(primaryTag(tokens[j])) && tokens[j]!.tags.includes('JJ')) j++;
  const noun = tokens[j];
  if (!isWordToken(noun) || !(noun.tags.includes('NN') || noun.tags.includes('NNS'))) return from;
  return Math.max(j + 1, phraseWithOfEnd(tokens, j));
}

// One pattern object for the module: a literal inside the loop would be a new RegExp at every word.
const CAPITALISED = /^\p{Lu}/u;

/** Whether tokens [from, to) are a name: capitalised words the lexicon knows as names ("Racing Santander"), which it may read first as something else. */
export function isNameRun(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWordToken(t) || !CAPITALISED.test(t.text) || !t.tags.includes('NNP')) return false;
    // A sentence's first word is capitalised whatever it is ("Yes, …").
    if (i === 0 && primaryTag(t) !== 'NNP') return false;
  }
  return true;
}

/** The end of the prepositional phrase at `i` ("in the cold season", "for a new goalkeeper"), or `i` when none starts there. */
export function prepositionalPhraseEnd(tokens: readonly Token[], i: number): number {
  const p = tokens[i];
  if (!isWordToken(p) || !isPreposition(p) || (isSubordinator(p) && !PREPOSITIONS_TOO.hasToken(p))) return i;
  const object = objectStart(tokens, i);
  // "since January | 1,200 complaints": a month closes its phrase before a number that cannot be its day or year.
  const month = tokens[object];
  if (isWordToken(month) && month.text !== month.lower && MONTHS.hasToken(month) && tokens[object + 1]?.kind === 'number' && !DAY_OR_YEAR.test(tokens[object + 1]!.text)) return object + 1;
  const end = phraseWithOfEnd(tokens, object);
  return end === object ? i : end;
}
// A day of the month or a year after a month's name: "May 3", "May 3rd", "May 2019".
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$|^(?:1[5-9]|20)\d\d$/;

const isNumeralOrA = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || primaryTag(t) === 'CD' || t.lower === 'a');

// Focus adverbs that may stand before a number in a prepositional phrase: "in only two years", "for nearly a week".
const NUMBER_FOCUS = new WordSet(['only', 'just', 'nearly', 'almost', 'barely', 'around', 'about', 'roughly', 'over', 'under']);


/** Where the noun phrase of the prepositional phrase at `i` starts: after a focus adverb before a number. */
function objectStart(tokens: readonly Token[], i: number): number {
  // "for at least two hours", "in at most a week".
  if (tokens[i + 1]?.lower === 'at' && (tokens[i + 2]?.lower === 'least' || tokens[i + 2]?.lower === 'most') && isNumeralOrA(tokens[i + 3])) return i + 3;
  return isNumeralOrA(tokens[i + 2]) && NUMBER_FOCUS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
}

/**
 * The constituents from `from` on (at most `max`): noun phrases, time phrases, prepositional phrases and adverbs, as
 * a German clause stacks them before its verb.
 */
export function readMiddle(tokens: readonly Token[], from: number, max = 5): Part[] {
  const parts: Part[] = [];
  let k = from;
  while (parts.length < max) {
    const t = tokens[k];
    if (t === undefined || (t.kind !== 'word' && t.kind !== 'number')) break;
    const pp = prepositionalPhraseEnd(tokens, k);
    let part: Part | undefined;
    // Each phrase's end is read once (`isTimePhrase` is `isTimeSpan` to `argumentPhraseEnd`, on which
    // `phraseWithOfEnd` builds): this runs at every clause opener of every sentence verb-final-clause reads.
    const quantified = pp > k || !QUANTIFIERS.hasToken(t) ? k : phraseWithOfEnd(tokens, k + 1);
    // (A month cut off before a number that is not its day: "since January | 1,200 complaints".)
    if (pp > k) part = { kind: isTimePhrase(tokens, objectStart(tokens, k)) || isSpelledDuration(tokens, objectStart(tokens, k)) || (pp === k + 2 && MONTHS.hasToken(tokens[k + 1]!)) ? 'time' : 'phrase', start: k, end: pp };
    // A word that rounds a number opens the object with it: "almost 200,000 visitors".
    else if (NUMBER_FOCUS.hasToken(t) && isNumeralOrA(tokens[k + 1]) && tokens[k + 1]!.lower !== 'a') {
      const end = phraseWithOfEnd(tokens, k + 1);
      if (end > k + 1) part = { kind: 'object', start: k, end };
    }
    // A quantifier the lexicon reads as an adverb opens an object: "enough money", "more rain".
    else if (quantified > k + 1) part = { kind: 'object', start: k, end: quantified };
    else if (isWordToken(t) && isAdverb(t)) part = { kind: 'adverb', start: k, end: k + 1 };
    else {
      const phraseEnd = argumentPhraseEnd(tokens, k);
      if (isTimeSpan(tokens, k, phraseEnd)) part = { kind: 'time', start: k, end: phraseEnd };
      else if (isObjectStart(t)) {
        const end = phraseWithOfEndAfter(tokens, k, phraseEnd);
        if (end > k) part = { kind: 'object', start: k, end };
      }
    }
    if (part === undefined || part.end <= k) break;
    parts.push(part);
    k = part.end;
  }
  return parts;
}

/** The text of tokens [from, to) as written. */
export const spanText = (text: string, tokens: readonly Token[], from: number, to: number) =>
  from >= to ? '' : text.slice(tokens[from]!.start, tokens[to - 1]!.end);

/** The parts' texts joined by spaces, in their order. */
export const partsText = (text: string, tokens: readonly Token[], parts: readonly Part[]) =>
  parts.map((p) => spanText(text, tokens, p.start, p.end)).join(' ');

/** Words joined by single spaces, empty ones left out. */
export const joinWords = (...words: string[]) => words.filter((w) => w !== '').join(' ');

/** The end of the adverbial that opens the sentence ("In the capital", "On Monday", "Yesterday"), or 0 when none. */
export function openingAdverbialEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!isWordToken(first)) return 0;
  // A preposition, not a subordinator: "Before the juniors entered the ring the steward announced …" opens a clause.
  // "Of the two achievements …" fronts a partitive, not an adverbial.
  if (isPreposition(first) && !isSubordinator(first) && first.lower !== 'to' && first.lower !== 'of') {
    // "In 2019 …": a year is a phrase of its own.
    if (tokens[1]?.kind === 'number') return /^\d{4}$/.test(tokens[1].text) ? 2 : 0;
    if (!isWordToken(tokens[1]) || isPronoun(tokens[1])) return 0;
    const end = phraseWithOfEnd(tokens, 1);
    return end === 1 ? 0 : end;
  }
  // A time phrase: "Last year", "Yesterday", "Monday"; a bare noun with other senses at the start ("Time stands
  // still") is a subject.
  if (isTimePhrase(tokens, 0)) {
    const end = argumentPhraseEnd(tokens, 0);
    const onlyTime = nounSenses.of(first).every((s) => s === 'noun.time');
    return end > 1 || first.tags.includes('RB') || onlyTime ? end : 0;
  }
  return 0;
}

// Verbs whose object is an infinitive: German sets off that infinitive with a comma ("plant, 200 Mitarbeiter
// einzustellen"), English does not ("plans to hire").
const INFINITIVE_VERBS = new Set([
  'plan', 'want', 'decide', 'try', 'intend', 'hope', 'promise', 'refuse', 'agree', 'manage', 'aim', 'fail', 'seek', 'offer', 'threaten', 'expect', 'prepare', 'attempt', 'undertake',
]);

/** A form of a verb that takes an infinitive: "plans", "decided", "hope". */
export const isInfinitiveVerbForm = formOf(INFINITIVE_VERBS);

/**
 * A finite verb that takes an infinitive, at `v`: "plans", "decided", "hope" (not "as I hope", a parenthesis). A form
 * the lexicon reads first as a noun is the verb after a subject it agrees with ("The firm plans").
 */
export function takesInfinitiveAt(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  if (verb === undefined || !isInfinitiveVerbForm(verb)) return false;
  const subject = primaryTag(tokens[v - 1]);
  const agrees = (/^NNP?$/.test(subject) && verb.tags.includes('VBZ')) || (/^(NNP?S|PRP)$/.test(subject) && verb.tags.includes('VBP'));
  if (!isFiniteVerb(verb) && !agrees) return false;
  // "as I more fondly hope, to present it …": "as" opens a parenthesis whose comma closes it.
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) if (tokens[k]!.lower === 'as' || tokens[k]!.text === ',') return false;
  return true;
}

// Heads of time phrases that place an event in no calendar: "at the time", "on several occasions", "at one point";
// and "until now", "until then", which English also puts there ("had until then been hidden").
export const UNDATED_TIMES: WordSet = new WordSet([
  'time', 'times', 'occasion', 'occasions', 'point', 'points', 'moment', 'meantime', 'meanwhile', 'interim', 'stage', 'stages', 'while', 'outset', 'first', 'last', 'once',
  'now', 'then', 'recently',
]);

// Words that open a time phrase that dates an event: "on Tuesday", "since March", "after the match", "last year".
const DATING_OPENERS = new WordSet(['on', 'in', 'at', 'since', 'from', 'after', 'before', 'until', 'till', 'during', 'last', 'this', 'next', 'earlier']);
/** A word that may open a time phrase that dates an event: the rules' cheap test before `datesEvent`. */
export const opensDate = (t: Token): boolean => DATING_OPENERS.hasToken(t);

// Prepositions of a time phrase that dates an event; "for", "over", "within" and "throughout" measure a stretch
// ("has for years led").
const DATING_PREPOSITIONS = new WordSet(['on', 'in', 'at', 'since', 'from', 'after', 'before', 'until', 'till', 'during']);
// Words of a stretch that reaches the present, which English sets between "have" and its participle ("has in recent
// years fallen short", "has over the last decade grown"), and heads of times that date nothing ("in the past", "at
// present", "after all").
const UNDATING = new WordSet(['last', 'past', 'recent', 'present', 'future', 'all', 'few', 'several', 'years', 'months', 'weeks', 'days', 'decades', 'ages']);

/**
 * A time phrase that dates an event ("on Tuesday", "since March", "after the landing", "last year"), not a stretch up
 * to now ("in recent years"), a phrase of no date ("at the time", "in the past") or a duration ("for two years").
 */
export function datesEvent(tokens: readonly Token[], c: { kind: string; start: number; end: number; time: boolean }): boolean {
  if (!c.time || (c.kind !== 'PP' && c.kind !== 'NP')) return false;
  const first = tokens[c.start]!;
  if (c.kind === 'PP' && !DATING_PREPOSITIONS.hasToken(first)) return false;
  const head = tokens[c.end - 1]!;
  if (head.kind === 'word' && (UNDATED_TIMES.hasToken(head) || primaryTag(head) === 'PRP' || primaryTag(head) === 'DT')) return false;
  // "last year" alone is a date; inside a preposition's phrase "last" reaches to now ("in the last year").
  for (let k = c.start + 1; k < c.end; k++) if (UNDATING.hasToken(tokens[k]!)) return false;
  return c.kind === 'PP' || first.lower === 'last' || first.lower === 'this' || first.lower === 'next' || first.lower === 'earlier';
}

// Prepositions of a place a thing happened at: "at the border", "in the stadium".
const PLACING_PREPOSITIONS = new WordSet(['at', 'in', 'on', 'near', 'outside', 'inside']);
// Senses of a concrete place or thing; a noun with any other sense may name a circumstance ("in the end", "on the way",
// "in the course of", "at the scene").
const CONCRETE_SENSES = new WordSet(['noun.artifact', 'noun.location', 'noun.group', 'noun.shape', 'noun.object', 'noun.substance']);

/**
 * A prepositional phrase naming a concrete place ("at the border", "in the stadium", "outside the factory"): a
 * preposition of place, a determiner and a common noun whose every sense is a place or a thing. Brown sets no such
 * phrase between "have" or "be" and a participle with the clause going on after it.
 */
export function placesConcretely(tokens: readonly Token[], c: { kind: string; start: number; end: number }): boolean {
  if (c.kind !== 'PP' || !PLACING_PREPOSITIONS.hasToken(tokens[c.start]!) || c.end < c.start + 3 || !isDeterminer(tokens[c.start + 1]!)) return false;
  const head = tokens[c.end - 1]!;
  if (!isWordToken(head) || !/^NNS?$/.test(primaryTag(head))) return false;
  const senses = nounSenses(primaryTag(head) === 'NNS' ? nounSingular.of(head) : head.lower);
  return senses.length > 0 && senses.every((x) => CONCRETE_SENSES.has(x)) && senses.some((x) => x === 'noun.artifact' || x === 'noun.location');
}
