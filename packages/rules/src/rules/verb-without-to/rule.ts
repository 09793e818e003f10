import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isTimePhrase, isWordToken, lemma, primaryTag, type Token, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// Chinese, Japanese and Korean chain verbs with no mark between them (开始养鸡 "begin raise chickens", 决定扩大
// "decide expand"), and MT now and then leaves out the "to" English puts between a verb of beginning, trying or
// intending and the verb it governs: "The villagers began raise chickens".

// Verbs whose verbal complement is a to-infinitive (or an -ing form), never a bare verb. Not here: verbs whose object
// may open with a verb-like modifier ("avoid compile warnings", "prepares commit objects", "expects log files": the
// docs), intransitives that end a clause ("if it fails retry without it", the git notes) and the verbs that take a
// bare infinitive in English (help, let, make, dare, need: "help make", "need not go").
const TAKES_TO = new Set([
  'begin', 'start', 'continue', 'try', 'want', 'decide', 'plan', 'hope', 'refuse', 'agree', 'promise', 'manage', 'attempt',
  'intend', 'learn', 'wish', 'seek', 'aim', 'choose', 'tend', 'strive', 'afford', 'threaten', 'pretend',
]);
const OBJECT_PRONOUNS = new WordSet(['him', 'her', 'them', 'us', 'me', 'it']);

/**
 * A word the lexicon reads first as a base verb and never as a past, a present in -s or an -ing form: "raise",
 * "expand", "accept" (a past like "cut" or "set" could be an adjective: "started cut flowers").
 */
function isBaseVerb(t: Token | undefined): t is Token {
  if (!isWordToken(t) || t.text !== t.lower || primaryTag(t) !== 'VB') return false;
  return !t.tags.includes('VBD') && !t.tags.includes('VBZ') && !t.tags.includes('VBG');
}

/**
 * The base verb heads a verb phrase: its object follows (a determiner, an object pronoun, a plural noun or a name, an
 * adjective, a number), or, for a word with no noun or adjective reading, a singular noun, a preposition or an adverb
 * ("learn listen to"). A singular noun after a word that is a noun too makes a compound or an object: "had sought
 * cover first" (Brown), "attempted to manage file ownership" (the npm notes).
 */
function headsVerbPhrase(verb: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (next === undefined) return false;
  const pureVerb = !verb.tags.includes('NN') && !verb.tags.includes('NNS') && !verb.tags.includes('JJ');
  if (next.kind === 'number') return pureVerb;
  if (!isWordToken(next)) return false;
  const tag = primaryTag(next);
  if (isDeterminer(next) || OBJECT_PRONOUNS.hasToken(next) || /^(PRP\$|NNS|NNP|CD)$/.test(tag)) return true;
  // An adjective opens the object only before its noun: "attract more investors" ("sought cover first", Brown).
  if (/^(JJ|JJR|JJS)$/.test(tag)) return /^NNS?$/.test(primaryTag(after));
  return pureVerb && /^(NN|TO|IN|RB)$/.test(tag);
}

/**
 * A word the lexicon reads first as a noun but also as a base verb ("plant", "train", "use"), read as the governed
 * verb only where nothing else fits: the governor is finite after its subject (a noun, a pronoun, a relative or an
 * adverb) and the word's object opens at once with a determiner, a possessive, a plural noun or a comparative ("The
 * residents began plant trees", "The school hopes train more doctors"). Brown and the docs have none of this shape.
 */
function isNounReadVerbAfterSubject(tokens: readonly Token[], i: number): boolean {
  const governor = tokens[i]!;
  const verb = tokens[i + 1];
  const object = tokens[i + 2];
  if (!governor.tags.includes('VBD') && !governor.tags.includes('VBZ')) return false;
  if (!/^(NNS?|NNPS?|PRP|WP|WDT|RB)$/.test(primaryTag(tokens[i - 1]))) return false;
  if (!isWordToken(verb) || verb.text !== verb.lower || !verb.tags.includes('VB')) return false;
  if (['VBD', 'VBZ', 'VBG', 'JJ'].some((tag) => verb.tags.includes(tag))) return false;
  // "started work the next day": a time phrase is no object.
  return isWordToken(object) && /^(DT|PRP\$|NNS|JJR)$/.test(primaryTag(object)) && !isTimePhrase(tokens, i + 2);
}

const isGoverningForm = formOf(TAKES_TO);

export default defineRule({
  meta: {
    id: 'verb-without-to',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb of beginning, trying or intending followed by a bare verb: "began raise chickens" (English: "began to raise").',
    sourceHint: 'Chinese, Japanese and Korean, which chain verbs with no "to" between them.',
    fixable: true,
  },
  // The governing verbs, in any form: the detector reads only those words (anchors), every test kept at each.
  anchor: isGoverningForm,
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    const anchors = anchorsIn(sentence, ctx, isGoverningForm);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i + 2 >= tokens.length) break;
      const governor = tokens[i]!;
      // The governor acts as a finite verb or participle, not an -ing noun ("higher learning owe", Brown) or a noun
      // after a determiner, a preposition or a subordinator tagged IN ("while promises remain", "for failed save": the
      // docs); after a relative ("visitors who want enter") or "to" ("to try close") it is a verb.
      if (!isWordToken(governor) || !/^VB[DZPN]?$/.test(primaryTag(governor)) || !TAKES_TO.has(lemma.of(governor))) continue;
      const before = tokens[i - 1];
      if (isWordToken(before) && (isDeterminer(before) || primaryTag(before) === 'IN')) continue;
      // "you want see me" (Brown): dropping "to" after "want" with a pronoun subject is speech's, not MT's.
      if (lemma.of(governor) === 'want' && primaryTag(before) === 'PRP') continue;
      const verb = tokens[i + 1];
      if (!isWordToken(verb)) continue;
      const plain = isBaseVerb(verb) && headsVerbPhrase(verb, tokens[i + 2], tokens[i + 3]);
      if (!plain && !isNounReadVerbAfterSubject(tokens, i)) continue;
      // Two lines of commands ("git cherry-pick --continue" / "make lint-md", the Node.js docs) are no phrase.
      if (ctx.doc.text.slice(governor.end, verb.start).includes('\n')) continue;
      reports.push({
        start: governor.start,
        end: verb.end,
        message: `English puts "to" between "${governor.text}" and the verb it governs: "${governor.text} to ${verb.text}".`,
        suggestions: [{ start: verb.start, end: verb.start, replacement: 'to ' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The farmers began grow tea on the hills.', output: 'The farmers began to grow tea on the hills.' },
      { text: 'The board decided close two branches.', output: 'The board decided to close two branches.' },
      { text: 'Please try reinstall the driver.', output: 'Please try to reinstall the driver.' },
      { text: 'The residents refused leave their homes.', output: 'The residents refused to leave their homes.' },
    ],
    valid: [
      'The farmers began to grow tea on the hills.',
      'Come visit us in spring.',
      'Go get your coat.',
      'They helped build the school.',
      'You need not worry.',
      'The tool helps avoid duplicate keys.',
      'Our institutions of higher learning owe much to him.',
      'While promises remain unkept, trust fades.',
      'The test covers failed save attempts.',
      'I want see nobody, he told her.',
      'The team started work the next day.',
      'She started cut flowers in the shed.',
      'The script tries hard to parse the logs.',
      'We hope so.',
      'Everyone had sought cover first.',
      'Previous versions attempted to manage file ownership.',
      'Visitors must not forget pay the fee.',
    ],
  },
});
