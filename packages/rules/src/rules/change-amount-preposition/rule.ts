import { defineRule, type Report } from '@mtlint/engine';
import { isCommonNoun, isWordToken, lemma, nounSenses, verbSenses, type Token } from '@mtlint/text';

// Words that scale a number: "40 million", "3 thousand".
const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn']);
// Units of a relative change; "points" and "times" also count.
const PERCENT_UNITS = new Set(['%', 'percent', 'pct', 'points', 'times']);

/**
 * A verb of quantitative change (grow, rise, fall, increase, cut); "gain on" means "catch up with", and an -ing form
 * is often a noun of action ("burning on 3.5 million acres": where, not how much).
 */
function isChangeVerb(t: Token): boolean {
  const tag = t.tags[0] ?? '';
  return tag.startsWith('VB') && tag !== 'VBG' && lemma(t.lower) !== 'gain' && verbSenses(t.lower).includes('verb.change');
}

/** A noun of quantitative change: "growth", "decline", "increase", "a rise". */
function isChangeNoun(t: Token): boolean {
  if (!isCommonNoun(t) || t.lower.endsWith('ing')) return false;
  return nounSenses(t.lower).includes('noun.process') || (t.tags.includes('VB') && verbSenses(lemma(t.lower)).includes('verb.change'));
}

/**
 * The end (exclusive index) of an amount starting at `from` — "3 percent", "1.5%", "2.5 percentage points",
 * "40 million", "40 million tonnes", "3 times" — or -1. A bare number ("on 12 May", "on 3 occasions") is no amount.
 */
function amountEnd(tokens: readonly Token[], from: number): number {
  const n = tokens[from];
  if (n?.kind !== 'number') return -1;
  if (n.text.endsWith('%')) return from + 1;
  let i = from + 1;
  let scaled = false;
  while (i < tokens.length && MULTIPLIERS.has(tokens[i]!.lower)) {
    i++;
    scaled = true;
  }
  const unit = tokens[i];
  if (unit && (PERCENT_UNITS.has(unit.lower) || (unit.lower === 'per' && tokens[i + 1]?.lower === 'cent'))) {
    i += unit.lower === 'per' ? 2 : 1;
  } else if (unit?.lower === 'percentage' && tokens[i + 1]?.lower === 'points') {
    i += 2;
  } else if (scaled && isWordToken(unit) && unit.tags[0] === 'NNS') {
    i++;
  } else if (!scaled) {
    return -1;
  }
  return i;
}

export default defineRule({
  meta: {
    id: 'change-amount-preposition',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.9,
    description: 'The amount of a change introduced by "on" or "in … times": "grew on 3 percent", "an increase on 5%", "rose in 2 times".',
    sourceHint: 'Russian "на" and "в … раз" with a change ("вырос на 3%", "рост на 5%", "увеличился в 2 раза").',
    fixable: true,
  },
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const preposition = tokens[i]!;
      // Two characters first: the length is kept in the token, so most words are passed over without reading them.
      if (preposition.end - preposition.start !== 2 || (preposition.lower !== 'on' && preposition.lower !== 'in')) continue;
      const end = amountEnd(tokens, i + 1);
      if (end < 0) continue;
      // "rose on 5 percent growth": the amount modifies the noun that follows, the cause of the change.
      const after = tokens[end];
      if (isWordToken(after) && isCommonNoun(after)) continue;
      const head = tokens[i - 1]!;
      if (head.kind !== 'word') continue;
      if (preposition.lower === 'on') {
        const noun = isChangeNoun(head);
        if (!noun && !isChangeVerb(head)) continue;
        const right = noun ? 'of' : 'by';
        reports.push({
          start: preposition.start,
          end: tokens[end - 1]!.end,
          message: `The size of a change takes "${right}", not "on": "${head.text} ${right} …".`,
          suggestions: [{ start: preposition.start, end: preposition.end, replacement: right }],
        });
      } else if (tokens[end - 1]!.lower === 'times' && (isChangeVerb(head) || isChangeNoun(head) || head.tags[0] === 'VBZ')) {
        // "grew in 3 times", "is in 2 times higher": "в 3 раза".
        reports.push({
          start: preposition.start,
          end: tokens[end - 1]!.end,
          message: 'A multiple of a change takes no "in": "grew three times", "threefold", or "tripled".',
          suggestions: [{ start: preposition.start, end: tokens[i + 1]!.start, replacement: '' }],
        });
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Exports grew on 3 percent last year.', output: 'Exports grew by 3 percent last year.' },
      { text: 'The ministry expects an increase on 5% in wages.', output: 'The ministry expects an increase of 5% in wages.' },
      { text: 'Oil output fell on 40 million tonnes.', output: 'Oil output fell by 40 million tonnes.' },
      { text: 'The number of tourists increased in 3 times.', output: 'The number of tourists increased 3 times.' },
      { text: 'Unemployment decreased on 1.5 percentage points.', output: 'Unemployment decreased by 1.5 percentage points.' },
    ],
    valid: [
      'Exports grew by 3 percent last year.',
      'Prices rose on 12 May after the announcement.',
      'Shares jumped on 5 percent earnings growth.',
      'The index fell on 3 occasions this month.',
      'The team won on 3 points from the last game.',
      'Rates were cut in 2 steps.',
      'Sales increased in 2023 despite the war.',
      'Interest on 5 percent bonds is paid twice a year.',
      'The population doubled in 30 years.',
      'Costs rose in 3 of the 5 regions.',
    ],
  },
});
