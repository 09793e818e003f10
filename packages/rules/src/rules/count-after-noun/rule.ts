import { defineRule, type Report } from '@mtlint/engine';
import { type Token, WordSet } from '@mtlint/text';

// Chinese counts visits in 人次 ("person-times": one person, one visit) and puts a count after what it counts
// ("接待游客8万多人", tourists 80,000-odd people). MT writes "received 1.2 million person-times", "attracted visitors
// more than 80,000 people". English counts the noun itself, before it: "more than 80,000 visitors", "1.2 million visits".

const VISIT_UNITS = new WordSet(['person-times', 'man-times', 'people-times', 'person-time']);
const PEOPLE = new WordSet(['people', 'persons']);
const APPROXIMATORS = new WordSet(['about', 'around', 'nearly', 'almost', 'over', 'approximately', 'roughly']);
const SCALE = new WordSet(['hundred', 'thousand', 'million', 'billion', 'lakh', 'crore']);
// Time nouns before a count begin a clause: "over the years more than 5,000 people …".
const TIME_NOUNS = new WordSet(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries', 'times', 'nights', 'weekends', 'holidays']);
const NEEDS = new Set([...VISIT_UNITS, ...PEOPLE]);

/** The count before `end` (exclusive) — "80,000", "2 million", "more than 80,000" — as its first index, or -1. */
function countStart(tokens: readonly Token[], end: number): number {
  let k = end - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && SCALE.hasToken(tokens[k]!)) k--;
  if (k < 0 || tokens[k]!.kind !== 'number') return -1;
  const before = tokens[k - 1];
  if (before?.kind === 'word' && APPROXIMATORS.hasToken(before)) return k - 1;
  if (before?.lower === 'than' && (tokens[k - 2]?.lower === 'more' || tokens[k - 2]?.lower === 'fewer')) return k - 2;
  return k;
}

const text = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).map((t) => t.text).join(' ');

export default defineRule({
  meta: {
    id: 'count-after-noun',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A count after what it counts, or counted in "person-times": "attracted visitors more than 80,000 people", "received 1.2 million person-times".',
    sourceHint: 'Chinese 人次 ("person-times") and the count after the noun (接待游客8万多人).',
    fixable: true,
  },
  needs: [NEEDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      if (VISIT_UNITS.hasToken(t)) {
        const start = countStart(tokens, i);
        // "person-time" alone is epidemiology's ("person-time at risk"); only a count makes it 人次.
        if (start < 0 && t.lower === 'person-time') continue;
        const of = tokens[i + 1]?.lower === 'of' ? tokens[i + 1] : undefined;
        const counted = of !== undefined ? tokens[i + 2] : undefined;
        // "1.2 million person-times of tourists" → "1.2 million tourists"; "received 1.2 million person-times" → "visits".
        const suggestion = of !== undefined && counted?.kind === 'word'
          ? { start: t.start, end: counted.start, replacement: '' }
          : { start: t.start, end: t.end, replacement: 'visits' };
        reports.push({
          start: start >= 0 ? tokens[start]!.start : t.start,
          end: t.end,
          message: `"${t.text}" renders Chinese 人次 (one person, one visit); English counts visits or the visitors themselves.`,
          suggestions: [suggestion],
        });
        continue;
      }
      if (!PEOPLE.hasToken(t)) continue;
      const start = countStart(tokens, i);
      if (start < 1) continue;
      const noun = tokens[start - 1]!;
      // A plural noun right before the count: "visitors more than 80,000 people", not "of more than 80,000 people".
      if (noun.kind !== 'word' || noun.tags[0] !== 'NNS' || PEOPLE.hasToken(noun) || TIME_NOUNS.hasToken(noun)) continue;
      // "In recent years more than 5,000 people have left": the count is a new clause's subject; "5,000 people's".
      const after = tokens[i + 1];
      if (after !== undefined && after.kind === 'word' && /^(NN|NNS|POS|MD|VB|VBD|VBP|VBZ)$/.test(after.tags[0] ?? '')) continue;
      reports.push({
        start: noun.start,
        end: t.end,
        message: `The count stands after "${noun.text}", as in Chinese; English puts it before the noun: "${text(tokens, start, i)} ${noun.text}".`,
        suggestions: [{ start: noun.start, end: t.end, replacement: `${text(tokens, start, i)} ${noun.text}` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The fair attracted visitors more than 80,000 people.', output: 'The fair attracted more than 80,000 visitors.' },
      { text: 'The airport served passengers about 2 million people last year.', output: 'The airport served about 2 million passengers last year.' },
      { text: 'The park received 1.2 million person-times during the holiday.', output: 'The park received 1.2 million visits during the holiday.' },
      { text: 'The town welcomed 300,000 person-times of tourists in May.', output: 'The town welcomed 300,000 tourists in May.' },
    ],
    valid: [
      'The fair attracted more than 80,000 visitors.',
      'The hall holds concerts for more than 2,000 people.',
      'Tickets cost 20 euros for groups of 10 people.',
      'The disease killed more than 1,000 people.',
      'Rates are given per 1,000 person-years.',
      'Follow-up added up to 5 years of person-time at risk.',
      'Most visitors came in groups, about 40 people a day.',
      'The company employs workers, about 300 people in all.',
      'Children aged 5 to 12 years pay half.',
      'In recent years more than 5,000 people have left the island.',
      'Over the holidays nearly 200 people volunteered.',
    ],
  },
});
