import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isWordToken, primaryTag, type Token, WordMap, WordSet } from '@mtlint/text';
import { joinWords, partsText, readMiddle } from '../../clause-order.js';

// German and Dutch form the perfect of verbs of change and motion with "be" ("die Preise sind gestiegen", "er ist
// angekommen"); MT that keeps the auxiliary writes "prices are risen", "the guests are arrived". English forms every
// perfect with "have". The participles here have no passive (they take no object), so "be" + participle cannot be
// a passive; Brown has them after "be" only as "be arrived at" (a prepositional passive) and "is sunk in" (an
// adjective), both left alone.
const INTRANSITIVE_PARTICIPLES = new WordSet([
  'risen', 'arrived', 'happened', 'occurred', 'died', 'emerged', 'disappeared', 'become', 'vanished',
  'originated', 'fled', 'existed',
]);
// Participles that are also adjectives or passives on their own ("fallen leaves", "a broken vase") but not before a
// direction or with their particle: "the bus was fallen into the river", "a fire was broken out" (Chinese 掉进了,
// 发生了火灾, and the German "ist gefallen", "ist ausgebrochen") are perfects with "be".
const PARTICIPLES_BEFORE_PARTICLE = new WordSet(['fallen', 'broken']);
const DIRECTIONS = new WordSet(['into', 'from', 'off', 'onto', 'down', 'through', 'over', 'to', 'behind']);

/** The end of the perfect's verb at `at` (after "out" for "broken out"), or -1 when the word is not one. */
function participleEnd(tokens: readonly Token[], at: number): number {
  const participle = tokens[at]!;
  if (INTRANSITIVE_PARTICIPLES.hasToken(participle)) return at + 1;
  if (participle.lower === 'fallen') return tokens[at + 1] !== undefined && DIRECTIONS.hasToken(tokens[at + 1]!) ? at + 1 : -1;
  // "was broken out of prison" is a passive: someone broke him out.
  if (participle.lower === 'broken') return tokens[at + 1]?.lower === 'out' && tokens[at + 2]?.lower !== 'of' ? at + 2 : -1;
  return -1;
}

// The form of "have" for each form of "be". A map, not an object: a word looked up in an object also finds its
// prototype's keys ("constructor"), and an object is many times slower to ask about a word it lacks.
const HAVE: WordMap<string> = new WordMap([
  ['is', 'has'], ['are', 'have'], ['was', 'had'], ['were', 'had'], ['am', 'have'], ['be', 'have'], ['been', 'had'], ['being', 'having'],
]);

const FINITE_BE = new WordSet(['is', 'are', 'was', 'were', 'am']);
/** A determiner, a possessive or a name: what opens the place after "arrived at". */
const opensPlace = (t: Token | undefined): boolean => isWordToken(t) && (isDeterminer(t) || /^(PRP\$|NNP)$/.test(primaryTag(t)));

export default defineRule({
  meta: {
    id: 'perfect-with-be',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A perfect formed with "be" instead of "have": "prices are risen", "the guests are arrived".',
    sourceHint: 'German and Dutch form the perfect of verbs of change with "sein"/"zijn" ("sind gestiegen").',
    fixable: false,
  },
  needs: [(t) => HAVE.has(t.lower), (t) => INTRANSITIVE_PARTICIPLES.hasToken(t) || PARTICIPLES_BEFORE_PARTICLE.hasToken(t)],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const be = tokens[i]!;
      const have = HAVE.getToken(be);
      if (have === undefined) continue;
      // What may stand between: adverbs, time and other prepositional phrases ("are in the last year strongly risen"),
      // but no object, which a participle of these verbs cannot have.
      const parts = readMiddle(tokens, i + 1, 4);
      const at = parts.length > 0 ? parts.at(-1)!.end : i + 1;
      const participle = tokens[at];
      if (participle === undefined || parts.some((p) => p.kind === 'object')) continue;
      const end = participleEnd(tokens, at);
      if (end < 0) continue;
      const verb = tokens[end - 1]!;
      // "be arrived at" is a prepositional passive ("a decision to be arrived at", "could be arrived at as a …"); a
      // place after a finite "be" ("are arrived at the summit") is the perfect.
      if (participle.lower === 'arrived' && tokens[at + 1]?.lower === 'at' && !(FINITE_BE.hasToken(be) && opensPlace(tokens[at + 2]))) continue;
      // "What is become of him?" is old-fashioned English.
      if (participle.lower === 'become' && tokens[at + 1]?.lower === 'of') continue;
      if (/^(VB|VBP|VBZ|MD)$/.test(primaryTag(tokens[i - 1]))) continue;
      const adverbs = parts.filter((p) => p.kind === 'adverb');
      const phrases = parts.filter((p) => p.kind !== 'adverb');
      const replacement = joinWords(/^\p{Lu}/u.test(be.text) ? have[0]!.toUpperCase() + have.slice(1) : have, partsText(doc.text, tokens, adverbs), doc.text.slice(participle.start, verb.end), partsText(doc.text, tokens, phrases));
      reports.push({
        start: be.start,
        end: verb.end,
        message: `English forms the perfect with "have": "${replacement}".`,
        suggestions: [{ start: be.start, end: verb.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Fuel prices are risen again.', output: 'Fuel prices have risen again.' },
      { text: 'A delivery van was fallen into the canal.', output: 'A delivery van had fallen into the canal.' },
      { text: 'A fire was broken out in the warehouse at night.', output: 'A fire had broken out in the warehouse at night.' },
      { text: 'The two divers were arrived at the wreck before noon.', output: 'The two divers had arrived at the wreck before noon.' },
      { text: 'The first guests were already arrived when the rain started.', output: 'The first guests had already arrived when the rain started.' },
      { text: 'The costs are in the last two years sharply risen.', output: 'The costs have sharply risen in the last two years.' },
      { text: 'The accident is happened near the station.', output: 'The accident has happened near the station.' },
    ],
    valid: [
      'Fuel prices have risen again.',
      'A decision must be arrived at soon.',
      'Only an approximation could be arrived at.',
      'Treatment should be arrived at as a matter of choice.',
      'He was sunk in thought.',
      'What is become of him?',
      'The guests are arriving.',
      'The village has become a town.',
      'The price rise was expected.',
      'The fallen leaves were swept up.',
      'Prices were said to have risen.',
      'The window was broken in the storm.',
      'He was broken out of prison by his gang.',
      'Leaves had fallen into the pond.',
      'The old wall is broken and fallen.',
    ],
  },
});
