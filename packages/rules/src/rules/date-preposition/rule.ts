import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, isYearNumber, lemma, ORDINAL_WORDS, primaryTag, startsWithCapital, type Token, WordSet } from '@mtlint/text';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from '../../calendar.js';

// German "am Montag", Dutch "op maandag", Russian "в понедельник", Chinese "在周一" and French "le 5 mai" come out as
// "at Monday", "in Monday", "at 5 May": English puts a day and a date after "on".
const WRONG = new WordSet(['at', 'in']);
// After a weekday, a word that continues a noun phrase makes the weekday a modifier ("in Sunday school", "at Friday
// prayers"); what ends the time phrase is punctuation, the end, or a word of another kind.
const CONTINUES_NOUN_PHRASE = /^(NN|NNS|NNP|NNPS|JJ|JJS|JJR|POS|VBG)$/;
// Verbs whose "at" is their own, with the day as their object: "we looked at Monday and Tuesday".
const TAKING_AT = new WordSet(['look', 'glance', 'stare', 'aim', 'point', 'hint', 'target', 'laugh', 'peek', 'peer']);
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const ORDINAL_DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;

/** A weekday, or weekdays for a habit ("at Sundays", German "sonntags", Russian "по воскресеньям"): English says "on Sundays". */
const isWeekday = (lower: string) => WEEKDAYS.has(lower) || (lower.endsWith('s') && WEEKDAYS.has(lower.slice(0, -1)));

/** The index after the day or date that starts at `from` — "Monday", "Monday night", "5 May", "May 5, 2021" — or -1. */
function dayEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (first === undefined) return -1;
  if (isWeekday(first.lower) && startsWithCapital(first.text)) {
    const next = tokens[from + 1];
    if (next === undefined || next.kind === 'punct') return from + 1;
    if (PARTS_OF_DAY.has(next.lower)) return from + 2;
    return isWordToken(next) && !CONTINUES_NOUN_PHRASE.test(primaryTag(next)) && next.lower !== "'s" ? from + 1 : -1;
  }
  // "the 15th of March" (after "the", which the caller skips).
  if (ORDINAL_DAY.test(first.text) && tokens[from + 1]?.lower === 'of' && MONTHS.has(tokens[from + 2]?.lower ?? '') && startsWithCapital(tokens[from + 2]!.text)) {
    // Not a date that modifies a noun: "in the 5th of May issue".
    const next = tokens[from + 3];
    return isWordToken(next) && CONTINUES_NOUN_PHRASE.test(primaryTag(next)) ? -1 : from + 3;
  }
  // "5 May", "5th May": the number is the day.
  if (DAY_NUMBER.test(first.text) && MONTHS.has(tokens[from + 1]?.lower ?? '') && startsWithCapital(tokens[from + 1]!.text)) return from + 2;
  // "May 5", only where the number cannot be a count ("in May 5 people died"): before a comma, the end or a year.
  if (MONTHS.has(first.lower) && startsWithCapital(first.text) && DAY_NUMBER.test(tokens[from + 1]?.text ?? '')) {
    const after = tokens[from + 2];
    if (after === undefined || (after.kind === 'punct' && after.text !== '-') || isYearNumber(after.text)) return from + 2;
  }
  return -1;
}

// German "gegen 10 Uhr", Russian "к 10 часам", French "vers 10 heures": an approximate time, which MT renders "against".
const CLOCK_WORDS = new WordSet(["o'clock", 'o’clock', 'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m']);
const CLOCK_TIME = /^(?:[01]?\d|2[0-4])[:.][0-5]\d$/;

/** "against 10 o'clock", "against 22:30": a clock time after "against" at `i`; the index after it, or -1. */
function clockAfterAgainst(tokens: readonly Token[], i: number): number {
  const time = tokens[i + 1];
  if (tokens[i]!.lower !== 'against' || time?.kind !== 'number') return -1;
  if (CLOCK_WORDS.has(tokens[i + 2]?.lower ?? '') && /^(?:[1-9]|1\d|2[0-4])(?:[:.][0-5]\d)?$/.test(time.text)) return i + 3;
  return CLOCK_TIME.test(time.text) ? i + 2 : -1;
}

// Russian "запланирован на пятницу", German "für Freitag geplant" read as "planned on": a plan is "for" its day.
const PLANNED = new WordSet(['planned', 'scheduled', 'slated']);
const BE_FORMS = new WordSet(['is', 'are', 'was', 'were', 'be', 'been']);

/** "is planned on Friday", "was scheduled on 12 May": a day after a passive of planning at `i` ("on"). */
function plannedOn(tokens: readonly Token[], i: number): number {
  if (tokens[i]!.lower !== 'on' || i < 2 || !PLANNED.hasToken(tokens[i - 1]!) || !BE_FORMS.hasToken(tokens[i - 2]!)) return -1;
  const end = dayEnd(tokens, i + 1);
  const after = tokens[end];
  // The day closes the clause: "was planned on Monday at a meeting" may say when the planning was done.
  return end > 0 && (after === undefined || (after.kind === 'punct' && after.text !== '-')) ? end : -1;
}

// Russian "перенесли на осень", "назначили на май", Polish "przełożono na jesień": "on" before a month or a season with
// no day, which English never writes (Brown's two are "on August sixth" and "on May Day"). The verb before it chooses
// the English preposition.
const SEASONS = new WordSet(['spring', 'summer', 'autumn', 'winter']);
const UNTIL_VERBS = new WordSet(['postpone', 'delay', 'defer', 'adjourn', 'extend', 'prolong', 'suspend', 'push', 'put']);
const TO_VERBS = new WordSet(['move', 'shift', 'bring', 'reschedule', 'transfer', 'reset', 'change']);
const FOR_VERBS = new WordSet(['schedule', 'plan', 'set', 'fix', 'book', 'slate', 'call']);
// Verbs and adjectives whose own "on" the month is the object of: "insisted on May as the date", "agreed on spring".
const TAKING_ON = new WordSet(['agree', 'decide', 'settle', 'insist', 'focus', 'centre', 'center', 'concentrate', 'rely', 'depend', 'count', 'comment', 'base', 'bet', 'vote', 'dwell', 'reflect', 'remark', 'touch', 'keen']);
const PARTICLES = new WordSet(['back', 'forward', 'off', 'over']);

/**
 * "postponed on autumn", "moved on March", "takes place on summer": "on" at `i` before a month or a season that is
 * no day and no modifier of a noun ("on summer nights", "on March 5"). The index after it (a year may follow) and the
 * preposition English wants, or undefined.
 */
function onMonthOrSeason(tokens: readonly Token[], i: number): { end: number; preposition: string } | undefined {
  const when = tokens[i + 1];
  if (tokens[i]!.lower !== 'on' || when === undefined || i === 0) return undefined;
  const month = MONTHS.has(when.lower) && startsWithCapital(when.text);
  if (!month && !(SEASONS.hasToken(when) && when.text === when.lower)) return undefined;
  let end = i + 2;
  if (isYearNumber(tokens[end]?.text ?? '')) end++;
  const after = tokens[end];
  // A day after the month ("on March 5", "on August sixth", "on September the 11th"), "May Day", a noun it modifies
  // ("on summer nights").
  if (after !== undefined && after.kind !== 'punct' && (after.kind === 'number' || after.lower === 'the' || startsWithCapital(after.text) || CONTINUES_NOUN_PHRASE.test(primaryTag(after)) || ORDINAL_WORDS.hasToken(after))) return undefined;
  let v = i - 1;
  if (PARTICLES.hasToken(tokens[v]!) && v > 0) v--;
  const verb = lemma.of(tokens[v]!);
  if (TAKING_ON.has(verb)) return undefined;
  const preposition = UNTIL_VERBS.has(verb) ? 'until' : TO_VERBS.has(verb) ? 'to' : FOR_VERBS.has(verb) ? 'for' : 'in';
  return { end, preposition };
}

export default defineRule({
  meta: {
    id: 'date-preposition',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A weekday after "at" or "in", or a date after "in", instead of "on": "The sale begins at Monday", "in 5 May"; a clock time after "against": "against 10 o\'clock".',
    sourceHint: 'German "am Montag", Russian "в понедельник", Chinese "在周一", French "le 5 mai": the source\'s preposition, or none, where English says "on".',
    fixable: true,
  },
  needs: [(t) => WRONG.hasToken(t) || t.lower === 'against' || t.lower === 'on', (t) => isWeekday(t.lower) || MONTHS.has(t.lower) || SEASONS.hasToken(t) || t.kind === 'number'],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const preposition = tokens[i]!;
      const clockEnd = clockAfterAgainst(tokens, i);
      if (clockEnd > 0) {
        const time = tokens.slice(i + 1, clockEnd).map((t) => t.text).join(' ');
        reports.push({
          start: preposition.start,
          end: tokens[clockEnd - 1]!.end,
          message: `An approximate time takes "around" or "at about" in English: "around ${time}".`,
          suggestions: [{ start: preposition.start, end: preposition.end, replacement: startsWithCapital(preposition.text) ? 'Around' : 'around' }],
        });
        continue;
      }
      const season = onMonthOrSeason(tokens, i);
      if (season) {
        const when = tokens.slice(i + 1, season.end).map((t) => t.text).join(' ');
        reports.push({
          start: preposition.start,
          end: tokens[season.end - 1]!.end,
          message: `"on" is for a day; a month or a season takes "${season.preposition}" here: "${season.preposition} ${when}".`,
          suggestions: [{ start: preposition.start, end: preposition.end, replacement: season.preposition }],
        });
        continue;
      }
      const plannedEnd = plannedOn(tokens, i);
      if (plannedEnd > 0) {
        reports.push({
          start: preposition.start,
          end: tokens[plannedEnd - 1]!.end,
          message: `A plan is "for" its day in English: "${tokens[i - 1]!.text} for ${tokens.slice(i + 1, plannedEnd).map((t) => t.text).join(' ')}".`,
          suggestions: [{ start: preposition.start, end: preposition.end, replacement: 'for' }],
        });
        continue;
      }
      if (!WRONG.hasToken(preposition)) continue;
      if (preposition.lower === 'at' && i > 0 && TAKING_AT.has(lemma.of(tokens[i - 1]!))) continue;
      // "in the Sunday", "at the Tuesday" (Greek "την Κυριακή", Swedish "på söndagen", Italian "la domenica" with
      // their articles): a weekday after "the" that closes the phrase ("in the Sunday paper", "at the Tuesday
      // meeting" have a noun after it, which dayEnd refuses).
      const withArticle = tokens[i + 1]!.lower === 'the' && isWeekday(tokens[i + 2]?.lower ?? '');
      // "in the 15th of March" (Russian "в 15-е марта" spelled out): the date keeps its "the", only "in" changes.
      const ordinalDate = tokens[i + 1]!.lower === 'the' && ORDINAL_DAY.test(tokens[i + 2]?.text ?? '');
      const dayStart = withArticle || ordinalDate ? i + 2 : i + 1;
      const end = dayEnd(tokens, dayStart);
      // A balance is stated "at 31 December" in accounts; only a weekday after "at" is wrong. After "the", a part of
      // the day makes a compound of a name ("at the Sunday Evening Program", "at the Wednesday night prayer meeting",
      // Brown): the weekday must stand alone.
      if (end < 0 || (preposition.lower === 'at' && !isWeekday(tokens[dayStart]!.lower)) || (withArticle && end !== dayStart + 1)) continue;
      const day = tokens.slice(ordinalDate ? i + 1 : dayStart, end).map((t) => t.text).join(' ');
      reports.push({
        start: preposition.start,
        end: tokens[end - 1]!.end,
        message: `A day or a date takes "on" in English: "on ${day}".`,
        suggestions: [{ start: preposition.start, end: ordinalDate ? preposition.end : tokens[dayStart - 1]!.end, replacement: startsWithCapital(preposition.text) ? 'On' : 'on' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The sale of the season tickets starts at Monday.', output: 'The sale of the season tickets starts on Monday.' },
      { text: 'The ministry said in Tuesday that the plan had failed.', output: 'The ministry said on Tuesday that the plan had failed.' },
      { text: 'The exhibition closes at Sunday evening.', output: 'The exhibition closes on Sunday evening.' },
      { text: 'The referendum will be held in 12 March.', output: 'The referendum will be held on 12 March.' },
      { text: 'In 3rd June the bridge reopened.', output: 'On 3rd June the bridge reopened.' },
      { text: 'The law came into force in the 1st of July 2021.', output: 'The law came into force on the 1st of July 2021.' },
      { text: 'The talks resume in October 14, 2025.', output: 'The talks resume on October 14, 2025.' },
      { text: 'The fire broke out against 3 o\'clock at night.', output: 'The fire broke out around 3 o\'clock at night.' },
      { text: 'The train arrived against 22:40.', output: 'The train arrived around 22:40.' },
      { text: 'The vote is scheduled on Thursday.', output: 'The vote is scheduled for Thursday.' },
      { text: 'The market is closed at Mondays.', output: 'The market is closed on Mondays.' },
      { text: 'In Saturdays the trains run less often.', output: 'On Saturdays the trains run less often.' },
      { text: 'The match will be played in the Sunday.', output: 'The match will be played on Sunday.' },
      { text: 'The reopening of the pool was postponed on autumn.', output: 'The reopening of the pool was postponed until autumn.' },
      { text: 'The festival was moved on September because of the heat.', output: 'The festival was moved to September because of the heat.' },
      { text: 'The new bridge will open on spring 2027.', output: 'The new bridge will open in spring 2027.' },
    ],
    valid: [
      'The meeting was postponed on March 5.',
      'They agreed on spring as the start of the works.',
      'We walked by the lake on summer nights.',
      'The parade falls on May Day.',
      'The planes were hijacked on September the 11th.',
      'The sale of the season tickets starts on Monday.',
      'The letter appeared in the 5th of May issue of the paper.',
      'At the 31st of December the fund held two million dollars.',
      'He sang in Sunday school as a boy.',
      'She read it in the Sunday paper.',
      'He spoke at the Tuesday meeting.',
      'The results were announced at Monday\'s meeting.',
      'Voters went to the polls in Saturday\'s election.',
      'Thousands gathered at Friday prayers.',
      'The shop is closed in May and June.',
      'In May 5 people drowned in the lake.',
      'The plant opened in March 2019.',
      'They met at 5 o\'clock.',
      'The debate aired at 9 on Monday.',
      'The price rose in 2020.',
      'Crowds lined the streets in Sunday best.',
      'We looked at Monday and Tuesday before we chose a day.',
      'At December 31, 2023 the fund held 40 million dollars.',
      'The motion passed 40 against 10.',
      'The odds were 3:1 against the champion.',
      'They played against 10 men for an hour.',
      'The vote is scheduled for Thursday.',
      'The raid was planned on Monday at a secret meeting.',
      'The choir sings at Sundays services.',
    ],
  },
});
