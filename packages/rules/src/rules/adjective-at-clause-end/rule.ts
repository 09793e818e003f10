import { defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, isWordToken, nounSenses, nounSingular, primaryTag, quotedMask, type SentenceAnalysis, type Token, WordSet } from '@mtlint/text';

const BE_FORMS = new WordSet(['is', 'are', 'was', 'were', 'be', 'been', 'am']);
// Words that stand before a predicate adjective and move with it: "not happy", "very proud", "too expensive".
const DEGREE_WORDS = new WordSet(['not', 'very', 'so', 'too', 'quite', 'really', 'more', 'most', 'less', 'rather', 'fully', 'extremely', 'highly', 'deeply', 'particularly', 'especially', 'absolutely', 'completely', 'entirely']);
// Adjectives of time or length, which an adverbial phrase may come before in English ("had been in this state too long").
const TIME_ADJECTIVES = new WordSet(['long', 'short', 'late', 'early', 'soon', 'away', 'due']);
// Adjectives a measure stands before: "ninety years old", "three metres deep".
const MEASURED = new WordSet(['old', 'high', 'long', 'wide', 'deep', 'tall', 'thick', 'heavy', 'large', 'big', 'small', 'short', 'away', 'apart']);
// Prepositions that do not open a noun's adverbial phrase here.
const NOT_ADVERBIAL = new WordSet(['than', 'as', 'like', 'of']);
const COMPARING = new WordSet(['than', 'as', 'like']);
// Tags inside the noun phrase of the prepositional phrase and the "of" phrases after it.
const NOUN_TAG = /^(NN|NNS|NNP|NNPS)$/;

// Heads of phrases of comment or manner that English puts before a predicate adjective.
const PLAIN_WORD = /^[a-z]+$/;
const COMMENT_HEADS = new WordSet(['part', 'parts', 'times', 'ways', 'respects', 'cases', 'instances', 'likelihood', 'purposes', 'terms', 'time', 'moment', 'beginning', 'start', 'morning', 'evening', 'night', 'afternoon', 'day', 'week', 'year', 'season', 'end', 'whole', 'main', 'outset', 'contrary', 'opinion', 'view', 'eyes', 'way', 'case', 'event', 'sense', 'meantime', 'least', 'most', 'first', 'past', 'future', 'long', 'balance', 'surface', 'face', 'circumstances', 'words']);

// Quantifiers that open a phrase the way a determiner does: "for many investors", "in most shops".
const QUANTIFIERS = new WordSet(['many', 'several', 'most', 'all', 'some', 'few', 'both', 'each', 'every', 'no']);

/** "under five", "over 18": a limit the chunker reads as a rounded amount. */
const ageLimit = (tokens: readonly Token[], c: { kind: string; start: number; end: number }) =>
  c.kind === 'NP' && (tokens[c.start]!.lower === 'under' || tokens[c.start]!.lower === 'over') && c.end === c.start + 2;

/** A bare plural of people ("for children", "for beginners"), not of time or manner ("for years", "in ways"). */
function barePeople(t: Token): boolean {
  if (primaryTag(t) !== 'NNS') return false;
  const senses = nounSenses(nounSingular.of(t));
  return (senses.includes('noun.person') || senses.includes('noun.group')) && !senses.includes('noun.time');
}

/**
 * The end of the prepositional phrases after "be" at `i` ("with the decision", "about the noise of the trains", "for
 * children under three"): the analysis's PP chunks, the first opened by a determiner, possessive, number or quantifier
 * or naming a plural, none of them a time or a phrase of comment; or -1.
 */
function adverbialPhrasesEnd(tokens: readonly Token[], analysis: SentenceAnalysis, i: number): number {
  const first = analysis.chunkAt(i + 1);
  if (first.kind !== 'PP' || first.start !== i + 1 || NOT_ADVERBIAL.hasToken(tokens[first.start]!)) return -1;
  // A bare singular noun is an idiom of manner or comment: "in fact", "at first", "by far", "in principle".
  const opener = tokens[first.start + 1]!;
  const opens = /^(DT|PRP\$|CD)$/.test(primaryTag(opener)) || opener.kind === 'number' || QUANTIFIERS.hasToken(opener) || barePeople(tokens[first.end - 1]!);
  if (!opens) return -1;
  let end = i + 1;
  for (let c = first; (c.kind === 'PP' || ageLimit(tokens, c)) && c.start === end; c = analysis.chunkAt(end)) {
    const head = tokens[c.end - 1]!;
    // "for children under five": an age or amount limit after the phrase belongs to it.
    if (c.kind === 'NP') {
      end = c.end;
      if (end >= tokens.length) return -1;
      continue;
    }
    // "at the time", "in the end", "on the whole", "in many ways": phrases of time and comment, which English sets
    // between "be" and its adjective; "than", "as", "like" compare.
    if (c.time || COMMENT_HEADS.hasToken(head) || !(NOUN_TAG.test(primaryTag(head)) || (primaryTag(head) === 'VBG' && head.tags.includes('NN'))) || (c !== first && COMPARING.hasToken(tokens[c.start]!))) return -1;
    end = c.end;
    if (end >= tokens.length) return -1;
  }
  return end;
}

/** An adjective reading after "be": first JJ and no participle, first -ing with a JJ reading, or after a degree word any JJ reading. */
function isPredicateAdjective(t: Token, degree: boolean): boolean {
  const first = primaryTag(t);
  if (!t.tags.includes('JJ')) return false;
  return degree || (first === 'JJ' && !t.tags.includes('VBN')) || first === 'VBG';
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
  needs: [(t) => BE_FORMS.hasToken(t), (t) => t.tags.includes('JJ')],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    let analysis: SentenceAnalysis | undefined;
    for (let i = 1; i + 3 < tokens.length; i++) {
      // Cheap test first: "be" and a preposition; the analysis only then.
      if (!BE_FORMS.hasToken(tokens[i]!) || primaryTag(tokens[i + 1]) !== 'IN') continue;
      analysis ??= analyseSentence(sentence);
      const phraseEnd = adverbialPhrasesEnd(tokens, analysis, i);
      if (phraseEnd < 0) continue;
      let a = phraseEnd;
      while (a < tokens.length && DEGREE_WORDS.hasToken(tokens[a]!)) a++;
      const adjective = tokens[a];
      const after = tokens[a + 1];
      // An adjective that closes the clause: a plain one, an -ing one ("disappointing"), or a participle read as an
      // adjective after a degree word ("not satisfied"); participle-after-object reads the bare participles.
      if (!isWordToken(adjective) || !isPredicateAdjective(adjective, a > phraseEnd) || TIME_ADJECTIVES.hasToken(adjective)) continue;
      // A plain word only ("make-dfsg" is a name the lexicon guesses), and no measure before an adjective of size or
      // age ("ninety years old", "in places three metres deep"); "in three colours available" counts.
      if (!PLAIN_WORD.test(adjective.text) || (a === phraseEnd && primaryTag(tokens[a - 2]) === 'CD' && MEASURED.hasToken(adjective))) continue;
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
      { text: 'The jacket is in four sizes available.', output: 'The jacket is available in four sizes.' },
      { text: 'The course is for beginners too difficult.', output: 'The course is too difficult for beginners.' },
      { text: 'The toy is for children under three not safe.', output: 'The toy is not safe for children under three.' },
      { text: 'The sales were for many shops disappointing.', output: 'The sales were disappointing for many shops.' },
      { text: 'The players were with the result not satisfied.', output: 'The players were not satisfied with the result.' },
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
      'The wall is in places three metres high.',
      'The results were in many ways disappointing.',
      'The plan is in fact simple.',
      'The engine was for years idle.',
      'The rules are in most cases clear.',
    ],
  },
});
