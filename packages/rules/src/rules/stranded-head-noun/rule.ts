import { defineRule, type Report } from '@mtlint/engine';
import {
  canBeInfinitive, isCommonNoun, isCoordinator, isDeterminer, isFiniteVerb, isModal, isPreposition, isProperNoun, isVerb, isWordToken,
  nounPhraseEnd, primaryTag, type Token,
} from '@mtlint/text';

// German writes a modified noun as one compound ("US-Behörden", "EU-Staaten"). A translation that splits the
// compound can leave the modifier where the compound stood and move the head noun to the end of the infinitive
// clause, where German had its verb: "asked the EU to exclude states, Hungary from the vote". The
// head noun then stands bare after the infinitive, followed by a comma and the infinitive's real object, which
// goes on into a prepositional phrase. English never puts a bare plural noun there: after "to exclude", a noun is
// the object, and a second object after a comma is a list or a speech tag.

/** Whether tokens[from, end) contains a word that opens a list ("and", "or") or a finite verb (a speech tag). */
function listOrSpeechTag(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (isCoordinator(t) || isFiniteVerb(t) || isModal(t)) return true;
  }
  return false;
}

/** Whether the object after the comma opens like a noun phrase of its own: a name or a determiner. */
function opensObject(t: Token | undefined): boolean {
  return isWordToken(t) && (isProperNoun(t) || (isDeterminer(t) && t.lower !== 'all' && t.lower !== 'each'));
}

/** Whether the words before "to" (token `to`) are a noun phrase that is the object of a verb or of "on" ("called on"). */
function afterVerbObject(tokens: readonly Token[], to: number): boolean {
  let k = to - 1;
  if (!/^NN/.test(primaryTag(tokens[k]))) return false;
  while (k > 0 && /^(NN|NNS|NNP|NNPS|JJ|DT)$/.test(primaryTag(tokens[k - 1]))) k--;
  const governor = tokens[k - 1];
  return isWordToken(governor) && (isVerb(governor) || governor.lower === 'on');
}

/** Where the sentence's clause ends after `from`: the next comma, semicolon or the sentence's end. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !/^[,;:.!?]$/.test(tokens[k]!.text)) k++;
  return k;
}

export default defineRule({
  meta: {
    id: 'stranded-head-noun',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.7,
    description: 'A bare plural noun stranded after an infinitive and before a comma, where a split compound left its head: "told the US to remove authorities, the firm from …".',
    sourceHint: 'German compounds ("US-Behörden") split in translation, the head noun left at the end of the infinitive clause.',
    fixable: false,
  },
  needs: [new Set(['to']), new Set([',']), (t) => primaryTag(t) === 'NNS'],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 5 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'to') continue;
      const verb = tokens[i + 1]!;
      const noun = tokens[i + 2]!;
      if (!canBeInfinitive(verb) || primaryTag(noun) !== 'NNS' || !isCommonNoun(noun) || tokens[i + 3]!.text !== ',') continue;
      const objectStart = i + 4;
      if (!opensObject(tokens[objectStart])) continue;
      const objectEnd = nounPhraseEnd(tokens, objectStart);
      // The object goes on into a prepositional phrase ("… Hungary from the vote"), as the verb needs.
      const after = tokens[objectEnd];
      if (objectEnd === objectStart || !isWordToken(after) || !isPreposition(after) || after.lower === 'of') continue;
      if (listOrSpeechTag(tokens, objectStart, clauseEnd(tokens, objectStart))) continue;
      // The infinitive belongs to a verb's object ("asked the BBC to keep", "called on the EU to exclude"), whose
      // noun the head was split from; after "came to see" or "is to train" no compound was split.
      if (!afterVerbObject(tokens, i)) continue;
      // The modifier the head was split from, just before "to": "the US", "the EU", "the city".
      const modifier = tokens[i - 1]!;
      const movable = isProperNoun(modifier) && tokens[i - 2]?.lower === 'the';
      const start = movable ? modifier.start : verb.start;
      reports.push({
        start,
        end: tokens[objectEnd - 1]!.end,
        message: movable
          ? `"${noun.text}" stands bare between "to ${verb.text}" and its object; it belongs after "${modifier.text}": "${modifier.text} ${noun.text} to ${verb.text}".`
          : `"${noun.text}" stands bare between "to ${verb.text}" and its object, where a split compound may have left it.`,
        ...(movable
          ? { suggestions: [{ start: modifier.start, end: tokens[i + 3]!.end, replacement: `${modifier.text} ${noun.text} to ${verb.text}` }] }
          : {}),
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The minister called on the EU to exclude states, Hungary from the vote.', output: 'The minister called on the EU states to exclude Hungary from the vote.' },
      { text: 'The union asked the BBC to keep journalists, its foreign staff in the country.', output: 'The union asked the BBC journalists to keep its foreign staff in the country.' },
      { text: 'The court told the UN to withdraw inspectors, the whole team from the border.', output: 'The court told the UN inspectors to withdraw the whole team from the border.' },
    ],
    valid: [
      'The ministry asked the EU states to exclude the two smallest members from the vote.',
      'The charity wants to help farmers, the poorest in the region, with seeds.',
      'She went to meet voters, Smith from the campaign said.',
      'They hoped to remove weeds, stones and roots from the field.',
      'He asked the council to ban cars, buses and lorries from the centre.',
      'To protect workers, the company in the end closed the mine.',
      'The plan is to build houses, the mayor at the meeting explained.',
      'The council told residents to keep bins, boxes and bags off the pavement.',
    ],
  },
});
