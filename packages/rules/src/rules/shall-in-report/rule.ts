import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, isPastParticiple, isWordToken, isYearNumber, primaryTag, type Token, WordSet } from '@mtlint/text';
import { MONTHS, WEEKDAYS } from '../../calendar.js';

const ANCHOR = new Set(['shall']);
// "I shall", "we shall" are English's own first-person future; "you shall" a command or a promise.
const OWN_SUBJECTS = new WordSet(['i', 'we', 'you']);
// Subjects that stand right before "shall" in a report: a word with a reading as a noun or a name ("the suspect"),
// a number, or a third-person pronoun.
const SUBJECT_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'CD']);
const THIRD_PERSON = new WordSet(['he', 'she', 'it', 'they']);
// Words that date a plan from the time of the report. Contracts and statutes, where "shall" is at home, set dates
// by a deadline ("by 31 December 2026", "within 30 days", "of each year"), not from today.
const DEICTIC = new WordSet(['tomorrow', 'next', 'coming']);
const UNITS = new WordSet(['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'weeks', 'months', 'years', 'days']);
const SEASONS = new WordSet(['spring', 'summer', 'autumn', 'winter']);
const PLAN_PREPOSITIONS = new WordSet(['in', 'from', 'until', 'till', 'on', 'after', 'before', 'during', 'by']);
// Subordinators and relatives after which "shall" is the old English of a condition, a time or a place ("if payment
// shall have been made", "the town in which such owner shall have had his abode").
const CONDITIONS = new WordSet(['if', 'unless', 'which', 'whom', 'when', 'whenever', 'until', 'till', 'after', 'before', 'provided', 'where', 'whether', 'that', 'lest']);

const isNamed = (t: Token) => t.text !== t.lower;

/** Whether tokens from..to hold a date counted from the report's day: "next month", "on Thursday", "in January", "until 2030". */
function hasReportDate(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1];
    if (DEICTIC.hasToken(t)) {
      if (t.lower === 'tomorrow' || UNITS.has(tokens[k + 1]?.lower ?? '') || WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) return true;
      continue;
    }
    if (t.lower === 'this' && UNITS.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.lower.endsWith('s')) return true;
    if (WEEKDAYS.has(t.lower) && isNamed(t)) return true;
    if (SEASONS.hasToken(t) && before !== undefined && PLAN_PREPOSITIONS.hasToken(before) && before.lower !== 'by') return true;
    // A month without a day, or a day and month after "on", "from" or "until": a deadline after "by" is a contract's.
    if (MONTHS.has(t.lower) && isNamed(t)) {
      const dayBefore = before?.kind === 'number';
      const prep = dayBefore ? tokens[k - 2] : before;
      if (prep !== undefined && PLAN_PREPOSITIONS.hasToken(prep) && prep.lower !== 'by' && tokens[k + 1]?.kind !== 'number') return true;
    }
    if (t.kind === 'number' && isYearNumber(t.text) && before !== undefined && PLAN_PREPOSITIONS.hasToken(before)) return true;
    // "by the end of the year", "at the end of the month".
    if (t.lower === 'end' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'the' && UNITS.has(tokens[k + 3]?.lower ?? '')) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'shall-in-report',
    category: 'accuracy/mistranslation',
    severity: 'minor',
    confidence: 0.8,
    description: '"shall" in a report for a plan or for hearsay: "The bridge shall be reopened next month" → "will", "The driver shall have fled" → "is said to have".',
    sourceHint: 'German "soll" (a plan: "soll im Mai eröffnet werden"; hearsay: "soll geflohen sein"), Dutch "zou", Russian "должен": the source\'s modal of what is planned or said, kept as "shall".',
    fixable: true,
  },
  anchor: ANCHOR,
  needs: [ANCHOR],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, ANCHOR);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      const subject = tokens[i - 1];
      if (tokens[i]!.lower !== 'shall' || !isWordToken(subject) || OWN_SUBJECTS.hasToken(subject)) continue;
      if (!subject.tags.some((tag) => SUBJECT_TAGS.has(tag)) && !THIRD_PERSON.hasToken(subject)) continue;
      const analysis = analyseSentence(sentence);
      const clause = analysis.clauseAt(i);
      let conditional = false;
      for (let k = clause.start; k < i && !conditional; k++) conditional = CONDITIONS.hasToken(tokens[k]!);
      if (conditional) continue;
      const next = tokens[i + 1];
      const hearsay = next?.lower === 'have' && isWordToken(tokens[i + 2]) && isPastParticiple(tokens[i + 2]!);
      if (hearsay) {
        const be = subject.lower === 'they' || primaryTag(subject) === 'NNS' || primaryTag(subject) === 'NNPS' ? 'are' : 'is';
        reports.push({
          start: tokens[i]!.start,
          end: next.end,
          message: `"shall have" does not report what others say in English: "${be} said to have", or "reportedly".`,
          suggestions: [{ start: tokens[i]!.start, end: next.end, replacement: `${be} said to have` }],
        });
        continue;
      }
      if (!hasReportDate(tokens, i + 1, clause.end)) continue;
      reports.push({
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        message: 'A plan dated from the report\'s day is given with "will" or "is to", not "shall", which reads as a rule or a command.',
        suggestions: [{ start: tokens[i]!.start, end: tokens[i]!.end, replacement: 'will' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The new pier shall be opened next summer.', output: 'The new pier will be opened next summer.' },
      { text: 'The two parties shall sign the coalition deal on Friday.', output: 'The two parties will sign the coalition deal on Friday.' },
      { text: 'The singer shall have cancelled the tour because of illness.', output: 'The singer is said to have cancelled the tour because of illness.' },
      { text: 'The hackers shall have stolen the data of a million customers.', output: 'The hackers are said to have stolen the data of a million customers.' },
    ],
    valid: [
      'The new pier will be opened next summer.',
      'We shall know more next week.',
      'Shall I call you on Monday?',
      'The lessee shall pay the rent by 5 January each year.',
      'Any dispute shall be settled by arbitration.',
      'The board shall meet at least four times a year.',
      'If the sum shall have been paid, the claim lapses.',
      'The member states shall report to the Commission by 1 March.',
      'The singer is said to have cancelled the tour.',
      'The agreement shall have effect from the date of signature.',
    ],
  },
});
