import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, ordinal, primaryTag, type Token, WordSet } from '@mtlint/text';

// Nouns counted in order, which take an ordinal after "the": "the 19th century", "the 3rd floor", "the 10th
// anniversary". Units of time that also build compounds ("the 5 year plan") are read only where no noun follows.
const ORDERED_NOUNS = new WordSet([
  'century', 'floor', 'anniversary', 'birthday', 'place', 'round', 'lap', 'stage', 'minute', 'edition', 'grade', 'row',
  'term', 'congress', 'convocation', 'day', 'week', 'month', 'year', 'time', 'attempt', 'leg', 'heat', 'match', 'game',
]);
// Determiners that make the number a rank: "the 19 century", "its 10 anniversary", "his 60 birthday".
const RANKING_DETERMINERS = new WordSet(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this']);
// Roman numerals as Russian and other Slavic writing gives centuries: "XIX век".
const ROMAN = /^[IVXL]+$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };
// What continues a noun phrase after the noun, making a compound: "the 3 floor plan", "the 10 minute walk"; so does
// a verb with a noun reading ("walk").
const CONTINUES = /^(NN|NNS|VBG|JJ)$/;

/** The value of a Roman numeral ("XIX" → 19), or undefined when it is not a well-formed one up to 89. */
function romanValue(text: string): number | undefined {
  if (!ROMAN.test(text)) return undefined;
  let value = 0;
  for (let k = 0; k < text.length; k++) {
    const here = ROMAN_VALUES[text[k]!]!;
    const next = ROMAN_VALUES[text[k + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/** The rank a token writes as a cardinal: "19", or "XIX" before "century"; undefined for anything else. */
function rankOf(t: Token, noun: Token): number | undefined {
  if (t.kind === 'number') {
    // 1–99 only: "the 900 block", "the 1960 season" and "the 707" are labels, not ranks.
    if (!/^[1-9]\d?$/.test(t.text)) return undefined;
    return Number(t.text);
  }
  return noun.lower === 'century' && t.text.length <= 5 ? romanValue(t.text) : undefined;
}

export default defineRule({
  meta: {
    id: 'cardinal-for-ordinal',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A cardinal number where English ranks with an ordinal: "the 19 century", "on the 3 floor", "the XIX century".',
    sourceHint: 'German "im 19. Jahrhundert" (the ordinal\'s dot lost), Russian "в XIX веке", "на 3 этаже", French "le XIXe siècle": MT keeps the digits and drops the rank.',
    fixable: true,
  },
  needs: [(t) => RANKING_DETERMINERS.hasToken(t), (t) => ORDERED_NOUNS.hasToken(t)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const noun = tokens[i + 1]!;
      if (!ORDERED_NOUNS.hasToken(noun) || !RANKING_DETERMINERS.hasToken(tokens[i - 1]!)) continue;
      const number = tokens[i]!;
      const rank = rankOf(number, noun);
      // A number joined to the noun by a hyphen or followed by another noun builds a compound: "the 5-year plan", "the
      // 10 minute walk", "the 3 time champion".
      const after = tokens[i + 2];
      if (rank === undefined || rank < 1 || noun.start !== number.end + 1 || (isWordToken(after) && (CONTINUES.test(primaryTag(after)) || (primaryTag(after).startsWith('VB') && (after.tags.includes('NN') || after.tags.includes('NNS'))))) || after?.text === '-') continue;
      // After a number above one, a plural noun is a count ("the 3 floors"); the singular can only be a rank, and "the
      // 1 place" is too rare to tell from a label.
      if (rank === 1 && number.kind === 'number') continue;
      const replacement = ordinal(rank);
      reports.push({
        start: number.start,
        end: noun.end,
        message: `A rank takes an ordinal in English: "${tokens[i - 1]!.lower} ${replacement} ${noun.text}".`,
        suggestions: [{ start: number.start, end: number.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The chapel was built in the 17 century.', output: 'The chapel was built in the 17th century.' },
      { text: 'The office moved to the 3 floor.', output: 'The office moved to the 3rd floor.' },
      { text: 'The club celebrates its 50 anniversary in May.', output: 'The club celebrates its 50th anniversary in May.' },
      { text: 'The town flourished in the XVIII century.', output: 'The town flourished in the 18th century.' },
      { text: 'She finished in the 2 place.', output: 'She finished in the 2nd place.' },
    ],
    valid: [
      'The chapel was built in the 17th century.',
      'The office has moved to the 3rd floor.',
      'The 3 floors of the building were empty.',
      'The 5-year plan failed.',
      'The 10 minute walk to the station is pleasant.',
      'He lived in the 900 block of Elm Street.',
      'The 1960 season was his last.',
      'She was a 3 time champion.',
      'The 2 day course starts on Monday.',
      'Chapter XI of the report covers the century since.',
      'We met in the 1 place that was open.',
    ],
  },
});
