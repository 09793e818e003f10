import { defineRule, type Report } from '@mtlint/engine';
import {
  argumentPhraseEnd, isAdverb, isAuxiliary, isDeterminer, isModal, isPreposition, isPronoun, isProperNoun, isSubordinator,
  isTimePhrase, isWordToken, nounSenses, primaryTag, quotedMask, type Sentence, type Token,
} from '@mtlint/text';


/** The end of the adverbial that opens the sentence ("In the capital", "On Monday", "Yesterday"), or 0 when none. */
function openingAdverbialEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!isWordToken(first)) return 0;
  // A preposition, not a subordinator: "Before the juniors entered the ring the steward announced …" opens a clause.
  // "Of the two achievements …" fronts a partitive, not an adverbial.
  if (isPreposition(first) && !isSubordinator(first) && first.lower !== 'to' && first.lower !== 'of') {
    if (!isWordToken(tokens[1]) || isPronoun(tokens[1])) return 0;
    const end = phraseWithOfEnd(tokens, 1);
    return end === 1 ? 0 : end;
  }
  // A time phrase: "Last year", "Yesterday", "Monday"; a bare noun with other senses at the start ("Time stands
  // still") is a subject.
  if (isTimePhrase(tokens, 0)) {
    const end = argumentPhraseEnd(tokens, 0);
    const onlyTime = nounSenses(first.lower).every((s) => s === 'noun.time');
    return end > 1 || first.tags.includes('RB') || onlyTime ? end : 0;
  }
  return 0;
}

/** A noun phrase that can be a subject: led by a determiner, a number, an adjective or a name. */
const opensSubject = (t: Token | undefined): t is Token =>
  t !== undefined && (t.kind === 'number' || (isWordToken(t) && (isDeterminer(t) || isProperNoun(t) || /^(JJ|CD|NNS)$/.test(primaryTag(t)))));

/** The end of the noun phrase at `from` with its "of" phrases: "the north of the country", "hundreds of fishermen". */
function phraseWithOfEnd(tokens: readonly Token[], from: number): number {
  let end = argumentPhraseEnd(tokens, from);
  while (end > from && isWordToken(tokens[end]) && tokens[end]!.lower === 'of') {
    const next = argumentPhraseEnd(tokens, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

function detect(sentence: Sentence, text: string): Report[] {
  const tokens = sentence.tokens;
  const adverbialEnd = openingAdverbialEnd(tokens);
  if (adverbialEnd === 0) return [];
  const verb = tokens[adverbialEnd];
  if (!isWordToken(verb) || quotedMask(sentence)[adverbialEnd] || isAuxiliary(verb) || isModal(verb)) return [];
  const tag = primaryTag(verb);
  if (!(tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || (tag === 'VBN' && verb.tags.includes('VBD')))) return [];
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
  if (between === 0 && !objectAfter) return [];
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
    ],
  },
});
