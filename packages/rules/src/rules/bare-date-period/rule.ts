import { defineRule, type Report } from '@mtlint/engine';
import { isFiniteVerb, isModal, isVerb, isWordToken, type Token, WordSet } from '@mtlint/text';
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
  needs: [(t) => t.lower === 'of', (t) => t.lower === 'end' || t.lower === 'beginning' || t.lower === 'start' || t.lower === 'middle' || t.lower === 'mid'],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
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
    ],
  },
});
