import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isWordToken, lemma, nounSenses, nounSingular, primaryTag, type Token, type VerbForm, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// Russian verbs whose English look-alikes mean something else with the same object: "арестовать имущество" is to
// seize property (English arrests people, or a decline), "ликвидировать пожар" is to put out a fire (English
// liquidates a company or a debt).

interface FalseFriend {
  /** The verb as MT renders it. */
  base: string;
  /** Whether the noun, the verb's object or passive subject, makes it the false friend. */
  fits: (noun: Token) => boolean;
  /** The English verb, its first word conjugated like the verb it replaces ("put out" → "puts out"). */
  english: string;
  source: string;
}

// What one seizes: WordNet's possessions (property, assets, accounts, funds), not people. The plural is asked first:
// "assets" is a possession where "asset" is only a quality.
const seized = (noun: Token) => {
  const senses = nounSenses(noun.lower);
  const own = senses.length > 0 ? senses : nounSenses(nounSingular(noun.lower));
  return own.includes('noun.possession') && !own.includes('noun.person');
};
const FIRES = new WordSet(['fire', 'fires', 'blaze', 'blazes', 'flames', 'wildfire', 'wildfires', 'fire-fighting']);

const FALSE_FRIENDS: readonly FalseFriend[] = [
  { base: 'arrest', fits: seized, english: 'seize', source: 'арестовать (имущество, счета)' },
  { base: 'liquidate', fits: (noun) => FIRES.has(noun.lower), english: 'put out', source: 'ликвидировать (пожар)' },
];
const BY_BASE = new Map(FALSE_FRIENDS.map((f) => [f.base, f]));
const isFalseFriendForm = formOf(new Set(BY_BASE.keys()));
// How far the noun may stand from the verb: "arrested the bank accounts of the firm", "the fire … was liquidated".
const REACH = 4;

/** The nouns the verb at `v` acts on: its object after it ("seized the assets"), or before "was/were" its subject. */
function nounsAround(tokens: readonly Token[], v: number): Token[] {
  const nouns: Token[] = [];
  const passive = /^(was|were|is|are|been|be)$/.test(tokens[v - 1]?.lower ?? '');
  const [from, to] = passive ? [Math.max(0, v - 1 - REACH), v - 1] : [v + 1, Math.min(tokens.length, v + 1 + REACH)];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (passive) nouns.length = 0;
      else break;
      continue;
    }
    // A noun, or after a determiner or adjective a word with a noun reading ("the blaze").
    const afterModifier = /^(DT|PRP\$|JJ)$/.test(primaryTag(tokens[k - 1])) && (t.tags.includes('NN') || t.tags.includes('NNS'));
    if (isWordToken(t) && (/^NNS?$/.test(primaryTag(t)) || afterModifier)) nouns.push(t);
  }
  return nouns;
}

export default defineRule({
  meta: {
    id: 'false-friend-verb',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb that looks like the source\'s but means something else with this object: "arrested the property", "the fire was liquidated".',
    sourceHint: 'Russian "арестовать имущество" (seize property), "ликвидировать пожар" (put out a fire).',
    fixable: false,
  },
  needs: [isFalseFriendForm],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let v = 0; v < tokens.length; v++) {
      const verb = tokens[v]!;
      if (!isFalseFriendForm(verb)) continue;
      const friend = BY_BASE.get(lemma(verb.lower));
      const tag = primaryTag(verb);
      if (friend === undefined || !/^VB[DNPZG]?$/.test(tag)) continue;
      const noun = nounsAround(tokens, v).find(friend.fits);
      if (noun === undefined) continue;
      const [first, ...rest] = friend.english.split(' ');
      const form = tag === 'VB' ? first! : conjugateVerb(first!, tag as VerbForm);
      const english = [form, ...rest].join(' ');
      reports.push({
        start: verb.start,
        end: verb.end,
        message: `"${verb.text}" with "${noun.text}" renders Russian "${friend.source}"; English says "${english}".`,
        suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The court arrested the assets of the developer.', output: 'The court seized the assets of the developer.' },
      { text: 'Investigators have arrested the bank accounts of the firm.', output: 'Investigators have seized the bank accounts of the firm.' },
      { text: 'The fire in the warehouse was liquidated by noon.', output: 'The fire in the warehouse was put out by noon.' },
      { text: 'Firefighters liquidated the blaze within an hour.', output: 'Firefighters put out the blaze within an hour.' },
    ],
    valid: [
      'The police arrested the owner of the shop.',
      'The drug arrested the decline of the patient.',
      'The company was liquidated in 2010.',
      'The bank liquidated its assets to pay the debts.',
      'Firefighters put out the blaze within an hour.',
      'The court seized the assets of the developer.',
      'He was arrested near the fire station.',
      'The fund was liquidated after the fire.',
    ],
  },
});
