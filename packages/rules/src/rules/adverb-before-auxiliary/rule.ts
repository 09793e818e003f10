import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isAuxiliary, isModal, isTimePhrase, isWordToken, primaryTag, type Token, WordSet } from '@mtlint/text';

// Russian, Polish and Czech put an adverb of degree or addition before the whole verb group ("цены ещё больше
// вырастут", "ceny dalej będą rosły"), and MT keeps it before the auxiliary: "Prices further will rise", "Demand
// significantly has grown". English puts these adverbs after the auxiliary or after the verb. Adverbs that English
// itself sets before an auxiliary ("he probably will", "she never would", "it also will", "they still can", "it soon
// will") are not in the list.
const DEGREE_WORDS = [
  'further', 'additionally', 'significantly', 'considerably', 'sharply', 'substantially', 'slightly', 'dramatically', 'markedly',
  'noticeably', 'steadily', 'moderately',
];
const DEGREE_ADVERBS = new WordSet(DEGREE_WORDS);
// "further" and the degree adverbs say how far the verb goes and close a clause with no object ("will rise further",
// "has grown significantly"); "additionally" adds a fact and follows the auxiliary ("will additionally grow").
const AFTER_AUXILIARY = new WordSet(['additionally']);

/** A subject's last word: a noun, a name or a subject pronoun. */
const endsSubject = (t: Token | undefined): boolean => isWordToken(t) && /^(NN|NNS|NNP|NNPS|PRP)$/.test(primaryTag(t)) && t.lower !== 'me' && t.lower !== 'us' && t.lower !== 'them' && t.lower !== 'him';

/**
 * The end of the verb group after the auxiliary at `a`: a base form after a modal ("will rise"), a participle after
 * "have" ("has fallen"), "be" and a participle after a modal ("will be raised"); or -1.
 */
function verbGroupEnd(tokens: readonly Token[], a: number): number {
  const aux = tokens[a]!;
  const verb = tokens[a + 1];
  if (!isWordToken(verb) || verb.text !== verb.lower) return -1;
  if (isModal(aux)) {
    if (verb.lower === 'be' || verb.lower === 'have') {
      const participle = tokens[a + 2];
      return isWordToken(participle) && participle.tags.includes('VBN') ? a + 3 : -1;
    }
    return verb.tags.includes('VB') && !isAuxiliary(verb) ? a + 2 : -1;
  }
  if (HAVE.hasToken(aux)) return verb.tags.includes('VBN') && primaryTag(verb) !== 'JJ' ? a + 2 : -1;
  return -1;
}
const HAVE = new WordSet(['has', 'have', 'had']);

export default defineRule({
  meta: {
    id: 'adverb-before-auxiliary',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'An adverb of degree or addition between the subject and the auxiliary: "Prices further will rise" (English: "Prices will rise further").',
    sourceHint: 'Russian, Polish and Czech, which put such adverbs before the whole verb group ("цены ещё вырастут", "ceny dalej będą rosły").',
    fixable: true,
  },
  // A plain set for the engine, which skips sentences without one of the words.
  needs: [new Set(DEGREE_WORDS)],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const text = ctx.doc.text;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const adverb = tokens[i]!;
      if (!DEGREE_ADVERBS.hasToken(adverb) || adverb.text !== adverb.lower || !endsSubject(tokens[i - 1])) continue;
      const aux = tokens[i + 1]!;
      if (!isWordToken(aux) || !(isModal(aux) || HAVE.hasToken(aux))) continue;
      const end = verbGroupEnd(tokens, i + 1);
      if (end < 0) continue;
      const group = text.slice(aux.start, tokens[end - 1]!.end);
      // After the verb when nothing but a phrase, a time or the clause end follows it ("will rise further in May"); after the
      // auxiliary before an object ("has significantly raised its prices") and for "additionally".
      const next = tokens[end];
      const closes = next === undefined || next.kind === 'punct' || (isWordToken(next) && (primaryTag(next) === 'IN' || primaryTag(next) === 'TO' || isAdverb(next) || isTimePhrase(tokens, end)));
      const replacement = closes && !AFTER_AUXILIARY.hasToken(adverb)
        ? `${group} ${adverb.text}`
        : `${aux.text} ${adverb.text} ${text.slice(tokens[i + 2]!.start, tokens[end - 1]!.end)}`;
      reports.push({
        start: adverb.start,
        end: tokens[end - 1]!.end,
        message: `"${adverb.text}" stands before the auxiliary "${aux.text}"; English puts it after the auxiliary or the verb: "${replacement}".`,
        suggestions: [{ start: adverb.start, end: tokens[end - 1]!.end, replacement }],
      });
      i = end;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Prices further will rise in the coming months.', output: 'Prices will rise further in the coming months.' },
      { text: 'The demand additionally will grow after the reform.', output: 'The demand will additionally grow after the reform.' },
      { text: 'Unemployment further has fallen in March.', output: 'Unemployment has fallen further in March.' },
      { text: 'The bank significantly has raised its rates.', output: 'The bank has significantly raised its rates.' },
      { text: 'Sales slightly could decline next year.', output: 'Sales could decline slightly next year.' },
    ],
    valid: [
      'Prices will rise further in the coming months.',
      'He probably will come later tonight.',
      'She never would have agreed to that plan.',
      'It also will be available on Android.',
      'The results further suggest that the drug is safe.',
      'The company soon will present its new model.',
      'They still can win the league.',
      'A further 300 jobs will be cut.',
      'No further action will be taken.',
      'Any further questions can be sent to the office.',
      'The committee further recommends that the law be changed.',
    ],
  },
});
