import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isDeterminer, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

// A question inside a clause ("Do you know where the station is?") keeps the statement's order in English. Spanish,
// Italian, Portuguese, Russian, Polish, Chinese and Korean word the embedded question like the direct one, and MT
// keeps the direct question's order: "Do you know where is the station?", "Tell me what time is it", "I don't know how
// much costs this bag", "Can you tell me where can I buy a ticket?".

// Verbs and nouns that take a question as their object. Not "ask", after which edited English may quote a question
// without marks ("rose and asked how does it feel to be a celebrity", Brown), nor "wonder", its kin.
const EMBEDDERS = new WordSet([
  'know', 'knows', 'knew', 'understand', 'understands', 'explain', 'explains', 'explained', 'remember', 'forget', 'forgot',
  'idea', 'sure', 'certain', 'clear', 'decide', 'check', 'find', 'out', 'learn', 'discover', 'guess', 'imagine',
]);
// "ask" and "wonder" may introduce a question quoted without marks ("asked how does it feel", Brown): after them only
// "be" and a noun phrase closing the clause count ("They asked where is the nearest pharmacy."), a statement's order
// that no quoted question keeps.
const ASKING = new WordSet(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering']);
// These take the person told before the question: "tell me where …", "show us how …".
const TELLING = new WordSet(['tell', 'tells', 'told', 'show', 'shows', 'showed', 'explain', 'teach', 'remind']);
const TOLD = new WordSet(['me', 'us', 'him', 'her', 'them', 'you']);
const QUESTION_WORDS = new WordSet(['where', 'when', 'why', 'how']);
const HOW_MODIFIERS = new WordSet(['much', 'many', 'long', 'far', 'old', 'often', 'big', 'late', 'early', 'soon']);
const BE = new WordSet(['is', 'are', 'was', 'were']);
const AUXILIARIES = new WordSet(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'must', 'shall', 'may', 'might']);
const SUBJECT_PRONOUNS = new WordSet(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Where the question word opens, after an embedding word at `e` (and its person told): its index, or -1. */
function questionAfter(tokens: readonly Token[], e: number): number {
  const t = tokens[e]!;
  let q = e + 1;
  if ((TELLING.hasToken(t) || ASKING.hasToken(t)) && TOLD.has(tokens[q]?.lower ?? '')) q++;
  else if (!EMBEDDERS.hasToken(t) && !ASKING.hasToken(t)) return -1;
  // "what" is read here whatever follows it; `invertedQuestion` tells "what time is it" from "what is the matter".
  return QUESTION_WORDS.has(tokens[q]?.lower ?? '') || tokens[q]?.lower === 'what' ? q : -1;
}

/** A subject at `s`: a personal pronoun, or a noun phrase opened by a determiner or possessive, or a name; its end. */
function subjectEnd(tokens: readonly Token[], s: number): number {
  const t = tokens[s];
  if (t === undefined || t.kind !== 'word') return -1;
  if (SUBJECT_PRONOUNS.hasToken(t)) return s + 1;
  // "what is this.": a demonstrative closing the clause is a pronoun, not a determiner.
  if (PRONOUNS_AFTER_WHAT.hasToken(t) && closesClause(tokens[s + 1])) return s + 1;
  if (isDeterminer(t) || primaryTag(t) === 'NNP') {
    const end = nounPhraseEnd(tokens, s);
    // "did the update fail": a noun read first as a verb after the determiner is still the head.
    if (end <= s + 1 && isDeterminer(t) && hasNounReading(tokens[s + 1])) return s + 2;
    return end > s ? end : -1;
  }
  return -1;
}

const hasNounReading = (t: Token | undefined) => t !== undefined && t.kind === 'word' && (t.tags.includes('NN') || t.tags.includes('NNS'));

/** The subject's end, over a last noun read first as a verb when the clause closes after it ("the monthly pass."). */
function closingSubjectEnd(tokens: readonly Token[], s: number): number {
  const end = subjectEnd(tokens, s);
  return end > 0 && !closesClause(tokens[end]) && hasNounReading(tokens[end]) && closesClause(tokens[end + 1]) ? end + 1 : end;
}

// The pronouns after "what is" that close an embedded question: "what is this", "what are they".
const PRONOUNS_AFTER_WHAT = new WordSet(['this', 'that', 'it', 'these', 'those', 'he', 'she', 'they', 'you', 'we']);

/** What may follow "is he", "are you" in an embedded question: an adjective, an adverb of degree or place, a participle. */
const isPredicateStart = (t: Token | undefined) =>
  t !== undefined && t.kind === 'word' && (/^(JJ|JJR|VBG|VBN)$/.test(primaryTag(t)) || /^(so|very|too|here|there|now|still|really|always)$/.test(t.lower));

const closesClause = (t: Token | undefined) => t === undefined || (t.kind === 'punct' && /^[.?!,;:)"”]$/.test(t.text));

/** The order of the embedded question at `q` (its question word), as a report, when it is the direct question's. */
function invertedQuestion(tokens: readonly Token[], q: number, asked: boolean): Report | undefined {
  const what = tokens[q]!.lower === 'what';
  if (asked && (what || !BE.has(tokens[q + 1]?.lower ?? '') || SUBJECT_PRONOUNS.has(tokens[q + 2]?.lower ?? ''))) return undefined;
  let v = q + 1;
  if (what && tokens[v]?.lower === 'time') v++;
  else if (tokens[q]!.lower === 'how' && HOW_MODIFIERS.has(tokens[v]?.lower ?? '')) v++;
  const verb = tokens[v];
  if (verb === undefined || verb.kind !== 'word') return undefined;
  const end = AUXILIARIES.hasToken(verb) ? subjectEnd(tokens, v + 1) : closingSubjectEnd(tokens, v + 1);
  if (end < 0) return undefined;
  const subject = tokens.slice(v + 1, end).map((t) => t.text).join(' ');
  let english: string;
  let lastIndex = end - 1;
  if (BE.hasToken(verb)) {
    // "where is the station?": "be" and its subject close the clause. A bare "what" may be the subject itself ("what
    // is the matter"), so only "what time" is read.
    // A pronoun may go on with its predicate: "why are you so angry", "where are you going".
    const pronounGoesOn = end === v + 2 && SUBJECT_PRONOUNS.hasToken(tokens[v + 1]!) && isPredicateStart(tokens[end]);
    // A pronoun closing the clause cannot leave "what" the subject: "I don't know what is this."
    const pronounCloses = end === v + 2 && PRONOUNS_AFTER_WHAT.hasToken(tokens[v + 1]!) && closesClause(tokens[end]);
    if ((what && tokens[q + 1]?.lower !== 'time' && !pronounCloses) || !(closesClause(tokens[end]) || pronounGoesOn)) return undefined;
    english = `${subject} ${verb.text}`;
  } else if (AUXILIARIES.hasToken(verb)) {
    // "where can I buy", "what do you want", "when will the line open": an auxiliary, its subject, then the verb it governs.
    if (!(tokens[end]?.tags ?? []).includes('VB')) return undefined;
    if (/^(do|does|did)$/.test(verb.lower)) {
      // "where does he live" → "where he lives": the verb takes the tense "do" carried.
      lastIndex = end;
      const main = tokens[end]!;
      const form = verb.lower === 'does' ? conjugateVerb(main.lower, 'VBZ') : verb.lower === 'did' ? conjugateVerb(main.lower, 'VBD') : main.text;
      english = `${subject} ${form}`;
    } else english = `${subject} ${verb.text}`;
  } else if (!what && verb.tags.includes('VBZ') && !SUBJECT_PRONOUNS.hasToken(tokens[v + 1]!) && closesClause(tokens[end])) {
    // "how much costs this bag": a verb in -s (read first as a plural noun, "costs") before its subject, which closes
    // the clause.
    english = `${subject} ${verb.text}`;
  } else return undefined;
  const last = tokens[lastIndex]!;
  return {
    start: verb.start,
    end: last.end,
    message: `A question inside a sentence keeps the order of a statement in English: "${english}", not "${tokens.slice(v, lastIndex + 1).map((t) => t.text).join(' ')}" (the direct question's order, as Spanish, Russian or Chinese word it).`,
    suggestions: [{ start: verb.start, end: last.end, replacement: english }],
  };
}

export default defineRule({
  meta: {
    id: 'indirect-question-order',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'A question inside a sentence in the direct question\'s order: "Do you know where is the station?", "Tell me what time is it", "how much costs this bag".',
    sourceHint: 'Spanish "¿Sabes dónde está la estación?", Russian "Ты знаешь, где вокзал?", Chinese "你知道车站在哪儿吗": the embedded question worded like the direct one.',
    fixable: true,
  },
  needs: [new Set(['where', 'when', 'why', 'how', 'what'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let e = 0; e + 2 < tokens.length; e++) {
      const q = questionAfter(tokens, e);
      if (q < 0) continue;
      const report = invertedQuestion(tokens, q, ASKING.hasToken(tokens[e]!));
      if (report) reports.push(report);
      e = q;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Do you know where is the station?', output: 'Do you know where the station is?' },
      { text: 'Tell me what time is it.', output: 'Tell me what time it is.' },
      { text: 'Nobody could explain what is this.', output: 'Nobody could explain what this is.' },
      { text: 'Can you tell me where can I buy a ticket?', output: 'Can you tell me where I can buy a ticket?' },
      { text: 'I don\'t understand what do you want from me.', output: 'I don\'t understand what you want from me.' },
      { text: 'Nobody knows how much costs the new bridge.', output: 'Nobody knows how much the new bridge costs.' },
      { text: 'I have no idea where does she live now.', output: 'I have no idea where she lives now.' },
      { text: 'I don\'t know why are you so angry.', output: 'I don\'t know why you are so angry.' },
      { text: 'The tourists asked where is the nearest pharmacy.', output: 'The tourists asked where the nearest pharmacy is.' },
      { text: 'She asked me when was the last train.', output: 'She asked me when the last train was.' },
    ],
    valid: [
      'Do you know where the station is?',
      'Tell me what time it is.',
      'I know what this is.',
      'What is this?',
      'I know what it is, and so does she.',
      'Tell me who is coming tonight.',
      'I know what is happening here.',
      'He rose and asked how does it feel to be famous.',
      'She asked what was to be done.',
      'He wondered why was he ever born.',
      'They asked where the nearest pharmacy is.',
      'I know what is wrong with it.',
      'You know, where is everyone?',
      'Tell me when is good for you.',
      'I know where you live.',
      'Nobody knows what the matter is.',
      'We still don\'t know why the bridge collapsed.',
      'Show me how it works.',
      'Tell me, are you coming?',
    ],
  },
});
