import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, lemma, type Token, WordSet } from '@mtlint/text';

// French "définitivement", Spanish "definitivamente", Italian "definitivamente", Portuguese "definitivamente": for
// good. English "definitively" means conclusively ("definitively proved", "definitively answered").
// Verbs of ending or leaving, by their base form, which "definitively" cannot mean "conclusively" of.
const ENDINGS = new WordSet([
  'close', 'shut', 'leave', 'abandon', 'quit', 'retire', 'stop', 'end', 'disappear', 'withdraw', 'cease', 'move',
  'emigrate', 'depart', 'exit', 'discontinue', 'ban', 'lose', 'dissolve', 'suspend',
]);
// What "definitively closed" is English of: a question or a case settled for good.
const SETTLED_THINGS = new WordSet(['case', 'matter', 'question', 'issue', 'chapter', 'debate', 'file', 'dispute', 'controversy', 'investigation']);
// French "sensiblement", Spanish "sensiblemente", Italian "sensibilmente": noticeably. English "sensibly" means
// wisely ("sensibly priced", "he sensibly reduced the dose"), and says so before the verb; after a verb of change or
// before a comparative it is the source's word ("prices rose sensibly", "sensibly higher").
const CHANGES = new WordSet(['rise', 'fall', 'increase', 'decrease', 'grow', 'drop', 'decline', 'worsen', 'deteriorate']);
const COMPARATIVES = new WordSet(['higher', 'lower', 'more', 'less', 'fewer', 'better', 'worse', 'greater', 'smaller', 'larger', 'bigger']);
// How many words of an object may stand between a verb of ending and "definitively" after it.
const OBJECT_REACH = 3;
const ADVERBS = new Set(['definitively', 'sensibly']);

/** The word that makes the adverb the source's: a verb of ending beside "definitively", a verb of change before "sensibly", a comparative after it. */
function sourceSense(tokens: readonly Token[], i: number): Token | undefined {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (tokens[i]!.lower === 'definitively') {
    // The verb, or the verb before its short object: "will close its doors definitively".
    for (let k = i - 1; k >= 0 && k >= i - OBJECT_REACH - 1 && isWordToken(tokens[k]); k--) if (ENDINGS.has(lemma.of(tokens[k]!))) return tokens[k];
    return isWordToken(after) && ENDINGS.has(lemma.of(after)) ? after : undefined;
  }
  if (isWordToken(before) && CHANGES.has(lemma.of(before))) return before;
  return isWordToken(after) && COMPARATIVES.hasToken(after) ? after : undefined;
}

function settledThingNear(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < Math.min(tokens.length, i + 5); k++) if (SETTLED_THINGS.hasToken(tokens[k]!)) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'false-friend-adverb',
    category: 'accuracy/mistranslation',
    severity: 'minor',
    confidence: 0.8,
    description: 'An adverb that looks like the source\'s but means something else here: "will close definitively" (for good), "prices rose sensibly" (noticeably).',
    sourceHint: 'French "définitivement", "sensiblement"; Spanish and Italian "definitivamente", "sensiblemente", "sensibilmente".',
    fixable: true,
  },
  needs: [ADVERBS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const adverb = tokens[i]!;
      if (!ADVERBS.has(adverb.lower)) continue;
      const definitively = adverb.lower === 'definitively';
      const fits = sourceSense(tokens, i);
      if (fits === undefined || (definitively && settledThingNear(tokens, i))) continue;
      const english = definitively ? 'permanently' : 'considerably';
      const replacement = adverb.text[0] === adverb.text[0]!.toUpperCase() ? english[0]!.toUpperCase() + english.slice(1) : english;
      reports.push({
        start: adverb.start,
        end: adverb.end,
        message: definitively
          ? `"definitively" means "conclusively" in English; with "${fits.text}" the source's word means "for good": "permanently".`
          : `"sensibly" means "wisely" in English; with "${fits.text}" the source's word means "noticeably": "considerably".`,
        suggestions: [{ start: adverb.start, end: adverb.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The old cinema will close definitively at the end of June.', output: 'The old cinema will close permanently at the end of June.' },
      { text: 'The bakery will shut its doors definitively next month.', output: 'The bakery will shut its doors permanently next month.' },
      { text: 'After the scandal he definitively left the party.', output: 'After the scandal he permanently left the party.' },
      { text: 'Rents have risen sensibly since the spring.', output: 'Rents have risen considerably since the spring.' },
      { text: 'The new engine is sensibly more efficient.', output: 'The new engine is considerably more efficient.' },
    ],
    valid: [
      'The old cinema will close for good at the end of June.',
      'The experiment definitively proved the theory.',
      'The question was definitively settled in 1921.',
      'The case was definitively closed by the court.',
      'She spoke sensibly about the risks.',
      'The flats are sensibly priced.',
      'He sensibly stayed at home.',
      'The doctor sensibly reduced the dose.',
      'Barrel weights vary sensibly with the calibre.',
      'The investigation was closed definitively last year.',
      'Rents have risen considerably since the spring.',
    ],
  },
});
