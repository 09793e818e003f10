import { defineRule, type Report } from '@mtlint/engine';
import { lemma, primaryTag, type Token, WordSet } from '@mtlint/text';

// Spanish "el mismo / la misma", Italian "lo stesso / la stessa" and Portuguese "o mesmo / a mesma" refer back to a
// noun as a pronoun: "El contrato se firmó en mayo. El mismo entrará en vigor en junio." MT writes "The same will enter
// into force", "The same is located in the centre", "The same includes three parts". English says "it", "they" or the
// noun again; "the same" stands alone only for "the same thing": "The same is true of …", "The same goes for …".

// Verbs after which "the same" is "the same thing": "The same applies", "The same happened", "The same goes for".
const SAME_THING_VERBS = new WordSet(['apply', 'happen', 'go', 'hold', 'occur', 'seem', 'appear', 'remain', 'follow', 'count', 'mean', 'say', 'work', 'be', 'have', 'do']);
// Participles after "The same is / was / will be" that only a concrete antecedent takes: "The same is located in …".
// ("expected", "made", "open", "available" are left out: "The same was expected of him", "The same was made clear".)
const THING_PARTICIPLES = new WordSet([
  'located', 'situated', 'composed', 'formed', 'held', 'scheduled', 'approved', 'signed', 'built', 'financed', 'funded',
  'managed', 'owned', 'published', 'equipped', 'divided', 'integrated', 'designed', 'chaired', 'headed',
]);
const AUXILIARIES = new WordSet(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'be', 'been', 'can', 'could', 'may', 'must', 'should']);
const NEEDS = new Set(['same']);

/** The index after "The same" at the start of the sentence, or after "and" / a semicolon that opens a clause; or -1. */
function subjectEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.lower !== 'the' || tokens[i + 1]?.lower !== 'same') return -1;
  const before = tokens[i - 1];
  if (i === 0 || before?.text === ';' || (before?.lower === 'and' && tokens[i - 2]?.text === ',')) return i + 2;
  return -1;
}

/** The verb group after "The same" at `k` makes it a pronoun for a thing: "includes", "is located", "will be held". */
function thingVerb(tokens: readonly Token[], k: number): number {
  const verb = tokens[k];
  if (verb === undefined || verb.kind !== 'word') return -1;
  const tag = primaryTag(verb);
  // A word that is also a noun heads a noun phrase: "The same results were found", "The same offers apply".
  const alsoNoun = verb.tags.includes('NN') || verb.tags.includes('NNS');
  if ((tag === 'VBZ' || tag === 'VBD') && !alsoNoun && !AUXILIARIES.hasToken(verb) && !SAME_THING_VERBS.has(lemma.of(verb))) return k + 1;
  // "is located", "will be held", "has been approved": auxiliaries, then a participle of a concrete thing.
  let j = k;
  while (j < tokens.length && j < k + 3 && AUXILIARIES.hasToken(tokens[j]!)) j++;
  return j > k && THING_PARTICIPLES.has(tokens[j]?.lower ?? '') ? j + 1 : -1;
}

export default defineRule({
  meta: {
    id: 'same-as-pronoun',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"The same" as a pronoun for a thing just named: "The same will be held in May", "The same is located in the centre", "The same includes three parts".',
    sourceHint: 'Spanish "el mismo / la misma", Italian "lo stesso", Portuguese "o mesmo": a pronoun that refers back to a noun.',
    fixable: true,
  },
  needs: [NEEDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const k = subjectEnd(tokens, i);
      if (k < 0) continue;
      const end = thingVerb(tokens, k);
      if (end < 0) continue;
      const the = tokens[i]!;
      reports.push({
        start: the.start,
        end: tokens[i + 1]!.end,
        message: '"the same" does not refer back to a thing in English: "it", "they" or the noun again.',
        suggestions: [{ start: the.start, end: tokens[i + 1]!.end, replacement: /^\p{Lu}/u.test(the.text) ? 'It' : 'it' }],
      });
      i = end - 1;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The same will be held in the main square.', output: 'It will be held in the main square.' },
      { text: 'The same is located next to the station.', output: 'It is located next to the station.' },
      { text: 'The same includes a museum and a library.', output: 'It includes a museum and a library.' },
      { text: 'The law was passed in May, and the same has been approved by the senate.', output: 'The law was passed in May, and it has been approved by the senate.' },
    ],
    valid: [
      'The same is true of the other cities.',
      'The same can be said of the north.',
      'The same applies to rented flats.',
      'The same happened in 2019.',
      'The same goes for the trains.',
      'The same was expected of him.',
      'He ordered the same.',
      'The same old problems remain.',
      'The same rules apply to everyone.',
      'The same results were found in Spain.',
      'The same was made clear to the press.',
    ],
  },
});
