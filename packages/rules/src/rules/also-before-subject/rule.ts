import { defineRule } from '@mtlint/engine';
import { hasFiniteReading, isAuxiliary, isDeterminer, isModal, isPreposition, isWordToken, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

// Subject pronouns "also" may stand before in German and Russian ("Auch er", "Также мы"). "It" is left out: "Also it
// supports …" is the connective, a comma missing, more often than a focus on "it".
// Words that open a subject as a determiner does: "Also many parents were …", "Also several schools …".
const QUANTIFIERS = new WordSet(['many', 'several', 'some', 'most', 'all', 'both', 'few', 'numerous', 'other']);
// "Also you can …" is the connective too (Brown).
const SUBJECT_PRONOUNS = new WordSet(['he', 'she', 'we', 'they']);

/** The subject after "Also": a pronoun, or a noun phrase opening with a determiner or a plural noun, or -1. */
function subjectEnd(tokens: readonly Token[]): number {
  const first = tokens[1];
  if (!isWordToken(first)) return -1;
  if (SUBJECT_PRONOUNS.hasToken(first)) return 2;
  // A name may be the connective's subject as well as the focus ("Also Lucy and Winslow had a contest"): left alone.
  // A number is left out: "Also three other pathways were noted" is Brown's connective.
  // An indefinite article is left out too: "Also a bug in the parser was fixed" adds an item, as the connective does.
  if (!(isDeterminer(first) || QUANTIFIERS.hasToken(first) || primaryTag(first) === 'NNS') || first.lower === 'a' || first.lower === 'an') return -1;
  // A participle the lexicon also reads as an adjective modifies the head: "the neighbouring villages".
  const modifier = tokens[2];
  const from = isWordToken(modifier) && primaryTag(modifier) === 'VBG' && modifier.tags.includes('JJ') ? 3 : 1;
  let end = nounPhraseEnd(tokens, from);
  if (end === from) return -1;
  // Up to two prepositional phrases after the head: "the residents of the old town", "the ferry to the island".
  for (let phrases = 0; phrases < 2 && tokens[end] !== undefined && isPreposition(tokens[end]!) && tokens[end]!.lower !== 'that'; phrases++) {
    const phraseEnd = nounPhraseEnd(tokens, end + 1);
    if (phraseEnd === end + 1) break;
    end = phraseEnd;
  }
  return end;
}

export default defineRule({
  meta: {
    id: 'also-before-subject',
    category: 'fluency/word-order',
    severity: 'minor',
    confidence: 0.7,
    description: '"Also" before the subject it singles out, opening the sentence: "Also the mayor was there." → "The mayor was also there."',
    sourceHint: 'German "auch" and Russian "также/тоже" stand before the word they focus ("Auch der Bürgermeister war da").',
    fixable: true,
  },
  needs: [(t) => t.text === 'Also'],
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    if (tokens[0]?.text !== 'Also') return [];
    const end = subjectEnd(tokens);
    const verb = tokens[end];
    if (end < 0 || !isWordToken(verb) || verb.text !== verb.lower || !hasFiniteReading(verb)) return [];
    // After a noun, a word read first as a participle before a preposition opens a reduced relative ("Also the
    // phrasing used for … are updated"); before its object, or after a pronoun, it is the verb ("Also the opposition
    // criticised the budget", "Also he criticised").
    const after = tokens[end + 1];
    if (end > 2 && primaryTag(verb) === 'VBN' && after !== undefined && isPreposition(after)) return [];
    const subject = doc.text.slice(tokens[1]!.start, tokens[end - 1]!.end);
    const capitalised = subject[0]!.toUpperCase() + subject.slice(1);
    // "also" after a modal or an auxiliary ("was also there", "have also criticised"), before a lexical verb ("also came").
    const replacement = isModal(verb) || isAuxiliary(verb) ? `${capitalised} ${verb.text} also` : `${capitalised} also ${verb.text}`;
    return [{
      start: tokens[0]!.start,
      end: verb.end,
      message: `"Also" goes after the subject in English: "${replacement}".`,
      suggestions: [{ start: tokens[0]!.start, end: verb.end, replacement }],
    }];
  },
  examples: {
    invalid: [
      { text: 'Also the fire brigade was on the scene within minutes.', output: 'The fire brigade was also on the scene within minutes.' },
      { text: 'Also the opposition criticised the budget.', output: 'The opposition also criticised the budget.' },
      { text: 'Also we have noticed a drop in visitors.', output: 'We have also noticed a drop in visitors.' },
      { text: 'Also farmers in the south will receive help.', output: 'Farmers in the south will also receive help.' },
    ],
    valid: [
      'The fire brigade was also on the scene.',
      'Also, the opposition criticised the budget.',
      'Also known as the old mill, the building dates from 1820.',
      'Also in the program are two new songs.',
      'Also Lucy and Tom had a contest of their own.',
      'Also it supports named jobs.',
      'Also: bring your own water.',
      'Also worth a visit is the harbour.',
      'Also the sequel.',
    ],
  },
});
