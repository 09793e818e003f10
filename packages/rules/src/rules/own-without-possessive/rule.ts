import { defineRule, type Report } from '@mtlint/engine';
import { hasFiniteReading, isWordToken, nounSenses, primaryTag, quotedMask, type Token, WordMap, WordSet } from '@mtlint/text';

// Russian "по собственному желанию", "на свой страх и риск", Polish "na własne ryzyko", Czech "na vlastní žádost" and
// German "auf eigene Gefahr", "auf eigenen Wunsch" need no possessive beside their word for "own", and MT writes "at
// own risk", "on own request", "with own hands". English "own" always follows a possessive: "at your own risk", "at
// his own request", "with their own hands".

// Prepositions after which "own" opens a noun phrase. "to" is left out ("to own a house" is the verb); "that" and
// other conjunctions the lexicon tags IN open a clause whose verb "own" may be ("families that own land").
const PREPOSITIONS = new WordSet([
  'at', 'on', 'of', 'from', 'with', 'by', 'for', 'in', 'into', 'under', 'upon', 'without', 'within', 'through',
  'after', 'according', 'out', 'onto', 'against', 'beyond',
]);
const POSSESSIVE_OF = new WordMap([
  ['he', 'his'], ['she', 'her'], ['it', 'its'], ['we', 'our'], ['they', 'their'], ['i', 'my'], ['you', 'your'],
]);
// Nouns that make a compound of their own with "own", which a preposition may govern bare in the plural ("a chapter on
// own goals", "shelves of own label products"): the football term and the shop's brand.
const OWN_COMPOUNDS = new WordSet(['goal', 'goals', 'brand', 'brands', 'label', 'labels']);

/**
 * The possessive the nearest subject calls for: a personal pronoun before a finite verb ("he resigned on own request"
 * → "his"), or a noun there — "their" for a plural or a person, "its" for a thing — and "your" for an imperative or a
 * notice without a subject ("Enter at own risk").
 */
function subjectPossessive(tokens: readonly Token[], own: number): string {
  for (let k = own - 1; k >= 1; k--) {
    // The lexicon reads many pasts first as participles ("left", "built") and presents as base forms ("enter"): any
    // finite reading of a word read first as a verb counts ("site" and "the" have stray ones).
    const verb = tokens[k]!;
    const tag = primaryTag(verb);
    if (!(tag.startsWith('VB') || tag === 'MD') || !hasFiniteReading(verb)) continue;
    const subject = tokens[k - 1]!;
    const possessive = POSSESSIVE_OF.getToken(subject);
    if (possessive !== undefined) return possessive;
    const subjectTag = primaryTag(subject);
    if (subjectTag === 'NNS' || subjectTag === 'NNPS') return 'their';
    if (subjectTag === 'NN') return nounSenses.of(subject).includes('noun.person') ? 'their' : 'its';
  }
  return 'your';
}

// Further possessives offered after the first, in this order.
const ALTERNATIVES = ['his', 'her', 'their', 'its', 'your'];

export default defineRule({
  meta: {
    id: 'own-without-possessive',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: '"own" after a preposition with no possessive: "at own risk", "resigned on own request".',
    sourceHint: 'Russian "собственный/свой", Polish "własny", Czech "vlastní" and German "eigen", which need no possessive.',
    fixable: true,
  },
  needs: [new Set(['own'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const own = tokens[i]!;
      if (own.lower !== 'own' || own.text !== own.lower) continue;
      const before = tokens[i - 1]!;
      // "according to own estimates": "to" governs a noun only after "according".
      const governed = PREPOSITIONS.hasToken(before) || (before.lower === 'to' && tokens[i - 2]?.lower === 'according');
      if (!governed || !isWordToken(before) || (before.text !== before.lower && i > 1)) continue;
      // "own-brand goods", "own-label": a hyphen makes a compound adjective that an article opens elsewhere.
      const next = tokens[i + 1]!;
      if (!isWordToken(next) || next.start === own.end || OWN_COMPOUNDS.hasToken(next)) continue;
      const tag = primaryTag(next);
      // "own" must open a noun phrase: a noun or an adjective after it ("at own risk", "of own free will").
      if (!(tag.startsWith('NN') || tag.startsWith('JJ') || next.tags.includes('NN')) || /^\p{Lu}/u.test(next.text)) continue;
      if (quotedMask(sentence)[i]) continue;
      const first = subjectPossessive(tokens, i);
      const possessives = [first, ...ALTERNATIVES.filter((p) => p !== first)].slice(0, 3);
      reports.push({
        start: own.start,
        end: next.end,
        message: `"own" needs a possessive before it: "${before.lower} ${first} own ${next.lower}".`,
        suggestions: possessives.map((p) => ({ start: own.start, end: own.start, replacement: `${p} ` })),
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The coach resigned on own request after the defeat.', output: 'The coach resigned on their own request after the defeat.' },
      { text: 'Swimmers enter the lake at own risk.', output: 'Swimmers enter the lake at their own risk.' },
      { text: 'She paid for the repairs from own savings.', output: 'She paid for the repairs from her own savings.' },
      { text: 'Use the ladder at own risk.', output: 'Use the ladder at your own risk.' },
      { text: 'The village repaired the church with own funds.', output: 'The village repaired the church with its own funds.' },
    ],
    valid: [
      'Swimmers enter the lake at their own risk.',
      'The app runs on its own after setup.',
      'They have a garden of their own.',
      'Everyone needs a room of one\'s own.',
      'The striker scored an own goal.',
      'The chain sells own-brand coffee.',
      'The shop stocks a range of own label teas.',
      'Families that own land pay the tax.',
      'He saved money to own a house.',
      'Few people in the town own cars.',
      'She left of her own free will.',
      'The band released the album on Own Records.',
    ],
  },
});
