import { defineRule, type Report } from '@mtlint/engine';
import { lookupTags, primaryTag, type Token, WordSet } from '@mtlint/text';

// German uses one form for an adjective and its adverb ("übersichtlich gestaltet", "stark gestiegen", "schlecht
// gewartet"); a translation that keeps the word as an adjective puts it before a participle where English needs the
// -ly adverb: "was confusing designed", "have strong increased", "is poor maintained". Brown has no adjective with
// an -ly adverb between an auxiliary and a past participle apart from "first" ("was first displayed").

// Auxiliaries after which a past participle is the verb: passive "be"/"get", perfect "have".
// ("'s" is left out: it is as often a possessive, "the school's principal added".)
const AUXILIARIES = /^(?:is|are|was|were|be|been|being|am|get|gets|got|has|have|had|having)$/;
// Adjectives that are adverbs as they stand ("hard hit", "high placed", "long awaited"), and "first" ("was first
// displayed"); the others with an adverb reading ("strong") still want -ly before a participle.
const FLAT_ADVERBS = new WordSet([
  'hard', 'high', 'low', 'late', 'early', 'long', 'deep', 'close', 'wide', 'clean', 'fair', 'free', 'sharp', 'short', 'tight', 'wrong',
  'right', 'straight', 'direct', 'quick', 'slow', 'loud', 'first', 'last', 'just', 'even', 'pretty', 'still', 'only', 'well', 'far', 'fast',
  'most', 'least', 'further', 'next', 'timely', 'much', 'little', 'more', 'less', 'full', 'half', 'new', 'fresh', 'dead', 'near', 'best', 'better', 'ill',
]);
// Participles that work as prepositions or conjunctions ("compared with", "given that", "provided that", "based on").
const PREPOSITIONAL = new WordSet(['compared', 'given', 'provided', 'based', 'including', 'concerned']);

/** The -ly adverb of an adjective, if the lexicon has it as an adverb: "strong" → "strongly", "easy" → "easily". */
function adverbOf(adjective: string): string | undefined {
  const candidates = [
    adjective.endsWith('y') ? `${adjective.slice(0, -1)}ily` : undefined,
    adjective.endsWith('le') ? `${adjective.slice(0, -1)}y` : undefined,
    adjective.endsWith('ic') ? `${adjective}ally` : undefined,
    `${adjective}ly`,
  ];
  // (The lexicon guesses an unknown "-ly" word as an adverb: what keeps "further", "next" out is FLAT_ADVERBS.)
  return candidates.find((c) => c !== undefined && (lookupTags(c) ?? []).includes('RB'));
}

/**
 * A past participle that is not also a present ("shed") or an auxiliary ("had"), nor an adjective of its own with
 * "un-" ("unfired"): "designed", "increased", "built".
 */
function isVerbParticiple(t: Token): boolean {
  const tag = primaryTag(t);
  if (t.tags.includes('NN')) return false;
  if (tag !== 'VBN' && tag !== 'VBD' && tag !== 'JJ') return false;
  if (!t.tags.includes('VBN') || t.tags.includes('VBP') || t.tags.includes('VB') || PREPOSITIONAL.hasToken(t)) return false;
  return !/^(had|been|got|gotten)$/.test(t.lower) && !t.lower.startsWith('un');
}

// Verbs of change in amount, which take an adverb of manner and no adjective complement ("rose sharply"; "grew",
// "turned", "went" do: "grew impatient"; so does "fall": "fell silent", "had fallen lame", Brown), as written after
// their subject: "Prices rose dramatical after the rain".
const CHANGE_FORMS = new WordSet([
  'rose', 'rise', 'rises', 'risen', 'dropped', 'drops', 'climbed', 'climbs', 'soared', 'soars',
  'plunged', 'plunges', 'jumped', 'jumps', 'increased', 'increases', 'decreased', 'decreases', 'declined', 'declines', 'surged',
  'surges', 'slumped', 'slumps', 'tumbled', 'tumbles', 'shrank', 'shrinks', 'expanded', 'expands',
]);
// What a verb of change may still take as a complement of state: "rose up", "the market stayed calm".
const STATES = new WordSet(['silent', 'quiet', 'asleep', 'awake', 'open', 'apart', 'sick', 'vacant', 'due', 'flat', 'loose', 'dormant', 'idle', 'victim', 'prey', 'calm', 'still']);

/**
 * "rose dramatical after the rain", "increased significant in May": an adjective right after a verb of change in
 * amount, closing its phrase (punctuation, the end, a preposition, a time word): the verb's adverb of manner.
 */
function afterChangeVerb(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1]!;
  const adjective = tokens[i]!;
  // A participle says how the subject was ("could not rise unaided").
  if (!CHANGE_FORMS.hasToken(verb) || STATES.hasToken(adjective) || adjective.lower.endsWith('ed')) return false;
  const next = tokens[i + 1];
  return next === undefined || (next.kind === 'punct' && next.text !== '-') || /^(IN|TO|CC)$/.test(primaryTag(next)) || next.lower === 'last' || next.lower === 'this';
}

/** A noun or number among the word's readings (a loop, not `tags.some` with an arrow: this runs at every adjective). */
function hasNounOrNumberReading(t: Token): boolean {
  for (const tag of t.tags) if (tag === 'NN' || tag === 'NNS' || tag === 'CD') return true;
  return false;
}

/**
 * An adjective that is nothing else, not a noun ("the future", "the principal") nor a number ("seventh"), nor an
 * adverb as it stands, written in lower case: what the rule reads as the misplaced adverb.
 */
const isBareAdjective = (t: Token) =>
  t.kind === 'word' && primaryTag(t) === 'JJ' && !hasNounOrNumberReading(t) && !FLAT_ADVERBS.hasToken(t) && t.text === t.lower;

export default defineRule({
  meta: {
    id: 'adjective-for-adverb',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'An adjective where the adverb belongs, before a participle: "was confusing designed", "have strong increased".',
    sourceHint: 'German adjectives double as adverbs ("übersichtlich gestaltet", "stark gestiegen").',
    fixable: true,
  },
  needs: [(t) => AUXILIARIES.test(t.lower) || CHANGE_FORMS.hasToken(t), isBareAdjective],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const adjective = tokens[i]!;
      // An adjective that is nothing else: not a noun ("the future", "the principal"), nor a number ("seventh").
      if (!isBareAdjective(adjective)) continue;
      const participle = tokens[i + 1]!;
      const beforeParticiple = participle.kind === 'word' && isVerbParticiple(participle) && AUXILIARIES.test(tokens[i - 1]!.lower);
      if (!beforeParticiple && !afterChangeVerb(tokens, i)) continue;
      const adverb = adverbOf(adjective.lower);
      if (adverb === undefined) continue;
      const verb = beforeParticiple ? participle : tokens[i - 1]!;
      reports.push({
        start: beforeParticiple ? adjective.start : verb.start,
        end: beforeParticiple ? participle.end : adjective.end,
        message: `"${adjective.text}" is an adjective; ${beforeParticiple ? 'before the participle' : 'after the verb'} "${verb.text}" English needs the adverb "${adverb}".`,
        suggestions: [{ start: adjective.start, end: adjective.end, replacement: adverb }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The river rose dramatical after the storm.', output: 'The river rose dramatically after the storm.' },
      { text: 'Bread prices increased significant in March.', output: 'Bread prices increased significantly in March.' },
      { text: 'The form was confusing designed and hard to read.', output: 'The form was confusingly designed and hard to read.' },
      { text: 'Rents have strong increased since the spring.', output: 'Rents have strongly increased since the spring.' },
      { text: 'The paths are regular cleaned in winter.', output: 'The paths are regularly cleaned in winter.' },
      { text: 'The results were careful checked by two teams.', output: 'The results were carefully checked by two teams.' },
    ],
    valid: [
      'The room fell silent after the speech.',
      'Sales rose sharply in March.',
      'The firm expanded domestic sales into the south.',
      'The crowd grew impatient in the rain.',
      'The form was confusingly designed.',
      'It was first displayed in 1955.',
      'Those that are available shed little light.',
      'The losses were negligible compared with the gains.',
      'The door was wide open.',
      'The bill is due next week.',
      'The room was dark.',
      'He was tired and hungry.',
      'She has been busy preparing the report.',
      'The vase was ceramic, unfired and fragile.',
      'It would not have been necessary had we known.',
      'The town was hard hit by the storm.',
      'The school\'s principal added that classes would resume.',
    ],
  },
});
