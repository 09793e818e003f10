import { defineRule, type Report } from '@mtlint/engine';
import { isCardinal, isFiniteVerb, isModal, isVerb, isWordToken, ORDINAL_WORDS, type Token, WordSet } from '@mtlint/text';
import { MONTHS } from '../../calendar.js';

// The parts of a period and the phrase English builds with each: "at the end of May", "in the middle of June".
const PARTS: Readonly<Record<string, string>> = { end: 'at the end', beginning: 'at the beginning', start: 'at the start', middle: 'in the middle' };
const RELATIVE = new WordSet(['next', 'last', 'this', 'the']);
const PERIODS = new WordSet(['year', 'month', 'week', 'season', 'summer', 'winter', 'spring', 'autumn', 'quarter', 'decade', 'century', 'term']);
const YEAR = /^(19|20)\d\d$/;

/**
 * The index of the last token of a date after "of" at `i` — a month ("May", "May 2024"), a year ("2024"), or
 * "next/last/this/the" + a period ("next year") — or -1.
 */
function dateAfter(tokens: readonly Token[], i: number): number {
  const first = tokens[i + 1];
  if (first === undefined) return -1;
  if (first.kind === 'number') return YEAR.test(first.text) ? i + 1 : -1;
  if (!isWordToken(first)) return -1;
  // A month with its capital: "may" in lower case is the modal.
  if (MONTHS.has(first.lower) && first.text !== first.lower) return YEAR.test(tokens[i + 2]?.text ?? '') ? i + 2 : i + 1;
  return RELATIVE.hasToken(first) && PERIODS.has(tokens[i + 2]?.lower ?? '') ? i + 2 : -1;
}

// Chinese (今年上半年, 去年第二季度, 今年1至5月) names the year first and its part after it, with no article or
// preposition; MT keeps the order: "This year first half, the city …" for "In the first half of this year, …".
const YEAR_DEICTICS = new WordSet(['this', 'last', 'next']);
const YEAR_PARTS = new WordSet(['half', 'quarter', 'halves', 'quarters', 'months', 'weeks']);
const RANGE_WORDS = new WordSet(['to', 'through', 'till', 'until', '-', '–', 'and']);
// Prepositions that may govern the phrase; the suggestion keeps them ("in this year first half" → "in the first half
// of this year").
const PERIOD_PREPOSITIONS = new WordSet(['in', 'during', 'for', 'over', 'since', 'from', 'by', 'until', 'throughout']);
const CLAUSE_PUNCTUATION = new WordSet([',', ';', ':']);
const isMonth = (t: Token | undefined) => isWordToken(t) && MONTHS.has(t.lower) && t.text !== t.lower;

/**
 * "This year first half, …", "in last year fourth quarter", "Next year first five months", "This year January to
 * May, …": a year named by "this/last/next" and then its part, with no comma between and the phrase standing as a
 * time (the sentence's or a clause's start, or after a preposition). English says "in the first half of this year",
 * "from January to May this year"; "Last year, second-quarter sales rose" (a comma, a hyphen) is English.
 */
function yearBeforeItsPart(tokens: readonly Token[]): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const deictic = tokens[i]!;
    if (!YEAR_DEICTICS.hasToken(deictic) || tokens[i + 1]!.lower !== 'year') continue;
    const before = tokens[i - 1];
    const preposition = isWordToken(before) && PERIOD_PREPOSITIONS.hasToken(before);
    // A clause's start: the sentence's, after its punctuation or after "and"/"but" ("…, and last year fourth quarter").
    const clause = before !== undefined && (CLAUSE_PUNCTUATION.has(before.text) || before.lower === 'and' || before.lower === 'but');
    if (!(i === 0 || preposition || clause)) continue;
    const year = `${deictic.lower} year`;
    let last = -1;
    let english = '';
    const ord = tokens[i + 2]!;
    if (ORDINAL_WORDS.hasToken(ord) && ord.text === ord.lower) {
      // "first half", "first five months".
      const count = isCardinal(tokens[i + 3]) ? 1 : 0;
      const part = tokens[i + 3 + count];
      if (!isWordToken(part) || !YEAR_PARTS.hasToken(part) || (count === 0) !== /^(half|quarter)$/.test(part.lower)) continue;
      last = i + 3 + count;
      const words = tokens.slice(i + 2, last + 1).map((t) => t.text).join(' ');
      english = `the ${words} of ${year}`;
    } else if (isMonth(ord) && isWordToken(tokens[i + 3]) && RANGE_WORDS.has(tokens[i + 3]!.lower) && isMonth(tokens[i + 4])) {
      last = i + 4;
      english = `${tokens[i + 3]!.lower === 'and' ? 'between' : 'from'} ${ord.text} ${tokens[i + 3]!.lower === 'and' ? 'and' : 'to'} ${tokens[i + 4]!.text} ${year}`;
      if (preposition) english = english.replace(/^(from|between) /, '');
    } else continue;
    if (!preposition && !/^(from|between) /.test(english)) english = `in ${english}`;
    const replacement = i === 0 ? english[0]!.toUpperCase() + english.slice(1) : english;
    reports.push({
      start: deictic.start,
      end: tokens[last]!.end,
      message: `English names the part first and the year after it: "${replacement}".`,
      suggestions: [{ start: deictic.start, end: tokens[last]!.end, replacement }],
    });
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'bare-date-period',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A part of a period with no article or preposition ("End of May the strike began", "finished end of March") or "mid of June".',
    sourceHint: 'German "Ende Mai", "Anfang nächsten Jahres", "Mitte Juni" and Dutch "eind mei" name the part of the period bare; English says "at the end of May", "mid-June".',
    fixable: true,
  },
  // "of" and a part ("end of May"), or "year" ("This year first half").
  needs: [(t) => t.lower === 'of' || t.lower === 'year', (t) => t.lower === 'end' || t.lower === 'beginning' || t.lower === 'start' || t.lower === 'middle' || t.lower === 'mid' || t.lower === 'year'],
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    const reports: Report[] = yearBeforeItsPart(tokens);
    for (let i = 0; i + 2 < tokens.length; i++) {
      const part = tokens[i]!;
      if (tokens[i + 1]!.lower !== 'of' || !isWordToken(part)) continue;
      const last = dateAfter(tokens, i + 1);
      if (last < 0) continue;
      const date = doc.text.slice(tokens[i + 2]!.start, tokens[last]!.end);
      // "mid of June" is never English: "mid-June".
      if (part.lower === 'mid') {
        const english = `${part.text}-${date}`;
        reports.push({ start: part.start, end: tokens[last]!.end, message: `English writes "${english}", without "of".`, suggestions: [{ start: part.start, end: tokens[last]!.end, replacement: english }] });
        continue;
      }
      const phrase = PARTS[part.lower];
      if (phrase === undefined) continue;
      // Bare: the sentence's first word, or right after a verb ("finished end of May"); after "the", "its", "by",
      // "until" … English has its own phrase ("by end of year" is business English).
      const before = tokens[i - 1];
      const opens = i === 0 || (before !== undefined && before.text === ',' && i > 1);
      if (!opens && !(isWordToken(before) && before.text === before.lower && isVerb(before) && !isModal(before))) continue;
      // As the subject ("End of May is the deadline") it needs only "the"; as a time, "at the end of".
      const next = tokens[last + 1];
      const subject = opens && isWordToken(next) && (isFiniteVerb(next) || isModal(next));
      const english = subject ? `the ${part.lower}` : phrase;
      const replacement = i === 0 ? english[0]!.toUpperCase() + english.slice(1) : english;
      reports.push({
        start: part.start,
        end: tokens[last]!.end,
        message: `English names a part of a period with an article${subject ? '' : ' and a preposition'}: "${replacement} of ${date}".`,
        suggestions: [{ start: part.start, end: part.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'End of May the new line will open.', output: 'At the end of May the new line will open.' },
      { text: 'The repairs should be finished end of March.', output: 'The repairs should be finished at the end of March.' },
      { text: 'Beginning of next year, fares will rise.', output: 'At the beginning of next year, fares will rise.' },
      { text: 'The festival takes place mid of June.', output: 'The festival takes place mid-June.' },
      { text: 'End of June is the deadline for applications.', output: 'The end of June is the deadline for applications.' },
      { text: 'Next year second half, two new stations will open.', output: 'In the second half of next year, two new stations will open.' },
      { text: 'Turnover fell in last year fourth quarter.', output: 'Turnover fell in the fourth quarter of last year.' },
      { text: 'This year February to June, rents rose in every district.', output: 'From February to June this year, rents rose in every district.' },
    ],
    valid: [
      'At the end of May the new line will open.',
      'The repairs should be finished by the end of March.',
      'The report is due by end of year.',
      'The festival takes place in mid-June.',
      'Until the end of 2024 the plant stays open.',
      'It was the end of May, and the roses were out.',
      'That was the beginning of the end.',
      'She worked until end of shift.',
      'Weeks passed; the middle of summer came.',
      'Last year, second-quarter profits were low.',
      'This year first prize went to a student.',
      'In the first half of next year two stations will open.',
      'Last year June was the hottest month.',
      'This year the second quarter was weaker than the first.',
    ],
  },
});
