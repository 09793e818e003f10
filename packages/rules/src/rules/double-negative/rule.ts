import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, type Token, WordSet } from '@mtlint/text';

// Negative subjects: Russian "никто не пострадал", Polish "nikt nie", Spanish "nadie no" negate the verb too.
const NEGATIVE_SUBJECTS = new WordSet(['nobody', 'nothing', 'none', 'noone']);
// Auxiliaries and modals that take "not" right after them.
const AUXILIARIES = new WordSet([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'does', 'did', 'do', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall',
]);
// Contracted negatives: "didn't", "wasn't", "won't".
const CONTRACTED = /^(?:is|was|are|were|has|have|had|does|did|do|wo|would|ca|could|should|must)n['’]t$/;

/** The index after "no one" or one of NEGATIVE_SUBJECTS at `i`, or -1. */
function negativeSubjectEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (NEGATIVE_SUBJECTS.hasToken(t)) return i + 1;
  return t.lower === 'no' && tokens[i + 1]?.lower === 'one' ? i + 2 : -1;
}

/** Whether the subject at `i` opens its clause: the sentence start, or after a comma, a semicolon or a conjunction. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before === undefined || (before.kind === 'punct' && /^[,;:(—–-]$/.test(before.text)) || before.lower === 'and' || before.lower === 'but' || before.lower === 'that';
}

export default defineRule({
  meta: {
    id: 'double-negative',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.85,
    description: 'A negative subject with a negated verb, which English reads as its opposite: "nobody was not injured", "nothing did not change".',
    sourceHint: 'Russian "никто не пострадал", Polish "nikt nie został ranny", Spanish "nadie no vino": negative concord, where the verb is negated too.',
    fixable: true,
  },
  needs: [(t) => NEGATIVE_SUBJECTS.hasToken(t) || t.lower === 'one', (t) => t.lower === 'not' || t.lower.endsWith("n't") || t.lower.endsWith('n’t')],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const end = negativeSubjectEnd(tokens, i);
      if (end < 0 || !opensClause(tokens, i)) continue;
      const auxiliary = tokens[end];
      if (!isWordToken(auxiliary)) continue;
      // "nobody was not injured": the auxiliary, then "not"; "nobody didn't come": the contracted form.
      const not = tokens[end + 1];
      const spelled = AUXILIARIES.hasToken(auxiliary) && not?.lower === 'not';
      const contracted = CONTRACTED.test(auxiliary.lower) || (AUXILIARIES.hasToken(auxiliary) && /^n['’]t$/.test(not?.lower ?? ''));
      if (!spelled && !contracted) continue;
      // English rhetoric ("no one could not be moved by it") has this shape too, but far more rarely than MT's concord
      // in translated news: Brown has none.
      const negation = spelled || /^n['’]t$/.test(not?.lower ?? '') ? not! : auxiliary;
      const subject = tokens.slice(i, end).map((t) => t.text).join(' ');
      const suggestion =
        negation === auxiliary
          ? { start: auxiliary.start, end: auxiliary.end, replacement: auxiliary.text.replace(/n['’]t$/i, '').replace(/^wo$/i, 'will').replace(/^ca$/i, 'can') }
          : { start: tokens[end]!.end, end: negation.end, replacement: '' };
      reports.push({
        start: tokens[i]!.start,
        end: negation.end,
        message: `"${subject}" already negates the clause; the "not" after it makes it mean the opposite in English.`,
        suggestions: [suggestion],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The bus slid off the road, nobody was not injured.', output: 'The bus slid off the road, nobody was injured.' },
      { text: 'Nobody had not seen the letter before.', output: 'Nobody had seen the letter before.' },
      { text: 'No one could not explain the delay.', output: 'No one could explain the delay.' },
      { text: 'Nothing wasn\'t done to stop the leak.', output: 'Nothing was done to stop the leak.' },
    ],
    valid: [
      'Nobody was injured.',
      'Nobody knew why the bus did not stop.',
      'Nothing is impossible.',
      'The driver was not injured, and nobody else was.',
      'None of the guests could not have noticed it.',
      'No one else has been told.',
      'She said nothing; he did not ask.',
      'Not one passenger was hurt.',
      'The mayor, whom nobody had expected, did not speak.',
    ],
  },
});
