import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, primaryTag, type Token, withCaseOf, WordSet } from '@mtlint/text';

// Adjectives that look like the source's and mean something else in English, before the nouns that show which
// sense is meant: German "eventuell", French "éventuel", Spanish "eventual", Italian "eventuale" (possible: "for
// eventual questions"); German "sensibel", French "sensible", Spanish "sensible" (sensitive: "sensible data"); French
// "important", Spanish "importante", Italian "importante" (large: "an important discount"). Business letters, privacy
// notices, help pages and shop pages translated by machine keep the look-alike.

interface FalseFriend {
  readonly nouns: ReadonlySet<string>;
  /** The English adjective that fits the words around the one at `i`. */
  readonly english: (tokens: readonly Token[], i: number) => string;
  readonly meaning: string;
  readonly source: string;
  /** Whether what stands before the adjective leaves the English sense open: "the eventual winner". */
  readonly englishBefore?: (before: Token | undefined) => boolean;
}

// What may happen, which "eventual" (final) cannot qualify: "for eventual questions", "in case of eventual errors".
const UNCERTAIN = new WordSet([
  'questions', 'question', 'problems', 'problem', 'errors', 'error', 'damages', 'damage', 'changes', 'modifications',
  'delays', 'complaints', 'doubts', 'requests', 'issues', 'defects', 'claims', 'disputes', 'malfunctions', 'queries',
  'comments', 'suggestions', 'inconveniences', 'difficulties', 'faults', 'corrections', 'updates', 'variations',
]);
// English "eventual" is the final one, with its determiner or possessive: "the eventual winner", "its eventual
// costs". Without one, or after "any", the word is the source's "possible".
const definiteBefore = (before: Token | undefined) =>
  before !== undefined && before.kind === 'word' && before.lower !== 'any' && before.lower !== 'all' && (isDeterminer(before) || primaryTag(before) === 'POS' || before.lower === "'s");

// What is protected or irritated: "sensible data", "sensible skin". English "sensible" is reasonable ("sensible
// defaults", "a sensible choice").
const SENSITIVE = new WordSet(['data', 'information', 'skin', 'teeth', 'documents', 'files', 'content', 'areas', 'eyes', 'gums', 'stomach', 'scalp']);

// Sizes: "an important discount", "important delays", "an important number of visitors". English "important" means
// that it matters; an amount is large and a delay long.
const SIZES = new WordSet(['discount', 'discounts', 'amount', 'amounts', 'quantity', 'quantities', 'sum', 'sums', 'delay', 'delays', 'number', 'reduction', 'reductions', 'losses']);

const FRIENDS = new Map<string, FalseFriend>([
  ['eventual', {
    nouns: UNCERTAIN,
    english: (tokens, i) => (tokens[i - 1]?.lower === 'any' ? 'possible' : 'any'),
    meaning: 'possible',
    source: 'German "eventuell", French "éventuel", Spanish "eventual", Italian "eventuale"',
    englishBefore: definiteBefore,
  }],
  ['sensible', {
    nouns: SENSITIVE,
    english: () => 'sensitive',
    meaning: 'sensitive',
    source: 'German "sensibel", French and Spanish "sensible"',
  }],
  ['important', {
    nouns: SIZES,
    english: (tokens, i) => (/^delays?$/.test(tokens[i + 1]!.lower) ? 'long' : 'large'),
    meaning: 'large',
    source: 'French "important", Spanish and Italian "importante"',
  }],
]);

/**
 * "Eventually remove the limescale" (German "eventuell", French "éventuellement", Italian "eventualmente": if
 * necessary): an instruction opened by "Eventually", a base verb and its object. English "eventually" (in the end)
 * goes with a statement ("Eventually the sauce thickens").
 */
function eventuallyInstruction(tokens: readonly Token[]): Report | undefined {
  const adverb = tokens[0];
  if (adverb?.lower !== 'eventually') return undefined;
  const v = tokens[1]?.text === ',' ? 2 : 1;
  const verb = tokens[v];
  const object = tokens[v + 1];
  if (verb === undefined || verb.tags[0] !== 'VB' || object === undefined || !(isDeterminer(object) || /^(it|them|all|any)$/.test(object.lower))) return undefined;
  return {
    start: adverb.start,
    end: adverb.end,
    message: `"${adverb.text}" before an instruction renders German "eventuell", French "éventuellement" or Italian "eventualmente" (if necessary); English "eventually" means "in the end".`,
    suggestions: [{ start: adverb.start, end: tokens[v - 1]!.end, replacement: 'If necessary,' }],
  };
}

export default defineRule({
  meta: {
    id: 'false-friend-adjective',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.8,
    description: 'An adjective that looks like the source\'s and means something else before this noun: "for eventual questions" (any), "sensible data" (sensitive), "an important discount" (large).',
    sourceHint: 'German "eventuell", "sensibel"; French "éventuel", "sensible", "important"; Spanish "eventual", "sensible", "importante"; Italian "eventuale", "importante".',
    fixable: true,
  },
  needs: [new Set([...FRIENDS.keys(), 'eventually'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const instruction = eventuallyInstruction(tokens);
    if (instruction) reports.push(instruction);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const adjective = tokens[i]!;
      const friend = FRIENDS.get(adjective.lower);
      if (friend === undefined) continue;
      const noun = tokens[i + 1]!;
      if (!friend.nouns.has(noun.lower) || friend.englishBefore?.(tokens[i - 1])) continue;
      // "an important number": only a number "of" something is an amount ("an important number in the series").
      if (noun.lower === 'number' && tokens[i + 2]?.lower !== 'of') continue;
      // "an important" → "a large": the article goes with the word it stands before.
      const english = friend.english(tokens, i);
      const article = tokens[i - 1];
      const fixArticle = article?.lower === 'an' && /^[^aeiou]/.test(english);
      const start = fixArticle ? article!.start : adjective.start;
      const replacement = fixArticle ? `${withCaseOf(article!.text, 'a')} ${english}` : withCaseOf(adjective.text, english);
      reports.push({
        start,
        end: adjective.end,
        message: `"${adjective.text} ${noun.text}" renders the source's ${friend.source} (${friend.meaning}); English says "${english} ${noun.text}".`,
        suggestions: [{ start, end: adjective.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'For eventual questions, do not hesitate to contact us.', output: 'For any questions, do not hesitate to contact us.' },
      { text: 'The seller is liable for any eventual defects.', output: 'The seller is liable for any possible defects.' },
      { text: 'Sensible data are stored on servers in the EU.', output: 'Sensitive data are stored on servers in the EU.' },
      { text: 'The shop offers an important discount on all shoes.', output: 'The shop offers a large discount on all shoes.' },
      { text: 'The strike caused important delays on the line.', output: 'The strike caused long delays on the line.' },
      { text: 'Eventually remove the limescale with vinegar.', output: 'If necessary, remove the limescale with vinegar.' },
    ],
    valid: [
      'The eventual winner will receive a trophy.',
      'Its eventual costs were twice the estimate.',
      'The party\'s eventual defeat surprised no one.',
      'Choose sensible defaults for new projects.',
      'That was a sensible decision.',
      'Sensitive data is encrypted at rest.',
      'It is an important question for the town.',
      'This is an important number in the series.',
      'Any possible delays will be announced.',
      'Important changes to the timetable start on Monday.',
      'Eventually the sauce thickens and turns glossy.',
      'Eventually, rain fell on the valley.',
    ],
  },
});
