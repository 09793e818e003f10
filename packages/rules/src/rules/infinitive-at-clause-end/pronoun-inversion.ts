/**
 * A subject pronoun inverted after an opening adverbial in a statement: "With this app can you your photos sort.",
 * "Yesterday have we the contract signed." `subjectOf` (`@mtlint/text`) reads a pronoun after the head as a question
 * or a condition ("will we get …?", "Should you need help, …") and gives no subject; in a statement whose clause opens
 * with adverbials, before an object, it is German verb-second order. Used by infinitive-at-clause-end and
 * participle-after-object; its place is `subjectOf`, where it is proposed for the shared analysis.
 */
import { analyseSentence, type Sentence, type VerbGroup, WordSet } from '@mtlint/text';

// Subject pronouns only ("it" is an object as often); the inverting openers English itself has.
const PRONOUNS = new WordSet(['i', 'we', 'you', 'he', 'she', 'they']);
const INVERTING = new WordSet(['not', 'never', 'nor', 'neither', 'only', 'rarely', 'seldom', 'hardly', 'scarcely', 'little', 'nowhere', 'so', 'such']);

/**
 * Whether the group's gap opens with a subject pronoun inverted after opening adverbials, with an object (a noun or
 * prepositional phrase) after it, in a sentence that ends with "." or "!".
 */
export function pronounInvertedAfterAdverbial(sentence: Sentence, group: VerbGroup): boolean {
  const tokens = sentence.tokens;
  const [subject, ...rest] = group.gap;
  const end = tokens[tokens.length - 1]!.text;
  if (subject?.kind !== 'NP' || subject.end !== subject.start + 1 || !PRONOUNS.hasToken(tokens[subject.start]!) || (end !== '.' && end !== '!')) return false;
  if (!rest.some((c) => (c.kind === 'NP' && !c.time) || c.kind === 'PP')) return false;
  const analysis = analyseSentence(sentence);
  const clause = analysis.clauseAt(group.head);
  if (clause.start !== 0 || group.head === 0) return false;
  for (let p = 0; p < group.head; p = analysis.chunkAt(p).end) {
    const c = analysis.chunkAt(p);
    if (INVERTING.hasToken(tokens[p]!) || !(c.kind === 'PP' || c.kind === 'ADVP' || (c.kind === 'NP' && c.time))) return false;
  }
  return true;
}
