import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isPreposition, isWordToken, primaryTag, type Token, WordSet } from '@mtlint/text';
import { WEEKDAYS } from '../../calendar.js';

const ANCHOR = new Set(['next', 'coming', 'last']);
// Periods counted from today. "the next day" is left out: English narrates with it ("she visited him the next day").
const PERIODS = new WordSet(['week', 'weekend', 'month', 'year', 'season', 'spring', 'summer', 'autumn', 'winter']);
// What makes the clause speak of the future from today, so that "the next week" cannot be "the week after that one".
const FUTURE = new Set(['will', "'ll", '’ll', 'shall']);
const CLAUSE_END = new WordSet(['.', ',', ';', ':', '!', '?']);
// The prepositions MT puts before "the next Saturday": Spanish "el próximo sábado", Italian "il prossimo sabato",
// Portuguese "no próximo sábado" keep their article and gain "on"; Russian "в следующую субботу", Polish "w następną
// sobotę" give "in" and an article from the MT's guess.
const WEEKDAY_PREPOSITIONS = new WordSet(['on', 'in', 'for']);

/** A verb in the past tense before `i` in the sentence: narration, where "on the next Monday" is the Monday after. */
function pastBefore(tokens: readonly Token[], i: number): boolean {
  // "left" is read first as a participle with a past reading too.
  for (let k = i - 1; k >= 0; k--) {
    const tag = primaryTag(tokens[k]!);
    // "is planned", "will be held": a participle after an auxiliary is no past.
    if (tag === 'VBD' || (tag === 'VBN' && tokens[k]!.tags.includes('VBD') && !(k > 0 && isAuxiliary(tokens[k - 1]!)))) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'definite-next-period',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"the next week" as a time adverbial of the future: "will present the plan the next week" → "next week".',
    sourceHint: 'French "la semaine prochaine", Spanish "la próxima semana", Italian "la prossima settimana", Portuguese "na próxima semana": the source\'s article on a period counted from today.',
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
      const the = tokens[i - 1];
      const period = tokens[i + 1];
      if (!ANCHOR.has(tokens[i]!.lower) || the?.lower !== 'the' || !isWordToken(period)) continue;
      const weekday = WEEKDAYS.has(period.lower);
      if (!weekday && !PERIODS.hasToken(period)) continue;
      // An adverbial ends its clause, or stands before a place ("the next week in Brussels"); "the next week was busy"
      // is a subject, "the next week or two" a phrase of its own.
      const after = tokens[i + 2];
      const place = (after?.lower === 'in' || after?.lower === 'at') && isWordToken(tokens[i + 3]) && tokens[i + 3]!.text !== tokens[i + 3]!.lower;
      if (after !== undefined && !CLAUSE_END.has(after.text) && !place) continue;
      const before = tokens[i - 2];
      // A weekday after a preposition: "in the next Saturday" is never English; "on the last Friday" with nothing after
      // it is "last Friday"; "on/for the next Monday" is the Monday after another only in narration (a past verb).
      if (weekday && isWordToken(before) && WEEKDAY_PREPOSITIONS.hasToken(before)) {
        const lower = tokens[i]!.lower;
        if (before.lower !== 'in' && lower !== 'last' && pastBefore(tokens, i - 2)) continue;
        const plain = `${lower === 'coming' ? 'next' : tokens[i]!.text} ${period.text}`;
        // "planned for next Sunday" keeps its "for"; "in" and "on" go with the article.
        const keep = before.lower === 'for' ? `${before.text} ` : '';
        const capital = i - 2 === 0 && keep === '';
        const replacement = keep + (capital ? plain[0]!.toUpperCase() + plain.slice(1) : plain);
        reports.push({
          start: before.start,
          end: period.end,
          message: `A weekday counted from today takes no article in English: "${replacement}".`,
          suggestions: [{ start: before.start, end: period.end, replacement }],
        });
        continue;
      }
      if (tokens[i]!.lower === 'last') continue;
      // After a preposition ("in the coming year", "for the next month") or a verb ("spend the next year") the period is
      // a noun phrase, not an adverbial: only the end of an object or a prepositional phrase may stand before it. A
      // weekday is no verb's object ("will meet the next Tuesday").
      if (!isWordToken(before) || isPreposition(before) || before.lower === 'to') continue;
      if (primaryTag(before).startsWith('VB') && !weekday) continue;
      let future = false;
      for (let k = i - 3; k >= 0 && !future; k--) future = FUTURE.has(tokens[k]!.lower);
      if (!future) continue;
      const plain = tokens[i]!.lower === 'coming' ? 'next' : tokens[i]!.text;
      reports.push({
        start: the.start,
        end: period.end,
        message: `A period counted from today takes no article in English: "${plain} ${period.text}".`,
        suggestions: [{ start: the.start, end: period.end, replacement: `${plain} ${period.text}` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The council will vote on the budget the next month.', output: 'The council will vote on the budget next month.' },
      { text: 'The band will release a new album the coming year.', output: 'The band will release a new album next year.' },
      { text: 'The two leaders will meet the next Tuesday in Geneva.', output: 'The two leaders will meet next Tuesday in Geneva.' },
      { text: 'The referendum takes place in the next Sunday.', output: 'The referendum takes place next Sunday.' },
      { text: 'The shop reopens on the next Monday.', output: 'The shop reopens next Monday.' },
      { text: 'The vote is planned for the next Sunday.', output: 'The vote is planned for next Sunday.' },
      { text: 'The miners walked out on the last Thursday.', output: 'The miners walked out last Thursday.' },
    ],
    valid: [
      'The council will vote on the budget next month.',
      'The band will release a new album in the coming year.',
      'She will spend the next year in Lisbon.',
      'We will know more in the next week.',
      'The next week will be decisive.',
      'He visited his aunt the next day.',
      'The results will come the next week or the week after.',
      'They signed the contract the next week.',
      'For the next month, the road will be closed.',
      'The talks will resume the next morning.',
      'He left the next Friday.',
      'He left on the next Friday.',
      'The market is held on the last Friday of every month.',
      'On the next Monday after the vote, shares fell.',
      'The talks began on a Monday and ended on the next Sunday.',
      'The team will play again the next weekend in a row.',
    ],
  },
});
