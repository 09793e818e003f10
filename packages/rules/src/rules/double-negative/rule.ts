import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, nounPhraseEnd, primaryTag, type Token, WordMap, WordSet } from '@mtlint/text';

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

// "Both sides did not want a new election": Russian "обе стороны не хотели", German "beide wollten nicht", Polish "obie
// strony nie chciały" negate each of the two; English reads "both … not" as "not both" (one may have), and says
// "Neither side wanted". Only the auxiliaries of a report of what happened: "both values cannot be null", "both
// arguments must not be empty" are constraints on the pair, English of manuals.
const BOTH_AUXILIARIES = new WordSet(['did', 'could', 'were', 'was', 'have', 'has', 'had', 'would', 'will']);
// "Both did not just play well": the negation is of the adverb, not the verb.
const NOT_SCOPE = new WordSet(['only', 'just', 'merely', 'necessarily', 'always', 'all', 'quite', 'exactly', 'simply', 'even', 'so', 'as']);
const BOTH_DETERMINERS = new WordSet(['the', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'its']);
const BOTH_PRONOUNS = new WordSet(['them', 'us', 'you', 'these', 'those']);
// A pair as a constraint or at one moment keeps "both … not" English: "both could not fit at once".
const TOGETHER = /\b(?:at once|at the same time|simultaneously|together|at a time)\b/i;

/** "Both parties could not agree" → "Neither of the parties could agree". */
function bothNot(tokens: readonly Token[], i: number, sentenceText: string): Report | undefined {
  const both = tokens[i]!;
  if (both.lower !== 'both' || !opensClause(tokens, i)) return undefined;
  let end: number;
  if (tokens[i + 1]?.lower === 'of') {
    const after = tokens[i + 2];
    if (after === undefined || (!BOTH_PRONOUNS.hasToken(after) && !BOTH_DETERMINERS.hasToken(after))) return undefined;
    end = BOTH_PRONOUNS.hasToken(after) && after.lower !== 'these' && after.lower !== 'those' ? i + 3 : nounPhraseEnd(tokens, i + 2);
    if (end <= i + 3 && tokens[i + 3]?.tags.includes('NNS') && BOTH_AUXILIARIES.hasToken(tokens[i + 4] ?? both)) end = i + 4;
  } else {
    end = nounPhraseEnd(tokens, i + 1);
    // A plural the tagger reads first as a verb ("both suspects have"): its noun reading before the auxiliary.
    const first = BOTH_DETERMINERS.hasToken(tokens[i + 1]!) ? i + 2 : i + 1;
    if (end <= first && tokens[first]?.tags.includes('NNS') && BOTH_AUXILIARIES.hasToken(tokens[first + 1] ?? both)) end = first + 1;
    // A plural noun heads the pair: "both sides", "both the companies" (not "both Smith and Jones", "both in May").
    else if (end <= i + 1 || !/^NNP?S$/.test(primaryTag(tokens[end - 1]))) return undefined;
  }
  const auxiliary = tokens[end];
  const not = tokens[end + 1];
  if (!isWordToken(auxiliary) || !BOTH_AUXILIARIES.hasToken(auxiliary) || not === undefined || !(not.lower === 'not' || /^n['’]t$/.test(not.lower))) return undefined;
  if (NOT_SCOPE.hasToken(tokens[end + 2] ?? not) || TOGETHER.test(sentenceText)) return undefined;
  // "Both arms were not broken, only the left": a contrast names the one of the two.
  if (tokens.slice(end + 2).some((t) => t.lower === 'but' || t.lower === 'only' || t.lower === 'one' || t.lower === 'either')) return undefined;
  const rest = tokens[i + 1]!.lower === 'of' ? '' : BOTH_DETERMINERS.hasToken(tokens[i + 1]!) ? ' of' : ' of the';
  return {
    start: both.start,
    end: not.end,
    message: `"${both.text} … ${auxiliary.text} ${not.text}" reads in English as "not both" (one of the two may have); for what was true of neither, English says "Neither of …" without "not".`,
    // One edit from "Both" to "not": the pair's words as written between them ("Both of them had not" → "Neither of them had").
    suggestions: [{ start: both.start, end: not.end, replacement: `${both.text === 'Both' ? 'Neither' : 'neither'}${rest}${tokens.slice(i + 1, end + 1).map((t, k) => (k > 0 && !/^['’]/.test(t.text) ? ' ' : '') + t.text).join('').replace(/^/, ' ')}` }],
  };
}

// What follows a negated verb where English puts the "any" word: Russian "я ничего не знаю", Polish "nie wiem nic",
// Spanish "no sé nada", French "je ne sais rien" negate both, and MT keeps both: "I don't know nothing". ("none" and
// "no" + a noun are left to dialect dialogue: "I never see none", "don't want no trouble" in Brown's fiction.)
const NEGATIVE_OBJECTS = new WordMap<string>([['nothing', 'anything'], ['nobody', 'anybody'], ['nowhere', 'anywhere'], ['noone', 'anyone']]);
// Dialect English has its own double negatives, written on purpose in fiction's dialogue; its marks in the clause
// tell it from MT's: "ain't", and "don't" after a singular subject ("she don't know nothing").
const DIALECT = /^(?:ain['’]t|ai)$/;
const SINGULAR_SUBJECTS = new WordSet(['he', 'she', 'it']);
// Object pronouns that may stand between the verb and its second object: "didn't tell him nothing".
const OBJECT_PRONOUNS = new WordSet(['me', 'you', 'him', 'her', 'us', 'them']);

/** Whether the token negates the verb after it: "not", "n't", "never", "cannot", "didn't". */
const isNegation = (t: Token) => t.lower === 'not' || t.lower === 'never' || t.lower === 'cannot' || /^n['’]t$/.test(t.lower) || CONTRACTED.test(t.lower);

/**
 * "I don't know nothing about it": a negated lexical verb (perhaps after an object pronoun) whose object is "nothing",
 * "nobody", "no one" or "nowhere". English negates once, with "any" after the negated verb. A
 * verb must stand between ("isn't nothing", "not for nothing", "don't take no for an answer" are left alone).
 */
function negatedVerbWithNegativeObject(tokens: readonly Token[], j: number): Report | undefined {
  if (!isNegation(tokens[j]!)) return undefined;
  // The negated auxiliary: "don't" as one token, or "do" before "n't".
  const a = /^n['’]t$/.test(tokens[j]!.lower) ? j - 1 : j;
  const auxiliary = tokens[a]?.lower ?? '';
  if (DIALECT.test(auxiliary) || (/^do(?:n['’]t)?$/.test(auxiliary) && SINGULAR_SUBJECTS.hasToken(tokens[a - 1] ?? tokens[j]!))) return undefined;
  const verb = tokens[j + 1];
  if (!isWordToken(verb) || !/^VB[GNPD]?$/.test(verb.tags[0] ?? '') || AUXILIARIES.hasToken(verb) || verb.lower === 'be' || verb.lower === 'been') return undefined;
  const k = OBJECT_PRONOUNS.hasToken(tokens[j + 2] ?? verb) ? j + 3 : j + 2;
  const object = tokens[k];
  if (!isWordToken(object)) return undefined;
  let any = NEGATIVE_OBJECTS.get(object.lower);
  let end = k;
  if (object.lower === 'no' && tokens[k + 1]?.lower === 'one') [any, end] = ['anyone', k + 1];
  if (any === undefined) return undefined;
  return {
    start: tokens[j]!.start,
    end: tokens[end]!.end,
    message: `"${tokens[j]!.text} … ${tokens.slice(k, end + 1).map((t) => t.text).join(' ')}" negates twice; English negates the verb once and says "${any}" after it.`,
    suggestions: [{ start: object.start, end: tokens[end]!.end, replacement: any }],
  };
}

export default defineRule({
  meta: {
    id: 'double-negative',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.85,
    description: 'A negative subject with a negated verb, which English reads as its opposite: "nobody was not injured", "nothing did not change"; "both … not" for "neither": "Both sides did not want".',
    sourceHint: 'Russian "никто не пострадал", Polish "nikt nie został ranny", Spanish "nadie no vino": negative concord, where the verb is negated too.',
    fixable: true,
  },
  needs: [
    (t) => NEGATIVE_SUBJECTS.hasToken(t) || t.lower === 'one' || t.lower === 'both' || t.lower === 'nowhere',
    (t) => t.lower === 'not' || t.lower === 'never' || t.lower === 'cannot' || t.lower.endsWith("n't") || t.lower.endsWith('n’t'),
  ],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const object = negatedVerbWithNegativeObject(tokens, i);
      if (object) {
        reports.push(object);
        continue;
      }
      const both = tokens[i]!.lower === 'both' ? bothNot(tokens, i, tokens.map((t) => t.lower).join(' ')) : undefined;
      if (both) {
        reports.push(both);
        continue;
      }
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
      { text: 'Both clubs were not ready for the new season.', output: 'Neither of the clubs were ready for the new season.' },
      { text: 'Both of them had not heard the alarm.', output: 'Neither of them had heard the alarm.' },
      { text: 'We did not find nothing in the boxes.', output: 'We did not find anything in the boxes.' },
      { text: "He didn't tell me nothing about the plan.", output: "He didn't tell me anything about the plan." },
      { text: 'The police never caught nobody for it.', output: 'The police never caught anybody for it.' },
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
      'Both keys must not be empty.',
      'Both lamps could not be lit at the same time.',
      'Both teams did not just win, they dominated.',
      'Both brothers were not at home, only the elder.',
      'Both were not needed.',
      'Both Anna and Tom did not sign.',
      'We did not find anything in the boxes.',
      "It isn't nothing, it is a start.",
      'They did not come all this way for nothing.',
      "Don't take no for an answer.",
      'He did not say no.',
      'You cannot get something for nothing.',
      'I ain\'t got nothing to say.',
      'She don\'t know nothing about cars.',
      'I never see none of them.',
    ],
  },
});
