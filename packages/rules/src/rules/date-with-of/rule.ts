import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, ordinal, primaryTag, type Token } from '@mtlint/text';
import { MONTHS, WEEKDAYS } from '../../calendar.js';

// A noun before the number makes it a part of something called after a month ("Chapter 12 of March Violets", "game 7
// of May …"); a weekday does not ("Monday, 7 of July").
const isLabelBefore = (t: Token | undefined): boolean => isWordToken(t) && !WEEKDAYS.has(t.lower) && primaryTag(t).startsWith('NN');

/** The day a token writes in digits, 1–31, or undefined. */
function dayOf(t: Token): number | undefined {
  if (t.kind !== 'number' || !/^[1-9]\d?$/.test(t.text)) return undefined;
  const day = Number(t.text);
  return day <= 31 ? day : undefined;
}

// A day written as an ordinal in digits: "5th", "21st".
const ORDINAL_DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;

/** A month's name as written in running text: capitalised, whole ("March", not "march" or "MARCH's"). */
const isMonthName = (t: Token | undefined): t is Token =>
  isWordToken(t) && MONTHS.has(t.lower) && t.text[0] === t.text[0]!.toUpperCase() && t.text.slice(1) === t.text.slice(1).toLowerCase();

export default defineRule({
  meta: {
    id: 'date-with-of',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A day joined to its month by "of" with a cardinal, or an ordinal without "the": "on 12 of March" → "on 12 March"; "the 15 of May" → "the 15th of May"; "on 5th of May" → "on the 5th of May".',
    sourceHint: 'Spanish and Portuguese "12 de marzo/março", Italian "12 di marzo" in some registers, Romanian "12 martie" read with a genitive: MT keeps the "of" and the cardinal.',
    fixable: true,
  },
  needs: [(t) => t.lower === 'of', (t) => MONTHS.has(t.lower)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const of = tokens[i + 1]!;
      if (of.lower !== 'of') continue;
      const number = tokens[i]!;
      const month = tokens[i + 2];
      // "on 5th of May" (Russian "5-го мая", German "am 5. Mai" spelled out): the ordinal's "of" needs its "the", which
      // English never drops there (Brown's three "Nth of Month" all have it).
      if (number.kind === 'number' && ORDINAL_DAY.test(number.text) && isMonthName(month)) {
        const before = tokens[i - 1];
        const after = tokens[i + 3];
        // A possessive or a name after the month makes the ordinal a rank: "finished 4th of May's twelve starters".
        const nameAfter = isWordToken(after) && (after.tags.includes('POS') || (after.text[0] !== after.text[0]!.toLowerCase() && !MONTHS.has(after.lower)));
        if (before?.lower !== 'the' && !isLabelBefore(before) && primaryTag(before) !== 'PRP$' && primaryTag(before) !== 'POS' && !nameAfter) {
          reports.push({
            start: number.start,
            end: month.end,
            message: `An ordinal day before "of" takes "the": "the ${number.text} of ${month.text}" (or "${number.text.replace(/\D+$/, '')} ${month.text}").`,
            suggestions: [{ start: number.start, end: number.start, replacement: 'the ' }],
          });
        }
        continue;
      }
      const day = dayOf(number);
      if (day === undefined || !isMonthName(month)) continue;
      const before = tokens[i - 1];
      const after = tokens[i + 3];
      // A month followed by a capitalised word is a name ("May Sarton"), by "'s" a possessive ("5 of June's 20 candidates").
      if (isLabelBefore(before) || (isWordToken(after) && (after.tags.includes('POS') || (after.text[0] !== after.text[0]!.toLowerCase() && !MONTHS.has(after.lower))))) continue;
      // "9 of May of 1950": the year's "of" goes with the day's.
      const yearOf = after?.lower === 'of' && tokens[i + 4]?.kind === 'number' && /^\d{4}$/.test(tokens[i + 4]!.text) ? after : undefined;
      const end = yearOf ? tokens[i + 4]!.end : month.end;
      if (before?.lower === 'the') {
        // "the 15 of May" is the spoken form with its ordinal lost: "the 15th of May".
        reports.push({
          start: number.start,
          end,
          message: `A day before "of" takes an ordinal in English: "the ${ordinal(day)} of ${month.text}".`,
          suggestions: [{ start: number.start, end: number.end, replacement: ordinal(day) }],
        });
        continue;
      }
      const replacement = `${number.text} ${month.text}${yearOf ? ` ${tokens[i + 4]!.text}` : ''}`;
      reports.push({
        start: number.start,
        end,
        message: `English writes a date without "of": "${replacement}" (or "${month.text} ${number.text}").`,
        suggestions: [{ start: number.start, end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The vote is set for 4 of October.', output: 'The vote is set for 4 October.' },
      { text: 'The bridge reopens on 30 of November at noon.', output: 'The bridge reopens on 30 November at noon.' },
      { text: 'The pact was signed on 9 of May of 1950.', output: 'The pact was signed on 9 May 1950.' },
      { text: 'Until the 15 of February the hall stays closed.', output: 'Until the 15th of February the hall stays closed.' },
      { text: 'The museum reopens on 5th of May after repairs.', output: 'The museum reopens on the 5th of May after repairs.' },
    ],
    valid: [
      'The pact was signed on 9 May 1950.',
      'On the 12th of March the shop opened.',
      'Smith finished 4th of May\'s twelve starters.',
      'Her 5th of June letter arrived late.',
      'Two of March\'s storms hit the coast.',
      '5 of June\'s 20 candidates passed.',
      'Chapter 12 of March Violets opens with a letter.',
      'In March of 2020 the schools closed.',
      'Only 3 of the 12 May events went ahead.',
      'Game 7 of the final is on 18 June.',
      'The first of May is a holiday in many countries.',
      'Her essay quotes 2 of May Sarton\'s poems.',
    ],
  },
});
