import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isDeterminer, isModal, isPreposition, isPronoun, isSubordinator, isVerb, nounSenses, verbSenses, type Token } from '@mtlint/text';

// Supersenses whose words take a "that" clause: say, warn, think, know, fear, hope, claim, belief, concern.
const VERB_SENSES = new Set(['verb.communication', 'verb.cognition', 'verb.emotion', 'verb.perception']);
const NOUN_SENSES = new Set(['noun.communication', 'noun.cognition', 'noun.feeling']);
// How far back (in words) the head of the clause may stand: "concern in the United States, that …".
const LOOKBACK = 6;

function takesThatClause(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const tag = token.tags[0] ?? '';
  if (tag.startsWith('VB')) return verbSenses(token.lower).some((s) => VERB_SENSES.has(s));
  if (tag === 'NN' || tag === 'NNS') return nounSenses(token.lower).some((s) => NOUN_SENSES.has(s));
  return false;
}

export default defineRule({
  meta: {
    id: 'comma-before-that',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'Comma before a "that" clause that completes a verb or noun of saying, thinking or feeling.',
    sourceHint: 'German and Russian set off every subordinate clause with a comma ("sagte, dass", "сказал, что").',
    fixable: true,
  },
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // Where the first "so", "such" or "that" stands, found once per sentence that has a candidate.
    let firstLink: number | undefined;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const comma = tokens[i]!;
      const that = tokens[i + 1]!;
      // "Provided, That …" is a legal formula.
      if (comma.text !== ',' || that.text !== 'that') continue;
      const after = tokens[i + 2]!;
      firstLink ??= tokens.findIndex((t) => LINKS.has(t.lower));
      if (!opensClause(after, tokens[i + 3]) || closesInsertion(tokens, i, firstLink)) continue;
      const head = headBefore(tokens, i);
      if (head === undefined) continue;
      reports.push({
        start: comma.start,
        end: that.end,
        message: 'No comma before a "that" clause that completes the verb or noun before it.',
        ...(head.confidence === undefined ? {} : { confidence: head.confidence }),
        suggestions: [{ start: comma.start, end: that.start, replacement: ' ' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The spokesman said, that the talks would resume in May.', output: 'The spokesman said that the talks would resume in May.' },
      { text: 'There is a growing fear among farmers, that prices will fall.', output: 'There is a growing fear among farmers that prices will fall.' },
      { text: 'She expressed the hope, that both sides would return.', output: 'She expressed the hope that both sides would return.' },
      { text: 'Analysts believe, that the merger is unlikely.', output: 'Analysts believe that the merger is unlikely.' },
    ],
    valid: [
      'He said that the talks would resume in May.',
      'We bought the house, that is, the one by the river.',
      'The plan was rejected, and that was the end of it.',
      'She wanted this, that and the other.',
      'After the vote, that decision was reversed.',
      'He finally admitted it, that much is clear.',
      'The company, that once dominated the market, is gone.',
      'It rained all week, so much so that the match was cancelled.',
      'He said, “That is not true.”',
      'It was then, a board member said later, that the plan changed.',
      'The idea was so simple, in fact, that it worked.',
      'He did not care that he was late, that the room was cold.',
      'Resolved, that the board shall meet monthly.',
      'The statute applies: Provided, That the funds are available.',
    ],
  },
});

// "that" opens a clause when a subject follows that "that" cannot be the determiner of: "that the talks",
// "that prices", "that they". A singular noun ("that decision was") or a verb ("that is") reads as
// pronoun or determiner, so it is left alone.
function opensClause(after: Token, next: Token | undefined): boolean {
  if (after.kind === 'number') return true;
  if (after.kind !== 'word') return false;
  const tag = after.tags[0];
  if (isDeterminer(after) || (isPronoun(after) && after.lower !== 'that') || tag === 'NNS' || tag === 'NNP' || tag === 'NNPS') return true;
  // A plural the lexicon reads first as a verb, before a modal or verb: "that rents will rise".
  return tag === 'VBZ' && after.tags.includes('NNS') && next !== undefined && next.kind === 'word' && (next.tags[0] ?? '').match(/^(MD|VB)/) !== null;
}

const LINKS = new Set(['so', 'such', 'that']);

// Punctuation that delimits a stretch of the sentence; quotes and apostrophes ("'round the world") do not.
const DELIMITER = /^[,;:()—–.!?…]$/;

/** Where the stretch ending before token `end` starts: after the nearest comma, dash, colon or bracket. */
function chunkStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0 && !(tokens[start - 1]!.kind === 'punct' && DELIMITER.test(tokens[start - 1]!.text))) start--;
  return start;
}

/**
 * The comma is right when it closes an insertion: "It was then, a board member said later, that …", "so useful,
 * in fact, that …", or when "that" completes "so"/"such" ("so loved the world, that he gave", old style). A stretch
 * after an introductory phrase ("In a statement on Monday, the minister said, that …") is not an insertion.
 * Any "so", "such" or "that" earlier in the sentence is enough to leave the comma alone.
 */
function closesInsertion(tokens: readonly Token[], comma: number, firstLink: number): boolean {
  // "so useful, in fact, that …"; and a second "that" clause in a series ("didn't care that he had no mother, that
  // he couldn't remember") repeats the first one's comma-free link.
  if (firstLink >= 0 && firstLink < comma) return true;
  const start = chunkStart(tokens, comma);
  // "Resolved, that …": a one-word formula opening the sentence.
  if (start === 0 && comma === 1) return true;
  const opening = tokens[start - 1];
  if (opening === undefined || !/^[,(—–]$/.test(opening.text)) return false;
  // A prepositional or adverbial insertion after the verb: "stated, in the course of his address, that …".
  const first = tokens[start]!;
  if (first.kind === 'word' && (isPreposition(first) || isAdverb(first))) return true;
  const beforeStart = chunkStart(tokens, start - 1);
  const before = tokens[beforeStart];
  if (before === undefined || before.kind !== 'word') return false;
  // An exclamation leaves an insertion: "How ironic, they say, that …".
  if (before.lower === 'how' || before.lower === 'what') return true;
  // An introductory phrase or clause ("In a statement, …", "When he arrived, …") leaves a main clause after its
  // comma, and so does a bare noun phrase, the subject of an unclosed apposition ("Our head of development, Anna
  // Berger said, that …"). An insertion interrupts a clause that has its verb: "It was then, a member said, that …".
  if (isPreposition(before) || isSubordinator(before)) return false;
  for (let j = beforeStart; j < start - 1; j++) if (isVerb(tokens[j]!) || isModal(tokens[j]!)) return true;
  return false;
}

// Between the head and the comma only a prepositional phrase ("concern in the United States, that"), adverbs or a
// pronoun ("told him, that") may stand. After a noun object ("blinded their minds, that") the "that" clause is
// usually a purpose or result clause of old style, not the complement of the head.
function linksDirectly(tokens: readonly Token[], from: number, comma: number): boolean {
  const first = tokens[from];
  if (from === comma || first === undefined || isPreposition(first)) return true;
  for (let j = from; j < comma; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !(isAdverb(t) || isPronoun(t))) return false;
  }
  return true;
}

// The head may stand a few words back: "said, that", "concern in the United States, that".
function headBefore(tokens: readonly Token[], comma: number): { confidence: number | undefined } | undefined {
  let words = 0;
  for (let j = comma - 1; j >= 0 && words < LOOKBACK; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return undefined;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    words++;
    if (takesThatClause(t)) return linksDirectly(tokens, j + 1, comma) ? { confidence: nounHeadConfidence(t) } : undefined;
    if (!isPreposition(t) && !isDeterminer(t) && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (t.tags[0] ?? '').startsWith('VB')) return undefined;
  }
  return undefined;
}

// A verb of saying or thinking, or a noun of feeling ("the fear, that", "hope, that"), is nearly always the head of
// the clause. Nouns of communication and cognition are broader ("the analysis, that he needed", "her mind, that she
// wanted"): an old-style result or relative clause can follow them, so they are reported with less confidence, and
// only as a hint when plural.
function nounHeadConfidence(head: Token): number | undefined {
  const tag = head.tags[0] ?? '';
  if (tag.startsWith('VB') || nounSenses(head.lower).includes('noun.feeling')) return undefined;
  return tag === 'NNS' ? 0.45 : 0.6;
}
