import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isModal, isTimePhrase, lemma, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

// German puts a possessor before its noun in the genitive ("des Konzerns Produkte", "der Stadt Haushalt"); a
// translation that keeps the order but loses the case ending has two noun phrases side by side, and the engine
// often separates them with a comma: "that the company, the products are safe". In a that-clause (or another
// subordinate clause) the first noun phrase cannot be a fronted adverbial or a topic, so a comma between two
// definite noun phrases directly before the clause's verb stands where English has "'s".

// Subordinators after which a clause starts with its subject.
const CLAUSE_OPENERS = new WordSet(['that', 'because', 'whether', 'although', 'though']);

/** The clause's verb: a finite verb or modal ("are", "could", "shows"), or a present the lexicon reads first as a base form ("pose"). */
function opensPredicate(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return isFiniteVerb(t) || isModal(t) || (primaryTag(t) === 'VB' && t.tags.includes('VBP'));
}

/** Whether tokens[from, end) is a noun phrase opened by "the" with a common noun for its head. */
function isDefiniteCommonPhrase(tokens: readonly Token[], from: number, end: number): boolean {
  if (tokens[from]?.lower !== 'the' || end - from < 2) return false;
  const head = tokens[end - 1]!;
  const tag = primaryTag(head);
  if (tag !== 'NN' && tag !== 'NNS') return false;
  // "the company's, the": a possessive or a second determiner inside is already another shape.
  for (let k = from + 1; k < end; k++) if (isDeterminer(tokens[k]!)) return false;
  return true;
}

/** "companies" → "companies’", "company" → "company’s", in the apostrophe the text uses. */
function possessive(head: Token, apostrophe: string): string {
  return /s$/i.test(head.text) && primaryTag(head) === 'NNS' ? `${head.text}${apostrophe}` : `${head.text}${apostrophe}s`;
}

export default defineRule({
  meta: {
    id: 'genitive-as-comma',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'Two noun phrases split by a comma where English has a possessive: "that the company, the products are safe".',
    sourceHint: 'German puts a genitive possessor before its noun ("des Konzerns Produkte"); the case ending is lost.',
    fixable: false,
  },
  needs: [(t) => CLAUSE_OPENERS.hasToken(t), new Set([','])],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 5 < tokens.length; i++) {
      if (!CLAUSE_OPENERS.hasToken(tokens[i]!)) continue;
      const first = i + 1;
      const firstEnd = nounPhraseEnd(tokens, first);
      if (tokens[firstEnd]?.text !== ',' || !isDefiniteCommonPhrase(tokens, first, firstEnd)) continue;
      // "that the next morning, the crew left": a time phrase is an adverbial that may open the clause.
      if (isTimePhrase(tokens, first)) continue;
      const second = firstEnd + 1;
      const secondEnd = nounPhraseEnd(tokens, second);
      if (!isDefiniteCommonPhrase(tokens, second, secondEnd)) continue;
      const verb = tokens[secondEnd];
      // The verb follows straight on and is not itself set off ("that the plan, the minister said, was …" is a
      // speech tag; "the plan, the budget and the staff" a list, which has no verb there).
      if (!opensPredicate(verb) || tokens[secondEnd + 1]?.text === ',') continue;
      if (lemma(verb!.lower) === 'say' || lemma(verb!.lower) === 'think') continue;
      const head = tokens[firstEnd - 1]!;
      const apostrophe = doc.text.includes('’') ? '’' : "'";
      const possessor = tokens.slice(first, firstEnd - 1).map((t) => t.text).join(' ');
      const owned = tokens.slice(second + 1, secondEnd).map((t) => t.text).join(' ');
      const replacement = `${possessor} ${possessive(head, apostrophe)} ${owned}`;
      reports.push({
        start: tokens[first]!.start,
        end: tokens[secondEnd - 1]!.end,
        message: `Two noun phrases side by side where English has a possessive: "${replacement}".`,
        suggestions: [{ start: tokens[first]!.start, end: tokens[secondEnd - 1]!.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Officials insist that the new airline, the planes are safe.', output: "Officials insist that the new airline's planes are safe." },
      { text: 'The report shows that the regional hospitals, the budgets have shrunk every year.', output: "The report shows that the regional hospitals' budgets have shrunk every year." },
      { text: 'Farmers complain because the local dairy, the prices keep rising.', output: "Farmers complain because the local dairy's prices keep rising." },
      { text: 'He doubts whether the city, the schools can cope with the numbers.', output: "He doubts whether the city's schools can cope with the numbers." },
    ],
    valid: [
      'Officials insist that the new airline’s planes are safe.',
      'It is no coincidence that the youngest patient, the one who arrived last, recovered first.',
      'She argued that the plan, the minister said, was never costed.',
      'We agreed that the hall, the kitchen and the garden need work.',
      'He noticed that the next morning, the river had risen.',
      'They hoped that the quarrel, the worst in years, would end.',
      'The court ruled that the tenants, the landlord and the agency share the cost.',
      'She believes that the tenants, the owners of the flats, will pay.',
      'Officials insist that the airline, like the airport, is safe.',
    ],
  },
});
