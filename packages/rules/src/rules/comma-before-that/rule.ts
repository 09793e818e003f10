import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isPreposition, isPronoun, nounSenses, verbSenses, type Token } from '@mtlint/text';

// Supersenses whose words take a "that" clause: say, warn, think, know, fear, hope, claim, belief, concern.
const VERB_SENSES = new Set(['verb.communication', 'verb.cognition', 'verb.emotion', 'verb.perception']);
const NOUN_SENSES = new Set(['noun.communication', 'noun.cognition', 'noun.feeling']);
// How far back (in words) the head of the clause may stand: "concern in the United States, that …".
const LOOKBACK = 6;

function takesThatClause(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const tag = token.tags[0] ?? '';
  if (tag.startsWith('VB')) return verbSenses(token.lower).some((s) => VERB_SENSES.has(s));
  if (tag === 'NN' || tag === 'NNS') return nounSenses(token.lower).some((s) => NOUN_SENSES.has(s));
  return false;
}

export default defineRule({
  meta: {
    id: 'comma-before-that',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'Comma before a "that" clause that completes a verb or noun of saying, thinking or feeling.',
    sourceHint: 'German and Russian set off every subordinate clause with a comma ("sagte, dass", "сказал, что").',
    fixable: true,
  },
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const comma = tokens[i]!;
      const that = tokens[i + 1]!;
      if (comma.text !== ',' || that.lower !== 'that') continue;
      const after = tokens[i + 2]!;
      if (!opensClause(after) || !hasHeadBefore(tokens, i)) continue;
      reports.push({
        start: comma.start,
        end: that.end,
        message: 'No comma before a "that" clause that completes the verb or noun before it.',
        suggestions: [{ start: comma.start, end: that.start, replacement: ' ' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The spokesman said, that the talks would resume in May.', output: 'The spokesman said that the talks would resume in May.' },
      { text: 'There is a growing fear among farmers, that prices will fall.', output: 'There is a growing fear among farmers that prices will fall.' },
      { text: 'She expressed the hope, that both sides would return.', output: 'She expressed the hope that both sides would return.' },
      { text: 'Analysts believe, that the merger is unlikely.', output: 'Analysts believe that the merger is unlikely.' },
    ],
    valid: [
      'He said that the talks would resume in May.',
      'We bought the house, that is, the one by the river.',
      'The plan was rejected, and that was the end of it.',
      'She wanted this, that and the other.',
      'After the vote, that decision was reversed.',
      'He finally admitted it, that much is clear.',
      'The company, that once dominated the market, is gone.',
      'It rained all week, so much so that the match was cancelled.',
      'He said, “That is not true.”',
    ],
  },
});

// "that" opens a clause when a subject follows that "that" cannot be the determiner of: "that the talks",
// "that prices", "that they". A singular noun ("that decision was") or a verb ("that is") reads as
// pronoun or determiner, so it is left alone.
function opensClause(after: Token): boolean {
  if (after.kind === 'number') return true;
  if (after.kind !== 'word') return false;
  const tag = after.tags[0];
  return isDeterminer(after) || (isPronoun(after) && after.lower !== 'that') || tag === 'NNS' || tag === 'NNP' || tag === 'NNPS';
}

// The head may stand a few words back: "said, that", "concern in the United States, that".
function hasHeadBefore(tokens: readonly Token[], comma: number): boolean {
  let words = 0;
  for (let j = comma - 1; j >= 0 && words < LOOKBACK; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    words++;
    if (takesThatClause(t)) return true;
    if (!isPreposition(t) && !isDeterminer(t) && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (t.tags[0] ?? '').startsWith('VB')) return false;
  }
  return false;
}
