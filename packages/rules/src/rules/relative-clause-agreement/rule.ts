import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isWordToken, lemma, nounSenses, nounSingular, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';
import { NOTIONAL_HEADS, otherNumber, SINGULAR_IN_S } from '../../agreement.js';

// A relative pronoun has no number of its own in English, and the verb after it agrees with the noun it stands for.
// Russian "который" and Polish "który" carry the number of their noun and the verb agrees with them; German "der/die",
// French "qui", Chinese "的" give MT no number at all, and MT agrees the verb in the relative clause by default with
// the singular or with a word further away: "Passengers who misses", "an employee who have a car", "the roads which
// was closed".

const RELATIVES = new WordSet(['who', 'which', 'that']);
// Words before the noun phrase that make the pronoun stand for a larger phrase: "the mother and child who live".
const COORDINATORS = new WordSet(['and', 'or', 'nor']);
// Verbs whose object may be followed by an indirect question with "who" or "which": "asked the guards who was on duty".
const ASKING = new WordSet(['ask', 'tell', 'inform', 'remind', 'know', 'wonder', 'decide']);
// Plurals that English also agrees in the singular ("the data which has"); plurals in form with a singular meaning
// ("the series which is", "the physics which governs": SINGULAR_IN_S) may take either number too, and so may heads
// that count or name a kind ("the only kind that have", "the majority who are": NOTIONAL_HEADS).
const EITHER_NUMBER = new WordSet(['data', 'media', 'agenda', 'staff', 'personnel', 'crew', 'clergy']);

/** The number of the noun at `n`: "plural", "singular" or undefined (a name, a pronoun, a number, not a noun). */
function nounNumber(tokens: readonly Token[], n: number): 'plural' | 'singular' | undefined {
  const noun = tokens[n]!;
  if (!isWordToken(noun) || !/^[A-Za-z]+$/.test(noun.text)) return undefined;
  // A word opening the sentence is read by the lexicon as a name: "Customers who …".
  if (noun.text !== noun.lower && n > 0) return undefined;
  if (SINGULAR_IN_S.test(noun.lower) || EITHER_NUMBER.hasToken(noun) || NOTIONAL_HEADS.hasToken(noun)) return undefined;
  const tag = primaryTag(noun);
  const singular = nounSingular.of(noun);
  if ((tag === 'NNS' || (n === 0 && /^NNPS?$/.test(tag))) && singular !== noun.lower) return 'plural';
  if (tag === 'NN' || (n === 0 && tag === 'NNP' && nounSenses(noun.lower).length > 0)) return 'singular';
  return undefined;
}

/**
 * "Guests who books a room", "a driver who have three fines", "the towers which was damaged": a noun, "who", "which"
 * or "that", perhaps an adverb, then a verb whose number is the other one. The pronoun must stand for that noun only:
 * not inside "one of …", "the list of …", a coordination, nor after "which" with a comma (which stands for the whole
 * clause: "He lost the keys, which means …"), nor an indirect question after a verb of asking.
 */
function relativeAgreement(tokens: readonly Token[], r: number): Report | undefined {
  const noun = tokens[r - 1];
  if (noun === undefined) return undefined;
  const number = nounNumber(tokens, r - 1);
  if (number === undefined) return undefined;
  const pronoun = tokens[r]!;
  // A noun glued to the word before it is part of a name or an identifier ("core.legacyheaders", "zlib.gyp"); "which
  // means" stands for the clause before it, with or without a comma.
  if (tokens[r - 2]?.end === noun.start) return undefined;
  if (pronoun.lower === 'which' && tokens[r + 1]?.lower === 'means') return undefined;
  let v = r + 1;
  while (v < r + 3 && isWordToken(tokens[v]) && isAdverb(tokens[v]!) && tokens[v]!.lower !== 'not') v++;
  const verb = tokens[v];
  if (!isWordToken(verb)) return undefined;
  // "the man who police arrested": a noun after the pronoun, then a verb, is the relative clause's own subject.
  if (/^NN/.test(primaryTag(verb)) && /^(VB[DPZ]?|MD)$/.test(primaryTag(tokens[v + 1]))) return undefined;
  const replacement = otherNumber(tokens, v, number === 'plural');
  if (replacement === undefined) return undefined;
  // otherNumber reads the verb as given; the verb must be in the number the noun does not have.
  const singularVerb = /^(is|was|has|does)$/.test(verb.lower) || (verb.lower.endsWith('s') && verb.tags.includes('VBZ'));
  if ((number === 'plural') !== singularVerb) return undefined;
  // Words in the six before the noun that make the pronoun reach further back: a verb of asking ("asked the guards
  // who was"), a preposition ("a string of islands that has", "commits in one request that belong"), a coordinator
  // ("the commit and tag that are"), another relative pronoun ("paths that match the pattern that were", where the
  // second may stand for the first noun), a closing bracket ("the TLS (and SSL) protocols that is"); "one of" further
  // back.
  for (let k = Math.max(0, r - 6); k < r - 1; k++) {
    const t = tokens[k]!;
    // (A backtick: code in the phrase hides its words.)
    if (ASKING.has(lemma.of(t)) || RELATIVES.hasToken(t) || t.text === ')' || t.text === '`') return undefined;
    if (COORDINATORS.hasToken(t) || (/^(IN|TO)$/.test(primaryTag(t)) && isWordToken(t))) return undefined;
  }
  for (let k = Math.max(0, r - 10); k < r - 1; k++) if (tokens[k]!.lower === 'one' && tokens[k + 1]?.lower === 'of') return undefined;
  // A noun phrase after a preposition is seldom what the pronoun stands for: "the boy from the village who was",
  // "a new respect for the laws that is", "one of the drivers who has". The pronoun reaches back to the noun before
  // the preposition, which the rule does not read; after "and" or "or" it stands for both nouns.
  let s = r - 2;
  while (s >= 0 && (/^(DT|PDT|JJ|JJR|JJS|CD|NN|NNS|NNP|PRP\$|POS|VBN|VBG)$/.test(primaryTag(tokens[s])) || /^["“”'‘’-]$/.test(tokens[s]!.text))) s--;
  if (s >= 0 && (/^(IN|TO)$/.test(primaryTag(tokens[s])) || COORDINATORS.hasToken(tokens[s]!))) return undefined;
  const senses = nounSenses(nounSingular.of(noun));
  // British English agrees a group with its members: "the team who are", "the family which have".
  if (number === 'singular' && (senses.includes('noun.group') || senses.includes('noun.quantity'))) return undefined;
  // "who" stands for people (or animals, or a group): after any other noun it reaches further back ("the guests here
  // tonight who do …").
  if (pronoun.lower === 'who' && !senses.some((x) => x === 'noun.person' || x === 'noun.animal' || x === 'noun.group')) return undefined;
  // "that" after a noun may open a clause of its own ("told the workers that is the rule"); only "who" and "which"
  // (without a comma before "which") stand for the noun for certain, and "that" only right before its verb.
  if (pronoun.lower === 'that' && v !== r + 1) return undefined;
  // Noun, pronoun and verb must follow one another with a single space: a wider gap is where a document's code or
  // markup was taken out ("items that `pMap` pulls").
  if (pronoun.start - noun.end > 1 || verb.start - tokens[v - 1]!.end > 1) return undefined;
  return {
    start: noun.start,
    end: verb.end,
    message: `In the relative clause the verb agrees with "${noun.text}", which is ${number}: "${pronoun.text} ${replacement}", not "${verb.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'relative-clause-agreement',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb in a relative clause that does not agree with its noun: "Passengers who misses", "an employee who have".',
    sourceHint: 'Russian "который", Polish "który" (agree by case), German "der/die", French "qui", Chinese "的" (no number).',
    fixable: true,
  },
  needs: [new Set(['who', 'which', 'that'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    let quoted: boolean[] | undefined;
    for (let r = 1; r + 1 < tokens.length; r++) {
      if (!RELATIVES.hasToken(tokens[r]!)) continue;
      // "He lost the keys, which means …": "which" after a comma may stand for the whole clause.
      if (tokens[r]!.lower === 'which' && tokens[r - 1]?.text === ',') continue;
      const report = relativeAgreement(tokens, r);
      if (!report) continue;
      quoted ??= quotedMask(sentence);
      if (!quoted[r]) reports.push(report);
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Guests who books a room before May get a discount.', output: 'Guests who book a room before May get a discount.' },
      { text: 'A driver who have three fines loses the licence.', output: 'A driver who has three fines loses the licence.' },
      { text: 'The towers which was damaged in the storm are closed.', output: 'The towers which were damaged in the storm are closed.' },
      { text: 'Players who regularly misses training are dropped.', output: 'Players who regularly miss training are dropped.' },
    ],
    valid: [
      'Guests who book a room before May get a discount.',
      'One of the drivers who has three fines lost the licence.',
      'The list of rules which applies to guests is short.',
      'The mother and child who live next door are friendly.',
      'The team who are playing tonight arrived yesterday.',
      'He lost the keys, which means we cannot open the shed.',
      'They asked the guards who was on duty that night.',
      'The man who police arrested was released.',
      'The series which starts tonight is about bees.',
      'A nurse who has worked nights for years knows the ward.',
    ],
  },
});
