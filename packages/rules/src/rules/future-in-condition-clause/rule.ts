import { defineRule, type Report } from '@mtlint/engine';
import {
  isAdverb, isAuxiliary, isCommonNoun, isCoordinator, isDeterminer, isModal, isNominalHead, isNominalPart, isPronoun, isVerb,
  isWordToken, lemma, lexiconEntry, takesIndirectQuestion, type Token, WordSet,
} from '@mtlint/text';

// "When"/"if" also open indirect questions ("asked when it will be ready", "When it will open is unclear") and
// relatives ("in 2030, when the plant will close", "the day when …"), where the future is right; they are checked
// where they open the sentence and their clause ends in a comma before the main clause, or right after a verb that
// takes no indirect question ("Taxes will rise if …").
const OPENING_ONLY = new WordSet(['when', 'whenever', 'if']);
// These open only adverbial clauses of time or condition, wherever they stand.
const ANYWHERE = new WordSet(['until', 'till', 'unless', 'once', 'after', 'before']);
const ARRIVAL_VERBS = new WordSet(['come', 'arrive', 'approach', 'dawn']);
const OBJECT_PRONOUNS = new WordSet(['you', 'him', 'them', 'us', 'me']);
// Verbs whose object is told or shown something, and so may take an indirect question after it: "inform us when …".
const TELLING_VERBS = new WordSet(['inform', 'notify', 'advise', 'remind', 'update', 'alert', 'warn', 'teach', 'brief', 'instruct', 'ask', 'tell', 'show', 'let', 'assure', 'promise']);
const PLURAL_SUBJECTS = new WordSet(['they', 'we', 'you', 'these', 'those', 'both']);
// Verbs of the polite "if you will …" ("if you will excuse me", "if you will recall", "if you will step inside").
const POLITE_AFTER_IF_YOU_WILL = new WordSet(['excuse', 'follow', 'allow', 'permit', 'forgive', 'pardon', 'bear', 'come', 'wait', 'sit', 'step', 'recall', 'remember', 'notice', 'indulge', 'imagine', 'be', 'look', 'listen', 'accept', 'take', 'give']);
// Matches the text of every token that reads "will", "'ll" or "’ll", in any case (and a few more).
const FUTURE_TEXT = /will|['’]ll/i;

/**
 * Whether the sentence's text has a "will" at all: one search over its characters spares the token-by-token scan
 * in most sentences, which have none (all but 36 of 6,291 in the clean benchmark text).
 */
function mayHaveFuture(text: string, tokens: readonly Token[]): boolean {
  return tokens.length > 0 && FUTURE_TEXT.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
}

// The longest subject checked between the conjunction and "will": "the price of Russian crude oil".
const MAX_SUBJECT = 7;

/**
 * The index of "will" or "'ll" that ends a plain subject starting at `from`, or -1. A pronoun or determiner after a
 * noun starts another phrase ("after the November election you'll think", "after a short time this will"): the
 * conjunction was a preposition and "will" belongs to the main clause.
 */
function futureAfterSubject(tokens: readonly Token[], from: number): number {
  let head = false;
  for (let i = from; i < tokens.length && i - from <= MAX_SUBJECT; i++) {
    const t = tokens[i]!;
    if ((t.lower === 'will' || t.lower === "'ll" || t.lower === '’ll') && i > from) return i;
    // "provided that the roads …": the subject starts after "that"; "as long as there will be …".
    if ((t.lower === 'that' || t.lower === 'there') && i === from) continue;
    // "the permits will": after a determiner, a word that can be a noun is one; so is a verb the lexicon knows only as
    // one ("the download will finish", "the install will end": software's nouns made from verbs).
    if (head === false && i > from && isDeterminer(tokens[i - 1]!) && (t.tags.includes('NN') || t.tags.includes('NNS') || (t.tags.length === 1 && t.tags[0] === 'VB'))) {
      head = true;
      continue;
    }
    if (t.lower === 'of' || t.lower === 'and') {
      if (!head) return -1;
      head = false;
      continue;
    }
    if (!isNominalPart(t) || (head && (isDeterminer(t) || isPronoun(t)))) return -1;
    if (isNominalHead(t)) head = true;
  }
  return -1;
}

function isPluralSubject(tokens: readonly Token[], from: number, will: number): boolean {
  let head: Token | undefined;
  for (let i = from; i < will; i++) {
    const t = tokens[i]!;
    if (t.lower === 'and') return true;
    if (t.lower === 'of') break;
    head = t;
  }
  if (!head) return false;
  // "there will be enough seats": the noun after the verb agrees.
  if (head.lower === 'there') {
    const noun = tokens.slice(will + 2, will + 6).find((t) => isWordToken(t) && (t.tags[0] ?? '').startsWith('NN'));
    return noun?.tags[0] === 'NNS';
  }
  const tag = head.tags[0] ?? '';
  // "the permits": a plural noun that the lexicon reads as a verb first.
  return tag === 'NNS' || tag === 'NNPS' || (tag === 'VBZ' && head.tags.includes('NNS')) || PLURAL_SUBJECTS.hasToken(head);
}

/** The third-person singular of a base verb, checked against the lexicon: go → goes, try → tries, rise → rises. */
function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  // Only spellings the lexicon knows count: a guessed tag would accept "trys".
  const candidates = [base.endsWith('y') ? `${base.slice(0, -1)}ies` : '', `${base}es`, `${base}s`];
  return candidates.find((c) => c !== '' && (lexiconEntry(c)?.includes('VBZ') ?? false)) ?? `${base}s`;
}

/** The present-tense form that replaces "will VERB" for this subject. */
function presentForm(verb: Token, plural: boolean, subject: Token): string {
  if (subject.lower === 'i') return verb.lower === 'be' ? 'am' : verb.lower;
  if (plural || subject.lower === 'you') return verb.lower === 'be' ? 'are' : verb.lower;
  return thirdPerson(verb.lower);
}

/**
 * Whether the word at `i` opens a clause of time or condition that this rule checks: 'anywhere' for conjunctions
 * that open nothing else, 'opening' for "when"/"if" at the start of the sentence, 'after-verb' for "when"/"if" after
 * a verb that takes no indirect question.
 */
function conjunctionAt(tokens: readonly Token[], i: number): 'opening' | 'after-verb' | 'anywhere' | undefined {
  const t = tokens[i]!;
  // "a visit after a thaw will be …": after a noun, "after"/"before"/"until" is a preposition inside the subject.
  // "once" is no preposition: after a noun it opens the clause ("inform the residents once the water will be safe").
  if (ANYWHERE.hasToken(t)) return i > 0 && t.lower !== 'once' && isCommonNoun(tokens[i - 1]!) ? undefined : 'anywhere';
  if (t.lower === 'as' && tokens[i - 1]?.lower === 'soon' && tokens[i - 2]?.lower === 'as') return 'anywhere';
  // Conjunctions of several words: "as long as", "in case", "by the time", "provided (that)".
  if (t.lower === 'as' && tokens[i - 1]?.lower === 'long' && (tokens[i - 2]?.lower === 'as' || tokens[i - 2]?.lower === 'so')) return 'anywhere';
  if (t.lower === 'case' && tokens[i - 1]?.lower === 'in') return 'anywhere';
  if (t.lower === 'time' && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'by') return 'anywhere';
  if ((t.lower === 'provided' || t.lower === 'providing') && tokens[i + 1]?.lower === 'that') return 'anywhere';
  if (!OPENING_ONLY.hasToken(t)) return undefined;
  if (startsSentence(tokens, i)) return 'opening';
  // German sets a comma before every clause ("…, wenn das Werk schließt"): "if" after a comma that follows a plain
  // verb. Not "when", which after a comma opens a relative ("in 2030, when the contract will end").
  if (t.lower === 'if' && tokens[i - 1]?.text === ',') return followsPlainVerb(tokens, i - 1) ? 'after-verb' : undefined;
  return followsPlainVerb(tokens, i) || followsInstruction(tokens, i) ? 'after-verb' : undefined;
}

// Verbs that open an instruction in a user interface ("Tap Save when …", "Close the app if …"); none takes an
// indirect question, so the "when"/"if" after their object opens a clause of time or condition.
const INSTRUCTION_VERBS = new WordSet(['tap', 'click', 'press', 'select', 'choose', 'close', 'restart', 'reboot', 'unplug', 'save', 'enter', 'type', 'swipe', 'release']);

/** An instruction and its object before index `i`: "Tap Save when you will finish", "Press the button if …". */
function followsInstruction(tokens: readonly Token[], i: number): boolean {
  if (i < 2 || !INSTRUCTION_VERBS.hasToken(tokens[0]!)) return false;
  for (let j = 1; j < i; j++) if (!isWordToken(tokens[j]) || !isNominalPart(tokens[j]!)) return false;
  return true;
}

/**
 * The word before index `i`, past adverbs and particles ("rise sharply", "find out"), is a verb that takes no indirect
 * question: "Prices will rise if …", "The plant will close when …", but not "asked if", "will decide when".
 */
function followsPlainVerb(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && isWordToken(tokens[j]) && (isAdverb(tokens[j]!) || tokens[j]!.tags[0] === 'RP')) j--;
  // An object pronoun between ("will call you when …"), unless the verb tells its object something ("inform us when").
  const objectPronoun = j > 0 && OBJECT_PRONOUNS.has(tokens[j]?.lower ?? '');
  if (objectPronoun) j--;
  const verb = tokens[j];
  if (!isWordToken(verb) || isAuxiliary(verb) || takesIndirectQuestion(verb)) return false;
  if (objectPronoun && TELLING_VERBS.has(lemma.of(verb))) return false;
  // After a modal or "to", a word that can be a base verb is one ("will rise", "to grow").
  const before = tokens[j - 1];
  const afterModal = isWordToken(before) && (isModal(before) || before.lower === 'to') && verb.tags.includes('VB');
  if (!isVerb(verb) && !afterModal) return false;
  // "The day will come when …": a relative to the subject, put after its verb.
  return !ARRIVAL_VERBS.has(lemma.of(verb));
}

/** Only punctuation (a quote) or a coordinator ("But if …") stands before index `i`. */
function startsSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = 0; j < i; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'punct' && !isCoordinator(t)) return false;
  }
  return true;
}

export default defineRule({
  meta: {
    id: 'future-in-condition-clause',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.9,
    description: '"will" inside a clause of time or condition: "if they will agree", "when it will be ready, …".',
    sourceHint: 'Russian uses the future tense in "если/когда" clauses ("если они согласятся", "когда он будет готов").',
    fixable: false,
  },
  needs: [new Set(['will', "'ll", '’ll'])],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    if (!mayHaveFuture(doc.text, tokens)) return reports;
    let lastComma = -2;
    for (let i = 0; i + 3 < tokens.length; i++) {
      const kind = conjunctionAt(tokens, i);
      if (!kind) continue;
      const will = futureAfterSubject(tokens, i + 1);
      if (will < 0) continue;
      const verb = tokens[will + 1];
      if (!isWordToken(verb) || !verb.tags.includes('VB')) continue;
      const conjunction = tokens[i]!;
      const subject = tokens[will - 1]!;
      // "if you will excuse me", "if you will follow me": the polite formula, with a verb of its own; "If you will tap
      // the button, the file will be deleted" is the source's future (an app's string from Russian or Polish).
      if (conjunction.lower === 'if' && subject.lower === 'you' && (POLITE_AFTER_IF_YOU_WILL.hasToken(verb) || tokens[will + 2]?.lower === 'me' || tokens[will + 2]?.lower === 'us')) continue;
      // "After the storm will come the calm": the subject follows the verb.
      // ("When the law will come into force, …", "When the summer will come, …": a preposition or a comma after "come"
      // keeps the subject before it.)
      const afterVerb = tokens[will + 2];
      if ((verb.lower === 'come' || verb.lower === 'follow') && !(afterVerb?.text === ',' || /^(IN|RP|TO)$/.test(afterVerb?.tags[0] ?? ''))) continue;
      if (lastComma === -2) lastComma = tokens.findLastIndex((t) => t.text === ',');
      if (kind === 'opening' && lastComma < will + 2) continue;
      const present = presentForm(verb, isPluralSubject(tokens, i + 1, will), subject);
      const auxiliary = tokens[will]!;
      // "will agree" becomes "agrees"; a clitic ("they'll agree") goes with the space before the verb kept.
      const suggestion =
        auxiliary.lower === 'will'
          ? { start: auxiliary.start, end: verb.end, replacement: present }
          : { start: subject.end, end: verb.end, replacement: ` ${present}` };
      reports.push({
        start: auxiliary.start,
        end: verb.end,
        message: `English uses the present tense, not "will", in a clause of time or condition after "${conjunction.text}".`,
        suggestions: [suggestion],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'If the government will raise taxes, many firms will leave.', output: 'If the government raises taxes, many firms will leave.' },
      { text: 'When the new bridge will be ready, traffic will return to the old town.', output: 'When the new bridge is ready, traffic will return to the old town.' },
      { text: 'Talks will continue until both sides will agree on a text.', output: 'Talks will continue until both sides agree on a text.' },
      { text: 'Press the green button when the download will complete.', output: 'Press the green button when the download completes.' },
      { text: 'As soon as they will have the money, they will start building.', output: 'As soon as they have the money, they will start building.' },
      { text: 'The plant will stay closed unless the owner will find a buyer.', output: 'The plant will stay closed unless the owner finds a buyer.' },
      { text: 'Taxes will rise sharply if the parliament will approve the law.', output: 'Taxes will rise sharply if the parliament approves the law.' },
      { text: 'If the city will try again, the project will fail.', output: 'If the city tries again, the project will fail.' },
      { text: 'Building starts as soon as the permits will be issued.', output: 'Building starts as soon as the permits are issued.' },
      { text: 'The ferry runs as long as there will be enough passengers.', output: 'The ferry runs as long as there are enough passengers.' },
      { text: 'In case the dam will break, the village will be evacuated.', output: 'In case the dam breaks, the village will be evacuated.' },
      { text: 'By the time the road will reopen, the season will be over.', output: 'By the time the road reopens, the season will be over.' },
      { text: 'Provided that the banks will agree, the deal will close in May.', output: 'Provided that the banks agree, the deal will close in May.' },
      { text: 'Bus fares will rise, if the city will cut the subsidy.', output: 'Bus fares will rise, if the city cuts the subsidy.' },
      { text: 'When the new rules will come into force, fares will rise.', output: 'When the new rules come into force, fares will rise.' },
      { text: 'The garage will call you when the car will be ready.', output: 'The garage will call you when the car is ready.' },
      { text: 'We will reopen the road once the bridge will be checked.', output: 'We will reopen the road once the bridge is checked.' },
      { text: 'If you will tap this icon, the photo will be shared.', output: 'If you tap this icon, the photo will be shared.' },
      { text: 'When the download will end, the player starts.', output: 'When the download ends, the player starts.' },
    ],
    valid: [
      'Press the green button when the download completes.',
      'Select a date if you will be away, the clerk said, and we note it.',
      'When will the new bridge be ready?',
      'The minister asked when the bridge will be ready.',
      'Nobody knows if the talks will succeed.',
      'When the plant will reopen remains unclear.',
      'By 2030, when the population will have doubled, the city will need more water.',
      'If you will excuse me, I have a train to catch.',
      'If you will follow me, the doctor will see you now.',
      'If you will step this way, the guide will meet you.',
      'If the government raises taxes, many firms will leave.',
      'After the storm will come a long period of calm.',
      'It is not clear whether the deal will hold.',
      'The mill will close in 2030, when the lease will end.',
      'She asked, if I remember rightly, whether the ferry will run.',
      'The day when the new law will take effect has not been set.',
      'We will find out if the plan will work.',
      'The board will decide when the new plant will open.',
      'The time will surely come when the city will need a new bridge.',
      'The meeting lasted as long as the last one.',
      'The report was provided by the ministry, which will publish it.',
      'In that case the court will decide.',
      'The office will inform you when the car will be ready.',
      'After the hearing will follow a vote.',
      'The village once had a mayor who will be remembered.',
    ],
  },
});
