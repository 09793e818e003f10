import { defineRule, type Report } from '@mtlint/engine';
import {
  isInfinitiveVerbForm, isNameRun, isObjectStart, joinWords, nounPhraseAfterDeterminerEnd, partsText, phraseWithOfEnd, PREPOSITIONS_TOO, readMiddle, spanText,
  SUBJECT_PRONOUNS, type Part,
} from '../../clause-order.js';
import {
  analyseSentence, canBeInfinitive, isAdverb, isAuxiliary, isDeterminer, isFiniteVerb, isModal, isPastForm, isPreposition, isProperNoun, isSubordinator,
  isKnownWord, isMidAdverb, isTimePhrase, isVerb, isWordToken, lemma, nounPhraseEnd, nounSenses, nounSingular, primaryTag, quotedMask, type Sentence, type Token, verbSenses, WordSet,
} from '@mtlint/text';

/** The clause ends after this token: sentence end, or punctuation other than an apostrophe. */
const endsClause = (tokens: readonly Token[], i: number) => {
  const next = tokens[i + 1];
  return next === undefined || (next.kind === 'punct' && isClauseEndMark(next.text.charCodeAt(0)));
};
// Patterns asked at every clause end or clause opener, as constants: a regular expression literal in a function is a
// new object each time it is reached.
const STARTS_WITH_LETTER = /^\p{L}/u;
const NOUN_OR_PRONOUN = /^(NN|NNS|PRP)$/;

/** . , ; : ! ? … ) — compared by code: this runs for every word before punctuation. */
const isClauseEndMark = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026 || c === 41;

/**
 * The clause goes on after a parenthetical: "will, by 6 p.m., be switching", "must, therefore, aim". A comma
 * after the modal or auxiliary, and after the next comma (within a dozen tokens) a verb form.
 */
function interrupted(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  for (let k = i + 2; k < tokens.length && k < i + 14; k++) {
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    while (isWordToken(tokens[v]) && isAdverb(tokens[v]!)) v++;
    const verb = tokens[v];
    // A verb form, or an adjective after a form of "be" ("is, I'm afraid, likely to …").
    return isWordToken(verb) && (/^(VB|VBG|VBN|JJ)$/.test(primaryTag(verb)) || (verb.tags.includes('VB') && !isDeterminer(verb)));
  }
  return false;
}

// Speech and thought tags after a quotation or a fragment: "Perfect, he thought.", "Class three, they said."
const REPORTING = new WordSet([
  'say', 'think', 'ask', 'reply', 'add', 'write', 'answer', 'explain', 'whisper', 'shout', 'cry', 'murmur', 'mutter',
  'insist', 'recall', 'note', 'observe', 'remark', 'continue', 'agree', 'laugh', 'sigh', 'tell', 'wonder', 'repeat',
  'suggest', 'exclaim', 'conclude', 'decide', 'guess', 'suppose', 'admit', 'declare', 'announce', 'warn',
]);

/**
 * A. "Mr Smith, the report praised.", "The museum, the donor confirmed on Monday." — subject, comma, object and the
 * finite verb, with only adverbials or a quotation after it. The stretch before the comma is a bare noun phrase (not
 * a time phrase, not a clause) and no other finite verb stands before the verb.
 */
function subjectObjectVerb(sentence: Sentence, quoted: boolean[], text: string, commas: readonly number[]): Report[] {
  const tokens = sentence.tokens;
  const last = tokens.length - 1;
  if (!sentence.terminated || tokens[last]?.text !== '.') return [];
  // The subject: the noun phrase from the sentence start, or from a comma after an opening adverbial, to a comma.
  for (const comma of commas) {
    if (comma < 1) continue;
    if (comma >= last - 2) break;
    let subjectStart = comma - 1;
    while (subjectStart > 0 && tokens[subjectStart - 1]!.kind !== 'punct') subjectStart--;
    if (subjectStart > 0 && tokens[subjectStart - 1]!.text !== ',') return [];
    // The object: a determiner-led or name noun phrase right after the comma, then the verb. (Its first word is
    // read first: one look at a tag, where the subject below is a phrase to read.)
    const objectStart = comma + 1;
    const objectHead = tokens[objectStart]!;
    if (!isWordToken(objectHead) || !(isDeterminer(objectHead) || isProperNoun(objectHead) || primaryTag(objectHead) === 'PRP')) continue;
    if (nounPhraseEnd(tokens, subjectStart, 8) !== comma && !isNameRun(tokens, subjectStart, comma)) continue;
    // A person or organisation rather than a time or place phrase ("Last year, …", "Downtown, …").
    const subjectHead = tokens[comma - 1]!;
    const senses = nounSenses.of(subjectHead);
    if (!isWordToken(subjectHead) || isTimePhrase(tokens, subjectStart) || (!isProperNoun(subjectHead) && senses.length > 0 && senses.every((s) => s === 'noun.location'))) continue;
    const objectEnd = nounPhraseAfterDeterminerEnd(tokens, objectStart);
    if (objectEnd === objectStart) continue;
    // Adverbials may stand between object and verb: "the players for their effort praised".
    const between = readMiddle(tokens, objectEnd, 3);
    const cut = between.findIndex((p) => p.kind === 'object');
    const pre = cut < 0 ? between : between.slice(0, cut);
    const verbAt = pre.length > 0 ? pre[pre.length - 1]!.end : objectEnd;
    const verb = tokens[verbAt];
    if (!isWordToken(verb) || quoted[verbAt]) continue;
    if (!/^(VBD|VBN|VBZ)$/.test(primaryTag(verb)) || (!verb.tags.includes('VBD') && primaryTag(verb) !== 'VBZ')) continue;
    if (isAddress(tokens, subjectStart, verb)) return [];
    // No finite verb before, outside the two noun phrases (whose words are read as nouns: "the suspect").
    if (finiteVerbOutside(tokens, quoted, verbAt, subjectStart, comma)) return [];
    // "Perfect, he thought.", "Road gang, Ernie thought.": a subject pronoun, or any subject before a verb of saying
    // or thinking, is a speech tag after a fragment; "Look, sweetheart, some fool was.": "be" takes no object.
    if (SUBJECT_PRONOUNS.has(objectHead.lower) || REPORTING.has(lemma.of(verb)) || lemma.of(verb) === 'be') return [];
    // After the verb: adverbials ("on Friday on its website") and a quoted complement, to the end of the sentence. An
    // object there would make the stretch after the comma a clause of its own ("John, the waiter brought the soup").
    const tail = readMiddle(tokens, verbAt + 1);
    if (tail.some((p) => p.kind === 'object')) return [];
    const tailEnd = tail.length > 0 ? tail[tail.length - 1]!.end : verbAt + 1;
    const quotationToEnd = quoted[tailEnd] === true && quotedOrPunctuation(tokens, quoted, tailEnd, last);
    if (tailEnd !== last && !quotationToEnd) return [];
    const subject = spanText(text, tokens, subjectStart, comma);
    const object = joinWords(spanText(text, tokens, objectStart, objectEnd), partsText(text, tokens, pre));
    return [
      {
        start: tokens[subjectStart]!.start,
        end: verb.end,
        message: `The verb "${verb.text}" comes last, after its object, as in a German or Turkish clause; English says subject, verb, object.`,
        suggestions: [{ start: tokens[subjectStart]!.start, end: verb.end, replacement: `${subject} ${verb.text} ${object}` }],
      },
    ];
  }
  return [];
}

// Words that can only be a subject before a verb: a subject pronoun, "nobody", "everyone".
const SUBJECT_WORDS = new WordSet(['i', 'we', 'they', 'he', 'she', 'you', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody']);
/**
 * How surely the noun phrase [start, end) names who acts: 2 for a subject word, a name or a head with a person sense
 * ("the mayor", "the users"), 1 for a head with a group sense ("the police", "the band", but also "information",
 * "data"), 0 for the rest ("the proposal", "the budget").
 */
function agentRank(tokens: readonly Token[], start: number, end: number): number {
  if (end === start + 1 && SUBJECT_WORDS.hasToken(tokens[start]!)) return 2;
  const head = tokens[end - 1]!;
  if (isProperNoun(head)) return 2;
  const senses = nounSenses(nounSingular.of(head));
  return senses.includes('noun.person') ? 2 : senses.includes('noun.group') ? 1 : 0;
}

/** A word that may open the first noun phrase of "More details you find …", "Full details you find …" or "The council the plan approved". */
const opensFrontedPhrase = (t: Token | undefined): boolean =>
  isWordToken(t) && (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'such' || /^JJ[RS]?$/.test(primaryTag(t)) || (isObjectStart(t) && primaryTag(t) !== 'PRP' && !WH_DETERMINERS.hasToken(t)));

/**
 * C. "Please the form completely fill out.", "Please your password enter.": German words an instruction as "bitte" and
 * an infinitive that closes it ("Bitte das Formular vollständig ausfüllen"); MT keeps the verb last. English: "Please
 * fill out the form completely". "please" opens the sentence before a determiner, the verb (with its particle) closes
 * it, and only noun phrases, prepositional phrases and adverbs stand between, the first a noun phrase.
 */
function pleaseThenVerbLast(sentence: Sentence, text: string): Report[] {
  const tokens = sentence.tokens;
  const mark = tokens[tokens.length - 1];
  if (tokens[0]!.lower !== 'please' || !isWordToken(tokens[1]) || !isDeterminer(tokens[1]) || !(mark?.text === '.' || mark?.text === '!')) return [];
  let v = tokens.length - 2;
  const particle = tokens[v]!.tags.includes('RP') && tokens[v - 1]!.tags.includes('VB') ? v : -1;
  if (particle > 0) v--;
  const verb = tokens[v];
  if (!isWordToken(verb) || verb.text !== verb.lower || !verb.tags.includes('VB') || v < 3) return [];
  // After a determiner, a possessive or an adjective the word is the noun of its phrase: "Please the boss at your own
  // risk."
  const before = tokens[v - 1]!;
  if (isDeterminer(before) || before.tags[0] === 'PRP$' || before.tags[0] === 'JJ') return [];
  const chunks = analyseSentence(sentence).chunks;
  const object = chunks[1]!;
  if (object.kind !== 'NP' || object.time || object.start !== 1) return [];
  // The object may have run on over the verb too ("the town hall visit"): it ends before it.
  const objectEnd = object.end === v + 1 && object.end - object.start > 2 ? v : object.end;
  const rest: string[] = [];
  let c = 2;
  // The last phrase may have run on over the verb as a compound's noun ("at the collection point return"): it ends
  // before the verb, which closes the sentence.
  let swallowed = false;
  for (; c < chunks.length && chunks[c]!.start < v; c++) {
    const chunk = chunks[c]!;
    swallowed = chunk.end === v + 1 && chunk.kind !== 'ADVP' && chunk.end - chunk.start > 2;
    if (!(chunk.kind === 'NP' || chunk.kind === 'PP' || chunk.kind === 'ADVP') || (chunk.end > v && !swallowed)) return [];
    rest.push(spanText(text, tokens, chunk.start, Math.min(chunk.end, v)));
  }
  if (chunks[c]?.start !== v && !swallowed && objectEnd !== v) return [];
  const verbText = particle > 0 ? `${verb.text} ${tokens[particle]!.text}` : verb.text;
  const replacement = joinWords(verbText, spanText(text, tokens, object.start, objectEnd), ...rest);
  const end = tokens[particle > 0 ? particle : v]!.end;
  return [
    {
      start: tokens[1]!.start,
      end,
      message: `The verb "${verbText}" closes the instruction after its object, as a German infinitive does ("Bitte … ausfüllen"); English: "Please ${replacement}".`,
      suggestions: [{ start: tokens[1]!.start, end, replacement }],
    },
  ];
}

/**
 * Whether a second noun phrase opens right after a noun among the first eight words ("This proposal | the mayor",
 * "The exact cause | the police", "I | the report"): a look at tags that spares most sentences the analysis. The noun
 * is read first as one, or follows a determiner or adjective ("cause" after "exact"); a word read first as a verb
 * after a plural ("The results show the …") is the verb.
 */
function secondPhraseAfterNoun(tokens: readonly Token[]): boolean {
  const last = Math.min(tokens.length, 9);
  for (let j = 1; j < last; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    if (!SUBJECT_WORDS.hasToken(t) && !isObjectStart(t)) continue;
    const before = tokens[j - 1]!;
    if (j === 1 ? SUBJECT_PRONOUNS.has(before.lower) : NOUN_TAGS.has(primaryTag(before)) || ((before.tags.includes('NN') || before.tags.includes('NNS')) && MODIFIER_TAGS.has(primaryTag(tokens[j - 2])))) return true;
  }
  return false;
}
const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const CLAUSE_SENSES: ReadonlySet<string> = new Set(['verb.cognition', 'verb.communication', 'verb.emotion']);
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['DT', 'PRP$', 'JJ', 'JJR', 'JJS']);

/**
 * B. "This proposal the mayor rejected on Monday.", "More details you find on our website." (object, subject, verb:
 * German fronts the object and puts the verb second, the MT keeps the object first) and "The council the plan
 * approved.", "I the report tomorrow will send." (subject, object, verb: the verb-final order of German, Turkish,
 * Japanese or Korean). Two noun phrases open the sentence with no comma, a verb group follows with adverbials after
 * it to the full stop, and no other verb: a relative clause without "that" ("The plan the council approved last week
 * includes …") has its main verb after it. Which phrase is the subject: the one that more surely names who acts
 * (`agentRank`: "you", "the mayor" before "the police" before "the proposal"); with neither, nothing is reported. An
 * apposition ("My brother the doctor lives …") names people twice, with the verb right after: not a subject–object
 * order.
 */
function twoNounPhrasesBeforeVerb(sentence: Sentence, quoted: boolean[], text: string): Report[] {
  const tokens = sentence.tokens;
  const mark = tokens[tokens.length - 1];
  if (!opensFrontedPhrase(tokens[0]) || !sentence.terminated || !(mark?.text === '.' || mark?.text === '!') || quoted.length > 0) return [];
  if (!secondPhraseAfterNoun(tokens)) return [];
  const chunks = analyseSentence(sentence).chunks;
  let first = chunks[0]!;
  let second = chunks[1];
  // The chunker runs a noun on into "nobody" ("Such a result nobody"): the subject word opens the second phrase.
  let next = 2;
  if (first.kind === 'NP' && first.end - first.start > 2 && SUBJECT_WORDS.hasToken(tokens[first.end - 1]!)) {
    second = { kind: 'NP', start: first.end - 1, end: first.end, time: false };
    first = { ...first, end: first.end - 1 };
    next = 1;
  }
  if (first.kind !== 'NP' || first.time || second?.kind !== 'NP' || second.time) return [];
  const firstHead = tokens[first.end - 1]!;
  const firstIsPronoun = first.end === 1 && SUBJECT_PRONOUNS.has(firstHead.lower);
  // A quantifier alone is no object: "More he could take at leisure".
  if (!firstIsPronoun && first.end - first.start < 2) return [];
  // A noun the lexicon reads first as a verb ("cause") is the head after a determiner.
  if (!firstIsPronoun && !firstHead.tags.includes('NN') && !firstHead.tags.includes('NNS') && !isProperNoun(firstHead)) return [];
  // A verb of thinking or saying the lexicon reads first as a noun, after a plural it agrees with, takes the clause
  // that follows: "The farmers hope the rain will come" is "farmers | hope | the rain will come", not two phrases.
  if (!firstIsPronoun && first.end - first.start >= 2 && firstHead.tags.includes('VBP') && primaryTag(tokens[first.end - 2]) === 'NNS' && verbSenses.of(firstHead).some((sense) => CLAUSE_SENSES.has(sense))) return [];
  const secondFirst = tokens[second.start]!;
  const secondIsWord = second.end === second.start + 1 && SUBJECT_WORDS.hasToken(secondFirst);
  if (!secondIsWord && (!isObjectStart(secondFirst) || primaryTag(secondFirst) === 'PRP' || isProperNoun(secondFirst) || WH_DETERMINERS.hasToken(secondFirst))) return [];
  // Adverbials and noun phrases up to the verb group, then adverbials to the end.
  let c = next;
  let objects = 0;
  // No verb and no clause before the verb group: "The reactionary misses the point that tradition exists …" (a word
  // right after a determiner is a noun: "the suspect").
  for (let k = 0; k < chunks[c]!.start; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || ((isModal(t) || /^VB[DZP]$/.test(primaryTag(t))) && !(k > 0 && isDeterminer(tokens[k - 1]!)))) return [];
  }
  while (c < chunks.length && chunks[c]!.kind !== 'VERB') {
    const kind = chunks[c]!.kind;
    if (kind === 'NP' && !chunks[c]!.time) objects++;
    else if (kind !== 'PP' && kind !== 'ADVP' && kind !== 'NP') return [];
    c++;
  }
  let verbChunk = chunks[c];
  if (verbChunk === undefined) return [];
  // A verb that takes an infinitive, and the infinitive: "The new stadium the club wants to open in 2026".
  const infinitive = chunks[c + 1];
  if (infinitive?.kind === 'VERB' && tokens[infinitive.start]!.lower === 'to' && infinitive.end === infinitive.start + 2 && isInfinitiveVerbForm(tokens[verbChunk.end - 1]!)) {
    verbChunk = { ...verbChunk, end: infinitive.end };
    c++;
  }
  const finite = tokens[verbChunk.start]!;
  // A past the lexicon reads first as a participle ("approved") is the finite verb here, with no auxiliary before it.
  // So is a present read first as a base form ("you find").
  if (!isFiniteVerb(finite) && !isModal(finite) && !finite.tags.includes('VBD') && !finite.tags.includes('VBP') && !finite.tags.includes('VBZ')) return [];
  const main = tokens[verbChunk.end - 1]!;
  if (lemma.of(main) === 'be' || lemma.of(finite) === 'be' || (verbChunk.end === verbChunk.start + 1 && lemma.of(finite) === 'have')) return [];
  for (let k = c + 1; k < chunks.length - 1; k++) {
    const after = chunks[k]!;
    if (!(after.kind === 'PP' || after.kind === 'ADVP' || (after.kind === 'NP' && after.time))) return [];
  }
  if (chunks[chunks.length - 1]!.start !== tokens.length - 1) return [];
  // The main clause's verb after a relative clause without "that", where the chunker read it into a phrase: "The book
  // she wrote at nineteen is still in print".
  for (let k = verbChunk.end; k < tokens.length; k++) if (isModal(tokens[k]!) || /^VB[DZP]$/.test(primaryTag(tokens[k]))) return [];
  const middleStart = second.end;
  const middleEnd = verbChunk.start;
  const firstRank = agentRank(tokens, first.start, first.end);
  const secondRank = agentRank(tokens, second.start, second.end);
  // English fronts an object before a subject too, for contrast, with the verb last ("His own fate he accepted.",
  // "These principles we have now set forth."); the German order keeps its adverbials after the verb ("This proposal
  // the mayor rejected on Monday"). An indefinite subject makes an exclamation ("The things a man will do!").
  let tail = false;
  for (let k = c + 1; k < chunks.length - 1; k++) if (chunks[k]!.kind !== 'ADVP') tail = true;
  const objectFirst = !firstIsPronoun && middleStart === middleEnd && tail && secondFirst.lower !== 'a' && secondFirst.lower !== 'an' && secondRank > firstRank;
  // The subject opens with a determiner or is a pronoun ("Two clotted balls the color of mucus rolled …" is a
  // description).
  const subjectFirst = !objectFirst && firstRank > 0 && (firstIsPronoun || isDeterminer(tokens[0]!)) && (middleStart < middleEnd || secondRank < firstRank) && !secondIsWord;
  if (!objectFirst && !subjectFirst) return [];
  if (subjectFirst && tokens.slice(second.end, verbChunk.end).some((t) => t.lower === 'not')) return [];
  const firstText = spanText(text, tokens, first.start, first.end);
  const secondText = spanText(text, tokens, second.start, second.end);
  const verbText = spanText(text, tokens, verbChunk.start, verbChunk.end);
  const start = tokens[0]!.start;
  if (objectFirst) {
    const subject = secondFirst.lower === 'i' ? 'I' : secondText[0]!.toUpperCase() + secondText.slice(1);
    const object = isProperNoun(tokens[0]!) ? firstText : firstText[0]!.toLowerCase() + firstText.slice(1);
    const replacement = `${subject} ${verbText} ${object}`;
    return [
      {
        start,
        end: tokens[verbChunk.end - 1]!.end,
        message: `"${firstText}" is the object of "${verbText}" and comes first, before the subject "${secondText}", as German fronts an object; English: "${replacement}".`,
        suggestions: [{ start, end: tokens[verbChunk.end - 1]!.end, replacement }],
      },
    ];
  }
  // A second object ("the patient the results explained") needs a preposition English cannot be given here.
  const middle = spanText(text, tokens, middleStart, middleEnd);
  const replacement = joinWords(firstText, verbText, secondText, middle);
  return [
    {
      start,
      end: tokens[verbChunk.end - 1]!.end,
      message: `The verb "${verbText}" comes after its object "${secondText}", as in a German, Turkish or Japanese clause; English says subject, verb, object.`,
      suggestions: objects > 0 ? [] : [{ start, end: tokens[verbChunk.end - 1]!.end, replacement }],
    },
  ];
}

/**
 * Whether the stretch from `start` to the first comma is a form of address, so that what follows the comma is a
 * clause of its own with its subject first: "Dear colleagues, the meeting starts at nine.", "Your Honor, the defence
 * rests." — a letter's or speech's opening, or "Your" and a title — and "John, the bus leaves.", "Doctor, the patient
 * sleeps.": a name or title with no determiner before a present-tense verb, which agrees with the noun after the comma
 * as its subject. (A fronted object in a verb-final clause comes from news written in the past tense: "Mr Smith, the
 * report praised.")
 */
function isAddress(tokens: readonly Token[], start: number, verb: Token): boolean {
  const first = tokens[start]!;
  if (first.lower === 'dear') return true;
  if (first.lower === 'your') return tokens[start + 1] !== undefined && tokens[start + 1]!.text !== tokens[start + 1]!.lower;
  return primaryTag(verb) === 'VBZ' && !isDeterminer(first);
}

// The loop above calls functions rather than making closures of its variables: a closure over a loop variable gives
// every turn of the loop (every token of the sentence) an object of its own.

/** A finite verb before token `verbAt`, outside the noun phrases [subjectStart, verbAt) but for their comma, unquoted. */
function finiteVerbOutside(tokens: readonly Token[], quoted: boolean[], verbAt: number, subjectStart: number, comma: number): boolean {
  for (let i = 0; i < verbAt && i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((i < subjectStart || i === comma) && isWordToken(t) && isFiniteVerb(t) && !quoted[i] && t.tags[0] !== 'VBN') return true;
  }
  return false;
}

/** Every token of [from, to) is quoted or punctuation. */
function quotedOrPunctuation(tokens: readonly Token[], quoted: boolean[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!quoted[i] && tokens[i]!.kind !== 'punct') return false;
  return true;
}

/**
 * B. "so that experts it check could", "that prices next year rise will", "which the engineers repaired have":
 * a modal or auxiliary closing the clause right after the verb it governs. English never puts it there.
 */
function auxiliaryAfterVerb(sentence: Sentence, quoted: boolean[], marks: Marks): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (const i of marks.clauseEnds) {
    if (i < 1) continue;
    const aux = tokens[i]!;
    const verb = tokens[i - 1]!;
    if (!isWordToken(verb) || quoted[i]) continue;
    // "that the harvest worse will be": an adjective before a modal and "be" at the clause end.
    const predicate = tokens[i - 2];
    if (aux.lower === 'be' && isModal(verb) && i >= 3 && isWordToken(predicate) && /^JJ[RS]?$/.test(primaryTag(predicate)) && !interrupted(tokens, i)) {
      reports.push({
        start: predicate.start,
        end: aux.end,
        message: `"${verb.text} ${aux.text}" closes the clause after "${predicate.text}"; English puts the adjective after the verb.`,
        suggestions: [{ start: predicate.start, end: aux.end, replacement: `${verb.text} ${aux.text} ${predicate.text}` }],
      });
      continue;
    }
    // A clitic belongs to the word before it ("enter'd" is "entered").
    if (!STARTS_WITH_LETTER.test(aux.text) || !(isModal(aux) || (CLOSING_AUXILIARIES.hasToken(aux) && isAuxiliary(aux)))) continue;
    if (interrupted(tokens, i)) continue;
    // "the example … is based are:": a participle that already has its auxiliary; "the formats supported are: …": a
    // list's lead-in, whose "be" is the main verb.
    if (isWordToken(tokens[i - 2]) && (isAuxiliary(tokens[i - 2]!) || isModal(tokens[i - 2]!))) continue;
    if (tokens[i + 1]?.text === ':' && isAuxiliary(aux)) continue;
    // A noun reading of the word before ("the rise will") needs a determiner or adjective before it.
    const before = tokens[i - 2];
    // An adjective that is also an adverb, with no determiner before it, is the adverb: "prices further rise will".
    const adverbial =
      isWordToken(before) && (before.tags.includes('RB') || before.tags.includes('RBR')) && !/^(TO|CC|DT)$/.test(primaryTag(before)) &&
      !isDeterminer(tokens[i - 3] ?? before);
    const nounContext = before !== undefined && !adverbial && (isDeterminer(before) || /^(JJ|PRP\$|POS)$/.test(primaryTag(before)));
    const governs = isModal(aux)
      ? verb.tags.includes('VB') && /^(VB|VBP|NN)$/.test(primaryTag(verb)) && !nounContext
      : primaryTag(verb) === 'VBN' || (primaryTag(verb) === 'VBD' && verb.tags.includes('VBN')) || sameFormParticiple(tokens, i);
    if (!governs || isAuxiliary(verb) || isModal(verb)) continue;
    // The modal goes before an adverb of the verb too: "will further rise".
    const from = adverbial ? before! : verb;
    reports.push({
      start: from.start,
      end: aux.end,
      message: `"${aux.text}" closes the clause after "${verb.text}"; English puts the ${isModal(aux) ? 'modal' : 'auxiliary'} before the verb.`,
      suggestions: [{ start: from.start, end: aux.end, replacement: `${aux.text} ${adverbial ? `${before!.text} ` : ''}${verb.text}` }],
    });
  }
  return reports;
}

const CLOSING_AUXILIARIES = new WordSet(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will']);
const WANT_FORMS = new WordSet(['want', 'wants', 'wanted']);
const HAVE_FORMS = new WordSet(['have', 'has', 'had']);

/**
 * "because the ministry the subsidies cut has": a participle the lexicon reads first as its base form ("cut", "put",
 * "set", "hit"), after its object's noun and before a closing "have". A base form cannot stand there in English.
 */
function sameFormParticiple(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1]!;
  return HAVE_FORMS.hasToken(tokens[i]!) && primaryTag(verb) === 'VB' && verb.tags.includes('VBN') && /^NNS?$/.test(primaryTag(tokens[i - 2]));
}

/**
 * C. "sent the files to outside auditors could, in order to review them": a modal with no verb after it, whose only
 * possible subject is the object of a preposition. Ellipsis ("if they could", "than the state can") has a subject.
 */
function strandedModal(sentence: Sentence, quoted: boolean[], marks: Marks): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (const i of marks.clauseEnds) {
    if (i < 2) continue;
    const modal = tokens[i]!;
    if (!isModal(modal) || quoted[i] || interrupted(tokens, i)) continue;
    // Walk back over the noun phrase before the modal to what governs it.
    let start = i - 1;
    while (start > 0 && /^(NN|NNS|JJ|DT|PRP\$|CD)$/.test(primaryTag(tokens[start - 1]))) start--;
    if (!/^NNS?$/.test(primaryTag(tokens[i - 1]))) continue;
    const governor = tokens[start - 1];
    if (!isWordToken(governor) || !isPreposition(governor) || governor.lower === 'than' || governor.lower === 'as') continue;
    if (isVerb(governor) || isSubordinator(governor)) continue;
    // A comparison earlier in the sentence licenses the ellipsis: "more than the people who walk to work should".
    if (tokens.slice(0, i).some((t) => t.lower === 'than' || t.lower === 'as')) continue;
    // "could, in order to review them": the verb went into a purpose phrase; German "damit sie sie prüfen könnten"
    // is "so that they could review them", with the noun phrase as the pronoun's antecedent.
    const purposeVerb = tokens[i + 5];
    const purpose =
      tokens[i + 1]?.text === ',' && tokens[i + 2]?.lower === 'in' && tokens[i + 3]?.lower === 'order' && tokens[i + 4]?.lower === 'to' &&
      isWordToken(purposeVerb) && canBeInfinitive(purposeVerb);
    const pronoun = primaryTag(tokens[i - 1]) === 'NNS' ? 'they' : 'it';
    reports.push({
      start: tokens[start]!.start,
      end: purpose ? purposeVerb.end : modal.end,
      message: `"${modal.text}" has no verb after it and no subject before it; the clause's verb was probably moved to its end or dropped.`,
      // One finding on gold in the fixtures, one false alarm in Brown ("partial to the word shall").
      confidence: 0.6,
      ...(purpose
        ? { suggestions: [{ start: modal.start, end: purposeVerb.end, replacement: `so that ${pronoun} ${modal.lower} ${purposeVerb.text}` }] }
        : {}),
    });
  }
  return reports;
}

/**
 * Where the subject of the clause opened by token `opener` ends: a noun phrase led by a determiner, a name, a
 * quantifier, a noun or a pronoun right after the opener; -1 when no such phrase follows. A wh-word before a bare noun
 * with a subject after it fronts its object ("what fee the lawyers charged", "whose concert the fans awaited"):
 * the subject is the noun phrase after that one.
 */
function clauseSubjectEnd(tokens: readonly Token[], opener: number): number {
  const first = tokens[opener + 1];
  if (!isWordToken(first) || !(isObjectStart(first) || NOUN_OR_PRONOUN.test(primaryTag(first)))) return -1;
  // "the wines of the peninsula still ruled": an "of" phrase belongs to the subject.
  const end = nounPhraseAfterDeterminerEnd(tokens, opener + 1);
  if (end === opener + 1) return -1;
  const wh =
    (WH_DETERMINERS.hasToken(tokens[opener]!) && !isDeterminer(first) && !isProperNoun(first) && primaryTag(first) !== 'PRP') ||
    (tokens[opener]!.lower === 'how' && (first.lower === 'many' || first.lower === 'much'));
  const next = tokens[end];
  if (!wh || !isWordToken(next)) return end;
  if (SUBJECT_PRONOUNS.has(next.lower)) return end + 1;
  return isObjectStart(next) ? nounPhraseAfterDeterminerEnd(tokens, end) : end;
}
const WH_DETERMINERS = new WordSet(['what', 'which', 'whose', 'whatever', 'whichever']);

// Verbs that link a subject to an adjective or participle: "because the road closed stays", "too steep are".
const COPULAS = new WordSet([
  'is', 'are', 'was', 'were', 'stays', 'stay', 'stayed', 'remains', 'remain', 'remained', 'becomes', 'become', 'became',
]);

/** The verb group that closes a German subordinate clause, read from token `k` on. */
interface FinalVerb {
  /**
   * lexical: "…its profits doubled"; copula: "…too steep are"; auxiliary: "…the plan rejected had", "…it check
   * could"; modal: a modal and its verb in English order, after the object ("…the costs alone cannot carry"); want:
   * "want" after its infinitive ("…the title win wants", German "gewinnen will"); passive: "was/were" and its
   * participle in English order after the agent or a time ("…by a drunk driver was caused", German "verursacht wurde").
   */
  kind: 'lexical' | 'copula' | 'auxiliary' | 'modal' | 'want' | 'passive';
  /** The adjective, participle or verb of the copula, auxiliary or modal (kinds copula, auxiliary, modal); else -1. */
  head: number;
  /** The finite verb, modal or copula. */
  finite: number;
  /** "be" after a modal, closing a passive: "continued will be". */
  be?: number;
}

/** The last word of the clause's verb group: the verb after its modal, else the finite word. */
const groupEnd = (verb: FinalVerb) => Math.max(verb.head, verb.finite, verb.be ?? -1);

function finalVerbAt(tokens: readonly Token[], k: number, quoted: boolean[], plural: boolean, after: boolean): FinalVerb | undefined {
  const first = tokens[k];
  const second = tokens[k + 1];
  // Not a clitic ("If I'd stayed").
  if (!isWordToken(first) || quoted[k] || !STARTS_WITH_LETTER.test(first.text)) return undefined;
  // Before a colon "be" is the main verb of a list's lead-in: "The options supported are: …".
  const leadIn = tokens[k + 2]?.text === ':';
  if (isWordToken(second) && endsClause(tokens, k + 1) && !quoted[k + 1] && !leadIn) {
    // An adjective or participle before a copula; a word the lexicon does not know after an adverb ("not reachable").
    // An adjective or participle; an adjective the lexicon reads first as a base form ("clean is").
    const predicate =
      !primaryTag(first).startsWith('VB') || (/^(VBN|VBD)$/.test(primaryTag(first)) && first.tags.includes('VBN')) ||
      (primaryTag(first) === 'VB' && first.tags.includes('JJ'));
    if (COPULAS.hasToken(second) && predicate && (/^JJ[RS]?$/.test(primaryTag(first)) || first.tags.includes('JJ') || first.tags.includes('VBN') || !isKnownWord(first.text))) {
      return { kind: 'copula', head: k, finite: k + 1 };
    }
    const governs = isModal(second)
      ? first.tags.includes('VB') && /^(VB|VBP|NN)$/.test(primaryTag(first))
      : CLOSING_AUXILIARIES.hasToken(second) && isAuxiliary(second) && (primaryTag(first) === 'VBN' || (primaryTag(first) === 'VBD' && first.tags.includes('VBN')) || sameFormParticiple(tokens, k + 1));
    if (governs && !isAuxiliary(first) && !isModal(first)) return { kind: 'auxiliary', head: k, finite: k + 1 };
    // "that his team the title win wants": "want" after its infinitive, as German puts "will" last.
    if (WANT_FORMS.hasToken(second) && canBeInfinitive(first) && !isAuxiliary(first) && !isModal(first)) return { kind: 'want', head: k, finite: k + 1 };
  }
  // "whether the talks continued will be": a participle, a modal and "be" closing the clause.
  const third = tokens[k + 2];
  if (isWordToken(second) && isModal(second) && third?.lower === 'be' && endsClause(tokens, k + 2) && !quoted[k + 2] && first.tags.includes('VBN') && /^(VBN|VBD|JJ)$/.test(primaryTag(first))) {
    return { kind: 'auxiliary', head: k, finite: k + 1, be: k + 2 };
  }
  // "cannot carry", "will pay" closing the clause: the object before it is the German order.
  if (isModal(first) && isWordToken(second) && second.tags.includes('VB') && !isAuxiliary(second) && endsClause(tokens, k + 1) && !quoted[k + 1]) {
    return { kind: 'modal', head: k + 1, finite: k };
  }
  // "will not pay", "can never repay" closing the clause: the same, negated.
  if (isModal(first) && isWordToken(second) && NEGATIONS.hasToken(second) && isWordToken(third) && third.tags.includes('VB') && !isAuxiliary(third) && endsClause(tokens, k + 2) && !quoted[k + 2]) {
    return { kind: 'modal', head: k + 2, finite: k };
  }
  // "was caused", "were deleted" closing the clause: a passive whose agent or time stood before it (decided by the caller).
  if (PASSIVE_BE.hasToken(first) && isWordToken(second) && second.tags.includes('VBN') && /^(VBN|VBD)$/.test(primaryTag(second)) && endsClause(tokens, k + 1) && !quoted[k + 1]) {
    return { kind: 'passive', head: k + 1, finite: k };
  }
  if (isAuxiliary(first) || isModal(first)) return undefined;
  if (isFiniteVerb(first) || isPastForm(first)) return { kind: 'lexical', head: -1, finite: k };
  // A present tense the lexicon reads first as a noun ("soon decay", "next week continue"): after a phrase or an
  // adverb, agreeing with a plural subject.
  if (plural && (first.tags.includes('VBP') || first.tags.includes('VB')) && after) {
    return { kind: 'lexical', head: -1, finite: k };
  }
  // And a third-person form after a singular subject: "which the river every spring floods".
  if (!plural && first.tags.includes('VBZ') && after) return { kind: 'lexical', head: -1, finite: k };
  return undefined;
}

/**
 * D. "which the engineers yesterday repaired", "that the company its profits doubled", "because the trains in winter
 * often late are", "after the council the plan rejected had": a subordinate or relative clause whose subject is
 * followed by its object, a time phrase or other phrases, and only then by its verb, at the end of the clause. The
 * suggestion says the clause in English order: the verb (with its auxiliary, or the copula with its adjective) right
 * after the subject, then what stood between them.
 */
function verbLastInSubordinateClause(sentence: Sentence, quoted: boolean[], text: string, openers: readonly number[]): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  let from = 0; // a finding's clause is not searched again
  for (const i of openers) {
    if (i < from) continue;
    const opener = tokens[i]!;
    // "as Cervantes no doubt intended": "as" compares, and its clause keeps English order.
    if (opener.lower === 'as' || quoted[i]) continue;
    // "the team that scores the most goals wins": after a relative pronoun, a present verb the lexicon reads first as a
    // plural noun, before a determiner, is the clause's verb in English order.
    const after = tokens[i + 1];
    // (Not a pronoun the lexicon also reads as a verb: "that we the meeting … move".)
    if ((opener.lower === 'that' || opener.lower === 'which' || opener.lower === 'who') && isWordToken(after) && primaryTag(after) !== 'PRP' && !isDeterminer(after) && (after.tags.includes('VBZ') || after.tags.includes('VBP')) && isWordToken(tokens[i + 2]) && isDeterminer(tokens[i + 2]!)) continue;
    let subjectEnd = clauseSubjectEnd(tokens, i);
    // A relative pronoun is the subject itself: "which since May empty is".
    // Also before a time phrase: "which every winter the meadows covers".
    const whichOrWho = opener.lower === 'which' || opener.lower === 'who';
    const relativeSubject = (subjectEnd < 0 && (whichOrWho || opener.lower === 'that')) || (whichOrWho && isTimePhrase(tokens, i + 1));
    if (relativeSubject) subjectEnd = i + 1;
    // "when the day the …": a time phrase is no subject.
    if (subjectEnd < 0 || (!relativeSubject && isTimePhrase(tokens, i + 1))) continue;
    // "so that we you can contact": "you" after a subject pronoun is its object, which English puts after the verb (the
    // noun-phrase reader takes the two pronouns for one phrase, as in "you yourself").
    const youObject = tokens[i + 2]?.lower === 'you' && SUBJECT_PRONOUNS.has(tokens[i + 1]!.lower) && tokens[i + 1]!.lower !== 'you';
    if (youObject) subjectEnd = i + 2;
    const parts = youObject ? [{ kind: 'object' as const, start: subjectEnd, end: subjectEnd + 1 }, ...readMiddle(tokens, subjectEnd + 1)] : readMiddle(tokens, subjectEnd);
    readObjectAfterDeterminer(tokens, parts, subjectEnd);
    // A bare plural after a relative pronoun and its phrases: "which since 1950 cars produces". It is the object when
    // the verb after it agrees with the pronoun (objectBeforeVerb below), as "which in May critics praised" stays English.
    const at = parts.at(-1)?.end ?? subjectEnd;
    const bare = tokens[at];
    if (relativeSubject && parts.length < 5 && isWordToken(bare) && primaryTag(bare) === 'NNS' && bare.text === bare.lower) {
      const end = phraseWithOfEnd(tokens, at);
      if (end > at) parts.push({ kind: 'object', start: at, end });
    }
    // A relative pronoun agrees with the noun it follows: "The trains, which … bring", "The children, who … take".
    const antecedent = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
    const pluralAntecedent = relativeSubject && whichOrWho && isPluralNounTag(primaryTag(antecedent));
    const subjectLast = tokens[subjectEnd - 1]!;
    const plural = pluralAntecedent || isPluralNounTag(primaryTag(subjectLast)) || BASE_FORM_PRONOUNS.hasToken(subjectLast);
    const verbAt = parts.length > 0 ? parts[parts.length - 1]!.end : subjectEnd;
    let verb = finalVerbAt(tokens, verbAt, quoted, plural, parts.length > 0);
    // An adverb the lexicon reads first as an adjective before the verb group: "that the rents further rise could".
    const adverb = tokens[verbAt];
    if (verb === undefined && parts.length > 0 && isWordToken(adverb) && (adverb.tags.includes('RB') || adverb.tags.includes('RBR')) && /^(JJ|JJR|RB|RBR)$/.test(primaryTag(adverb)) && !isDeterminer(adverb)) {
      verb = finalVerbAt(tokens, verbAt + 1, quoted, plural, true);
      if (verb !== undefined) parts.push({ kind: 'adverb', start: verbAt, end: verbAt + 1 });
    }
    // A final verb the lexicon reads first as a plural noun joins the object before it: "the fields floods". Two
    // nouns in a row, and a subject that cannot itself be the verb ("that upsets all the theory of fans").
    const lastPart = parts[parts.length - 1];
    // "that you to the cloud upload want": the infinitive before "want", read as the noun of the phrase before it.
    if (verb?.kind === 'lexical' && WANT_FORMS.hasToken(tokens[verb.finite]!) && lastPart !== undefined && lastPart.kind !== 'adverb' && lastPart.end === verb.finite && lastPart.end - lastPart.start >= 3) {
      const infinitive = tokens[lastPart.end - 1]!;
      if (canBeInfinitive(infinitive) && /^NNS?$/.test(primaryTag(tokens[lastPart.end - 2]))) {
        parts[parts.length - 1] = { ...lastPart, end: lastPart.end - 1 };
        verb = { kind: 'want', head: lastPart.end - 1, finite: verb.finite };
      }
    }
    const subjectHead = tokens[subjectEnd - 1]!;
    // So does one read as the noun of a prepositional or time phrase ("in the future use", "the application restart"),
    // when it agrees with the subject: a past, a third person after a singular, a base form after a plural or "I".
    if (verb === undefined && lastPart !== undefined && lastPart.kind !== 'adverb' && lastPart.end - lastPart.start >= 3 && endsClause(tokens, lastPart.end - 1) && !subjectHead.tags.includes('VBZ') && !subjectHead.tags.includes('VBP')) {
      const glued = tokens[lastPart.end - 1]!;
      const agrees = glued.tags.includes('VBD') || (plural ? glued.tags.includes('VBP') : glued.tags.includes('VBZ') && lastPart.kind === 'object');
      if (agrees && /^NNS?$/.test(primaryTag(tokens[lastPart.end - 2]))) {
        parts[parts.length - 1] = { ...lastPart, end: lastPart.end - 1 };
        verb = { kind: 'lexical', head: -1, finite: lastPart.end - 1 };
      }
    }
    // A participle spelled like its base form, read into the object before a closing "have": "the subsidies cut has".
    if (verb === undefined && lastPart?.kind === 'object' && lastPart.end - lastPart.start >= 2 && lastPart.end < tokens.length && endsClause(tokens, lastPart.end) && sameFormParticiple(tokens, lastPart.end)) {
      parts[parts.length - 1] = { ...lastPart, end: lastPart.end - 1 };
      verb = { kind: 'auxiliary', head: lastPart.end - 1, finite: lastPart.end };
    }
    // "because the printer no paper has": "have" as the main verb, last after its object. A wh-word or a comparison
    // fronts the object itself ("what money the city has", "more than the city has").
    if (verb === undefined && lastPart?.kind === 'object' && verbAt < tokens.length && HAVE_FORMS.hasToken(tokens[verbAt]!) && endsClause(tokens, verbAt) && !quoted[verbAt] && !COMPARING.hasToken(opener) && !WH_DETERMINERS.hasToken(opener) && opener.lower !== 'who' && opener.lower !== 'whom') {
      verb = { kind: 'lexical', head: -1, finite: verbAt };
    }
    // "which the two villages links,", "that the files automatically converts.": a noun phrase after a relative pronoun
    // that cannot be the verb's subject, since the two disagree in number; the pronoun is the subject, the phrase its
    // object, read in a German or Slavic order.
    if (!relativeSubject && opensRelativeClause(tokens, i)) {
      const split = verb === undefined && parts.length === 0 ? gluedFinalVerb(tokens, i, subjectEnd, quoted) : -1;
      // (A present the lexicon reads first as a noun or base form is the verb here too: "who the players every day trains".)
      const present = verb === undefined && isWordToken(tokens[verbAt]) && (tokens[verbAt]!.tags.includes('VBZ') || tokens[verbAt]!.tags.includes('VBP'));
      const finiteAt = split >= 0 ? split : verb?.kind === 'lexical' && countOf(parts, 'object') === 0 ? verb.finite : present && countOf(parts, 'object') === 0 ? verbAt : -1;
      if (finiteAt >= 0 && endsClause(tokens, finiteAt) && objectDisagrees(tokens, i, finiteAt === split ? split : subjectEnd, tokens[finiteAt]!)) {
        const object: Part = { kind: 'object', start: i + 1, end: finiteAt === split ? split : subjectEnd };
        reports.push(verbLastReport(tokens, text, [object, ...parts], { kind: 'lexical', head: -1, finite: finiteAt }, i + 1, 'its object', 0.85));
        from = finiteAt + 1;
        continue;
      }
    }
    if (verb === undefined) continue;
    const objects = countOf(parts, 'object');
    const times = countOf(parts, 'time');
    const finite = tokens[verb.finite]!;
    let confidence: number;
    if (verb.kind === 'lexical') {
      // The clause ends at punctuation, or, for a relative clause with a time phrase inside, at the main verb ("the
      // report which the ministry on Monday published contains …"); after "that" a noun phrase may be a reduced
      // relative ("that the man the police arrested was innocent"), so "that" needs punctuation unless only a time
      // phrase stands between subject and verb ("the car that the police on Friday found was stolen"). "where" and
      // "when" open relative clauses too: "the town where my aunt for years lived has grown".
      const next = tokens[verb.finite + 1];
      const mainVerbNext =
        times > 0 && (opener.lower === 'that' ? objects === 0 : /^(WDT|WP|WRB)$/.test(primaryTag(opener))) &&
        isWordToken(next) && (isFiniteVerb(next) || isModal(next)) && !endsClause(tokens, verb.finite + 1);
      // After a relative pronoun a noun phrase is mostly the clause's subject ("which the club paid"); it is the
      // object when the verb agrees with the pronoun and not with it: "which every winter the meadows covers", "who
      // every morning the bus to school take" (a plural verb after a singular noun, whatever phrases follow it).
      const object = objects === 1 ? parts.find((part) => part.kind === 'object') : undefined;
      const objectHead = object === undefined ? '' : primaryTag(tokens[object.end - 1]);
      const disagrees = (objectHead === 'NNS' && finite.tags.includes('VBZ')) || (objectHead === 'NN' && finite.tags.includes('VBP') && !finite.tags.includes('VBZ') && !finite.tags.includes('VBD'));
      const objectBeforeVerb = relativeSubject && object !== undefined && disagrees && endsClause(tokens, verb.finite);
      // A relative pronoun with a time phrase and a second phrase before a verb that ends the clause: "which next
      // spring in Salzburg opens," (English: "which opens in Salzburg next spring"); one phrase alone may be fronted
      // in English ("which in 2008 collapsed").
      // So does a time phrase first, then a noun phrase and a second phrase: "who last season 30 goals in the league
      // scored," (a subject after the fronted time would leave the pronoun as object, which English does not front so).
      const stackedBeforeVerb = relativeSubject && parts[0]?.kind === 'time' && parts.length >= (objects === 0 ? 2 : 3) && objects <= 1 && endsClause(tokens, verb.finite) && (primaryTag(finite) !== 'VBN' || finite.tags.includes('VBD'));
      // A verb of motion after its own "from/to/into" phrase: "which from Hamburg came," (English: "which came from
      // Hamburg"). The phrase completes the verb, and English fronts a relative clause's adjuncts, not its complements.
      const motionBeforeVerb = relativeSubject && parts.length === 1 && parts[0]!.kind === 'phrase' && MOTION_PREPOSITIONS.has(tokens[parts[0]!.start]!.lower) &&
        verbSenses(lemma.of(finite)).includes('verb.motion') && endsClause(tokens, verb.finite);
      // A time phrase, then an amount or a bare plural that cannot be the verb's subject: "which last year 40 goals
      // scored," (goals score nothing), "which in 2019 nearly 500 nurses hired," (a hospital hires, nurses do not hire
      // it). "which last year two million tourists visited" keeps its English reading: tourists visit.
      // (An adverb of time may stand first too: "which recently 50 engineers recruited".)
      const amountBeforeVerb = relativeSubject && parts.length === 2 && (parts[0]!.kind === 'time' || parts[0]!.kind === 'adverb') && object !== undefined && parts[1] === object &&
        endsClause(tokens, verb.finite) && (primaryTag(finite) !== 'VBN' || finite.tags.includes('VBD')) && amountObjectOf(tokens, object, finite);
      if ((relativeSubject && !objectBeforeVerb && !stackedBeforeVerb && !motionBeforeVerb && !amountBeforeVerb) || !(endsClause(tokens, verb.finite) || mainVerbNext)) continue;
      // "After the war the army retreated.": an opening preposition with its noun phrase, then the main clause.
      if (i === 0 && PREPOSITIONS_TOO.has(opener.lower)) continue;
      // An object between subject and verb has no English reading; a time phrase there is rare, mostly journalese;
      // a prepositional phrase after the subject may be the subject's own ("the people in the village agreed"), so
      // it counts only when it names a circumstance (weather, a state, an event: "in the heat", "during the crisis")
      // and a second phrase or adverb follows it.
      // Measured on the fixtures: with an object 6 of 6 on gold; with only time or circumstance phrases 3 of 3.
      if (objects > 0) confidence = 0.85;
      else if (times > 0 || motionBeforeVerb) confidence = 0.8;
      else if (parts.length >= 2 && parts[0]!.kind === 'phrase' && namesCircumstance(tokens[parts[0]!.end - 1]!) && isDeterminer(tokens[i + 1]!) && primaryTag(finite) !== 'VBN') confidence = 0.8;
      // "if the device not properly works": "not" before a third-person or past verb, which English negates with "do"
      // (a base form after "not" may be a subjunctive: "insisted that they not go"; "not only" is a focus).
      else if (negatedFinite(tokens, parts, finite)) confidence = 0.8;
      else continue;
    } else {
      // An object read before a relative pronoun's own verb is the subject of a clause that opened after it.
      if (relativeSubject && objects > 0) continue;
      // A modal in English order counts only after an object ("because the money alone can help" is English), and
      // not in a relative clause, whose pronoun may be the object of a clause inside it ("the price that the
      // industry claims the bargain would entail").
      // ("Investors fear that": a present read first as a noun after a plural subject is the verb, not an antecedent.)
      const presentAfterPlural = i >= 2 && tokens[i - 1]!.tags.includes('VBP') && primaryTag(tokens[i - 2]) === 'NNS';
      const relative = /^(which|who|whom)$/.test(opener.lower) || (opener.lower === 'that' && /^NNS?$/.test(primaryTag(tokens[i - 1])) && !presentAfterPlural);
      if (verb.kind === 'modal' && (objects === 0 || relative)) continue;
      // A passive counts after a time phrase ("that the bridge in 1950 was built") or a "by" phrase naming an agent
      // ("that the crash by a drunk driver was caused"); any other phrase may be the subject's own ("that the car in
      // the garage was stolen", "that the house by the river was sold", "that the painting by Rembrandt was stolen").
      // After a relative pronoun only the agent counts: English fronts a time there ("which in 1950 was built").
      // ("was unprovoked", "were unharmed": a negated participle is an adjective, the predicate of the subject.)
      if (verb.kind === 'passive' && tokens[verb.head]!.lower.startsWith('un')) continue;
      if (verb.kind === 'passive' && !(parts.some((p) => p.kind === 'phrase' && namesAgent(tokens, p)) && !WORKS.hasToken(tokens[subjectEnd - 1]!) || (!relativeSubject && times > 0 && parts.every((p) => p.kind !== 'object')))) continue;
      // "want" last only after an object or a phrase: "the things they want" fronts its own, while "that you to the
      // cloud upload want" has a phrase of the infinitive before it.
      if (verb.kind === 'want' && objects === 0 && parts.length === 0) continue;
      // "what the costs really are", "how high the costs are": the wh-word is the predicate; comparisons front it.
      if (verb.kind === 'copula' && COMPARING.hasToken(opener)) continue;
      confidence = 0.85;
    }
    reports.push(verbLastReport(tokens, text, parts, verb, subjectEnd, objects > 0 ? 'its object' : times > 0 ? 'a time phrase' : '', confidence));
    from = groupEnd(verb) + 1;
  }
  return reports;
}

/** "which"/"who" after a noun or a comma, or "that" after a noun: a relative pronoun that may be its clause's subject. */
function opensRelativeClause(tokens: readonly Token[], i: number): boolean {
  const opener = tokens[i]!.lower;
  const before = tokens[i - 1];
  if (before === undefined) return false;
  const afterNoun = /^NNS?$/.test(primaryTag(before));
  return opener === 'that' ? afterNoun : (opener === 'which' || opener === 'who') && (afterNoun || before.text === ',');
}

/**
 * A third-person verb the noun-phrase reader took for the last plural noun of the phrase after a relative pronoun,
 * with nothing after it in the clause: "which the two villages links,". A relative clause needs a verb, and two plural
 * nouns in a row before a clause end leave only the last to be it. Its index, or -1.
 */
function gluedFinalVerb(tokens: readonly Token[], i: number, subjectEnd: number, quoted: boolean[]): number {
  const last = subjectEnd - 1;
  // (Opened by a determiner: "a version that returns promises" has its verb first.)
  if (last < i + 3 || quoted[last] || !endsClause(tokens, last) || !isDeterminer(tokens[i + 1]!)) return -1;
  const t = tokens[last]!;
  return t.tags.includes('VBZ') && t.text === t.lower && primaryTag(tokens[last - 1]) === 'NNS' ? last : -1;
}

/**
 * Whether the noun phrase [i + 1, end) cannot be the subject of `finite` while the relative pronoun at `i` can: a
 * plural head before a third-person singular that agrees with a singular antecedent ("the road, which the villages
 * links"), or a singular head before a plural present that agrees with a plural antecedent ("the villages, which the
 * road connect"). The head is the noun before an "of" phrase; a head spelled the same in both numbers ("series",
 * "news"), a name, a group noun (British "the staff use") or an amount opened by a number ("which ten dollars buys")
 * agrees either way.
 */
function objectDisagrees(tokens: readonly Token[], i: number, end: number, finite: Token): boolean {
  const first = tokens[i + 1]!;
  if (first.kind === 'number' || primaryTag(first) === 'CD') return false;
  // A first word that may be the verb itself makes the clause English: "a version that returns promises".
  if (!isDeterminer(first) && (first.tags.includes('VBZ') || first.tags.includes('VBP'))) return false;
  let head = end - 1;
  for (let k = i + 2; k < end; k++) {
    if (tokens[k]!.lower === 'of') { head = k - 1; break; }
  }
  const h = tokens[head]!;
  if (!isWordToken(h) || h.text !== h.lower) return false;
  const antecedent = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
  const antecedentTag = primaryTag(antecedent);
  const tag = primaryTag(h);
  if (tag === 'NNS') {
    return finite.tags.includes('VBZ') && !finite.tags.includes('VBD') && (antecedentTag === 'NN' || antecedentTag === 'NNP') && nounSingular.of(h) !== h.lower;
  }
  return (
    tag === 'NN' && finite.tags.includes('VBP') && !finite.tags.includes('VBZ') && !finite.tags.includes('VBD') && antecedentTag === 'NNS' &&
    !nounSenses.of(h).includes('noun.group')
  );
}

const NEGATIONS = new WordSet(['not', 'never']);
// Subject pronouns whose present is the base form, as a plural subject's is: "if I the exam pass", "after you the app restart".
const BASE_FORM_PRONOUNS = new WordSet(['i', 'you', 'we', 'they']);

/**
 * The phrase reader stops at a determiner before a noun the lexicon reads first as a verb ("the update", "the
 * change"): that noun phrase is the clause's object, and reading goes on after it ("after you the update install").
 * Adds the object and what follows it to `parts`. Not after a subject whose last word may be the clause's verb ("When a
 * collaborator lands your pull request": "lands" read as a plural noun).
 */
function readObjectAfterDeterminer(tokens: readonly Token[], parts: Part[], subjectEnd: number): void {
  const at = parts.length > 0 ? parts[parts.length - 1]!.end : subjectEnd;
  const t = tokens[at];
  const subjectHead = tokens[subjectEnd - 1]!;
  const verbReading = primaryTag(subjectHead) !== 'PRP' && (subjectHead.tags.includes('VBZ') || subjectHead.tags.includes('VBP') || subjectHead.tags.includes('VBD'));
  if (parts.length >= 5 || !isWordToken(t) || !isDeterminer(t) || verbReading) return;
  const end = nounPhraseAfterDeterminerEnd(tokens, at);
  if (end <= at + 1) return;
  parts.push({ kind: 'object', start: at, end });
  for (const p of readMiddle(tokens, end, 5 - parts.length)) parts.push(p);
}

/** A "not" among the adverbs before a third-person or past verb ("not properly works"), not "not only". */
function negatedFinite(tokens: readonly Token[], parts: readonly Part[], finite: Token): boolean {
  if (!(finite.tags.includes('VBZ') || finite.tags.includes('VBD')) || primaryTag(finite) === 'VBN') return false;
  for (const p of parts) if (p.kind === 'adverb' && tokens[p.start]!.lower === 'not' && tokens[p.start + 1]?.lower !== 'only') return true;
  return false;
}

/** Whether the report overlaps one of the others. */
function overlapsAny(r: Report, others: readonly Report[]): boolean {
  for (let k = 0; k < others.length; k++) if (r.start < others[k]!.end && others[k]!.start < r.end) return true;
  return false;
}

// The loop over a sentence's clause openers compares strings and counts by hand: a pattern literal or a closure there
// is a new object at every opener.
const isPluralNounTag = (tag: string) => tag === 'NNS' || tag === 'NNPS';

/** How many of the parts are of this kind. */
function countOf(parts: readonly Part[], kind: Part['kind']): number {
  let n = 0;
  for (let k = 0; k < parts.length; k++) if (parts[k]!.kind === kind) n++;
  return n;
}

/**
 * The finding for a clause whose verb group `verb` closes it after `parts`, with the clause in English order.
 * `lexicalMoved` names what a lexical verb was put after ("its object", "a time phrase"), or is empty. A function of
 * its own: a closure in the loop that reads the clauses would give every turn of that loop an object of its own.
 */
function verbLastReport(
  tokens: readonly Token[], text: string, parts: readonly Part[], verb: FinalVerb, subjectEnd: number, lexicalMoved: string, confidence: number,
): Report {
  const finite = tokens[verb.finite]!;
  // Adverbs right before the verb group stay with it: "often late are" → "are often late"; so does a negation
  // after an auxiliary or copula ("not enough money collected had" → "had not collected enough money").
  let adverbsFrom = parts.length;
  while (adverbsFrom > 0 && parts[adverbsFrom - 1]!.kind === 'adverb') adverbsFrom--;
  const negation = (p: Part) => verb.kind !== 'lexical' && p.kind === 'adverb' && NEGATIONS.hasToken(tokens[p.start]!);
  // The object comes right after the verb, then the other phrases in their order.
  const others = parts.slice(0, adverbsFrom).filter((p) => !negation(p));
  let rest = partsText(text, tokens, [...others.filter((p) => p.kind === 'object'), ...others.filter((p) => p.kind !== 'object')]);
  const adverbs = [...parts.slice(0, adverbsFrom).filter(negation), ...parts.slice(adverbsFrom)];
  let group: string;
  if (verb.kind === 'modal' || verb.kind === 'passive') {
    // The modal keeps its verb; the adverbs that stood before them follow the object ("cannot carry the costs alone").
    group = text.slice(finite.start, tokens[verb.head]!.end);
    rest = joinWords(rest, partsText(text, tokens, adverbs));
  } else if (verb.kind === 'lexical') {
    // A manner adverb follows the verb ("decay quickly"); frequency and focus adverbs precede it ("often decay"); others
    // follow the object ("whistled the penalty too early", "raised the rent again").
    // Adverbs next to each other go together ("too early", "once again"): before the verb only when each may.
    const units: Part[] = [];
    for (const p of adverbs) {
      const before = units.at(-1);
      // ("not" stays a unit of its own: it becomes "do not" before the verb.)
      if (before !== undefined && before.end === p.start && tokens[before.start]!.lower !== 'not' && tokens[p.start]!.lower !== 'not') units[units.length - 1] = { ...before, end: p.end };
      else units.push(p);
    }
    const manner = units.filter((p) => p.end === p.start + 1 && /ly$/.test(tokens[p.start]!.lower) && !FREQUENCY_LY.hasToken(tokens[p.start]!) && tokens[p.start]!.lower !== 'early');
    const mid = units.filter((p) => !manner.includes(p) && tokens.slice(p.start, p.end).every((t) => isMidAdverb(t) || FREQUENCY_LY.hasToken(t)));
    const late = units.filter((p) => !manner.includes(p) && !mid.includes(p));
    // "the trains not ran": English negates a lexical verb with "do" ("did not run").
    const not = mid.find((p) => p.end === p.start + 1 && tokens[p.start]!.lower === 'not');
    const verbWords = not === undefined ? finite.text : joinWords(finite.tags.includes('VBD') ? 'did' : finite.tags.includes('VBZ') ? 'does' : 'do', 'not', lemma.of(finite));
    // A manner adverb follows the object when there is one: "converts the files automatically".
    const objectParts = others.filter((p) => p.kind === 'object');
    if (objectParts.length > 0 && manner.length > 0) {
      group = joinWords(partsText(text, tokens, mid.filter((p) => p !== not)), verbWords);
      rest = joinWords(partsText(text, tokens, objectParts), partsText(text, tokens, manner), partsText(text, tokens, others.filter((p) => p.kind !== 'object')), partsText(text, tokens, late));
    } else {
      group = joinWords(partsText(text, tokens, mid.filter((p) => p !== not)), verbWords, partsText(text, tokens, manner));
      rest = joinWords(rest, partsText(text, tokens, late));
    }
  } else if (verb.kind === 'want') {
    group = joinWords(finite.text, 'to', tokens[verb.head]!.text);
    rest = joinWords(rest, partsText(text, tokens, adverbs));
  } else {
    group = joinWords(finite.text, partsText(text, tokens, adverbs), verb.be === undefined ? '' : tokens[verb.be]!.text, tokens[verb.head]!.text);
  }
  const firstMoved = parts[0] ?? { start: verb.head >= 0 ? Math.min(verb.head, verb.finite) : verb.finite };
  const last = tokens[groupEnd(verb)]!;
  const moved = (verb.kind === 'lexical' && lexicalMoved) || 'the phrases that belong after it';
  return {
    start: tokens[firstMoved.start]!.start,
    end: last.end,
    message: `"${verb.kind === 'modal' ? `${finite.text} ${last.text}` : finite.text}" closes the clause after ${moved}, as in a German subordinate clause; English puts the ${verb.kind === 'copula' ? 'verb and its adjective' : 'verb'} right after the subject.`,
    confidence,
    suggestions: [{ start: tokens[subjectEnd - 1]!.end, end: last.end, replacement: ` ${joinWords(group, rest)}` }],
  };
}

// Forms of "be" that make a passive with a participle after them.
const PASSIVE_BE = new WordSet(['was', 'were', 'is', 'are']);
// Works that "by" may credit to their author in a phrase of the noun's own ("the painting by a local artist"); WordNet
// lists senses unordered, so a work is not told from a thing by its senses.
const WORKS = new WordSet([
  'book', 'novel', 'poem', 'song', 'painting', 'picture', 'photo', 'photograph', 'film', 'movie', 'play', 'article', 'study', 'report',
  'paper', 'album', 'statue', 'sculpture', 'portrait', 'drawing', 'work', 'piece', 'essay', 'speech', 'opera', 'symphony', 'design', 'letter',
  'books', 'novels', 'poems', 'songs', 'paintings', 'pictures', 'photos', 'photographs', 'films', 'movies', 'plays', 'articles', 'studies',
  'reports', 'papers', 'albums', 'statues', 'sculptures', 'portraits', 'drawings', 'works', 'pieces', 'essays', 'speeches', 'designs', 'letters',
]);

/**
 * "by a drunk driver", "by hackers", "by the council", "by the flood": a "by" phrase whose head is a common noun naming
 * a person, a group or a force, the agent of a passive. Not a name ("by Orwell": an author), a place ("by the river",
 * "by the station") or a building that is also an institution ("by the church").
 */
function namesAgent(tokens: readonly Token[], p: Part): boolean {
  if (tokens[p.start]!.lower !== 'by' || p.end - p.start < 2) return false;
  const head = tokens[p.end - 1]!;
  if (!isWordToken(head) || !/^NNS?$/.test(primaryTag(head)) || isProperNoun(head)) return false;
  // (The singular's senses: "men", "mosquitoes".)
  const senses = nounSenses(nounSingular.of(head));
  if (senses.includes('noun.location')) return false;
  return senses.includes('noun.person') || senses.includes('noun.phenomenon') || (senses.includes('noun.group') && !senses.includes('noun.artifact'));
}

// Senses of a noun that may be the subject of a clause whose object a relative pronoun fronts ("which tourists visit").
const ACTOR_SENSES = ['noun.person', 'noun.group', 'noun.animal'];
// Verbs an organisation or a place does to people (German "die 300 Ingenieure einstellte"): with an amount of people
// before them after a relative pronoun, the pronoun is their subject, not their object.
const TAKING_IN = new WordSet(['employ', 'hire', 'recruit', 'train', 'welcome', 'attract', 'admit', 'treat', 'host', 'house', 'accommodate', 'evacuate', 'rescue', 'dismiss', 'sack', 'enrol', 'enroll', 'draw', 'lure', 'vaccinate', 'serve', 'shelter', 'feed', 'educate', 'teach', 'lay']);

/**
 * Whether the object part is an amount or a bare plural ("nearly 90,000 readers", "40 goals", "hundreds of pupils",
 * "tickets") that cannot be the subject of `verb`: a thing that does nothing (no person, group or animal sense), or
 * people whom `verb` is done to by an organisation or place.
 */
function amountObjectOf(tokens: readonly Token[], object: Part, verb: Token): boolean {
  const first = tokens[object.start]!;
  // ("some 80,000 fans": "some" before a number rounds it.)
  const rounding = first.lower === 'some' && tokens[object.start + 1]?.kind === 'number';
  if (isWordToken(first) && !rounding && (isDeterminer(first) || primaryTag(first) === 'PRP$' || isProperNoun(first) || primaryTag(first) === 'PRP')) return false;
  const head = tokens[object.end - 1]!;
  if (!isWordToken(head) || !/^NNS$/.test(primaryTag(head)) && !head.tags.includes('NNS')) return false;
  const senses = nounSenses(nounSingular.of(head));
  if (senses.length === 0) return false;
  return !senses.some((s) => ACTOR_SENSES.includes(s)) || TAKING_IN.has(lemma.of(verb));
}

/** A noun that names a circumstance rather than a place, thing or group a subject could be in: "heat", "storm", "crisis". */
function namesCircumstance(head: Token): boolean {
  const senses = nounSenses.of(head);
  return senses.some((s) => CIRCUMSTANCES.has(s)) && !senses.some((s) => s === 'noun.location' || s === 'noun.group' || s === 'noun.person');
}
const CIRCUMSTANCES = new WordSet(['noun.phenomenon', 'noun.state', 'noun.event', 'noun.time']);

// -ly adverbs of frequency and certainty that stand before the verb ("usually decay", "probably agree").
const FREQUENCY_LY = new WordSet([
  'usually', 'frequently', 'rarely', 'occasionally', 'normally', 'generally', 'probably', 'certainly', 'really', 'only',
  'finally', 'eventually', 'recently', 'currently', 'largely', 'mostly', 'increasingly', 'repeatedly', 'regularly',
  'hardly', 'scarcely', 'nearly', 'clearly', 'apparently', 'reportedly', 'allegedly', 'actually', 'simply', 'fully',
  'partly', 'entirely', 'completely',
]);

/**
 * What the checks start from, found in one pass over the sentence instead of one pass each: the words that can open
 * a subordinate clause ("that", "because", "which": D and E), the modals, auxiliaries and "be" that end a clause (B
 * and C read no other clause end), the commas (A), the forms of "be" before a predicate and whether a number stands
 * anywhere (F needs both). A sentence without one of these (most sentences lack most) shares one empty list rather
 * than getting its own.
 */
interface Marks {
  openers: readonly number[];
  clauseEnds: readonly number[];
  commas: readonly number[];
  predicateBes: readonly number[];
  /** "be" before a prepositional phrase that closes its clause: "(available) be for two hours". */
  besBeforePhrase: readonly number[];
  number: boolean;
  /** Punctuation other than commas and full stops, among it any quotation mark: else nothing is quoted. */
  otherPunctuation: boolean;
}

const NO_MARKS: readonly number[] = [];

function marksOf(tokens: readonly Token[]): Marks {
  let openers: number[] | undefined;
  let clauseEnds: number[] | undefined;
  let commas: number[] | undefined;
  let predicateBes: number[] | undefined;
  let besBeforePhrase: number[] | undefined;
  let number = false;
  let otherPunctuation = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.kind === 'number') number = true;
      else if (t.text === ',') (commas ??= []).push(i);
      else if (t.kind === 'punct' && t.text !== '.') otherPunctuation = true;
      continue;
    }
    // "whose" opens a relative clause with its fronted noun: "whose school the state closed".
    if (i < tokens.length - 3 && (isSubordinator(t) || t.lower === 'whose')) (openers ??= []).push(i);
    if (endsClause(tokens, i) && (isModal(t) || t.lower === 'be' || CLOSING_AUXILIARIES.hasToken(t))) (clauseEnds ??= []).push(i);
    if (PREDICATE_BE.hasToken(t)) (predicateBes ??= []).push(i);
    else if (t.lower === 'be' && i > 2) {
      const phraseEnd = isWordToken(tokens[i + 1]) && primaryTag(tokens[i + 1]) === 'IN' ? phraseWithOfEnd(tokens, i + 2) : i + 2;
      if (phraseEnd > i + 2 && endsClause(tokens, phraseEnd - 1)) (besBeforePhrase ??= []).push(i);
    }
  }
  return {
    openers: openers ?? NO_MARKS, clauseEnds: clauseEnds ?? NO_MARKS, commas: commas ?? NO_MARKS, predicateBes: predicateBes ?? NO_MARKS,
    besBeforePhrase: besBeforePhrase ?? NO_MARKS, number, otherPunctuation,
  };
}
/**
 * F. "The app is now on 3 devices available", "Shipping is from an order value of 50 euros free": a form of "be",
 * a prepositional phrase with a number, and the predicate adjective last. English puts the adjective right after
 * "be"; an adverbial phrase between them is English only as an idiom without a number ("is in principle possible").
 */
function adjectiveAfterNumberPhrase(sentence: Sentence, quoted: boolean[], text: string, marks: Marks): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  if (!marks.number) return reports;
  // The first position not yet passed: a report's phrase is not read again.
  let from = 1;
  for (const i of marks.predicateBes) {
    if (i < from) continue;
    if (i >= tokens.length - 3) break;
    const be = tokens[i]!;
    if (!isWordToken(be) || !PREDICATE_BE.hasToken(be) || quoted[i]) continue;
    let k = i + 1;
    while (isWordToken(tokens[k]) && isAdverb(tokens[k]!)) k++;
    let number = false;
    let phrases = 0;
    // Up to two prepositional phrases ("from an order value of 50 euros").
    while (phrases < 3 && isWordToken(tokens[k]) && isPreposition(tokens[k]!) && !isSubordinator(tokens[k]!) && !APPROXIMATORS.hasToken(tokens[k]!)) {
      const end = nounPhraseEnd(tokens, k + 1, 8);
      if (end === k + 1) break;
      for (let j = k + 1; j < end; j++) if (tokens[j]!.kind === 'number') number = true;
      // A currency or unit after the number ("50 €", "3 devices") stays in the phrase.
      k = end;
      while (k < tokens.length && tokens[k]!.kind === 'symbol') k++;
      phrases++;
    }
    const adjective = tokens[k];
    if (!number || !isWordToken(adjective) || primaryTag(adjective) !== 'JJ' || !endsClause(tokens, k)) continue;
    // A measure before a dimension adjective is English: "from 21 to 26 feet high", "about 50 years old".
    if (DIMENSIONS.hasToken(adjective)) continue;
    const between = text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end);
    reports.push({
      start: be.start,
      end: adjective.end,
      message: `The adjective "${adjective.text}" closes the clause after a phrase that belongs after it; English puts it right after "${be.text}".`,
      confidence: 0.7,
      suggestions: [{ start: be.start, end: adjective.end, replacement: `${be.text} ${adjective.text} ${between}` }],
    });
    from = k + 1;
  }
  return reports;
}
const PREDICATE_BE = new WordSet(['is', 'are', 'was', 'were']);

/**
 * G. "The new tickets will from Monday available be.", "When will the new version in the store available be?": a
 * modal, the phrases that belong after the predicate, an adjective and "be" closing the clause, as German puts "sein"
 * last ("wird ab Montag verfügbar sein"). English: "will be available from Monday". No verb, punctuation or
 * subordinator may stand between the modal and the adjective; an adjective that is also an adverb ("may well be") is
 * left alone. In a question opened by the modal (or a question word and the modal) its subject stays after it.
 */
function adjectiveBeforeFinalBe(sentence: Sentence, quoted: boolean[], text: string, marks: Marks): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  // "be" closing its clause, or followed only by a phrase that closes it ("could after the update unavailable be for
  // two hours"), which stays where it is.
  for (const i of marks.besBeforePhrase.length === 0 ? marks.clauseEnds : [...marks.clauseEnds, ...marks.besBeforePhrase]) {
    const adjective = tokens[i - 1];
    if (tokens[i]!.lower !== 'be' || quoted[i] || !isWordToken(adjective) || !ADJECTIVE_TAGS.has(primaryTag(adjective))) continue;
    let m = i - 2;
    // A word read first as a verb is a noun after a determiner: "the update". "to" after a verb heads the clause as a
    // modal does: "is expected to by May ready be".
    const infinitiveTo = (k: number) => k > 0 && tokens[k]!.lower === 'to' && primaryTag(tokens[k - 1]).startsWith('VB');
    // "after", "since", "until" before a determiner open a phrase, not a clause: "after the update".
    const opensClause = (k: number) => isSubordinator(tokens[k]!) && !(PREPOSITIONS_TOO.has(tokens[k]!.lower) && isDeterminer(tokens[k + 1]!));
    while (m >= 0 && isWordToken(tokens[m]) && !isModal(tokens[m]!) && !opensClause(m) && !infinitiveTo(m) && !(primaryTag(tokens[m]).startsWith('VB') && !isDeterminer(tokens[m - 1] ?? tokens[m]!))) m--;
    const modal = tokens[m];
    if (m < 0 || !isWordToken(modal) || !(isModal(modal) || infinitiveTo(m))) continue;
    // An adjective that is also an adverb after adverbs alone is one ("may well be", "could very well be in trouble");
    // a phrase between them leaves it the predicate ("is expected to by May ready be"). Before a phrase, "be" needs one
    // too: "will long be in use".
    let adverbsOnly = true;
    for (let k = m + 1; k < i - 1 && adverbsOnly; k++) adverbsOnly = isAdverb(tokens[k]!);
    if (adverbsOnly && (adjective.tags.includes('RB') || !marks.clauseEnds.includes(i))) continue;
    const question = tokens[tokens.length - 1]!.text === '?' && (m === 0 || (m === 1 && QUESTION_OPENERS.hasToken(tokens[0]!)));
    const subjectEnd = question ? nounPhraseAfterDeterminerEnd(tokens, m + 1) : m + 1;
    if (question && subjectEnd <= m + 1) continue;
    const middle = spanText(text, tokens, subjectEnd, i - 1);
    const replacement = joinWords(modal.text, spanText(text, tokens, m + 1, subjectEnd), 'be', adjective.text, middle);
    reports.push({
      start: modal.start,
      end: tokens[i]!.end,
      message: `"be ${adjective.text}" closes the clause after the phrases that belong after it, as German puts "sein" last; English: "${replacement}".`,
      confidence: 0.8,
      suggestions: [{ start: modal.start, end: tokens[i]!.end, replacement }],
    });
  }
  return reports;
}
const ADJECTIVE_TAGS = new WordSet(['JJ', 'JJR', 'JJS']);
const QUESTION_OPENERS = new WordSet(['why', 'when', 'where', 'how', 'what', 'who']);
// Words that make a number an amount of the adjective: "is about 81% ice-capped", "is over 90% complete".
const APPROXIMATORS = new WordSet(['about', 'around', 'over', 'under', 'above', 'below', 'nearly', 'almost', 'roughly', 'some']);
const DIMENSIONS = new WordSet(['old', 'high', 'long', 'wide', 'deep', 'tall', 'thick', 'heavy', 'away', 'apart', 'late', 'early', 'short', 'big', 'large', 'small']);

// Openers whose clause may front an adjective: "as tired as he was", "how happy they were", "than it was".
const COMPARING = new WordSet(['as', 'how', 'however', 'than', 'so', 'though', 'what', 'whatever']);

// Prepositions of a path, which complete a verb of motion: "came from Hamburg", "moved to Paris".
const MOTION_PREPOSITIONS = new WordSet(['from', 'to', 'into', 'onto', 'towards', 'toward']);

export default defineRule({
  meta: {
    id: 'verb-final-clause',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb, modal or auxiliary left at the end of its clause, after its object, as in German subordinate clauses.',
    sourceHint: 'German verb-final clauses ("dass Experten es prüfen könnten") and object-before-verb orders of German, Turkish or Japanese.',
    fixable: false,
  },
  detectSentence(sentence, ctx) {
    const marks = marksOf(sentence.tokens);
    // A sentence with no punctuation but commas and full stops (most) quotes nothing: its mask, empty, is not read for.
    const quoted = marks.otherPunctuation ? quotedMask(sentence) : [];
    const clauses = verbLastInSubordinateClause(sentence, quoted, ctx.doc.text, marks.openers);
    const found = subjectObjectVerb(sentence, quoted, ctx.doc.text, marks.commas);
    if (found.length === 0) for (const r of twoNounPhrasesBeforeVerb(sentence, quoted, ctx.doc.text)) found.push(r);
    if (found.length === 0) for (const r of pleaseThenVerbLast(sentence, ctx.doc.text)) found.push(r);
    // Joined by hand: `flat` costs more than the five checks on most sentences, which find nothing. A clause
    // rewritten whole needs no second finding on its closing auxiliary.
    for (const r of auxiliaryAfterVerb(sentence, quoted, marks)) if (!overlapsAny(r, clauses)) found.push(r);
    for (const r of strandedModal(sentence, quoted, marks)) if (!overlapsAny(r, clauses)) found.push(r);
    for (const r of adjectiveBeforeFinalBe(sentence, quoted, ctx.doc.text, marks)) if (!overlapsAny(r, found) && !overlapsAny(r, clauses)) found.push(r);
    for (const r of clauses) found.push(r);
    for (const r of adjectiveAfterNumberPhrase(sentence, quoted, ctx.doc.text, marks)) found.push(r);
    return found;
  },
  examples: {
    invalid: [
      { text: 'The new stadium the club wants to open in 2026.', output: 'The club wants to open the new stadium in 2026.' },
      { text: 'Economists fear that the state its loans cannot repay.', output: 'Economists fear that the state cannot repay its loans.' },
      { text: 'Police say that the fire by a careless smoker was started.', output: 'Police say that the fire was started by a careless smoker.' },
      { text: 'The guide said that the tower in 1890 was built.', output: 'The guide said that the tower was built in 1890.' },
      { text: 'The club, which last season 52 goals scored, was relegated.', output: 'The club, which scored 52 goals last season, was relegated.' },
      { text: 'The plant, which in 2018 some 900 workers employed, has closed.', output: 'The plant, which employed some 900 workers in 2018, has closed.' },
      { text: 'Analysts expect that the airline its old planes will not replace.', output: 'Analysts expect that the airline will not replace its old planes.' },
      { text: 'The road, which the two villages links, will be closed.', output: 'The road, which links the two villages, will be closed.' },
      { text: 'It is a tool that the files automatically converts.', output: 'It is a tool that converts the files automatically.' },
      { text: 'The coach, who the players every day trains, left.', output: 'The coach, who trains the players every day, left.' },
      { text: 'The nurses, who every night the bus to the clinic take, are tired.', output: 'The nurses, who take the bus every night to the clinic, are tired.' },
      { text: 'Staff are upset because the board the budget cut has.', output: 'Staff are upset because the board has cut the budget.' },
      { text: 'The vaccine which the lab in record time produced is safe.', output: 'The vaccine which the lab produced in record time is safe.' },
      { text: 'The street where the baker for thirty years worked is quiet now.', output: 'The street where the baker worked for thirty years is quiet now.' },
      { text: 'He walked because the buses during the strike not ran.', output: 'He walked because the buses did not run during the strike.' },
      { text: 'She thinks that the judge the case too quickly closed.', output: 'She thinks that the judge closed the case too quickly.' },
      { text: 'The coach said that his squad the league this year win wants.', output: 'The coach said that his squad wants to win the league this year.' },
      { text: 'Press here if you the old settings restore want.', output: 'Press here if you want to restore the old settings.' },
      { text: 'It is unclear whether the match on Sunday played will be.', output: 'It is unclear whether the match will be played on Sunday.' },
      { text: 'The village, which the stream every autumn floods, lies low.', output: 'The village, which the stream floods every autumn, lies low.' },
      { text: 'Fares rose because the city the subsidy cut has.', output: 'Fares rose because the city has cut the subsidy.' },
      { text: 'The scan failed because the scanner no power had.', output: 'The scan failed because the scanner had no power.' },
      { text: 'The union said that the firm the wages alone cannot raise.', output: 'The union said that the firm cannot raise the wages alone.' },
      { text: 'The striker, who last year 30 goals in the league scored, is leaving.', output: 'The striker, who scored 30 goals last year in the league, is leaving.' },
      { text: 'The coach, which from Vienna came, was full.', output: 'The coach, which came from Vienna, was full.' },
      { text: 'The buses, which every day the pupils to school take, are old.', output: 'The buses, which take the pupils every day to school, are old.' },
      { text: 'The choir, which next spring in Salzburg sings, is rehearsing.', output: 'The choir, which sings next spring in Salzburg, is rehearsing.' },
      { text: 'The lake, which every winter the meadows floods, is shallow.', output: 'The lake, which floods the meadows every winter, is shallow.' },
      { text: 'The workshop, which since 1985 violins builds, takes apprentices.', output: 'The workshop, which builds violins since 1985, takes apprentices.' },
      { text: 'The ferry, which the shipyard in just three months refitted, sails again.', output: 'The ferry, which the shipyard refitted in just three months, sails again.' },
      { text: 'At the summit on Friday, the chancellor, the proposal rejected.', output: 'At the summit on Friday, the chancellor rejected the proposal.' },
      { text: 'The opposition, the new budget attacked.', output: 'The opposition attacked the new budget.' },
      { text: 'These photos the reporter took in the harbour.', output: 'The reporter took these photos in the harbour.' },
      { text: 'Full details you find in the appendix.', output: 'You find full details in the appendix.' },
      { text: 'The board the merger approved after a short meeting.', output: 'The board approved the merger after a short meeting.' },
      { text: 'We the invoice next week will pay.', output: 'We will pay the invoice next week.' },
      { text: 'Please the form completely fill out.', output: 'Please fill out the form completely.' },
      { text: 'Please your new password twice enter.', output: 'Please enter your new password twice.' },
      { text: 'Please the empty bottles at the recycling point return.', output: 'Please return the empty bottles at the recycling point.' },
      { text: 'They sent the samples to a laboratory so that experts it check could.', output: 'They sent the samples to a laboratory so that experts could check it.' },
      { text: 'Analysts expect that prices next year rise will.', output: 'Analysts expect that prices next year will rise.' },
      { text: 'Growers fear that the apple crop this autumn smaller will be.', output: 'Growers fear that the apple crop this autumn will be smaller.' },
      { text: 'Traders fear that fuel costs in the spring further climb will.', output: 'Traders fear that fuel costs in the spring will further climb.' },
      { text: 'The ferry, which the shipyard since March repaired has, sails again.', output: 'The ferry, which the shipyard has repaired since March, sails again.' },
      { text: 'The ministry sent the files to outside auditors could, in order to review them.', output: 'The ministry sent the files to outside auditors so that they could review them.' },
      { text: 'The tower, which the city last spring restored, attracts many visitors.', output: 'The tower, which the city restored last spring, attracts many visitors.' },
      { text: 'Critics say that the mayor the budget mismanaged.', output: 'Critics say that the mayor mismanaged the budget.' },
      { text: 'The game was cancelled because the pitch too wet was.', output: 'The game was cancelled because the pitch was too wet.' },
      { text: 'The new tickets are from 1 May available.', output: 'The new tickets are available from 1 May.' },
      { text: 'The club, the transfer confirmed on Friday evening on its website.', output: 'The club confirmed the transfer on Friday evening on its website.' },
      { text: 'The coach, the decision called “a disaster for the club”.', output: 'The coach called the decision “a disaster for the club”.' },
      { text: 'Trains run late because the tracks in winter often frozen are.', output: 'Trains run late because the tracks are often frozen in winter.' },
      { text: 'Many farmers struggle, although the prices for grain too low are.', output: 'Many farmers struggle, although the prices are too low for grain.' },
      { text: 'The fish goes off fast, because the shipments in the heat slowly arrive.', output: 'The fish goes off fast, because the shipments arrive slowly in the heat.' },
      { text: 'The price rose after the council the new tax approved had.', output: 'The price rose after the council had approved the new tax.' },
      { text: 'The record is £30m, which the club in 2019 for a striker paid.', output: 'The record is £30m, which the club paid in 2019 for a striker.' },
      { text: 'She took the seat, which since last winter empty is.', output: 'She took the seat, which is empty since last winter.' },
      { text: 'Experts believe that the river this spring the fields floods.', output: 'Experts believe that the river floods the fields this spring.' },
      { text: 'Repairs are slow, since the storm many roofs destroyed has.', output: 'Repairs are slow, since the storm has destroyed many roofs.' },
      { text: 'The police, the suspect arrested on Sunday near the station.', output: 'The police arrested the suspect on Sunday near the station.' },
      { text: 'It is unclear whether the talks next week continue.', output: 'It is unclear whether the talks continue next week.' },
      { text: 'The coach, the players for their effort praised.', output: 'The coach praised the players for their effort.' },
      { text: 'The nurses are tired, because many of the staff in the last months left have.', output: 'The nurses are tired, because many of the staff have left in the last months.' },
      { text: 'The team lost, although it in the first half better was.', output: 'The team lost, although it was better in the first half.' },
      { text: 'Farmers fear that the drought the harvest destroys.', output: 'Farmers fear that the drought destroys the harvest.' },
      { text: 'The village, whose school the state last year closed, is shrinking.', output: 'The village, whose school the state closed last year, is shrinking.' },
      { text: 'The festival was cancelled, because the organisers not enough money collected had.', output: 'The festival was cancelled, because the organisers had not collected enough money.' },
      { text: 'The firm grew, although the market in the crisis smaller became.', output: 'The firm grew, although the market became smaller in the crisis.' },
      { text: 'Experts said that the water in the lake clean is.', output: 'Experts said that the water is clean in the lake.' },
      { text: 'I do not know if I the exam pass.', output: 'I do not know if I pass the exam.' },
      { text: 'Restart the phone after you the update install.', output: 'Restart the phone after you install the update.' },
      { text: 'Call us so that we you can help.', output: 'Call us so that we can help you.' },
      { text: 'We know that the pupils the school canteen use.', output: 'We know that the pupils use the school canteen.' },
      { text: 'The new timetable will from Monday available be.', output: 'The new timetable will be available from Monday.' },
      { text: 'Do you want that we the meeting to next week move?', output: 'Do you want that we move the meeting to next week?' },
      { text: 'Tell me if you to the cinema come want.', output: 'Tell me if you want to come to the cinema.' },
      { text: 'If the heater not properly works, call us.', output: 'If the heater does not work properly, call us.' },
      { text: 'When will the update on older phones available be?', output: 'When will the update be available on older phones?' },
      { text: 'The app could after the update unstable be for a few hours.', output: 'The app could be unstable after the update for a few hours.' },
      { text: 'The hall is expected to by autumn ready be.', output: 'The hall is expected to be ready by autumn.' },
    ],
    valid: [
      'The value of the products you can raise on it.',
      'The plan the council wants to adopt is too expensive.',
      'She said that the house by the river was sold.',
      'We learned that the attack by the dogs was unprovoked.',
      'Experts agree that the painting by a young artist was stolen.',
      'He knew that the car in the garage was stolen.',
      'They heard that the shop by the station was closed.',
      'The city, which last year two million tourists visited, is crowded.',
      'The prize, which each year ten students receive, is generous.',
      'The road, which every day thousands of drivers use, is closed.',
      'The road, which the two villages share, will be closed.',
      'It returns a version that returns promises.',
      'The meal, which ten dollars buys, is small.',
      'The treaty, which the United States supports, expires in May.',
      'The hall, which the staff use every day, is closed.',
      'The river, which the news reports describe, is low.',
      'His own fate he accepted.',
      'Please fill out the form completely.',
      'Please the crowd and you will win.',
      'Please the critics at your own peril.',
      'Please, the children are asleep.',
      'These principles we have now set forth.',
      'The plan the council approved last week includes a new bridge.',
      'My brother the doctor lives in Paris.',
      'The things a man will do for a woman.',
      'The book she wrote at nineteen is still in print.',
      'The team that scores the most goals wins.',
      'I wonder if you could help.',
      'He asked whether the prices in the market rise.',
      'I know the man you met.',
      'Tell me what you want.',
      'They may well be.',
      'They insisted that the boy not go.',
      'If the app not only works but also looks good, buy it.',
      'Whatever the cost may be, we will pay.',
      'The new timetable will be available from Monday.',
      // A form of address before the comma: the clause after it has its subject first.
      'Your Honour, the prosecution rests.',
      'Dear members, the club opens at noon.',
      'Maria, the taxi waits.',
      'Captain, the crew agrees.',
      'The street where the baker worked for thirty years is quiet now.',
      'The year when the mill closed was hard.',
      // A clause that runs to the end of an unterminated line, with no verb after its noun phrases.
      'Fares rose because the city the new subsidies',
      'Take whatever help you want.',
      'The town spends more money than the city has.',
      'We do not know what power the scanner had.',
      'It is the prize that every club wants.',
      'Day after day some new episode is reported.',
      'The town, which every spring floods, built a dam.',
      'They asked whether the plan would be approved.',
      'The bridge, which in 2008 collapsed, was rebuilt.',
      'The rivers, which the farmers use, are dry.',
      'The letters, which from that day on arrived weekly, were kept.',
      'The bank, which in 2008 collapsed, was sold.',
      'He left because the money alone could not help.',
      'Note that the formats supported are: JSON and YAML.',
      'That is the one thing the money cannot buy.',
      'They fear the rise that the union says the deal would bring.',
      'The farmers hope the rain will come soon.',
      'The novel, which in May critics praised, sold well.',
      'The economy will grow next year, the minister said.',
      'Last year, the economy grew.',
      'On Monday, the shares fell.',
      'The chairman, John Smith, resigned.',
      'He said he would.',
      'We will help if we can.',
      'The state spends more than the cities can.',
      'Prices rose faster than anyone could have predicted.',
      'She asked whether they had, and they said they had.',
      'The film “Nobody Knows What Happened” premiered in May.',
      'Whatever the reason, the result is clear.',
      'In the end, the truth prevailed.',
      'He said that the man the police arrested was innocent.',
      'When the sun finally set, the crowd went home.',
      'The shares, which the fund bought in 2019, have doubled.',
      'Perfect, he thought.',
      'The minister may, of course, resign.',
      'The states had no right to leave, though the citizens could.',
      'The knight is, as the author no doubt intended, a gentle figure.',
      'The prejudice that the anxiety of our time so easily provokes is old.',
      'She was as tired as he was.',
      'Nobody knew how happy the children were.',
      'Rich though he was, he lived simply.',
      'In the bay the waves were from 21 to 26 feet high.',
      'He was about 50 years old.',
      'The island is about 81% ice-capped.',
      'The plan is in principle possible.',
      'He would not reveal what price the buyers paid.',
      'Nobody knows which route the hikers took.',
      'It is unclear how many jobs the plant creates.',
      'The mayor, a former teacher, presented the plan.',
      'John, the waiter brought the soup.',
      'Yes, the guests agreed.',
      'From May, 1990, until June, 1995, Smith served in the navy.',
      'Because the people in the village quickly agreed, the road was built.',
      'He asked what the costs of the project really are.',
      'The ruins, which the wines of the region still recall, are old.',
      'If I’d stayed, I would have seen it.',
      'The rifle upsets all the modern theory of speed fans.',
      'Do the teams benefit only a few employees?',
      'He asked whether the members favor their own social classes.',
      'The school, the oldest in town, opened in May.',
      'After the war the army retreated.',
      'After his death in 1924 the poet wrote nothing more.',
      'It could very well be in trouble.',
      'The system will long be in use.',
      'He wants to be ready by noon.',
    ],
  },
});
