import { defineRule, type Report } from '@mtlint/engine';
import { isPreposition, primaryTag, type Token, WordSet } from '@mtlint/text';

const DASHES = new WordSet(['-', '–', '—', '―']);
// What opens the subject: a determiner or possessive and then its noun. A name alone ("Vale — a prose linter.") is
// how glossaries and READMEs list things, so it is left alone.
const SUBJECT_OPENERS = new WordSet(['the', 'this', 'that', 'these', 'those', 'our', 'his', 'her', 'its', 'their', 'my', 'your', 'one']);
// What opens the predicate: an amount, a noun phrase or an infinitive ("Our aim — to win the league.").
const PREDICATE_OPENERS = new WordSet(['the', 'a', 'an', 'our', 'his', 'her', 'its', 'their', 'my', 'your', 'only', 'just', 'about', 'almost', 'nearly', 'over', 'more', 'less', 'to']);
const VERB_TAGS = new WordSet(['MD', 'VBD', 'VBZ', 'VBP', 'VB']);
const NOUN_TAGS = new WordSet(['NN', 'NNS', 'NNP', 'NNPS']);

// After a determiner, possessive, adjective, number or preposition a word the lexicon reads first as a verb is a noun:
// "the delay", "for the lack".
const BEFORE_NOUN_TAGS = new WordSet(['DT', 'PRP$', 'JJ', 'CD', 'IN', 'POS']);

/** Whether token `k` is a verb where it stands. */
function isVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !VERB_TAGS.has(primaryTag(t) ?? '')) return false;
  const before = tokens[k - 1];
  return before === undefined || before.kind !== 'word' || !BEFORE_NOUN_TAGS.has(primaryTag(before) ?? '');
}

/** The subject's head noun: the last noun before its first preposition ("The cost of the tour" → "cost"). */
function headNoun(tokens: readonly Token[], end: number): Token | undefined {
  let head: Token | undefined;
  for (let k = 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && isPreposition(t)) break;
    if (t.kind === 'word' && NOUN_TAGS.has(primaryTag(t) ?? '')) head = t;
  }
  return head;
}

/** The one dash of the sentence, set apart by spaces, or -1. */
function onlySpacedDash(tokens: readonly Token[], text: string): number {
  let found = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || !DASHES.has(t.text)) continue;
    if (found >= 0 || !/\s/.test(text[t.start - 1] ?? '') || !/\s/.test(text[t.end] ?? '')) return -1;
    found = i;
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'dash-for-copula',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A dash where English needs "is": "The cost of the tour — 500 euros per person." → "The cost of the tour is 500 euros per person."',
    sourceHint: 'Russian, Ukrainian and Polish leave out "to be" in the present and write a dash between subject and predicate ("Стоимость тура — 500 евро").',
    fixable: true,
  },
  needs: [(t) => t.kind === 'punct' && DASHES.has(t.text)],
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    const n = tokens.length;
    // A statement: a heading or a list item has no full stop.
    if (n < 6 || tokens[n - 1]!.text !== '.' || tokens[0]!.kind !== 'word' || !SUBJECT_OPENERS.hasToken(tokens[0]!)) return [];
    const d = onlySpacedDash(tokens, doc.text);
    if (d < 2 || d > n - 3) return [];
    // A sentence with a verb anywhere has one: the dash sets off an apposition or an afterthought.
    for (let k = 0; k < n - 1; k++) {
      const t = tokens[k]!;
      if (isVerbAt(tokens, k) && !(k === d + 2 && tokens[d + 1]!.lower === 'to')) return [];
      // The subject is a plain noun phrase: a comma, colon or bracket in it makes the line something else.
      if (k < d && t.kind === 'punct') return [];
    }
    const head = headNoun(tokens, d);
    const opener = tokens[d + 1]!;
    if (head === undefined || !(opener.kind === 'number' || PREDICATE_OPENERS.hasToken(opener) || primaryTag(opener) === 'JJ' || primaryTag(opener) === 'CD')) return [];
    const copula = primaryTag(head) === 'NNS' || primaryTag(head) === 'NNPS' ? 'are' : 'is';
    const dash = tokens[d]!;
    const report: Report = {
      start: dash.start,
      end: dash.end,
      message: `English does not leave out the verb: "${copula}" where the dash stands between subject and predicate.`,
      suggestions: [{ start: tokens[d - 1]!.end, end: opener.start, replacement: ` ${copula} ` }],
    };
    return [report];
  },
  examples: {
    invalid: [
      { text: 'The price of a ticket — 15 euros for adults.', output: 'The price of a ticket is 15 euros for adults.' },
      { text: 'The main reason for the delay — the lack of drivers.', output: 'The main reason for the delay is the lack of drivers.' },
      { text: 'Our goal — to reach the final next year.', output: 'Our goal is to reach the final next year.' },
      { text: 'The winners of the contest — two students from the technical college.', output: 'The winners of the contest are two students from the technical college.' },
      { text: 'The length of the new bridge - 420 metres.', output: 'The length of the new bridge is 420 metres.' },
    ],
    valid: [
      'The price of a ticket is 15 euros for adults.',
      'The result — a draw — pleased nobody.',
      'The new bridge — built in two years — opened on Monday.',
      'Vale — a prose linter for docs.',
      'The answer — after a long silence — was no.',
      'The Return — a novel',
      'The mayor spoke for an hour — and then left.',
      'The options: a refund or a voucher.',
      'The cost, they said — about 500 euros.',
      'The team — Anna, Piotr and Olga — won the award.',
    ],
  },
});
