import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isPronoun, isWordToken, type Token, WordSet } from '@mtlint/text';

// Chinese "很" and Russian "очень" modify verbs as readily as adjectives ("他很喜欢", "очень любит"), and MT writes
// "He very likes football". English "very" modifies adjectives and adverbs only; with a verb it says "really likes"
// or "likes … very much".

/** A finite or base verb that has no adjective or participle reading: "likes", "appreciate", not "tired". */
function plainVerb(t: Token | undefined): t is Token {
  if (!isWordToken(t)) return false;
  const first = t.tags[0] ?? '';
  return /^(VBZ|VBD|VBP|VB)$/.test(first) && !t.tags.includes('JJ') && !t.tags.includes('VBN') && !t.tags.includes('VBG');
}

/**
 * After its subject, a past that is also a participle ("enjoyed") or a present the lexicon reads first as a noun
 * ("hope") is the verb: "The children very enjoyed", "The fans very hope". After "was", "seem" or an article the
 * participle is an adjective ("was very pleased", "a very respected man"), which the subject test leaves out.
 */
function verbAfterSubject(t: Token | undefined, before: Token | undefined, after: Token | undefined): t is Token {
  if (!isWordToken(t) || !isWordToken(before)) return false;
  const subject = SUBJECT_PRONOUNS.hasToken(before) || /^(NNS|NNPS|NNP)$/.test(before.tags[0] ?? '');
  // A past or present with an adjective reading ("wanted", "like") is the verb between a subject pronoun and an
  // infinitive or object: "He very wanted to stay", "I very like the view" ("a very wanted man" has no subject before it).
  if (t.tags.includes('JJ')) {
    return SUBJECT_PRONOUNS.hasToken(before) && (t.tags.includes('VBD') || t.tags.includes('VBP')) && isWordToken(after) && (after.lower === 'to' || isDeterminer(after));
  }
  // A singular noun subject agrees with a present in -s: "Our team very thanks".
  if (before.tags[0] === 'NN' && t.tags.includes('VBZ')) return true;
  return subject && (t.tags.includes('VBD') || t.tags.includes('VBZ') || t.tags.includes('VBP'));
}

const SUBJECT_PRONOUNS = new WordSet(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

export default defineRule({
  meta: {
    id: 'very-before-verb',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: '"very" before a verb: "He very likes the sea" (English: "really likes", "likes … very much").',
    sourceHint: 'Chinese "很" and Russian "очень", which modify verbs as well as adjectives.',
    fixable: true,
  },
  needs: [new Set(['very'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const very = tokens[i]!;
      if (very.lower !== 'very' || !(plainVerb(tokens[i + 1]) || verbAfterSubject(tokens[i + 1], tokens[i - 1], tokens[i + 2]))) continue;
      // "the very faces", "his very words": "very" as an adjective before a noun the lexicon reads first as a verb.
      const before = tokens[i - 1];
      if (isWordToken(before) && (isDeterminer(before) || (isPronoun(before) && /^(his|her|its|their|our|my|your)$/.test(before.lower)))) continue;
      reports.push({
        start: very.start,
        end: tokens[i + 1]!.end,
        message: `"very" does not modify a verb in English: "really ${tokens[i + 1]!.text}", or "${tokens[i + 1]!.text} … very much".`,
        suggestions: [{ start: very.start, end: very.end, replacement: /^\p{Lu}/u.test(very.text) ? 'Really' : 'really' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'My grandmother very likes old films.', output: 'My grandmother really likes old films.' },
      { text: 'The fans very hope that the coach stays.', output: 'The fans really hope that the coach stays.' },
      { text: 'We very appreciate your help.', output: 'We really appreciate your help.' },
      { text: 'She very wanted to see the sea.', output: 'She really wanted to see the sea.' },
      { text: 'We very like the new library.', output: 'We really like the new library.' },
    ],
    valid: [
      'My grandmother likes old films very much.',
      'The very faces of the crowd changed.',
      'Those were his very words.',
      'She was very tired after the trip.',
      'The road is very winding.',
      'It is very like the old house.',
      'The copy looked very like the original.',
      'He played very well.',
      'It is a very limited offer.',
      'They were very pleased with the result.',
      'At that very moment the phone rang.',
      'It was a very respected firm.',
      'He was a very wanted man.',
      'It felt very crowded to them.',
      'The guests seemed very surprised.',
    ],
  },
});
