import { defineRule, type Report } from '@mtlint/engine';
import {
  isAuxiliary, isDeterminer, isFiniteVerb, isModal, isPreposition, isProperNoun, isVerb, isWordToken, nounPhraseEnd,
  nounSenses, primaryTag, quotedMask, type Sentence, type Token,
} from '@mtlint/text';

/** The clause ends after this token: sentence end, or punctuation other than an apostrophe. */
const endsClause = (tokens: readonly Token[], i: number) => {
  const next = tokens[i + 1];
  return next === undefined || (next.kind === 'punct' && /^[.,;:!?…)]/.test(next.text));
};

/**
 * A. "Mr Smith, the report praised." — subject, comma, object and the finite verb last. The stretch before the
 * comma is a bare noun phrase (not a time phrase, not a clause) and no other finite verb stands in the sentence.
 */
function subjectObjectVerb(sentence: Sentence, quoted: boolean[]): Report[] {
  const tokens = sentence.tokens;
  const last = tokens.length - 1;
  const finalPunct = tokens[last];
  if (!sentence.terminated || finalPunct?.text !== '.') return [];
  const verbAt = last - 1;
  const verb = tokens[verbAt];
  if (!isWordToken(verb) || quoted[verbAt] || !/^(VBD|VBN|VBZ)$/.test(primaryTag(verb)) || !verb.tags.includes('VBD') && primaryTag(verb) !== 'VBZ') return [];
  if (tokens.some((t, i) => i < verbAt && isWordToken(t) && isFiniteVerb(t) && !quoted[i] && t.tags[0] !== 'VBN')) return [];
  // The object: a determiner-led or name noun phrase right before the verb, right after a comma.
  let objectStart = verbAt - 1;
  while (objectStart > 0 && tokens[objectStart - 1]!.kind !== 'punct') objectStart--;
  const comma = tokens[objectStart - 1];
  if (comma?.text !== ',' || objectStart === verbAt) return [];
  if (nounPhraseEnd(tokens, objectStart, 8) !== verbAt) return [];
  const objectHead = tokens[objectStart]!;
  if (!isDeterminer(objectHead) && !isProperNoun(objectHead) && primaryTag(objectHead) !== 'PRP') return [];
  // The subject: the noun phrase that ends at the comma, a person or organisation rather than a time or place phrase.
  let subjectStart = objectStart - 2;
  while (subjectStart > 0 && tokens[subjectStart - 1]!.kind !== 'punct') subjectStart--;
  if (subjectStart < 0 || nounPhraseEnd(tokens, subjectStart, 8) !== objectStart - 1) return [];
  const subjectHead = tokens[objectStart - 2]!;
  if (nounSenses(subjectHead.lower).some((s) => s === 'noun.time' || s === 'noun.location')) return [];
  if (subjectStart > 0 && tokens[subjectStart - 1]!.text !== ',') return [];
  const subject = sentenceSlice(sentence, subjectStart, objectStart - 2);
  const object = sentenceSlice(sentence, objectStart, verbAt - 1);
  return [
    {
      start: tokens[subjectStart]!.start,
      end: verb.end,
      message: `The verb "${verb.text}" comes last, after its object, as in a German or Turkish clause; English says subject, verb, object.`,
      suggestions: [{ start: tokens[subjectStart]!.start, end: verb.end, replacement: `${subject} ${verb.text} ${object}` }],
    },
  ];
}

function sentenceSlice(sentence: Sentence, from: number, to: number): string {
  let out = '';
  for (let i = from; i <= to; i++) {
    const t = sentence.tokens[i]!;
    const prev = sentence.tokens[i - 1];
    out += (i > from && prev && prev.end < t.start ? ' ' : '') + t.text;
  }
  return out;
}

/**
 * B. "so that experts it check could", "that prices next year rise will", "which the engineers repaired have":
 * a modal or auxiliary closing the clause right after the verb it governs. English never puts it there.
 */
function auxiliaryAfterVerb(sentence: Sentence, quoted: boolean[]): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const aux = tokens[i]!;
    const verb = tokens[i - 1]!;
    if (!isWordToken(aux) || !isWordToken(verb) || quoted[i]) continue;
    if (!(isModal(aux) || (isAuxiliary(aux) && /^(have|has|had|is|are|was|were|will)$/.test(aux.lower)))) continue;
    if (!endsClause(tokens, i)) continue;
    // A noun reading of the word before ("the rise will") needs a determiner or adjective before it.
    const before = tokens[i - 2];
    const nounContext = before !== undefined && (isDeterminer(before) || /^(JJ|PRP\$|POS)$/.test(primaryTag(before)));
    const governs = isModal(aux)
      ? verb.tags.includes('VB') && /^(VB|VBP|NN)$/.test(primaryTag(verb)) && !nounContext
      : primaryTag(verb) === 'VBN' || (primaryTag(verb) === 'VBD' && verb.tags.includes('VBN'));
    if (!governs || isAuxiliary(verb) || isModal(verb)) continue;
    reports.push({
      start: verb.start,
      end: aux.end,
      message: `"${aux.text}" closes the clause after "${verb.text}"; English puts the ${isModal(aux) ? 'modal' : 'auxiliary'} before the verb.`,
      suggestions: [{ start: verb.start, end: aux.end, replacement: `${aux.text} ${verb.text}` }],
    });
  }
  return reports;
}

/**
 * C. "offered it to independent bodies could, in order to check": a modal with no verb after it, whose only
 * possible subject is the object of a preposition. Ellipsis ("if they could", "than the state can") has a subject.
 */
function strandedModal(sentence: Sentence, quoted: boolean[]): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const modal = tokens[i]!;
    if (!isWordToken(modal) || !isModal(modal) || quoted[i] || !endsClause(tokens, i)) continue;
    // Walk back over the noun phrase before the modal to what governs it.
    let start = i - 1;
    while (start > 0 && /^(NN|NNS|JJ|DT|PRP\$|CD)$/.test(primaryTag(tokens[start - 1]))) start--;
    if (!/^NNS?$/.test(primaryTag(tokens[i - 1]))) continue;
    const governor = tokens[start - 1];
    if (!isWordToken(governor) || !isPreposition(governor) || governor.lower === 'than' || governor.lower === 'as') continue;
    if (isVerb(governor)) continue;
    reports.push({
      start: tokens[start]!.start,
      end: modal.end,
      message: `"${modal.text}" has no verb after it and no subject before it; the clause's verb was probably moved to its end or dropped.`,
      confidence: 0.7,
    });
  }
  return reports;
}

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
  detectSentence(sentence) {
    const quoted = quotedMask(sentence);
    return [...subjectObjectVerb(sentence, quoted), ...auxiliaryAfterVerb(sentence, quoted), ...strandedModal(sentence, quoted)];
  },
  examples: {
    invalid: [
      { text: 'At the summit on Friday, the chancellor, the proposal rejected.', output: 'At the summit on Friday, the chancellor rejected the proposal.' },
      { text: 'The opposition, the new budget attacked.', output: 'The opposition attacked the new budget.' },
      { text: 'They sent the samples to a laboratory so that experts it check could.', output: 'They sent the samples to a laboratory so that experts it could check.' },
      { text: 'Analysts expect that prices next year rise will.', output: 'Analysts expect that prices next year will rise.' },
      { text: 'The bridge, which the engineers last week repaired have, is open again.', output: 'The bridge, which the engineers last week have repaired, is open again.' },
      { text: 'The ministry sent the files to outside auditors could, in order to review them.' },
    ],
    valid: [
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
    ],
  },
});
