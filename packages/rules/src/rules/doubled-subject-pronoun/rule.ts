import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isAdverb, isPastForm, isWordToken, nounSenses, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

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

const BE = new WordSet(['is', 'was']);
const POSSESSIVES = new WordSet(['my', 'your', 'his', 'her', 'our', 'their']);
// Nouns that address the hearer after "my": "He was late, my friend." is a vocative, not the subject again.
const VOCATIVES = new WordSet(['friend', 'dear', 'darling', 'love', 'son', 'boy', 'girl', 'child', 'lord', 'lady', 'man', 'fellow', 'sweetheart', 'honey', 'brother', 'sister']);

/**
 * "She is really talented, your cousin.": "he" or "she" opens the sentence with "is" or "was", and a possessive, up
 * to two adjectives and a noun of people close it after a comma: the subject taken up at the end, as Italian,
 * Spanish, French and Russian put it ("È molto simpatico, tuo fratello"). English names the subject first. A
 * descriptive noun phrase there is an apposition of the predicate ("He was a poor man, a farmer"), so only a
 * possessive one counts. The report, or undefined.
 */
function rightDislocation(tokens: readonly Token[], text: string): Report | undefined {
  const pronoun = tokens[0];
  const end = tokens[tokens.length - 1];
  if (!isWordToken(pronoun) || !SINGULAR_PRONOUNS.hasToken(pronoun) || !BE.hasToken(tokens[1] ?? pronoun) || end?.kind !== 'punct') return undefined;
  const noun = tokens[tokens.length - 2];
  if (!isPersonNoun(noun) || primaryTag(noun) !== 'NN') return undefined;
  let n = tokens.length - 3;
  while (n > 2 && isWordToken(tokens[n]) && primaryTag(tokens[n]!) === 'JJ' && tokens.length - 3 - n < 2) n--;
  const possessive = tokens[n];
  if (possessive === undefined || !POSSESSIVES.hasToken(possessive) || tokens[n - 1]?.text !== ',') return undefined;
  if (possessive.lower === 'my' && VOCATIVES.hasToken(noun)) return undefined;
  // The predicate is adverbs and one adjective: English fiction takes up a subject after a noun ("She was a strange
  // woman, your aunt"); a list ("He is kind, patient, my dear husband") is another shape.
  const predicate = tokens.slice(2, n - 1);
  if (predicate.length === 0 || !isAdjective(predicate[predicate.length - 1]!) || !predicate.slice(0, -1).every((t) => isAdverb(t))) return undefined;
  const phrase = tokens.slice(n, tokens.length - 1).map((t) => t.text).join(' ');
  const subject = phrase[0]!.toUpperCase() + phrase.slice(1);
  return {
    start: tokens[n - 1]!.start,
    end: noun.end,
    message: `"${phrase}" at the end takes up the subject "${pronoun.text}"; English names it first ("${subject} ${tokens[1]!.text} …").`,
    // One edit from the pronoun to the noun: the phrase in the pronoun's place, the comma and the phrase gone.
    suggestions: [{ start: pronoun.start, end: noun.end, replacement: subject + text.slice(pronoun.end, tokens[n - 1]!.start) }],
  };
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
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    if (tokens[0]?.text === 'He' || tokens[0]?.text === 'She') {
      const dislocated = rightDislocation(tokens, doc.text);
      return dislocated === undefined || quotedMask(sentence)[0] ? [] : [dislocated];
    }
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
      { text: 'He was always so generous, our old neighbour.', output: 'Our old neighbour was always so generous.' },
      { text: 'She is very strict, my teacher!', output: 'My teacher is very strict!' },
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
      'He was a poor man, a farmer.',
      'She was a strange woman, your aunt.',
      'She is very strict, my teacher says.',
      'He is kind, patient, my dear husband.',
      'My teacher is very strict.',
      'He was late, my friend.',
    ],
  },
});
