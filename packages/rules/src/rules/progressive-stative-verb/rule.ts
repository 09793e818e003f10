import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isPreposition, isWordToken, lemma, type Token, WordSet } from '@mtlint/text';

// Hindi and Urdu ("main use jaanta hoon", heard as "I am knowing him"), and MT from sources with one present for both
// (Turkish -iyor, Indonesian, Persian mi-), put verbs of knowing, owning and being in the progressive. English keeps
// these states in the simple tenses: "I know him", "The box contains", "It belongs to".

// State verbs whose -ing form does not follow a finite "be" in English (Brown and the clean docs have none); the
// future "be needing" ("I'll be needing some more") has the bare "be", which is not in BE_FORMS. "wanting" ("They
// were wanting to leave"), "loving" and "understanding" (adjectives: "she was very understanding") are not listed.
const STATE_PARTICIPLES = new WordSet(['knowing', 'belonging', 'owning', 'possessing', 'containing', 'consisting', 'resembling', 'seeming', 'existing', 'needing', 'liking', 'preferring']);
// "existing" is also an adjective before its noun ("These are existing customers"): the progressive only where no
// noun follows ("The file is not existing.", "is existing in two versions").
const isAdjectiveUse = (participle: Token, next: Token | undefined): boolean =>
  participle.lower === 'existing' && isWordToken(next) && !isPreposition(next);
// Not "'s", a possessive as often ("New York's knowing sophisticates", Brown).
const BE_FORMS = new WordSet(['am', 'is', 'are', 'was', 'were', "'m", "'re"]);
const NEGATIONS = new WordSet(['not', "n't", 'still', 'also', 'now']);
const SUBJECT_PRONOUNS = new WordSet(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const isWhWord = (t: Token): boolean => /^(?:why|how|what|where|when|who|which)$/i.test(t.text);

/** The simple form that agrees with the "be" it replaces: "is knowing" → "knows", "were knowing" → "knew". */
function simpleForm(be: string, participle: string): string {
  const base = lemma(participle);
  if (be === 'was' || be === 'were') return conjugateVerb(base, 'VBD');
  return be === 'is' ? conjugateVerb(base, 'VBZ') : base;
}

export default defineRule({
  meta: {
    id: 'progressive-stative-verb',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb of state in the progressive: "I am knowing him since childhood", "The box is containing two keys".',
    sourceHint: 'Hindi and Urdu, and sources with one present for states and actions (Turkish, Persian, Indonesian).',
    fixable: true,
  },
  needs: [(t) => STATE_PARTICIPLES.hasToken(t)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const participle = tokens[i]!;
      if (!STATE_PARTICIPLES.hasToken(participle) || isAdjectiveUse(participle, tokens[i + 1])) continue;
      // "be" right before, or with "not", "still", "also" between: "is not knowing", "was still belonging".
      let b = i - 1;
      if (NEGATIONS.hasToken(tokens[b]!)) b--;
      // A question puts the pronoun between: "Are you needing a receipt?", "Why is he not liking it?". "be" must
      // open it (after a wh-word at most), so that a pronoun ending one clause cannot pair with a "be" before it.
      const question = b > 0 && SUBJECT_PRONOUNS.hasToken(tokens[b]!) && tokens.at(-1)?.text === '?';
      if (question) b--;
      const be = tokens[b];
      if (!isWordToken(be) || !BE_FORMS.hasToken(be)) continue;
      if (question && !(b === 0 || (b === 1 && isWhWord(tokens[0]!)))) continue;
      const simple = simpleForm(be.lower, participle.lower);
      reports.push({
        start: be.start,
        end: participle.end,
        message: `"${lemma.of(participle)}" names a state, which English keeps in the simple form: "${simple}", not "${be.text} … ${participle.text}".`,
        suggestions: b === i - 1 && !question ? [{ start: be.start, end: participle.end, replacement: simple }] : [],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The package is containing two cables.', output: 'The package contains two cables.' },
      { text: 'The land was belonging to his family.', output: 'The land belonged to his family.' },
      { text: 'I am knowing him since childhood.', output: 'I know him since childhood.' },
      { text: 'The report is existing in two versions.', output: 'The report exists in two versions.' },
      { text: 'The requested page is not existing.' },
      { text: 'Most users are needing a faster login.', output: 'Most users need a faster login.' },
      { text: 'She is liking the new layout.', output: 'She likes the new layout.' },
      { text: 'Are you needing a printed receipt?' },
      { text: 'Why is he not liking the new menu?' },
    ],
    valid: [
      'I have known him since childhood.',
      'She gave him a knowing smile.',
      'I will be needing some more.',
      'They were wanting to leave.',
      'The package contains two cables.',
      'Knowing him, he will be late.',
      'The wall containing the pipes collapsed.',
      'Belonging to a club helps.',
      'These are existing customers.',
      'Do you need a printed receipt?',
      'Is it what you needed?',
      'Needing a break, we stopped.',
      'Not knowing the way, we turned back.',
      'The rules were existing law by then.',
      'The existing rules stay.',
    ],
  },
});
