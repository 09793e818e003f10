import { defineRule, type Report } from '@mtlint/engine';
import {
  isAdverb, isDeterminer, isModal, isPerfectAuxiliary, isPronoun, isProperNoun, isSubordinator, isWordToken, lemma,
  nounPhraseEnd, nounSenses, primaryTag, type Token,
} from '@mtlint/text';

// Verbs that link to a complement ("has become used to", "has remained closed"): a second participle after them is normal.
const LINKING = new Set(['be', 'become', 'remain', 'get', 'go', 'seem', 'stay', 'prove', 'turn', 'grow', 'feel', 'look', 'keep', 'come']);

/** A word read first as a participle or past tense that can be a participle: "filed", "revised". */
const isVerbalParticiple = (t: Token | undefined): t is Token =>
  isWordToken(t) && (primaryTag(t) === 'VBN' || primaryTag(t) === 'VBD') && t.tags.includes('VBN');
/** The same, excluding participles that are also adjectives ("closed", "known", "used"). */
const isPureParticiple = (t: Token | undefined): t is Token => isVerbalParticiple(t) && !t.tags.includes('JJ');

// "this week", "last year": a time phrase after the participle is not its object.
function isTimePhrase(tokens: readonly Token[], i: number): boolean {
  const head = tokens[nounPhraseEnd(tokens, i) - 1];
  return head !== undefined && head.index >= i && nounSenses(head.lower).includes('noun.time');
}

/** Where the participle's own object starts, if one follows it: "filed a claim", "approved the plan". */
function takesObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (!isWordToken(next)) return false;
  return (isDeterminer(next) || isProperNoun(next)) && !isTimePhrase(tokens, i);
}

function move(aux: Token, participle: Token, text: string): string {
  const between = text.slice(aux.end, participle.start).trim();
  return `${aux.text} ${participle.text} ${between}`;
}

export default defineRule({
  meta: {
    id: 'participle-after-object',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'A past participle pushed behind its object or other words, away from its auxiliary "have".',
    sourceHint: 'German perfect tense puts the participle last: "hat den Vorschlag abgelehnt" ("has the proposal rejected").',
    fixable: false,
  },
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const text = ctx.doc.text;
    for (let i = 1; i < tokens.length - 2; i++) {
      const aux = tokens[i]!;
      if (!isWordToken(aux) || !isPerfectAuxiliary(aux)) continue;
      const before = tokens[i - 1]!;
      // Questions and inversions ("Has the board approved …?", "Had they known, …") and causatives
      // after "to" or a modal ("to have the car repaired") are English word order.
      if (!isWordToken(before) || isSubordinator(before) || isModal(before) || before.lower === 'to') continue;
      if (!(/^NN|^PRP$|^RB/.test(primaryTag(before)))) continue;

      // 1. have + noun phrase(s) + participle.
      let j = i + 1;
      while (isAdverb(tokens[j]!) && j < tokens.length - 1) j++;
      const firstEnd = nounPhraseEnd(tokens, j);
      if (firstEnd > j) {
        const secondEnd = nounPhraseEnd(tokens, firstEnd);
        const participleAt = secondEnd > firstEnd ? secondEnd : firstEnd;
        const participle = tokens[participleAt];
        if (isVerbalParticiple(participle) && !isPronoun(tokens[j]!)) {
          const twoPhrases = secondEnd > firstEnd;
          const objectAfter = takesObject(tokens, participleAt + 1);
          const bareNoun = firstEnd - j === 1 && /^NNS?$/.test(primaryTag(tokens[j]));
          const atEnd = participleAt === tokens.length - 1 || tokens[participleAt + 1]!.kind === 'punct';
          if (twoPhrases || objectAfter) {
            const suggestions = [];
            // A bare noun wedged before a participle that has its own object is stray: drop it.
            if (objectAfter && bareNoun && !twoPhrases) {
              suggestions.push({ start: aux.start, end: participle.end, replacement: `${aux.text} ${participle.text}` });
            }
            suggestions.push({ start: aux.start, end: participle.end, replacement: move(aux, participle, text) });
            reports.push({
              start: aux.start,
              end: participle.end,
              message: `"${participle.text}" stands after the words it should precede; English puts the participle right after "${aux.text}".`,
              suggestions,
            });
            i = participleAt;
            continue;
          }
          if (atEnd && sentence.terminated && primaryTag(tokens[j]) === 'DT' && tokens[j]!.lower === 'the') {
            // "has the plan approved." is also a causative ("has the car repaired"): report as a hint.
            reports.push({
              start: aux.start,
              end: participle.end,
              message: `"${participle.text}" closes the clause; unless this is a causative ("had the car repaired"), English puts it right after "${aux.text}".`,
              confidence: 0.4,
              suggestions: [{ start: aux.start, end: participle.end, replacement: move(aux, participle, text) }],
            });
            i = participleAt;
            continue;
          }
        }
      }

      // 2. have + participle + participle: "has always left again denied" — two verbs for one auxiliary.
      let k = i + 1;
      while (isWordToken(tokens[k]) && isAdverb(tokens[k]!)) k++;
      const first = tokens[k];
      if (isVerbalParticiple(first) && !LINKING.has(lemma(first.lower))) {
        let m = k + 1;
        while (isWordToken(tokens[m]) && isAdverb(tokens[m]!)) m++;
        const second = tokens[m];
        if (isPureParticiple(second) && m > k + 1) {
          reports.push({
            start: first.start,
            end: second.end,
            message: `Two participles, "${first.text}" and "${second.text}", hang on one auxiliary; one is probably a mistranslated word.`,
            mqmSeverity: 'major',
          });
          i = m;
        }
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      {
        text: 'The airline has tickets cancelled the flights to Rome.',
        output: 'The airline has cancelled the flights to Rome.',
      },
      {
        text: 'Yesterday the council has the mayor the proposal rejected.',
        output: 'Yesterday the council has rejected the mayor the proposal.',
      },
      { text: 'The bank has its forecast revised the figures for June.', output: 'The bank has revised its forecast the figures for June.' },
      { text: 'The ministry has always taken again denied the reports.' },
    ],
    valid: [
      'She has her car repaired every spring.',
      'He has two reports finished and one to go.',
      'The company has the resources needed to expand.',
      'Has the committee approved the plan?',
      'They had their homes destroyed this week.',
      'The team has become used to winning.',
      'The museum has remained closed since March.',
      'He would have the documents signed by Friday.',
      'The firm has filed a complaint against the ministry.',
      'The government has the powers granted by parliament.',
    ],
  },
});
