import { defineRule, type Report } from '@mtlint/engine';
import { isPastForm, isWordToken, nounSenses, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// Arabic (الرجل هو ذهب), Indonesian and Malay ("Teman saya dia bekerja"), Vietnamese ("Mẹ tôi bà ấy"), Hindi and
// spoken Greek restate the subject with a pronoun, and MT writes "The man he went to the market", "My friend he is
// working at a bank". Written English names the subject once.

const OPENERS = new WordSet(['the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'our', 'their']);
const SINGULAR_PRONOUNS = new WordSet(['he', 'she']);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;

// Senses that make the noun a time or an event as often as a person ("fate" has a person sense, the goddess: "His
// own fate he accepted", Brown). A state sense alone does not ("king" has kingship).
const NOT_PEOPLE = new Set(['noun.time', 'noun.event']);

/**
 * A lower-case noun that names people ("man", "doctor", "students"), so that the pronoun can restate it, and never a
 * time ("The next day he went home", "That night she cried").
 */
function isPersonNoun(t: Token | undefined): t is Token {
  if (!isWordToken(t) || t.text !== t.lower || !/^NNS?$/.test(primaryTag(t))) return false;
  const senses = nounSenses.of(t);
  return senses.includes('noun.person') && !senses.some((sense) => NOT_PEOPLE.has(sense));
}

/**
 * A finite verb read first as one, or a past that the lexicon reads first as its participle ("passed", "taught"); a
 * base form after "to" or a modal is no finite verb of its own ("told me to rest").
 */
function isFiniteReading(t: Token): boolean {
  return FINITE.test(primaryTag(t)) || isPastForm(t);
}

/**
 * A later word that may be the main verb: a finite reading first, or any past reading ("The players they signed cost
 * millions": "cost" is read first as a noun), but not a present that is also a plural noun ("three languages").
 */
function mayBeMainVerb(t: Token): boolean {
  if (isFiniteReading(t)) return true;
  // The lexicon gives rare past readings to function words ("the"); only a noun or verb read first counts here.
  const tag = primaryTag(t);
  return (tag.startsWith('NN') || tag.startsWith('VB')) && t.tags.includes('VBD');
}

/** The pronoun's verb: finite, or a base form the lexicon also reads as a present ("they live"). */
function isPronounVerb(t: Token | undefined): boolean {
  return isWordToken(t) && (isFiniteReading(t) || (primaryTag(t) === 'VB' && t.tags.includes('VBP')));
}

/**
 * A finite verb after the pronoun's own, other than one coordinated with it ("went to the market and bought"): the
 * pronoun then opens a relative clause without "that", whose noun is the subject of that later verb ("The man he met
 * was tall", "The students they taught passed").
 */
function hasLaterMainVerb(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isWordToken(t) || !mayBeMainVerb(t)) continue;
    const before = tokens[j - 1]?.lower;
    if (before !== 'and' && before !== 'but' && before !== 'or') return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'doubled-subject-pronoun',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.75,
    description: 'A subject restated by a pronoun: "The man he went to the market", "My friend he is working".',
    sourceHint: 'Arabic, Indonesian, Malay, Vietnamese and Hindi, which restate a subject with a pronoun.',
    fixable: true,
  },
  needs: [(t) => t.lower === 'he' || t.lower === 'she' || t.lower === 'they'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    if (!OPENERS.has(tokens[0]?.lower ?? '')) return [];
    // The opener, up to two adjectives, a noun of people, the pronoun, its finite verb.
    let n = 1;
    while (n < 3 && isWordToken(tokens[n]) && primaryTag(tokens[n]) === 'JJ') n++;
    const noun = tokens[n];
    if (!isPersonNoun(noun)) return [];
    const pronoun = tokens[n + 1];
    if (pronoun === undefined || pronoun.text !== pronoun.lower) return [];
    const plural = primaryTag(noun) === 'NNS';
    if (plural ? pronoun.lower !== 'they' : !SINGULAR_PRONOUNS.hasToken(pronoun)) return [];
    if (!isPronounVerb(tokens[n + 2])) return [];
    // "His own fate he accepted.": a fronted object, whose verb ends the sentence with nothing after it.
    if (tokens[n + 3] === undefined || tokens[n + 3]!.kind === 'punct') return [];
    if (hasLaterMainVerb(tokens, n + 3) || quotedMask(sentence)[n + 1]) return [];
    const report: Report = {
      start: noun.start,
      end: pronoun.end,
      message: `"${pronoun.text}" restates the subject "${tokens.slice(0, n + 1).map((t) => t.text).join(' ')}"; English names it once.`,
      suggestions: [{ start: noun.end, end: pronoun.end, replacement: '' }],
    };
    return [report];
  },
  examples: {
    invalid: [
      { text: 'The man he went to the market and bought bread.', output: 'The man went to the market and bought bread.' },
      { text: 'My friend he is working at a bank.', output: 'My friend is working at a bank.' },
      { text: 'The students they demonstrated outside the university.', output: 'The students demonstrated outside the university.' },
    ],
    valid: [
      'The man went to the market and bought bread.',
      'The man he met was tall.',
      'The students they taught passed the exam.',
      'The next day he went home.',
      'That night she cried.',
      'The moment he arrived he was arrested.',
      'The woman she loved died young.',
      'The house he built still stands.',
      'The teacher, he said, was late.',
      'My brother and I went home.',
    ],
  },
});
