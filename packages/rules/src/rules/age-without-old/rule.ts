import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, nounSenses, primaryTag, singularNoun, type Token, withCaseOf, WordSet, WordMap } from '@mtlint/text';

// Russian gives an age without an adjective ("ему 45 лет", "водителю было 19 лет") and MT writes "The driver is 45
// years". English says how old: "45 years old" (or "aged 45"). A length of time after "is" is English for a thing
// ("The term is four years"), so only a person's age is read: a personal pronoun or a noun naming a person.

const BE = new WordSet(['is', 'was', 'are', 'were', 'am']);
// French, Spanish and Italian give an age with "have" ("il a 45 ans", "tiene 45 años"): "He has 45 years" is "He is
// 45 years old". Each form with the form of "be" that replaces it.
const HAVE = new WordMap([['has', 'is'], ['have', 'are'], ['had', 'was']]);
const PERSON_PRONOUNS = new WordSet(['he', 'she', 'i', 'you', 'we', 'they']);
const UNITS = new WordSet(['year', 'years', 'month', 'months']);
// What follows an age or a length that English completes without "old": "years old", "years ago", "years older".
const COMPLETIONS = new WordSet(['old', 'older', 'younger', 'ago', 'of', 'later', 'earlier', 'before', 'after', 'in', 'at', 'since', 'long', 'away', 'apart', 'behind', 'ahead', 'into', 'each', 'per', 'running', 'too']);

const isPersonNoun = (t: Token) => nounSenses(singularNoun(t.lower)).includes('noun.person');

/** Whether the subject before the verb at `be` names a person: a pronoun, or a noun phrase whose first noun is one. */
function personSubject(tokens: readonly Token[], be: number): boolean {
  const before = tokens[be - 1];
  if (!isWordToken(before)) return false;
  if (PERSON_PRONOUNS.hasToken(before)) return true;
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

/**
 * "With 85 years he still climbs" (German "mit 85 Jahren"): an age opening the sentence with "with", before a comma or
 * the clause's subject. "With 30 years of experience", "With two years left", "With ten years to go" go on after it.
 */
function withYears(tokens: readonly Token[]): Report | undefined {
  const [withWord, amount, unit, next] = tokens;
  if (withWord?.lower !== 'with' || amount === undefined || unit?.lower !== 'years' || !(amount.kind === 'number' || primaryTag(amount) === 'CD')) return undefined;
  if (!(next?.text === ',' || (isWordToken(next) && (PERSON_PRONOUNS.hasToken(next) || (primaryTag(next) === 'NNP' && /^\p{Lu}/u.test(next.text)))))) return undefined;
  return {
    start: withWord.start,
    end: unit.end,
    message: `"${withWord.text} ${amount.text} years" renders German "mit ${amount.text} Jahren"; English gives the age with "at": "At ${amount.text}" or "At the age of ${amount.text}".`,
    suggestions: [{ start: withWord.start, end: unit.end, replacement: `At ${amount.text}` }],
  };
}

/** "died in the age of 85" (Russian "в возрасте 85 лет"): an age takes "at". "in the age of the internet" has no number. */
function inTheAgeOf(tokens: readonly Token[], i: number): Report | undefined {
  const inWord = tokens[i]!;
  const the = tokens[i + 1]?.lower === 'the' ? 1 : 0;
  const amount = tokens[i + 3 + the];
  if (inWord.lower !== 'in' || tokens[i + 1 + the]?.lower !== 'age' || tokens[i + 2 + the]?.lower !== 'of' || amount === undefined) return undefined;
  if (!(amount.kind === 'number' || primaryTag(amount) === 'CD')) return undefined;
  return {
    start: inWord.start,
    end: tokens[i + 2 + the]!.end,
    message: `An age takes "at" in English: "at the age of ${amount.text}" (Russian "в возрасте").`,
    suggestions: [{ start: inWord.start, end: tokens[i + 2 + the]!.end, replacement: withCaseOf(inWord.text, 'at the age of') }],
  };
}

/** "at the age of 67 years" (Russian "в возрасте 67 лет"): "the age of" takes the bare number; "and 3 months", "old" go on. */
function ageOfYears(tokens: readonly Token[], i: number): Report | undefined {
  const at = tokens[i]!;
  const amount = tokens[i + 4];
  const unit = tokens[i + 5];
  if ((at.lower !== 'at' && at.lower !== 'in') || tokens[i + 1]?.lower !== 'the' || tokens[i + 2]?.lower !== 'age' || tokens[i + 3]?.lower !== 'of') return undefined;
  if (amount === undefined || !(amount.kind === 'number' || primaryTag(amount) === 'CD') || unit?.lower !== 'years') return undefined;
  const next = tokens[i + 6];
  if (next !== undefined && (next.lower === 'and' || next.lower === 'old')) return undefined;
  return {
    start: amount.start,
    end: unit.end,
    message: `"the age of" takes the number alone in English: "the age of ${amount.text}" (Russian "в возрасте ${amount.text} лет").`,
    suggestions: [{ start: amount.end, end: unit.end, replacement: '' }],
  };
}

export default defineRule({
  meta: {
    id: 'age-without-old',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.7,
    description: 'A person\'s age given as a bare length of time: "The driver is 45 years"; "in the age of 85"; "at the age of 67 years".',
    sourceHint: 'Russian gives an age without an adjective ("ему 45 лет"); English says "45 years old".',
    fixable: true,
  },
  needs: [(t) => BE.hasToken(t) || HAVE.has(t.lower) || t.lower === 'with' || t.lower === 'in' || t.lower === 'at', (t) => UNITS.hasToken(t) || t.lower === 'age'],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const opening = withYears(tokens);
    if (opening) reports.push(opening);
    for (let i = 0; i + 3 < tokens.length; i++) {
      const years = ageOfYears(tokens, i);
      if (years) reports.push(years);
      if (tokens[i]!.lower !== 'in') continue;
      const age = inTheAgeOf(tokens, i);
      if (age) reports.push(age);
    }
    for (let i = 1; i + 2 < tokens.length; i++) {
      const verb = tokens[i]!;
      const have = HAVE.getToken(verb);
      if (!BE.hasToken(verb) && have === undefined) continue;
      const amount = tokens[i + 1]!;
      const unit = tokens[i + 2]!;
      if (!UNITS.hasToken(unit) || !(amount.kind === 'number' || primaryTag(amount) === 'CD')) continue;
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
      if (next !== undefined && isWordToken(next) && (COMPLETIONS.hasToken(next) || /^(JJ|JJR|RB|RBR)$/.test(primaryTag(next)))) continue;
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
      { text: 'With 90 years she still swims in the lake.', output: 'At 90 she still swims in the lake.' },
      { text: 'With 17 years, he joined the navy.', output: 'At 17, he joined the navy.' },
      { text: 'The actor died in the age of 78.', output: 'The actor died at the age of 78.' },
      { text: 'In the age of 12 she won her first race.', output: 'At the age of 12 she won her first race.' },
      { text: 'The writer died at the age of 91 years in Tver.', output: 'The writer died at the age of 91 in Tver.' },
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
      'With 30 years of experience, she leads the team.',
      'With two years left on his contract, he moved.',
      'With ten years to go, the plan is late.',
      'In the age of the internet, news travels fast.',
      'She died at the age of 78.',
      'The test was given at the age of 5 years and 3 months.',
      'Trees reach the age of 300 years old only rarely.',
    ],
  },
});
