import { defineRule, type Report } from '@mtlint/engine';
import {
  argumentPhraseEnd, isAdverb, isAuxiliary, isDeterminer, isModal, isPreposition, isPronoun, isProperNoun, isTimePhrase,
  isWordToken, lemma, primaryTag, quotedMask, takesIndirectQuestion, type Sentence, type Token, WordSet,
} from '@mtlint/text';
import { openingAdverbialEnd, phraseWithOfEnd } from '../../clause-order.js';

/** A noun phrase that can be a subject: led by a determiner, a number, an adjective or a name. */
const opensSubject = (t: Token | undefined): t is Token =>
  t !== undefined && (t.kind === 'number' || (isWordToken(t) && (isDeterminer(t) || isProperNoun(t) || /^(JJ|CD|NNS)$/.test(primaryTag(t)))));

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
  if (!(isModal(aux) || lemma(aux.lower) === 'have') || tokens[tokens.length - 1]?.text === '?') return [];
  if (tokens.slice(0, at).some((t) => INVERTING.has(t.lower))) return [];
  const subjectStart = at + 1;
  if (!opensSubject(tokens[subjectStart]) || isPronoun(tokens[subjectStart]!)) return [];
  const subjectEnd = phraseWithOfEnd(tokens, subjectStart);
  if (subjectEnd === subjectStart) return [];
  // The verb the auxiliary governs, later in the same clause: a participle after "have"; after a modal a base form,
  // or the clause's last word read as one ("its figures present").
  let governed = false;
  let k = subjectEnd;
  for (; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) {
    const t = tokens[k]!;
    if (isModal(aux) ? primaryTag(t) === 'VB' : primaryTag(t) === 'VBN' || (primaryTag(t) === 'VBD' && t.tags.includes('VBN'))) governed = true;
  }
  if (isModal(aux) && k > subjectEnd && tokens[k - 1]!.tags.includes('VB')) governed = true;
  if (!governed) return [];
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

function detect(sentence: Sentence, text: string): Report[] {
  const tokens = sentence.tokens;
  const adverbialEnd = openingAdverbialEnd(tokens);
  if (adverbialEnd === 0) return [];
  const verb = tokens[adverbialEnd];
  if (!isWordToken(verb) || quotedMask(sentence)[adverbialEnd]) return [];
  if (isAuxiliary(verb) || isModal(verb)) return auxiliaryBeforeSubject(tokens, adverbialEnd, text);
  const tag = primaryTag(verb);
  // A past tense the lexicon reads first as an adjective ("celebrated") is a verb before a determiner.
  const pastBeforeDeterminer = verb.tags.includes('VBD') && isWordToken(tokens[adverbialEnd + 1]) && isDeterminer(tokens[adverbialEnd + 1]!);
  if (!(tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || (tag === 'VBN' && verb.tags.includes('VBD')) || pastBeforeDeterminer)) return [];
  // A word that can also be a noun may close a compound ("For mosquito bites a paste …"), unless a time phrase or
  // adverb follows it ("fell yesterday heavy snow").
  const nounReading = (verb.tags.includes('NN') || verb.tags.includes('NNS')) && /^NN/.test(primaryTag(tokens[adverbialEnd - 1]));
  // What stands between verb and subject: time phrases and adverbs ("demonstrated on Saturday several thousand people").
  let k = adverbialEnd + 1;
  let between = 0;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    if (!isWordToken(t)) break;
    if (isAdverb(t)) {
      k++;
      between++;
    } else if (isPreposition(t) && isTimePhrase(tokens, k + 1)) {
      k = argumentPhraseEnd(tokens, k + 1);
      between++;
    } else if (isTimePhrase(tokens, k)) {
      k = argumentPhraseEnd(tokens, k);
      between++;
    } else break;
  }
  if (nounReading && between === 0) return [];
  const subjectStart = k;
  const subjectFirst = tokens[subjectStart];
  if (!opensSubject(subjectFirst)) return [];
  // A bare adjective or plural right after the verb is more often its object ("cherished achievements").
  if (between === 0 && isWordToken(subjectFirst) && /^(JJ|NNS)$/.test(primaryTag(subjectFirst))) return [];
  const subjectEnd = phraseWithOfEnd(tokens, subjectStart);
  if (subjectEnd === subjectStart) return [];
  // English fronts a place and inverts an intransitive verb of position or motion ("In the corner stood a lamp"),
  // with nothing between verb and subject and nothing after the subject. German keeps the verb second before any
  // subject: a time phrase or adverb between verb and subject, or an object after the subject, is not English.
  const objectAfter = isWordToken(tokens[subjectEnd]) && (isDeterminer(tokens[subjectEnd]!) || isProperNoun(tokens[subjectEnd]!));
  // A verb that takes a clause, with "that" after the subject: "Last week announced the firm that it …" (a locative
  // inversion has an intransitive verb; its subject may take a relative "that": "In the corner stood a lamp that …").
  const clauseAfter = tokens[subjectEnd]?.lower === 'that' && takesIndirectQuestion(verb);
  if (between === 0 && !objectAfter && !clauseAfter) return [];
  const subject = text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end);
  const middle = subjectStart > adverbialEnd + 1 ? ` ${text.slice(tokens[adverbialEnd + 1]!.start, tokens[subjectStart - 1]!.end)}` : '';
  return [
    {
      start: verb.start,
      end: tokens[subjectEnd - 1]!.end,
      message: `The verb "${verb.text}" comes before its subject "${subject}", as in German main clauses after an opening phrase; English puts the subject first.`,
      suggestions: [{ start: verb.start, end: tokens[subjectEnd - 1]!.end, replacement: `${subject} ${verb.text}${middle}` }],
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
    return detect(sentence, ctx.doc.text);
  },
  examples: {
    invalid: [
      { text: 'On Tuesday published the agency its annual report.', output: 'On Tuesday the agency published its annual report.' },
      { text: 'In the port protested last week hundreds of fishermen.', output: 'In the port hundreds of fishermen protested last week.' },
      { text: 'Last year sold the company its old headquarters.', output: 'Last year the company sold its old headquarters.' },
      { text: 'In Leipzig opened on Saturday a new library.', output: 'In Leipzig a new library opened on Saturday.' },
      { text: 'Yesterday has the jury its verdict announced.', output: 'Yesterday the jury has its verdict announced.' },
      { text: 'Next spring will the city two new schools open.', output: 'Next spring the city will two new schools open.' },
      { text: 'On the weekend celebrated the village its anniversary.', output: 'On the weekend the village celebrated its anniversary.' },
      { text: 'Last week announced the bank that it would close ten branches.', output: 'Last week the bank announced that it would close ten branches.' },
    ],
    valid: [
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
      'In 2019 had the club three coaches.',
      'In the corner stood a lamp that nobody used.',
    ],
  },
});
