import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { isWordToken, lemma, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// French, Spanish, Italian and Portuguese put a classifying adjective after its noun ("la crise économique", "la
// política fiscal", "il ministro francese"); MT that keeps the order writes "the crisis economic of the country",
// "the minister French". English puts such adjectives before the noun, and after it only in a few fixed titles
// ("attorney general", "body politic", "heir apparent").

// Adjectives that classify a noun by its domain ("economic crisis", "fiscal reform"): the ones news MT moves. Other
// adjectives with these endings follow their noun in English with a complement ("typical of", "normal to", "identical
// with") or in a predicate ("Nor were his manners barbaric"), which Brown shows.
const DOMAIN_ADJECTIVES = new WordSet([
  'economic', 'political', 'social', 'financial', 'fiscal', 'military', 'industrial', 'cultural', 'environmental',
  'agricultural', 'commercial', 'medical', 'judicial', 'electoral', 'technological', 'scientific', 'educational',
  'governmental', 'presidential', 'parliamentary', 'diplomatic', 'nuclear', 'monetary', 'energetic', 'touristic',
  'sanitary', 'humanitarian', 'municipal', 'regional', 'territorial', 'constitutional', 'administrative', 'budgetary',
  'ecological', 'demographic', 'geopolitical', 'legislative', 'ministerial', 'pharmaceutical', 'petrochemical',
  'metallurgical', 'hospital', 'penitentiary', 'migratory', 'climatic', 'atmospheric', 'seismic', 'hydraulic',
]);
// Levels of a body, which Romance MT leaves after a plural noun ("las autoridades locales", "les élections
// nationales"). After a singular they are nouns too: "a sister local in the same international" (Brown, of unions).
const LEVEL_ADJECTIVES = new WordSet(['local', 'national', 'federal', 'provincial', 'international']);
// Nationalities: capitalised, with a nationality's ending ("Italian", "Chinese", "Korean", "Spanish") or listed.
const NATIONALITY_ENDING = /^\p{Lu}\p{Ll}+(?:ian|ese|ean|ish|an)$/u;
const NATIONALITIES = new WordSet(['french', 'english', 'british', 'dutch', 'swiss', 'greek', 'german', 'czech', 'thai', 'danish', 'irish']);
// Verbs whose object is followed by its complement, an adjective: "found the decision political", "made the issue
// national".
const COMPLEMENT_VERBS = new Set(['find', 'found', 'consider', 'call', 'deem', 'make', 'keep', 'render', 'declare', 'think', 'believe', 'judge', 'label', 'see', 'regard']);

/**
 * An adjective that classifies, by domain or nationality, read first as an adjective. The list decides, not the
 * lexicon's other readings, which are noisy ("fiscal" has a noun reading, "French" a plural).
 */
function isClassifyingAdjective(t: Token | undefined): t is Token {
  if (!isWordToken(t) || primaryTag(t) !== 'JJ') return false;
  if (t.text === t.lower) return DOMAIN_ADJECTIVES.hasToken(t) || LEVEL_ADJECTIVES.hasToken(t);
  return NATIONALITIES.hasToken(t) || NATIONALITY_ENDING.test(t.text);
}

export default defineRule({
  meta: {
    id: 'adjective-after-noun',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'A classifying adjective after its noun: "the crisis economic of the country", "the minister French".',
    sourceHint: 'French, Spanish, Italian and Portuguese, which put such adjectives after the noun ("la crise économique").',
    fixable: true,
  },
  // The adjective is the test that rules out nearly every pair: the detector reads the pairs it ends.
  anchor: isClassifyingAdjective,
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    const anchors = anchorsIn(sentence, ctx, isClassifyingAdjective);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]! - 1;
      if (i < 1) continue;
      const noun = tokens[i]!;
      const adjective = tokens[i + 1]!;
      if (!isClassifyingAdjective(adjective)) continue;
      if (!isWordToken(noun) || noun.text !== noun.lower || !/^NNS?$/.test(primaryTag(noun))) continue;
      if (LEVEL_ADJECTIVES.hasToken(adjective) && primaryTag(noun) !== 'NNS') continue;
      // A determiner or possessive opens the phrase; the adjective ends it (punctuation, a preposition, a conjunction,
      // the verb of the clause).
      const determiner = tokens[i - 1]!;
      if (!isWordToken(determiner) || !/^(DT|PRP\$)$/.test(primaryTag(determiner))) continue;
      const after = tokens[i + 2];
      if (after !== undefined && !(after.kind === 'punct' || /^(IN|TO|CC|VBD|VBZ|MD)$/.test(primaryTag(after)))) continue;
      // "found the decision political": the adjective is the object's complement; "Is the matter political?", "Nor
      // was the motive political": a predicate after its subject in a question or an inversion.
      const verb = tokens[i - 2];
      if (isWordToken(verb) && (COMPLEMENT_VERBS.has(lemma.of(verb)) || lemma.of(verb) === 'be')) continue;
      if (tokens[tokens.length - 1]?.text === '?') continue;
      if (quotedMask(sentence)[i]) continue;
      const order = `${adjective.text} ${noun.text}`;
      reports.push({
        start: noun.start,
        end: adjective.end,
        message: `"${noun.text} ${adjective.text}" keeps the Romance order of noun and adjective; English puts the adjective first: "${order}".`,
        suggestions: [{ start: noun.start, end: adjective.end, replacement: order }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The minister warned about the crisis economic of the region.', output: 'The minister warned about the economic crisis of the region.' },
      { text: 'The reform fiscal was approved in May.', output: 'The fiscal reform was approved in May.' },
      { text: 'The ambassador French met the mayor.', output: 'The French ambassador met the mayor.' },
      { text: 'Their party political won the vote.', output: 'Their political party won the vote.' },
      { text: 'The elections regional will take place in May.', output: 'The regional elections will take place in May.' },
      { text: 'The police asked the authorities local for help.', output: 'The police asked the local authorities for help.' },
    ],
    valid: [
      'The minister warned about the economic crisis of the region.',
      'The attorney general resigned.',
      'The body politic was divided.',
      'The voters found the decision political.',
      'The reading public wants more novels.',
      'It was the best solution possible.',
      'The members present voted for the plan.',
      'The president elect spoke briefly.',
      'The crisis, economic and political, went on.',
      'The decision is political.',
      'He joined a sister local in the same international.',
      'Nor was the motive political.',
      'Is the conflict economic?',
      'Their great error is to mingle the responses typical of each type.',
      'A force normal to the face acts on it.',
    ],
  },
});
