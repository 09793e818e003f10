import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isWordToken, nounSenses, type Token, WordMap, WordSet } from '@mtlint/text';

// Russian "детская больница", "женская команда", "прокуратура" (read word by word as "the prosecutor office"), Polish
// "drużyna kobiet", German "Frauenmannschaft", Chinese "女子队", "检察官办公室": the owner is an adjective, a genitive or
// the first half of a compound, and MT puts the bare noun before the head. English marks the owner with "'s":
// "the children's hospital", "the women's team", "the prosecutor's office".

// Plurals without -s, whose possessive adds "'s"; a plural of this kind is never the first half of a compound in
// edited English ("a children hospital"), though it may name a kind of person in apposition to a plural ("women
// doctors"), which the head's number tells apart.
const IRREGULAR_PLURALS = new WordMap([['children', "children's"], ['women', "women's"], ['men', "men's"]]);
// Heads that a person noun before them owns rather than classifies: in Brown and the 1.3 M words of docs a person noun
// before these takes "'s" ("the prosecutor's office", "the governor's son", "the victim's family") and never stands
// bare. "name", "body" and "life" are left out: "the author name", "the student body", "student life".
const OWNED_HEADS = new WordSet([
  'office', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'family', 'death', 'funeral',
  'widow',
]);

// Determiners that agree with the singular head: a plural one ("these children exhibit", Brown) belongs to the plural
// owner, and the word after it is the verb of a clause. "that" is left out: it opens relative clauses as often ("the
// possibilities that individual men glimpse", Brown).
const SINGULAR_DETERMINERS = new WordSet(['the', 'a', 'an', 'this', 'each', 'every', 'another']);

/** A word after the head that continues the noun phrase: a noun (not one also read as a past or present verb). */
function continuesPhrase(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  const tag = t.tags[0] ?? '';
  return tag.startsWith('NN') && !t.tags.includes('VBZ') && !t.tags.includes('VBD');
}

// People an office or service is for, which English compounds with its heads: "the tourist office", "the student
// office", "the visitor family" (a host family's guest).
const SERVED_PEOPLE = new WordSet([
  'tourist', 'student', 'visitor', 'customer', 'passenger', 'client', 'user', 'member', 'guest', 'patient', 'traveller',
  'traveler',
]);
// Agent endings of nouns of people: a noun of people with other senses too ("governor", "driver": machine parts)
// still names a person with them; without one ("baby sister", "the image family", Brown) it need not.
const AGENT_ENDING = /(?:or|er|ist|ant|ent)$/;

/**
 * A lower-case noun of people that may own the head and is no adjective: "prosecutor", "victim", "governor", not
 * "official", "baby".
 */
function isOwnerNoun(t: Token): boolean {
  if (t.text !== t.lower || t.tags[0] !== 'NN' || t.tags.includes('JJ') || SERVED_PEOPLE.hasToken(t)) return false;
  const senses = nounSenses.of(t);
  if (!senses.includes('noun.person')) return false;
  return senses.every((s) => s === 'noun.person') || AGENT_ENDING.test(t.lower);
}

export default defineRule({
  meta: {
    id: 'noun-for-possessive',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.75,
    description: 'A bare noun where English needs a possessive: "the children hospital", "the women team", "the prosecutor office".',
    sourceHint: 'Slavic adjectives and genitives, German and Chinese compounds of an owner and a thing ("детская больница", "drużyna kobiet", "女子队").',
    fixable: true,
  },
  needs: [(t) => IRREGULAR_PLURALS.has(t.lower) || OWNED_HEADS.has(t.lower)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const owner = tokens[i]!;
      const head = tokens[i + 1]!;
      if (!isWordToken(owner) || !isWordToken(head) || head.text !== head.lower) continue;
      // Up to two adjectives may stand between the determiner and the owner: "the new children hospital".
      let d = i - 1;
      while (d > i - 3 && isWordToken(tokens[d]) && tokens[d]!.tags[0] === 'JJ' && tokens[d]!.text === tokens[d]!.lower) d--;
      const determiner = tokens[d];
      if (!isWordToken(determiner) || !(SINGULAR_DETERMINERS.hasToken(determiner) || determiner.tags[0] === 'PRP$')) continue;
      const irregular = owner.text === owner.lower ? IRREGULAR_PLURALS.getToken(owner) : undefined;
      let possessive: string | undefined;
      if (irregular !== undefined) {
        // "gave the children breakfast", "showed the men photos": after a verb the plural may be the first object.
        const beforeDeterminer = tokens[d - 1];
        if (isWordToken(beforeDeterminer) && (beforeDeterminer.tags[0] ?? '').startsWith('VB')) continue;
        // A singular head: "women doctors" is apposition, "women team" is not. A determiner after it makes the head a
        // verb ("some of the children ride a long distance", Brown).
        const after = tokens[i + 2];
        if (head.tags[0] !== 'NN' || continuesPhrase(after) || (isWordToken(after) && isDeterminer(after))) continue;
        possessive = irregular;
      } else if (OWNED_HEADS.hasToken(head) && isOwnerNoun(owner) && !continuesPhrase(tokens[i + 2])) {
        possessive = `${owner.lower}'s`;
      }
      if (possessive === undefined) continue;
      reports.push({
        start: owner.start,
        end: head.end,
        message: `The owner takes "'s" in English: "${possessive} ${head.text}", not "${owner.text} ${head.text}".`,
        suggestions: [{ start: owner.start, end: owner.end, replacement: possessive }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The new children hospital will open in May.', output: "The new children's hospital will open in May." },
      { text: 'The women team won the cup.', output: "The women's team won the cup." },
      { text: 'The prosecutor office opened an investigation.', output: "The prosecutor's office opened an investigation." },
      { text: 'Police spoke to the victim family on Monday.', output: "Police spoke to the victim's family on Monday." },
    ],
    valid: [
      "The children's hospital will open in May.",
      'The women doctors met in Geneva.',
      'She gave the children breakfast.',
      'Some of the children ride a long distance.',
      'The tourist office is closed on Sundays.',
      'The author name is taken from the commit.',
      'He was elected president of the student body.',
      'The official family attended the dinner.',
      "The men's final was played in the rain.",
      'All the men agreed.',
      'It shows the pattern of failure these children exhibit.',
      'It depends on the possibilities that individual men glimpse.',
    ],
  },
});
