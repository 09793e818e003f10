import { defineRule, type Report } from '@mtlint/engine';
import { quotedMask, type Document, type Token } from '@mtlint/text';

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

interface Occurrence {
  token: Token;
  previous: Token | undefined;
  next: Token | undefined;
}

/** Second- and first-person pronouns outside quotation marks: the narration's own voice. */
function narrationPronouns(doc: Document): { second: Occurrence[]; first: number } {
  const second: Occurrence[] = [];
  let first = 0;
  for (const sentence of doc.sentences) {
    const quoted = quotedMask(sentence);
    sentence.tokens.forEach((t, i) => {
      if (quoted[i] || t.kind !== 'word') return;
      if (SECOND_PERSON.has(t.lower)) second.push({ token: t, previous: sentence.tokens[i - 1], next: sentence.tokens[i + 1] });
      else if (FIRST_PERSON.has(t.text === 'US' ? '' : t.lower)) first++;
    });
  }
  return { second, first };
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
    const { second, first } = narrationPronouns(doc);
    // Texts that address the reader or speak as "we" (guides, essays, letters) are left alone; a report uses "you"
    // outside quotations once or twice at most, and only by mistake.
    if (second.length === 0 || second.length > 2 || first > 0) return [];
    const reports: Report[] = [];
    for (const { token, previous, next } of second) {
      // "you" as the subject of a verb ("you can", "you know") may be a generic you; a "you" that is not followed by a
      // verb, modal or adverb ("relied on you, unsubstantiated reports") stands where a word of the source did.
      if (token.lower === 'you' && next?.tags.slice(0, 3).some((tag) => /^(VB|MD|RB)/.test(tag))) continue;
      if (previous?.lower === 'thank') continue;
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
      { text: 'Police said the suspects had taken your money from three banks. They were arrested on Friday.' },
    ],
    valid: [
      'The minister said: “You cannot trust these figures.”',
      'If you drive through the valley, you will see the damage. Residents say it will take years to rebuild.',
      'You can find the report on the ministry’s website.',
      'Thank you for your letter. We will reply soon. Our office is open daily.',
      'The company says its app “knows what you want”.',
      'The government has published the figures for the third quarter.',
    ],
  },
});
