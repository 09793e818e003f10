import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isModal, isWordToken, lemma, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';
import { SUBJECT_PRONOUNS } from '../../clause-order.js';

// Russian ("Что ты здесь делаешь?"), Chinese ("你为什么没给我打电话？"), Polish and the Romance languages ask a question
// in the statement's order, or have no order to keep; MT of subtitles, chat and help pages writes "What you are
// doing here?", "Why you did not call me?". English puts the auxiliary before the subject, or adds "do".

const QUESTION_WORD_LIST = ['what', 'why', 'where', 'when', 'how'];
const QUESTION_WORDS = new WordSet(QUESTION_WORD_LIST);
// The word that belongs to the question word: "how much it costs", "what time it is", "how long you stayed".
const QUESTION_COMPLEMENTS = new WordSet(['much', 'many', 'long', 'far', 'often', 'old', 'time']);
// "How come you left?", "What if it rains?", "Why not?", "How about you?": English questions with no inversion.
const NO_INVERSION_AFTER = new WordSet(['come', 'if', 'not', 'about']);
// Pronoun subjects besides the personal ones: "What this means?", "Why it is closed?".
const PRONOUN_SUBJECTS = new WordSet(['it', 'this', 'that', 'these', 'those']);
// "What the hell was he doing?": an oath after the question word, not a subject.
const OATHS = new WordSet(['hell', 'heck', 'devil', 'deuce', 'dickens']);
// Adverbs that may stand between the subject and its verb: "Why you still did not answer?"
const BEFORE_VERB = new WordSet(['not', 'never', 'still', 'really', 'always', 'also', 'already', 'just', 'even']);
const DO_FOR: Readonly<Record<string, string>> = { VBD: 'did', VBZ: 'does', VBP: 'do', VB: 'do' };

/**
 * Where the question's subject at `k` may end, longest first: a short noun phrase opened by a determiner or
 * possessive ("this button", "the next train"), a name, or a pronoun ("you", "it", "this").
 */
function subjectEnds(tokens: readonly Token[], k: number): number[] {
  const t = tokens[k];
  if (!isWordToken(t)) return [];
  const ends: number[] = [];
  if (primaryTag(t) === 'NNP' && t.text !== 'I') {
    let end = k + 1;
    while (isWordToken(tokens[end]) && primaryTag(tokens[end]) === 'NNP') end++;
    ends.push(end);
  } else if (isDeterminer(t) || primaryTag(t) === 'PRP$') {
    const end = nounPhraseEnd(tokens, k);
    let oath = false;
    for (let j = k; j < end; j++) if (OATHS.hasToken(tokens[j]!)) oath = true;
    if (end - k >= 2 && end - k <= 4 && !oath) ends.push(end);
  }
  if (SUBJECT_PRONOUNS.hasToken(t) || PRONOUN_SUBJECTS.hasToken(t)) ends.push(k + 1);
  return ends;
}

/** Whether `t` is the finite verb of a statement after its subject ("you are", "this means", "you know"). */
function finiteAfterSubject(t: Token | undefined, afterOneWord: boolean): t is Token {
  if (!isWordToken(t)) return false;
  if (isModal(t) || isFiniteVerb(t)) return true;
  // "How you know that?", "How much it costs?": after a pronoun, a word read first as a base verb or a noun is the
  // present or the past when it can be one.
  return afterOneWord && (t.tags.includes('VBP') || t.tags.includes('VBZ') || t.tags.includes('VBD'));
}

/** Whether another finite verb follows in the question, which makes its opening a clause of its own ("What you said is true?"). */
function laterFiniteVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (isModal(tokens[j]!) || isFiniteVerb(tokens[j]!)) return true;
  return false;
}

// Question words that cannot be the subject, so that a lexical verb right after them stands before its subject.
const NOT_SUBJECT_WORDS = new WordSet(['where', 'when', 'why', 'how']);
// Verbs English itself inverts after a question word in formal or set phrases ("Where lies the difference?", "How goes
// the battle?", "Whence comes …").
const INVERTING_IN_ENGLISH = new Set(['lie', 'go', 'come', 'stand', 'remain', 'say']);
// Verbs of measure whose amount "how much" asks for: "How much costs this ticket?".
const MEASURE = new Set(['cost', 'weigh']);

/**
 * "When starts the film?", "Where lives your brother?", "How works this filter?", "How much costs this ticket?": a
 * lexical verb before its subject after a question word that cannot be the subject, as German, Russian and Polish ask
 * it (*Wann beginnt der Film?*); English asks with "do" ("When does the film start?"). The subject is a name or a
 * short phrase led by a determiner, not a pronoun ("How goes it?" is an idiom).
 */
function lexicalVerbBeforeSubject(tokens: readonly Token[], text: string): Report | undefined {
  const word = tokens[0];
  if (!isWordToken(word) || !NOT_SUBJECT_WORDS.hasToken(word) || tokens[tokens.length - 1]?.text !== '?') return undefined;
  let v = 1;
  if (tokens[1]?.lower === 'long' || tokens[1]?.lower === 'often' || tokens[1]?.lower === 'much') v = 2;
  const verb = tokens[v];
  if (!isWordToken(verb) || verb.text !== verb.lower || !/^VB[DZP]$/.test(primaryTag(verb)) || isModal(verb)) return undefined;
  const base = lemma.of(verb);
  if (base === 'be' || base === 'have' || base === 'do' || INVERTING_IN_ENGLISH.has(base) || (tokens[1]?.lower === 'much' && !MEASURE.has(base))) return undefined;
  const first = tokens[v + 1];
  if (first === undefined || PRONOUN_SUBJECTS.hasToken(first) || SUBJECT_PRONOUNS.hasToken(first)) return undefined;
  const end = subjectEnds(tokens, v + 1)[0];
  if (end === undefined) return undefined;
  const subjectText = text.slice(first.start, tokens[end - 1]!.end);
  const lowered = primaryTag(first) === 'NNP' ? subjectText : subjectText[0]!.toLowerCase() + subjectText.slice(1);
  const replacement = `${DO_FOR[primaryTag(verb)]} ${lowered} ${base}`;
  return {
    start: verb.start,
    end: tokens[end - 1]!.end,
    message: `"${verb.text}" comes before its subject "${subjectText}"; an English question puts "${DO_FOR[primaryTag(verb)]}" there: "${text.slice(word.start, verb.start)}${replacement} …?".`,
    suggestions: [{ start: verb.start, end: tokens[end - 1]!.end, replacement }],
  };
}

/** The statement-order question opening the sentence, or undefined. */
function uninvertedQuestion(tokens: readonly Token[], text: string): Report | undefined {
  let q = 0;
  while (q < tokens.length && tokens[q]!.kind === 'punct') q++;
  const word = tokens[q];
  if (word === undefined || !QUESTION_WORDS.hasToken(word)) return undefined;
  let mark = q + 1;
  while (mark < tokens.length && tokens[mark]!.text !== '?') {
    if (tokens[mark]!.text === '.' || tokens[mark]!.text === '!') return undefined;
    mark++;
  }
  if (mark >= tokens.length) return undefined;
  let k = q + 1;
  if (isWordToken(tokens[k]) && NO_INVERSION_AFTER.hasToken(tokens[k]!)) return undefined;
  if (isWordToken(tokens[k]) && QUESTION_COMPLEMENTS.hasToken(tokens[k]!)) k++;
  const subject = tokens[k]!;
  let end = -1;
  let v = -1;
  for (const candidate of subjectEnds(tokens, k)) {
    let after = candidate;
    while (isWordToken(tokens[after]) && BEFORE_VERB.hasToken(tokens[after]!)) after++;
    if (after < mark && finiteAfterSubject(tokens[after], candidate === k + 1)) {
      end = candidate;
      v = after;
      break;
    }
  }
  const verb = tokens[v];
  if (verb === undefined || laterFiniteVerb(tokens, v + 1, mark)) return undefined;
  const base = lemma.of(verb);
  const after = tokens[v + 1];
  // "be", a modal, "have" before its participle and "do" before "not" or a base verb move before the subject; any other
  // verb takes "do" there.
  const moves = base === 'be' || isModal(verb) || (base === 'have' && isWordToken(after) && after.tags.includes('VBN')) || (base === 'do' && isWordToken(after) && (after.lower === 'not' || after.lower === "n't" || primaryTag(after) === 'VB'));
  const subjectText = text.slice(subject.start, tokens[end - 1]!.end);
  const lowered = subject.text === 'I' || primaryTag(subject) === 'NNP' ? subjectText : subjectText[0]!.toLowerCase() + subjectText.slice(1);
  const adverbs = text.slice(tokens[end - 1]!.end, verb.start).trim();
  const tense = DO_FOR[primaryTag(verb)] ?? (verb.tags.includes('VBD') ? 'did' : verb.tags.includes('VBZ') ? 'does' : 'do');
  const replacement = moves
    ? `${verb.text} ${lowered}${adverbs ? ` ${adverbs}` : ''}`
    : `${tense} ${lowered}${adverbs ? ` ${adverbs}` : ''} ${base}`;
  return {
    start: word.start,
    end: verb.end,
    message: `A direct question puts the auxiliary before the subject in English: "${text.slice(word.start, subject.start)}${replacement}".`,
    suggestions: [{ start: subject.start, end: verb.end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'question-without-inversion',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.85,
    description: 'A direct question in the order of a statement: "What you are doing here?", "Why you did not call?".',
    sourceHint: 'Russian, Chinese, Polish and the Romance languages, which ask a question without inverting subject and verb.',
    fixable: true,
  },
  // Plain sets for the engine, which skips sentences without a question word and a question mark.
  needs: [new Set(QUESTION_WORD_LIST), new Set(['?'])],
  detectSentence(sentence, { doc }) {
    const report = uninvertedQuestion(sentence.tokens, doc.text) ?? lexicalVerbBeforeSubject(sentence.tokens, doc.text);
    return report ? [report] : [];
  },
  examples: {
    invalid: [
      { text: 'What you are doing here?', output: 'What are you doing here?' },
      { text: 'Why you did not call me?', output: 'Why did you not call me?' },
      { text: 'Where they are going tonight?', output: 'Where are they going tonight?' },
      { text: 'How you know my name?', output: 'How do you know my name?' },
      { text: 'What this button does?', output: 'What does this button do?' },
      { text: 'How much it costs to park here?', output: 'How much does it cost to park here?' },
      { text: 'When the next train leaves?', output: 'When does the next train leave?' },
      { text: 'Where you bought these shoes?', output: 'Where did you buy these shoes?' },
      { text: 'Why the app can not open the file?', output: 'Why can the app not open the file?' },
      { text: '"What you have done?" she asked.', output: '"What have you done?" she asked.' },
      { text: 'When opens the pool on Sundays?', output: 'When does the pool open on Sundays?' },
      { text: 'How long takes the delivery to Canada?', output: 'How long does the delivery take to Canada?' },
    ],
    valid: [
      'When does the pool open on Sundays?',
      'Where lies the difference?',
      'How goes the battle?',
      'How much remains of the budget?',
      'What causes the noise?',
      'What are you doing here?',
      'Why did you not call me?',
      'How come you never called?',
      'What if it rains tomorrow?',
      'Why not ask the driver?',
      'How about the other files?',
      'What the hell was he thinking?',
      'What you said is true, isn\'t it?',
      'Who told you that?',
      'What happened to the old bridge?',
      'How many people came?',
      'What you see is what you get.',
      'Where the river bends, the town begins.',
      'Why you, of all people?',
      'How you doing?',
      'When the storm hit, where were you?',
    ],
  },
});
