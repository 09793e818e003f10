import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { cardinalEnd, isWordToken, primaryTag, WordSet } from '@mtlint/text';

// Russian "на две недели", Polish "na dwa tygodnie", Czech "na dva týdny": the length of a stay, a closure or a ban
// with "on". "on two days" is left out: English says it of two separate days.
const UNITS = new WordSet(['hours', 'weeks', 'months', 'years', 'decades']);
const ANCHOR = new Set(['on']);
// Words after the unit that make the phrase part of a noun phrase: "on two years' probation", "on three weeks notice";
// "of" does too ("agreed on three weeks of talks").
const NOUN_AFTER_TAGS = new Set(['NN', 'NNS', 'POS']);

export default defineRule({
  meta: {
    id: 'preposition-before-duration',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A length of time after "on": "closed on two weeks", "left for Spain on three months" → "for two weeks".',
    sourceHint: 'Russian "на две недели", Polish "na dwa tygodnie", Czech "na dva týdny": the source\'s preposition of an intended length of time.',
    fixable: true,
  },
  anchor: ANCHOR,
  needs: [(t) => UNITS.hasToken(t)],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, ANCHOR);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      const on = tokens[i]!;
      if (on.lower !== 'on') continue;
      // After a word of the clause: "On two weeks' notice …" opens a phrase of its own.
      if (!isWordToken(tokens[i - 1])) continue;
      const end = cardinalEnd(tokens, i + 1);
      // A count of two or more: "on a week night", "on one year's salary" are English.
      if (end < 0 || end !== i + 2 || tokens[i + 1]!.lower === 'one' || tokens[i + 1]!.text === '1') continue;
      const unit = tokens[end];
      if (!isWordToken(unit) || !UNITS.hasToken(unit)) continue;
      const after = tokens[end + 1];
      if (after !== undefined && (after.text === "'" || after.text === '’' || after.lower === 'of' || (isWordToken(after) && NOUN_AFTER_TAGS.has(primaryTag(after))))) continue;
      reports.push({
        start: on.start,
        end: unit.end,
        message: `English gives a length of time with "for": "for ${ctx.doc.text.slice(tokens[i + 1]!.start, unit.end)}".`,
        suggestions: [{ start: on.start, end: on.end, replacement: 'for' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The museum will be closed on three months for repairs.', output: 'The museum will be closed for three months for repairs.' },
      { text: 'He was banned from driving on two years.', output: 'He was banned from driving for two years.' },
      { text: 'The family left for the coast on 6 weeks.', output: 'The family left for the coast for 6 weeks.' },
    ],
    valid: [
      'The museum will be closed for three months.',
      'He was placed on two years\' probation.',
      'The claim was settled on three weeks notice.',
      'We met on two days in May.',
      'She called on a week night.',
      'The study is based on five years of data.',
      'On two occasions the bridge was closed.',
      'The rent rose on one year to the next.',
      'The decision came on two weeks\' reflection.',
    ],
  },
});
