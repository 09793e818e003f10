import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isPreposition, isWordToken, type Token, WordSet } from '@mtlint/text';
import { MONTHS } from '../../calendar.js';

// The prepositions of time before which MT keeps the source's article on a date: Spanish "en el 2019", "desde el
// 2010", Italian "nel 2019", "dal 2010", Portuguese "no ano de 2019", Greek "τον Μάρτιο", German "im März".
const TIME_PREPOSITIONS = new WordSet(['in', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'through', 'to']);
const YEAR = /^(1[5-9]|20)\d\d$/;
// What may follow a date named as itself: the end of its phrase, or "and"/"or" in a list ("in the 2019 and 2020").
const PHRASE_END = new WordSet(['.', ',', ';', ':', '!', '?', ')', 'and', 'or', '—']);

/** A year in digits, or a month with its capital ("may" in lower case is the modal). */
function isDate(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'number') return YEAR.test(t.text);
  return isWordToken(t) && MONTHS.has(t.lower) && t.text !== t.lower;
}

export default defineRule({
  meta: {
    id: 'article-before-date',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"The" before a year or a month named as itself: "in the 2019", "since the 2010", "in the March".',
    sourceHint: 'Spanish "en el 2019", Italian "nel 2019", "dal 2010", Portuguese "no 2019", Greek "τον Μάρτιο" and German "im März" put an article on the date; English names a year or a month bare.',
    fixable: true,
  },
  needs: [new Set(['the']), isDate],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const the = tokens[i]!;
      const date = tokens[i + 1]!;
      if (the.lower !== 'the' || !isDate(date)) continue;
      const preposition = tokens[i - 1]!;
      if (!isWordToken(preposition) || !isPreposition(preposition) || !TIME_PREPOSITIONS.hasToken(preposition)) continue;
      // A date before anything else modifies it: "in the March 4th issue", "in the 1961 Budget", "in the 2000
      // election" (Brown), "the March on Washington".
      const after = tokens[i + 2];
      // A determiner after the date opens the clause's next phrase: "Since the 2018 the company has grown".
      if (after !== undefined && !PHRASE_END.hasToken(after) && !(isWordToken(after) && isDeterminer(after) && after.text === after.lower)) continue;
      // "in the March, 1950 issue" (Brown): the year after a comma belongs to the date.
      if (after?.text === ',' && tokens[i + 3]?.kind === 'number') continue;
      // "in the 2019 and 2020 seasons": a list that ends in a noun modifies it too.
      if (after?.lower === 'and' || after?.lower === 'or') {
        const next = tokens[i + 4];
        if (isDate(tokens[i + 3]) && next !== undefined && isWordToken(next)) continue;
      }
      reports.push({
        start: the.start,
        end: date.end,
        message: `English names a ${date.kind === 'number' ? 'year' : 'month'} without an article: "${preposition.lower} ${date.text}".`,
        suggestions: [{ start: the.start, end: date.start, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The bridge was closed in the 2019.', output: 'The bridge was closed in 2019.' },
      { text: 'Since the 2015, the club has had four coaches.', output: 'Since 2015, the club has had four coaches.' },
      { text: 'Petrol prices rose again in the April.', output: 'Petrol prices rose again in April.' },
      { text: 'Since the 2016 the company has tripled its sales.', output: 'Since 2016 the company has tripled its sales.' },
      { text: 'The works will last until the October and cost millions.', output: 'The works will last until October and cost millions.' },
    ],
    valid: [
      'The bridge was closed in 2019.',
      'It was published in the March 4th issue of the paper.',
      'The defence budget called for in the 1961 Budget has begun to grow.',
      'She voted in the 2000 election.',
      'He marched in the March on Washington.',
      'The results from the 2019 and 2020 seasons were similar.',
      'The plan dates from the May of that year.',
      'They met in the summer of 2019.',
      'The firm was founded in the 1990s.',
      'In the June heat, the roads melted.',
      'It appeared in the March, 1950 issue of the magazine.',
    ],
  },
});
