import { defineRule, type Report } from '@mtlint/engine';
import {
  argumentPhraseEnd, isAdjective, isAdverb, isAuxiliary, isDeterminer, isModal, isPreposition, isPronoun, isProperNoun, isSpeechVerb, isSubordinator, isTimePhrase,
  isTimeSpan, isWordToken, lemma, nounSenses, nounSingular, primaryTag, quotedMask, takesIndirectQuestion, type Sentence, type Token, WordMap, WordSet,
} from '@mtlint/text';
import { nounPhraseAfterDeterminerEnd, openingAdverbialEnd, phraseWithOfEnd, PREPOSITIONS_TOO, SUBJECT_PRONOUNS } from '../../clause-order.js';

/** A noun phrase that can be a subject: led by a determiner, a number, an adjective or a name. */
const opensSubject = (t: Token | undefined): t is Token =>
  t !== undefined && (t.kind === 'number' || t.lower === 'half' || (isWordToken(t) && (isDeterminer(t) || isProperNoun(t) || /^(JJ|CD|NNS)$/.test(primaryTag(t)))));

const NEGATIONS = new WordSet(['not', 'never']);

// Openers after which English itself inverts an auxiliary and its subject: "Never has the committee …", "Only then
// did …", "So great was …", "Nor will …".
const INVERTING = new WordSet(['never', 'rarely', 'seldom', 'hardly', 'scarcely', 'barely', 'little', 'only', 'not', 'nowhere', 'no', 'so', 'such', 'nor', 'neither']);

/**
 * "Yesterday has the committee the plan rejected", "On Monday will the firm its figures present": a perfect
 * auxiliary or a modal before the subject after an opening adverbial, with the participle or infinitive still to
 * come. The suggestion puts the subject before the auxiliary; where the participle or infinitive stands after its
 * object, participle-after-object and infinitive-at-clause-end move it.
 */
function auxiliaryBeforeSubject(tokens: readonly Token[], at: number, text: string): Report[] {
  const aux = tokens[at]!;
  if (!(isModal(aux) || lemma.of(aux) === 'have') || tokens[tokens.length - 1]?.text === '?') return [];
  if (tokens.slice(0, at).some((t) => INVERTING.hasToken(t))) return [];
  const subjectStart = at + 1;
  // A personal pronoun is a subject of its own ("Tomorrow will I call you", "Next week can we meet"); not "you", which
  // a polite request puts there ("Now will you please sit down.").
  const next = tokens[subjectStart];
  const pronoun = next !== undefined && SUBJECT_PRONOUNS.hasToken(next) && next.lower !== 'you';
  if (!pronoun && (!opensSubject(tokens[subjectStart]) || isPronoun(tokens[subjectStart]!))) return [];
  // A noun read first as a verb after a determiner is the noun ("could the match not …").
  const subjectEnd = pronoun ? subjectStart + 1 : objectInsidePhrase(tokens, subjectStart, nounPhraseAfterDeterminerEnd(tokens, subjectStart));
  if (subjectEnd === subjectStart) return [];
  // The verb the auxiliary governs, later in the same clause: a participle after "have"; after a modal a base form,
  // or the clause's last word read as one ("its figures present").
  let governed = false;
  let k = subjectEnd;
  for (; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) {
    const t = tokens[k]!;
    // A participle spelled as its base form ("cut", "put", "set") is read first as the base form.
    // After "not" a word with a base-form reading is the modal's verb, whatever the lexicon reads first ("could the
    // ferries not leave the port").
    if (isModal(aux) ? primaryTag(t) === 'VB' || (t.tags.includes('VB') && NEGATIONS.hasToken(tokens[k - 1]!)) : primaryTag(t) === 'VBN' || (primaryTag(t) === 'VBD' && t.tags.includes('VBN')) || (primaryTag(t) === 'VB' && t.tags.includes('VBD') && t.tags.includes('VBN'))) governed = true;
  }
  if (isModal(aux) && k > subjectEnd && tokens[k - 1]!.tags.includes('VB')) governed = true;
  // "had" with no participle is the verb itself, before its subject and an object: "In 2019 had the club three
  // coaches" (German "hatte der Verein drei Trainer"); English inverts it only after a negative or "only" (above).
  if (!governed && !(lemma.of(aux) === 'have' && (opensBareObject(tokens, subjectEnd) || amountEnd(tokens, subjectEnd) > subjectEnd) && !isPronoun(tokens[subjectEnd]!))) return [];
  const subject = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
  return [
    {
      start: aux.start,
      end: tokens[subjectEnd - 1]!.end,
      message: `"${aux.text}" comes before its subject "${subject}", as in German main clauses after an opening phrase; English puts the subject first.`,
      suggestions: [{ start: aux.start, end: tokens[subjectEnd - 1]!.end, replacement: `${subject} ${aux.text}` }],
    },
  ];
}

/**
 * "In the centre will open a new park.", "Next week will be opened the new bridge.": a modal and its verb (or "be"
 * and a participle) before a subject that closes the sentence, after an opening adverbial, as German and Russian put
 * the verb second or first. English: "In the centre a new park will open". A verb of position or motion is left
 * alone: English inverts it after a place ("Beside the gate will stand a statue" is literary).
 */
function modalVerbBeforeSubject(tokens: readonly Token[], at: number, text: string): Report | undefined {
  const modal = tokens[at]!;
  const verb = tokens[at + 1];
  if (!isWordToken(verb) || verb.text !== verb.lower || !verb.tags.includes('VB') || isModal(verb) || tokens[tokens.length - 1]?.text === '?') return undefined;
  if (tokens.slice(0, at).some((t) => INVERTING.hasToken(t))) return undefined;
  let verbEnd = at + 2;
  if (verb.lower === 'be') {
    const participle = tokens[at + 2];
    if (!isWordToken(participle) || !participle.tags.includes('VBN') || participle.lower === 'born') return undefined;
    verbEnd = at + 3;
  } else if (isAuxiliary(verb) || INVERTING_VERBS.has(lemma.of(verb)) || POSITION_VERBS.has(lemma.of(verb))) return undefined;
  const first = tokens[verbEnd];
  if (!isWordToken(first) || !(isDeterminer(first) || primaryTag(first) === 'CD') || isPronoun(first)) return undefined;
  const subjectEnd = isDeterminer(first) ? Math.max(phraseWithOfEnd(tokens, verbEnd), nounPhraseAfterDeterminerEnd(tokens, verbEnd)) : phraseWithOfEnd(tokens, verbEnd);
  // The subject closes the sentence: anything after it would make it the object of a clause with its subject first.
  if (subjectEnd <= verbEnd + 1 || subjectEnd !== tokens.length - 1 || !/^[.!]$/.test(tokens[subjectEnd]!.text)) return undefined;
  const subject = text.slice(first.start, tokens[subjectEnd - 1]!.end);
  const group = text.slice(modal.start, tokens[verbEnd - 1]!.end);
  const replacement = `${subject} ${group}`;
  return {
    start: modal.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `"${group}" comes before its subject "${subject}", as German and Russian order the clause after an opening phrase; English puts the subject first: "${replacement}".`,
    suggestions: [{ start: modal.start, end: tokens[subjectEnd - 1]!.end, replacement }],
  };
}

/** An adjective and a lower-case singular noun that close the sentence: "heavy snow.", "future cooperation.". */
function adjectiveAndNounToEnd(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  const end = tokens[at + 2];
  return primaryTag(tokens[at]) === 'JJ' && isWordToken(noun) && noun.text === noun.lower && primaryTag(noun) === 'NN' && at + 2 === tokens.length - 1 && end!.text === '.';
}

/**
 * Whether a noun phrase opens at `at`: a determiner, a name, a number, or a bare plural with or without an adjective
 * ("its figures", "two routes", "new routes", "record profits").
 */
function opensBareObject(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined) return false;
  if (t.kind === 'number') return true;
  if (!isWordToken(t)) return false;
  if (isDeterminer(t) || isProperNoun(t) || primaryTag(t) === 'CD') return true;
  const tag = primaryTag(t);
  const next = tokens[at + 1];
  return (tag === 'NNS' && !t.tags.includes('VBZ')) || (tag === 'JJ' && isWordToken(next) && primaryTag(next) === 'NNS');
}

/**
 * The noun-phrase reader runs a singular noun on into a number or an adjective and plural ("the airline new routes",
 * "the bakery 40 customers"), which English does not put inside one noun phrase: the phrase ends at the noun there.
 */
function objectInsidePhrase(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k]!;
    const numberOrAdjective = t.kind === 'number' || primaryTag(t) === 'CD' || primaryTag(t) === 'JJ';
    if (primaryTag(tokens[k - 1]) === 'NN' && numberOrAdjective && opensBareObject(tokens, k)) return k;
  }
  return end;
}

// Past only: English itself inverts a present passive after a place in expository prose ("In the third column is
// given the optimal policy", "In California is located one of …").
const PASSIVE_BE = new WordSet(['was', 'were']);
// The present, after a prepositional time only ("On Sunday is expected heavy snow", Russian "В воскресенье ожидается
// снег"): a time licenses no inversion, and a bare time may be the subject itself ("Sunday is considered the …").
const PRESENT_BE = new WordSet(['is', 'are']);
// Also a deictic time alone before the verb ("Tomorrow is expected …"), whose subject, if it were one, would have no
// noun phrase after the participle ("Tomorrow is expected to be hot").
const afterTimePhrase = (tokens: readonly Token[]): boolean => (isPreposition(tokens[0]!) && isTimePhrase(tokens, 1)) || (DEICTIC_TIMES.hasToken(tokens[0]!) && PRESENT_BE.hasToken(tokens[1] ?? tokens[0]!));
const TIME_OPENERS = new WordSet(['last', 'next', 'this', 'yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later']);
// Words that name a time on their own: "Tomorrow begins …".
const DEICTIC_TIMES = new WordSet(['yesterday', 'today', 'tomorrow', 'tonight']);
/** A noun with no sense but a time ("week", "spring"), not one with other senses too ("This extension defines …"). */
const onlyTime = (t: Token | undefined) => {
  if (!isWordToken(t)) return false;
  const senses = nounSenses(nounSingular.of(t));
  return senses.length > 0 && senses.every((x) => x === 'noun.time');
};
/** A noun with a time sense among others ("year": also a group, the class of a year). */
const hasTimeSense = (t: Token | undefined) => isWordToken(t) && nounSenses(nounSingular.of(t)).includes('noun.time');
// Verbs that take a time as their subject: "Last year saw the biggest rise", "Next week brings the final".
const TIME_SUBJECT_VERBS = new WordSet(['see', 'bring', 'witness', 'mark', 'find', 'give', 'offer', 'herald', 'usher', 'produce']);

/** Whether the noun phrase at `from` names people: its head a plural with a person or group sense ("5,000 divers"). */
function namesPeople(tokens: readonly Token[], from: number): boolean {
  const head = tokens[argumentPhraseEnd(tokens, from) - 1];
  return head !== undefined && primaryTag(head) === 'NNS' && !isProperNoun(head) && nounSenses(nounSingular.of(head)).some((s) => s === 'noun.person' || s === 'noun.group');
}
// A subject may open with an amount: "more than 300 residents", "about 50 cases", "dozens of houses".
const QUANTITY_OPENERS = new WordSet(['more', 'over', 'about', 'nearly', 'almost', 'around', 'some', 'several', 'many', 'dozens', 'hundreds', 'thousands']);

/**
 * "In Moscow was opened a new station", "Last year were registered 50 cases": a passive's "be" and participle before
 * its subject after an opening adverbial, as Russian orders an impersonal or passive clause ("В Москве открыли новую
 * станцию"). English puts the subject first: "In Moscow a new station was opened". (Brown has one literary
 * inversion of this shape in a million words: "In their vases were embodied the basic …".)
 */
// Prepositions whose phrase belongs to the noun before it in a subject: "containers with fruit", "delegates from …".
const HEAD_PHRASES = new Set(['with', 'from', 'for']);

/** The end of a phrase of content or origin after a subject ending at `end` ("containers with fruit"), or `end`. */
const withHeadPhrase = (tokens: readonly Token[], end: number): number =>
  HEAD_PHRASES.has(tokens[end]?.lower ?? '') && (opensSubject(tokens[end + 1]) || primaryTag(tokens[end + 1]) === 'NN') ? phraseWithOfEnd(tokens, end + 1) : end;

/**
 * Whether the bare noun phrase at `from` has a plural head and ends its clause: "record low temperatures.", "questions
 * of the budget." (the head stands before its "of").
 */
function pluralToClauseEnd(tokens: readonly Token[], from: number): boolean {
  let end = phraseWithOfEnd(tokens, from);
  let head = end - 1;
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.lower === 'of') {
      head = k - 1;
      break;
    }
  }
  if (end > from) end = withHeadPhrase(tokens, end);
  const next = tokens[end];
  return end > from && primaryTag(tokens[head]) === 'NNS' && (next === undefined || (next.kind === 'punct' && /^[.,;!]$/.test(next.text)));
}

/**
 * The index after the words of an amount that opens a noun phrase at `from` ("up to 40", "more than 300", "about
 * 20": the words before the number), or `from` when there are none.
 */
function amountEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  if (tokens[k]?.lower === 'up' && tokens[k + 1]?.lower === 'to') k += 2;
  while (k < tokens.length && k - from < 3 && (QUANTITY_OPENERS.hasToken(tokens[k]!) || tokens[k]!.lower === 'than')) k++;
  const number = tokens[k];
  // "more than half of the residents": a fraction after the rounding words counts as the number; so does "a million".
  const fraction = number?.lower === 'half' && tokens[k + 1]?.lower === 'of';
  const aRound = number?.lower === 'a' && /^(hundred|thousand|million|dozen)$/.test(tokens[k + 1]?.lower ?? '');
  return k > from && number !== undefined && (number.kind === 'number' || primaryTag(number) === 'CD' || fraction || aRound) ? k : from;
}

function passiveBeforeSubject(tokens: readonly Token[], at: number, text: string): Report[] {
  const be = tokens[at]!;
  const participle = tokens[at + 1];
  if (!PASSIVE_BE.hasToken(be) && !(PRESENT_BE.hasToken(be) && afterTimePhrase(tokens))) return [];
  // "were present" (Russian "присутствовали") is read like a passive: "At the ceremony were present the minister …".
  const present = isWordToken(participle) && participle.lower === 'present';
  if (!present && (!isWordToken(participle) || !/^VB[DN]$/.test(primaryTag(participle)) || !participle.tags.includes('VBN'))) return participleAfterSubject(tokens, at, text);
  // "To them was born a son": English inverts "born" in storytelling.
  if (participle.lower === 'born') return [];
  if (tokens.slice(0, at).some((t) => INVERTING.hasToken(t)) || tokens[tokens.length - 1]?.text === '?') return [];
  // The opener is a prepositional phrase or a time ("Last year", "The next day"), not a subject the time-phrase
  // reader took for one ("The Black Hills Passion Play was given a new stage").
  const last = tokens[at - 1]!;
  const senses = nounSenses.of(last);
  const timeHead =
    last.kind === 'number' || (senses.length > 0 && senses.every((x) => x === 'noun.time')) || TIME_OPENERS.hasToken(tokens[0]!);
  if (!isPreposition(tokens[0]!) && !timeHead) return [];
  // A time, and after an opening time a place, may stand between the participle and the subject: "was opened
  // yesterday a new line", "is expected in the mountains heavy snow". They stay after the participle.
  let subjectStart = at + 2;
  const afterParticiple = tokens[subjectStart];
  if (isWordToken(afterParticiple) && DEICTIC_TIMES.hasToken(afterParticiple)) subjectStart++;
  else if (isWordToken(afterParticiple) && isPreposition(afterParticiple) && !isSubordinator(afterParticiple) && isTimePhrase(tokens, subjectStart + 1)) subjectStart = argumentPhraseEnd(tokens, subjectStart + 1);
  else if (isWordToken(afterParticiple) && isPlacePreposition(afterParticiple) && (afterTimePhrase(tokens) || TIME_OPENERS.hasToken(tokens[0]!)) && isWordToken(tokens[subjectStart + 1]) && ARTICLES.hasToken(tokens[subjectStart + 1]!)) {
    const place = phraseWithOfEnd(tokens, subjectStart + 1);
    if (place > subjectStart + 2) subjectStart = place;
  }
  const between = subjectStart > at + 2 ? ' ' + text.slice(tokens[at + 2]!.start, tokens[subjectStart - 1]!.end) : '';
  const first = tokens[subjectStart];
  const quantified = isWordToken(first) && QUANTITY_OPENERS.hasToken(first);
  // A bare plural subject reaching the clause end also counts: "were recorded record low temperatures".
  // So does an adjective and a mass noun: "is expected heavy snow".
  const barePlural = isWordToken(first) && first.text === first.lower && /^(JJ|NN|NNS)$/.test(primaryTag(first)) && (pluralToClauseEnd(tokens, subjectStart) || adjectiveAndNounToEnd(tokens, subjectStart));
  if (!(first?.kind === 'number' || quantified || barePlural || (isWordToken(first) && (isDeterminer(first) || primaryTag(first) === 'CD')))) return [];
  // "more than 300 residents": the amount's words, then the noun phrase.
  let phraseStart = subjectStart;
  while (phraseStart < tokens.length && phraseStart - subjectStart < 3 && (QUANTITY_OPENERS.hasToken(tokens[phraseStart]!) || tokens[phraseStart]!.lower === 'than')) phraseStart++;
  // A participle after the determiner belongs to the subject: "the injured cyclist".
  const participleAfterDeterminer = isWordToken(first) && isDeterminer(first) && phraseStart === subjectStart && /^VB[NG]$/.test(primaryTag(tokens[phraseStart + 1]));
  let subjectEnd = participleAfterDeterminer ? nounPhraseAfterDeterminerEnd(tokens, phraseStart) : phraseWithOfEnd(tokens, phraseStart);
  // A last word with a noun reading closing the sentence is the head the lexicon read first as an adjective: "a new
  // sports complex.".
  const closing = tokens[subjectEnd + 1];
  if (subjectEnd > phraseStart && isWordToken(tokens[subjectEnd]) && tokens[subjectEnd]!.tags.includes('NN') && (closing === undefined || (closing.kind === 'punct' && /^[.!]$/.test(closing.text)))) subjectEnd++;
  // A determiner alone is no subject ("was signed this …" would be a pronoun object).
  if (subjectEnd <= phraseStart || (isWordToken(first) && isDeterminer(first) && subjectEnd === subjectStart + 1)) return [];
  // The subject's phrase of content or origin moves with it when it closes the sentence.
  const withPhrase = withHeadPhrase(tokens, subjectEnd);
  if (withPhrase === tokens.length - 1 && tokens[withPhrase]!.kind === 'punct') subjectEnd = withPhrase;
  // "the minister and two ambassadors": a coordinated subject that closes the sentence moves whole.
  if (tokens[subjectEnd]?.lower === 'and' && opensSubject(tokens[subjectEnd + 1])) {
    const second = phraseWithOfEnd(tokens, subjectEnd + 1);
    if (second === tokens.length - 1 && tokens[second]!.kind === 'punct') subjectEnd = second;
  }
  // "were present" only before people, closing the sentence: "Present were …" and "were present at" are English.
  if (present && (subjectEnd !== tokens.length - 1 || !isPersonHead(tokens[subjectEnd - 1]))) return [];
  const subject = text.slice(first!.start, tokens[subjectEnd - 1]!.end);
  const replacement = `${subject} ${be.text} ${participle.text}${between}`;
  return [
    {
      start: be.start,
      end: tokens[subjectEnd - 1]!.end,
      message: `The passive "${be.text} ${participle.text}" comes before its subject "${subject}"; English puts the subject first: "${replacement}".`,
      suggestions: [{ start: be.start, end: tokens[subjectEnd - 1]!.end, replacement }],
    },
  ];
}

/**
 * "In total were 300 people evacuated", "Last year were 50 cases registered": the passive's "be" before its subject and
 * the participle after it, closing the clause (German "Insgesamt wurden 300 Menschen evakuiert"). The subject opens
 * with a number or an amount; "Among them were …" lists, and is left alone.
 */
function participleAfterSubject(tokens: readonly Token[], at: number, text: string): Report[] {
  const be = tokens[at]!;
  if (tokens[0]!.lower === 'among' || tokens.slice(0, at).some((t) => INVERTING.hasToken(t)) || tokens[tokens.length - 1]?.text === '?') return [];
  // A time may stand between "be" and the subject ("were yesterday four men … arrested"); it goes after the participle.
  const timeEnd = isTimePhrase(tokens, at + 1) ? argumentPhraseEnd(tokens, at + 1) : at + 1;
  const phraseStart = amountEnd(tokens, timeEnd);
  const first = tokens[phraseStart];
  if (first === undefined || !(first.kind === 'number' || primaryTag(first) === 'CD')) return [];
  // The subject with a phrase of kind: "four men with false passports".
  const subjectEnd = withHeadPhrase(tokens, phraseWithOfEnd(tokens, phraseStart));
  const participle = tokens[subjectEnd];
  const after = tokens[subjectEnd + 1];
  if (subjectEnd <= phraseStart || !isWordToken(participle) || !participle.tags.includes('VBN') || !/^VB[DN]$/.test(primaryTag(participle))) return [];
  if (after !== undefined && !(after.kind === 'punct' && /^[.,;!]$/.test(after.text))) return [];
  const subject = text.slice(tokens[timeEnd]!.start, tokens[subjectEnd - 1]!.end);
  const time = timeEnd > at + 1 ? ` ${text.slice(tokens[at + 1]!.start, tokens[timeEnd - 1]!.end)}` : '';
  const replacement = `${subject} ${be.text} ${participle.text}${time}`;
  return [
    {
      start: be.start,
      end: participle.end,
      message: `"${be.text}" comes before its subject "${subject}" and the participle after it; English says "${replacement}".`,
      suggestions: [{ start: be.start, end: participle.end, replacement }],
    },
  ];
}

// The first word of a two-word preposition and its second.
const TWO_WORD_PREPOSITIONS = new WordMap([['because', 'of'], ['due', 'to'], ['thanks', 'to'], ['owing', 'to']]);
// Articles and possessives, which a noun follows ("For those who …" has a pronoun after the preposition).
const ARTICLES = new WordSet(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * `openingAdverbialEnd`, and an opening preposition whose noun the lexicon reads first as a verb after a determiner ("In
 * the match against Ajax", "At the start"), which the noun-phrase reader gives up on.
 */
function openingPhraseEnd(tokens: readonly Token[]): number {
  const end = openingAdverbialEnd(tokens);
  const first = tokens[0];
  // A preposition of two words, of cause or concession: "Because of the fog", "Due to the strike", "Thanks to the rain".
  if (end === 0 && isWordToken(first) && TWO_WORD_PREPOSITIONS.getToken(first) === tokens[1]?.lower) {
    // Its noun may be read first as a verb after a determiner ("Due to the fog").
    const phrase = nounPhraseAfterDeterminerEnd(tokens, 2);
    return phrase > 2 ? phrase : 0;
  }
  if (end > 0 || !isWordToken(first) || !isPreposition(first) || isSubordinator(first) || first.lower === 'to' || first.lower === 'of' || !ARTICLES.has(tokens[1]?.lower ?? '')) return end;
  let phrase = nounPhraseAfterDeterminerEnd(tokens, 1);
  // With its "of" phrases: "At the start of the race".
  while (phrase > 2 && tokens[phrase]?.lower === 'of') {
    const next = phraseWithOfEnd(tokens, phrase + 1);
    if (next <= phrase + 1) break;
    phrase = next;
  }
  return phrase > 2 ? phrase : 0;
}

/**
 * The end of the opening adverbials: `openingAdverbialEnd`, and a place phrase after a time ("This year in the
 * north …", "On Monday in the capital …"), as Russian and German stack them before the verb.
 */
function openingAdverbialsEnd(tokens: readonly Token[]): number {
  const end = openingPhraseEnd(tokens);
  const next = tokens[end];
  if (end === 0 || !isWordToken(next) || !isPreposition(next) || isSubordinator(next) || next.lower === 'of' || next.lower === 'to') return end;
  const object = tokens[end + 1];
  if (object === undefined || isPronoun(object)) return end;
  const place = phraseWithOfEnd(tokens, end + 1);
  return place > end + 1 ? place : end;
}

// Prepositions of place that German and Russian put between the verb and its subject after a time: "in", "at", "on".
const PLACE_PREPOSITIONS = new WordSet(['in', 'at', 'on', 'near', 'outside', 'inside', 'behind', 'across', 'along', 'through', 'around', 'past']);
const isPlacePreposition = (t: Token): boolean => PLACE_PREPOSITIONS.hasToken(t);
// A goal with a determiner after an opening time ("Every year come to the festival thousands of visitors") is no
// locative inversion either; a bare noun may be an idiom ("came to light").
const GOAL_PREPOSITIONS = new WordSet(['to', 'into', 'from']);

// Verbs of position, motion and appearance, which English inverts after a fronted place in narrative ("At dawn in
// the harbour lay three boats", "Into the room walked the minister"): grammars' list of locative inversion verbs.
const INVERTING_VERBS = new WordSet([
  'stand', 'sit', 'lie', 'hang', 'live', 'dwell', 'remain', 'rest', 'come', 'go', 'walk', 'run', 'fly', 'ride', 'rise', 'appear', 'emerge',
  'arrive', 'follow', 'stretch', 'loom', 'grow', 'flow', 'lurk', 'wait', 'sleep', 'rush', 'march', 'roll', 'float', 'burn', 'shine',
  // Crowds gathering, which news inverts after a place: "Outside the court gathered hundreds of supporters".
  'gather', 'assemble', 'crowd', 'throng', 'queue', 'line',
]);

// Their irregular pasts, which the lemma reader may not bring back to them ("With the machinery went a design …").
const INVERTING_PASTS = new WordSet(['went', 'came', 'stood', 'sat', 'lay', 'hung', 'ran', 'flew', 'rode', 'rose', 'grew', 'slept', 'dwelt']);
// Verbs of position or state, which English does not invert after a time or a cause as it does after a place ("On the
// shelf stood two vases"): "After the flood remained hundreds of houses empty", "Since Monday lie dozens of lorries …".
const POSITION_VERBS = new WordSet(['remain', 'stay', 'lie', 'stand', 'sit', 'hang', 'wait', 'rest', 'live']);
// Words that count the noun after them: "several pipes", "thousands of homes".
const COUNTING = new WordSet(['several', 'many', 'numerous', 'countless', 'dozens', 'hundreds', 'thousands', 'millions', 'scores']);
// Particles a verb takes before its inverted subject: "broke out several fires".
const VERB_PARTICLES = new WordSet(['out', 'off', 'up', 'down', 'away']);
// Prepositions of cause, after which English inverts no verb: "Because of the frost fail many harvests".
const CAUSE_OPENERS = new WordSet(['because', 'due', 'owing', 'thanks', 'despite']);

/**
 * "During the night burst several pipes", "After the storm remained thousands of homes without power", "Because of the
 * frost failed many harvests": an intransitive verb right after the opening adverbial and a counted subject after it
 * (a number, an amount, "several", "dozens of" …), closing the sentence or followed by a phrase or a predicate
 * adjective, not by an object. German keeps the verb second and Russian puts the subject of a report last. English
 * inverts only after a place and only verbs of position or motion ("At the gate stood two guards", "Outside the court
 * gathered hundreds of supporters"), or verbs of motion after a time ("Then came three days of rain").
 */
function countedSubjectAfterVerb(tokens: readonly Token[], v: number, text: string): Report | undefined {
  const verb = tokens[v]!;
  const tag = primaryTag(verb);
  const verbLemma = lemma.of(verb);
  // A plural present ("lie", "remain") may be an imperative ("In the evening take two tablets"): verbs of position only.
  // A past spelled as its base form ("burst", "cut", "spread") is read first as the base form.
  const finite = tag === 'VBD' || tag === 'VBZ' || ((tag === 'VBN' || tag === 'VB') && verb.tags.includes('VBD')) || ((tag === 'VBP' || tag === 'VB') && POSITION_VERBS.has(verbLemma));
  if (!finite || isAuxiliary(verb) || isModal(verb) || MEASURE_VERBS.has(verbLemma) || TIME_SUBJECT_VERBS.has(verbLemma) || verbLemma === 'be' || verbLemma === 'have') return undefined;
  const first = tokens[0]!.lower;
  const cause = CAUSE_OPENERS.has(first);
  const time = !cause && (isTimePhrase(tokens, 0) || PREPOSITIONS_TOO.has(first) || first === 'during' || (isPreposition(tokens[0]!) && isTimePhrase(tokens, 1)));
  // After a place narrative inverts other verbs too ("In the distance barked several dogs"): the people-counting
  // reading below handles a place ("In the crash died three cyclists").
  if (!cause && !time) return undefined;
  if (INVERTING_VERBS.has(verbLemma) && !(cause || POSITION_VERBS.has(verbLemma))) return undefined;
  const verbEnd = VERB_PARTICLES.has(tokens[v + 1]?.lower ?? '') ? v + 2 : v + 1;
  const subjectStart = verbEnd;
  const opener = tokens[subjectStart];
  if (opener === undefined) return undefined;
  const amount = amountEnd(tokens, subjectStart);
  const counted = amount > subjectStart || opener.kind === 'number' || (primaryTag(opener) === 'CD' && opener.lower !== 'one') || COUNTING.hasToken(opener);
  if (!counted) return undefined;
  const subjectEnd = phraseWithOfEnd(tokens, amount);
  if (subjectEnd <= amount + (COUNTING.hasToken(opener) && amount === subjectStart ? 1 : 0)) return undefined;
  // The head is a plural noun: before its "of" phrase, or last.
  let head = subjectEnd - 1;
  for (let k = amount + 1; k < subjectEnd; k++) if (tokens[k]!.lower === 'of') {
    head = tokens[k - 1]!.lower === 'dozens' || tokens[k - 1]!.lower === 'hundreds' || tokens[k - 1]!.lower === 'thousands' || tokens[k - 1]!.lower === 'millions' ? subjectEnd - 1 : k - 1;
    break;
  }
  if (!tokens[head]!.tags.includes('NNS')) return undefined;
  // After the subject: the sentence end, a phrase, or what the subject is left ("stuck", "cut off", "without power"); an
  // object or a verb there would make the counted words an object.
  const next = tokens[subjectEnd];
  const closes = next === undefined || (next.kind === 'punct' && /^[.!;]$/.test(next.text));
  const phrase = isWordToken(next) && isPreposition(next) && !isSubordinator(next) && next.lower !== 'of' && next.lower !== 'than';
  const predicate = isWordToken(next) && (primaryTag(next) === 'JJ' || next.tags.includes('VBN'));
  if (!closes && !phrase && !predicate) return undefined;
  const subject = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
  const verbText = text.slice(verb.start, tokens[verbEnd - 1]!.end);
  return {
    start: verb.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `The verb "${verbText}" comes before its subject "${subject}", as German and Russian order a clause after an opening phrase; English puts the subject first.`,
    suggestions: [{ start: verb.start, end: tokens[subjectEnd - 1]!.end, replacement: `${subject} ${verbText}` }],
  };
}

/**
 * "In the crash died three people", "At the summit took part delegates from 40 countries": a verb that is not one of
 * position or motion, then people or an amount as the subject, closing the sentence, is Russian's order of a clause
 * that reports who did it ("В аварии погибли три человека"). English inverts such verbs only in narrative, after a
 * place and before a thing ("From his bag peeked the barrel of a gun"). Returns where the subject ends (taking a
 * phrase of origin: "delegates from 40 countries") when it is such a subject, or 0.
 */
function peopleToSentenceEnd(tokens: readonly Token[], subjectStart: number, phraseStart: number, subjectEnd: number): number {
  let end = subjectEnd;
  if (/^(from|in)$/.test(tokens[end]?.lower ?? '') && !isPronoun(tokens[end + 1] ?? tokens[end]!)) {
    const origin = phraseWithOfEnd(tokens, end + 1);
    // "in" names where the people are from ("residents in the region"), not what they take part in ("in the cleanup").
    if (tokens[end]!.lower === 'from' || namesPlace(tokens[origin - 1])) end = origin;
  }
  // "the mayor and the governor": two people named by what they are, joined by "and", closing the sentence.
  if (tokens[end]?.lower === 'and' && isPersonHead(tokens[end - 1]) && opensSubject(tokens[end + 1])) {
    const second = phraseWithOfEnd(tokens, end + 1);
    const mark = tokens[second];
    return isPersonHead(tokens[second - 1]) && second === tokens.length - 1 && mark?.kind === 'punct' && /^[.!]$/.test(mark.text) ? second : 0;
  }
  // What they take part in may close the sentence after them: "participated almost all residents | in the cleanup".
  const closesAt = (at: number) => at === tokens.length - 1 && tokens[at]!.kind === 'punct' && /^[.!]$/.test(tokens[at]!.text);
  const after = tokens[end];
  const phraseAfter = isWordToken(after) && isPreposition(after) && !isSubordinator(after) && !isPronoun(tokens[end + 1] ?? after) && closesAt(phraseWithOfEnd(tokens, end + 1));
  if (!closesAt(end) && !phraseAfter) return 0;
  // "thousands of students", "dozens of residents": a quantity word before "of" is an amount too.
  const first = tokens[phraseStart]!;
  const amount = phraseStart > subjectStart || first.kind === 'number' || primaryTag(first) === 'CD' || (QUANTITY_OPENERS.hasToken(first) && tokens[phraseStart + 1]?.lower === 'of');
  const head = tokens[argumentPhraseEnd(tokens, phraseStart) - 1];
  const group = head !== undefined && primaryTag(head) === 'NNS' && !isProperNoun(head) && nounSenses(nounSingular.of(head)).some((s) => s === 'noun.person' || s === 'noun.group');
  return amount || group ? end : 0;
}

/** A name, or a noun with a sense of place ("region", "city"). */
function namesPlace(t: Token | undefined): boolean {
  return isWordToken(t) && (isProperNoun(t) || nounSenses(nounSingular.of(t)).includes('noun.location'));
}

/** A lower-case noun with a sense that names people ("mayor", "governor", "driver"). */
function isPersonHead(t: Token | undefined): boolean {
  return isWordToken(t) && t.text === t.lower && /^NNS?$/.test(primaryTag(t)) && nounSenses(nounSingular.of(t)).includes('noun.person');
}

const MEASURE_VERBS = new WordSet(['last', 'cost', 'weigh', 'measure', 'span', 'total']);

// "took place", "take place": one verb, which English does not invert after a place as it does "stood" or "lay".
const TAKE_FORMS = new WordSet(['took', 'takes', 'take']);

/**
 * "About this reported the press office of the ministry.", "About the fire informed the fire brigade.": Russian news
 * opens with "Об этом сообщила …" (about this reported …), the topic first and the source after its verb. English:
 * "The press office of the ministry reported this." The topic is "this", "it", "that" or a noun phrase with "the".
 */
function aboutThisReported(tokens: readonly Token[], text: string): Report | undefined {
  // "Of this informs …": the same opener with "of" for Russian "об".
  if (tokens[0]?.lower !== 'about' && tokens[0]?.lower !== 'of') return undefined;
  const pronoun = /^(this|it|that)$/.test(tokens[1]?.lower ?? '');
  const topicEnd = pronoun ? 2 : tokens[1]?.lower === 'the' ? phraseWithOfEnd(tokens, 1) : 1;
  const verb = tokens[topicEnd];
  if (topicEnd < 2 || !isWordToken(verb) || !isSpeechVerb(verb) || !(verb.tags.includes('VBD') || verb.tags.includes('VBZ'))) return undefined;
  const subjectStart = topicEnd + 1;
  if (!opensSubject(tokens[subjectStart])) return undefined;
  const subjectEnd = phraseWithOfEnd(tokens, subjectStart);
  const after = tokens[subjectEnd];
  if (subjectEnd <= subjectStart + 1 || !(after === undefined || (after.kind === 'punct' && /^[.!;]$/.test(after.text)))) return undefined;
  const subject = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
  const topic = pronoun ? (tokens[1]!.lower === 'it' ? 'it' : 'this') : text.slice(tokens[1]!.start, tokens[topicEnd - 1]!.end);
  // A verb of reporting takes the topic as its object ("reported the fire"); "informed" and "told" take it with "about".
  const replacement = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${verb.text}${REPORTING.has(lemma.of(verb)) ? '' : ' about'} ${topic}`;
  return {
    start: tokens[0]!.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `"${text.slice(tokens[0]!.start, verb.end)}" puts the verb before its subject "${subject}", as Russian news does ("Об этом сообщил …"); English: "${replacement}".`,
    suggestions: [{ start: tokens[0]!.start, end: tokens[subjectEnd - 1]!.end, replacement }],
  };
}

/**
 * "As reported the press service of the ministry, the work will …", "As informs the agency, …": Russian "Как сообщила
 * пресс-служба" keeps the verb before its subject inside the "as" clause. English: "As the press service of the
 * ministry reported, …". The clause closes with a comma after a subject of two words or more.
 */
function asReportedBy(tokens: readonly Token[], text: string): Report | undefined {
  if (tokens[0]?.text !== 'As' || !isSpeechVerb(tokens[1]) || !opensSubject(tokens[2])) return undefined;
  const subjectEnd = phraseWithOfEnd(tokens, 2);
  if (subjectEnd <= 3 || tokens[subjectEnd]?.text !== ',') return undefined;
  const subject = text.slice(tokens[2]!.start, tokens[subjectEnd - 1]!.end);
  const replacement = `As ${subject} ${tokens[1]!.text}`;
  return {
    start: tokens[0]!.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `"As ${tokens[1]!.text}" puts the verb before its subject "${subject}", as Russian news does ("Как сообщила …"); English: "${replacement}".`,
    suggestions: [{ start: tokens[0]!.start, end: tokens[subjectEnd - 1]!.end, replacement }],
  };
}

// Participles whose subject a diary, a chat or a biography drops before a noun phrase of their own: "Was given a
// second chance", "Were told the news", "Was elected a member of the academy", "Was born a slave".
const TWO_OBJECT_PARTICIPLES = new WordSet([
  'given', 'told', 'shown', 'sent', 'offered', 'asked', 'handed', 'granted', 'awarded', 'promised', 'taught', 'paid', 'allowed', 'denied',
  'charged', 'fined', 'refused', 'lent', 'brought', 'left', 'served', 'called', 'named', 'made', 'sold', 'bought', 'assigned', 'issued',
  'spared', 'owed', 'read', 'elected', 'appointed', 'voted', 'declared', 'considered', 'crowned', 'ordained', 'nominated', 'chosen',
  'selected', 'born', 'raised', 'trained', 'hired', 'kept', 'dubbed', 'labelled', 'labeled', 'deemed', 'rated', 'ranked', 'listed',
]);

// Participles of a feeling, which a diary's dropped subject has before a measure: "Was surprised a bit", "Was bored a lot".
const FEELING_PARTICIPLES = new WordSet([
  'surprised', 'shocked', 'amazed', 'delighted', 'pleased', 'thrilled', 'disappointed', 'impressed', 'excited', 'relieved', 'worried',
  'stunned', 'scared', 'bored', 'annoyed', 'confused', 'tired', 'touched', 'moved', 'embarrassed', 'frightened', 'upset',
]);

/**
 * "Was detained a man of 40.", "Were injured three passers-by.": a passive that opens the sentence with its subject
 * after it, Russian's order for news of an event ("Задержан мужчина", "Пострадали три человека"). A question ends in
 * "?"; a diary drops the subject before an object of the participle ("Was given a chance") or a clause ("Was
 * surprised the shop was open"), neither of which a subject noun phrase followed by the sentence end or a phrase is.
 */
function passiveOpensSentence(tokens: readonly Token[], text: string): Report | undefined {
  // "Has been published the report": the perfect passive, its "been" read with "has".
  const perfect = (tokens[0]?.lower === 'has' || tokens[0]?.lower === 'have') && tokens[1]?.lower === 'been' ? 1 : 0;
  const be = tokens[perfect];
  const participle = tokens[perfect + 1];
  if (!isWordToken(be) || !(PASSIVE_BE.hasToken(be) || perfect === 1) || !isWordToken(participle) || !participle.tags.includes('VBN') || !/^VB[DN]$/.test(primaryTag(participle))) return undefined;
  if (TWO_OBJECT_PARTICIPLES.hasToken(participle) || FEELING_PARTICIPLES.hasToken(participle) || tokens.some((t) => t.text.includes('?'))) return undefined;
  const subjectStart = perfect + 2;
  const phraseStart = amountEnd(tokens, subjectStart);
  const first = tokens[phraseStart];
  if (!opensSubject(first) || isPronoun(first)) return undefined;
  // A plural the lexicon reads first as a verb ("two suspects") is the noun after a number.
  const afterNumber = (first.kind === 'number' || primaryTag(first) === 'CD') && isWordToken(tokens[phraseStart + 1]) && tokens[phraseStart + 1]!.tags.includes('NNS') ? phraseStart + 2 : phraseStart;
  let subjectEnd = Math.max(afterNumber, objectInsidePhrase(tokens, phraseStart, phraseWithOfEnd(tokens, phraseStart)));
  // "four soldiers and a medic": a coordinated subject moves whole.
  if (tokens[subjectEnd]?.lower === 'and' && opensSubject(tokens[subjectEnd + 1]) && !isPronoun(tokens[subjectEnd + 1]!)) subjectEnd = Math.max(subjectEnd, phraseWithOfEnd(tokens, subjectEnd + 1));
  // The head noun stands before any "of" phrase: "a man | of 40".
  const noun = tokens[Math.max(afterNumber, argumentPhraseEnd(tokens, phraseStart)) - 1];
  const nounAfterNumber = afterNumber > phraseStart && noun === tokens[afterNumber - 1];
  if (subjectEnd <= phraseStart || !isWordToken(noun) || !(/^NN/.test(primaryTag(noun)) || nounAfterNumber) || isTimeSpan(tokens, phraseStart, subjectEnd)) return undefined;
  const head = tokens[subjectEnd - 1]!;
  const after = tokens[subjectEnd];
  // A phrase may follow, also one opened by "after" or "since" ("after the match", not "after he left").
  const phrase = isWordToken(after) && isPreposition(after) && (!isSubordinator(after) || (PREPOSITIONS_TOO.has(after.lower) && !isPronoun(tokens[subjectEnd + 1] ?? after)));
  if (!(after === undefined || (after.kind === 'punct' && /^[.!;,]$/.test(after.text)) || phrase)) return undefined;
  const subject = text.slice(tokens[subjectStart]!.start, head.end);
  const passive = perfect === 1 ? `${tokens[0]!.lower} been` : be.lower;
  const replacement = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${passive} ${participle.text}`;
  return {
    start: tokens[0]!.start,
    end: head.end,
    message: `The passive "${text.slice(tokens[0]!.start, participle.end)}" opens the sentence before its subject "${subject}", as Russian reports an event; English puts the subject first: "${replacement}".`,
    suggestions: [{ start: tokens[0]!.start, end: head.end, replacement }],
  };
}

// Verbs of saying whose object is what is said: "reported the fire", "announced the closure".
const REPORTING = new WordSet(['report', 'announce', 'state', 'confirm', 'declare', 'write', 'say']);

// Finite auxiliaries, "be" and modals that German puts second after a fronted clause; "have" and "do" are left out, as
// their base forms open imperatives ("After it has been seen, have the child start …").
const SECOND_AFTER_CLAUSE = new WordSet(['was', 'were', 'is', 'are', 'has', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'should', 'must', 'may', 'might', 'shall']);
const CLAUSE_SUBJECTS = new WordSet(['he', 'she', 'they', 'we', 'it', 'i']);

/**
 * "Because it rained, was the match cancelled.": a subordinate clause opens the sentence, and the main clause puts its
 * auxiliary or modal before its subject, as German does after a fronted clause ("Weil es regnete, wurde das Spiel
 * abgesagt"). English puts the subject first; a question inverts ("If you use attendants, can they be replaced?"),
 * and so does a speech tag set off by commas ("…, said the coach, …").
 */
function verbSecondAfterClause(tokens: readonly Token[], text: string): Report | undefined {
  const opener = tokens[0];
  if (!isWordToken(opener) || !isSubordinator(opener) || opener.lower === 'that' || tokens.some((t) => t.text.includes('?'))) return undefined;
  let comma = 1;
  while (comma < tokens.length && tokens[comma]!.kind !== 'punct') comma++;
  if (tokens[comma]?.text !== ',' || comma < 3) return undefined;
  const verb = tokens[comma + 1];
  if (!isWordToken(verb) || !SECOND_AFTER_CLAUSE.hasToken(verb)) return undefined;
  const subjectStart = comma + 2;
  const first = tokens[subjectStart];
  const pronoun = first !== undefined && CLAUSE_SUBJECTS.hasToken(first);
  if (!pronoun && (!opensSubject(first) || isPronoun(first!))) return undefined;
  // After a determiner a word the lexicon reads first as a verb is the noun: "was the match cancelled".
  const subjectEnd = pronoun ? subjectStart + 1 : Math.max(phraseWithOfEnd(tokens, subjectStart), isDeterminer(first!) ? nounPhraseAfterDeterminerEnd(tokens, subjectStart) : 0);
  const after = tokens[subjectEnd];
  if (subjectEnd <= subjectStart || after === undefined || after.text === ',') return undefined;
  const subject = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
  const reordered = pronoun ? `${first!.lower === 'i' ? 'I' : first!.lower} ${verb.text}` : `${subject} ${verb.text}`;
  return {
    start: verb.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `"${verb.text}" comes before its subject "${subject}" after the opening clause, as German puts the verb second; English puts the subject first: "${reordered}".`,
    suggestions: [{ start: verb.start, end: tokens[subjectEnd - 1]!.end, replacement: reordered }],
  };
}

// Verbs whose subject is the people who come, which Russian puts after the place or event ("Выставку посетили 10
// тысяч человек": "The exhibition visited 10 thousand people").
const VISIT_VERBS = new WordSet(['visit', 'attend', 'watch']);
// Their first letters, by character code: a look-up in a typed array, where a `Set` of numbers cost a call per token.
const VISIT_INITIALS = new Uint8Array(128);
for (const verb of VISIT_VERBS) VISIT_INITIALS[verb.charCodeAt(0)] = 1;
const NOT_PLACES = new WordSet(['noun.person', 'noun.group']);

/**
 * "Last year the region visited 2 million tourists.": a place or event with a determiner, a past or present of
 * *visit, attend, watch*, then an amount of people closing the sentence — Russian's object-first order read as
 * subject-first. English: "2 million tourists visited the region". The subject has a sense that is no person or group
 * ("the region", "the museum", "the concert"); the people are a plural with a person sense, or "people".
 */
function placeVisitedByPeople(tokens: readonly Token[], text: string): Report | undefined {
  // The people close the sentence, before its full stop: "people" or a plural. Tested first, on two tokens, as it
  // rules out nearly every sentence before the walk to the verb, which reads every token.
  const people = tokens[tokens.length - 2];
  const mark = tokens[tokens.length - 1];
  if (!isWordToken(people) || mark?.kind !== 'punct' || !(mark.text === '.' || mark.text === '!') || !(people.lower === 'people' || primaryTag(people) === 'NNS')) return undefined;
  let v = 2;
  // The first letter, which every form of these regular verbs keeps, then the tags, before the lemma: a lemma is a
  // look-up per spelling, which the first lint of a text pays for every word it asks.
  for (; v < tokens.length - 2; v++) {
    const t = tokens[v]!;
    // NaN (an empty word) and codes past 127 read undefined: no initial of these verbs.
    if (VISIT_INITIALS[t.lower.charCodeAt(0)] === 1 && (t.tags.includes('VBD') || t.tags.includes('VBZ')) && VISIT_VERBS.has(lemma.of(t))) break;
  }
  if (v >= tokens.length - 2) return undefined;
  const place = tokens[v - 1]!;
  let start = v - 1;
  while (start > 0 && isWordToken(tokens[start - 1]) && /^(JJ|NN)$/.test(primaryTag(tokens[start - 1]))) start--;
  const determiner = tokens[start - 1];
  if (!isWordToken(determiner) || !isDeterminer(determiner) || !/^NNS?$/.test(primaryTag(place)) || place.text !== place.lower) return undefined;
  // The place opens the clause: at the start, or after an opening time or place phrase.
  const subjectStart = start - 1;
  if (subjectStart !== 0 && openingAdverbialsEnd(tokens) !== subjectStart && tokens[subjectStart - 1]!.text !== ',') return undefined;
  const senses = nounSenses(nounSingular.of(place));
  if (senses.length === 0 || senses.every((x) => NOT_PLACES.has(x))) return undefined;
  // A time phrase may stand between verb and people ("visited in the first week 15,000 people"); it goes last.
  const afterVerb = tokens[v + 1]!;
  const timeEnd = isWordToken(afterVerb) && isPreposition(afterVerb) && isTimePhrase(tokens, v + 2) ? argumentPhraseEnd(tokens, v + 2) : isTimePhrase(tokens, v + 1) ? argumentPhraseEnd(tokens, v + 1) : v + 1;
  const amountStart = timeEnd;
  const phraseStart = amountEnd(tokens, amountStart);
  const first = tokens[phraseStart];
  if (first === undefined || !(first.kind === 'number' || primaryTag(first) === 'CD' || phraseStart > amountStart)) return undefined;
  // The phrase runs to the people before the full stop (tested above).
  if (phraseWithOfEnd(tokens, phraseStart) !== tokens.length - 1) return undefined;
  if (people.lower !== 'people' && !(primaryTag(people) === 'NNS' && nounSenses(nounSingular.of(people)).includes('noun.person'))) return undefined;
  const subject = text.slice(tokens[amountStart]!.start, people.end);
  const object = text.slice(tokens[subjectStart]!.start, place.end);
  const opening = subjectStart === 0;
  const time = timeEnd > v + 1 ? ` ${text.slice(tokens[v + 1]!.start, tokens[timeEnd - 1]!.end)}` : '';
  const replacement = `${opening ? subject[0]!.toUpperCase() + subject.slice(1) : subject} ${tokens[v]!.text} ${opening ? object[0]!.toLowerCase() + object.slice(1) : object}${time}`;
  return {
    start: tokens[subjectStart]!.start,
    end: people.end,
    message: `"${object}" reads as the subject of "${tokens[v]!.text}", but the people who ${lemma.of(tokens[v]!)} are "${subject}": Russian puts the object first. English: "${replacement}".`,
    suggestions: [{ start: tokens[subjectStart]!.start, end: people.end, replacement }],
  };
}

/**
 * "In the film plays she a doctor": a subject pronoun after the verb, with more of the clause after it. English inverts
 * a pronoun only after a quotation ("said she"), which the speech verbs cover.
 */
function pronounAfterVerb(tokens: readonly Token[], verb: Token, at: number, text: string, verbEnd: number): Report | undefined {
  const pronoun = tokens[at];
  const after = tokens[at + 1];
  // The word after it is no verb: "For mosquito bites she recommends …" has its verb there, and "bites" is a noun.
  if (!isWordToken(pronoun) || !SUBJECT_PRONOUNS.has(pronoun.lower) || !isWordToken(after) || isSpeechVerb(verb) || /^(VB|MD)/.test(primaryTag(after))) return undefined;
  if (isAuxiliary(verb) || isModal(verb) || tokens.some((t) => t.text.includes('?'))) return undefined;
  const subject = pronoun.lower === 'i' ? 'I' : pronoun.lower;
  const verbText = text.slice(verb.start, tokens[verbEnd - 1]!.end);
  const middle = at > verbEnd ? ` ${text.slice(tokens[verbEnd]!.start, tokens[at - 1]!.end)}` : '';
  const replacement = `${subject} ${verbText}${middle}`;
  return {
    start: verb.start,
    end: pronoun.end,
    message: `The verb "${verbText}" comes before its subject "${pronoun.text}", as German puts the verb second after an opening phrase; English: "${replacement}".`,
    suggestions: [{ start: verb.start, end: pronoun.end, replacement }],
  };
}

/**
 * After an opener that may be a clause ("After long talks"), a finite verb, then a subject and an object, each led by a
 * determiner or a name ("signed the two firms the deal"): a clause's verb would have its object alone after it.
 */
function twoNounPhrasesAfter(tokens: readonly Token[], v: number, text: string): Report[] {
  const verb = tokens[v]!;
  // A past the lexicon reads first as a participle ("left") counts as one.
  // So does a past read first as an adjective ("celebrated") before a determiner.
  const past = /^VB[DZ]$/.test(primaryTag(verb)) || ((primaryTag(verb) === 'VBN' || primaryTag(verb) === 'JJ') && verb.tags.includes('VBD'));
  if (!past || isAuxiliary(verb) || isModal(verb)) return [];
  const subjectFirst = tokens[v + 1];
  if (!isWordToken(subjectFirst) || !(isDeterminer(subjectFirst) || isProperNoun(subjectFirst))) return [];
  const subjectEnd = objectInsidePhrase(tokens, v + 1, phraseWithOfEnd(tokens, v + 1));
  const object = tokens[subjectEnd];
  // The object led by a determiner or a number: "signed the two firms the deal", "scored the visitors two goals".
  const counted = object?.kind === 'number' || primaryTag(object) === 'CD';
  if (subjectEnd <= v + 1 || object === undefined || !(counted || (isWordToken(object) && isDeterminer(object) && !isPronoun(object)))) return [];
  // The object closes the clause, or a prepositional phrase follows it: after a clause ("Before the players entered the
  // pitch the referee checked …") the main clause's verb does.
  // A participle after the object's determiner belongs to it ("the damaged power lines"); an adverb of manner may
  // close the clause after it ("criticised the opposition the plan sharply").
  const objectEnd = Math.max(phraseWithOfEnd(tokens, subjectEnd), counted ? subjectEnd : nounPhraseAfterDeterminerEnd(tokens, subjectEnd));
  const adverbAfter = isWordToken(tokens[objectEnd]) && primaryTag(tokens[objectEnd]) === 'RB' && tokens[objectEnd]!.lower.endsWith('ly') ? objectEnd + 1 : objectEnd;
  const after = tokens[adverbAfter];
  if (objectEnd <= subjectEnd + 1 || !(after === undefined || after.kind === 'punct' || (isPreposition(after) && !isSubordinator(after)))) return [];
  return [subjectFirstReport(text, tokens, verb, subjectFirst, subjectEnd)];
}

/**
 * After an opener that may be a clause ("After the match"), a past verb, a subject led by a determiner, then only
 * prepositional phrases and adverbs to the full stop ("After the match celebrated the fans in the streets"): read as a
 * clause ("After the match celebrated …") the sentence would have no main clause, as it has no other verb and no
 * comma. Verbs of motion and appearance are left alone ("After the storm came the flood", "After the war followed a
 * long peace"), as English inverts them after a time.
 */
function subjectAndPhrasesAlone(tokens: readonly Token[], v: number, text: string): Report[] {
  const verb = tokens[v]!;
  const past = primaryTag(verb) === 'VBD' || ((primaryTag(verb) === 'VBN' || primaryTag(verb) === 'JJ') && verb.tags.includes('VBD'));
  if (!past || isAuxiliary(verb) || isModal(verb) || INVERTING_VERBS.has(lemma.of(verb)) || INVERTING_PASTS.hasToken(verb) || TIME_SUBJECT_VERBS.has(lemma.of(verb)) || verb.lower === 'saw' || lemma.of(verb) === 'be') return [];
  const subjectFirst = tokens[v + 1];
  if (!isWordToken(subjectFirst) || !isDeterminer(subjectFirst) || isPronoun(subjectFirst) || !ARTICLES.hasToken(subjectFirst)) return [];
  let subjectEnd = Math.max(phraseWithOfEnd(tokens, v + 1), nounPhraseAfterDeterminerEnd(tokens, v + 1));
  // A subject of two noun phrases: "agreed the unions and the employers on …".
  if (tokens[subjectEnd]?.lower === 'and' && isWordToken(tokens[subjectEnd + 1]) && ARTICLES.hasToken(tokens[subjectEnd + 1]!)) {
    const second = Math.max(phraseWithOfEnd(tokens, subjectEnd + 1), nounPhraseAfterDeterminerEnd(tokens, subjectEnd + 1));
    if (second > subjectEnd + 2) subjectEnd = second;
  }
  const head = tokens[subjectEnd - 1];
  if (subjectEnd <= v + 2 || !isWordToken(head) || !/^NNS?$/.test(primaryTag(head))) return [];
  // Prepositional phrases and adverbs alone to the full stop, at least one phrase: "celebrated the fans." alone may be
  // a headline's fragment.
  let k = subjectEnd;
  let phrases = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    if (!isWordToken(t)) return [];
    if (isPreposition(t) && !isSubordinator(t) && t.lower !== 'of') {
      const end = Math.max(argumentPhraseEnd(tokens, k + 1), isDeterminer(tokens[k + 1] ?? t) ? nounPhraseAfterDeterminerEnd(tokens, k + 1) : 0);
      if (end <= k + 1) return [];
      k = phraseWithOfEnd(tokens, k + 1) > end ? phraseWithOfEnd(tokens, k + 1) : end;
      phrases++;
    } else if (primaryTag(t) === 'RB' && t.lower.endsWith('ly')) k++;
    else return [];
  }
  const last = tokens[k];
  if (phrases === 0 || last === undefined || k !== tokens.length - 1 || last.text !== '.') return [];
  return [subjectFirstReport(text, tokens, verb, subjectFirst, subjectEnd)];
}

/**
 * "In the city work four hospitals.", "At the plant work 500 people.": the opening phrase's reader took the verb for
 * the last noun of a compound ("city work"), as the lexicon has a noun reading for it. A present or past reading
 * there, after a noun, with an amount of people or things after it to the sentence end, is the verb before its
 * subject (Russian "В городе работают четыре больницы"). English counts in a compound ("In the city work four…"
 * has no English reading) only before a verb.
 */
function verbSwallowedByOpener(tokens: readonly Token[], adverbialEnd: number, text: string): Report | undefined {
  if (adverbialEnd < 4 || !isPreposition(tokens[0]!)) return undefined;
  // The phrase may have run on over the amount too: "the factory work 800 people".
  let v = adverbialEnd - 1;
  while (v > 2 && !(tokens[v + 1]?.kind === 'number' || primaryTag(tokens[v + 1]) === 'CD' || amountEnd(tokens, v + 1) > v + 1)) v--;
  const verb = tokens[v];
  if (!isWordToken(verb) || !/^NNS?$/.test(primaryTag(tokens[v - 1]))) return undefined;
  if (!(verb.tags.includes('VBP') || verb.tags.includes('VBZ') || verb.tags.includes('VBD')) || /^VB/.test(primaryTag(verb)) || INVERTING_VERBS.has(lemma.of(verb))) return undefined;
  const phraseStart = amountEnd(tokens, v + 1);
  const first = tokens[phraseStart];
  if (first === undefined || !(first.kind === 'number' || primaryTag(first) === 'CD' || phraseStart > v + 1)) return undefined;
  const subjectEnd = peopleToSentenceEnd(tokens, v + 1, phraseStart, phraseWithOfEnd(tokens, phraseStart));
  if (subjectEnd === 0) return undefined;
  const subject = text.slice(tokens[v + 1]!.start, tokens[subjectEnd - 1]!.end);
  const replacement = `${subject} ${verb.text}`;
  return {
    start: verb.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `The verb "${verb.text}" comes before its subject "${subject}", as in Russian after an opening place; English puts the subject first: "${replacement}".`,
    suggestions: [{ start: verb.start, end: tokens[subjectEnd - 1]!.end, replacement }],
  };
}

/**
 * Whether an amount opens a noun phrase at `at` with a determiner-led noun phrase after it: "begin about forty students
 * their training", a plural present's subject and object. An imperative's object follows the verb alone ("In the menu
 * select the file"), and a counted object leaves no noun phrase after it ("select two files").
 */
function amountThenObject(tokens: readonly Token[], at: number): boolean {
  const phraseStart = amountEnd(tokens, at);
  const first = tokens[phraseStart];
  if (first === undefined || !(phraseStart > at || first.kind === 'number' || primaryTag(first) === 'CD')) return false;
  const end = phraseWithOfEnd(tokens, phraseStart);
  const object = tokens[end];
  return end > phraseStart + 1 && isWordToken(object) && isDeterminer(object) && !isPronoun(object) && namesPeople(tokens, phraseStart);
}

/**
 * The end of a reporting lead-in and its comma, after which a clause of its own opens: "According to the police,",
 * "As the mayor said,", "As reported by the agency,"; or 0. What follows is read as a sentence of its own: "According to
 * the forecast, on Sunday is expected heavy snow."
 */
function reportingLeadInEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!isWordToken(first) || !(first.lower === 'according' || first.lower === 'as')) return 0;
  if (first.lower === 'according' && tokens[1]?.lower !== 'to') return 0;
  for (let k = 2; k < tokens.length - 4 && k < 12; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      // "As the mayor said,": a verb of saying closes the lead-in after "as".
      if (first.lower === 'as' && !isSpeechVerb(tokens[k - 1]) && tokens[1]?.lower !== 'reported') return 0;
      return k + 1;
    }
    if (t.kind === 'punct') return 0;
  }
  return 0;
}

// Adverbs that German sets before an opening time or place, the two in the first place: "Schon am Morgen",
// "Kurz nach Mitternacht", "Gleich in der ersten Minute".
const LEADING_ADVERBS = new WordSet(['already', 'shortly', 'just', 'soon', 'early', 'late', 'immediately', 'right', 'still', 'even']);

/**
 * "According to the police was the driver drunk.": "According to" and its noun phrase, then "be", an auxiliary or a
 * modal before its subject, as German puts the verb second after "Laut Polizei" (*Laut Polizei war der Fahrer
 * betrunken*) and Russian may after "По словам полиции". English sets the lead-in off with a comma and puts the subject
 * first: "According to the police, the driver was drunk." (With the comma, the clause after it is read by `detect`.)
 */
function accordingToWithoutComma(tokens: readonly Token[], text: string): Report | undefined {
  if (tokens[0]?.lower !== 'according' || tokens[1]?.lower !== 'to' || tokens[tokens.length - 1]?.text === '?') return undefined;
  const end = isWordToken(tokens[2]) && isDeterminer(tokens[2]!) ? Math.max(phraseWithOfEnd(tokens, 2), nounPhraseAfterDeterminerEnd(tokens, 2)) : phraseWithOfEnd(tokens, 2);
  const verb = tokens[end];
  if (end <= 2 || !isWordToken(verb) || !SECOND_AFTER_CLAUSE.hasToken(verb)) return undefined;
  const first = tokens[end + 1];
  if (!isWordToken(first)) return undefined;
  const pronoun = CLAUSE_SUBJECTS.hasToken(first) || first.lower === 'you';
  if (!pronoun && (!opensSubject(first) || isPronoun(first))) return undefined;
  const subjectEnd = pronoun ? end + 2 : objectInsidePhrase(tokens, end + 1, Math.max(phraseWithOfEnd(tokens, end + 1), isDeterminer(first) ? nounPhraseAfterDeterminerEnd(tokens, end + 1) : 0));
  let subjectStop = subjectEnd;
  // After a modal the subject ends before the word that can be its verb: "could the prices | rise further".
  if (isModal(verb)) for (let k = end + 3; k < subjectEnd; k++) if (tokens[k]!.tags.includes('VB')) { subjectStop = k; break; }
  if (subjectStop <= end + 1) return undefined;
  // A superlative or an ordinal after "be" makes a predicate, with no subject at all ("According to the report was the
  // worst year since 1990": a missing "it").
  if (lemma.of(verb) === 'be' && tokens.slice(end + 1, subjectStop).some((t) => primaryTag(t) === 'JJS' || RANKS.hasToken(t))) return undefined;
  const subject = text.slice(first.start, tokens[subjectStop - 1]!.end);
  const replacement = `, ${subject} ${verb.text}`;
  return {
    start: verb.start,
    end: tokens[subjectStop - 1]!.end,
    message: `"${verb.text}" comes before its subject "${subject}" after "According to …", as German puts the verb second after "Laut …"; English sets the lead-in off with a comma and puts the subject first.`,
    suggestions: [{ start: tokens[end - 1]!.end, end: tokens[subjectStop - 1]!.end, replacement }],
  };
}
const RANKS = new WordSet(['first', 'last', 'only', 'second', 'third', 'next', 'same']);

// Words that grade an adjective, which English does not front with it before "be" ("Very surprised were …").
const GRADING = new WordSet(['very', 'quite', 'really', 'extremely', 'highly', 'rather', 'fairly', 'totally', 'completely']);
// Participles and adjectives English fronts before "be" in lists and notices: "Attached is …", "Gone are the days",
// "Present were …", "Blessed are …", "Included are …".
const FRONTED_IN_ENGLISH = new WordSet([
  'attached', 'enclosed', 'included', 'gone', 'present', 'absent', 'blessed', 'missing', 'gathered', 'seated', 'shown', 'listed', 'given',
  'related', 'involved', 'available', 'new', 'next', 'last', 'first', 'such', 'equally', 'also', 'more', 'most', 'less', 'least', 'many', 'few', 'much',
]);

/**
 * A predicate adjective opening the sentence before "be" and its subject: "Important is that all citizens vote",
 * "Very surprised were the experts by the results" (German "Wichtig ist, dass …", Russian "Важно, что …"). English
 * fronts an adjective so in a comparison ("More important is …", "Equally striking was …") or a list's notice
 * ("Attached is …"), which are left alone; a bare or graded adjective is reported before a "that" clause, a graded one
 * also before a subject led by a determiner. The suggestion puts the subject first ("It is important that …", "The experts were
 * very surprised by the results").
 */
function frontedPredicateAdjective(tokens: readonly Token[], text: string): Report | undefined {
  let a = 0;
  const graded = isWordToken(tokens[0]) && GRADING.hasToken(tokens[0]!);
  if (graded) a = 1;
  const adjective = tokens[a];
  const be = tokens[a + 1];
  if (!isWordToken(adjective) || !isWordToken(be) || !(PASSIVE_BE.hasToken(be) || PRESENT_BE.hasToken(be)) || FRONTED_IN_ENGLISH.hasToken(adjective)) return undefined;
  if (!(primaryTag(adjective) === 'JJ' || (graded && adjective.tags.includes('JJ') && /^VB[DN]$/.test(primaryTag(adjective))))) return undefined;
  if (a === 0 && adjective.text !== adjective.text[0]!.toUpperCase() + adjective.text.slice(1).toLowerCase()) return undefined;
  const next = tokens[a + 2];
  if (!isWordToken(next)) return undefined;
  const adjectiveText = text.slice(tokens[0]!.start, adjective.end);
  const lowered = adjectiveText[0]!.toLowerCase() + adjectiveText.slice(1);
  if (next.lower === 'that') {
    // "Important is that …", "Very important is that …": a clause for its subject, with "it" before the verb in English.
    const clauseSubject = tokens[a + 3];
    if (!isWordToken(clauseSubject) || !(isDeterminer(clauseSubject) || isPronoun(clauseSubject) || isProperNoun(clauseSubject) || primaryTag(clauseSubject) === 'NNS')) return undefined;
    const replacement = `It ${be.text} ${lowered} that`;
    return {
      start: tokens[0]!.start,
      end: next.end,
      message: `The adjective "${adjectiveText}" opens the sentence before "${be.text}", as German or Russian front it; English needs a subject first: "${replacement} …".`,
      suggestions: [{ start: tokens[0]!.start, end: next.end, replacement }],
    };
  }
  if (!graded || !ARTICLES.hasToken(next)) return undefined;
  const subjectEnd = Math.max(phraseWithOfEnd(tokens, a + 2), nounPhraseAfterDeterminerEnd(tokens, a + 2));
  if (subjectEnd <= a + 3) return undefined;
  const subject = text.slice(next.start, tokens[subjectEnd - 1]!.end);
  const replacement = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${be.text} ${lowered}`;
  return {
    start: tokens[0]!.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `"${adjectiveText} ${be.text}" comes before its subject "${subject}", as German fronts a predicate adjective; English: "${replacement}".`,
    suggestions: [{ start: tokens[0]!.start, end: tokens[subjectEnd - 1]!.end, replacement }],
  };
}

// Verbs of living, staying and working, whose subject German, Polish and Russian put after an opening place when it
// counts people ("In Polen leben 38 Millionen Menschen", "W fabryce pracuje 2000 osób").
const LIVING_VERBS = new WordSet(['live', 'dwell', 'reside', 'work', 'study', 'stay', 'remain', 'serve']);
// Words that round or bound an amount before its number: "about 300", "only 300", "fewer than 300", "at least 300".
const AMOUNT_WORDS = new WordSet([
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'more', 'fewer', 'less', 'than', 'under', 'only', 'just',
  'barely', 'merely', 'well', 'at', 'least', 'most', 'up', 'to', 'little',
]);
// Number words that make a number an amount on their own: "two million people", "three thousand monks".
const SCALES = new WordSet(['hundred', 'thousand', 'million', 'billion', 'dozen']);

/**
 * Whether a number or an amount opens at `from` ("about 38 million", "only 300", "2,000"): rounding or bounding words
 * and a number, a number in figures, or a number with a scale word. A bare small number ("two mice") is not one: a
 * story's locative inversion counts so ("In the attic lived two mice").
 */
function amountAt(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 3 && AMOUNT_WORDS.hasToken(tokens[k]!)) k++;
  const number = tokens[k];
  if (number === undefined || !(number.kind === 'number' || primaryTag(number) === 'CD')) return -1;
  return k > from || /\d/.test(number.text) || SCALES.has(tokens[k + 1]?.lower ?? '') ? k : -1;
}

/**
 * "In Poland live about 38 million people.", "In the factory work 2,000 employees.", "In the village lived in 1900
 * only 300 people.": an opening place, a verb of living or working, and an amount of people as its subject closing
 * the sentence, as German, Polish and Russian count the people living or working somewhere after the place. English
 * inverts these verbs after a place only in a story, before a single noun phrase ("In the forest lived an old wolf",
 * "In the valley live the last speakers of the language"), not before a count or a statistic. The suggestion puts the
 * subject first, the place after the verb and what stood between them after it: "About 38 million people live in
 * Poland.", "Only 300 people lived in the village in 1900."
 */
function amountLivesAtPlace(tokens: readonly Token[], opening: number, text: string): Report | undefined {
  const first = tokens[0];
  if (opening < 2 || !isWordToken(first) || !isPreposition(first) || first.lower === 'to' || first.lower === 'of' || tokens[tokens.length - 1]?.text === '?') return undefined;
  // The verb closes the opening phrase, or the phrase's reader ran on over it as a compound's last noun ("the factory
  // work 2,000 employees"): a plural present (not "lives", which agrees with no count) or a past, after a noun.
  let v = 2;
  for (; v <= opening; v++) {
    const t = tokens[v];
    if (!isWordToken(t) || t.text !== t.lower || !LIVING_VERBS.has(lemma.of(t))) continue;
    const plural = t.tags.includes('VBP') && t.lower === lemma.of(t);
    const prev = tokens[v - 1]!;
    if ((plural || t.tags.includes('VBD')) && (prev.kind === 'number' || /^(NNS?|NNPS?|CD)$/.test(primaryTag(prev)))) break;
  }
  if (v > opening) return undefined;
  // A time, an adverb or a place may stand between verb and subject: "lived in 1900 only 300 people", "live today …".
  let k = v + 1;
  for (let n = 0; n < 3 && amountAt(tokens, k) < 0; n++) {
    const t = tokens[k];
    if (!isWordToken(t)) return undefined;
    if (isAdverb(t) && !AMOUNT_WORDS.hasToken(t)) k++;
    else if (isTimePhrase(tokens, k)) k = argumentPhraseEnd(tokens, k);
    else if (isPreposition(t) && isWordToken(tokens[k + 1]) && (isAdverb(tokens[k + 1]!) || primaryTag(tokens[k + 1]) === 'JJ') && amountAt(tokens, k + 2) >= 0) k += 2; // "until recently", "at present"
    else if (isPreposition(t) && !isPronoun(tokens[k + 1] ?? t)) {
      let end = isTimePhrase(tokens, k + 1) ? argumentPhraseEnd(tokens, k + 1) : Math.max(phraseWithOfEnd(tokens, k + 1), isDeterminer(tokens[k + 1] ?? t) ? nounPhraseAfterDeterminerEnd(tokens, k + 1) : 0);
      // The phrase's reader may run on over the amount ("before the war 12 families"): the phrase ends before it.
      for (let m = k + 2; m < end; m++) if (amountAt(tokens, m) >= 0) { end = m; break; }
      if (end <= k + 1) return undefined;
      k = end;
    } else return undefined;
  }
  const number = amountAt(tokens, k);
  if (number < 0) return undefined;
  const subjectEnd = peopleToSentenceEnd(tokens, k, number, phraseWithOfEnd(tokens, number));
  // The subject counts people or things by a plural noun: "38 million people", "40 percent of the farmers".
  if (subjectEnd === 0 || !tokens.slice(number + 1, subjectEnd).some((t) => /^NNP?S$/.test(primaryTag(t)))) return undefined;
  const subject = text.slice(tokens[k]!.start, tokens[subjectEnd - 1]!.end);
  const place = text.slice(first.start, tokens[v - 1]!.end);
  const between = k > v + 1 ? ` ${text.slice(tokens[v + 1]!.start, tokens[k - 1]!.end)}` : '';
  const replacement = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${tokens[v]!.text} ${place[0]!.toLowerCase()}${place.slice(1)}${between}`;
  return {
    start: first.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `"${tokens[v]!.text}" comes before its subject "${subject}", a count of people, as German, Polish and Russian order the clause after an opening place; English puts the subject first: "${replacement}".`,
    suggestions: [{ start: first.start, end: tokens[subjectEnd - 1]!.end, replacement }],
  };
}

const BE_FORMS = new WordSet(['is', 'are', 'was', 'were']);
const INDEFINITE = new WordSet(['a', 'an', 'no', 'that', 'another', 'some', 'any', 'each', 'every']);
// Prepositions of a place, after which English inverts "be" and a subject ("In the corner was a piano").
const LOCATIVE = new WordSet(['in', 'at', 'on', 'inside', 'outside', 'under', 'behind', 'beside', 'near', 'among', 'between', 'above', 'below', 'beyond', 'around']);
// Prepositions that attach a phrase to the subject's noun, not to the clause: "the entrance for adults".
const POSTMODIFIER_LINKS = new WordSet(['by', 'for', 'to', 'of', 'with', 'than']);

/**
 * "…, for pupils is the entrance free", "On Sundays are the shops closed", "…, after the tour were the guests
 * invited to dinner": an opening prepositional phrase (at the sentence start or after a comma; a bare time may be
 * the subject: "Independence Day is the appropriate date"), "is", "are", "was" or "were", a
 * subject led by a determiner, and then the predicate: an adjective or a participle, as Czech, Polish and German keep
 * the verb second after any fronted phrase ("pro seniory je vstup za polovic"). English inverts "be" only after a
 * place and with nothing after the subject ("In the corner was a piano"); after a place phrase an adjective or
 * participle that does not close the clause modifies the noun ("In the box are the tools needed for the job"), and is
 * left alone. After a time or another phrase the predicate may also be a prepositional phrase ("at half price").
 */
function beBeforeSubjectAndPredicate(sentence: Sentence, text: string): Report | undefined {
  const tokens = sentence.tokens;
  for (let from = 0; from < tokens.length - 4; from++) {
    if (from > 0) {
      if (tokens[from - 1]!.text !== ',' && tokens[from - 1]!.text !== ';') continue;
      if (/^(and|but)$/.test(tokens[from]!.lower)) from++;
    }
    const opener = tokens[from]!;
    if (!isWordToken(opener) || (from > 0 && opener.text !== opener.lower)) continue;
    const head = tokens[from + 1];
    if (!isPreposition(opener) || opener.lower === 'of' || !isWordToken(head) || isPronoun(head)) continue;
    // "after", "before", "since", "until" open a clause as often: a phrase only with a determiner ("after the tour",
    // not "since civilizational change is …"). "for" is a conjunction before a subject ("…, for the house is old"):
    // a phrase only without a determiner ("for seniors").
    const clauseToo = isSubordinator(opener);
    if (clauseToo && !(PREPOSITIONS_TOO.hasToken(opener) && isDeterminer(head))) continue;
    if (opener.lower === 'for' && isDeterminer(head)) continue;
    // (After a determiner a word the lexicon reads first as a verb is the noun: "after the tour".)
    let end = Math.max(phraseWithOfEnd(tokens, from + 1), isDeterminer(head) ? nounPhraseAfterDeterminerEnd(tokens, from + 1) : 0);
    // "for seniors and students": two noun phrases joined.
    if (end > from + 1 && tokens[end]?.lower === 'and') end = Math.max(end, phraseWithOfEnd(tokens, end + 1));
    const be = tokens[end];
    if (end <= from || be === undefined || !BE_FORMS.hasToken(be) || quotedMask(sentence)[end]) continue;
    const first = tokens[end + 1];
    // An indefinite subject is the new thing English brings in by inversion ("To port was a point 200 feet high").
    if (first === undefined || !isDeterminer(first) || INDEFINITE.hasToken(first)) continue;
    const subjectEnd = nounPhraseAfterDeterminerEnd(tokens, end + 1);
    if (subjectEnd <= end + 2) continue;
    const place = LOCATIVE.hasToken(opener) && !isTimePhrase(tokens, from + 1);
    let p = subjectEnd;
    if (isWordToken(tokens[p]) && isAdverb(tokens[p]!) && isPredicative(tokens[p + 1])) p++;
    const predicate = tokens[p];
    if (!isWordToken(predicate) || predicate.text !== predicate.lower) continue;
    const after = tokens[p + 1];
    const predicatePhrase = !place && isPreposition(predicate) && !POSTMODIFIER_LINKS.hasToken(predicate) && phraseWithOfEnd(tokens, p + 1) > p + 1;
    if (!isPredicative(predicate) && !predicatePhrase) continue;
    // A place phrase inverts in English: the predicate after the subject must then close the clause.
    if (place && after !== undefined && after.kind === 'word') continue;
    return subjectFirstReport(text, tokens, be, first, subjectEnd);
  }
  return undefined;
}

/** An adjective, or a participle the lexicon reads first as a verb, not as a noun: "free", "cheaper", "closed". */
const isPredicative = (t: Token | undefined): boolean =>
  isWordToken(t) && t.text === t.lower && (isAdjective(t) || (t.tags.includes('VBN') && /^VB[DN]$/.test(primaryTag(t))));

/** `detect`, and after a reporting lead-in the clause after it, read as a sentence of its own. */
function detectWithLeadIn(sentence: Sentence, text: string): Report[] {
  const found = detect(sentence, text);
  if (found.length > 0) return found;
  const according = accordingToWithoutComma(sentence.tokens, text);
  if (according && !quotedMask(sentence)[0]) return [according];
  const fronted = frontedPredicateAdjective(sentence.tokens, text);
  if (fronted && !quotedMask(sentence)[0]) return [fronted];
  // After any opening phrase, a past verb and its subject with phrases alone after it: "In the final won the French
  // team against Brazil." (verbs of position and motion, which English inverts after a place, are left alone).
  const opening = openingAdverbialsEnd(sentence.tokens);
  // The opener ends in a common noun: a name may be the subject the opener's reader ran on into ("In London Lewis took …").
  const openerEnd = sentence.tokens[opening - 1];
  // It opens with a preposition: a time alone may be the subject ("Last year saw the biggest rise in prices").
  if (opening > 1 && isPreposition(sentence.tokens[0]!) && isWordToken(openerEnd) && openerEnd.text === openerEnd.lower && /^NNS?$/.test(primaryTag(openerEnd)) && !quotedMask(sentence)[opening]) {
    const alone = subjectAndPhrasesAlone(sentence.tokens, opening, text);
    if (alone.length > 0) return alone;
  }
  // "Already at dawn …", "Shortly after midnight …": an adverb before the opening phrase, which German counts into the
  // first place with it ("Schon am Morgen bildete sich …").
  const first = sentence.tokens[0];
  const second = sentence.tokens[1];
  if (first !== undefined && LEADING_ADVERBS.hasToken(first) && isWordToken(second) && second.text === second.lower && (isPreposition(second) || isTimePhrase(sentence.tokens, 1))) {
    const after = detect({ ...sentence, tokens: sentence.tokens.slice(1) }, text);
    if (after.length > 0) return after;
  }
  const leadIn = reportingLeadInEnd(sentence.tokens) || reportedClauseStart(sentence.tokens);
  const reported = leadIn > 0 ? detect({ ...sentence, tokens: sentence.tokens.slice(leadIn) }, text) : found;
  if (reported.length > 0 || sentence.tokens.some((t) => t.text === '?')) return reported;
  const predicate = beBeforeSubjectAndPredicate(sentence, text);
  return predicate ? [predicate] : reported;
}

/** The start of a clause reported with "that" after a verb of saying ("The director said that …"), or 0. */
function reportedClauseStart(tokens: readonly Token[]): number {
  for (let k = 2; k < tokens.length - 5; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return 0;
    if (t.lower === 'that' && isSpeechVerb(tokens[k - 1]) && /^VB[DZ]$/.test(primaryTag(tokens[k - 1]))) return k + 1;
  }
  return 0;
}

function detect(sentence: Sentence, text: string): Report[] {
  const tokens = sentence.tokens;
  // Each pattern returns its one report or undefined: most sentences have none, and get no array of their own for it.
  const about = aboutThisReported(tokens, text) ?? asReportedBy(tokens, text) ?? passiveOpensSentence(tokens, text) ?? placeVisitedByPeople(tokens, text);
  if (about) return [about];
  const afterClause = verbSecondAfterClause(tokens, text);
  if (afterClause) return [afterClause];
  const opening = openingAdverbialsEnd(tokens);
  const living = amountLivesAtPlace(tokens, opening, text);
  if (living) return [living];
  // "After long talks signed the two firms the deal": a word that is a preposition and a subordinator opens a clause
  // as often ("After the war ended the country …"); read as a phrase only where a verb and two noun phrases follow.
  const clauseOrPhrase = opening === 0 && PREPOSITIONS_TOO.has(tokens[0]?.lower ?? '') && isWordToken(tokens[1]) && !isPronoun(tokens[1]!);
  // Its noun may be read first as a verb ("After the break", "After the start"): after a determiner it is the noun.
  const adverbialEnd = clauseOrPhrase ? nounPhraseAfterDeterminerEnd(tokens, 1) : opening;
  if (adverbialEnd <= 1 && (clauseOrPhrase || adverbialEnd === 0)) return [];
  const swallowed = clauseOrPhrase ? undefined : verbSwallowedByOpener(tokens, adverbialEnd, text);
  if (swallowed) return [swallowed];
  const verb = tokens[adverbialEnd];
  if (!isWordToken(verb) || quotedMask(sentence)[adverbialEnd]) return [];
  const countedSubject = countedSubjectAfterVerb(tokens, adverbialEnd, text);
  if (countedSubject) return [countedSubject];
  if (clauseOrPhrase) {
    // A verb the lexicon reads first as a plural noun is the verb before a subject pronoun: "Since May lives she …".
    const pronoun = verb.tags.includes('VBZ') || verb.tags.includes('VBD') ? pronounAfterVerb(tokens, verb, adverbialEnd + 1, text, adverbialEnd + 1) : undefined;
    if (pronoun) return [pronoun];
    // "Since January have several hospitals … reduced": after a time ("Since January", "After two weeks") the word
    // cannot open a clause whose subject the time would be.
    const afterTime = isTimePhrase(tokens, 1) && argumentPhraseEnd(tokens, 1) === adverbialEnd;
    if ((isModal(verb) || lemma.of(verb) === 'have') && afterTime) return auxiliaryBeforeSubject(tokens, adverbialEnd, text);
    // "Since the start of the year were registered 300 burglaries": the Russian passive before its subject, as after
    // any opening time.
    if (PASSIVE_BE.hasToken(verb) && afterTime) return passiveBeforeSubject(tokens, adverbialEnd, text);
    const two = twoNounPhrasesAfter(tokens, adverbialEnd, text);
    return two.length > 0 ? two : subjectAndPhrasesAlone(tokens, adverbialEnd, text);
  }
  if (PASSIVE_BE.hasToken(verb) || (PRESENT_BE.hasToken(verb) && afterTimePhrase(tokens))) {
    const passive = passiveBeforeSubject(tokens, adverbialEnd, text);
    if (passive.length > 0 || PASSIVE_BE.hasToken(verb)) return passive;
  }
  if (isModal(verb)) {
    const modal = modalVerbBeforeSubject(tokens, adverbialEnd, text);
    if (modal) return [modal];
  }
  if (isAuxiliary(verb) || isModal(verb)) return auxiliaryBeforeSubject(tokens, adverbialEnd, text);
  const tag = primaryTag(verb);
  // A past tense the lexicon reads first as an adjective ("celebrated") is a verb before a determiner.
  const beforeDeterminer = isWordToken(tokens[adverbialEnd + 1]) && isDeterminer(tokens[adverbialEnd + 1]!);
  // A present the lexicon reads first as a noun ("visit") is the verb too, between an opening time and a determiner.
  // A singular present read first as a plural noun counts only with an object after its subject ("Every morning drives
  // my father the children …"): a time is the subject of one in English ("Today marks the retirement of …").
  const nounFirstSingular = primaryTag(verb) === 'NNS' && verb.tags.includes('VBZ') && !TIME_SUBJECT_VERBS.has(lemma.of(verb));
  const presentAfterTime = beforeDeterminer && (verb.tags.includes('VBP') || nounFirstSingular) && isTimePhrase(tokens, 0);
  const pastBeforeDeterminer = beforeDeterminer && (verb.tags.includes('VBD') || presentAfterTime);
  // A base form with a present reading ("operate") is a plural present after the opener, or an imperative ("In the
  // menu select the file"), which takes no adverb before its object: it counts only with one between (below).
  const baseForm = tag === 'VB' && verb.tags.includes('VBP');
  if (!(tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || (tag === 'VBN' && verb.tags.includes('VBD')) || pastBeforeDeterminer || baseForm)) return [];
  // A word that can also be a noun may close a compound ("For mosquito bites a paste …"), unless a time phrase or
  // adverb follows it ("fell yesterday heavy snow").
  // A day or month name closes no compound: "On Friday meets the chancellor …".
  const nounReading = (verb.tags.includes('NN') || verb.tags.includes('NNS')) && /^NN/.test(primaryTag(tokens[adverbialEnd - 1])) && !isTimeSpan(tokens, adverbialEnd - 1, adverbialEnd);
  const takePlace = TAKE_FORMS.hasToken(verb) && tokens[adverbialEnd + 1]?.lower === 'place';
  const takePart = TAKE_FORMS.hasToken(verb) && tokens[adverbialEnd + 1]?.lower === 'part';
  const verbEnd = takePlace || takePart ? adverbialEnd + 2 : adverbialEnd + 1;
  const opensWithTime = isTimePhrase(tokens, 0) || (isPreposition(tokens[0]!) && isTimePhrase(tokens, 1));
  // What stands between verb and subject: time phrases and adverbs ("demonstrated on Saturday several thousand
  // people"), after an opening time also a place phrase.
  let k = verbEnd;
  let between = 0;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    if (!isWordToken(t)) break;
    // "overnight" is an adverb of time here, though the lexicon reads it first as an adjective.
    // "almost all residents": an approximation before "all" opens the subject.
    if ((isAdverb(t) || t.lower === 'overnight') && amountEnd(tokens, k) === k && !(QUANTITY_OPENERS.hasToken(t) && tokens[k + 1]?.lower === 'all')) {
      k++;
      between++;
    } else if (isPreposition(t) && isTimePhrase(tokens, k + 1)) {
      k = argumentPhraseEnd(tokens, k + 1);
      between++;
    } else if (isTimePhrase(tokens, k)) {
      k = argumentPhraseEnd(tokens, k);
      between++;
    } else if (opensWithTime && (isPlacePreposition(t) || t.lower === 'for' || (GOAL_PREPOSITIONS.hasToken(t) && isWordToken(tokens[k + 1]) && isDeterminer(tokens[k + 1]!))) && !isPronoun(tokens[k + 1] ?? t)) {
      // After an opening time, English has no inversion for a place to license: "On Friday opens in the old
      // town a new bakery" is the source's verb-second order, as "In the corner stood a lamp" is not.
      const end = phraseWithOfEnd(tokens, k + 1);
      if (end <= k + 1) break;
      k = end;
      between++;
    } else break;
  }
  const amountObject = between === 0 && amountThenObject(tokens, k);
  if (baseForm && between === 0 && !amountObject) return [];
  const pronounSubject = pronounAfterVerb(tokens, verb, k, text, verbEnd);
  if (pronounSubject) return [pronounSubject];
  // An amount of people and a noun phrase after the word make it no compound's last noun: "In spring start about thirty
  // apprentices their training".
  if (nounReading && between === 0 && !presentAfterTime && !amountObject) return [];
  // "The Middle Ages lasted a thousand years": a verb of measure takes its amount as its object, whatever opens the
  // sentence (a name of a period reads as an opening time).
  if (MEASURE_VERBS.has(lemma.of(verb))) return [];
  const subjectStart = k;
  // An amount may open the subject: "up to 40 centimetres of snow", "more than 300 residents".
  const phraseStart = QUANTITY_OPENERS.has(tokens[subjectStart]?.lower ?? '') && tokens[subjectStart + 1]?.lower === 'all' ? subjectStart + 1 : amountEnd(tokens, subjectStart);
  const subjectFirst = tokens[phraseStart];
  if (!opensSubject(subjectFirst)) return [];
  // After a determiner a participle belongs to the noun phrase: "the renovated library".
  const phraseEnd = isDeterminer(subjectFirst) ? Math.max(phraseWithOfEnd(tokens, phraseStart), nounPhraseAfterDeterminerEnd(tokens, phraseStart)) : phraseWithOfEnd(tokens, phraseStart);
  let subjectEnd = objectInsidePhrase(tokens, phraseStart, phraseEnd);
  if (subjectEnd === phraseStart) return [];
  const people = peopleToSentenceEnd(tokens, subjectStart, phraseStart, subjectEnd);
  // A verb of living or working counts only before an amount ("In the cellar worked the old printer and his apprentice"
  // is a story's inversion).
  const counted = people > 0 && (takePart || !INVERTING_VERBS.has(lemma.of(verb))) && !(LIVING_VERBS.has(lemma.of(verb)) && amountAt(tokens, subjectStart) < 0);
  // A bare adjective or plural right after the verb is more often its object ("cherished achievements"); "took part"
  // has none, and people with a phrase of origin or kind after them are its subject ("representatives of 12 cities").
  const bare = isWordToken(subjectFirst) && /^(JJ|NNS)$/.test(primaryTag(subjectFirst));
  const kindOrOrigin = tokens.slice(phraseStart + 1, people).some((t) => t.lower === 'of' || t.lower === 'from');
  if (between === 0 && bare && !(counted && (takePart || kindOrOrigin))) return [];
  // English fronts a place and inverts an intransitive verb of position or motion ("In the corner stood a lamp"),
  // with nothing between verb and subject and nothing after the subject. German keeps the verb second before any
  // subject: a time phrase or adverb between verb and subject, or an object after the subject, is not English.
  // A bare object ("new routes", "40 customers") is told from a locative inversion's trailing words by a past verb,
  // as German news reports it.
  const next = tokens[subjectEnd];
  // The object first and people counted last: "Every year visit the castle about a million tourists" (German "Jedes
  // Jahr besuchen die Burg rund eine Million Touristen"). The amount is the subject.
  const amountStart = amountEnd(tokens, subjectEnd);
  // Only people can be that subject: "sold the company more than 40,000 cars" has its object last, as English does.
  // So can an amount of things after a plural present whose noun phrase before it is singular: "Every day use the
  // bridge more than 10,000 cars" ("use" agrees with the cars, not with the bridge).
  const pluralVerbSingularObject = verb.tags.includes('VBP') && !verb.tags.includes('VBD') && !verb.tags.includes('VBZ') && primaryTag(tokens[subjectEnd - 1]) === 'NN';
  // ("thousands of commuters", "dozens of buses": a counting word opens the amount as "more than" does.)
  const counting = COUNTING.has(tokens[subjectEnd]?.lower ?? '') && tokens[subjectEnd + 1]?.lower === 'of';
  const amountLast = opensWithTime && between === 0 && (amountStart > subjectEnd || counting) && (namesPeople(tokens, amountStart) || pluralVerbSingularObject) ? peopleToSentenceEnd(tokens, subjectEnd, amountStart, phraseWithOfEnd(tokens, amountStart)) : 0;
  if (amountLast > 0) {
    const amount = text.slice(tokens[subjectEnd]!.start, tokens[amountLast - 1]!.end);
    const object = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
    const replacement = `${amount} ${text.slice(verb.start, tokens[verbEnd - 1]!.end)} ${object}`;
    return [
      {
        start: verb.start,
        end: tokens[amountLast - 1]!.end,
        message: `The verb "${verb.text}" and its object "${object}" come before the subject "${amount}", as German orders them after an opening time; English: "${replacement}".`,
        suggestions: [{ start: verb.start, end: tokens[amountLast - 1]!.end, replacement }],
      },
    ];
  }
  const objectAfter =
    (isWordToken(next) && (isDeterminer(next) || isProperNoun(next))) || (verb.tags.includes('VBD') && (opensBareObject(tokens, subjectEnd) || (amountStart > subjectEnd && !INVERTING_VERBS.has(lemma.of(verb)))));
  // A verb that takes a clause, with "that" after the subject: "Last week announced the firm that it …" (a locative
  // inversion has an intransitive verb; its subject may take a relative "that": "In the corner stood a lamp that …").
  const clauseAfter = tokens[subjectEnd]?.lower === 'that' && takesIndirectQuestion(verb);
  // A time and then a place before the verb ("Last week in Madrid ended the summit") is the source's stack of
  // adverbials; English inverts after a place alone ("In the corner stood a lamp").
  const stacked = opensWithTime && adverbialEnd > openingPhraseEnd(tokens) && subjectEnd === tokens.length - 1 && !INVERTING_VERBS.has(lemma.of(verb));
  if (counted) subjectEnd = people;
  // After a time alone English inverts no verb but one of position or motion ("Then came the war"): "In June opens
  // the new pool", "Tomorrow begins the trial against …" keep the source's verb second.
  // The time is an adverbial, not a subject with a time sense ("Each stage transforms …", "Miriam Noel disregarded …").
  // "Last year", "next season": a noun with a time sense among others is the time after "last" and "next", before a
  // verb that does not take a time as its subject ("Last year saw the biggest rise in prices").
  const lastOrNext = (tokens[0]!.lower === 'last' || tokens[0]!.lower === 'next') && hasTimeSense(tokens[1]) && !TIME_SUBJECT_VERBS.has(lemma.of(verb));
  const plainTime = isPreposition(tokens[0]!) || DEICTIC_TIMES.hasToken(tokens[0]!) || (TIME_OPENERS.hasToken(tokens[0]!) && onlyTime(tokens[1])) || lastOrNext;
  const afterTimeAlone = opensWithTime && plainTime && adverbialEnd === openingPhraseEnd(tokens) && isDeterminer(subjectFirst!) && !bare
    && !INVERTING_VERBS.has(lemma.of(verb)) && (next === undefined || (next.kind === 'punct' && /^[.!;]$/.test(next.text)) || (isWordToken(next) && isPreposition(next) && !isSubordinator(next)));
  if (between === 0 && !objectAfter && !clauseAfter && !takePlace && !stacked && !counted && !afterTimeAlone) return [];
  if (nounFirstSingular && between === 0 && !(isWordToken(next) && isDeterminer(next))) return [];
  const subject = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
  const verbText = text.slice(verb.start, tokens[verbEnd - 1]!.end);
  const middle = subjectStart > verbEnd ? ` ${text.slice(tokens[verbEnd]!.start, tokens[subjectStart - 1]!.end)}` : '';
  return [
    {
      start: verb.start,
      end: tokens[subjectEnd - 1]!.end,
      message: `The verb "${verbText}" comes before its subject "${subject}", as in German and Russian main clauses after an opening phrase; English puts the subject first.`,
      suggestions: [{ start: verb.start, end: tokens[subjectEnd - 1]!.end, replacement: `${subject} ${verbText}${middle}` }],
    },
  ];
}

export default defineRule({
  meta: {
    id: 'verb-before-subject',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'The finite verb placed before its subject after an opening adverbial, as German main clauses put the verb second.',
    sourceHint: 'German verb-second order: "Am Montag stellte das Unternehmen seine Zahlen vor" ("On Monday presented the company its figures").',
    fixable: false,
  },
  detectSentence(sentence, ctx) {
    return detectWithLeadIn(sentence, ctx.doc.text);
  },
  examples: {
    invalid: [
      { text: 'Next Friday can we deliver the sofa.', output: 'Next Friday we can deliver the sofa.' },
      { text: 'Really necessary is that every guest signs the form.', output: 'It is really necessary that every guest signs the form.' },
      { text: 'Lunch is served at noon, on Fridays is the kitchen closed.', output: 'Lunch is served at noon, on Fridays the kitchen is closed.' },
      { text: 'For pupils is the ticket cheaper.', output: 'For pupils the ticket is cheaper.' },
      { text: 'Every day use the tunnel more than 8,000 trucks.', output: 'Every day more than 8,000 trucks use the tunnel.' },
      { text: 'On Sunday marched through the old town some 5,000 cyclists.', output: 'On Sunday some 5,000 cyclists marched through the old town.' },
      { text: 'According to the forecast, on Sunday is expected heavy snow.', output: 'According to the forecast, on Sunday heavy snow is expected.' },
      { text: 'In the centre will open a new park.', output: 'In the centre a new park will open.' },
      { text: 'The director said that in the autumn will begin the construction.', output: 'The director said that in the autumn the construction will begin.' },
      { text: 'Thanks to the mild winter can the farmers expect an early harvest.', output: 'Thanks to the mild winter the farmers can expect an early harvest.' },
      { text: 'Since March were registered more than 300 burglaries.', output: 'Since March more than 300 burglaries were registered.' },
      { text: 'At the summit were discussed problems of the energy supply.', output: 'At the summit problems of the energy supply were discussed.' },
      { text: 'At the depot were loaded crates with apples.', output: 'At the depot crates with apples were loaded.' },
      { text: 'On Friday opens in the old town a new bakery.', output: 'On Friday a new bakery opens in the old town.' },
      { text: 'About this reported the press office of the airport.', output: 'The press office of the airport reported this.' },
      { text: 'As reported the spokesman of the railway, the line will reopen on Monday.', output: 'As the spokesman of the railway reported, the line will reopen on Monday.' },
      { text: 'As informs the weather service, the storm will reach the coast tonight.', output: 'As the weather service informs, the storm will reach the coast tonight.' },
      { text: 'About the fire informed the press office of the fire brigade.', output: 'The press office of the fire brigade informed about the fire.' },
      { text: 'Last summer the museum visited more than 80,000 tourists.', output: 'Last summer more than 80,000 tourists visited the museum.' },
      { text: 'The concert attended 5,000 fans.', output: '5,000 fans attended the concert.' },
      { text: 'In the flood died four farmers.', output: 'In the flood four farmers died.' },
      { text: 'Every summer visit the island more than 5,000 divers.', output: 'Every summer more than 5,000 divers visit the island.' },
      { text: 'Because the pitch was frozen, was the game cancelled.', output: 'Because the pitch was frozen, the game was cancelled.' },
      { text: 'When the guests arrived, could the dinner begin.', output: 'When the guests arrived, the dinner could begin.' },
      { text: 'In the south fell overnight heavy rain.', output: 'In the south heavy rain fell overnight.' },
      { text: 'At the summit took part leaders of thirty nations.', output: 'At the summit leaders of thirty nations took part.' },
      { text: 'In the collision died the pilot and the mechanic.', output: 'In the collision the pilot and the mechanic died.' },
      { text: 'At the opening were present the mayor and two ministers.', output: 'At the opening the mayor and two ministers were present.' },
      { text: 'On Monday voted more than half of the members.', output: 'On Monday more than half of the members voted.' },
      { text: 'In the valley were 120 houses damaged.', output: 'In the valley 120 houses were damaged.' },
      { text: 'In the hills fell overnight up to 30 centimetres of snow.', output: 'In the hills up to 30 centimetres of snow fell overnight.' },
      { text: 'Last spring in Vienna ended the congress of the surgeons.', output: 'Last spring in Vienna the congress of the surgeons ended.' },
      { text: 'Last summer in the park were planted young oak trees.', output: 'Last summer in the park young oak trees were planted.' },
      { text: 'Last month in the harbour town took place a sailing festival.', output: 'Last month in the harbour town a sailing festival took place.' },
      { text: 'This spring in the valley were planted 500 vines.', output: 'This spring in the valley 500 vines were planted.' },
      { text: 'On Tuesday published the agency its annual report.', output: 'On Tuesday the agency published its annual report.' },
      { text: 'In the port protested last week hundreds of fishermen.', output: 'In the port hundreds of fishermen protested last week.' },
      { text: 'Last year sold the company its old headquarters.', output: 'Last year the company sold its old headquarters.' },
      { text: 'In Leipzig opened on Saturday a new library.', output: 'In Leipzig a new library opened on Saturday.' },
      { text: 'Yesterday has the jury its verdict announced.', output: 'Yesterday the jury has its verdict announced.' },
      { text: 'Next spring will the city two new schools open.', output: 'Next spring the city will two new schools open.' },
      { text: 'On the weekend celebrated the village its anniversary.', output: 'On the weekend the village celebrated its anniversary.' },
      { text: 'Last week announced the bank that it would close ten branches.', output: 'Last week the bank announced that it would close ten branches.' },
      { text: 'On Friday unveiled the carmaker electric models for the Asian market.', output: 'On Friday the carmaker unveiled electric models for the Asian market.' },
      { text: 'In spring reported the bakery 40 new customers.', output: 'In spring the bakery reported 40 new customers.' },
      { text: 'In Tartu was opened a new concert hall.', output: 'In Tartu a new concert hall was opened.' },
      { text: 'Last month were recorded 120 burglaries in the district.', output: 'Last month 120 burglaries were recorded in the district.' },
      { text: 'On Sunday were evacuated more than 300 residents.', output: 'On Sunday more than 300 residents were evacuated.' },
      { text: 'In the new series plays he a retired detective.', output: 'In the new series he plays a retired detective.' },
      { text: 'On Thursday meets the mayor the union leaders.', output: 'On Thursday the mayor meets the union leaders.' },
      { text: 'After two days of talks signed the unions the agreement.', output: 'After two days of talks the unions signed the agreement.' },
      { text: 'In April starts the new ferry service to the islands.', output: 'In April the new ferry service starts to the islands.' },
      { text: 'Since March works he at the bakery.', output: 'Since March he works at the bakery.' },
      { text: 'Tomorrow begins the hearing against the former director.', output: 'Tomorrow the hearing begins against the former director.' },
      { text: 'Was detained a driver of 52.', output: 'A driver of 52 was detained.' },
      { text: 'Were arrested three suspects after the match.', output: 'Three suspects were arrested after the match.' },
      { text: 'In the harbour operate now two new ferries.', output: 'In the harbour two new ferries operate now.' },
      { text: 'At the depot work 300 drivers.', output: '300 drivers work at the depot.' },
      { text: 'Were hurt two cyclists in the crash.', output: 'Two cyclists were hurt in the crash.' },
      { text: 'Of this informed the press office of the court.', output: 'The press office of the court informed about this.' },
      { text: 'After the break scored the visitors two goals.', output: 'After the break the visitors scored two goals.' },
      { text: 'After the vote left the members the hall.', output: 'After the vote the members left the hall.' },
      { text: 'The museum visited in the first month 20,000 people.', output: '20,000 people visited the museum in the first month.' },
      { text: 'In the match against Porto suffered the keeper a broken wrist.', output: 'In the match against Porto the keeper suffered a broken wrist.' },
      { text: 'Every summer come to the lake thousands of tourists.', output: 'Every summer thousands of tourists come to the lake.' },
      { text: 'At the port were yesterday six men with fake visas detained.', output: 'At the port six men with fake visas were detained yesterday.' },
      { text: 'Last year sold the firm more than 9,000 bikes.', output: 'Last year the firm sold more than 9,000 bikes.' },
      { text: 'Last season won the club in Spain two cups.', output: 'Last season the club won in Spain two cups.' },
      { text: 'In 2019 had the club three coaches.', output: 'In 2019 the club had three coaches.' },
      { text: 'In the valley was opened a new sports complex.', output: 'In the valley a new sports complex was opened.' },
      { text: 'In the village participated almost all residents in the cleanup.', output: 'In the village almost all residents participated in the cleanup.' },
      { text: 'On Friday opens the renovated theatre its doors again.', output: 'On Friday the renovated theatre opens its doors again.' },
      { text: 'Since April have several airlines cut their flights.', output: 'Since April several airlines have cut their flights.' },
      { text: 'In spring start about thirty apprentices their training.', output: 'In spring about thirty apprentices start their training.' },
      { text: 'Tomorrow begins for many pupils the new term.', output: 'Tomorrow the new term begins for many pupils.' },
      { text: 'Every morning drives my neighbour the children to school.', output: 'Every morning my neighbour drives the children to school.' },
      { text: 'Has been published the annual report of the bank.', output: 'The annual report of the bank has been published.' },
      { text: 'From the clinic was discharged the injured skier.', output: 'From the clinic the injured skier was discharged.' },
      { text: 'During the night broke several water pipes in the suburbs.', output: 'During the night several water pipes broke in the suburbs.' },
      { text: 'After the blizzard remained dozens of villages cut off.', output: 'After the blizzard dozens of villages remained cut off.' },
      { text: 'Because of the heat failed many crops in the valley.', output: 'Because of the heat many crops failed in the valley.' },
      { text: 'Owing to the heat could the runners not finish the race.', output: 'Owing to the heat the runners could not finish the race.' },
      { text: 'According to the police was the driver drunk.', output: 'According to the police, the driver was drunk.' },
      { text: 'According to experts could the prices rise further.', output: 'According to experts, the prices could rise further.' },
      { text: 'Shortly after midnight reached the divers the injured fishermen.', output: 'Shortly after midnight the divers reached the injured fishermen.' },
      { text: 'Already at noon closed the police the bridge.', output: 'Already at noon the police closed the bridge.' },
      { text: 'After the whistle celebrated the players in the dressing room.', output: 'After the whistle the players celebrated in the dressing room.' },
      { text: 'At the hearing objected the lawyers to the new evidence.', output: 'At the hearing the lawyers objected to the new evidence.' },
      { text: 'Before the vote attacked the opposition the plan sharply.', output: 'Before the vote the opposition attacked the plan sharply.' },
      { text: 'Important is that the repairs start soon.', output: 'It is important that the repairs start soon.' },
      { text: 'Very disappointed were the fans with the result.', output: 'The fans were very disappointed with the result.' },
      { text: 'In Gdansk was opened yesterday a new ferry terminal.', output: 'In Gdansk a new ferry terminal was opened yesterday.' },
      { text: 'In Slovenia live about two million people.', output: 'About two million people live in Slovenia.' },
      { text: 'In the brewery worked in 1950 only 90 men.', output: 'Only 90 men worked in the brewery in 1950.' },
      { text: 'At the college study today more than 6,000 students.', output: 'More than 6,000 students study at the college today.' },
    ],
    valid: [
      'Now will you please sit down.',
      'Only then will we know the answer.',
      'In the drawer are the keys needed for the shed.',
      'At the back was a garden.',
      'The inn is old, and in the cellar is the wine.',
      'Independence Day is the appropriate date.',
      'We left early, for the road was icy.',
      'Every day brings the town new problems.',
      'Through the valley runs a narrow road.',
      'According to the forecast, heavy snow is expected on Sunday.',
      'Sunday is considered the holiest day.',
      'Beside the gate will stand a statue of the founder.',
      'In the third column is given the total.',
      'Only then will the truth come out.',
      'In May will you visit the new park?',
      'The Middle Ages lasted roughly a thousand years.',
      'Last year saw the biggest rise in prices.',
      'Next week brings the final of the cup.',
      'In the corner stood a lamp about 2 feet high.',
      'Last year came to light a series of letters.',
      'The team visited last week 300 pupils.',
      'As reported earlier, the line will reopen on Monday.',
      'As said above, the storm reached the coast.',
      'As the spokesman of the railway reported, the line will reopen.',
      'Last summer more than 80,000 tourists visited the museum.',
      'The team visited 300 pupils.',
      'The match saw 40,000 fans.',
      'The ministers visited 12 factories.',
      'In the doorway stood the teacher and the priest.',
      'Present at the opening were the mayor and two ministers.',
      'At the opening were present several reporters from abroad, who took notes.',
      'In the evening at the station stood a crowd of fans.',
      'At dawn in the harbour lay three fishing boats.',
      'Outside the hall gathered hundreds of fans.',
      'Every summer the island draws more than 5,000 divers.',
      'Last week fire destroyed the old barn.',
      'If you use parking attendants, can they be replaced?',
      'After it has been seen, have the child start on a mat.',
      'When it was over, it was late.',
      'Because it rained, said the coach, the match was moved.',
      'In the doorway stood two young soldiers.',
      'From the chimney rose thick black smoke.',
      'Among the guests were three former mayors.',
      'Last night in the hall sat a quiet crowd.',
      'Among the injured were 12 children.',
      'About this time the rain stopped.',
      'About this, the press office said nothing.',
      'In the park were planted trees that had been grown from seed.',
      'In the corner of the hall stood an old piano.',
      'On Saturday in the square a market took place.',
      'The concert took place in the old church.',
      'In the corner stood a lamp.',
      'On the table lay a letter from the bank.',
      'Into the room walked the new minister.',
      'On Monday the company presented its figures.',
      'In March, prices rose again.',
      'After the vote the minister resigned.',
      'Yesterday the council approved the plan.',
      'In the end the truth prevailed.',
      'Among the victims were two children.',
      'Last year was the warmest on record.',
      'Never has the council approved a budget so fast.',
      'Only then had the guests arrived.',
      'On what grounds has the court rejected the appeal?',
      'In the corner stood a lamp that nobody used.',
      'In the corner was a lamp.',
      'In May was born a son, Peter.',
      'Last year was marked by floods.',
      'In the end was the word.',
      'The Black Hills Passion Play was given a new stage.',
      'After the war ended the country rebuilt its army.',
      'In 1950 came the first television sets.',
      'For mosquito bites she recommends a paste.',
      'Each stage transforms the state of its feed.',
      'Then followed a long silence.',
      'After the storm came the flood.',
      'After the war ended he left the country.',
      'This extension defines a mechanism for long requests.',
      'This value provides an indication of the state.',
      'Was elected a member of the academy in 1920.',
      'In the menu select the file you want.',
      'In the city work is scarce.',
      'In the study groups 40 patients were treated.',
      'In an emergency call the police.',
      'Were it not for the storm, the ship would have sailed.',
      'Was given a second chance.',
      'Was the bridge closed last night?',
      'Of this he said nothing.',
      'In the menu select two files from the list.',
      'Has been a long day.',
      'Since January has 31 days, the bill is higher.',
      'Today marks the official end of a long career.',
      'Every year brings the village new visitors.',
      'By both standards the army had the right to be proud.',
      'In the distance barked several dogs.',
      'On the shelf lay three old books.',
      'Outside the gates gathered hundreds of fans.',
      'Then came three days of rain.',
      'After the war came thousands of refugees.',
      'After the storm came a long period of calm.',
      'With the machinery went a complete design for the hull.',
      'More important is that nobody was hurt.',
      'Attached is a copy of the contract.',
      'Equally important is the cost of the repairs.',
      'Nearby is the temple of Athena.',
      'Shortly after midnight the rescuers reached the climbers.',
      'After the match ended, the fans celebrated in the streets.',
      'In London Lewis took the usual suite in Bury Street.',
      'Gone are the days when bread cost a penny.',
      'According to the medical examiner she was shot before midnight.',
      'According to the police, the driver was drunk.',
      'According to the report was the worst year since 1990.',
      'In the forest lived an old bear.',
      'In the mill worked the miller and his son.',
      'In the attic lived two owls.',
      'In the town live births rose again.',
      'Among them lived a thousand pilgrims.',
      'In the bakery work starts at four.',
    ],
  },
});

/** The verb before its subject, swapped: "… worked 300 people" → "300 people worked". */
function subjectFirstReport(text: string, tokens: readonly Token[], verb: Token, subjectFirst: Token, subjectEnd: number): Report {
  const subject = text.slice(subjectFirst.start, tokens[subjectEnd - 1]!.end);
  return {
    start: verb.start,
    end: tokens[subjectEnd - 1]!.end,
    message: `The verb "${verb.text}" comes before its subject "${subject}", as in German main clauses after an opening phrase; English puts the subject first.`,
    suggestions: [{ start: verb.start, end: tokens[subjectEnd - 1]!.end, replacement: `${subject} ${verb.text}` }],
  };
}
