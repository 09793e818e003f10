import { defineRule, type Report } from '@mtlint/engine';
import { hasFiniteReading, isDeterminer, isFiniteVerb, isModal, isPreposition, isTimePhrase, isWordToken, lemma, nounPhraseEnd, nounSenses, primaryTag, type Token, WordSet } from '@mtlint/text';

// Verbs of reporting and judging that English does not put before their subject in a tag after reported speech. Left
// out: the verbs of quotation English does invert, mostly after a quotation ("said the minister", "added", "asked",
// "replied", "explained", "recalled", "noted", "wrote", "declared", "admitted"), and verbs whose object is often a person or
// a body ("criticised the opposition", "warned the council", "informed the police"): there the noun after the comma
// may be the object of a second verb phrase ("He resigned, criticised the board").
const REPORTING_VERBS = new WordSet([
  'decide', 'rule', 'estimate', 'assume', 'believe', 'fear', 'stress', 'emphasise', 'emphasize', 'underline', 'underscore',
  'confirm', 'report', 'announce', 'state', 'conclude', 'think', 'expect', 'suppose', 'hope', 'claim', 'predict', 'forecast',
  'suspect', 'doubt', 'calculate', 'comment', 'clarify', 'specify', 'assure',
]);
// A speaker: a person, a body, or a name ("the court", "a spokesman", "the investigators", "Eurostat").
const SPEAKER_SENSES = new WordSet(['noun.person', 'noun.group']);
const QUOTES = /["“”«»„]/u;

// Bodies WordNet files only as things: "the airline", "the railway", "the airport".
const ORGANISATIONS = new WordSet(['airline', 'airlines', 'railway', 'railways', 'airport', 'airports']);
const POSSESSIVE_MARKS = new WordSet(["'", '’', "'s", '’s']);
const isSpeaker = (head: Token) =>
  primaryTag(head) === 'NNP' || primaryTag(head) === 'NNPS' || ORGANISATIONS.hasToken(head) || nounSenses(head.lower).some((s) => SPEAKER_SENSES.has(s));

/**
 * The speaker's phrase after `from`, its head and where it ends, with an "of" phrase ("a spokesman of the company"). The phrase
 * opens with a determiner: fiction inverts a verb of thinking before a name ("She's got guts, thought Keith"), and a
 * bare name may be a day ("…, reported Tuesday").
 */
function speakerPhrase(tokens: readonly Token[], from: number): { head: number; end: number } | undefined {
  if (!isDeterminer(tokens[from]!)) return undefined;
  let end = nounPhraseEnd(tokens, from);
  // A possessive goes on to its noun: "the tenants’ association", "the city's council".
  while (end > from && tokens[end] !== undefined && POSSESSIVE_MARKS.hasToken(tokens[end]!) && nounPhraseEnd(tokens, end + 1) > end + 1) end = nounPhraseEnd(tokens, end + 1);
  const head = end - 1;
  if (end === from || !isSpeaker(tokens[head]!)) return undefined;
  if (tokens[end]?.lower === 'of') {
    const ofEnd = nounPhraseEnd(tokens, end + 1);
    if (ofEnd > end + 1) end = ofEnd;
  }
  return { head, end };
}

/** What may close the tag after the speaker: nothing, a time ("on Sunday", "yesterday") or a prepositional phrase. */
function tagTailFits(tokens: readonly Token[], from: number, last: number): boolean {
  if (from === last) return true;
  const first = tokens[from]!;
  if (!isWordToken(first)) return false;
  if (!(isPreposition(first) || isTimePhrase(tokens, from) || primaryTag(first) === 'RB')) return false;
  for (let k = from; k < last; k++) if (!isWordToken(tokens[k]) && tokens[k]!.kind !== 'number') return false;
  return true;
}

/** Whether a finite verb of the same number as the speaker: "estimates the institute", "assume the investigators". */
function agrees(verb: Token, head: Token): boolean {
  const plural = primaryTag(head) === 'NNS' || primaryTag(head) === 'NNPS';
  if (verb.tags.includes('VBD')) return true;
  return plural ? verb.tags.includes('VBP') : verb.tags.includes('VBZ');
}

export default defineRule({
  meta: {
    id: 'reporting-verb-before-subject',
    category: 'fluency/word-order',
    severity: 'minor',
    confidence: 0.8,
    description: 'A reporting verb before its subject in a tag after reported speech: "The bridge stays closed, decided the council."',
    sourceHint: 'German and Russian put the verb of a following tag first ("…, entschied das Gericht"; "…, сообщили в полиции").',
    fixable: true,
  },
  needs: [new Set([',']), (t) => REPORTING_VERBS.has(lemma.of(t))],
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    const last = tokens.length - 1;
    // The tag closes the sentence: its final mark is a full stop (a question or quotation is another thing).
    if (last < 4 || tokens[last]!.text !== '.') return [];
    const reports: Report[] = [];
    for (let c = 2; c + 2 < last; c++) {
      if (tokens[c]!.text !== ',') continue;
      const verb = tokens[c + 1]!;
      // The lexicon reads "estimates" first as a noun and "assume" as a base form: before the speaker they are the
      // finite verb (no reporting verb is a modal, so an MD reading adds nothing here).
      if (!isWordToken(verb) || verb.text !== verb.lower || !REPORTING_VERBS.has(lemma.of(verb)) || !hasFiniteReading(verb)) continue;
      // After a quotation English inverts many verbs ("…,” reported the committee); a clause with no finite verb
      // of its own is no reported speech; a tag in the middle ("Each year, reports the society, …") is English.
      if (QUOTES.test(doc.text.slice(sentence.start, verb.start))) continue;
      if (!tokens.slice(0, c).some((t) => isWordToken(t) && (isFiniteVerb(t) || isModal(t)))) continue;
      const phrase = speakerPhrase(tokens, c + 2);
      if (phrase === undefined || !agrees(verb, tokens[phrase.head]!) || !tagTailFits(tokens, phrase.end, last)) continue;
      const end = phrase.end;
      const speaker = doc.text.slice(tokens[c + 2]!.start, tokens[end - 1]!.end);
      reports.push({
        start: verb.start,
        end: tokens[end - 1]!.end,
        message: `English puts the speaker first in a tag after reported speech: "${speaker} ${verb.text}", not "${verb.text} ${speaker}".`,
        suggestions: [{ start: verb.start, end: tokens[end - 1]!.end, replacement: `${speaker} ${verb.text}` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The ferry will not sail before Monday, decided the harbour authority.', output: 'The ferry will not sail before Monday, the harbour authority decided.' },
      { text: 'Rents in the city will rise again next year, estimates the tenants’ association.', output: 'Rents in the city will rise again next year, the tenants’ association estimates.' },
      { text: 'The fire was probably caused by a short circuit, assume the experts.', output: 'The fire was probably caused by a short circuit, the experts assume.' },
      { text: 'The museum will reopen in June, announced a spokeswoman of the city on Tuesday.', output: 'The museum will reopen in June, a spokeswoman of the city announced on Tuesday.' },
      { text: 'Nobody was injured, confirmed the police.', output: 'Nobody was injured, the police confirmed.' },
      { text: 'The strike is illegal, ruled the labour court in Frankfurt.', output: 'The strike is illegal, the labour court ruled in Frankfurt.' },
    ],
    valid: [
      'The ferry will not sail before Monday, the harbour authority decided.',
      '“We are closing the line,” announced the railway.',
      'Each year, reports the medical society, millions of people buy vitamins.',
      'He read the report, confirmed the figures and signed.',
      'The minister resigned, criticised the board and left the party.',
      'The strike is over, said the union.',
      'The talks went well, added the minister.',
      'The plan failed, and the council decided to try again.',
      'Prices rose, reported the newspaper?',
      'The results were clear, stated the obvious and moved on.',
    ],
  },
});
