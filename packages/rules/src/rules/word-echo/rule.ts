import { defineRule, type Report } from '@mtlint/engine';
import { isCommonNoun, isCoordinator, isDeterminer, isPreposition, isProperNoun, isTitleCase, isVerb, lemma, startsWithCapital, type Token } from '@mtlint/text';

// Doubled words that are good English: "had had", "that that", "is is" in speech is not, but these are.
const LEGITIMATE_DOUBLES = new Set(['had', 'that', 'very', 'bye', 'so', 'no', 'ha', 'knock', 'well', 'far', 'again', 'more', 'on', 'over', 'round', 'out']);
const PARTICLES = new Set(['in', 'up', 'down', 'off', 'through', 'by']);
// "neither act … nor", "both … and": conjunctions that the lexicon tags as determiners.
const CORRELATIVES = new Set(['neither', 'either', 'both']);
// How many words after a noun its verb echo may stand.
const ECHO_WINDOW = 5;

const isNameWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && isProperNoun(t) && isTitleCase(t.text);

/**
 * A name given twice, in the source's order and in English order: "Amini Mahsa Amini" (Chinese and Hungarian put
 * the family name first; MT keeps it and adds the English order). Returns the index of the repeated word, or -1.
 */
function nameEcho(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const second = tokens[i + 1];
  if (!isNameWord(t) || second === undefined || second.kind !== 'word' || !isTitleCase(second.text)) return -1;
  for (let j = i + 2; j <= i + 3 && j < tokens.length; j++) {
    const u = tokens[j]!;
    if (u.text === t.text) return j;
    // A given name between may also be a common word to the lexicon ("Eva", "Rose"): capitalised is enough there.
    if (u.kind !== 'word' || !isTitleCase(u.text)) return -1;
  }
  return -1;
}


export default defineRule({
  meta: {
    id: 'word-echo',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.7,
    description: 'A word doubled, or a noun echoed by its own verb a few words later ("the use of the tools uses").',
    sourceHint: 'MT decoders that repeat a token, or that translate one source word twice (as noun and as verb).',
    fixable: false,
  },
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      if (t.kind === 'word' && prev.kind === 'word' && t.lower === prev.lower && prev.end < t.start && !LEGITIMATE_DOUBLES.has(t.lower)) {
        // Doubled capitalised words are names ("Bo Bo", "Sirhan Sirhan"); at the start of a sentence only a word the
        // lexicon takes for a name is one ("The the" is a doubling).
        const isName = startsWithCapital(t.text) && (i > 1 || isProperNoun(t));
        // A particle then a preposition after a verb: "took in in taxes", "gave up up front".
        const particle = PARTICLES.has(t.lower) && isVerb(tokens[i - 2] ?? prev);
        if (!isName && !particle) {
          reports.push({
            start: prev.start,
            end: t.end,
            message: `"${t.text}" is doubled.`,
            mqmSeverity: 'minor',
            confidence: 0.9,
            suggestions: [{ start: prev.end, end: t.end, replacement: '' }],
          });
          continue;
        }
      }
      const echo = nameEcho(tokens, i - 1);
      if (echo > 0) {
        reports.push({
          start: prev.start,
          end: tokens[echo]!.end,
          mqmSeverity: 'minor',
          message: `"${prev.text}" is written twice in this name: once in the source's order and once in English order.`,
          suggestions: [{ start: prev.start, end: t.start, replacement: '' }],
        });
        i = echo;
        continue;
      }
      // "the use of X uses": a noun after a determiner, then the same lemma as a verb, with no punctuation between.
      // After a determiner, a word with a noun reading is that noun ("the help", whatever its likeliest tag).
      if (t.kind !== 'word' || !isDeterminer(prev) || CORRELATIVES.has(prev.lower) || !t.tags.some((x) => x === 'NN' || x === 'NNS')) continue;
      // Only a noun phrase that is an object ("ban the sale of …", "for the help of …"): as a subject its
      // own verb may follow ("The use of force uses up goodwill").
      const governor = tokens[i - 2];
      const canBeVerb = governor?.tags.slice(0, 2).some((x) => x.startsWith('VB')) && !isDeterminer(governor);
      if (!governor || governor.kind !== 'word' || !(isPreposition(governor) || canBeVerb)) continue;
      const base = lemma(t.lower);
      if (base.length < 3) continue;
      for (let j = i + 1; j < tokens.length && j <= i + ECHO_WINDOW; j++) {
        const u = tokens[j]!;
        // Punctuation or "and" ends the phrase: "their price supports and target prices" lists nouns.
        if (u.kind === 'punct' || (u.kind === 'word' && isCoordinator(u))) break;
        if (j === i + 1) continue;
        if (u.kind !== 'word' || u.lower === t.lower || !u.tags.includes('VBZ') && !u.tags.includes('VBD') && !u.tags.includes('VBP')) continue;
        if (lemma(u.lower) !== base) continue;
        // "the uses of the uses" and the like repeat a noun, not a verb: the echo must not follow a determiner or preposition.
        const beforeEcho = tokens[j - 1]!;
        if (isDeterminer(beforeEcho) || isPreposition(beforeEcho)) continue;
        // A noun or "of" after it makes the echo a noun too: "should avoid unnecessary price increases", "acts of".
        const afterEcho = tokens[j + 1];
        if (afterEcho && afterEcho.kind === 'word' && (afterEcho.lower === 'of' || isCommonNoun(afterEcho))) continue;
        reports.push({
          start: prev.start,
          end: u.end,
          message: `"${t.text}" is echoed by the verb "${u.text}"; one source word was probably translated twice.`,
        });
        i = j;
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The the committee met on Friday.', output: 'The committee met on Friday.' },
      { text: 'They voted to ban the use of pesticides uses in parks.' },
      { text: 'The report criticised the plan for the help of the banks helps.' },
      { text: 'She said it was was a mistake.', output: 'She said it was a mistake.' },
      { text: 'The death of Horvath Anna Horvath led to protests.', output: 'The death of Anna Horvath led to protests.' },
    ],
    valid: [
      'What he had had was enough.',
      'He said that that was the problem.',
      'The use of force uses up goodwill, critics say.',
      'The plan plans nothing; the people plan everything.',
      'It was very, very late.',
      'The work works best in the morning, she said, when it is quiet.',
      'The design of the new bridge designs out traffic jams.',
      'The judge judged the case on its merits.',
      'The novelist Ford Madox Hueffer later took the name Ford.',
      'Teams from New York and York met in the final.',
      'John Smith and John Brown signed the letter.',
      'Sirhan Sirhan was convicted in 1969.',
      'The state spent more than it took in in taxes.',
      'We shall neither act as aggressors nor tolerate acts of aggression.',
      'Firms should avoid the pricing mistakes that price goods too high.',
      'The fund helps farmers with their price supports and target prices.',
      'There is history in the making, history to be made.',
    ],
  },
});
