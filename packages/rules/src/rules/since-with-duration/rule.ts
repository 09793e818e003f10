import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isAdverb, nounSenses, nounSingular, isDeterminer, isModal, isPronoun, isNominalPart, isWordToken, isPreposition, isSubordinator, isTimePhrase, lemma, nounPhraseEnd, pastParticiple, primaryTag, type Token, WordSet } from '@mtlint/text';
import { nounPhraseAfterDeterminerEnd, SUBJECT_PRONOUNS } from '../../clause-order.js';
import { MONTHS } from '../../calendar.js';

// German "seit" and Russian "уже … лет" / "с мая" cover both English "for" (a length of time) and "since" (a
// starting point), with the verb in the present tense: "arbeitet seit fünf Jahren hier" comes out as "works here since
// five years". English says "has worked here for five years", "has been running since May".

// Units that make a phrase a length of time: "five years", "a long time", "several weeks".
const DURATION_UNITS = new WordSet([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'decade', 'decades', 'century', 'centuries', 'time', 'ages', 'while', 'season', 'seasons', 'generations',
]);
// What a length of time may open with: a number or a quantity word ("since three years", "since many months").
const QUANTIFIERS = new WordSet([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'several', 'many', 'few', 'some', 'long', 'half', 'ten', 'the',
]);
// After the phrase, what makes it a point in time again: "since five years ago", "since two days before the vote".
const POINT_MARKERS = new WordSet(['ago', 'before', 'earlier', 'later', 'after', 'back']);
// Verbs that describe a state: their present perfect is simple ("has known"), not continuous ("has been knowing").
const STATIVE = new WordSet(['be', 'have', 'know', 'own', 'belong', 'exist', 'contain', 'consist', 'hold', 'remain', 'cost', 'mean', 'believe', 'want', 'need', 'seem', 'lie', 'stand', 'live']);
// Words that may stand between the verb and "since" besides adverbs, nouns and prepositions: "here", a pronoun object.
const MAX_BETWEEN = 6;
const BETWEEN = new WordSet(['here', 'there', 'already', 'still', 'now', 'together', 'each', 'other', 'it', 'them', 'him', 'her', 'us', 'me', 'abroad', 'home', 'closed', 'open', 'shut']);

/** The end of a length of time at `from` ("five years", "a long time", "years"), or -1 when there is none. */
function durationEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 4 && (QUANTIFIERS.hasToken(tokens[k]!) || tokens[k]!.kind === 'number' || /^(very|more|than)$/.test(tokens[k]!.lower))) k++;
  // "the last five years" is a length; "last year" a point.
  if (tokens[k - 1]?.lower === 'the' && /^(last|past)$/.test(tokens[k]?.lower ?? '')) k++;
  while (k < tokens.length && k - from < 5 && (QUANTIFIERS.hasToken(tokens[k]!) || tokens[k]!.kind === 'number')) k++;
  const unit = tokens[k];
  if (unit === undefined || !DURATION_UNITS.hasToken(unit)) return -1;
  // A number before a singular unit is a date in the source's words ("since 2019 year", Russian "с 2019 года").
  if (tokens[k - 1]?.kind === 'number' && tokens[k - 1]!.text !== '1' && !unit.lower.endsWith('s')) return -1;
  // A bare singular ("since time", "since day one") or "the time" is not a length; "years", "decades" alone are.
  if (k === from && !unit.lower.endsWith('s')) return -1;
  if (tokens[from]!.lower === 'the' && !/^(last|past)$/.test(tokens[from + 1]?.lower ?? '')) return -1;
  if (unit.lower === 'time' && tokens[k - 1]?.lower !== 'long') return -1;
  if (unit.lower === 'while' && tokens[k - 1]?.lower !== 'a') return -1;
  return POINT_MARKERS.has(tokens[k + 1]?.lower ?? '') ? -1 : k + 1;
}

// Prepositions after "is" that say a quantity moved, not a state: "Shares are up 20% since January" is English.
const MOVEMENT = new WordSet(['up', 'down', 'off', 'over', 'about', 'around', 'like']);
const RANKS = new WordSet(['top', 'last', 'lead', 'front', 'bottom']);

/**
 * "is on the run since Tuesday", "are in force since May": a present "is"/"are" at `be` + a prepositional phrase
 * of state up to "since" at `s`. Not where the phrase ranks or compares ("is at its highest since 1990", "is in
 * its worst state since 2008", "is in the top five since"), which English says with "since" and the present.
 */
function isStateInPlaceBefore(tokens: readonly Token[], be: number, s: number): boolean {
  const first = tokens[be + 1];
  if (s - be < 3 || first === undefined || !isPreposition(first) || MOVEMENT.hasToken(first)) return false;
  for (let k = be + 1; k < s; k++) {
    const tag = primaryTag(tokens[k]);
    if (tag === 'JJS' || tag === 'RBS' || tag === 'JJR' || tag === 'RBR' || tag === 'CD' || ORDINALS.hasToken(tokens[k]!) || RANKS.hasToken(tokens[k]!)) return false;
  }
  return true;
}

/** The present-tense verb before "since" at `s`: the clause's nearest verb, past adverbs, an object and a short
 * prepositional phrase ("suffers from floods since", "lives here since"), or -1 when that verb is not in the present. */
function presentVerbBefore(tokens: readonly Token[], s: number): number {
  for (let k = s - 1; k >= 0 && s - k <= MAX_BETWEEN; k--) {
    const t = tokens[k]!;
    // "works as a nurse since": "as" before a noun phrase is a preposition, not a subordinator.
    const preposition = t.lower === 'as' && tokens[k + 1] !== undefined && isNominalPart(tokens[k + 1]!);
    if (t.kind !== 'word' || t.lower === 'that' || (isSubordinator(t) && !preposition)) return -1;
    const tag = primaryTag(t);
    if (tag === 'VBZ' || tag === 'VBP') {
      const base = lemma.of(t);
      // "has occupied … since" is already a perfect; "is the fifth strike since 2019" has no verb of its own.
      if (base === 'be') return isStateInPlaceBefore(tokens, k, s) ? k : -1;
      if (base === 'do' || base === 'have') return -1;
      return k;
    }
    // "is closed since March": a participle after a present "is"/"are" is a present passive or a state.
    // (Not "a", which the lexicon also lists as a participle: "It is a year since May".)
    if (t.tags.includes('VBN') && !isDeterminer(t) && /^(is|are|am|'s|’s|'re|’re)$/.test(tokens[k - 1]?.lower ?? '')) return k - 1;
    // "is working since May", "were queuing since dawn": a progressive is the source's present or past with "seit".
    if (tag === 'VBG' && /^(is|are|am|was|were|'s|’s|'re|’re)$/.test(tokens[k - 1]?.lower ?? '')) return k - 1;
    // So is an adjective after "is", "are" or "am" written out ("is ill since three days"); "'s" before one is mostly
    // a possessive ("the club's top since 1949", Brown).
    if (tag === 'JJ' && /^(is|are|am)$/.test(tokens[k - 1]?.lower ?? '')) return k - 1;
    // "they know each other": the lexicon's first guess is the base form; after a subject it is the present.
    if (tag === 'VB' && t.tags.includes('VBP') && /^(PRP|NNS|NNPS)$/.test(primaryTag(tokens[k - 1]))) return k;
    // "the miners protest", "Police search": a noun that is also a plural's present, after a plural that opens the
    // sentence or follows a determiner (not inside a compound: "farmers market sales").
    // So is a word the lexicon knows only as a base verb ("Rescuers extinguish": no present tag of its own).
    const onlyBase = tag === 'VB' && t.tags.length === 1;
    if ((onlyBase || (tag === 'NN' && t.tags.includes('VBP'))) && k > 0 && (k === 1 || isDeterminer(tokens[k - 2]!)) && (/^NNP?S$/.test(primaryTag(tokens[k - 1])) || (k === 1 && tokens[0]!.tags.includes('NNS')))) return k;
    // "He lives in Berlin": a plural noun that is also a present after a singular subject is the verb.
    if (tag === 'NNS' && t.tags.includes('VBZ') && /^(PRP|NN|NNP)$/.test(primaryTag(tokens[k - 1])) && !isDeterminer(tokens[k - 1]!)) return k;
    // "on the run", "under the weather": a verb reading after a determiner is a noun.
    if (tag.startsWith('VB') && tokens[k - 1] !== undefined && isDeterminer(tokens[k - 1]!)) continue;
    if (tag.startsWith('VB') || tag === 'MD') return -1;
    if (!BETWEEN.hasToken(t) && !isAdverb(t) && !isNominalPart(t) && !isPreposition(t)) return -1;
  }
  return -1;
}

// Verbs whose perfect German, French and Italian build with "be" ("ist angekommen", "est arrivé", "è partito"):
// "is arrived since an hour" is a past event, "arrived an hour ago"; "has been arrived" is not English.
const BE_PERFECT_VERBS = new WordSet(['arrive', 'depart', 'go', 'come', 'leave', 'return', 'fall', 'die', 'land', 'travel', 'fly', 'emigrate', 'disappear', 'happen', 'occur', 'escape']);

// Verbs of starting and ending, whose present with "since" is Russian "с понедельника" (from Monday): "enter (into
// force)", "start", "open", "take (effect)". Their present perfect would say it keeps starting.
const STARTING = new WordSet(['enter', 'start', 'begin', 'open', 'close', 'take', 'come', 'launch', 'end', 'stop', 'commence']);

/**
 * The end of a point in time after "since" at `from`: a time phrase of the analysis ("May", "last week"), or a noun
 * phrase whose head names a time or an event ("childhood", "the start of the year", "the outbreak", "the crash");
 * -1 for anything else ("since Pelé", "since the old man").
 */
function pointInTimeEnd(tokens: readonly Token[], from: number, progressive: boolean): number {
  if (isTimePhrase(tokens, from)) return nounPhraseEnd(tokens, from);
  const first = tokens[from];
  // "8 o'clock", "7 am": an hour.
  if (first?.kind === 'number' && /^(o['’]clock|am|pm|a\.m\.|p\.m\.)$/.test(tokens[from + 1]?.lower ?? '')) return from + 2;
  if (!isWordToken(first) || (!isDeterminer(first) && !(first.text === first.lower && /^NNS?$/.test(primaryTag(first))))) return -1;
  // ("the start": a noun the lexicon reads first as a verb after the determiner.)
  let end = isDeterminer(first) ? nounPhraseAfterDeterminerEnd(tokens, from) : nounPhraseEnd(tokens, from);
  if (end <= from) return -1;
  // The head is the noun before an "of" phrase ("the start | of the project"), which is part of the point.
  let headAt = end - 1;
  for (let k = from + 1; k < end; k++) if (tokens[k]!.lower === 'of') {
    headAt = k - 1;
    break;
  }
  const head = tokens[headAt]!;
  // An event ("the pandemic", "the accident") only after a progressive or a passive "is/are" + participle: "Life is
  // different since the pandemic", "He walks with a limp since the accident" are English; "The plant is producing
  // masks since the outbreak", "The road is closed since the accident" are not.
  const senses = isWordToken(head) && head.tags.some((t) => t === 'NN' || t === 'NNS') ? nounSenses(nounSingular.of(head)) : [];
  if (!(senses.includes('noun.time') || (progressive && senses.includes('noun.event')))) return -1;
  if (headAt === end - 1 && tokens[end]?.lower === 'of') {
    const ofEnd = nounPhraseEnd(tokens, end + 1);
    if (ofEnd > end + 1) end = ofEnd;
  }
  // Such a point closes the clause: "say sales by their dealers since the first of the year are up" (Brown) has the
  // verb of a reported clause after it, which the walk back to "say" does not see.
  const next = tokens[end];
  return next === undefined || (next.kind === 'punct' && /^[.,;!?]$/.test(next.text)) ? end : -1;
}

/**
 * "He is since 2010 the mayor": a present "is" right before "since" and a point in time, then its complement (German
 * "Er ist seit 2010 Bürgermeister"). English: "He has been the mayor since 2010".
 */
function beSinceComplement(tokens: readonly Token[], s: number, text: string): Report | undefined {
  const be = tokens[s - 1];
  if (be === undefined || !/^(is|are|am)$/.test(be.lower) || !isTimePhrase(tokens, s + 1)) return undefined;
  const timeEnd = nounPhraseEnd(tokens, s + 1);
  const first = tokens[timeEnd];
  if (first === undefined || first.kind !== 'word') return undefined;
  // The complement: a noun phrase ("the head of the clinic") or a place or state ("in office", "in Berlin").
  const place = isPreposition(first) && !isSubordinator(first) && nounPhraseEnd(tokens, timeEnd + 1) > timeEnd + 1;
  if (!place && !(isDeterminer(first) || /^(JJ|NN|NNS)$/.test(primaryTag(first)))) return undefined;
  let complementEnd = place ? nounPhraseEnd(tokens, timeEnd + 1) : nounPhraseEnd(tokens, timeEnd);
  // "is since last month in shops available", "is since May available": the adjective last, as German puts the
  // predicate ("ist seit Mai in Apotheken erhältlich"); English: "has been available in shops since last month".
  const adjectiveAt = place ? complementEnd : timeEnd;
  const adjective = tokens[adjectiveAt];
  const closing = tokens[adjectiveAt + 1];
  if (isWordToken(adjective) && /^(JJ|VBN)$/.test(primaryTag(adjective)) && adjective.tags.includes('JJ') && (closing === undefined || (closing.kind === 'punct' && /^[.,;!]$/.test(closing.text)))) {
    const have = be.lower === 'is' ? 'has' : 'have';
    const time = text.slice(tokens[s + 1]!.start, tokens[timeEnd - 1]!.end);
    const placed = place ? ` ${text.slice(first.start, tokens[complementEnd - 1]!.end)}` : '';
    const replacement = `${have} been ${adjective.text}${placed} since ${time}`;
    return {
      start: be.start,
      end: adjective.end,
      message: `"${be.text} since ${time} … ${adjective.text}" keeps the source's present tense and puts the adjective last; English says "${replacement}".`,
      suggestions: [{ start: be.start, end: adjective.end, replacement }],
    };
  }
  // "the head of the clinic": the "of" phrase goes with the complement, before "since".
  while (tokens[complementEnd]?.lower === 'of' && nounPhraseEnd(tokens, complementEnd + 1) > complementEnd + 1) complementEnd = nounPhraseEnd(tokens, complementEnd + 1);
  const close = tokens[complementEnd];
  if (complementEnd <= timeEnd || !(close === undefined || (close.kind === 'punct' && /^[.,;!]$/.test(close.text)) || isPreposition(close))) return undefined;
  const have = be.lower === 'is' ? 'has' : 'have';
  const time = text.slice(tokens[s + 1]!.start, tokens[timeEnd - 1]!.end);
  const complement = text.slice(first.start, tokens[complementEnd - 1]!.end);
  const replacement = `${have} been ${complement} since ${time}`;
  return {
    start: be.start,
    end: tokens[complementEnd - 1]!.end,
    message: `"${be.text} since ${time}" keeps the source's present tense; English uses the present perfect with "since": "${replacement}".`,
    suggestions: [{ start: be.start, end: tokens[complementEnd - 1]!.end, replacement }],
  };
}

// Verbs whose object is itself a length of time: "the trip takes already three hours" does not keep the source's
// tense for an ongoing state.
const TAKES_A_LENGTH = new WordSet(['take', 'last', 'cost', 'need', 'require', 'spend', 'be']);

/**
 * "The fair takes place already for ten years", "She works there already five years": German "schon seit zehn
 * Jahren" and Russian "уже пять лет" with a present tense, closing the clause. English: "has been taking place for
 * ten years".
 */
function presentAlreadyLength(tokens: readonly Token[], a: number, text: string): Report | undefined {
  const withFor = tokens[a + 1]?.lower === 'for';
  const from = withFor ? a + 2 : a + 1;
  const end = durationEnd(tokens, from);
  if (end < 0) return undefined;
  const close = tokens[end];
  if (close !== undefined && !(close.kind === 'punct' && /^[.,;!?]$/.test(close.text)) && !/^(and|but)$/.test(close.lower)) return undefined;
  const v = presentVerbBefore(tokens, a);
  if (v < 0 || (TAKES_A_LENGTH.has(lemma.of(tokens[v]!)) && v === a - 1)) return undefined;
  const verb = tokens[v]!;
  const rest = tokens.slice(v + 1, a).map((t) => t.text).join(' ');
  const length = text.slice(tokens[from]!.start, tokens[end - 1]!.end);
  const replacement = `${presentPerfect(verb)}${rest ? ` ${rest}` : ''} for ${length}`;
  return {
    start: verb.start,
    end: tokens[end - 1]!.end,
    message: `"${verb.text} … already ${withFor ? 'for ' : ''}${length}" keeps the source's present tense; English uses the present perfect with "for" ("${replacement}").`,
    suggestions: [{ start: verb.start, end: tokens[end - 1]!.end, replacement }],
  };
}

// The ordinals of a running count of days or weeks and the length each gives: "already the fourth day" is four days.
const COUNT_OF_ORDINAL: ReadonlyMap<string, string> = new Map([
  ['second', 'two'], ['third', 'three'], ['fourth', 'four'], ['fifth', 'five'], ['sixth', 'six'], ['seventh', 'seven'], ['eighth', 'eight'], ['ninth', 'nine'], ['tenth', 'ten'],
]);
const COUNTED_UNITS = new WordSet(['hour', 'day', 'night', 'week', 'month', 'year', 'season']);

/**
 * "The dockers strike already the fourth week", "Families sleep in tents for the sixth day already", "Already
 * the second month the nurses protest …": Russian and Ukrainian "уже третий день", Polish "już trzeci dzień" count the
 * days of what goes on with a present tense. English gives the length with the present perfect: "have been striking
 * for three days". `a` is the "already" before or after "the" + ordinal + unit (with an optional "for"). A verb of
 * starting or of length ("classes start already the second week", "the trip takes …") and "It is already the fourth
 * day" (the count as the complement of "is") are English.
 */
function presentRunningCount(tokens: readonly Token[], a: number, text: string): Report | undefined {
  // The phrase "the ORDINAL UNIT" after "already (for)" or before "already".
  const after = tokens[a + 1]?.lower === 'for' ? a + 2 : a + 1;
  let the = tokens[after]?.lower === 'the' ? after : a - 3;
  if (the !== after && tokens[the - 1]?.lower === 'for') the--;
  const at = tokens[the]?.lower === 'for' ? the + 1 : the;
  const count = COUNT_OF_ORDINAL.get(tokens[at + 1]?.lower ?? '');
  const unit = tokens[at + 2];
  if (tokens[at]?.lower !== 'the' || count === undefined || unit === undefined || !COUNTED_UNITS.hasToken(unit)) return undefined;
  const start = Math.min(a, the);
  let end = the === after ? at + 3 : a + 1;
  // "already the fourth day in a row".
  if (tokens[end]?.lower === 'in' && tokens[end + 1]?.lower === 'a' && tokens[end + 2]?.lower === 'row') end += 3;
  const close = tokens[end];
  if (start > 0 && close !== undefined && !(close.kind === 'punct' && /^[.,;!]$/.test(close.text)) && !/^(and|but)$/.test(close.lower)) return undefined;
  const length = `for ${count} ${unit.lower}s`;
  if (start === 0) {
    const v = presentAfterOpening(tokens, end);
    if (v < 0 || STARTING.has(lemma.of(tokens[v]!)) || TAKES_A_LENGTH.has(lemma.of(tokens[v]!)) || hasHabitWord(tokens)) return undefined;
    const verb = tokens[v]!;
    const rewrite = presentPerfect(verb);
    return {
      start: tokens[0]!.start,
      end: verb.end,
      message: `A running count of ${unit.lower}s with the present "${verb.text}" is the source's tense; English gives the length with the present perfect ("${rewrite} … ${length}").`,
      suggestions: [{ start: verb.start, end: verb.end, replacement: rewrite }],
    };
  }
  const v = presentVerbBefore(tokens, start);
  if (v < 0 || hasHabitWord(tokens)) return undefined;
  const verb = tokens[v]!;
  if (STARTING.has(lemma.of(verb)) || (TAKES_A_LENGTH.has(lemma.of(verb)) && v === start - 1)) return undefined;
  const rest = tokens.slice(v + 1, start).filter((t) => t.lower !== 'already').map((t) => t.text).join(' ');
  const replacement = `${presentPerfect(verb)}${rest ? ` ${rest}` : ''} ${length}`;
  return {
    start: verb.start,
    end: tokens[end - 1]!.end,
    message: `"${text.slice(tokens[start]!.start, tokens[end - 1]!.end)}" counts the ${unit.lower}s of what goes on with the source's present tense; English gives the length with the present perfect ("${replacement}").`,
    suggestions: [{ start: verb.start, end: tokens[end - 1]!.end, replacement }],
  };
}

const ORDINALS = new WordSet(['first', 'second', 'third', 'fourth', 'fifth']);

/**
 * "It is the first time that the team wins the cup": French "c'est la première fois que" + present, Spanish "es la
 * primera vez que", Russian "впервые", Chinese "这是第一次". English: "the first time that the team has won". The
 * subject is a pronoun or a short noun phrase; its verb a present (a modal or past is English: "the only time his
 * heart can come", "the second time they made a play").
 */
function presentAfterNthTime(tokens: readonly Token[], t: number): Report | undefined {
  const [opener, be, the, ordinal] = [tokens[t - 4], tokens[t - 3], tokens[t - 2], tokens[t - 1]];
  if (!/^(it|this)$/.test(opener?.lower ?? '') || !/^(is|['’]s)$/.test(be?.lower ?? '') || the?.lower !== 'the' || !ORDINALS.has(ordinal?.lower ?? '')) return undefined;
  let k = tokens[t + 1]?.lower === 'that' ? t + 2 : t + 1;
  const subjectStart = k;
  if (/^(i|you|he|she|it|we|they)$/.test(tokens[k]?.lower ?? '')) k++;
  else {
    // The phrase ends before a present after its noun ("the new mayor visits"), which the lexicon may read as a plural.
    const presentAfterNoun = (j: number) => j > subjectStart && !/^['’]s$/.test(tokens[j]!.lower) && /^(NN|NNP|NNS|NNPS)$/.test(primaryTag(tokens[j - 1])) && (tokens[j]!.tags.includes('VBZ') || tokens[j]!.tags.includes('VBP'));
    while (k < tokens.length && k - subjectStart < 4 && isWordToken(tokens[k]) && isNominalPart(tokens[k]!) && !/^VB/.test(primaryTag(tokens[k])) && !presentAfterNoun(k)) k++;
    if (k === subjectStart || !isWordToken(tokens[k - 1]) || !/^(NN|NNS|NNP|NNPS)$/.test(primaryTag(tokens[k - 1]))) return undefined;
  }
  const verb = tokens[k];
  if (!isWordToken(verb) || !(verb.tags.includes('VBZ') || verb.tags.includes('VBP') || verb.lower === 'am')) return undefined;
  if (isDeterminer(verb) || isPreposition(verb) || isModal(verb) || /^(VBD|VBN)$/.test(primaryTag(verb))) return undefined;
  // "the second time War Ax hands made a play": a verb after it makes the present reading a noun of the subject.
  if (/^(VBD|VBN|VBZ|VBP|MD)$/.test(primaryTag(tokens[k + 1]))) return undefined;
  const base = lemma.of(verb);
  const plural = /^(i|you|we|they)$/.test(tokens[subjectStart]!.lower) || /^NNP?S$/.test(primaryTag(tokens[k - 1]));
  const perfect = simplePerfect(plural ? 'have' : 'has', base);
  return {
    start: verb.start,
    end: verb.end,
    message: `"the ${ordinal!.lower} time that … ${verb.text}" keeps the source's present tense; English counts the times with the present perfect ("${perfect}").`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: perfect }],
  };
}

/** Whether a verb or a modal follows, which makes the words before it the subject of a clause. */
function opensClause(next: Token | undefined): boolean {
  if (next === undefined || next.kind !== 'word' || isDeterminer(next) || isPronoun(next)) return false;
  return /^(VB[DPZ]?|MD)$/.test(primaryTag(next)) || next.tags.includes('VBD') || next.tags.includes('VBZ') || next.tags.includes('VBP');
}

/** "has won", "have been": the simple present perfect of a verb's base, with "has" or "have" as given. */
function simplePerfect(have: string, base: string): string {
  return `${have} ${base === 'be' ? 'been' : pastParticiple(base)}`;
}

/** "runs" → "has been running", "knows" → "has known", "is" → "has been", "are" → "have been", "was" → "had been". */
function presentPerfect(verb: Token): string {
  const base = lemma.of(verb);
  const have = verb.lower === 'was' || verb.lower === 'were' ? 'had' : verb.tags.includes('VBZ') ? 'has' : 'have';
  if (base === 'be' || STATIVE.has(base)) return simplePerfect(have, base);
  return `${have} been ${conjugateVerb(base, 'VBG')}`;
}

/**
 * The end of a subject noun phrase from `k` to `end` that swallowed its verb: "the workers strike", "the couple
 * lives". A plural and a word that is a noun or a base-form present, or a singular and a word that is a plural or an
 * -s present, are subject and verb; a compound's first noun is singular and its head agrees with nothing before it
 * ("the worker strike").
 */
function subjectBeforePresent(tokens: readonly Token[], k: number, end: number): number {
  if (end - 2 <= k) return end;
  const last = tokens[end - 1]!;
  const before = primaryTag(tokens[end - 2]);
  if (before === 'NNS' && last.tags.includes('VBP')) return end - 1;
  if (before === 'NN' && last.tags.includes('VBZ') && primaryTag(last) === 'NNS') return end - 1;
  return end;
}

/**
 * A role after "is" at `from`: a noun phrase ("the director", "a member of the board", "head coach") whose head names a
 * person. A superlative or an ordinal ("the first woman", "the best player since") ranks instead.
 */
function roleComplement(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!isWordToken(first) || /^(JJS|CD)$/.test(primaryTag(tokens[from + 1])) || /^(first|last|only|same|next)$/.test(tokens[from + 1]?.lower ?? '')) return false;
  if (!(/^(the|a|an|his|her|their|its|our)$/.test(first.lower) || /^NN$/.test(primaryTag(first)))) return false;
  const end = nounPhraseEnd(tokens, from);
  const head = tokens[end - 1];
  if (end <= from || !isWordToken(head) || !/^NNS?$/.test(primaryTag(head))) return false;
  return nounSenses(nounSingular.of(head)).includes('noun.person');
}

/** A pronoun that can be a present tense's subject: the personal subject pronouns and "it". */
const isSubjectPronoun = (lower: string): boolean => lower === 'it' || SUBJECT_PRONOUNS.has(lower);

/**
 * "Since 2015 he works as a teacher", "Since March the shop opens at eight": an opening "Since" and a point in time,
 * then the clause's subject and a present tense (German "Seit 2015 arbeitet er", Russian "С 2015 года он работает").
 * A verb right after the time makes "since" causal ("Since May is the driest month, …"); "be", "have" and "do" are
 * left alone, as in the rule's other patterns.
 */
function openingSincePoint(tokens: readonly Token[]): Report | undefined {
  // A length of time ("Since two months …") is the rule's first pattern.
  if (tokens[0]?.text !== 'Since' || durationEnd(tokens, 1) >= 0) return undefined;
  // "Since then" is a point too. A noun phrase of an event ("Since the storm") is read too, but only before a
  // passive or progressive, as in the rule's other patterns: "Since the accident he walks with a limp" is English.
  // A month and a year ("Since March 2021") is a point too, which the time-phrase reader does not take.
  const monthYear = tokens[1] !== undefined && MONTHS.hasToken(tokens[1]) && /^[A-Z]/.test(tokens[1].text) && /^\d{4}$/.test(tokens[2]?.text ?? '');
  const timePhrase = tokens[1]?.lower === 'then' || monthYear || isTimePhrase(tokens, 1);
  let k = tokens[1]?.lower === 'then' ? 2 : monthYear ? 3 : timePhrase ? nounPhraseEnd(tokens, 1) : pointInTimeEnd(tokens, 1, true);
  // The phrase ends before a subject pronoun ("Since 2015 he works": the lexicon gives "he" a stray verb reading).
  // So does a year before a name ("Since 2020 Mr Weber is …").
  for (let j = 2; j < k; j++) if (isSubjectPronoun(tokens[j]!.lower) || (/^\d{4}$/.test(tokens[j - 1]!.text) && /^[A-Z][a-z]/.test(tokens[j]!.text))) { k = j; break; }
  if (k < 2 || opensClause(tokens[k])) return undefined;
  if (tokens[k]?.text === ',') k++;
  const first = tokens[k];
  if (first === undefined || first.kind !== 'word') return undefined;
  const pronoun = isSubjectPronoun(first.lower);
  // A name ("Since 2020 Anna Weber is …") is a subject too, but only before "is" + a role (below).
  let nameEnd = k;
  while (isWordToken(tokens[nameEnd]) && /^NNPS?$/.test(primaryTag(tokens[nameEnd])) && /^[A-Z][a-z]/.test(tokens[nameEnd]!.text)) nameEnd++;
  const named = !pronoun && !isDeterminer(first) && nameEnd > k;
  let subjectEnd = pronoun ? k + 1 : named ? nameEnd : isDeterminer(first) ? nounPhraseEnd(tokens, k) : -1;
  if (subjectEnd <= k) return undefined;
  if (!pronoun && !named) subjectEnd = subjectBeforePresent(tokens, k, subjectEnd);
  // "the schools in the region are closed": one prepositional phrase may close the subject.
  if (!pronoun && /^(in|of|on|at|to|from|near)$/.test(tokens[subjectEnd]?.lower ?? '') && isDeterminer(tokens[subjectEnd + 1] ?? first)) {
    const ppEnd = nounPhraseEnd(tokens, subjectEnd + 1);
    const next = tokens[ppEnd];
    if (ppEnd > subjectEnd + 1 && isWordToken(next) && /^VB[PZ]$/.test(primaryTag(next))) subjectEnd = ppEnd;
  }
  const verb = tokens[subjectEnd];
  if (verb === undefined || verb.kind !== 'word' || !/^[a-z]+$/.test(verb.text) || /^(CC|IN|DT|TO|RB)$/.test(primaryTag(verb))) return undefined;
  const base = lemma.of(verb);
  const after = tokens[subjectEnd + 1];
  // "are closed", "is being rebuilt", "are waiting": a present passive or progressive of "be" is the source's present
  // for a state that began then; "is different", "is the same" compare and are left alone.
  const beState = base === 'be' && /^(is|are|am)$/.test(verb.lower) && isWordToken(after) && (primaryTag(after) === 'VBG' || primaryTag(after) === 'VBN' || (after.tags.includes('VBN') && after.lower.endsWith('ed')));
  // "does not win": the perfect's "has not won".
  const negated = base === 'do' && timePhrase && /^(does|do)$/.test(verb.lower) && after?.lower === 'not' && (tokens[subjectEnd + 2]?.tags.includes('VB') ?? false);
  // "is the director", "is mayor of the town": a present "be" with a role is a state that began then (German "Seit
  // 2018 ist sie Direktorin"); "is the same", "is open", "is the best since" are left alone.
  const beRole = base === 'be' && /^(is|are|am)$/.test(verb.lower) && timePhrase && roleComplement(tokens, subjectEnd + 1);
  if (named && !beRole) return undefined;
  if (!beState && !negated && !beRole && /^(be|have|do)$/.test(base)) return undefined;
  if (!timePhrase && !beState) return undefined;
  // A present by its first reading, or by any reading after a pronoun subject ("he works": "works" is a plural first)
  // or a plural noun ("the workers strike", "the farmers protest": a plural's present has its base form).
  const pluralSubject = !pronoun && primaryTag(tokens[subjectEnd - 1]) === 'NNS' && verb.tags.includes('VBP') && !isDeterminer(verb) && !/^(VB[DPZN]?|MD)$/.test(primaryTag(tokens[subjectEnd + 1]));
  if (!beState && !negated && !/^VB[PZ]$/.test(primaryTag(verb)) && !pluralSubject && !(pronoun && (verb.tags.includes('VBZ') || verb.tags.includes('VBP')))) return undefined;
  if (negated) {
    const main = tokens[subjectEnd + 2]!;
    const rewrite = `${verb.lower === 'does' ? 'has' : 'have'} not ${pastParticiple(lemma.of(main))}`;
    return {
      start: tokens[0]!.start,
      end: main.end,
      message: `"Since" + a point in time takes the present perfect in English ("${rewrite}"), not the source's present "${verb.text} not ${main.text}".`,
      suggestions: [{ start: verb.start, end: main.end, replacement: rewrite }],
    };
  }
  const rewrite = beState || beRole ? (verb.lower === 'is' ? 'has been' : 'have been') : presentPerfect(verb);
  // "is being repaired" → "has been repaired": the perfect of a passive progressive is the plain perfect passive.
  const replaced = beState && after?.lower === 'being' ? after : verb;
  return {
    start: tokens[0]!.start,
    end: verb.end,
    message: `"Since" + a point in time takes the present perfect in English ("${rewrite}"), not the source's present "${verb.text}".`,
    suggestions: [{ start: verb.start, end: replaced.end, replacement: rewrite }],
  };
}

// Verbs of a state or an activity that goes on, whose present with "for" + a length at the clause's end is the
// source's present ("we know each other for twenty years", "she lives here for ten years"): Russian "знаем друг
// друга двадцать лет", Spanish "vive aquí desde hace diez años", French "il travaille ici depuis dix ans" rendered
// with "for". Verbs of a plan or a schedule ("stays for a week", "runs for three weeks", "lasts for five years") are
// English with "for" and are not listed.
const ONGOING_WITH_FOR = new WordSet(['know', 'live', 'work', 'teach', 'exist']);
// Words of a habit or a rule, which the simple present takes with a length: "for three months every year".
const HABIT_WORDS = new WordSet(['every', 'each', 'usually', 'always', 'normally', 'often', 'per', 'typically', 'generally', 'sometimes', 'never', 'until', 'till', 'next', 'will']);

/** Whether a word of habit stands in the sentence ("each other" is none). */
const hasHabitWord = (tokens: readonly Token[]): boolean => tokens.some((t, k) => HABIT_WORDS.hasToken(t) && !(t.lower === 'each' && tokens[k + 1]?.lower === 'other'));

/**
 * After an opening time phrase that ends at `end` (and its comma), the clause's subject, a pronoun or a noun phrase
 * with a determiner, and its present tense other than "be", "have" and "do" ("For months the residents wait …",
 * "Already the fourth day the miners protest …"): the verb's index, or -1.
 */
function presentAfterOpening(tokens: readonly Token[], end: number): number {
  const k = tokens[end]?.text === ',' ? end + 1 : end;
  const first = tokens[k];
  if (!isWordToken(first)) return -1;
  const pronoun = isSubjectPronoun(first.lower);
  const subjectEnd = pronoun ? k + 1 : isDeterminer(first) ? subjectBeforePresent(tokens, k, nounPhraseEnd(tokens, k)) : -1;
  const verb = tokens[subjectEnd];
  // (Not a contraction, "For years it's been …", nor a word read first as a conjunction or preposition: "his guns and".)
  if (subjectEnd <= k || !isWordToken(verb) || !/^[a-z]+$/.test(verb.text) || /^(be|have|do)$/.test(lemma.of(verb)) || /^(CC|IN|DT|TO|RB)$/.test(primaryTag(verb))) return -1;
  // A plural subject's present has the base form ("the residents wait"); after a pronoun any present reading counts.
  const pluralSubject = !pronoun && primaryTag(tokens[subjectEnd - 1]) === 'NNS' && verb.tags.includes('VBP');
  // A singular's -s present that the lexicon reads first as a plural: "the couple lives".
  const singularSubject = !pronoun && primaryTag(tokens[subjectEnd - 1]) === 'NN' && verb.tags.includes('VBZ');
  if (!/^VB[PZ]$/.test(primaryTag(verb)) && !pluralSubject && !singularSubject && !(pronoun && (verb.tags.includes('VBZ') || verb.tags.includes('VBP')))) return -1;
  return subjectEnd;
}

/**
 * "For three years he lives in Paris", "For months the residents wait for a decision": an opening "For" + a length,
 * then the subject and a present tense; and "We know each other for twenty years", "The family lives in this house
 * for three generations": a present of `ONGOING_WITH_FOR` before "for" + a length that closes the clause.
 */
function presentForLength(tokens: readonly Token[], f: number): Report | undefined {
  const end = durationEnd(tokens, f + 1);
  if (end < 0 || hasHabitWord(tokens)) return undefined;
  const length = tokens.slice(f + 1, end).map((t) => t.text).join(' ');
  if (f === 0) {
    const v = presentAfterOpening(tokens, end);
    if (v < 0) return undefined;
    const verb = tokens[v]!;
    const rewrite = presentPerfect(verb);
    return {
      start: tokens[0]!.start,
      end: verb.end,
      message: `"For ${length}" up to now takes the present perfect in English ("${rewrite}"), not the source's present "${verb.text}".`,
      suggestions: [{ start: verb.start, end: verb.end, replacement: rewrite }],
    };
  }
  const close = tokens[end];
  if (close !== undefined && !(close.kind === 'punct' && /^[.,;!?]$/.test(close.text))) return undefined;
  const v = presentVerbBefore(tokens, f);
  if (v < 0 || !ONGOING_WITH_FOR.has(lemma.of(tokens[v]!))) return undefined;
  const verb = tokens[v]!;
  const rewrite = presentPerfect(verb);
  return {
    start: verb.start,
    end: tokens[end - 1]!.end,
    message: `"${verb.text} … for ${length}" up to now takes the present perfect in English ("${rewrite} … for ${length}"), not the source's present.`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: rewrite }],
  };
}

// Subjects of "How long do … live here?".
const HOW_LONG_SUBJECTS = new WordSet(['you', 'he', 'she', 'they', 'we', 'i', 'it']);

// Verbs read in "How long do you know each other?", "Since when does your cousin teach there?": those of ONGOING_WITH_FOR and
// "study" (a course that goes on), and "be" with "married" or "engaged".
const ASKED_SPAN_VERBS = new WordSet(['know', 'live', 'work', 'teach', 'exist', 'study']);
const ASKED_SPAN_STATES = new WordSet(['married', 'engaged']);

/**
 * "How long do you live here?", "Since when does your sister work for the firm?", "How long are you married?":
 * German "Wie lange wohnen Sie schon hier?", "Seit wann arbeitet sie dort?", Russian "С каких пор ты знаешь?",
 * Spanish "¿Cuánto tiempo hace que vives aquí?". English asks about the span up to now with the present perfect: "How
 * long have you lived here?". The subject is a pronoun or a short noun phrase or name. A verb of a plan ("do you plan
 * to stay") or a rule ("do cats live": a bare noun subject is a kind) is not read, nor a habit ("each day"), nor the
 * surprise of "Since when does she know how to sail?" (a "know" before a question word).
 */
function howLongPresent(tokens: readonly Token[]): Report | undefined {
  const opener = tokens[0]?.lower === 'for' ? 1 : 0;
  const howLong = tokens[opener]?.lower === 'how' && tokens[opener + 1]?.lower === 'long';
  const sinceWhen = opener === 0 && tokens[0]?.lower === 'since' && tokens[1]?.lower === 'when';
  if ((!howLong && !sinceWhen) || hasHabitWord(tokens) || tokens[tokens.length - 1]?.text !== '?') return undefined;
  const a = opener + 2;
  const aux = tokens[a];
  const subject = tokens[a + 1];
  if (!isWordToken(aux) || !/^(do|does|is|are|am)$/.test(aux.lower) || !isWordToken(subject)) return undefined;
  // The subject: a pronoun, a name, or a determiner or possessive and up to two nouns or adjectives ("your sister
  // study": the phrase reader would take the verb for a compound's head).
  let v = a + 2;
  if (!HOW_LONG_SUBJECTS.hasToken(subject)) {
    if (/^(the|your|his|her|their|our|my|this|that)$/.test(subject.lower)) while (v < a + 4 && /^(NN|NNS|JJ)$/.test(primaryTag(tokens[v])) && !ASKED_SPAN_VERBS.hasToken(tokens[v]!) && !ASKED_SPAN_STATES.hasToken(tokens[v]!)) v++;
    else if (/^NNP$/.test(primaryTag(subject)) && /^\p{Lu}/u.test(subject.text)) while (/^NNP$/.test(primaryTag(tokens[v])) && /^\p{Lu}/u.test(tokens[v]!.text)) v++;
    else return undefined;
    if (v === a + 2 && !/^NNP$/.test(primaryTag(subject))) return undefined;
  }
  const verb = tokens[v];
  if (!isWordToken(verb)) return undefined;
  const be = aux.lower !== 'do' && aux.lower !== 'does';
  if (be ? !ASKED_SPAN_STATES.hasToken(verb) : !ASKED_SPAN_VERBS.hasToken(verb) || verb.text !== verb.lower) return undefined;
  // "How long do you work a day?": a length per day or week after the verb is a habit.
  if (tokens.slice(v + 1).some((t) => t.lower === 'a' || t.lower === 'an')) return undefined;
  if (verb.lower === 'know' && /^(how|what|who|where|when|why|which|whether|if)$/.test(tokens[v + 1]?.lower ?? '')) return undefined;
  const plural = aux.lower === 'do' || aux.lower === 'are' || aux.lower === 'am';
  const have = plural ? 'have' : 'has';
  const subjectText = tokens.slice(a + 1, v).map((t) => t.text).join(' ');
  const rest = be ? `been ${verb.text}` : STATIVE.has(verb.lower) ? pastParticiple(verb.lower) : `been ${conjugateVerb(verb.lower, 'VBG')}`;
  const rewrite = `${have} ${subjectText} ${rest}`;
  const asked = tokens.slice(0, v + 1).map((t) => t.text).join(' ');
  const how = opener === 1 ? `${tokens[0]!.text} how long` : 'How long';
  return {
    start: tokens[0]!.start,
    end: verb.end,
    message: `"${asked}" asks about the span up to now, which English puts in the present perfect ("${how} ${rewrite}").`,
    suggestions: sinceWhen
      ? [{ start: tokens[0]!.start, end: verb.end, replacement: `How long ${rewrite}` }]
      : [{ start: aux.start, end: verb.end, replacement: rewrite }],
  };
}

const PERFECT_OF_BE: ReadonlyMap<string, string> = new Map([['is', 'has been'], ['are', 'have been'], ['am', 'have been']]);

/**
 * "Until now there are no indications", "Up to now the road is closed": an opening "until now" (German "bisher",
 * Russian "до сих пор") with a present "is"/"are". English says "so far" with the present perfect; its "until now"
 * tells what has just changed and takes a past or a perfect ("Until now, few people had heard of it").
 */
function presentAfterUntilNow(tokens: readonly Token[]): Report | undefined {
  const opener = tokens[0]?.lower;
  let k = opener === 'until' || opener === 'till' ? 1 : opener === 'up' && tokens[1]?.lower === 'to' ? 2 : -1;
  if (k < 0 || tokens[k]?.lower !== 'now') return undefined;
  k++;
  if (tokens[k]?.text === ',') k++;
  const subject = k;
  if (tokens[k]?.lower === 'there') k++;
  else {
    k = nounPhraseEnd(tokens, k);
    // "the cause of the accident is": one "of" phrase may close the subject.
    if (tokens[k]?.lower === 'of' && k > subject) k = nounPhraseEnd(tokens, k + 1);
  }
  const be = tokens[k];
  const perfect = PERFECT_OF_BE.get(be?.lower ?? '');
  if (be === undefined || perfect === undefined || k === subject) return undefined;
  const between = tokens.slice(subject, k).map((t) => t.text).join(' ');
  return {
    start: tokens[0]!.start,
    end: be.end,
    message: `"Until now" with the present "${be.text}" is the source's tense; English says "so far" with the present perfect ("So far ${between} ${perfect}").`,
    suggestions: [{ start: tokens[0]!.start, end: be.end, replacement: `So far ${between} ${perfect}` }],
  };
}

export default defineRule({
  meta: {
    id: 'since-with-duration',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: '"since" before a length of time, or a present tense with "since": "works here since five years", "runs since May".',
    sourceHint: 'German "seit" and Russian "уже … лет", "с мая" with a present-tense verb.',
    fixable: false,
  },
  needs: [new Set(['since', 'already', 'time', 'now', 'for', 'long'])],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const text = ctx.doc.text;
    const untilNow = presentAfterUntilNow(tokens);
    if (untilNow) reports.push(untilNow);
    const howLong = howLongPresent(tokens);
    if (howLong) reports.push(howLong);
    for (let s = 0; s + 1 < tokens.length; s++) {
      if (tokens[s]!.lower === 'time') {
        const report = presentAfterNthTime(tokens, s);
        if (report) reports.push(report);
        continue;
      }
      if (tokens[s]!.lower === 'for') {
        const report = presentForLength(tokens, s);
        if (report) reports.push(report);
        continue;
      }
      if (tokens[s]!.lower === 'already') {
        const report = presentAlreadyLength(tokens, s, text) ?? presentRunningCount(tokens, s, text);
        if (report) reports.push(report);
        continue;
      }
      if (tokens[s]!.lower !== 'since') continue;
      const since = tokens[s]!;
      const opening = s === 0 ? openingSincePoint(tokens) : undefined;
      if (opening) {
        reports.push(opening);
        continue;
      }
      const end = durationEnd(tokens, s + 1);
      // An opening "since" with no verb before it is causal when a verb follows the length ("Since two days have
      // passed, …", "Since many weeks remained, …"); before the clause's subject it is the source's "seit".
      if (s === 0 && (end < 0 || opensClause(tokens[end]))) continue;
      const v = presentVerbBefore(tokens, s);
      const verb = v >= 0 ? tokens[v]! : undefined;
      if (end < 0) {
        const be = beSinceComplement(tokens, s, text);
        if (be) {
          reports.push(be);
          continue;
        }
        // A point in time after a present tense: "runs since May", "lives here since 2010". A clause after "since"
        // is causal ("since prices rise"), so the time phrase must not be followed by a verb.
        // (A progressive or "is/are" + participle: "are producing", "is closed".)
        const afterBe = tokens[v + 1];
        const progressive = verb !== undefined && lemma.of(verb) === 'be' && isWordToken(afterBe) && (primaryTag(afterBe) === 'VBG' || afterBe.tags.includes('VBN'));
        const pointEnd = verb === undefined ? -1 : pointInTimeEnd(tokens, s + 1, progressive);
        if (pointEnd < 0) continue;
        const after = tokens[pointEnd];
        if (after !== undefined && after.kind === 'word' && /^(VB[DPZ]?|MD)$/.test(primaryTag(after))) continue;
        // "is closed since May" and "is here since May" are calques; "is since" alone is not a verb of its own.
        if (lemma.of(verb!) === 'be' && v === s - 1) continue;
      }
      // A verb of starting takes its start point with "from": "The rules enter into force since Monday" → "from".
      if (end < 0 && STARTING.has(lemma(verb!.lower))) {
        reports.push({
          start: since.start,
          end: since.end,
          message: `"${verb!.text} … since" gives the start of something that begins then; English says "from" ("${verb!.text} … from"), or the past with "on".`,
          suggestions: [{ start: since.start, end: since.end, replacement: 'from' }],
        });
        continue;
      }
      // "is arrived since an hour" → "arrived an hour ago"; with a point ("is arrived since Monday") no rewrite fits
      // every case, so the report has none.
      const participle = verb !== undefined && lemma.of(verb) === 'be' ? tokens[v + 1] : undefined;
      if (participle !== undefined && participle.tags.includes('VBN') && BE_PERFECT_VERBS.has(lemma.of(participle))) {
        const rest = text.slice(participle.end, since.start).trim();
        const past = conjugateVerb(lemma.of(participle), 'VBD');
        const rewrite = end < 0 ? undefined : `${past}${rest ? ` ${rest}` : ''} ${text.slice(tokens[s + 1]!.start, tokens[end - 1]!.end)} ago`;
        reports.push({
          start: verb!.start,
          end: end < 0 ? since.end : tokens[end - 1]!.end,
          message: `"${verb!.text} ${participle.text} since" is the source's perfect with "be"; English says when it happened${rewrite ? ` ("${rewrite}")` : ': "arrived on Monday", "has been here since Monday"'}.`,
          suggestions: rewrite ? [{ start: verb!.start, end: tokens[end - 1]!.end, replacement: rewrite }] : [],
        });
        continue;
      }
      // Drop "already" next to the rewritten verb: "operates already since May" → "has been operating since May".
      const middle = tokens.slice(v + 1, s).filter((t) => t.lower !== 'already');
      const rest = middle.map((t) => t.text).join(' ');
      const preposition = end < 0 ? since.text : 'for';
      const rewrite = verb ? `${presentPerfect(verb)}${rest ? ` ${rest}` : ''} ${preposition}` : preposition;
      const start = verb ? verb.start : since.start;
      reports.push({
        start,
        end: since.end,
        message:
          end < 0
            ? `"${verb!.text} … since" keeps the source's present tense; English uses the present perfect with "since" ("${rewrite}").`
            : `"since" marks a starting point; a length of time takes "for"${verb ? ', and the present perfect' : ''} ("${rewrite}").`,
        suggestions: [{ start, end: since.end, replacement: (v === 0 || s === 0) && /^\p{Lu}/u.test(tokens[0]!.text) ? rewrite[0]!.toUpperCase() + rewrite.slice(1) : rewrite }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Since 2019 he is the conductor of the city orchestra.', output: 'Since 2019 he has been the conductor of the city orchestra.' },
      { text: 'Since last spring, Maria Lopez is a member of the jury.', output: 'Since last spring, Maria Lopez has been a member of the jury.' },
      { text: 'Until now there are no signs of a break-in.', output: 'So far there have been no signs of a break-in.' },
      { text: 'The bridge is under repair since May.', output: 'The bridge has been under repair since May.' },
      { text: 'The tablets are since last week in pharmacies available.', output: 'The tablets have been available in pharmacies since last week.' },
      { text: 'The nurses are protesting since the start of the month.', output: 'The nurses have been protesting since the start of the month.' },
      { text: 'She knows him since childhood.', output: 'She has known him since childhood.' },
      { text: 'She works at the bakery since six years.', output: 'She has been working at the bakery for six years.' },
      { text: 'Since 2016 she teaches at the music school.', output: 'Since 2016 she has been teaching at the music school.' },
      { text: 'Since last autumn the ferry stops at the island.', output: 'Since last autumn the ferry has been stopping at the island.' },
      { text: 'The village struggles with landslides since a very long time.', output: 'The village has been struggling with landslides for a very long time.' },
      { text: 'The old bridge is closed since March.', output: 'The old bridge has been closed since March.' },
      { text: 'The guests are arrived since two hours.', output: 'The guests arrived two hours ago.' },
      { text: 'The baker is ill since four days.', output: 'The baker has been ill for four days.' },
      { text: 'The ferry operates already since Easter.', output: 'The ferry has been operating since Easter.' },
      { text: 'They know each other since 2015.', output: 'They have known each other since 2015.' },
      { text: 'He has lived in Oslo since ten years.', output: 'He has lived in Oslo for ten years.' },
      { text: 'The talks have stalled since weeks.', output: 'The talks have stalled for weeks.' },
      { text: 'Since two months the pool stays closed.', output: 'For two months the pool stays closed.' },
      { text: 'He is working at the port since 2010.', output: 'He has been working at the port since 2010.' },
      { text: 'Fans were waiting outside the stadium since the early morning.', output: 'Fans had been waiting outside the stadium since the early morning.' },
      { text: 'She is since May the head of the clinic.', output: 'She has been the head of the clinic since May.' },
      { text: 'The governor is since 2016 in office.', output: 'The governor has been in office since 2016.' },
      { text: 'The new timetable enters into force since Sunday.', output: 'The new timetable enters into force from Sunday.' },
      { text: 'She works as a nurse since 2018.', output: 'She has been working as a nurse since 2018.' },
      { text: 'The market takes place already for twenty years.', output: 'The market has been taking place for twenty years.' },
      { text: 'He teaches at the village school already eight years.', output: 'He has been teaching at the village school for eight years.' },
      { text: 'It is the first time that the choir sings in the cathedral.', output: 'It is the first time that the choir has sung in the cathedral.' },
      { text: 'This is the second time I visit the island.', output: 'This is the second time I have visited the island.' },
      { text: 'Since Tuesday the schools in the region are closed.', output: 'Since Tuesday the schools in the region have been closed.' },
      { text: 'Since March the farmers protest against the tax.', output: 'Since March the farmers have been protesting against the tax.' },
      { text: 'Since the flood, the bridge is being repaired.', output: 'Since the flood, the bridge has been repaired.' },
      { text: 'Since January the club does not win at home.', output: 'Since January the club has not won at home.' },
      { text: 'For three years he lives in Lisbon.', output: 'For three years he has lived in Lisbon.' },
      { text: 'For months the residents wait for a decision.', output: 'For months the residents have been waiting for a decision.' },
      { text: 'We know each other for twenty years.', output: 'We have known each other for twenty years.' },
      { text: 'How long do you live here?', output: 'How long have you lived here?' },
      { text: 'The bakers strike already the fourth day.', output: 'The bakers have been striking for four days.' },
      { text: 'The clinic is without heating for the second week already.', output: 'The clinic has been without heating for two weeks.' },
      { text: 'Already the sixth day the pilots protest at the airport.', output: 'Already the sixth day the pilots have been protesting at the airport.' },
      { text: 'Since when does your cousin teach at the college?', output: 'How long has your cousin been teaching at the college?' },
      { text: 'How long are they married?', output: 'How long have they been married?' },
    ],
    valid: [
      'Since 2019, the library is open on Sundays too.',
      'Since he is the conductor, he chooses the programme.',
      'Since 2019 she has been the head of the school.',
      'Since 2010 he is the first mayor to win three times.',
      'Until now, few people had heard of the village.',
      'The index is at its highest level since 1990.',
      'Shares are up 20 percent since January.',
      'Since 2016 she has taught at the music school.',
      'Since May is the driest month, the farmers water daily.',
      'Since they moved, he cycles to work.',
      'She has worked at the bakery for six years.',
      'The ferry has been running since Easter.',
      'He has lived in Oslo since 2014.',
      'It is ten years since the flood.',
      'Since prices rise every month, people save less.',
      'She left the firm since she wanted a change.',
      'Nothing has changed since five years ago.',
      'He had been ill since the spring.',
      'She has been working at the port since 2010.',
      'They had been waiting since dawn.',
      'He is working late since he needs the money.',
      'It has been a long time since we met.',
      'The town has grown ever since.',
      'Since May is the driest month, planting starts in June.',
      'They moved here in 2015 and have stayed since.',
      'He knows that since 1990 the rules have changed.',
      'The rebels have controlled the region since last year.',
      'The army has held all the islands since 1974.',
      'It is the second time since 2020 that the court has ruled so.',
      'Since two days had passed without news, the family called the police.',
      'Since many weeks remained before the vote, the party waited.',
      'Since five years ago, the rules have changed twice.',
      'It is a year since the flood, and the town is quiet.',
      'It is a year since May.',
      'He looks tired since he moved.',
      'Life is different since the pandemic.',
      'He walks with a limp since the accident.',
      'Nothing is the same since the storm hit.',
      'He is the best player since the war.',
      'Since the update is free, we install it.',
      'The shop has opened every day since May.',
      'He is already ten years old.',
      'She left the city already two years ago.',
      'They had known each other already for years.',
      'The group has saved many lives since 2010.',
      'The flight takes already three hours, and nobody knows why.',
      'As the years passed, she worked as a nurse.',
      'It was the first time that the choir sang in the cathedral.',
      'She has been in office since 2016.',
      "That's the only time his family can come along.",
      "It's the second time the gang's hands made a grab for the money.",
      'This is the first time in a century that a woman has won.',
      'Since the scandal, the minister is a different man.',
      'For two weeks every summer the family rents a cabin.',
      'He works as a driver for twelve hours a day.',
      'How long do cats live?',
      'How long do you plan to stay?',
      'The exhibition runs for three weeks.',
      "For years it's been quiet here.",
      'Since the trains run late, we take the bus.',
      'Since the accident, the bridge has been under repair.',
      'It is already the fourth day of the fair.',
      'Lessons begin already the second week of May.',
      'The pilots have been protesting for the fourth day in a row.',
      'Since when do you care about opera?',
      'Since when does she know how to sail?',
      'Since when is it a crime to whistle?',
      'How long are you in town for?',
    ],
  },
});
