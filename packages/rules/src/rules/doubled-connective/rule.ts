import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isAdjective, isWordToken, primaryTag, type Token, WordSet } from '@mtlint/text';

// Chinese pairs its connectives ("虽然…但是", "因为…所以"), and so does Russian ("хотя …, но"): "Although it rained,
// but we went", "Because the road was closed, so we turned back". English marks the link once: the subordinator
// or the coordinator, not both.

// Subordinators that open the sentence, each with the coordinator its source pairs it with.
const PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['although', new Set(['but'])],
  ['though', new Set(['but'])],
  ['because', new Set(['so'])],
]);
// After "so", words that make it an adverb of degree or a conjunction of purpose, not "therefore": "so many",
// "so that", "so too", "so far".
const SO_DEGREE = new WordSet(['that', 'too', 'far', 'much', 'many', 'few', 'long', 'little', 'as', 'to']);
// "not only …, but also", "not because …, but because": a correlative with its own "but".
const NEGATIONS = new WordSet(['not', "n't", 'n’t', 'only']);

/** The index of the subordinator that opens the sentence ("Although", "Even though", "Because"), or -1. */
function openingSubordinator(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!isWordToken(first)) return -1;
  if (PAIRS.has(first.lower)) return 0;
  return first.lower === 'even' && tokens[1]?.lower === 'though' ? 1 : -1;
}

/** Whether the word after "so" makes it an adverb of degree or purpose ("so many", "so that", "so tired"). */
function soOfDegree(next: Token | undefined): boolean {
  if (!isWordToken(next)) return true;
  return SO_DEGREE.hasToken(next) || isAdjective(next) || (isAdverb(next) && !/^(the|a|an)$/.test(next.lower)) || /^(JJ|JJR|RB|RBR)$/.test(primaryTag(next));
}

export default defineRule({
  meta: {
    id: 'doubled-connective',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A subordinate clause and its main clause both marked: "Although it rained, but we went", "Because the road was closed, so we turned back".',
    sourceHint: 'Chinese paired connectives ("虽然…但是", "因为…所以") and Russian "хотя …, но".',
    fixable: true,
  },
  needs: [new Set(['although', 'though', 'because']), new Set(['but', 'so'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const opener = openingSubordinator(tokens);
    if (opener < 0) return [];
    const subordinator = tokens[opener]!.lower;
    const partners = PAIRS.get(subordinator)!;
    for (let i = opener + 2; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      // The subordinate clause ends at its first comma; a negation inside it pairs with its own "but" ("not red,
      // but blue").
      if (NEGATIONS.hasToken(t) && !partners.has('so')) return [];
      if (t.text !== ',') continue;
      const link = tokens[i + 1]!;
      if (!partners.has(link.lower)) return [];
      if (link.lower === 'so' && soOfDegree(tokens[i + 2])) return [];
      if (link.lower === 'but' && tokens[i + 2]?.lower === 'also') return [];
      const next = tokens[i + 2];
      const report: Report = {
        start: link.start,
        end: link.end,
        message: `"${tokens[opener]!.text} …, ${link.text}" marks the link twice; English keeps one: drop "${link.text}" (or "${tokens[opener]!.text}").`,
        suggestions: next ? [{ start: link.start, end: next.start, replacement: '' }] : [],
      };
      return [report];
    }
    return [];
  },
  examples: {
    invalid: [
      { text: 'Although the tickets were cheap, but few people came.', output: 'Although the tickets were cheap, few people came.' },
      { text: 'Though the river is shallow, but the current is strong.', output: 'Though the river is shallow, the current is strong.' },
      { text: 'Because the bridge was closed, so the buses took a detour.', output: 'Because the bridge was closed, the buses took a detour.' },
      { text: 'Even though the shop was open, but nobody was inside.', output: 'Even though the shop was open, nobody was inside.' },
    ],
    valid: [
      'Although the tickets were cheap, few people came.',
      'The tickets were cheap, but few people came.',
      'Because the bridge was closed, so many buses took a detour that the roads were jammed.',
      'Because the bridge was closed, so few people came that the show was cancelled.',
      'Although the bridge was closed, so that nobody could cross, the ferry ran.',
      'Not only because it rained, but also because it was cold, we stayed in.',
      'Because the car was not red, but blue, the witness was wrong.',
      'Because the rain stopped, we went out, but the wind was strong.',
      'Though small, the town is busy.',
      'Because of the rain, so many people stayed home.',
      'Although Andrena is gregarious, so that hundreds nest together, each female digs alone.',
    ],
  },
});
