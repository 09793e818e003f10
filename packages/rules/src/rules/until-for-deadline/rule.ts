import { defineRule, type Report } from '@mtlint/engine';
import { hasVerbReading, isModal, isWordToken, lemma, primaryTag, withCaseOf, type Token, WordSet } from '@mtlint/text';
import { MONTHS, WEEKDAYS } from '../../calendar.js';

// Verbs whose action reaches a goal: it is done *by* a date ("cut emissions by 2030", "finish the bridge by June").
// Verbs of a stretch of time ("stay", "run", "last", "pay", "extend", "apply") take "until" in English and are not here.
const GOAL_VERBS = new WordSet([
  'reduce', 'cut', 'lower', 'halve', 'double', 'triple', 'become', 'reach', 'achieve', 'complete', 'finish', 'build', 'construct',
  'renovate', 'modernise', 'modernize', 'convert', 'eliminate', 'abolish', 'replace', 'install', 'decide', 'introduce', 'present',
  'hand', 'deliver', 'phase', 'connect',
]);
// Words that make a goal verb durative or the clause negative: "will not be finished until 2030" and "continue to cut
// emissions until 2030" are English.
const DURATIVE_OR_NEGATIVE = new WordSet(['not', "n't", 'never', 'no', 'cannot', 'hardly', 'continue', 'continues', 'continued', 'keep', 'keeps', 'kept', 'remain', 'remains', 'stay', 'only']);
const YEAR = /^(19|20)\d\d$/;
const RANGE_WORDS = new WordSet(['end', 'middle', 'beginning', 'start', 'close']);
const NEXT_PERIODS = new WordSet(['week', 'month', 'year', 'spring', 'summer', 'autumn', 'winter']);
const CLAUSE_BOUNDARY = new WordSet([',', ';', ':', '(', ')', '—', '–', 'that', 'which', 'who', 'when', 'while', 'because', 'if', 'and', 'but', 'or']);

/** Whether "until" at `i` comes before a point in time: "2030", "June", "Friday", "the end of the year", "mid-2030", "next year". */
function beforePointInTime(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  // A year; an amount ("rose until 9 percent") is change-amount-preposition's.
  if (next.kind === 'number') return YEAR.test(next.text);
  if (!isWordToken(next)) return false;
  if (MONTHS.has(next.lower) || WEEKDAYS.has(next.lower)) return true;
  if (next.lower === 'the' && RANGE_WORDS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of') return true;
  if (next.lower.startsWith('mid-') && /\d{4}$/.test(next.lower)) return true;
  return next.lower === 'next' && NEXT_PERIODS.has(tokens[i + 2]?.lower ?? '');
}

/** A verb by its first reading, or a noun or adjective with a verb reading after a modal or "to": "could climb", "to double". */
function isVerbHere(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const first = primaryTag(t);
  if (first.startsWith('VB')) return true;
  const before = tokens[k - 1];
  return before !== undefined && (isModal(before) || before.lower === 'to') && (first.startsWith('NN') || first === 'JJ') && hasVerbReading(t);
}

/** The verb nearest before `i` in its clause; -1 if there is none, or if the clause is negative or durative. */
function governingVerb(tokens: readonly Token[], i: number): number {
  let verb = -1;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BOUNDARY.has(t.lower)) break;
    if (DURATIVE_OR_NEGATIVE.has(t.lower)) return -1;
    if (verb < 0 && isWordToken(t) && isVerbHere(tokens, k)) verb = k;
  }
  return verb;
}

export default defineRule({
  meta: {
    id: 'until-for-deadline',
    category: 'accuracy/mistranslation',
    severity: 'minor',
    confidence: 0.8,
    description: '"until" before a deadline, where English says "by": "cut emissions until 2030", "should be finished until June".',
    sourceHint: 'German "bis", Russian "до", Polish "do" cover both "until" and "by": "bis 2030 senken", "до конца года завершить".',
    fixable: true,
  },
  needs: [(t) => t.lower === 'until'],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const until = tokens[i]!;
      if (until.lower !== 'until' || tokens[i - 1]!.lower === 'up') continue;
      if (!beforePointInTime(tokens, i)) continue;
      const v = governingVerb(tokens, i);
      if (v < 0 || !GOAL_VERBS.has(lemma(tokens[v]!.lower))) continue;
      reports.push({
        start: until.start,
        end: until.end,
        message: `"${tokens[v]!.text} … until" a date says the action goes on up to then; a deadline takes "by".`,
        suggestions: [{ start: until.start, end: until.end, replacement: withCaseOf(until.text, 'by') }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The town wants to halve its energy use until 2035.', output: 'The town wants to halve its energy use by 2035.' },
      { text: 'The new school should be finished until September.', output: 'The new school should be finished by September.' },
      { text: 'The board will decide until Friday whether to sell.', output: 'The board will decide by Friday whether to sell.' },
      { text: 'The region aims to become carbon-free until the end of the decade.', output: 'The region aims to become carbon-free by the end of the decade.' },
      { text: 'The company wants to double its exports until 2030.', output: 'The company wants to double its exports by 2030.' },
    ],
    valid: [
      'The town wants to halve its energy use by 2035.',
      'The road stays closed until Friday.',
      'The bridge will not be finished until 2030.',
      'The factory will continue to cut jobs until 2027.',
      'The offer runs until the end of the month.',
      'Prices rose until the war broke out.',
      'Prices will keep rising until 2030.',
      'He worked there until 1998.',
      'The contract was extended until June.',
      'We waited until Monday, and then we decided.',
      'It was not until 1912 that the line was completed.',
      'The museum was closed for repairs until March.',
      'Up until 2010 the mill employed 300 people.',
    ],
  },
});
