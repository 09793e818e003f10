import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import {
  analyseSentence, clauseRestEnd, englishOrder, isAdverb, isDeterminer, isMidAdverb, isNumeral, isProperNoun, isSpelledDuration,
  isWordToken, lemma, nounPhraseEnd, nounSenses, nounSingular, primaryTag, type Sentence, type SentenceAnalysis,
  subjectOf, type Token, type VerbGroup, verbGroupHead, verbSenses, WordSet,
} from '@mtlint/text';
import { datesEvent, opensDate, placesConcretely, UNDATED_TIMES } from '../../clause-order.js';
import { pronounInvertedAfterAdverbial } from '../infinitive-at-clause-end/pronoun-inversion.js';

// Verbs that link to a complement ("has become used to", "has remained closed"): a second participle after them is normal.
const LINKING = new WordSet(['be', 'become', 'remain', 'get', 'go', 'seem', 'stay', 'prove', 'turn', 'grow', 'feel', 'look', 'keep', 'come']);
// Participles of a state that people are in, which a team or a firm "has" so many of: "has three players injured",
// "had two officers suspended", "has 300 people employed".
const PEOPLE_STATES = new WordSet([
  'injured', 'wounded', 'suspended', 'sidelined', 'missing', 'trapped', 'stranded', 'detained', 'jailed', 'imprisoned', 'employed',
  'enrolled', 'registered', 'stationed', 'deployed', 'hospitalised', 'hospitalized', 'infected', 'unavailable', 'booked', 'banned',
]);
// Participles of what is left or still to do: "has three tickets left", "had two days remaining".
const REMAINDER = new WordSet(['left', 'remaining', 'outstanding', 'unfinished', 'undone', 'spare']);
// Prepositions whose phrase belongs to the noun before it ("the appeal of the company", "figures for May").
const NOUN_PREPOSITIONS = new WordSet(['of', 'for']);
// Past-time phrases that make a fronted perfect a simple past in English: "Yesterday the committee rejected …".
const PAST_TIME = /^(yesterday|last|on|in|earlier|this)$/;

/** A word read first as a participle or past tense that can be a participle: "filed", "revised". */
const isVerbalParticiple = (t: Token | undefined): t is Token =>
  isWordToken(t) && (primaryTag(t) === 'VBN' || primaryTag(t) === 'VBD') && t.tags.includes('VBN');
/** The same, excluding participles that are also adjectives ("closed", "known", "used"). */
const isPureParticiple = (t: Token | undefined): t is Token => isVerbalParticiple(t) && !t.tags.includes('JJ');

/** What stands in a split group's gap. */
function readGap(tokens: readonly Token[], group: VerbGroup) {
  let objects = 0;
  let times = 0;
  let phrases = 0;
  let adverbs = 0;
  let pronouns = 0;
  let pronounPhrases = 0;
  let adverbFirst = false;
  // A phrase before the first object: "has with a late goal the match won". A causative puts its object first.
  let phraseFirst = false;
  let nounPhrases = 0;
  group.gap.forEach((c, n) => {
    if (n === 0 && c.kind === 'PP') phraseFirst = true;
    // A spelled duration after a preposition is a time too: "for three days".
    // An object pronoun the noun-phrase reader ran into a time after it ("you yesterday") is the object and the time.
    if (c.kind === 'NP' && c.time && OBJECT_PRONOUNS.hasToken(tokens[c.start]!) && c.end > c.start + 1) {
      objects++;
      pronouns++;
      times++;
    } else if (c.time || (c.kind === 'PP' && c.end === c.start + 3 && isSpelledDuration(tokens, c.start + 1)) || byAmount(tokens, c)) times++;
    else if (c.kind === 'ADVP') {
      adverbs++;
      if (n === 0) adverbFirst = true;
    } else if (c.kind === 'NP') {
      objects++;
      if (primaryTag(tokens[c.start]) === 'PRP') pronouns++;
    } else if (c.end === c.start + 2 && primaryTag(tokens[c.start + 1]) === 'PRP') pronounPhrases++;
    // "of" and "for" phrases belong to the noun before them ("the appeal of the company"), not "for … reasons".
    else if (!NOUN_PREPOSITIONS.hasToken(tokens[c.start]!) || forReasons(tokens, c)) phrases++;
    else nounPhrases++;
  });
  return { objects, times, phrases, adverbs, pronouns, pronounPhrases, adverbFirst, phraseFirst, nounPhrases };
}

/**
 * A measure of change ("by two weeks", "by 5 percent"), which English puts after the participle ("extended the
 * deadline by two weeks"); before it, it is the German order as a time is ("hat die Frist um zwei Wochen verlängert").
 */
function byAmount(tokens: readonly Token[], c: { kind: string; start: number }): boolean {
  const amount = tokens[c.start + 1];
  return c.kind === 'PP' && tokens[c.start]!.lower === 'by' && isNumeral(amount);
}

const PRESENTING = new WordSet(['here', 'there']);
const OBJECT_PRONOUNS = new WordSet(['you', 'him', 'her', 'it', 'us', 'them', 'me']);

// Heads of phrases of cause or concession, which formal English does not set between "be" and its participle.
const CAUSE_WORDS = new WordSet(['because', 'despite']);

/** "for security reasons", "for technical reasons": a phrase of cause (German "aus … Gründen"). */
const forReasons = (tokens: readonly Token[], c: { start: number; end: number }) =>
  tokens[c.start]!.lower === 'for' && /^reasons?$/.test(tokens[c.end - 1]!.lower);

// Possessive determiners, which do not stand before a noun a participle modifies after it.
const OWNERS = new WordSet(['your', 'our', 'my', 'their', 'his', 'her', 'its']);
// Particles that follow a participle to the clause end: "carried out", "set up", "called off".
const CLOSING_PARTICLES = new WordSet(['out', 'up', 'off', 'down', 'back', 'away', 'on']);
const NAMING_PARTICIPLES = new WordSet(['called', 'named', 'titled', 'entitled', 'dubbed', 'labelled', 'labeled', 'known', 'marked']);
// Words that count an object: "many trees", "several players", "two routes", "dozens of houses".
const COUNTING = new WordSet(['many', 'several', 'some', 'few', 'more', 'hundreds', 'thousands', 'dozens', 'numerous']);
// English counts work done so far this way: "has three chapters written and two to go", "has 200 tickets sold".
const PROGRESS = new WordSet(['written', 'finished', 'done', 'completed', 'read', 'built', 'sold', 'planted', 'painted', 'booked', 'filled', 'counted', 'covered', 'paid', 'saved', 'packed']);
const COUNTED_REST = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|more|another|the)$/;

/**
 * The confidence that a split perfect or passive is the German verb-final order, not English, or undefined for
 * English shapes. The causative ("had the roof repaired", "has three tickets left", "have it done") puts one object
 * before a participle at the clause end; no causative puts a time phrase, a second noun phrase or a pronoun's phrase
 * there, or an adverb like "only" before the object.
 */
function confidenceOf(tokens: readonly Token[], group: VerbGroup, inverted: boolean): number | undefined {
  const gap = readGap(tokens, group);
  const participle = tokens[group.verbs.at(-1)!]!;
  const head = tokens[group.head]!;
  // "at the hour mentioned", "the people concerned": a participle English puts after its noun.
  const last = group.gap.at(-1)!;
  if (POSTPOSED.hasToken(participle) && last.kind !== 'ADVP' && isDeterminer(tokens[last.start + (last.kind === 'PP' ? 1 : 0)]!)) return undefined;
  // "the model here presented", "the figures above listed": a participle with a place adverb modifies the noun.
  if (last.kind === 'ADVP' && PLACE_ADVERBS.hasToken(tokens[last.end - 1]!)) return undefined;
  // "is due to differences in the lists used": "due to" after "be" is the predicate, not a phrase of cause.
  if (group.kind === 'passive' && tokens[group.gap[0]!.start]!.lower === 'due') return undefined;
  if (inverted) return 0.85;
  if (group.kind === 'passive') {
    // The passive has no object: "was one of the men arrested" has a noun the participle modifies.
    if (gap.objects > 0) return undefined;
    // A counted time with no preposition right before the participle measures it as an adjective: "be at least fifty
    // years departed", "were 20 years married" (a date there is German order: "was last year built").
    if (last.kind === 'NP' && last.time && isNumeral(tokens[last.start])) return undefined;
    // Formal English puts an adverbial phrase there too ("is not in this instance altered", "can in principle be
    // copied"): a single such phrase is only a hint; a time phrase or two phrases are not English order.
    // After a modal ("can in principle be copied") a single phrase is left alone.
    // A phrase of cause or concession is no such adverbial: "was because of the storm cancelled" (German "wegen").
    // A negation or adverb may stand before it: "could not because of missing rights be opened".
    const phrase = group.gap.at(-1)!;
    if (gap.phrases === 1 && group.gap.length === 1 + gap.adverbs && phrase.kind === 'PP') {
      const first = phrase.start;
      if (CAUSE_WORDS.hasToken(tokens[first]!) || forReasons(tokens, phrase) || fromAgent(tokens, phrase)) return 0.75;
    }
    if (gap.phrases === 1 && group.gap.length === 1) {
      const first = group.gap[0]!.start;
      // The agent before the participle ("was by police arrested"): as `agentBeforeParticiple` rates it.
      if (opensAgent(tokens, first)) return AGENT_CONFIDENCE;
      // A counted or possessed place before the participle ("was on three devices reset", "were on your phone stored"):
      // a noun a reduced relative's participle modifies takes "the" ("was in the code generated"), not a bare number
      // or a possessive.
      const determiner = tokens[first + 1]!;
      const counted = determiner.kind === 'number' || (primaryTag(determiner) === 'CD' && determiner.lower !== 'one');
      // "was among his friends invited" names a group the participle picks out.
      if (group.verbs.length === 1 && (counted || OWNERS.hasToken(determiner)) && !POSTPOSED.hasToken(participle) && tokens[first]!.lower !== 'among') return 0.6;
    }
    // A time that dates nothing ("was on several occasions arrested", "was in the meantime amended", "was at one point
    // abandoned") is an English mid-position adverbial; a date or an event ("was on Monday cancelled", "were after the
    // update lost") is not.
    const only = group.gap.length === 1 ? group.gap[0]! : undefined;
    if (only !== undefined && gap.times === 1 && UNDATED_TIMES.has(tokens[only.end - 1]!.lower)) return 0.45;
    return gap.times > 0 || gap.phrases > 1 ? 0.75 : gap.phrases === 1 && group.verbs.length === 1 ? 0.45 : undefined;
  }
  // "has the whole night on you waited": a time and a pronoun's phrase are not a causative's object. "have in recent
  // months sharply fallen", "has in the region noticeably declined": a manner adverb after a time or a phrase, right
  // before the participle at the clause end; English says "have fallen sharply in recent months" (Brown has no
  // phrase and manner adverb before a participle that ends its clause; its one near match is "have since been
  // completely eliminated", with "since" alone).
  if (gap.objects === 0) return (gap.times > 0 && gap.phrases + gap.pronounPhrases > 0) || mannerAfterPhrase(tokens, group) ? 0.75 : undefined;
  // A pronoun alone is a causative's object ("have it done"); a pronoun and a phrase of place or manner are not
  // ("have them on the table laid"), as a pronoun takes no phrase that a participle could modify with it.
  if (REMAINDER.hasToken(participle) || (gap.pronouns > 0 && gap.times === 0 && gap.phrases === 0)) return undefined;
  // A pronoun's phrase ("with us") leaves no noun for the participle to modify.
  if (gap.times > 0 || gap.objects > 1 || gap.pronounPhrases > 0 || gap.phraseFirst) return 0.85;
  // "has only one small bonus offered": a mid-sentence adverb before the object.
  if (gap.adverbFirst) return 0.7;
  // After a prepositional phrase the participle may modify the noun ("had the house on the corner demolished"), after
  // an adverb it may be a causative with a modifier ("had the car professionally cleaned"): both more often after "had".
  if (gap.phrases > 0 || gap.adverbs > 0) return head.lower === 'had' ? 0.45 : 0.6;
  if (gap.nounPhrases > 0) return head.lower === 'had' ? undefined : 0.6;
  if (head.lower === 'had' || group.gap.length !== 1) return undefined;
  // One counted object ("has 40 trees uprooted", "have many workers dismissed"): a causative has one thing of its own
  // done, and Brown has no counted object before a participle at the clause end ("has no values defined" says none).
  const first = tokens[group.gap[0]!.start]!;
  const counted = first.kind === 'number' || primaryTag(first) === 'CD' || COUNTING.hasToken(first);
  if (counted && !PROGRESS.hasToken(participle) && !PEOPLE_STATES.hasToken(participle) && !(tokens[group.end]?.lower === 'and' && COUNTED_REST.test(tokens[group.end + 1]?.lower ?? ''))) return 0.6;
  // One indefinite object ("has a new parking plan developed"): a present causative of one new thing is rare, and Brown
  // has none of this shape outside "to have a few punished" (a causative after "to", left alone above).
  // A participle of naming before a name is a reduced relative: "objects have a hidden property called [[Prototype]]".
  if ((first.lower === 'a' || first.lower === 'an') && !NAMING_PARTICIPLES.hasToken(participle)) return 0.6;
  // One definite object and the participle last ("has the user cancelled") is also every causative: a hint. A verb of
  // saying, judging or dealing with people and no sense of making or handling ("has the job cuts defended", "has the
  // plan rejected") is no service one has done, as a causative's is ("has the car repaired"): Brown has neither shape
  // (no such hint in its million words). After "had" the causative is the usual reading ("We had the roof repaired"):
  // nothing.
  if (first.lower !== 'the') return undefined;
  return notCommissioned(participle) ? 0.6 : 0.4;
}

// Senses of acts one has done by others ("had the car repaired", "has the house painted", "have the bags delivered").
const COMMISSIONED = new WordSet(['verb.change', 'verb.contact', 'verb.creation', 'verb.body', 'verb.motion']);
const SOCIAL_ACTS = new WordSet(['verb.communication', 'verb.competition', 'verb.social']);

/** A participle of saying, judging or dealing with people with no sense of making or handling: "defended", "rejected". */
function notCommissioned(participle: Token): boolean {
  const senses = verbSenses(lemma.of(participle));
  return senses.some((x) => SOCIAL_ACTS.has(x)) && !senses.some((x) => COMMISSIONED.has(x));
}

/** have + a bare noun + a participle with an object of its own: "has tickets cancelled the flights" — a stray noun. */
function strayNoun(sentence: Sentence, analysis: SentenceAnalysis, i: number, text: string): Report | undefined {
  const tokens = sentence.tokens;
  const noun = analysis.chunkAt(i + 1);
  if (noun.kind !== 'NP' || noun.time || noun.end !== noun.start + 1 || !/^NNS?$/.test(primaryTag(tokens[noun.start]))) return undefined;
  const participle = tokens[noun.end];
  const object = tokens[noun.end + 1] && analysis.chunkAt(noun.end + 1);
  if (!isVerbalParticiple(participle) || object?.kind !== 'NP' || object.time || primaryTag(tokens[object.start]) === 'CD') return undefined;
  if (!/^(DT|PRP\$|JJ|NNS|NNP)$/.test(primaryTag(tokens[object.start]))) return undefined;
  const aux = tokens[i]!;
  return {
    start: aux.start,
    end: participle.end,
    message: `"${participle.text}" stands after a stray "${tokens[noun.start]!.text}"; English puts the participle right after "${aux.text}".`,
    suggestions: [
      { start: aux.start, end: participle.end, replacement: `${aux.text} ${participle.text}` },
      { start: aux.start, end: participle.end, replacement: `${aux.text} ${participle.text} ${text.slice(tokens[noun.start]!.start, tokens[noun.start]!.end)}` },
    ],
  };
}

// Brown has no agent before its participle (see agentBeforeParticiple).
const AGENT_CONFIDENCE = 0.8;
// "by" phrases that are adverbials, not the passive's agent: "is by no means finished", "was by far the best".
const ADVERBIAL_BY = new WordSet(['no', 'far', 'now', 'then', 'nature', 'law', 'default', 'definition', 'chance', 'accident', 'design', 'hand', 'and', 'all', 'contrast', 'comparison', 'mistake', 'rights', 'tradition', 'necessity', 'choice']);
/** Whether token `at` is a "by" that opens a passive's agent, not an adverbial ("by no means", "by far"). */
/**
 * "was from another user changed", "were from the council approved": German "von" read as "from" before the
 * participle, with a person or a body after it, is the passive's agent in the German order.
 */
function fromAgent(tokens: readonly Token[], c: { start: number; end: number }): boolean {
  if (tokens[c.start]!.lower !== 'from') return false;
  const head = tokens[c.end - 1]!;
  if (head.kind !== 'word' || isProperNoun(head)) return false;
  const senses = nounSenses(primaryTag(head) === 'NNS' ? nounSingular.of(head) : head.lower);
  return senses.some((x) => x === 'noun.person' || x === 'noun.group') && !senses.includes('noun.location');
}

const opensAgent = (tokens: readonly Token[], at: number) => tokens[at]?.lower === 'by' && !ADVERBIAL_BY.has(tokens[at + 1]?.lower ?? '');

/**
 * be + "by" + agent + participle: "were by witnesses informed". English puts the passive's agent after the
 * participle; German puts everything before it ("wurden von Zeugen informiert"). Brown has no such order: only
 * "is by no means diminished", an adverbial "by".
 */
function agentBeforeParticiple(sentence: Sentence, i: number): Report | undefined {
  const tokens = sentence.tokens;
  const be = tokens[i]!;
  if (!opensAgent(tokens, i + 1)) return undefined;
  const agentEnd = nounPhraseEnd(tokens, i + 2);
  if (agentEnd === i + 2 || !/^(NN|NNS|NNP|NNPS|PRP)$/.test(primaryTag(tokens[agentEnd - 1]))) return undefined;
  const participle = tokens[agentEnd];
  if (!isVerbalParticiple(participle)) return undefined;
  const agent = tokens.slice(i + 1, agentEnd).map((t) => t.text).join(' ');
  return {
    start: be.start,
    end: participle.end,
    message: `The agent "${agent}" stands before the participle "${participle.text}"; English puts it after: "${be.text} ${participle.text} ${agent}".`,
    confidence: AGENT_CONFIDENCE,
    suggestions: [{ start: be.start, end: participle.end, replacement: `${be.text} ${participle.text} ${agent}` }],
  };
}

const PLACE_ADVERBS = new WordSet(['here', 'there', 'above', 'below']);
// Participles English puts after the noun they modify: "at the hour mentioned", "the sums involved".
const POSTPOSED = new WordSet(['mentioned', 'concerned', 'involved', 'required', 'stated', 'specified', 'indicated', 'named', 'described', 'quoted', 'cited', 'listed', 'shown', 'affected', 'needed']);

// Participles that open a reduced clause of cause or comparison after a verb of change: "compared with", "driven by".
const CLAUSE_PARTICIPLES = new WordSet(['compared', 'based', 'driven', 'fuelled', 'fueled', 'led', 'boosted', 'helped', 'hit', 'followed', 'accompanied', 'coupled', 'combined', 'adjusted', 'measured', 'supported', 'prompted', 'spurred', 'hampered', 'weighed']);

/** have + participle + participle: "has always taken again denied" — two verbs for one auxiliary. */
function twoParticiples(tokens: readonly Token[], i: number): Report | undefined {
  let k = i + 1;
  while (isWordToken(tokens[k]) && isAdverb(tokens[k]!)) k++;
  const first = tokens[k];
  if (!isVerbalParticiple(first) || LINKING.has(lemma.of(first))) return undefined;
  let m = k + 1;
  while (isWordToken(tokens[m]) && isAdverb(tokens[m]!)) m++;
  const second = tokens[m];
  if (!isPureParticiple(second) || m === k + 1) return undefined;
  // A participle that opens a phrase of cause or comparison is a reduced clause, not a second verb: "have risen sharply
  // compared with last year", "has grown steadily driven by exports".
  const after = primaryTag(tokens[m + 1]);
  if (CLAUSE_PARTICIPLES.hasToken(second) && (after === 'IN' || after === 'TO')) return undefined;
  return {
    start: first.start,
    end: second.end,
    message: `Two participles, "${first.text}" and "${second.text}", hang on one auxiliary; one is probably a mistranslated word.`,
    mqmSeverity: 'major',
    // The last participle is the verb in the source's order; what stands before it is the stray word and the
    // adverb the source put between them ("immer wieder": "always again").
    suggestions: [{ start: first.start, end: second.start, replacement: '' }],
  };
}

/**
 * "has since March extended its hours", "was after the landing questioned by police", "has last year moved its
 * offices", "was at the border arrested with false papers": a date or a concrete place between "have" or "be" and the
 * participle, with the clause going on after the participle. German and Dutch put every adverbial before the
 * participle; English puts them after the participle's object or phrases, and Brown has no date or concrete place in
 * that place (its mid-position adverbials date or place nothing: "had in fact said", "has in recent years fallen
 * short", "was at that time engaged", "had in the past sustained").
 */
function datedSplit(sentence: Sentence, group: VerbGroup, text: string): Report | undefined {
  const tokens = sentence.tokens;
  if (group.kind !== 'perfect' && group.kind !== 'passive') return undefined;
  // Only adverbials in the gap: a noun phrase there is an object ("had the car repaired by a mechanic").
  if (group.gap.some((c) => c.kind === 'NP' && !c.time) || !group.gap.some((c) => datesEvent(tokens, c) || placesConcretely(tokens, c))) return undefined;
  if (subjectOf(sentence, group) !== 'before') return undefined;
  const restEnd = clauseRestEnd(sentence, group);
  if (restEnd === undefined) return undefined;
  const fix = englishOrder(sentence, group, text, { restEnd });
  const participle = tokens[group.verbs.at(-1)!]!;
  const head = tokens[group.head]!;
  return {
    start: head.start,
    end: participle.end,
    message: `A time or place phrase stands between "${head.text}" and "${participle.text}"; English puts it after the participle and what follows it.`,
    confidence: 0.75,
    suggestions: [fix],
  };
}

/**
 * A gap of time or prepositional phrases closed by one manner adverb in -ly ("in recent months sharply", "since 2019
 * steadily"), not a mid-sentence adverb English puts there ("in fact already", "at last finally").
 */
function mannerAfterPhrase(tokens: readonly Token[], group: VerbGroup): boolean {
  const last = group.gap.at(-1)!;
  const adverb = tokens[last.start]!;
  if (last.kind !== 'ADVP' || last.end !== last.start + 1 || !adverb.lower.endsWith('ly') || isMidAdverb(adverb)) return false;
  return group.gap.slice(0, -1).some((c) => c.time || (c.kind === 'PP' && !NOUN_PREPOSITIONS.hasToken(tokens[c.start]!)));
}

/** A form of have or be, or a modal: where a split verb group starts. */
const isGroupHead = (t: Token): boolean => {
  const head = verbGroupHead(t);
  return head === 'have' || head === 'be' || head === 'modal';
};

export default defineRule({
  meta: {
    id: 'participle-after-object',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.85,
    description: 'A past participle left at the clause end behind its object or adverbials, away from its auxiliary "have" or "be".',
    sourceHint: 'German perfect and passive put the participle last: "hat den Vorschlag abgelehnt" ("has the proposal rejected").',
    fixable: false,
  },
  // A form of have or be, or a modal (the anchor, which is a need too); and a word that can be a past participle.
  anchor: isGroupHead,
  needs: [(t) => t.tags.includes('VBN') || t.tags.includes('VBG')],
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    // Every pattern starts at a form of have or be or a modal: the detector reads those words (anchors), every test
    // kept at each, instead of asking each token for its head kind.
    const anchors = anchorsIn(sentence, ctx, isGroupHead);
    // Cheap tests first: a form of have or be, or a modal, whose next word is not a verb, and later a word that can
    // be a participle before punctuation or the sentence end. Most sentences fail one and are never analysed.
    let candidate = -1;
    let firstHave = -1;
    let firstBe = -1;
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i >= tokens.length - 2) break;
      const head = verbGroupHead(tokens[i]);
      if (head === undefined || head === 'to') continue;
      if (head === 'have' && firstHave < 0) firstHave = i;
      if (head === 'be' && firstBe < 0) firstBe = i;
      if (candidate < 0 && (head === 'have' || head === 'be' || head === 'modal') && !primaryTag(tokens[i + 1]).startsWith('VB')) candidate = i;
    }
    let split = false;
    // An -ing form closes an inverted progressive only: "be" before its subject ("Since May are the trains …").
    const inverting = candidate > 0 && verbGroupHead(tokens[candidate]) === 'be' && isDeterminer(tokens[candidate + 1]!);
    for (let i = candidate + 3; candidate >= 0 && i < tokens.length && !split; i++) {
      // The participle reading first: most words lack it, and the adverb test below reads a string.
      if (!tokens[i]!.tags.includes('VBN') && !(inverting && tokens[i]!.tags.includes('VBG'))) continue;
      // A manner adverb may close the clause after the participle ("be installed automatically"), or a particle
      // ("has … operations carried out").
      const n = (tokens[i + 1]?.lower.endsWith('ly') && primaryTag(tokens[i + 1]) === 'RB') || CLOSING_PARTICLES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      const next = tokens[n];
      split = next === undefined || next.kind === 'punct' || next.lower === 'and' || next.lower === 'or';
    }
    // Or a date right after "have" or "be" and a participle further on with the clause going on after it: "has since
    // March extended its hours".
    const dated = !split && candidate >= 0 && opensDate(tokens[candidate + 1]!) && verbGroupHead(tokens[candidate]) !== 'modal';
    const text = ctx.doc.text;
    const reports: Report[] = [];
    let covered = -1;
    for (const group of split || dated ? analyseSentence(sentence).verbGroups : []) {
      const analysis = analyseSentence(sentence);
      if (group.midClause) {
        const report = datedSplit(sentence, group, text);
        if (report) {
          reports.push(report);
          covered = group.end;
        }
        continue;
      }
      if (group.gap.length === 0 || (group.kind !== 'perfect' && group.kind !== 'passive' && group.kind !== 'progressive')) continue;
      const head = tokens[group.head]!;
      const before = tokens[group.head - 1];
      // "to have the car repaired", "would have the documents signed": causatives.
      if (group.kind === 'perfect' && verbGroupHead(head) === 'have' && (before?.lower === 'to' || verbGroupHead(before) === 'modal')) continue;
      const subject = subjectOf(sentence, group) ?? (questionWithObject(sentence, group) ? 'question' : pronounInvertedAfterAdverbial(sentence, group) ? 'inverted' : undefined);
      // A progressive only inverted after a fronted time ("Since Monday are the trains again running"): English keeps
      // "be" and its -ing form apart by adverbs and phrases alike ("is slowly and steadily rising").
      if (subject === undefined || (group.kind === 'progressive' && subject !== 'inverted')) continue;
      // "Here are the results the lab sent", "There were the letters he wrote": a presentational "be" before a noun and the
      // reduced relative that modifies it.
      if (group.kind === 'passive' && subject === 'inverted' && PRESENTING.has(before?.lower ?? '')) continue;
      // A passive after "and" leaves too little to go on: its subject is somewhere before.
      if (group.kind === 'passive' && subject === 'before' && before?.tags.includes('CC')) continue;
      const confidence = confidenceOf(tokens, group, subject !== 'before');
      // After "and" the subject is somewhere before: only the clear cases ("and have their area per unit increased").
      if (confidence === undefined || (before?.lower === 'and' || before?.lower === 'or' || before?.lower === 'but') && confidence < 0.7) continue;
      // A weak case needs a terminated sentence: a headline may drop words.
      if (confidence < 0.5 && !sentence.terminated) continue;
      const fronted = subject === 'inverted' ? tokens[analysis.clauseAt(group.head).start] : undefined;
      const ordered = (subject === 'question' ? pronounPairOrder(tokens, group, text) : undefined)
        ?? englishOrder(sentence, group, text, { inverted: subject === 'inverted', question: subject === 'question', past: fronted !== undefined && PAST_TIME.test(fronted.lower) });
      // The agent that German "von" gave as "from" takes "by" after the participle.
      const agent = group.kind === 'passive' && group.gap.length === 1 && fromAgent(tokens, group.gap[0]!) ? tokens[group.gap[0]!.start]!.text : undefined;
      const fix = agent === undefined ? ordered : { ...ordered, replacement: ordered.replacement.replace(new RegExp(`\\b${agent} `), 'by ') };
      const participle = tokens[group.verbs.at(-1)!]!;
      reports.push({
        start: head.start,
        end: participle.end,
        message: `"${participle.text}" closes the clause after the words that belong after it; English puts it right after "${head.text}".`,
        confidence,
        suggestions: [fix],
      });
      covered = group.end;
    }
    for (let a = 0; firstBe >= 0 && a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i < Math.max(1, firstBe)) continue;
      if (i >= tokens.length - 3) break;
      if (i < covered || tokens[i + 1]!.lower !== 'by' || verbGroupHead(tokens[i]) !== 'be') continue;
      const report = agentBeforeParticiple(sentence, i);
      if (report) {
        reports.push(report);
        covered = i + 3;
      }
    }
    for (let a = 0; firstHave >= 0 && a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i < Math.max(1, firstHave)) continue;
      if (i >= tokens.length - 2) break;
      if (i < covered || verbGroupHead(tokens[i]) !== 'have') continue;
      if (!subjectBefore(tokens, i)) continue;
      const stray = /^NNS?$/.test(primaryTag(tokens[i + 1])) && isVerbalParticiple(tokens[i + 2]) ? strayNoun(sentence, analyseSentence(sentence), i, text) : undefined;
      const report = stray ?? twoParticiples(tokens, i);
      if (report) {
        reports.push(report);
        covered = i + 2;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The flood has dozens of houses destroyed.', output: 'The flood has destroyed dozens of houses.' },
      { text: 'The shop has the first hundred tickets for free given away.', output: 'The shop has given away the first hundred tickets for free.' },
      { text: 'The storm has in three hours the whole harbour flooded.', output: 'The storm has flooded the whole harbour in three hours.' },
      { text: 'The file was from another user changed.', output: 'The file was changed by another user.' },
      { text: 'The app will in the coming days be updated automatically.', output: 'The app will be updated in the coming days automatically.' },
      { text: 'The airline has 12 flights cancelled.', output: 'The airline has cancelled 12 flights.' },
      { text: 'The council has a new traffic plan developed.', output: 'The council has developed a new traffic plan.' },
      { text: 'The thief was by two witnesses identified.', output: 'The thief was identified by two witnesses.' },
      { text: 'The bakery has its prices by ten percent raised.', output: 'The bakery has raised its prices by ten percent.' },
      { text: 'The ferry was because of the high waves cancelled.', output: 'The ferry was cancelled because of the high waves.' },
      { text: 'The bridge was for safety reasons closed.', output: 'The bridge was closed for safety reasons.' },
      { text: 'The festival was despite the rain held.', output: 'The festival was held despite the rain.' },
      { text: 'The airline has tickets cancelled the flights to Rome.', output: 'The airline has cancelled the flights to Rome.' },
      { text: 'Yesterday the council has the mayor the proposal rejected.', output: 'Yesterday the council has rejected the mayor the proposal.' },
      { text: 'Yesterday has the committee the proposal rejected.', output: 'Yesterday the committee rejected the proposal.' },
      { text: 'In the spring has the club three players sold.', output: 'In the spring the club sold three players.' },
      { text: 'The ministry has always taken again denied the reports.', output: 'The ministry has always denied the reports.' },
      { text: 'The agency has the report on Friday published.', output: 'The agency has published the report on Friday.' },
      { text: 'The coach has the players after the game sharply criticised.', output: 'The coach has sharply criticised the players after the game.' },
      { text: 'The firm has engineers hired new staff for the plant.', output: 'The firm has hired new staff for the plant.' },
      { text: 'The bridge was in the spring of 2019 closed.', output: 'The bridge was closed in the spring of 2019.' },
      { text: 'Your order was on Monday cancelled.', output: 'Your order was cancelled on Monday.' },
      { text: 'Anna has the photos with us shared.', output: 'Anna has shared the photos with us.' },
      {
        text: 'The council has the new parking rules for the old town last month approved.',
        output: 'The council has approved the new parking rules for the old town last month.',
      },
      { text: 'The firm has only one small bonus offered.', output: 'The firm has only offered one small bonus.' },
      { text: 'The club has in the summer three players sold.', output: 'The club has sold three players in the summer.' },
      { text: 'The files can with one command to another server be copied.', output: 'The files can be copied to another server with one command.' },
      { text: 'The office has for the weekend further storms forecast.', output: 'The office has forecast further storms for the weekend.' },
      { text: 'The bakery had its prices only in March raised.', output: 'The bakery had raised its prices only in March.' },
      { text: 'The tenants were by the landlord warned about the rent.', output: 'The tenants were warned by the landlord about the rent.' },
      { text: 'The results are by independent experts checked every year.', output: 'The results are checked by independent experts every year.' },
      { text: 'The minister has the job cuts defended.', output: 'The minister has defended the job cuts.' },
      { text: 'The board has the offer rejected.', output: 'The board has rejected the offer.' },
      { text: 'Since April are the buses to the airport again running.', output: 'Since April the buses are running to the airport again.' },
      { text: 'According to the survey have the rents for flats strongly risen.', output: 'According to the survey the rents for flats have strongly risen.' },
      { text: 'The fares for buses have in the past year by a fifth increased.', output: 'The fares for buses have increased by a fifth in the past year.' },
      { text: 'I have the whole evening on you waited.', output: 'I have waited on you the whole evening.' },
      { text: 'The cache has been at noon emptied.', output: 'The cache has been emptied at noon.' },
      { text: 'The page could not because of a server error be loaded.', output: 'The page could not be loaded because of a server error.' },
      { text: 'The hall was despite rising costs renovated.', output: 'The hall was renovated despite rising costs.' },
      { text: 'The parcel was at customs for two weeks held.', output: 'The parcel was held at customs for two weeks.' },
      { text: 'The clinic has in May over 500 tests carried out.', output: 'The clinic has carried out over 500 tests in May.' },
      { text: 'The gale has in the east of the island many roofs wrecked.', output: 'The gale has wrecked many roofs in the east of the island.' },
      { text: 'I have you yesterday called.', output: 'I have called you yesterday.' },
      { text: 'She has them on the shelf put.', output: 'She has put them on the shelf.' },
      { text: 'Have you the bill already paid?', output: 'Have you already paid the bill?' },
      { text: 'Where have you the car parked?', output: 'Where have you parked the car?' },
      { text: 'Yesterday have we the contract signed.', output: 'Yesterday we signed the contract.' },
      { text: 'Why have you me not earlier told?', output: 'Why have you not told me earlier?' },
      { text: 'Why has nobody the heating turned on?', output: 'Why has nobody turned on the heating?' },
      { text: 'The bakery has since April lengthened its opening hours.', output: 'The bakery has lengthened its opening hours since April.' },
      { text: 'The goalkeeper was after the match interviewed by local radio.', output: 'The goalkeeper was interviewed by local radio after the match.' },
      { text: 'The airline has last spring cut its fares to Rome.', output: 'The airline has cut its fares to Rome last spring.' },
    ],
    valid: [
      'He has many friends left in the town.',
      'Have you any money left?',
      'Have you any objection to the following plan?',
      'Have you the time?',
      'Here are the results the lab sent.',
      'There were the letters he wrote.',
      'He had it done.',
      'They were thirty years married when he died.',
      'Fuel prices have risen steeply compared with the spring.',
      'She would be at home at the time mentioned.',
      'The house has since then been sold.',
      'The house was from the start designed for a family.',
      'Objects have a hidden property called [[Prototype]].',
      'Most delegates were from the smaller nations.',
      'The package has two behaviours based on whether the input is valid.',
      'The ferry was cancelled because of the high waves.',
      'She has her car repaired every spring.',
      'He has two reports finished and one to go.',
      'The company has the resources needed to expand.',
      'Has the committee approved the plan?',
      'They had their homes destroyed this week.',
      'The team has become used to winning.',
      'The museum has remained closed since March.',
      'He would have the documents signed by Friday.',
      'The council had the budget cut by two million.',
      'The firm has filed a complaint against the ministry.',
      'The government has the powers granted by parliament.',
      'They have their groceries delivered.',
      'The city has the streets cleaned every night.',
      'He had his suits made in London.',
      'She has three children aged 5 and 7.',
      'The problem was quickly resolved.',
      'He was one of the men arrested.',
      'The plan was at first rejected by the board.',
      'She has a friend with her named Anna.',
      'The club has three tickets left.',
      'The coach has three players injured.',
      'We had the roof repaired.',
      'I want to have it done.',
      'The data can in principle be copied.',
      'What other choice has the council left?',
      'The damage is by no means repaired.',
      'The old method was by far preferred.',
      'The vote was by then expected.',
      'The painting was by an unknown artist.',
      'In this way have the old methods survived.',
      'We have the samples tested every year.',
      'The delay is due to differences in the two sets of lists used.',
      'The result has a simple explanation in terms of the model here presented.',
      'He had the old shed knocked down.',
      'The firm has in the past denied the claims.',
      'Output has in recent years fallen short of demand.',
      'He was at that time engaged in a lengthy dispute.',
      'The house has for decades stood empty.',
      'She has on several occasions praised the plan.',
    ],
  },
});

const PRONOUN_SUBJECTS = new WordSet(['i', 'we', 'you', 'he', 'she', 'they']);
// Words that open a question before its auxiliary: "Where have you …", "Why has the club …".
const QUESTION_OPENERS = new WordSet(['why', 'where', 'when', 'how', 'what']);

/**
 * "Have you the invoice already paid?", "Where have you the keys put?": a question opened by "have" (or by a question
 * word and "have"), then its subject, a pronoun or a noun phrase, and an object before the participle. English puts the
 * participle right after the subject ("Have you paid the invoice?"); `subjectOf` reads the modal's questions only, and a
 * wh-question's only with a noun subject.
 */
function questionWithObject(sentence: Sentence, group: VerbGroup): boolean {
  const tokens = sentence.tokens;
  if (group.kind !== 'perfect' || !(group.head === 0 || (group.head === 1 && QUESTION_OPENERS.hasToken(tokens[0]!)))) return false;
  let question = false;
  for (let p = tokens.length - 1; p >= 0 && p >= tokens.length - 3; p--) if (tokens[p]!.text.includes('?')) question = true;
  const [subject, object] = group.gap;
  // "have you me … called": the noun-phrase reader joins a subject pronoun and an object pronoun.
  const pronouns = subject?.kind === 'NP' && subject.end === subject.start + 2 && PRONOUN_SUBJECTS.hasToken(tokens[subject.start]!) && OBJECT_PRONOUNS.hasToken(tokens[subject.start + 1]!);
  // "Have you any money left?": what is left over, as in statements. A noun the phrase before it gave up as the
  // participle ("to the following plan") is no participle read first as one.
  const participle = tokens[group.verbs.at(-1)!]!;
  const first = primaryTag(participle);
  if (REMAINDER.hasToken(participle) || !((first === 'VBN' || first === 'VBD' || first === 'VB') && participle.tags.includes('VBD'))) return false;
  return question && subject?.kind === 'NP' && !subject.time && (pronouns || (object?.kind === 'NP' && !object.time && primaryTag(tokens[object.start]) !== 'CD'));
}

/**
 * The English order of a question whose subject and object pronouns the noun-phrase reader joined ("have you me not
 * earlier called"): the auxiliary, the subject, the adverbs that stand before a participle, the participle, the object
 * pronoun, the other words of the gap: "have you not called me earlier". Undefined for other gaps.
 */
function pronounPairOrder(tokens: readonly Token[], group: VerbGroup, text: string): { start: number; end: number; replacement: string } | undefined {
  const [pair, ...rest] = group.gap;
  if (pair === undefined || pair.end !== pair.start + 2 || !PRONOUN_SUBJECTS.hasToken(tokens[pair.start]!) || !OBJECT_PRONOUNS.hasToken(tokens[pair.start + 1]!)) return undefined;
  const before: string[] = [];
  const after: string[] = [];
  for (const c of rest) {
    if (c.kind !== 'ADVP') after.push(text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end));
    else for (let k = c.start; k < c.end; k++) (isMidAdverb(tokens[k]!) ? before : after).push(tokens[k]!.text);
  }
  const verbs = group.verbs.map((v) => tokens[v]!.text);
  const particle = group.particle === undefined ? [] : [tokens[group.particle]!.text];
  const words = [tokens[group.head]!.text, tokens[pair.start]!.text, ...before, ...verbs, ...particle, tokens[pair.start + 1]!.text, ...after];
  return { start: tokens[group.head]!.start, end: tokens[group.end - 1]!.end, replacement: words.join(' ') };
}

/** Whether a noun or pronoun stands right before token i, as a subject before its auxiliary. */
function subjectBefore(tokens: readonly Token[], i: number): boolean {
  return /^(NN|NNS|NNP|NNPS|PRP)$/.test(primaryTag(tokens[i - 1]));
}
