import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isCommonNoun, isDeterminer, isPreposition, quotedMask, type Document, type Token } from '@mtlint/text';

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

interface Occurrence {
  token: Token;
  previous: Token | undefined;
  next: Token | undefined;
  afterNext: Token | undefined;
  /** The word two before the pronoun ("according" in "according to you"). */
  beforePrevious: Token | undefined;
}

/**
 * Second- and first-person pronouns outside quotation marks: the narration's own voice. The scan stops as soon as the
 * answer is known (a first-person pronoun, or a third "you"), and quotation marks are only worked out for sentences
 * with a pronoun to check.
 */
function narrationPronouns(doc: Document): { second: Occurrence[]; firstPerson: boolean } {
  const second: Occurrence[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    let quoted: boolean[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const isSecond = SECOND_PERSON.has(t.lower);
      if (!isSecond && !(FIRST_PERSON.has(t.lower) && t.text !== 'US')) continue;
      quoted ??= quotedMask(sentence);
      if (quoted[i]) continue;
      if (!isSecond) return { second, firstPerson: true };
      second.push({ token: t, previous: tokens[i - 1], next: tokens[i + 1], afterNext: tokens[i + 2], beforePrevious: tokens[i - 2] });
      if (second.length > 2) return { second, firstPerson: false };
    }
  }
  return { second, firstPerson: false };
}

export default defineRule({
  meta: {
    id: 'second-person-in-report',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.6,
    description: 'A stray "you" in third-person reporting, outside any quotation.',
    sourceHint: 'A source particle, honorific or impersonal form (Russian "вы", Chinese "您", German "man"/"Sie") rendered as "you".',
    fixable: false,
  },
  detectDocument(doc) {
    const { second, firstPerson } = narrationPronouns(doc);
    // Texts that address the reader or speak as "we" (guides, essays, letters) are left alone; a report uses "you"
    // outside quotations once or twice at most, and only by mistake.
    if (second.length === 0 || second.length > 2 || firstPerson) return [];
    const reports: Report[] = [];
    for (const { token, previous, next, afterNext, beforePrevious } of second) {
      // News English addresses the reader too ("the app tells you when", "check your tax code", "How the budget
      // affects you"), so only a "you" that fits no English syntax is reported: the object of a preposition followed
      // by a comma and a noun phrase ("relied on you, anonymous sources"), where it stands for a source word
      // glued to an apposition, and "according to you", which a report never says of its reader.
      if (token.lower !== 'you' || !previous || previous.kind !== 'word') continue;
      const glued = isPreposition(previous) && next?.text === ',' && afterNext !== undefined && afterNext.kind === 'word' &&
        (isDeterminer(afterNext) || isAdjective(afterNext) || afterNext.tags.includes('JJ') || isCommonNoun(afterNext));
      const accordingTo = previous.lower === 'to' && beforePrevious?.lower === 'according';
      if (!glued && !accordingTo) continue;
      reports.push({
        start: token.start,
        end: token.end,
        message: `"${token.text}" addresses the reader in a text that otherwise reports in the third person; it probably renders a source word.`,
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The court ruled that the ministry had relied mainly on you, anonymous sources. The case was closed.' },
      { text: 'The agency criticised the decision, which was based on you, unverified media reports. It will appeal.' },
      { text: 'According to you, the company had hidden its losses. The regulator opened an inquiry.' },
    ],
    valid: [
      'The minister said: “You cannot trust these figures.”',
      'If you drive through the valley, you will see the damage. Residents say it will take years to rebuild.',
      'You can find the report on the ministry’s website.',
      'Thank you for your letter. We will reply soon. Our office is open daily.',
      'The company says its app “knows what you want”.',
      'How the new budget affects you\n\nThe government raised taxes on fuel.',
      'Your guide to the election\n\nVoters go to the polls on Sunday.',
      'The app tells you when the next bus arrives. It was launched in March.',
      'The rule means your employer must pay for training. It takes effect in May.',
      'Check your tax code before April, the agency advised.',
      'Officials warned that scammers may call you, pretending to be from the bank.',
    ],
  },
});
