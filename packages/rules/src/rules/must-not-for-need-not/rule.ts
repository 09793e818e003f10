import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, lemma, type Token, WordSet } from '@mtlint/text';

// German "muss nicht", Dutch "hoeft niet" and Swedish "måste inte" say that something is not needed; English "must not"
// forbids it. MT writes "You must not register in advance" for "you need not register". Only a sentence that shows
// the absence of need is read: a sufficiency word after "must not" ("it is enough to show the code"), "must not
// necessarily" (German "muss nicht unbedingt"), or "in advance"/"beforehand" on the forbidden act (nobody is forbidden
// to book early). An option after it ("you can also", "just use …") is not read: a ban is often followed by the
// allowed alternative ("You must not park here; you can also use the garage").
const SUFFICIENCY = new WordSet(['enough', 'suffices', 'suffice', 'sufficient']);
const NOT_NEEDED_ADVERBS = new WordSet(['necessarily']);
const BE = new WordSet(['is', "'s", 'be', 'was']);
// Acts that are done in advance when they are needed at all: "register in advance", "book beforehand".
const BOOKING_VERBS = new WordSet(['book', 'register', 'reserve', 'pay', 'buy', 'order', 'apply', 'sign', 'enrol', 'enroll', 'call', 'notify', 'print', 'download', 'queue', 'fill']);

/** The index of the word after "must not"/"mustn't", or -1. */
function afterMustNot(tokens: readonly Token[], i: number): number {
  if (tokens[i]!.lower !== 'must') return -1;
  const next = tokens[i + 1]?.lower;
  return next === 'not' || next === "n't" ? i + 2 : -1;
}

function showsNoNeed(tokens: readonly Token[], from: number): boolean {
  if (NOT_NEEDED_ADVERBS.hasToken(tokens[from]!)) return true;
  let clauseBreak = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isWordToken(t)) clauseBreak = true;
    // In a clause of its own ("…; it is enough to show it", "…, the name suffices"): inside the banned act "enough"
    // is a degree ("must not be hot enough to scald").
    if (clauseBreak && SUFFICIENCY.hasToken(t) && (t.lower !== 'enough' || BE.hasToken(tokens[k - 1]!))) return true;
    // Early booking is never forbidden, but a ban may well name a time: "must not open the envelope in advance",
    // "in advance of the release". So "in advance"/"beforehand" count only after an act of booking.
    const early = (t.lower === 'advance' && tokens[k - 1]?.lower === 'in' && tokens[k + 1]?.lower !== 'of') || t.lower === 'beforehand';
    if (early && tokens.slice(from, k).some((w) => BOOKING_VERBS.has(lemma.of(w)))) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'must-not-for-need-not',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.8,
    description: '"must not" where the sentence shows that something is not needed: "You must not book in advance, it is enough to call" → "You do not need to book".',
    sourceHint: 'German "muss nicht", Dutch "hoeft niet", Swedish "måste inte": "not have to", not "be forbidden to".',
    fixable: false,
  },
  needs: [new Set(['must']), new Set(['enough', 'suffices', 'suffice', 'sufficient', 'advance', 'beforehand', 'necessarily'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 2 < tokens.length; i++) {
      const after = afterMustNot(tokens, i);
      if (after < 0 || !isWordToken(tokens[after]) || !showsNoNeed(tokens, after)) continue;
      reports.push({
        start: tokens[i]!.start,
        end: tokens[i + 1]!.end,
        message: `"${tokens[i]!.text}${tokens[i + 1]!.text === "n't" ? '' : ' '}${tokens[i + 1]!.text}" forbids; the sentence says it is not needed: "do not need to", "do not have to" or "need not".`,
        suggestions: [],
      });
      break;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Visitors must not book a slot in advance, they can simply walk in.' },
      { text: 'Guests must not register beforehand.' },
      { text: 'You must not print the voucher; it is enough to show it at the desk.' },
      { text: 'A good translator must not necessarily know the subject.' },
      { text: 'Members mustn\'t bring a card, the name suffices.' },
    ],
    valid: [
      'You must not share your password with anyone.',
      'You must not smoke in the building; just use the terrace outside.',
      'You do not need to book in advance, simply come along.',
      'Children must not swim without an adult.',
      'The lid must not be opened while the device is running.',
      'You must book in advance.',
      'It is enough to show the code at the desk.',
      'Drivers must not park here, but they can also use the garage.',
      'Passwords must not be shorter than eight characters.',
      'The water must not be hot enough to scald.',
      'Updates must not be published in advance of the release.',
      'Candidates must not open the envelope in advance.',
      'The jury must not discuss the verdict beforehand.',
    ],
  },
});
