import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { indefiniteArticle, isDeterminer, isWordToken, nounSingular, primaryTag, type Token, withCaseOf, WordSet, WordMap } from '@mtlint/text';

/** An adjective that looks like the source's word, the contexts in which only the source's sense fits, and the English word for it. */
interface FalseFriend {
  /** The English word for the source's sense; a function where the words around choose it ("any", "long"). */
  english: string | ((tokens: readonly Token[], i: number) => string);
  source: string;
  /** Whether the adjective at `i` is used in the source's sense: the pattern, with its antipatterns. */
  inSourceSense(tokens: readonly Token[], i: number): boolean;
}

/** Whether a token is one of `nouns` (given in the singular, and as written for "data", "teeth"). */
const isOneOf = (nouns: ReadonlySet<string>, t: Token | undefined): boolean =>
  isWordToken(t) && (nouns.has(t.lower) || nouns.has(nounSingular.of(t)));

/**
 * Whether the adjective at `i` modifies one of `nouns`, over one more word ("sensible personal data", "the ancient
 * prime minister"), as the head of its phrase: "sensible data structures" is a compound with another head.
 */
function modifies(tokens: readonly Token[], i: number, nouns: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isWordToken(t)) return false;
    if (isOneOf(nouns, t)) return !isWordToken(tokens[k + 1]) || !primaryTag(tokens[k + 1]!).startsWith('NN');
  }
  return false;
}

// Comparatives and superlatives make "important" weigh, not measure: "the most important number" is English.
const COMPARATIVES = new WordSet(['most', 'more', 'less', 'least']);
// A degree word makes "perspective" an adjective: "the most perspective cities", "a very perspective player".
const DEGREES = new WordSet(['most', 'more', 'very', 'quite', 'highly', 'rather', 'so', 'extremely', 'less']);
// The plural nouns English puts after "eventual" bare, in the sense of "final": "lost to eventual champions Italy".
const FINALISTS = new WordSet(['winner', 'champion', 'finalist', 'victor', 'nominee', 'medallist', 'medalist']);

/**
 * A plural noun with no determiner, which English does not put after "eventual" in its sense of "final" ("eventual
 * repairs", "eventual inconveniences"), but does in sport before a name ("eventual champions Italy").
 */
function isBarePlural(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return isWordToken(t) && primaryTag(t) === 'NNS' && !isOneOf(FINALISTS, t);
}

// Determiners and possessives before "eventual" in its English sense of "final": "the eventual winner", "his eventual
// return", "an eventual merger", "the party's eventual defeat".
const DETERMINERS = new WordSet(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'whose', "'s", '’s']);
// Before the noun "perspective", the words that own a point of view: "from this perspective companies look …".
const POINTS_OF_VIEW = new WordSet(['his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'that', 'whose', 'one\'s']);

// What can be harmed, exposed or irritated: German "sensible Daten", French "données sensibles", Spanish "piel sensible".
const SENSITIVE_THINGS = new WordSet([
  'data', 'information', 'skin', 'scalp', 'tooth', 'gum', 'stomach', 'document', 'file', 'detail', 'content', 'instrument',
  'sensor',
]);
// What a person or device reacts to: "sensible to light" (sensitive); "it is sensible to wait" is English.
const STIMULI = new WordSet([
  'light', 'sunlight', 'heat', 'cold', 'noise', 'sound', 'pain', 'touch', 'criticism', 'temperature', 'change', 'pressure', 'moisture',
  'humidity', 'vibration', 'dust', 'shock', 'frost',
]);
// What may come up and has to be dealt with: German "eventuelle Fragen", French "d'éventuels problèmes", Spanish
// "eventuales daños", Italian "eventuali modifiche".
const CONTINGENCIES = new WordSet([
  'problem', 'question', 'error', 'change', 'damage', 'delay', 'defect', 'complaint', 'difficulty', 'modification', 'query', 'inquiry',
  'mistake', 'issue', 'claim', 'cost', 'risk', 'doubt', 'request', 'comment', 'objection', 'discrepancy', 'deviation', 'malfunction',
  'fault', 'loss', 'side', 'correction', 'amendment', 'shortcoming', 'dispute', 'suggestion', 'inconvenience', 'update', 'variation',
]);
// What a clever person thinks up: German "eine geniale Idee", Italian "un'idea geniale", Spanish "una solución genial".
// English "genial" is friendly and describes people and their manner ("a genial host", "a genial smile").
const INVENTIONS = new WordSet([
  'idea', 'solution', 'invention', 'plan', 'concept', 'move', 'trick', 'discovery', 'design', 'goal', 'stroke', 'pass', 'innovation',
  'composition', 'strategy', 'shot', 'save', 'gadget', 'device',
]);
// Words that join an office to "ancient": "the ancient prime minister", "the ancient vice president".
const OFFICE_PARTS = new WordSet(['prime', 'vice', 'deputy', 'assistant', 'chief', 'general', 'managing', 'head']);
// Offices and roles a person holds and then leaves: French "l'ancien président", Spanish "el antiguo director",
// Italian "l'antico"; English "ancient" is very old ("ancient kings", "the ancient mariner").
const ROLES = new WordSet([
  'president', 'minister', 'premier', 'mayor', 'director', 'coach', 'manager', 'player', 'footballer', 'champion', 'employee', 'colleague',
  'student', 'pupil', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'deputy', 'ambassador', 'governor', 'senator', 'boss', 'owner',
  'secretary', 'member', 'teammate', 'editor', 'headmaster', 'headteacher', 'trainer', 'spokesman', 'spokeswoman', 'spokesperson',
  'chancellor', 'commissioner', 'executive', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'employer', 'leader',
]);
// Sizes: French "une somme importante", "une remise importante", Spanish "una cantidad importante", Italian "un numero
// importante", "ritardi importanti". English "important" means that it matters: an amount is large, a delay long.
const SIZES = new WordSet(['sum', 'amount', 'number', 'quantity', 'discount', 'reduction', 'delay', 'loss']);
// What English "consequent" is followed by when it follows its noun: "consequent upon the merger", "consequent to".
const CONSEQUENT_ON = new WordSet(['upon', 'on', 'to', 'of']);
const LINKING = new WordSet(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'become', 'becomes', 'became']);
// What Russian "перспективный" (promising) describes.
const PROSPECTS = new WordSet([
  'project', 'direction', 'area', 'market', 'technology', 'development', 'player', 'specialist', 'employee', 'graduate', 'investment',
  'sector', 'field', 'company', 'enterprise', 'startup', 'business', 'idea', 'region', 'deposit', 'athlete', 'scientist', 'talent', 'plan',
]);

const FALSE_FRIENDS: WordMap<FalseFriend> = new WordMap([
  ['sensible', {
    english: 'sensitive',
    source: 'German "sensibel", French and Spanish "sensible", Italian "sensibile" mean sensitive',
    inSourceSense: (tokens, i) =>
      modifies(tokens, i, SENSITIVE_THINGS) ||
      (tokens[i + 1]?.lower === 'to' && isOneOf(STIMULI, tokens[i + 2])),
  }],
  ['eventual', {
    english: (tokens, i) => (tokens[i - 1]?.lower === 'any' ? 'possible' : 'any'),
    source: 'German "eventuell", French "éventuel", Spanish "eventual", Italian "eventuale" mean possible',
    inSourceSense: (tokens, i) =>
      tokens[i - 1]?.lower === 'any' || (!DETERMINERS.has(tokens[i - 1]?.lower ?? '') && (isOneOf(CONTINGENCIES, tokens[i + 1]) || isBarePlural(tokens, i + 1))),
  }],
  ['genial', {
    english: 'brilliant',
    source: 'German "genial", Italian and Spanish "geniale/genial" mean brilliant',
    inSourceSense: (tokens, i) => isOneOf(INVENTIONS, tokens[i + 1]),
  }],
  ['ancient', {
    english: 'former',
    source: 'French "ancien", Spanish "antiguo", Portuguese "antigo" before an office mean former',
    inSourceSense: (tokens, i) => isOneOf(ROLES, tokens[i + 1]) || (OFFICE_PARTS.has(tokens[i + 1]?.lower ?? '') && isOneOf(ROLES, tokens[i + 2])),
  }],
  ['important', {
    english: (tokens, i) => (nounSingular.of(tokens[i + 1]!) === 'delay' ? 'long' : 'large'),
    source: 'French "important", Spanish and Italian "importante" before a size mean large',
    // "an important number" is a size only before "of" ("an important number in the series").
    inSourceSense: (tokens, i) =>
      !COMPARATIVES.has(tokens[i - 1]?.lower ?? '') && isOneOf(SIZES, tokens[i + 1]) && (tokens[i + 1]!.lower !== 'number' || tokens[i + 2]?.lower === 'of'),
  }],
  ['consequent', {
    // After a linking verb the adjective ("was consistent"), after any other verb the adverb ("acted consistently").
    english: (tokens, i) => (LINKING.has(tokens[i - 1]?.lower ?? '') ? 'consistent' : 'consistently'),
    source: 'German "konsequent", Russian "последовательный" mean consistent',
    // English "consequent" stands before its noun ("the consequent loss") or before "upon"/"on"/"to"; after a verb, a
    // comma or the end it is the source's predicate or adverb: "he acted consequent", "the club was consequent".
    inSourceSense: (tokens, i) => {
      const next = tokens[i + 1];
      if (isWordToken(next) && (primaryTag(next).startsWith('NN') || primaryTag(next) === 'JJ' || CONSEQUENT_ON.hasToken(next))) return false;
      const before = tokens[i - 1];
      return isWordToken(before) && !isDeterminer(before) && !/^(JJ|RB|CC|IN|PRP\$|POS)$/.test(primaryTag(before));
    },
  }],
  ['perspective', {
    english: 'promising',
    source: 'Russian "перспективный" means promising',
    inSourceSense: (tokens, i) =>
      (modifies(tokens, i, PROSPECTS) && !POINTS_OF_VIEW.has(tokens[i - 1]?.lower ?? '')) ||
      (DEGREES.has(tokens[i - 1]?.lower ?? '') && isWordToken(tokens[i + 1]) && primaryTag(tokens[i + 1]!).startsWith('NN')),
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

// A plain Set: the engine reads an anchor's spellings once per text, and the catalogue freezes what a rule holds.
const FORMS = new Set([...FALSE_FRIENDS.keys(), 'eventually']);

export default defineRule({
  meta: {
    id: 'false-friend-adjective',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.8,
    description: 'An adjective that looks like the source\'s and means something else in English: "sensible data" (sensitive), "for eventual questions" (any), "the ancient mayor" (former), "an important discount" (large), "acted consequent" (consistent).',
    sourceHint: 'German "sensibel", "eventuell", "genial", "konsequent"; French "sensible", "éventuel", "ancien", "important"; Spanish "antiguo"; Russian "перспективный".',
    fixable: true,
  },
  anchor: FORMS,
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, FORMS);
    const instruction = eventuallyInstruction(tokens);
    if (instruction) reports.push(instruction);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      const token = tokens[i]!;
      const friend = FALSE_FRIENDS.getToken(token);
      if (friend === undefined || !friend.inSourceSense(tokens, i)) continue;
      // "an important sum" → "a large sum": the article goes with the word that replaces the adjective.
      const article = tokens[i - 1];
      const english = typeof friend.english === 'string' ? friend.english : friend.english(tokens, i);
      const wanted = indefiniteArticle(english);
      const articleChanges = (article?.lower === 'a' || article?.lower === 'an') && article.lower !== wanted && article.end + 1 === token.start;
      const replacement = withCaseOf(token.text, english);
      reports.push({
        start: token.start,
        end: token.end,
        message: `"${token.text}" means something else in English here: "${english}" (${friend.source}).`,
        suggestions: [
          articleChanges
            ? { start: article!.start, end: token.end, replacement: `${withCaseOf(article!.text, wanted)} ${replacement}` }
            : { start: token.start, end: token.end, replacement },
        ],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Never send sensible data by email.', output: 'Never send sensitive data by email.' },
      { text: 'The film is sensible to light.', output: 'The film is sensitive to light.' },
      { text: 'Write to us with any eventual complaints.', output: 'Write to us with any possible complaints.' },
      { text: 'The shop is not liable for eventual defects.', output: 'The shop is not liable for any defects.' },
      { text: 'For eventual questions, do not hesitate to contact us.', output: 'For any questions, do not hesitate to contact us.' },
      { text: 'Folding the map that way was a genial trick.', output: 'Folding the map that way was a brilliant trick.' },
      { text: 'The ancient minister of finance wrote a book.', output: 'The former minister of finance wrote a book.' },
      { text: 'They raised an important amount of money.', output: 'They raised a large amount of money.' },
      { text: 'The shop offers an important discount on all shoes.', output: 'The shop offers a large discount on all shoes.' },
      { text: 'The strike caused important delays on the line.', output: 'The strike caused long delays on the line.' },
      { text: 'Eventually remove the limescale with vinegar.', output: 'If necessary, remove the limescale with vinegar.' },
      { text: 'The bank backs perspective startups.', output: 'The bank backs promising startups.' },
      { text: 'The coach acted consequent and dropped the captain.', output: 'The coach acted consistently and dropped the captain.' },
      { text: 'In this question the club was consequent.', output: 'In this question the club was consistent.' },
    ],
    valid: [
      'Wearing sensible shoes is a sensible precaution.',
      'It is sensible to wait for the report.',
      'The eventual winner was a rank outsider.',
      'Its eventual costs were twice the estimate.',
      'The party\'s eventual defeat surprised no one.',
      'Choose sensible defaults for new projects.',
      'This is an important number in the series.',
      'Important changes to the timetable start on Monday.',
      'Eventually the sauce thickens and turns glossy.',
      'Eventually, rain fell on the valley.',
      'They lost to eventual champions Italy.',
      'An eventual merger of the two firms is likely.',
      'The genial host greeted every guest.',
      'Ancient kings built the walls of the city.',
      'It is the most important number in the table.',
      'Education is an important part of the plan.',
      'Seen from this perspective, the plan fails.',
      'The drawing uses a strict perspective grid.',
      'The merger and the consequent job losses hit the town.',
      'Job losses consequent upon the merger hit the town.',
      'Prices rose, with consequent hardship for pensioners.',
    ],
  },
});
