import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

// German and Russian put a participle's own phrases between the article and the noun ("das von der Stadt finanzierte
// Projekt", "построенный в 2019 году мост"); English puts them after the noun ("the project financed by the city").

// Articles and possessives that open such a noun phrase; "that", "those" are pronouns before a phrase of their own
// ("those in the structured schools").
const OPENER_WORDS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your'];
const OPENERS = new WordSet(OPENER_WORDS);
const PREPOSITION_WORDS = ['by', 'from', 'in', 'with', 'for', 'at', 'on', 'since', 'during', 'after', 'before', 'under', 'until'];
const PREPOSITIONS = new WordSet(PREPOSITION_WORDS);
// Adverbial phrases that English does put before an adjective ("a by no means small sum", "an at least partly
// finished house").
const ADVERBIAL_OBJECTS = new WordSet(['means', 'least', 'far', 'all', 'most', 'large', 'now', 'then']);
const MAX_PHRASE = 5;

/** A participle read first as one or as a past tense: "financed", "built". */
const isParticiple = (t: Token | undefined) => isWordToken(t) && t.tags.includes('VBN') && (primaryTag(t) === 'VBN' || primaryTag(t) === 'VBD');

const isNominal = (t: Token) => t.kind === 'number' || /^(DT|NN|NNS|NNP|NNPS|CD|JJ|PRP\$)$/.test(primaryTag(t));

/**
 * The participle's phrase between an article and its noun: the article, a preposition, the phrase's noun phrase
 * (ending in a noun, a name or a number, so the participle is not the phrase's own adjective: "in the structured
 * schools"), then a participle and the noun. Returns the participle's index, or -1.
 */
function participleAfterPhrase(tokens: readonly Token[], article: number): number {
  if (!OPENERS.hasToken(tokens[article]!) || !PREPOSITIONS.has(tokens[article + 1]?.lower ?? '')) return -1;
  for (let k = article + 3; k < tokens.length - 1 && k - article <= MAX_PHRASE + 1; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!;
    const phraseEnds = before.kind === 'number' || /^(NN|NNS|NNP|NNPS|CD)$/.test(primaryTag(before));
    if (phraseEnds && isParticiple(t) && /^NNS?$/.test(primaryTag(tokens[k + 1]))) {
      return ADVERBIAL_OBJECTS.hasToken(before) ? -1 : k;
    }
    if (!isNominal(t)) return -1;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: 'participle-phrase-before-noun',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.85,
    description: 'A participle with its own phrase between the article and the noun: "the by the city financed project".',
    sourceHint: 'German and Russian participle attributes: "das von der Stadt finanzierte Projekt", "построенный в 2019 году мост".',
    fixable: false,
  },
  // A rule's own needs are frozen with it: a plain set, not a WordSet's typed arrays.
  needs: [new Set(OPENER_WORDS), new Set(PREPOSITION_WORDS), isParticiple],
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const text = ctx.doc.text;
    const reports: Report[] = [];
    for (let i = 0; i + 4 < tokens.length; i++) {
      const participle = participleAfterPhrase(tokens, i);
      if (participle < 0) continue;
      const nounEnd = Math.max(participle + 2, nounPhraseEnd(tokens, participle + 1));
      const article = tokens[i]!;
      const phrase = text.slice(tokens[i + 1]!.start, tokens[participle - 1]!.end);
      const noun = text.slice(tokens[participle + 1]!.start, tokens[nounEnd - 1]!.end);
      const replacement = `${article.text} ${noun} ${tokens[participle]!.text} ${phrase}`;
      reports.push({
        start: article.start,
        end: tokens[nounEnd - 1]!.end,
        message: `"${phrase}" stands between "${article.text}" and "${noun}", before the participle "${tokens[participle]!.text}", as German and Russian order a participle's phrase; English puts it after the noun: "${replacement}".`,
        suggestions: [{ start: article.start, end: tokens[nounEnd - 1]!.end, replacement }],
      });
      i = nounEnd - 1;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The by the city financed project was finished in May.', output: 'The project financed by the city was finished in May.' },
      { text: 'The in 1890 built bridge was closed.', output: 'The bridge built in 1890 was closed.' },
      { text: 'Visitors admired the with great care restored chapel.', output: 'Visitors admired the chapel restored with great care.' },
      { text: 'Critics attacked the for next year planned fee rise.', output: 'Critics attacked the fee rise planned for next year.' },
    ],
    valid: [
      'The project financed by the city was finished in May.',
      'Scores were lower than those in the structured schools.',
      'It will be seen that in this suggested network the loads balance.',
      'He left a by no means small sum to the church.',
      'The bridge built in 1890 was closed.',
      'The in-house lawyers approved the deal.',
      'The policy, that for the given feed state, was optimal.',
      'In the finished houses the families settled quickly.',
      'The farmers from the valley grew wheat.',
      'A man with a broken arm waited at the desk.',
    ],
  },
});
