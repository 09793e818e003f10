import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isModal, isPastForm, isPreposition, isProperNoun, isWordToken, lemma, nounSenses, nounSingular, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';
import { nounPhraseAfterDeterminerEnd, SUBJECT_PRONOUNS } from '../../clause-order.js';

// Chinese and Japanese open a sentence with its topic and say the rest about it (这个问题，我们下周解决; この件は心配
// しなくていい), and MT keeps the topic in front with a comma: "This problem, we will solve it next week.", "This
// question, you should not worry." English makes the topic the object where the clause needs it: "We will solve this
// problem next week", "You should not worry about this question".

// Demonstratives and possessives that open a topic; "the" opens appositions and vocatives as often ("The answer, I
// think, …") and is left to the resumptive pronoun to decide.
const TOPIC_OPENERS = new WordSet(['this', 'that', 'these', 'those', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its']);
// Verbs that take their object with "about" or "of", so that a clause ending in one leaves the topic without a place:
// "This question, you should not worry." → "worry about this question".
const ABOUT_VERBS = new WordSet(['worry', 'care', 'complain', 'panic', 'hear', 'talk', 'think']);
const SENSE_NOT_TOPIC = new Set(['noun.time', 'noun.person']);

/** The capitalised first letter of `s`: the clause's subject now opens the sentence. */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The clause after the topic's comma at `from`: a subject (a pronoun, a name, a plural or a phrase led by a
 * determiner) and a finite verb or modal within its first four words; the index of the verb, or -1.
 */
function clauseVerb(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!isWordToken(first) || !(SUBJECT_PRONOUNS.hasToken(first) || isProperNoun(first) || isDeterminer(first) || primaryTag(first) === 'NNS')) return -1;
  for (let k = from + 1; k < tokens.length && k <= from + 4; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return -1;
    // A past the lexicon reads first as its participle counts ("the driver left"), a base form it also reads as a
    // present ("customers complain"), and a plural noun that is also a present after a singular ("the city plans").
    const present = (primaryTag(t) === 'VB' && t.tags.includes('VBP')) || (t.tags.includes('VBZ') && primaryTag(tokens[k - 1]) === 'NN');
    if (isWordToken(t) && (isModal(t) || isFiniteVerb(t) || isPastForm(t) || present)) return k;
  }
  return -1;
}

/** The report of the topic `topic` over [start, end), rewritten as `replacement`. */
function topicReport(topic: string, start: number, end: number, why: string, replacement: string): Report {
  return {
    start,
    end,
    message: `"${topic}" stands before the clause as its topic, and ${why}; English makes it the object: "${replacement} …".`,
    suggestions: [{ start, end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'fronted-topic',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.7,
    description: 'A topic set before the clause with a comma and taken up again by "it" or "them", or left without its preposition: "This problem, we will solve it next week".',
    sourceHint: 'Chinese and Japanese topic-comment sentences (这个问题，我们下周解决; この件は心配しなくていい).',
    fixable: false,
  },
  needs: [(t) => t.text === ','],
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const text = ctx.doc.text;
    const first = tokens[0];
    if (!isWordToken(first) || !TOPIC_OPENERS.hasToken(first)) return [];
    const topicEnd = nounPhraseAfterDeterminerEnd(tokens, 0);
    const head = tokens[topicEnd - 1];
    if (topicEnd < 2 || tokens[topicEnd]?.text !== ',' || !isWordToken(head) || !/^NNS?$/.test(primaryTag(head))) return [];
    // A time ("That night, we …") or a person ("My brother, he …", "The doctor, you …" a vocative) is no such topic.
    const senses = nounSenses(nounSingular.of(head));
    if (senses.length === 0 || senses.some((s) => SENSE_NOT_TOPIC.has(s))) return [];
    const verb = clauseVerb(tokens, topicEnd + 1);
    if (verb < 0 || quotedMask(sentence)[0]) return [];
    const plural = primaryTag(head) === 'NNS';
    const topic = text.slice(first.start, head.end);
    const asObject = isProperNoun(first) ? topic : first.text.charAt(0).toLowerCase() + topic.slice(1);
    const clauseStart = tokens[topicEnd + 1]!;
    const clause = (to: Token) => capitalised(text.slice(clauseStart.start, to.end));
    // No second comma in the clause: "The plan, he said, will …" is a parenthesis.
    for (let k = verb + 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct') {
        // The clause ends in a verb that takes its object with "about": the topic has no place in it.
        const last = tokens[k - 1]!;
        if (k === tokens.length - 1 && k - 1 >= verb && isWordToken(last) && last.tags.includes('VB') && ABOUT_VERBS.has(lemma.of(last))) {
          return [topicReport(topic, first.start, last.end, `the clause ends in "${last.text}" without it`, `${clause(last)} about ${asObject}`)];
        }
        return [];
      }
      // The topic taken up again as the object of a verb or a preposition: "solve it", "ask for them".
      const before = tokens[k - 1];
      if ((plural ? t.lower === 'them' : t.lower === 'it') && isWordToken(before) && (before.tags.some((tag) => tag.startsWith('VB')) || isPreposition(before))) {
        return [topicReport(topic, first.start, t.end, `"${t.text}" takes it up again`, `${clause(tokens[k - 1]!)} ${asObject}`)];
      }
    }
    return [];
  },
  examples: {
    invalid: [
      { text: 'This invoice, we will send it again tomorrow.', output: 'We will send this invoice again tomorrow.' },
      { text: 'These boxes, the driver left them at the gate.', output: 'The driver left these boxes at the gate.' },
      { text: 'The refund, you do not have to worry.', output: 'You do not have to worry about the refund.' },
    ],
    valid: [
      'We will send this invoice again tomorrow.',
      'That night, we slept in the car.',
      'My brother, he said, will come later.',
      'The doctor, you know, is always late.',
      'This plan, however, needs more work.',
      'The car, which my father bought, still runs.',
      'The box, it seems, was empty.',
      'That evening, we told it to the police.',
      'The answer, I think, is no.',
      'This book, I really enjoyed.',
    ],
  },
});
