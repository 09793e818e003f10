import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import {
  analyseSentence, argumentPhraseEnd, canBeInfinitive, clauseRestEnd, englishOrder, isAdverb, isCoordinator, isDeterminer, isFiniteVerb, isModal, isTimePhrase, isTimeSpan, isWordToken, lemma, mayHeadSplitGroup, primaryTag, subjectOf, verbGroupHead,
  type Sentence, type SentenceAnalysis, type Token, type VerbGroup, WordSet,
} from '@mtlint/text';
import { datesEvent, isInfinitiveVerbForm, nounPhraseAfterDeterminerEnd, opensDate, phraseWithOfEnd, takesInfinitiveAt } from '../../clause-order.js';
import { formOf } from '../../sentence-needs.js';
import { pronounInvertedAfterAdverbial } from './pronoun-inversion.js';

/** Whether the noun phrase [start, end) is a noun phrase with a time after its noun: "the famous painting | next year". */
function objectBeforeTime(tokens: readonly Token[], start: number, end: number): boolean {
  for (let p = start + 2; p < end; p++) if (/^NNS?$/.test(primaryTag(tokens[p - 1])) && isTimeSpan(tokens, p, end)) return true;
  return false;
}

// Words after a preposition that make an idiom of the phrase: "in all likelihood", "at any moment", "in due course",
// "at all times", "in the long run".
const IDIOM_OPENERS = new WordSet(['all', 'any', 'due', 'no', 'some', 'every']);

/**
 * A prepositional phrase that is an idiom of manner, likelihood or time rather than a complement moved before the verb:
 * an opener of `IDIOM_OPENERS` or "the long" after the preposition, or a bare singular noun ("in principle", "with
 * difficulty", "at length"); a bare plural stays a complement ("could with taxes … climb").
 */
function idiomaticPhrase(tokens: readonly Token[], c: { start: number; end: number }): boolean {
  const first = tokens[c.start + 1];
  if (!isWordToken(first)) return false;
  if (IDIOM_OPENERS.hasToken(first) || (first.lower === 'the' && tokens[c.start + 2]?.lower === 'long')) return true;
  return c.end === c.start + 2 && first.text === first.lower && primaryTag(first) === 'NN';
}

/**
 * The confidence that a modal or "want" split from its infinitive is the German verb-final order, or undefined for
 * English shapes. An object between them is never English ("will the report publish"); prepositional phrases alone are
 * rare in English ("could with difficulty rise"); a time phrase alone may stand before a fronted object's verb ("as
 * Lewis would one day discover"): a hint.
 */
function confidenceOf(tokens: readonly Token[], group: VerbGroup, inverted: boolean): number | undefined {
  let objects = 0;
  let phrases = 0;
  let times = 0;
  for (const c of group.gap) {
    if (c.time) {
      times++;
      // "the famous painting next year": an object and a time read as one phrase; the object ends where the time begins.
      if (c.kind === 'NP' && objectBeforeTime(tokens, c.start, c.end)) objects++;
    } else if (c.kind === 'NP') objects++;
    else if (c.kind === 'PP') phrases++;
  }
  const verb = tokens[group.verbs.at(-1)!]!;
  if (group.kind === 'want') {
    // "They want the door open", "want the ban lifted", "want their money back": English, with no base form last.
    if (!/^(VB|VBP)$/.test(primaryTag(verb))) return undefined;
    if (objects === 0) return undefined;
    return 0.85;
  }
  // "should by Friday signed be": a participle before its "be" has no English reading, whatever stands between.
  const germanPassive = group.verbs.length === 2 && group.verbs[0]! > group.verbs[1]!;
  // A negation between a noun phrase and the verb ("could the deadline not meet") has no English reading, even where
  // the phrase names a time, when a determiner makes it an object; "would one day not return" might be English.
  const last = group.gap.at(-1)!;
  const negatedAfterPhrase = last.kind === 'ADVP' && /^(not|never)$/.test(tokens[last.start]!.lower)
    && group.gap.some((c) => c.kind === 'NP' && /^(DT|PRP\$)$/.test(primaryTag(tokens[c.start])) && tokens[c.start]!.lower !== 'this' && tokens[c.start]!.lower !== 'that');
  if (inverted || objects > 0 || germanPassive || negatedAfterPhrase) return 0.85;
  // "will in all likelihood agree", "will in the long run fall", "shall in due course reply": one phrase that is an
  // idiom of manner or likelihood, with no article or with "all", "any", "due", "the long", is English.
  if (phrases > 0) return group.gap.length === 1 && idiomaticPhrase(tokens, group.gap[0]!) ? undefined : 0.7;
  // "will from June again hourly run": a date and another adverbial, and the bare verb last. Brown sets no date
  // between a modal and a verb that closes its clause; a lone time ("would one day discover") stays a hint.
  if (times > 0 && group.gap.length >= 2 && group.gap.some((c) => datesEvent(tokens, c))) return 0.75;
  return times > 0 ? 0.45 : undefined;
}

/**
 * "The firm plans, next year 200 new people to hire.": a verb that takes an infinitive, a comma, the infinitive's
 * object and adverbials, and "to" with its verb closing the clause, as German puts "zu einzustellen" last after its
 * comma. English: "plans to hire 200 new people next year". Nothing between comma and "to" may be punctuation or a
 * verb ("decided, after a long debate, to sell" is English).
 */
function infinitiveAfterItsObject(tokens: readonly Token[], text: string, anchors: ArrayLike<number>): Report | undefined {
  // The verb before the comma is an anchor (`takesInfinitiveAt` asks `isInfinitiveVerbForm` of it).
  for (let a = 0; a < anchors.length; a++) {
    const comma = anchors[a]! + 1;
    if (comma + 4 >= tokens.length) break;
    if (tokens[comma]!.text !== ',' || !takesInfinitiveAt(tokens, comma - 1)) continue;
    let to = comma + 1;
    while (to < tokens.length && tokens[to]!.lower !== 'to' && (tokens[to]!.kind === 'word' || tokens[to]!.kind === 'number') && !isFiniteVerb(tokens[to]!) && !isModal(tokens[to]!)) to++;
    const verb = tokens[to + 1];
    const after = tokens[to + 2];
    if (tokens[to]?.lower !== 'to' || to - comma < 3 || !isWordToken(verb) || !verb.tags.includes('VB') || !(after === undefined || (after.kind === 'punct' && /^[.,;!?]$/.test(after.text)))) continue;
    const head = tokens[comma - 1]!;
    // A time phrase that opens the stretch goes last: "next year 200 people" → "200 people next year".
    const timeEnd = isTimePhrase(tokens, comma + 1) ? argumentPhraseEnd(tokens, comma + 1) : comma + 1;
    const span = (from: number, end: number) => (end > from ? text.slice(tokens[from]!.start, tokens[end - 1]!.end) : '');
    const middle = timeEnd > comma + 1 && timeEnd < to ? `${span(timeEnd, to)} ${span(comma + 1, timeEnd)}` : span(comma + 1, to);
    const replacement = `${head.text} to ${verb.text} ${middle}`;
    return {
      start: head.start,
      end: verb.end,
      message: `"to ${verb.text}" closes the clause after its object, with a comma after "${head.text}", as German sets off "zu" + verb; English says "${replacement}".`,
      confidence: 0.85,
      suggestions: [{ start: head.start, end: verb.end, replacement }],
    };
  }
  return undefined;
}

// Verbs whose infinitive has no object of their own before it: "tries to lower the costs", never "tries the costs to
// lower" (German "versucht, die Kosten zu senken"). Verbs that take an object and an infinitive ("asked the staff to
// leave", "expects prices to rise", "wants the team to win") are not among them.
const SUBJECT_CONTROL = new Set([
  'try', 'decide', 'forget', 'refuse', 'agree', 'attempt', 'fail', 'hope', 'promise', 'neglect', 'vow', 'plan', 'aim', 'seek', 'manage', 'threaten',
  'undertake', 'pledge', 'strive', 'endeavour', 'endeavor', 'resolve', 'opt',
]);
// Determiners of a noun phrase that an infinitive may modify as a relative ("seeks a partner to fund", "plans some
// films to shoot"): after these the infinitive may be the noun's, not the verb's left behind its object.
const INDEFINITE = new WordSet(['a', 'an', 'some', 'any', 'another', 'no', 'more', 'other', 'such', 'what', 'which', 'enough', 'much', 'many', 'few']);
const isSubjectControlForm = formOf(SUBJECT_CONTROL);
// Nouns an infinitive may modify ("the way to go", "the time to leave", "the password to log in"): the infinitive is
// then the noun's, not a verb's left behind its object.
const INFINITIVE_NOUNS = new WordSet([
  'way', 'ways', 'time', 'chance', 'opportunity', 'right', 'power', 'ability', 'attempt', 'effort', 'decision', 'plan', 'need',
  'place', 'thing', 'things', 'money', 'means', 'courage', 'strength', 'permission', 'key', 'password', 'reason', 'moment', 'one',
]);
// Adjectives and participles of duty or readiness that take a "to" infinitive: "is obliged to inform".
const OBLIGED = new WordSet(['obliged', 'obligated', 'required', 'entitled', 'authorised', 'authorized', 'ready', 'willing', 'prepared', 'forced', 'allowed', 'permitted', 'bound']);
const ABLE = new WordSet(['able', 'unable']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);
const NEXT_CLAUSE = new WordSet(['before', 'after', 'when', 'because', 'if', 'while', 'although', 'so']);
// Particles that German leaves before "zu" with their verb: "the lights off to turn".
const INFINITIVE_PARTICLES = new WordSet(['off', 'on', 'out', 'up', 'down', 'back', 'away', 'in']);

/**
 * "The firm tries the costs to lower.", "The board has decided the dividend to raise.", "To your password to change,
 * …": a verb whose infinitive takes no object before it, or "To" (German "um … zu") opening the sentence, then a noun
 * phrase led by a determiner and "to" with its verb closing the clause, as German puts "zu" + verb after the object.
 * English: "tries to lower the costs", "To change your password, …".
 */
function objectBeforeToInfinitive(tokens: readonly Token[], text: string, anchors: ArrayLike<number>): Report | undefined {
  // The governor is an anchor ("To", a verb of `isSubjectControlForm`), or the comma after one ("obliged,"): each
  // anchor and the token after it are read, once each, in order.
  let read = -1;
  for (let n = 0; n < 2 * anchors.length; n++) {
    const g = anchors[n >> 1]! + (n & 1);
    if (g <= read) continue;
    read = g;
    if (g + 4 >= tokens.length) break;
    // The determiner after the governor first: a tag test, where the verb's form is a look-up.
    const first = tokens[g + 1]!;
    // A number opens the object too ("plans 40 new nurses to hire").
    const counted = first.kind === 'number' || (isWordToken(first) && primaryTag(first) === 'CD');
    if (!counted && (!isWordToken(first) || !isDeterminer(first) || first.lower === 'that' || first.lower === 'this' && !isWordToken(tokens[g + 2]) || INDEFINITE.hasToken(first))) continue;
    const governor = tokens[g]!;
    const purpose = g === 0 && governor.text === 'To';
    // "is obliged, the landlord of any damage to inform": German sets off the "zu" clause after an adjective with a comma.
    const obliged = governor.text === ',' && OBLIGED.has(tokens[g - 1]?.lower ?? '');
    // "was able the fire quickly to extinguish": "able" after "be", with no comma (German "war in der Lage, das Feuer
    // schnell zu löschen" loses it in MT).
    const able = ABLE.hasToken(governor) && BE_FORMS.has(tokens[g - 1]?.lower ?? '');
    if (!purpose && !obliged && !able && !(g > 0 && (primaryTag(governor).startsWith('VB') || takesInfinitiveAt(tokens, g)) && isSubjectControlForm(governor))) continue;
    if (counted && (purpose || obliged || able)) continue;
    const objectEnd = counted ? phraseWithOfEnd(tokens, g + 1) : nounPhraseAfterDeterminerEnd(tokens, g + 1);
    // A noun of a verb that takes an infinitive takes one too: "refused the offer to resign", "the plan to expand".
    const head = tokens[objectEnd - 1]!;
    if (objectEnd <= g + 2 || (!purpose && (INFINITIVE_NOUNS.hasToken(head) || isInfinitiveVerbForm(head) || isSubjectControlForm(head)))) continue;
    // After the comma, adverbs and a phrase may stand before "to": "the landlord of any damage immediately to inform".
    let middleEnd = objectEnd;
    // After a verb or "able" too, one phrase and adverbs: "decided the taxes for small firms to lower", "the fire
    // quickly to extinguish".
    // Up to three of them, in any order: phrases (with their "of" phrases: "by the end of the year"), times ("next
    // year") and adverbs ("again"); a phrase with "to" only before the infinitive's own "to" ("its offices to Munich
    // to move").
    if (!purpose && !obliged) {
      for (let n = 0; n < 3; n++) {
        const t = tokens[middleEnd];
        if (!isWordToken(t) || NEGATIONS.hasToken(t)) break;
        const towards = t.lower === 'to' && isWordToken(tokens[middleEnd + 1]) && !canBeInfinitive(tokens[middleEnd + 1]!);
        if ((primaryTag(t) === 'IN' || towards) && (t.lower !== 'to' || towards) && t.lower !== 'that' && isWordToken(tokens[middleEnd + 1])) {
          const pp = Math.max(argumentPhraseEnd(tokens, middleEnd + 1), nounPhraseAfterDeterminerEnd(tokens, middleEnd + 1), phraseWithOfEnd(tokens, middleEnd + 1));
          if (pp <= middleEnd + 1 || (towards && tokens[pp]?.lower !== 'to')) break;
          middleEnd = pp;
        } else if (isTimePhrase(tokens, middleEnd) && argumentPhraseEnd(tokens, middleEnd) > middleEnd) middleEnd = argumentPhraseEnd(tokens, middleEnd);
        else if (isAdverb(t) && t.lower !== 'to') middleEnd++;
        else break;
      }
    }
    if (obliged) {
      if (tokens[middleEnd]?.lower === 'of' || isWordToken(tokens[middleEnd]) && primaryTag(tokens[middleEnd]) === 'IN' && tokens[middleEnd]!.lower !== 'to') middleEnd = Math.max(middleEnd, nounPhraseAfterDeterminerEnd(tokens, middleEnd + 1));
      while (isWordToken(tokens[middleEnd]) && isAdverb(tokens[middleEnd]!) && tokens[middleEnd]!.lower !== 'to') middleEnd++;
    }
    const particle = INFINITIVE_PARTICLES.has(tokens[middleEnd]?.lower ?? '') ? 1 : 0;
    const to = middleEnd + particle;
    const verb = tokens[to + 1];
    if (tokens[to]?.lower !== 'to' || !isWordToken(verb) || !canBeInfinitive(verb) || verb.lower === 'be' || verb.lower === 'have') continue;
    // The verb closes its clause: punctuation, the sentence end, a coordinator before a second such infinitive, or a
    // subordinator opening the next clause ("the lights off to turn before he left").
    const after = tokens[to + 2];
    if (!(after === undefined || (after.kind === 'punct' && /^[.,;!?]$/.test(after.text)) || after.lower === 'and' || after.lower === 'or' || NEXT_CLAUSE.hasToken(after))) continue;
    // After "To" the clause is an adverbial before the main clause, set off by its comma.
    if (purpose && after?.text !== ',') continue;
    const object = text.slice(first.start, tokens[to - 1]!.end);
    // After an adjective the comma goes with the German order: "is obliged to inform the landlord".
    const replacement = purpose ? `${governor.text} ${verb.text} ${object}` : obliged ? ` to ${verb.text} ${object}` : `${governor.text} to ${verb.text} ${object}`;
    const start = governor;
    return {
      start: start.start,
      end: verb.end,
      message: `"to ${verb.text}" closes the clause after its object, as German puts "zu" + verb last; English says "${replacement.trim()}".`,
      confidence: 0.85,
      suggestions: [{ start: start.start, end: verb.end, replacement }],
    };
  }
  return undefined;
}

/**
 * "can because of the storm not take place": a prepositional phrase and "not" between the modal and its verb, which
 * has its own complement after it. English: "can not take place because of the storm", the phrase after the
 * complement, at the clause end.
 */
function complementMovedBack(tokens: readonly Token[], group: VerbGroup, text: string): { start: number; end: number; replacement: string } | undefined {
  const first = group.gap[0]!;
  const negation = group.gap.at(-1)!;
  if (first.kind !== 'PP' || negation.kind !== 'ADVP') return undefined;
  let end = group.end;
  while (end < tokens.length && tokens[end]!.kind !== 'punct' && !isFiniteVerb(tokens[end]!) && !isModal(tokens[end]!)) end++;
  if (end === group.end) return undefined;
  const span = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const head = tokens[group.head]!;
  const replacement = `${head.text} ${span(negation.start, negation.end)} ${span(group.verbs[0]!, end)} ${span(first.start, negation.start)}`;
  return { start: head.start, end: tokens[end - 1]!.end, replacement };
}

/**
 * Whether a report of the analysis can come out of the sentence: only a modal or "want" that can head a split group
 * (`mayHeadSplitGroup`) has an infinitive left behind, and `negationLast` needs a "not". Most sentences that pass the
 * cheap tests of the detector have neither, and are never analysed.
 */
function opensSplitOrNegation(tokens: readonly Token[]): boolean {
  let not = false;
  let negatable = false;
  for (let i = 0; i < tokens.length; i++) {
    if (mayHeadSplitGroup(tokens, i)) return true;
    if (tokens[i]!.lower === 'not') not = true;
    else if (tokens[i]!.lower === 'to' && mayNegateBefore(tokens, i)) negatable = true;
  }
  return not && negatable;
}

/** What `negationLast` reads before "to" at `to`: a finite verb of the kind "want" heads (or none) after its subject. */
function mayNegateBefore(tokens: readonly Token[], to: number): boolean {
  const finite = tokens[to - 1];
  if (!isWordToken(finite) || DO_SUPPORT[primaryTag(finite)] === undefined || (verbGroupHead(finite) ?? 'want') !== 'want') return false;
  return SUBJECT_TAGS.has(primaryTag(tokens[to - 2]));
}

// Particles a phrasal infinitive may carry to the clause end: "give back", "call off".
const PARTICLES = new WordSet(['back', 'up', 'out', 'off', 'down', 'away', 'over', 'in', 'on']);

const DO_SUPPORT: Record<string, string> = { VBD: 'did', VBZ: 'does', VBP: 'do' };
// First readings of a subject before its verb: a noun, a name, a personal pronoun.
const SUBJECT_TAGS = new WordSet(['NN', 'NNS', 'NNP', 'NNPS', 'PRP']);
const NEGATIONS = new WordSet(['not', 'never']);

/**
 * A negation pushed behind the infinitive to the clause end: "He wanted to decide on Monday not yet." German puts
 * "noch nicht" before the verbs at the end; English negates the finite verb with "do": "He did not yet want to decide
 * on Monday."
 */
function negationLast(sentence: Sentence, analysis: SentenceAnalysis, group: VerbGroup, text: string): Report | undefined {
  const tokens = sentence.tokens;
  const finite = tokens[group.head - 1];
  const doForm = finite && DO_SUPPORT[primaryTag(finite)];
  if (!isWordToken(finite) || !doForm || (verbGroupHead(finite) ?? 'want') !== 'want') return undefined;
  if (!SUBJECT_TAGS.has(primaryTag(tokens[group.head - 2]))) return undefined;
  // The chunks after the infinitive, to the clause end: noun, prepositional and adverb phrases, the last "not …".
  let c = analysis.chunkAt(group.end - 1);
  let previous = c;
  while (!analysis.endsClause(c.end - 1)) {
    previous = c;
    c = analysis.chunkAt(c.end);
    if (c.kind !== 'NP' && c.kind !== 'PP' && c.kind !== 'ADVP') return undefined;
  }
  if (c.kind !== 'ADVP' || tokens[c.start]!.lower !== 'not' || previous.kind === 'VERB' || previous.kind === 'ADVP') return undefined;
  const negation = text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end);
  const rest = text.slice(tokens[group.head]!.start, tokens[c.start - 1]!.end);
  return {
    start: finite.start,
    end: tokens[c.end - 1]!.end,
    message: `"${negation}" closes the clause after the infinitive; English negates "${finite.text}" with "${doForm} ${negation}" before it.`,
    confidence: 0.7,
    suggestions: [{ start: finite.start, end: tokens[c.end - 1]!.end, replacement: `${doForm} ${negation} ${lemma.of(finite)} ${rest}` }],
  };
}

// Quantifiers that stand after an object pronoun in English: "let them all go", "let us both try".
const FLOATING = new WordSet(['all', 'both', 'each']);

/**
 * "Please let us your opinion know", "lets you your photos in albums sort": "let", its object, a second object and
 * the infinitive last, as German puts "wissen lassen", "sortieren lassen" at the clause end. English says "let us know
 * your opinion": the infinitive right after the object of "let". One object before the verb is English ("let the
 * children of the village decide"); a second one is not.
 */
function letSplit(sentence: Sentence, group: VerbGroup, text: string): Report | undefined {
  const tokens = sentence.tokens;
  const [causee, ...rest] = group.gap;
  if (causee?.kind !== 'NP' || causee.time || !rest.some((c) => c.kind === 'NP' && !c.time && !FLOATING.hasToken(tokens[c.start]!))) return undefined;
  const verb = tokens[group.verbs.at(-1)!]!;
  return {
    start: tokens[group.head]!.start,
    end: tokens[group.end - 1]!.end,
    message: `The infinitive "${verb.text}" closes the clause after a second object; English puts it right after the object of "${tokens[group.head]!.text}".`,
    confidence: LET_CONFIDENCE,
    suggestions: [englishOrder(sentence, group, text, { question: true })],
  };
}
const LET_CONFIDENCE = 0.8;

// Tags of a finite verb: a request with one is a clause of its own ("Please the staff are busy" is no request).
const FINITE_TAGS = new WordSet(['MD', 'VBD', 'VBZ', 'VBP']);
const RELATIVE_PRONOUNS = new WordSet(['who', 'whom', 'which', 'that', 'whose']);

/**
 * "Please the device from the power supply disconnect.": a polite request whose verb comes last, after its object, as
 * German puts the infinitive ("Bitte das Gerät vom Netz trennen"). English: "Please disconnect the device from the
 * power supply". A sentence that opens with "Please" and a determiner, has no finite verb, relative pronoun or
 * punctuation and ends in a lower-case base form; a coordinator before that verb joins two requests ("Please the eye
 * and delight the mind"), and a noun read first ("risk", "time"), or any word after a determiner or adjective, ends
 * the object ("Please the boss at your own risk").
 */
function requestVerbLast(tokens: readonly Token[], text: string): Report | undefined {
  const end = tokens.length - 1;
  const verb = tokens[end - 1];
  if (end < 4 || tokens[0]!.lower !== 'please' || !isWordToken(tokens[1]) || !isDeterminer(tokens[1]!) || tokens[end]!.kind !== 'punct') return undefined;
  if (!isWordToken(verb) || !verb.tags.includes('VB') || verb.text !== verb.lower || primaryTag(verb).startsWith('NN')) return undefined;
  const before = tokens[end - 2]!;
  if (isCoordinator(before) || isDeterminer(before) || primaryTag(before) === 'JJ') return undefined;
  for (let k = 2; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || FINITE_TAGS.has(primaryTag(t)) || RELATIVE_PRONOUNS.hasToken(t)) return undefined;
  }
  const object = text.slice(tokens[1]!.start, tokens[end - 2]!.end);
  return {
    start: tokens[0]!.start,
    end: verb.end,
    message: `The verb "${verb.text}" closes the request, after its object; English puts it right after "${tokens[0]!.text}".`,
    confidence: REQUEST_CONFIDENCE,
    suggestions: [{ start: tokens[0]!.start, end: verb.end, replacement: `${tokens[0]!.text} ${verb.text} ${object}` }],
  };
}
const REQUEST_CONFIDENCE = 0.8;

const DO_FORMS = new WordSet(['do', 'does', 'did']);
const WH_OPENERS = new WordSet(['why', 'when', 'where', 'how', 'what']);
const OBJECT_PRONOUNS = new WordSet(['him', 'her', 'it', 'us', 'them', 'me']);

/**
 * "Why did the referee the goal not approve?", "Does the app your data share?": a question with "do", its subject, an
 * object and the verb last, as German puts the infinitive after the object ("Warum hat der Schiedsrichter das Tor
 * nicht anerkannt?" rendered with "do"). English: "Why did the referee not approve the goal?". The analysis reads no
 * split group after "do"; this reads the question's words: "do" first or after a question word, a subject (a pronoun,
 * or a noun phrase), an object led by a determiner or an object pronoun, adverbs, and a base form before the "?".
 */
function doQuestionVerbLast(tokens: readonly Token[], text: string): Report | undefined {
  const mark = tokens.length - 1;
  if (mark < 5 || tokens[mark]!.text !== '?') return undefined;
  const d = DO_FORMS.hasToken(tokens[0]!) ? 0 : WH_OPENERS.hasToken(tokens[0]!) && DO_FORMS.has(tokens[1]?.lower ?? '') ? 1 : -1;
  if (d < 0) return undefined;
  const first = tokens[d + 1];
  if (!isWordToken(first)) return undefined;
  const subjectEnd = PERSONAL_SUBJECTS.hasToken(first) ? d + 2 : isDeterminer(first) ? nounPhraseAfterDeterminerEnd(tokens, d + 1) : d + 1;
  const object = tokens[subjectEnd];
  if (subjectEnd <= d + 1 || !isWordToken(object) || !(OBJECT_PRONOUNS.hasToken(object) || (isDeterminer(object) && object.lower !== 'that'))) return undefined;
  let objectEnd = OBJECT_PRONOUNS.hasToken(object) ? subjectEnd + 1 : nounPhraseAfterDeterminerEnd(tokens, subjectEnd);
  if (objectEnd <= subjectEnd) return undefined;
  // The phrase may have swallowed the verb as its noun ("your data share"); a finite reading inside a longer phrase is a
  // reduced relative's verb ("Did the team the fans love win?"), which English allows.
  const last = tokens[objectEnd - 1]!;
  if (objectEnd === mark && objectEnd - subjectEnd >= 3 && (last.tags.includes('VB') || last.tags.includes('VBP'))) objectEnd--;
  else if (objectEnd - subjectEnd >= 3 && /^NNS?$/.test(primaryTag(tokens[objectEnd - 2])) && (last.tags.includes('VBP') || last.tags.includes('VBZ') || last.tags.includes('VBD'))) return undefined;
  let v = objectEnd;
  while (v < mark - 1 && isWordToken(tokens[v]) && isAdverb(tokens[v]!)) v++;
  const verb = tokens[v];
  if (v !== mark - 1 || !isWordToken(verb) || !canBeInfinitive(verb) || verb.text !== verb.lower) return undefined;
  const span = (from: number, to: number) => (to > from ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : '');
  const replacement = [tokens[d]!.text, span(d + 1, subjectEnd), span(objectEnd, v), verb.text, span(subjectEnd, objectEnd)].filter((w) => w !== '').join(' ');
  return {
    start: tokens[d]!.start,
    end: verb.end,
    message: `The verb "${verb.text}" closes the question after its object; English puts it right after the subject: "${replacement}".`,
    confidence: REQUEST_CONFIDENCE,
    suggestions: [{ start: tokens[d]!.start, end: verb.end, replacement }],
  };
}
const PERSONAL_SUBJECTS = new WordSet(['i', 'you', 'we', 'they', 'he', 'she', 'it']);

/**
 * "The pool will from June again on Sundays be open", "The firm will next week in Brussels present its plan": a modal,
 * two or more adverbials with a date among them, then the infinitive with the rest of the clause after it. German puts
 * the adverbials before the infinitive; English after it and what follows it. Brown has no date between a modal and
 * its verb (its adverbials there date nothing: "may in fact be", "may from time to time be agreed"), and a single
 * date there ("will on Monday unveil") is news English, left alone.
 */
function datedModalSplit(sentence: Sentence, group: VerbGroup, text: string): Report | undefined {
  const tokens = sentence.tokens;
  // Adverbials only: a lone adjective there is the predicate of a "be" moved last (verb-final-clause).
  if (group.kind !== 'modal' || group.gap.length < 2 || group.gap.some((c) => c.kind === 'WORD') || !group.gap.some((c) => datesEvent(tokens, c))) return undefined;
  if (subjectOf(sentence, group) !== 'before') return undefined;
  const restEnd = clauseRestEnd(sentence, group);
  if (restEnd === undefined) return undefined;
  const verb = tokens[group.verbs.at(-1)!]!;
  const head = tokens[group.head]!;
  return {
    start: head.start,
    end: verb.end,
    message: `Adverbials with a date stand between "${head.text}" and "${verb.text}"; English puts them after the verb and what follows it.`,
    confidence: 0.75,
    suggestions: [englishOrder(sentence, group, text, { restEnd })],
  };
}

/**
 * Where the checks start: a modal, 'want', 'let', 'not', 'please', a verb that takes an infinitive ("plans, … to hire"),
 * a sentence-opening "To", a question mark (a question with "do"), an adjective of duty ("obliged, … to inform") or a
 * verb whose infinitive takes no object before it ("tries the costs to lower").
 */
const isInfinitiveAnchor = (t: Token): boolean =>
  t.lower === 'not' || t.lower === 'please' || t.text === 'To' || t.text === '?' || OBLIGED.hasToken(t) || ABLE.hasToken(t) || verbGroupHead(t) === 'modal' || verbGroupHead(t) === 'want' || verbGroupHead(t) === 'let' || isInfinitiveVerbForm(t) || isSubjectControlForm(t);

export default defineRule({
  meta: {
    id: 'infinitive-at-clause-end',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.85,
    description: 'An infinitive left at the end of its clause, after the object and adverbials, away from its modal or "want".',
    sourceHint: 'German puts the infinitive last after a modal: "will nächstes Jahr Marktführer werden", "soll die Steuer senken".',
    fixable: false,
  },
  // One of the words `isInfinitiveAnchor` names (the anchor, a need too: the checks that walked the sentence read those
  // words and the word after each); and a word that can be an infinitive or an adverb.
  anchor: isInfinitiveAnchor,
  needs: [(t) => t.tags.includes('VB') || t.tags.includes('VBP') || t.tags.includes('RB')],
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, isInfinitiveAnchor);
    const afterObject = infinitiveAfterItsObject(tokens, ctx.doc.text, anchors) ?? objectBeforeToInfinitive(tokens, ctx.doc.text, anchors);
    if (afterObject) return [afterObject];
    const request = requestVerbLast(tokens, ctx.doc.text) ?? doQuestionVerbLast(tokens, ctx.doc.text);
    if (request) return [request];
    // Cheap test first: a modal or "want" whose next word is not a verb, or a "not" before the sentence's last token.
    // and a word that can be an infinitive (or "not", "yet") before punctuation or the sentence end.
    let candidate = -1;
    // Both are anchors.
    for (let a = 0; a < anchors.length && candidate < 0; a++) {
      const i = anchors[a]!;
      if (i >= tokens.length - 2) break;
      const head = verbGroupHead(tokens[i]);
      if (((head === 'modal' || head === 'want' || head === 'let') && !primaryTag(tokens[i + 1]).startsWith('VB')) || (tokens[i]!.lower === 'not' && i > 3)) candidate = i;
    }
    const last = (t: Token, i: number) => tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct' || PARTICLES.hasToken(tokens[i + 1]!);
    // Or a base form after "not" further on: "could the leak not find before evening".
    const afterNegation = (t: Token, i: number) => t.tags.includes('VB') && NEGATIONS.has(tokens[i - 1]?.lower ?? '');
    // Or a date right after the modal, whatever ends the clause: "will next week in Brussels present the figures".
    if (candidate < 0) return [];
    const verbLast = tokens.some((t, i) => i > candidate + 2 && (((t.tags.includes('VB') || t.tags.includes('VBP') || t.tags.includes('RB')) && last(t, i)) || afterNegation(t, i)));
    // Without a verb last only that date's pattern is read.
    if (!verbLast && !opensDate(tokens[candidate + 1]!)) return [];
    if (!opensSplitOrNegation(tokens)) return [];
    const analysis = analyseSentence(sentence);
    const text = ctx.doc.text;
    const reports: Report[] = [];
    for (const group of analysis.verbGroups) {
      if (group.kind === 'to' && tokens[group.head - 1]?.kind === 'word') {
        const report = negationLast(sentence, analysis, group, text);
        if (report) reports.push(report);
        continue;
      }
      if (group.kind === 'let') {
        const report = letSplit(sentence, group, text);
        if (report) reports.push(report);
        continue;
      }
      if (!verbLast && !group.midClause) continue;
      if (group.midClause) {
        const report = datedModalSplit(sentence, group, text);
        if (report) reports.push(report);
        continue;
      }
      if (group.gap.length === 0 || (group.kind !== 'modal' && group.kind !== 'want')) continue;
      const subject = subjectOf(sentence, group) ?? (pronounInvertedAfterAdverbial(sentence, group) ? 'inverted' : undefined);
      if (subject === undefined) continue;
      const confidence = confidenceOf(tokens, group, subject !== 'before');
      if (confidence === undefined) continue;
      const verb = tokens[group.end - 1]!;
      const verbText = text.slice(tokens[group.verbs.at(-1)!]!.start, verb.end);
      const moved = complementMovedBack(tokens, group, text);
      if (moved) {
        reports.push({
          start: moved.start,
          end: moved.end,
          message: `"${tokens[group.head]!.text} … not ${verbText}" has a phrase between the modal and "not"; English says "${moved.replacement}".`,
          confidence,
          suggestions: [moved],
        });
        continue;
      }
      reports.push({
        start: tokens[group.head]!.start,
        end: verb.end,
        message: `The infinitive "${verbText}" closes the clause, after its object; English puts it right after "${tokens[group.head]!.text}".`,
        confidence,
        suggestions: [englishOrder(sentence, group, text, { inverted: subject === 'inverted', question: subject === 'question' })],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The crew was able the leak quickly to repair.', output: 'The crew was able to repair the leak quickly.' },
      { text: 'The board decided the fees for members to raise.', output: 'The board decided to raise the fees for members.' },
      { text: 'The gallery will the old portrait next spring return.', output: 'The gallery will return the old portrait next spring.' },
      { text: 'Members can the magazine for free order.', output: 'Members can order the magazine for free.' },
      { text: 'Please your password in the field below enter.', output: 'Please enter your password in the field below.' },
      { text: 'Can you the update from our website download?', output: 'Can you download the update from our website?' },
      { text: 'Can the tool also for free run?', output: 'Can the tool also run for free?' },
      { text: 'The firm wants next year the market leader become.', output: 'The firm wants to become the market leader next year.' },
      { text: 'The club wants next season the title win.', output: 'The club wants to win the title next season.' },
      { text: 'The council will the fees for parking next month raise.', output: 'The council will raise the fees for parking next month.' },
      { text: 'Farmers could their harvest this year sell.', output: 'Farmers could sell their harvest this year.' },
      { text: 'The ministry must the rules for drones tighten.', output: 'The ministry must tighten the rules for drones.' },
      { text: 'Customers can the tickets until Friday give back.', output: 'Customers can give back the tickets until Friday.' },
      { text: 'The committee will the final report only next spring publish.', output: 'The committee will publish the final report only next spring.' },
      { text: 'Visitors can from June the museum again enter.', output: 'Visitors can enter the museum again from June.' },
      { text: 'The ministry will the proposals carefully review.', output: 'The ministry will carefully review the proposals.' },
      { text: 'The price could with taxes to 40 euros climb.', output: 'The price could climb to 40 euros with taxes.' },
      { text: 'Next year will the bakery a second shop open.', output: 'Next year the bakery will open a second shop.' },
      { text: 'The forms must by Friday signed be.', output: 'The forms must be signed by Friday.' },
      { text: 'The club plans, next summer two new players to sign.', output: 'The club plans to sign two new players next summer.' },
      { text: 'The pilot could the plane not land in the fog.', output: 'The pilot could not land the plane in the fog.' },
      { text: 'The divers could the wreck not reach before dark.', output: 'The divers could not reach the wreck before dark.' },
      { text: 'He wanted to decide on Monday not yet.', output: 'He did not yet want to decide on Monday.' },
      { text: 'Why should the tenants a higher rent accept?', output: 'Why should the tenants accept a higher rent?' },
      { text: 'The bakery could the date not keep.', output: 'The bakery could not keep the date.' },
      { text: 'The new hall can up to 500 guests hold.', output: 'The new hall can hold up to 500 guests.' },
      { text: 'Guests must before noon their keys hand back.', output: 'Guests must hand back their keys before noon.' },
      { text: 'The market can because of the frost not take place.', output: 'The market can not take place because of the frost.' },
      { text: 'The ferry will due to the storm not sail today.', output: 'The ferry will not sail today due to the storm.' },
      { text: 'Please let us your new address know.', output: 'Please let us know your new address.' },
      { text: 'After the update must the phone restarted be.', output: 'After the update the phone must be restarted.' },
      { text: 'The support team will the fault as quickly as possible repair.', output: 'The support team will repair the fault as quickly as possible.' },
      { text: 'The editor lets you your clips in folders group.', output: 'The editor lets you group your clips in folders.' },
      { text: 'The club wants the old stand still this year renovate.', output: 'The club wants to renovate the old stand still this year.' },
      { text: 'The firm tries the costs to lower.', output: 'The firm tries to lower the costs.' },
      { text: 'The council has decided the old pool to close.', output: 'The council has decided to close the old pool.' },
      { text: 'The museum plans the east wing next summer to reopen.', output: 'The museum plans to reopen the east wing next summer.' },
      { text: 'The ferry company hopes the timetable by April to extend.', output: 'The ferry company hopes to extend the timetable by April.' },
      { text: 'The province seeks 30 new rangers to recruit.', output: 'The province seeks to recruit 30 new rangers.' },
      { text: 'He forgot the heating off to turn before he left.', output: 'He forgot to turn the heating off before he left.' },
      { text: 'To your settings to change, open the menu.', output: 'To change your settings, open the menu.' },
      { text: 'Why did the judge the witness not believe?', output: 'Why did the judge not believe the witness?' },
      { text: 'Does the app your contacts share?', output: 'Does the app share your contacts?' },
      { text: 'The buyer is entitled, the goods within 14 days to return.', output: 'The buyer is entitled to return the goods within 14 days.' },
      { text: 'With this app can you your photos in albums sort.', output: 'With this app you can sort your photos in albums.' },
      { text: 'The night bus will from May again every hour run.', output: 'The night bus will run every hour again from May.' },
      { text: 'The clinic can from next week daily open.', output: 'The clinic can open daily from next week.' },
      { text: 'The ferry should from June twice a day sail.', output: 'The ferry should sail twice a day from June.' },
      { text: 'The lido will from April again at weekends be open.', output: 'The lido will be open at weekends again from April.' },
    ],
    valid: [
      'He was able to repair the leak quickly.',
      'She was able to answer, the others were not.',
      'He tried the door to no avail.',
      'They asked the staff to leave.',
      'He forgot the password to log in.',
      'To the victor go the spoils.',
      'To the east lies a forest.',
      'She hoped the letter would arrive.',
      'They managed the team to victory.',
      'Did the team the fans love win?',
      'Did you see the man?',
      'What did the boy do?',
      'He was ready, the boss said, to leave.',
      'Should you need help, call us.',
      'Only then can we solve the problem.',
      'Will the bank cut rates in the autumn?',
      'Please the crowd and win.',
      'Please, the doors close at six.',
      'Please the customer first.',
      'Please the eye and delight the mind.',
      'Please the boss at your own risk.',
      'Please the judges who decide.',
      'Will the meeting on Monday go ahead?',
      'Can the man in the hat dance?',
      'The market cannot take place because of the frost.',
      'The ferry will not sail due to the storm.',
      'Nor could the firm easily expand.',
      'The bank could help the company grow.',
      'They want the door open.',
      'The state spends more than the cities can.',
      'He said he would, but he never did.',
      'The company wants the ban lifted.',
      'Only then will the board vote.',
      'Voters want their money back.',
      'The club will play the match on Sunday.',
      'Should the talks fail, prices will rise.',
      'She tried to stop it but could not.',
      'He decided to go on Monday, not Tuesday.',
      'The data can in principle be copied.',
      'Which way will the market move?',
      'How much rain will we get this week?',
      'Why could the pilot not land in the fog?',
      'She would one day not return from the sea.',
      'You must hand in your keys before noon.',
      'The hall can hold up to 500 guests.',
      'The club decided, after a long debate, to sell the ground.',
      'The town hopes, like its neighbours, to attract tourists.',
      'Let the children of the village decide.',
      'Let them all go home.',
      'She let the dog out.',
      'Let us know your opinion.',
      'Both may in fact be identical.',
      'The grant may from time to time be renewed.',
      'The company will on Monday unveil its new phone.',
      'It will from time to time rain.',
      'She will probably never fully recover.',
      'He will soon again be home.',
      'The council may in future decide.',
      'The union refused the offer to negotiate.',
      'The agency seeks a partner to fund the study.',
      'The firm plans the launch to coincide with the fair.',
      'The city plans more buses to serve the airport.',
      'The team managed a draw to stay up.',
    ],
  },
});
