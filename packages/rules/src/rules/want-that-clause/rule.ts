import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isDeterminer, isModal, isWordToken, lemma, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

const WANT = new WordSet(['want', 'wants', 'wanted', 'wanting']);
// Subject pronouns and the object forms the infinitive construction needs: "want that he comes" → "want him to come".
const OBJECT_FORM: Readonly<Record<string, string>> = { he: 'him', she: 'her', they: 'them', we: 'us', i: 'me', you: 'you', it: 'it' };
// Determiners after which "that" is itself the determiner, not a conjunction: "want that book" has no clause.
const NOT_A_SUBJECT = new WordSet(['one', 'kind', 'sort', 'much', 'many', 'way']);

/** Where the clause's subject after "that" at `i` ends, or -1 if no subject opens there ("want that book", "want that to change"). */
function subjectEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i + 1];
  if (!isWordToken(first)) return -1;
  if (OBJECT_FORM[first.lower] !== undefined) return i + 2;
  const tag = primaryTag(first);
  // An adjective may open a plural subject ("want that new flats are heated"): "that" cannot point at a plural, so it
  // is the conjunction; before a singular it is the demonstrative ("want that old house demolished").
  const adjective = tag === 'JJ' || tag === 'JJR';
  if (!(isDeterminer(first) || adjective || tag === 'NNS' || tag === 'NNP' || tag === 'NNPS') || NOT_A_SUBJECT.hasToken(first) || first.lower === 'that') return -1;
  let end = nounPhraseEnd(tokens, i + 1);
  if (adjective && !/^NNP?S$/.test(primaryTag(tokens[end - 1]))) return -1;
  // The phrase may have taken the clause's verb for a noun: "his players train harder", "the prices rise".
  const last = tokens[end - 1]!;
  if (end - 1 >= i + 2 && /^NNS?$/.test(primaryTag(tokens[end - 2]!)) && (last.tags.includes('VBP') || last.tags.includes('VBZ'))) end--;
  return end > i + 1 ? end : -1;
}

/** The clause's verb at `k` (after an adverb perhaps) as a base form and the index of its last word, or undefined. */
function clauseVerb(tokens: readonly Token[], k: number): { base: string; end: number } | undefined {
  if (isWordToken(tokens[k]) && isAdverb(tokens[k]!) && !isModal(tokens[k]!)) k++;
  const verb = tokens[k];
  if (!isWordToken(verb) || verb.text !== verb.lower) return undefined;
  // "want that they should/will come": the modal goes, its verb stays.
  if (isModal(verb)) {
    const next = tokens[k + 1];
    return isWordToken(next) && next.tags.includes('VB') ? { base: next.lower, end: k + 1 } : undefined;
  }
  if (!(verb.tags.includes('VBZ') || verb.tags.includes('VBP') || verb.tags.includes('VBD')) || primaryTag(verb) === 'DT' || primaryTag(verb) === 'IN') return undefined;
  return { base: lemma.of(verb), end: k };
}

export default defineRule({
  meta: {
    id: 'want-that-clause',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"want that" + a clause where English says "want someone to do": "The council wants that the trams run more often."',
    sourceHint: 'German "wollen, dass", Russian "хотеть, чтобы", French "vouloir que", Spanish "querer que" take a clause; English "want" takes an object and an infinitive.',
    fixable: true,
  },
  needs: [(t) => WANT.hasToken(t), (t) => t.lower === 'that'],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let w = 1; w + 3 < tokens.length; w++) {
      const want = tokens[w]!;
      if (!WANT.hasToken(want)) continue;
      // "the wants that the market serves": a noun after a determiner or adjective.
      const before = tokens[w - 1]!;
      if (isDeterminer(before) || primaryTag(before) === 'JJ') continue;
      const comma = tokens[w + 1]!.text === ',' ? w + 1 : -1;
      const that = comma > 0 ? w + 2 : w + 1;
      if (tokens[that]?.lower !== 'that') continue;
      const end = subjectEnd(tokens, that);
      if (end < 0) continue;
      const verb = clauseVerb(tokens, end);
      if (verb === undefined) continue;
      const subject = tokens[that + 1]!;
      const object = end === that + 2 && OBJECT_FORM[subject.lower] !== undefined
        ? OBJECT_FORM[subject.lower]!
        : doc.text.slice(subject.start, tokens[end - 1]!.end);
      const from = comma > 0 ? want.end : tokens[that]!.start;
      const replacement = `${comma > 0 ? ' ' : ''}${object} to ${verb.base}`;
      reports.push({
        start: (comma > 0 ? tokens[comma]! : tokens[that]!).start,
        end: tokens[verb.end]!.end,
        message: `"${want.text}" takes an object and an infinitive in English ("${want.text} ${object} to ${verb.base}"), not a "that" clause.`,
        suggestions: [{ start: from, end: tokens[verb.end]!.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The council wants that the buses run every ten minutes.', output: 'The council wants the buses to run every ten minutes.' },
      { text: 'The nurses want, that their shifts become shorter.', output: 'The nurses want their shifts to become shorter.' },
      { text: 'Her parents wanted that she should study law.', output: 'Her parents wanted her to study law.' },
      { text: 'The town hall wants that cyclists use the new bridge.', output: 'The town hall wants cyclists to use the new bridge.' },
      { text: 'The province Zeeland wants that new farms are built further from the coast.', output: 'The province Zeeland wants new farms to be built further from the coast.' },
    ],
    valid: [
      'The council wants the buses to run every ten minutes.',
      'I want that book back.',
      'They want that kind of car.',
      'We want that to change.',
      'He never wanted that.',
      'She wished that the rain would stop.',
      'What they want is that prices fall.',
      'The basic wants that the market serves are few.',
      'Nobody wants that much traffic.',
      'They want that old house demolished.',
      'We want that new car delivered by Friday.',
      'They want that bigger room for the meeting.',
    ],
  },
});
