import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isPreposition, isPronoun, isWordToken, type Token, WordSet } from '@mtlint/text';

// A calendar year as news writes it: four digits, no thousands separator.
const YEAR = /^(1[5-9]|20)\d\d$/;
// "a 1500 year old tree", "a 1000 year long tradition": the number measures and "year" is part of a modifier.
const MEASURE_AFTER = new WordSet(['old', 'long', '-', '–', 'span', 'period', 'cycle', 'lease', 'term', 'history', 'record']);

const isYear = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'number' && YEAR.test(t.text);
/** A word that may be a finite verb ("passed" is read as a participle first). */
const mayBeFinite = (t: Token | undefined) => isWordToken(t) && !isDeterminer(t) && !isPronoun(t) && t.tags.some((tag) => tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || tag === 'MD');
// A decade: "the 1990s", "the 2010s".
const DECADE = /^(1[5-9]|20)\d0s$/;
// "in the year 2025": German "im Jahr 2025", Chinese "在2025年", Russian "в 2025 году" name the year with its noun
// before the number, and MT keeps it. English news says "in 2025"; edited English keeps "the year" only for a year
// of its own weight ("by the year 2000", Brown's "during the year 1960" in a report's accounts) or after an idiom
// ("late in the year 1819"). So only "in" (and "since", "until", "from": a point in time, never a stretch), not
// after "late", "early" or "mid", and not the millennium.
const POINT_PREPOSITIONS = new WordSet(['in', 'since', 'until', 'from']);
const IDIOM_BEFORE = new WordSet(['late', 'early', 'mid', 'later', 'earlier']);
// Below the engine's INFO_CONFIDENCE (0.5): shown as info, never failing a check.
const HINT_CONFIDENCE = 0.45;

/** "in the year 2025": the finding on "the year", the fix drops it. */
function yearBeforeNumber(tokens: readonly Token[], i: number): Report | undefined {
  const the = tokens[i - 1];
  const p = tokens[i - 2];
  const year = tokens[i + 1];
  if (the?.lower !== 'the' || !isYear(year) || year.text === '2000' || p === undefined || !POINT_PREPOSITIONS.hasToken(p)) return undefined;
  if (IDIOM_BEFORE.has(tokens[i - 3]?.lower ?? '')) return undefined;
  // "in the year 2019-20": a fiscal year names a period, as "the 2019 year" does.
  const after = tokens[i + 2];
  if (after !== undefined && (after.text === '-' || after.text === '–' || after.text === '/' || after.lower === 'year' || MEASURE_AFTER.hasToken(after))) return undefined;
  return {
    start: the.start,
    end: tokens[i]!.end,
    // A hint only: the annotated MT fixtures keep "in the year 2027" as acceptable English (a false alarm there).
    confidence: HINT_CONFIDENCE,
    message: `English names a year by its number alone: "${p.lower} ${year.text}", not "${p.lower} the year ${year.text}".`,
    suggestions: [{ start: the.start, end: year.start, replacement: '' }],
  };
}

/** The finding from the year (or the first of a range) to the noun; the fix deletes the noun after the last year. */
function report(first: Token, last: Token, word: Token): Report {
  return {
    start: first.start,
    end: word.end,
    message: `A year number takes no "${word.text}" after it in English.`,
    suggestions: [{ start: last.end, end: word.end, replacement: '' }],
  };
}

export default defineRule({
  meta: {
    id: 'redundant-year-word',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.95,
    description: 'A year number with the word "year": "in 2024 year", "since 2019 year", "in 2014-2016 years", "in the year 2025".',
    sourceHint: 'Russian names a year with the noun it agrees with ("в 2024 году", "с 2020 по 2022 год"); German "im Jahr 2025", Chinese "在2025年".',
    fixable: true,
  },
  needs: [new Set(['year', 'years'])],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // One search of the sentence's text spares the token scan in the many sentences without "year" in any case.
    if (tokens.length < 3 || !/year/i.test(doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end))) return reports;
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (word.lower !== 'year' && word.lower !== 'years') continue;
      if (word.lower === 'year') {
        const named = yearBeforeNumber(tokens, i);
        if (named) {
          reports.push(named);
          continue;
        }
      }
      const last = tokens[i - 1]!;
      const after = tokens[i + 1];
      if (after && MEASURE_AFTER.hasToken(after)) continue;
      // "in the 1990s years": a decade takes no "years" either ("the 1990s years of growth" measures).
      if (word.lower === 'years' && DECADE.test(last.text) && after?.lower !== 'of') {
        reports.push(report(last, last, word));
        continue;
      }
      if (!isYear(last)) continue;
      // "in 2014-2016 years", "from 2015 to 2017 years": a range of years takes the plural.
      let first = i - 1;
      const dash = tokens[i - 2];
      if (word.lower === 'years') {
        if (dash && (dash.text === '-' || dash.text === '–') && isYear(tokens[i - 3])) first = i - 3;
        // "From 1990 to 2000 years passed", "… years of drought": the noun heads a phrase of its own.
        else if (dash?.lower === 'to' && isYear(tokens[i - 3]) && tokens[i - 4]?.lower === 'from' && after?.lower !== 'of' && !mayBeFinite(after)) first = i - 3;
        else continue;
      }
      // Only a year that a preposition governs ("in", "since", "by", "of") is a date; "the 2024 year-end" or
      // "a 2000 year history" use the number as a measure. A year that opens the sentence as the subject of a verb
      // ("2024 year was difficult") is a date too.
      const before = tokens[first - 1];
      const subject = first === 0 && word.lower === 'year' && mayBeFinite(after);
      if (!subject && (!before || before.kind !== 'word' || !isPreposition(before))) continue;
      reports.push(report(tokens[first]!, last, word));
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The plant was closed in 2019 year.', output: 'The plant was closed in 2019.' },
      { text: 'Since 2014 year the company has doubled its sales.', output: 'Since 2014 the company has doubled its sales.' },
      { text: 'Exports fell sharply in 2020-2022 years, the ministry said.', output: 'Exports fell sharply in 2020-2022, the ministry said.' },
      { text: 'The budget of 2027 year foresees higher spending.', output: 'The budget of 2027 foresees higher spending.' },
      { text: 'In the 1980s years the mine employed 5,000 people.', output: 'In the 1980s the mine employed 5,000 people.' },
      { text: 'From 2015 to 2018 years the bridge was closed.', output: 'From 2015 to 2018 the bridge was closed.' },
      { text: '2022 year was the driest on record.', output: '2022 was the driest on record.' },
      { text: 'The new terminal will open in the year 2026.', output: 'The new terminal will open in 2026.' },
      { text: 'Since the year 2015 the club has won four titles.', output: 'Since 2015 the club has won four titles.' },
    ],
    valid: [
      'The plant was closed in 2019.',
      'Construction of a 1500 year old temple was studied in detail.',
      'Profits for the 2024 year were better than expected.',
      'Bonuses are paid at the 2023 year-end review.',
      'The village has a 1200 year history of wine making.',
      'In the year 2000, the bridge was rebuilt.',
      'By the year 2030 the city wants to be carbon neutral.',
      'During the year 1960, the office answered 954 letters.',
      'Late in the year 1819 the treaty was signed.',
      'In the year 2019-20 the fund grew by a tenth.',
      'The year 2025 will test the government.',
      'In 2024 years of drought ended in the south.',
      'Sales rose in 2023, a year of rising prices.',
      'He was born in 1990; a year later the family moved.',
      'After 1000 years of rule, the dynasty fell.',
      'The 1960s years of protest changed the country.',
      '2000 years ago the town was a port.',
      'From 1990 to 2000 years passed without rain.',
    ],
  },
});
