import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, nounSenses, primaryTag, singularNoun, type Token, WordSet } from '@mtlint/text';

// Russian gives an age without an adjective ("ему 45 лет", "водителю было 19 лет") and MT writes "The driver is 45
// years". English says how old: "45 years old" (or "aged 45"). A length of time after "is" is English for a thing
// ("The term is four years"), so only a person's age is read: a personal pronoun or a noun naming a person.

const BE = new WordSet(['is', 'was', 'are', 'were', 'am']);
// French, Spanish and Italian give an age with "have" ("il a 45 ans", "tiene 45 años"): "He has 45 years" is "He is
// 45 years old". Each form with the form of "be" that replaces it.
const HAVE = new Map([['has', 'is'], ['have', 'are'], ['had', 'was']]);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'you', 'we', 'they']);
const UNITS = new Set(['year', 'years', 'month', 'months']);
// What follows an age or a length that English completes without "old": "years old", "years ago", "years older".
const COMPLETIONS = new Set(['old', 'older', 'younger', 'ago', 'of', 'later', 'earlier', 'before', 'after', 'in', 'at', 'since', 'long', 'away', 'apart', 'behind', 'ahead', 'into', 'each', 'per', 'running', 'too']);

const isPersonNoun = (t: Token) => nounSenses(singularNoun(t.lower)).includes('noun.person');

/** Whether the subject before the verb at `be` names a person: a pronoun, or a noun phrase whose first noun is one. */
function personSubject(tokens: readonly Token[], be: number): boolean {
  const before = tokens[be - 1];
  if (!isWordToken(before)) return false;
  if (PERSON_PRONOUNS.has(before.lower)) return true;
  // Back to the start of the clause; the head is the first noun before any "of" ("the manager of the plant").
  let start = be - 1;
  while (start > 0 && isWordToken(tokens[start - 1]) && /^(DT|JJ|NN|NNS|NNP|NNPS|IN|PRP\$|POS|CD)$/.test(primaryTag(tokens[start - 1]))) start--;
  for (let k = start; k < be; k++) {
    const t = tokens[k]!;
    if (t.lower === 'of') return false;
    // "the suspect": a word the lexicon reads first as a verb is a noun after a determiner or adjective.
    const noun = /^NNS?$/.test(primaryTag(t)) || (t.tags.includes('NN') && k > start && /^(DT|JJ|PRP\$)$/.test(primaryTag(tokens[k - 1])));
    if (noun && (k + 1 === be || tokens[k + 1]!.lower === 'of' || !/^NN/.test(primaryTag(tokens[k + 1])))) return isPersonNoun(t);
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'age-without-old',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.7,
    description: 'A person\'s age given as a bare length of time: "The driver is 45 years".',
    sourceHint: 'Russian gives an age without an adjective ("ему 45 лет"); English says "45 years old".',
    fixable: true,
  },
  needs: [(t) => BE.has(t.lower) || HAVE.has(t.lower), UNITS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const verb = tokens[i]!;
      const have = HAVE.get(verb.lower);
      if (!BE.has(verb.lower) && have === undefined) continue;
      const amount = tokens[i + 1]!;
      const unit = tokens[i + 2]!;
      if (!UNITS.has(unit.lower) || !(amount.kind === 'number' || primaryTag(amount) === 'CD')) continue;
      const next = tokens[i + 3];
      if (have !== undefined) {
        // "has 20 years left", "had ten years to pay", "have 30 years of experience": only an age closes the clause.
        if (next !== undefined && !(next.kind === 'punct' || next.lower === 'and' || next.lower === 'but')) continue;
        if (!personSubject(tokens, i)) continue;
        const be = tokens[i - 1]!.lower === 'i' ? (verb.lower === 'had' ? 'was' : 'am') : have;
        reports.push({
          start: verb.start,
          end: unit.end,
          message: `An age takes "be" and "old" in English: "${be} ${amount.text} ${unit.text} old".`,
          suggestions: [{ start: verb.start, end: unit.end, replacement: `${be} ${amount.text} ${unit.text} old` }],
        });
        continue;
      }
      if (next !== undefined && isWordToken(next) && (COMPLETIONS.has(next.lower) || /^(JJ|JJR|RB|RBR)$/.test(primaryTag(next)))) continue;
      if (!personSubject(tokens, i)) continue;
      reports.push({
        start: amount.start,
        end: unit.end,
        message: `An age needs "old": "${amount.text} ${unit.text} old".`,
        suggestions: [{ start: unit.end, end: unit.end, replacement: ' old' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The driver of the bus is 52 years.', output: 'The driver of the bus is 52 years old.' },
      { text: 'She was 19 years when she moved to Riga.', output: 'She was 19 years old when she moved to Riga.' },
      { text: 'The new coach is 41 years, and he comes from Porto.', output: 'The new coach is 41 years old, and he comes from Porto.' },
      { text: 'The painter has 63 years and lives in Nice.', output: 'The painter is 63 years old and lives in Nice.' },
      { text: 'I have 30 years.', output: 'I am 30 years old.' },
    ],
    valid: [
      'The driver of the bus is 52 years old.',
      'The term of office is four years.',
      'The contract was three years.',
      'He was ten years older than his wife.',
      'She was 19 years ago a student here.',
      'The warranty is two years, the shop says.',
      'They were five years in prison.',
      'The wait for a flat is ten years.',
      'She has 20 years of experience.',
      'He had ten years to repay the loan.',
      'They have two years left on the lease.',
      'The bridge has 100 years.',
    ],
  },
});
