import { defineRule, type Report } from '@mtlint/engine';
import { isPreposition, type Token } from '@mtlint/text';

// A calendar year as news writes it: four digits, no thousands separator.
const YEAR = /^(1[5-9]|20)\d\d$/;
// "a 1500 year old tree", "a 1000 year long tradition": the number measures and "year" is part of a modifier.
const MEASURE_AFTER = new Set(['old', 'long', '-', '–', 'span', 'period', 'cycle', 'lease', 'term', 'history', 'record']);

const isYear = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'number' && YEAR.test(t.text);

export default defineRule({
  meta: {
    id: 'redundant-year-word',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.95,
    description: 'A year number followed by the word "year": "in 2024 year", "since 2019 year", "in 2020-2022 years".',
    sourceHint: 'Russian names a year with the noun it agrees with ("в 2024 году", "с 2020 по 2022 год").',
    fixable: true,
  },
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // One search of the sentence's text spares the token scan in the many sentences without "year" in any case.
    if (tokens.length < 3 || !/year/i.test(doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end))) return reports;
    for (let i = 2; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (word.lower !== 'year' && word.lower !== 'years') continue;
      const last = tokens[i - 1]!;
      if (!isYear(last)) continue;
      // "in 2020-2022 years": a range of years takes the plural.
      let first = i - 1;
      const dash = tokens[i - 2];
      if (word.lower === 'years') {
        if (!(dash && (dash.text === '-' || dash.text === '–') && isYear(tokens[i - 3]))) continue;
        first = i - 3;
      }
      // Only a year that a preposition governs ("in", "since", "by", "of") is a date; "the 2024 year-end" or
      // "a 2000 year history" use the number as a measure.
      const before = tokens[first - 1];
      if (!before || before.kind !== 'word' || !isPreposition(before)) continue;
      const after = tokens[i + 1];
      if (after && MEASURE_AFTER.has(after.lower)) continue;
      reports.push({
        start: tokens[first]!.start,
        end: word.end,
        message: `A year number takes no "${word.text}" after it in English.`,
        suggestions: [{ start: last.end, end: word.end, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The plant was closed in 2019 year.', output: 'The plant was closed in 2019.' },
      { text: 'Since 2014 year the company has doubled its sales.', output: 'Since 2014 the company has doubled its sales.' },
      { text: 'Exports fell sharply in 2020-2022 years, the ministry said.', output: 'Exports fell sharply in 2020-2022, the ministry said.' },
      { text: 'The budget of 2025 year foresees higher spending.', output: 'The budget of 2025 foresees higher spending.' },
    ],
    valid: [
      'The plant was closed in 2019.',
      'Construction of a 1500 year old temple was studied in detail.',
      'Profits for the 2024 year were better than expected.',
      'Bonuses are paid at the 2023 year-end review.',
      'The village has a 1200 year history of wine making.',
      'In the year 2000, the bridge was rebuilt.',
      'In 2024 years of drought ended in the south.',
      'Sales rose in 2023, a year of rising prices.',
      'He was born in 1990; a year later the family moved.',
      'After 1000 years of rule, the dynasty fell.',
    ],
  },
});
