import { defineRule, type Report } from '@mtlint/engine';
import { isModal, isSubordinator, isWordToken, primaryTag, type Token } from '@mtlint/text';

// The forms a "who" clause's own verb may take right after "who": "Who wants …", "Who has …", "Who travelled …".
const isFiniteAfterWho = (t: Token | undefined): boolean => {
  if (!isWordToken(t) || t.text !== t.lower) return false;
  const first = primaryTag(t);
  return isModal(t) || first === 'VBZ' || first === 'VBD' || (first === 'NNS' && t.tags.includes('VBZ'));
};

/**
 * The main clause's modal after the "who" clause that opens the sentence: "Who wants to travel abroad must show …",
 * also right after the comma German and Russian put there ("Who wants to travel, must …"). Returns its index, or -1
 * when the sentence has none, when a subordinator or coordinator opens a clause of its own on the way, or when a new
 * subject follows the comma ("Who lives here now, nobody can say").
 */
function mainModal(tokens: readonly Token[]): number {
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return isModal(tokens[k + 1] ?? t) ? k + 1 : -1;
    if (t.kind === 'punct') return -1;
    if (!isWordToken(t)) continue;
    if (isSubordinator(t) || t.lower === 'and' || t.lower === 'or' || t.lower === 'but') return -1;
    // A modal after a word of the clause: "… abroad must", "… a ticket can", "… in May should" (a capitalised word
    // before it is a name, whatever the lexicon says of "May"); a capitalised "May" is the month, not a modal.
    if (!isModal(t) || t.text !== t.lower) continue;
    const before = tokens[k - 1]!;
    return /^(NN|NNS|NNP|JJ|RB|CD|VB|VBN)$/.test(primaryTag(before)) || before.text !== before.lower ? k : -1;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: 'who-for-anyone-who',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A statement that opens with "Who" as "anyone who": "Who wants to travel abroad must show a passport."',
    sourceHint: 'German "Wer … muss", Russian "Кто … должен", Polish "Kto … musi": a free relative "who" as the subject, often with a comma before the main verb.',
    fixable: true,
  },
  needs: [(t) => t.text === 'Who'],
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    const who = tokens[0];
    const last = tokens[tokens.length - 1];
    // Questions keep their "Who": "Who wants to go first?"
    if (who === undefined || who.text !== 'Who' || last === undefined || last.text.includes('?') || !isFiniteAfterWho(tokens[1])) return [];
    const modal = mainModal(tokens);
    if (modal < 0) return [];
    const comma = tokens[modal - 1]!.text === ',' ? tokens[modal - 1]! : undefined;
    const report: Report = {
      start: who.start,
      end: tokens[modal]!.end,
      message: 'English does not open a statement with "Who" as its subject; write "Anyone who" (or "Whoever"), with no comma before the main verb.',
      suggestions: [
        comma
          ? { start: who.start, end: comma.end, replacement: `Anyone who${doc.text.slice(who.end, comma.start)}` }
          : { start: who.start, end: who.end, replacement: 'Anyone who' },
      ],
    };
    return [report];
  },
  examples: {
    invalid: [
      { text: 'Who wants to park in the centre must buy a permit.', output: 'Anyone who wants to park in the centre must buy a permit.' },
      { text: 'Who has a ticket for Saturday, can use it on Sunday.', output: 'Anyone who has a ticket for Saturday can use it on Sunday.' },
      { text: 'Who travelled to the region in May should take a test.', output: 'Anyone who travelled to the region in May should take a test.' },
    ],
    valid: [
      'Anyone who wants to park in the centre must buy a permit.',
      'Who wants to go first?',
      'Who won is not known.',
      'Who said the plan would work, and why?',
      'Who knows what the next year will bring.',
      'Who lives here now, nobody can say.',
      'Who he was, we will never know.',
      'WHO officials said the virus could spread.',
    ],
  },
});
