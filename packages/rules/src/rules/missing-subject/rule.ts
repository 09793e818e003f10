import { defineRule, type Report } from '@mtlint/engine';
import { isObjectStart, openingAdverbialEnd, prepositionalPhraseEnd, PREPOSITIONS_TOO } from '../../clause-order.js';
import {
  conjugateVerb, isAdjective, isAdverb, isDeterminer, isFiniteVerb, isModal, isNominalPart, isPastForm, isPreposition, isPronoun, isSubordinator, isTimePhrase, isWordToken, lemma, primaryTag,
  quotedMask, type Sentence, type Token, verbSenses, WordSet,
} from '@mtlint/text';

// Chinese, Japanese and Korean leave out a subject the context gives, and Spanish, Italian and Portuguese carry it in
// the verb's ending: "将于下周举行会议", "Es necesario invertir", "è previsto che". MT keeps the verb and no subject:
// "As for the plant, will close in May.", "Is necessary to invest more.", "The company said, will continue to
// expand." English needs the subject ("It is necessary to …", "The company said it will …").

const BE = new WordSet(['is', 'was', 'are', 'were']);
const HAVE = new Set(['has', 'have', 'had']);
// Openings that may stand before the dropped subject besides a preposition: "Regarding the plan, is …".
const OPENING_WORDS = new WordSet(['according', 'regarding', 'concerning', 'as']);
// Verbs of saying whose clause MT leaves without its subject after a comma: "The firm said, will …".
const REPORTING = new Set(['say', 'announce', 'add', 'state', 'report', 'note', 'explain', 'stress', 'declare', 'confirm', 'promise', 'warn', 'emphasize', 'emphasise']);

/**
 * A lower-case word that can be read as what follows an auxiliary, not as its subject. A word the lexicon reads first
 * as a noun counts after a modal when it is also a base verb and no finite verb follows it ("Will hold the meeting";
 * "Will power is …" is a compound subject).
 */
function isPredicateWord(t: Token | undefined, afterModal: boolean, next: Token | undefined): t is Token {
  if (!isWordToken(t) || t.text !== t.lower || isDeterminer(t) || isPronoun(t) || t.tags[0] === 'EX') return false;
  if (!t.tags[0]!.startsWith('NN')) return true;
  return afterModal && t.tags.includes('VB') && !(isWordToken(next) && (isFiniteVerb(next) || isModal(next)));
}

/**
 * The auxiliary at `a` starts a predicate with no subject: a form of "be" before a participle or adjective ("Is
 * expected", "Was held"), a modal before a base verb ("Will hold"), "has"/"have" before a participle ("Has decided").
 * A modal before "have" and a participle is an informal guess with its subject left out on purpose ("Must have cost
 * plenty"), not MT's.
 */
function startsPredicate(tokens: readonly Token[], a: number): boolean {
  const aux = tokens[a];
  if (!isWordToken(aux)) return false;
  const word = aux.lower;
  let k = a + 1;
  // "Can't hold her hand" is speech, which drops subjects on purpose.
  if (/^(n't|n’t|not)$/.test(tokens[k]?.lower ?? '') || /^['’]t$/.test(tokens[k]?.lower ?? '')) return false;
  while (isWordToken(tokens[k]) && isAdverb(tokens[k]!) && tokens[k]!.text === tokens[k]!.lower && k - a <= 2) k++;
  const next = tokens[k];
  if (!isPredicateWord(next, isModal(aux), tokens[k + 1])) return false;
  if (BE.has(word)) return next.tags.includes('VBN') || isAdjective(next);
  if (HAVE.has(word)) return next.tags.includes('VBN');
  if (!isModal(aux) || /^(may|might)$/.test(word)) return false;
  if (next.lower === 'have') return false;
  return next.tags.includes('VB');
}

// Participles of the passive whose subject is the dummy "it" before a to-infinitive or a that-clause: "(It) is
// expected that", "(It) was decided to".
const EXTRAPOSING = new WordSet(['expected', 'planned', 'decided', 'known', 'reported', 'believed', 'assumed', 'estimated', 'hoped', 'feared', 'agreed', 'announced', 'said', 'proposed', 'intended', 'envisaged', 'forecast', 'noted']);

/**
 * At the start of a sentence only the dummy "it" of an extraposed clause is read as missing: "Is necessary to …",
 * "Was decided that …". Documentation drops other subjects on purpose ("Can be used to …", "Must be a string.",
 * "Is immediately passed to …"), and a modal or "has" first is its habit as much as MT's.
 */
function isExtraposedPredicate(tokens: readonly Token[], a: number): boolean {
  const aux = tokens[a];
  const predicate = tokens[a + 1];
  if (!isWordToken(aux) || !BE.hasToken(aux) || !isWordToken(predicate) || predicate.text !== predicate.lower) return false;
  const adjective = isAdjective(predicate) && !predicate.tags.includes('VBN');
  const extraposing = EXTRAPOSING.hasToken(predicate) || adjective;
  const after = tokens[a + 2]?.lower ?? '';
  // An adjective or a participle of knowing takes a question too: "(It) is unclear who …", "(It) is not known what …".
  return extraposing && (EXTRAPOSED_OPENERS.has(after) || ((adjective || KNOWING.hasToken(predicate)) && QUESTION_WORDS.has(after)));
}
const KNOWING = new WordSet(['known', 'decided', 'understood', 'established']);
const EXTRAPOSED_OPENERS = new WordSet(['to', 'that', 'whether']);
const QUESTION_WORDS = new WordSet(['who', 'what', 'how', 'why', 'when', 'where', 'which', 'if']);
// Participles that raise their subject before "to" ("The cave is said to hold …", "In the cave is said to lie a
// treasure" is a literary inversion): only "that" after them shows the dummy "it" missing.
const RAISING = new WordSet(['said', 'known', 'believed', 'reported', 'thought', 'expected', 'assumed', 'estimated', 'feared', 'hoped', 'noted', 'forecast']);

/**
 * "In the report is said that …", "Until now is unclear who …", "In the village was impossible to find a doctor.":
 * an opening prepositional phrase (or "now"), then an extraposed predicate without its dummy "it", as Russian, Polish
 * and German ("Im Bericht wird gesagt, dass …") say it. A bare time may be the subject itself ("Today is likely to
 * …"), so the opening is a preposition's phrase. The index of the "be" form, or -1.
 */
function extraposedAfterOpening(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!isWordToken(first)) return -1;
  let at = -1;
  if (NOW_WORDS.hasToken(first)) at = 1;
  // "Until now", "Until today", "As of today": a preposition and a word of the present.
  else if (isPreposition(first) && isWordToken(tokens[1]) && (NOW_WORDS.hasToken(tokens[1]!) || tokens[1]!.lower === 'today')) at = 2;
  else if (isPreposition(first)) at = openingAdverbialEnd(tokens);
  const be = tokens[at];
  if (at <= 0 || be === undefined || !BE.hasToken(be)) return -1;
  // "is not known", "was never clear": a negation between "be" and the predicate.
  const after = tokens[at + 1];
  const negated = after !== undefined && NEGATIONS.hasToken(after) ? 1 : 0;
  const predicate = tokens[at + 1 + negated];
  // A participle of saying before "that" is extraposing too: "is stressed that", "was emphasised that".
  const saying = isWordToken(predicate) && predicate.tags.includes('VBN') && tokens[at + 2 + negated]?.lower === 'that' && verbSenses.of(predicate).includes('verb.communication');
  if (!saying && !isExtraposedPredicate(negated ? [...tokens.slice(0, at + 1), ...tokens.slice(at + 2)] : tokens, at)) return -1;
  return RAISING.hasToken(predicate!) && tokens[at + 2 + negated]!.lower === 'to' ? -1 : at;
}
const NEGATIONS = new WordSet(['not', 'never']);
const NOW_WORDS = new WordSet(['now', 'currently', 'meanwhile']);

/** The index after an opening prepositional phrase and its comma ("Regarding the new product,"), or -1. */
function afterOpeningPhrase(tokens: readonly Token[]): number {
  const first = tokens[0];
  // "If provided, will prevent …": a subordinator opens a clause whose subject documentation leaves out.
  if (!isWordToken(first) || !((isPreposition(first) && !isSubordinator(first)) || OPENING_WORDS.hasToken(first))) return -1;
  for (let k = 1; k < tokens.length && k <= 10; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return t.text === ',' ? k + 1 : -1;
    // A verb or a subject inside makes it a clause with its own subject ("For years he wore …, was driven").
    if (isFiniteVerb(t) || isModal(t) || isPronoun(t)) return -1;
  }
  return -1;
}

/** The index after "SUBJECT said," opening the sentence ("The company said,"), with the subject's number, or -1. */
function afterReportingVerb(tokens: readonly Token[]): { at: number; plural: boolean } | undefined {
  for (let r = 1; r < tokens.length && r <= 6; r++) {
    const t = tokens[r]!;
    // The tags before the lemma: this reads the first words of every sentence.
    if (t.kind === 'word' && (t.tags.includes('VBD') || t.tags.includes('VBZ')) && REPORTING.has(lemma.of(t))) {
      if (tokens[r + 1]?.text !== ',') return undefined;
      const subject = tokens[r - 1]!;
      return { at: r + 2, plural: /^NNP?S$/.test(subject.tags[0] ?? '') || /^(they|we)$/.test(subject.lower) };
    }
    if (!isWordToken(t) || !isNominalPart(t)) return undefined;
  }
  return undefined;
}

/**
 * The index after an opening time and its comma, or -1: a time ("Last week,", "Two years ago,", "Three days later,"),
 * a preposition with a time ("In 2019,", "On Friday,", "In the morning,") or "after" or "before" with any phrase
 * ("After the meeting,", "After lunch,": a clause does not end at the comma, "After prices rose,"). Another phrase is release notes' habit as much as MT's ("In the process, rewrote the
 * cache."), and a longer stretch before the comma holds the subject ("Within a few years the settlers, engaged in …").
 */
function afterOpeningTime(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!isWordToken(first)) return -1;
  let end = -1;
  if (PREPOSITIONS_TOO.hasToken(first)) {
    // "After lunch,", "Before the match,": an event; "since" and "until" with a time ("Since 2005,").
    if (EVENT_PREPOSITIONS.hasToken(first) || isTimePhrase(tokens, 1)) end = prepositionalPhraseEnd(tokens, 0);
  } else if (isTimePhrase(tokens, 0) || (isPreposition(first) && isTimePhrase(tokens, 1))) end = openingAdverbialEnd(tokens);
  if (end > 0 && tokens[end] !== undefined && RELATIVE_TIME.hasToken(tokens[end]!)) end++;
  return end > 0 && tokens[end]?.text === ',' ? end + 1 : -1;
}
const EVENT_PREPOSITIONS = new WordSet(['after', 'before']);

// Words that close a time counted from another: "Two years ago", "Three days later".
const RELATIVE_TIME = new WordSet(['ago', 'later', 'earlier']);

// Words after a past or present verb that show it takes an object or a phrase, not a participle before a noun
// ("checked bags are …"): object pronouns and particles.
const NOT_NARRATIVE = new Set(['be', 'have', 'do']);
const OBJECT_PRONOUNS = new WordSet(['it', 'them', 'him', 'her', 'us', 'me']);
const PARTICLES = new WordSet(['back', 'home', 'out', 'up', 'off', 'away', 'down', 'there', 'abroad']);

/**
 * "Last week, signed the contract with …", "After the meeting, went back to …", "Since 2005, produces cheese …": a
 * lower-case past or present verb right after an opening time or phrase and its comma, with an object or a phrase
 * after it, as Japanese, Chinese, Polish and Italian say it without the subject the context or the verb's ending
 * gives. A past participle that opens a clause before its subject is English ("Asked about the plan, the minister
 * said …"): a later comma before a subject, or "by" after the verb, leaves it alone.
 */
function pushNarrativeWithoutSubject(reports: Report[], sentence: Sentence, at: number): void {
  const tokens = sentence.tokens;
  const verb = tokens[at];
  const next = tokens[at + 1];
  if (!isWordToken(verb) || verb.text !== verb.lower || next === undefined || quotedMask(sentence)[at]) return;
  const past = isPastForm(verb);
  // "be", "have" and "do" are the auxiliaries' pattern; a verb of saying inverts ("…, said the doctor, …").
  if ((!past && primaryTag(verb) !== 'VBZ') || NOT_NARRATIVE.has(lemma.of(verb)) || REPORTING.has(lemma.of(verb))) return;
  // "conceded to be": a participle raising its subject.
  if (next.lower === 'to' && isWordToken(tokens[at + 2]) && primaryTag(tokens[at + 2]) === 'VB') return;
  // A present tense the lexicon reads first takes a bare noun too ("produces cheese"); a past may be a participle
  // before one ("checked bags").
  const bareObject = !past && isWordToken(next) && next.text === next.lower && /^NNS?$/.test(primaryTag(next));
  const takesPhrase = bareObject || isObjectStart(next) || OBJECT_PRONOUNS.hasToken(next) || PARTICLES.hasToken(next) || (isPreposition(next) && next.lower !== 'by' && next.lower !== 'of');
  if (!takesPhrase) return;
  // The verb opened a participle clause when a later comma is followed by the subject or the main verb ("Stuffed behind
  // the band, could be seen …", "Added to that, makes …"); a participle may close its clause with any comma ("In the
  // last elections, held in May, disputed results …").
  for (let k = at + 2; k < tokens.length - 1; k++) {
    const after = tokens[k + 1]!;
    if (tokens[k]!.text === ',' && (verb.tags.includes('VBN') || isObjectStart(after) || isPronoun(after) || isFiniteVerb(after) || isModal(after))) return;
  }
  const subject = past ? 'we' : 'it';
  reports.push({
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" has no subject after the opening phrase; English needs one ("${subject} ${verb.text} …").`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: `${subject} ${verb.text}` }],
  });
}

// Words of dialogue that close a clause of their own before a comma: "Sorry, …", "Thank you, …", "No, …".
const DIALOGUE_OPENERS = new WordSet(['sorry', 'thanks', 'thank', 'you', 'no', 'yes', 'okay', 'ok', 'oh', 'please', 'relax', 'excuse', 'me', 'calm', 'down']);

/**
 * The index after an opening of dialogue and its comma, or -1: words of apology, thanks or assent ("Sorry,",
 * "Thank you,") or a negated command ("Do not worry,", "Don't cry,"). What follows the comma is a new clause, whose
 * subject Spanish, Italian, Portuguese and Polish carry in the verb: "Sorry, is my fault" ("Perdona, es culpa mía").
 */
function afterDialogueOpening(tokens: readonly Token[]): number {
  const comma = tokens.findIndex((t) => t.kind === 'punct');
  if (comma <= 0 || comma > 4 || tokens[comma]!.text !== ',') return -1;
  const words = tokens.slice(0, comma);
  if (words.every((t) => DIALOGUE_OPENERS.hasToken(t))) return comma + 1;
  // "Do not worry,", "Don't cry,": "do", the negation and one base verb.
  const [first, negation, verb] = words;
  const negated = first?.lower === 'do' && /^(not|n't|n’t)$/.test(negation?.lower ?? '') && words.length === 3 && isWordToken(verb) && verb.tags.includes('VB');
  const contracted = /^(don't|don’t)$/.test(first?.lower ?? '') && words.length === 2 && isWordToken(negation) && negation.tags.includes('VB');
  return negated || contracted ? comma + 1 : -1;
}

/**
 * "Sorry, is my fault.", "Thank you, was a pleasure.": a lower-case "is" or "was" after the opening of dialogue, then
 * (after a negation) a determiner, an adjective or a noun, the copula of a clause without its "it".
 */
function pushDialogueWithoutSubject(reports: Report[], sentence: Sentence, at: number): void {
  const tokens = sentence.tokens;
  const be = tokens[at];
  if (!isWordToken(be) || be.text !== be.lower || (be.lower !== 'is' && be.lower !== 'was') || quotedMask(sentence)[at]) return;
  const negated = NEGATIONS.hasToken(tokens[at + 1] ?? be) ? 1 : 0;
  const predicate = tokens[at + 1 + negated];
  // A noun too: "is nothing serious", "was fun".
  if (!isWordToken(predicate) || predicate.text !== predicate.lower || !(isDeterminer(predicate) || isAdjective(predicate) || primaryTag(predicate).startsWith('NN'))) return;
  reports.push({
    start: be.start,
    end: predicate.end,
    message: `"${be.text}" has no subject after the comma; English needs one ("it ${be.text} …").`,
    suggestions: [{ start: be.start, end: be.end, replacement: `it ${be.text}` }],
  });
}

// Verbs of advice that product pages open without their subject and with a to-infinitive, as Chinese (建议) and
// Japanese (〜することをお勧めします) say it: "Recommend to charge fully", English "We recommend charging fully".
const ADVISING = new WordSet(['recommend', 'suggest', 'advise']);

/** "Recommend to charge …" opening the sentence: the report, with "We recommend charging". */
function pushAdviceWithoutSubject(reports: Report[], tokens: readonly Token[]): void {
  const [verb, to, base] = tokens;
  if (!isWordToken(verb) || !ADVISING.hasToken(verb) || to?.lower !== 'to' || !isWordToken(base) || base.text !== base.lower || isDeterminer(base) || !base.tags.includes('VB')) return;
  reports.push({
    start: verb.start,
    end: base.end,
    message: `"${verb.text} to ${base.text}" has no subject, and "${verb.lower}" takes an -ing form: "We ${verb.lower} ${conjugateVerb(base.lower, 'VBG')} …".`,
    suggestions: [{ start: verb.start, end: base.end, replacement: `We ${verb.lower} ${conjugateVerb(base.lower, 'VBG')}` }],
  });
}

/** The report of a predicate at `at` without its subject, if it is one: `subject` is the one English wants there. */
function pushMissingSubject(reports: Report[], sentence: Sentence, at: number, subject: string, afterSaying: boolean, predicateRead = false): void {
  const tokens = sentence.tokens;
  const aux = tokens[at];
  // (`predicateRead`: the caller has read the predicate, a negated one too: "is not known what …".)
  if (!isWordToken(aux) || !(predicateRead || startsPredicate(tokens, at))) return;
  if (at === 0 ? aux.text === aux.lower : aux.text !== aux.lower) return;
  if (quotedMask(sentence)[at]) return;
  // The dummy "it" of an extraposed clause, the thing talked of after an opening phrase, or the speaker again
  // after a verb of saying, where the comma goes too: "said it will".
  const start = afterSaying ? tokens[at - 1]!.start : aux.start;
  const fixed = at === 0 ? `It ${aux.lower}` : `${afterSaying ? ' ' : ''}${subject} ${aux.text}`;
  reports.push({
    start: aux.start,
    end: tokens[at + 1]!.end,
    message: `"${aux.text} ${tokens[at + 1]!.text}" has no subject; English needs one ("${fixed.trim()} …").`,
    suggestions: [{ start, end: aux.end, replacement: fixed }],
  });
}

export default defineRule({
  meta: {
    id: 'missing-subject',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A clause with no subject: "Is necessary to invest more", "Will hold the meeting next week", "The firm said, will expand".',
    sourceHint: 'Chinese, Japanese and Korean, which drop a subject the context gives, and Spanish, Italian and Portuguese, whose verb ending carries it.',
    fixable: false,
  },
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const last = tokens[tokens.length - 1];
    // A question keeps its auxiliary first ("Will you come?"); headlines drop subjects on purpose.
    if (!sentence.terminated || last === undefined || !(last.text === '.' || last.text === '!')) return [];
    const reported = afterReportingVerb(tokens);
    // The places a subject may be missing, in this order; most sentences have none, and no list is made for them.
    const reports: Report[] = [];
    if (isExtraposedPredicate(tokens, 0)) pushMissingSubject(reports, sentence, 0, 'it', false);
    const opening = afterOpeningPhrase(tokens);
    if (opening > 0) pushMissingSubject(reports, sentence, opening, 'it', false);
    const extraposed = opening > 0 ? -1 : extraposedAfterOpening(tokens);
    if (extraposed > 0) pushMissingSubject(reports, sentence, extraposed, 'it', false, true);
    if (reported) pushMissingSubject(reports, sentence, reported.at, reported.plural ? 'they' : 'it', true);
    const narrative = reports.length === 0 ? afterOpeningTime(tokens) : -1;
    if (narrative > 0) pushNarrativeWithoutSubject(reports, sentence, narrative);
    const dialogue = reports.length === 0 ? afterDialogueOpening(tokens) : -1;
    if (dialogue > 0) pushDialogueWithoutSubject(reports, sentence, dialogue);
    if (reports.length === 0 && !quotedMask(sentence)[0]) pushAdviceWithoutSubject(reports, tokens);
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Until now is unclear who is responsible for the fire.', output: 'Until now it is unclear who is responsible for the fire.' },
      { text: 'In the report is said that the firm broke the law.', output: 'In the report it is said that the firm broke the law.' },
      { text: 'Is necessary to repair the old dam.', output: 'It is necessary to repair the old dam.' },
      { text: 'Is expected that the fares will rise.', output: 'It is expected that the fares will rise.' },
      { text: 'According to the organisers, was attended by 4,000 people.', output: 'According to the organisers, it was attended by 4,000 people.' },
      { text: 'The airline said, will add two routes in summer.', output: 'The airline said it will add two routes in summer.' },
      { text: 'Was decided that the ferry will run all winter.', output: 'It was decided that the ferry will run all winter.' },
      { text: 'Last spring, opened a noodle shop near the harbour.', output: 'Last spring, we opened a noodle shop near the harbour.' },
      { text: 'After the concert, walked back to the hostel.', output: 'After the concert, we walked back to the hostel.' },
      { text: 'Since 1998, brews beer for the whole valley.', output: 'Since 1998, it brews beer for the whole valley.' },
      { text: 'Recommend to rinse the filter every month.', output: 'We recommend rinsing the filter every month.' },
      { text: 'Relax, is nothing serious.', output: 'Relax, it is nothing serious.' },
      { text: "Don't cry, was not your mistake.", output: "Don't cry, it was not your mistake." },
    ],
    valid: [
      'Today is likely to be the busiest day.',
      'Now is the time to act.',
      'In the two other cases he ruled that the state had been unable to act.',
      'In the cave is said to lie a treasure.',
      'Until now it is unclear who is responsible.',
      'It is necessary to repair the old dam.',
      'Will you open the second terminal in May?',
      'Must have cost plenty.',
      'Will Rogers said it first.',
      'Will open the second terminal in May.',
      'Can be used to find comments in a file.',
      'Must be a non-negative integer.',
      'If provided, will prevent the traversal of the folder.',
      "No, can't have it.",
      'Was there any doubt about the result?',
      'Will power is what the climb demands.',
      'In proportion to the cost, is the benefit worth it?',
      'For years he wore old suits, was even driven to begging.',
      'The plan, he said, will cost $5 million.',
      'The airline said it will add two routes in summer.',
      'May brought heavy rain.',
      'Is it true that the fares will rise?',
      'Had he known, he would have stayed.',
      'In the village, people were worried.',
      '"Will do," she said.',
      'Last spring, we opened a noodle shop near the harbour.',
      'In the evening, packed lunches are handed out.',
      'After the storm, shaken by the news, the villagers met in the church.',
      'On that night, added to the fear, came the rain.',
      'Since the merger, profits have doubled.',
      'Recommend to a colleague.',
      'We recommend rinsing the filter every month.',
      'In the end, said the judge, the law is clear.',
      'Relax, it is nothing serious.',
      'No, is that really true?',
      "Don't cry, the mistake was not yours.",
      'Oh, was he late again?',
    ],
  },
});
