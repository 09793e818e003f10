import { defineRule, type Report } from '@mtlint/engine';
import { isTimePhrase, isWordToken, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

const BE_FORMS = new WordSet(['is', 'are', 'was', 'were', 'be', 'been', 'am']);
// Words that stand before a predicate adjective and move with it: "not happy", "very proud", "too expensive".
const DEGREE_WORDS = new WordSet(['not', 'very', 'so', 'too', 'quite', 'really', 'more', 'most', 'less', 'rather', 'fully', 'extremely', 'highly', 'deeply', 'particularly', 'especially', 'absolutely', 'completely', 'entirely']);
// Adjectives of time or length, which an adverbial phrase may come before in English ("had been in this state too long").
const TIME_ADJECTIVES = new WordSet(['long', 'short', 'late', 'early', 'soon', 'away', 'due']);
// Prepositions that do not open a noun's adverbial phrase here.
const NOT_ADVERBIAL = new WordSet(['than', 'as', 'like', 'of']);
// Tags inside the noun phrase of the prepositional phrase and the "of" phrases after it.
const NOUN_TAG = /^(NN|NNS|NNP|NNPS)$/;
const PHRASE_TAG = /^(NN|NNS|NNP|NNPS|JJ|JJS|POS|CD|DT|PRP\$|VBG)$/;

// Heads of phrases of comment or manner that English puts before a predicate adjective.
const PLAIN_WORD = /^[a-z]+$/;
const COMMENT_HEADS = new WordSet(['part', 'time', 'moment', 'beginning', 'start', 'morning', 'evening', 'night', 'afternoon', 'day', 'week', 'year', 'season', 'end', 'whole', 'main', 'outset', 'contrary', 'opinion', 'view', 'eyes', 'way', 'case', 'event', 'sense', 'meantime', 'least', 'most', 'first', 'past', 'future', 'long', 'balance', 'surface', 'face', 'circumstances', 'words']);

/** The index of the first "of" in [from, end), or `end`: the head of "the noise of the trains" stands before it. */
function firstOf(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (tokens[k]!.lower === 'of') return k;
  return end;
}

/**
 * The end of the prepositional phrase at `p` ("with the decision", "about the noise of the trains"): a preposition, a
 * determiner or possessive, nominal words, and "of" phrases; or -1 when it is no such phrase or names a time.
 */
function adverbialPhraseEnd(tokens: readonly Token[], p: number): number {
  const preposition = tokens[p];
  if (!isWordToken(preposition) || primaryTag(preposition) !== 'IN' || NOT_ADVERBIAL.has(preposition.lower)) return -1;
  const first = tokens[p + 1];
  if (!isWordToken(first) || !/^(DT|PRP\$)$/.test(primaryTag(first)) || isTimePhrase(tokens, p + 1)) return -1;
  let k = p + 2;
  while (k < tokens.length && k - p < 10 && isWordToken(tokens[k]) && (PHRASE_TAG.test(primaryTag(tokens[k])) || (tokens[k]!.lower === 'of' && isWordToken(tokens[k + 1])))) k++;
  // The phrase ends in a noun: "with the decision", not "with the" + an adjective read on.
  while (k > p + 2 && !NOUN_TAG.test(primaryTag(tokens[k - 1]))) k--;
  if (!NOUN_TAG.test(primaryTag(tokens[k - 1]))) return -1;
  // "at the time", "in the end", "on the whole", "in the opinion of experts": phrases of time and comment, which English
  // sets between "be" and its adjective.
  const head = tokens[firstOf(tokens, p + 2, k) - 1]!;
  return COMMENT_HEADS.has(head.lower) ? -1 : k;
}

export default defineRule({
  meta: {
    id: 'adjective-at-clause-end',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'A predicate adjective left at the clause end behind a prepositional phrase: "The mayor is with the decision not happy", "is for the company important".',
    sourceHint: 'German puts the predicate adjective last: "ist mit der Entscheidung nicht zufrieden", "ist für das Unternehmen wichtig".',
    fixable: true,
  },
  needs: [(t) => BE_FORMS.has(t.lower), (t) => t.tags[0] === 'JJ'],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 3 < tokens.length; i++) {
      if (!BE_FORMS.has(tokens[i]!.lower)) continue;
      const phraseEnd = adverbialPhraseEnd(tokens, i + 1);
      if (phraseEnd < 0) continue;
      let a = phraseEnd;
      while (a < tokens.length && DEGREE_WORDS.has(tokens[a]!.lower)) a++;
      const adjective = tokens[a];
      const after = tokens[a + 1];
      // A plain adjective (not a participle: participle-after-object reads those) that closes the clause.
      if (!isWordToken(adjective) || primaryTag(adjective) !== 'JJ' || adjective.tags.includes('VBN') || TIME_ADJECTIVES.has(adjective.lower)) continue;
      // A plain word only ("make-dfsg" is a name the lexicon guesses), and no measure before it ("ninety years old").
      if (!PLAIN_WORD.test(adjective.text) || (a === phraseEnd && primaryTag(tokens[a - 2]) === 'CD')) continue;
      if (after === undefined || after.kind !== 'punct' || !/^[.,;!?]$/.test(after.text) || quotedMask(sentence)[i]) continue;
      const be = tokens[i]!;
      const phrase = doc.text.slice(tokens[i + 1]!.start, tokens[phraseEnd - 1]!.end);
      const predicate = doc.text.slice(tokens[phraseEnd]!.start, adjective.end);
      const replacement = `${be.text} ${predicate} ${phrase}`;
      reports.push({
        start: be.start,
        end: adjective.end,
        message: `"${predicate}" closes the clause behind "${phrase}"; English puts the adjective right after "${be.text}": "${replacement}".`,
        suggestions: [{ start: be.start, end: adjective.end, replacement }],
      });
      i = a;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The mayor is with the decision not happy.', output: 'The mayor is not happy with the decision.' },
      { text: 'The new road is for the region very important.', output: 'The new road is very important for the region.' },
      { text: 'The tenants were about the noise of the trains angry.', output: 'The tenants were angry about the noise of the trains.' },
      { text: 'The operator is for the delays responsible.', output: 'The operator is responsible for the delays.' },
    ],
    valid: [
      'The mayor is not happy with the decision.',
      'I have not been in this state too long.',
      'The museum is in the evening quiet.',
      'The plan was at the time secret.',
      'She is in the garden, happy.',
      'The answer is in the box.',
      'It was of the utmost importance.',
      'He is as tall as his father.',
      'The result was in the end positive.',
      'The house was for years empty.',
      'The price was in the opinion of experts too high.',
      'The reform is on the whole popular.',
      'The tribes are for the most part nomadic.',
      'He was at the time ninety years old.',
      'The sources are in the source package make-dfsg.',
    ],
  },
});
