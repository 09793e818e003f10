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
// Verbs of a change in amount: it rises *to* a level ("climb to 35 degrees"), not *until* it.
const CHANGE_VERBS = new WordSet(['rise', 'climb', 'fall', 'drop', 'grow', 'increase', 'decrease', 'sink', 'jump', 'soar', 'reduce', 'cut', 'raise', 'lower']);
// Words that make a goal verb durative or the clause negative: "will not be finished until 2030" and "continue to cut
// emissions until 2030" are English.
const DURATIVE_OR_NEGATIVE = new WordSet(['not', "n't", 'never', 'no', 'cannot', 'hardly', 'continue', 'continues', 'continued', 'keep', 'keeps', 'kept', 'remain', 'remains', 'stay', 'only']);
// Units after a number that make it an amount: "until 35 degrees", "until 4 percent", "until 50,000 rubles".
const UNITS = new WordSet([
  'percent', 'per', '%', 'degrees', '°', 'euros', 'euro', 'dollars', 'rubles', 'roubles', 'pounds', 'francs', 'yuan', 'points',
  'metres', 'meters', 'kilometres', 'kilometers', 'tonnes', 'tons', 'million', 'billion', 'thousand', 'hours', 'minutes',
]);
const RANGE_WORDS = new WordSet(['end', 'middle', 'beginning', 'start', 'close']);
const NEXT_PERIODS = new WordSet(['week', 'month', 'year', 'spring', 'summer', 'autumn', 'winter']);
const CLAUSE_BOUNDARY = new WordSet([',', ';', ':', '(', ')', '—', '–', 'that', 'which', 'who', 'when', 'while', 'because', 'if', 'and', 'but', 'or']);

/** What follows "until" at `i`: a point in time ("2030", "June", "Friday", "the end of the year"), an amount, or neither. */
function targetAfter(tokens: readonly Token[], i: number): 'time' | 'amount' | undefined {
  const next = tokens[i + 1];
  if (next === undefined) return undefined;
  if (next.kind === 'number') {
    const unit = tokens[i + 2];
    if (unit !== undefined && UNITS.has(unit.lower)) return 'amount';
    return /^(19|20)\d\d$/.test(next.text) ? 'time' : undefined;
  }
  if (next.kind === 'symbol' && /^[$€£¥]$/.test(next.text) && tokens[i + 2]?.kind === 'number') return 'amount';
  if (!isWordToken(next)) return undefined;
  if (MONTHS.has(next.lower) || WEEKDAYS.has(next.lower)) return 'time';
  // "until the end of the year", "until mid-2030"
  if (next.lower === 'the' && RANGE_WORDS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of') return 'time';
  if (next.lower.startsWith('mid-') && /\d{4}$/.test(next.lower)) return 'time';
  return next.lower === 'next' && NEXT_PERIODS.has(tokens[i + 2]?.lower ?? '') ? 'time' : undefined;
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
    description: '"until" before a deadline or a target amount, where English says "by" or "to": "cut emissions until 2030", "will climb until 35 degrees".',
    sourceHint: 'German "bis", Russian "до", Polish "do" cover both "until" and "by"/"to": "bis 2030 senken", "до 35 градусов".',
    fixable: true,
  },
  needs: [(t) => t.lower === 'until'],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const until = tokens[i]!;
      if (until.lower !== 'until' || tokens[i - 1]!.lower === 'up') continue;
      const target = targetAfter(tokens, i);
      if (target === undefined) continue;
      const v = governingVerb(tokens, i);
      if (v < 0) continue;
      const base = lemma(tokens[v]!.lower);
      if (!(target === 'time' ? GOAL_VERBS : CHANGE_VERBS).has(base)) continue;
      const replacement = target === 'time' ? 'by' : 'to';
      reports.push({
        start: until.start,
        end: until.end,
        message: target === 'time'
          ? `"${tokens[v]!.text} … until" a date says the action goes on up to then; a deadline takes "by".`
          : `A change in amount goes "to" its level; "until" is for time.`,
        suggestions: [{ start: until.start, end: until.end, replacement: withCaseOf(until.text, replacement) }],
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
      { text: 'The water level rose until 4 metres above normal.', output: 'The water level rose to 4 metres above normal.' },
      { text: 'Fares will increase until 3 euros next year.', output: 'Fares will increase to 3 euros next year.' },
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
