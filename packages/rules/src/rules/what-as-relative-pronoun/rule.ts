import { defineRule, type Report } from '@mtlint/engine';
import {
  isAdverb, isDeterminer, isModal, isPreposition, isSubordinator, isWordToken, lemma, nounPhraseEnd, type Token,
} from '@mtlint/text';

// Verbs that take an indirect question ("asked, what …", "did not know, what …"): a comma there is a
// punctuation slip, not a relative "what", and is left to other rules. WordNet's supersenses are too wide for this
// (they put "protest" and "resign" with "ask"), so the class is listed by lemma.
const QUESTION_VERBS = new Set([
  'ask', 'wonder', 'know', 'explain', 'tell', 'say', 'decide', 'understand', 'see', 'show', 'remember', 'forget',
  'learn', 'guess', 'imagine', 'inquire', 'enquire', 'clarify', 'determine', 'specify', 'describe', 'discuss',
  'question', 'consider', 'realise', 'realize', 'check', 'find', 'reveal', 'disclose', 'predict', 'doubt', 'recall',
]);
// Pronouns that Russian follows with "что" ("всё, что", "то, что"); English needs "that" or nothing.
const INDEFINITE_ANTECEDENTS = new Set(['everything', 'something', 'anything', 'nothing', 'all']);

/** A word that can be a finite verb or a modal: "made", "caused", "is", "will". */
const canBeFinite = (t: Token | undefined): boolean =>
  isWordToken(t) && (isModal(t) || t.tags.includes('VBD') || t.tags.includes('VBZ') || t.tags.includes('VBP'));

/** "what made", "what will", "what the opposition had predicted": what opens a clause with a verb of its own. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!isWordToken(next)) return false;
  if (canBeFinite(next) && !isDeterminer(next)) {
    // "what is more", "what is worse": the English idiom that comments on the sentence.
    const third = tokens[i + 2];
    return !(isWordToken(third) && /^(JJR|RBR)$/.test(third.tags[0] ?? ''));
  }
  const subjectEnd = nounPhraseEnd(tokens, i + 1);
  if (subjectEnd === i + 1) return false;
  // "what the farmers strongly criticised": an adverb may stand between subject and verb.
  const verb = isWordToken(tokens[subjectEnd]) && isAdverb(tokens[subjectEnd]!) ? subjectEnd + 1 : subjectEnd;
  return canBeFinite(tokens[verb]);
}

function isQuestionVerb(t: Token | undefined): boolean {
  return isWordToken(t) && (t.tags[0] ?? '').startsWith('VB') && QUESTION_VERBS.has(lemma(t.lower));
}

/**
 * The words before the comma form a clause that "which" could refer back to: they hold a finite verb and do not
 * open with a preposition or subordinator ("After the storm, what remained …", "Whatever happens, what matters …",
 * where the "what" clause is the subject of what follows).
 */
function isMainClauseBefore(tokens: readonly Token[], comma: number): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  if (!first || isSubordinator(first) || isPreposition(first) || first.lower.startsWith('wh')) return false;
  return firstVerb(tokens) < comma;
}

/** The index of the first word that can be a finite verb, or the sentence length; computed once per sentence. */
const firstVerbCache = new WeakMap<readonly Token[], number>();
function firstVerb(tokens: readonly Token[]): number {
  let index = firstVerbCache.get(tokens);
  if (index === undefined) {
    index = tokens.findIndex((t) => canBeFinite(t) && !isDeterminer(t));
    if (index < 0) index = tokens.length;
    firstVerbCache.set(tokens, index);
  }
  return index;
}

export default defineRule({
  meta: {
    id: 'what-as-relative-pronoun',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.9,
    description: '"what" used as a relative pronoun: "prices rose, what angered buyers", "everything what he said".',
    sourceHint: 'Russian "что" is both "what" and the relative "which/that" ("цены выросли, что вызвало …", "всё, что").',
    fixable: false,
  },
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const last = tokens[tokens.length - 1];
    // A question ("The issue is, what will change?") asks; it does not relate.
    if (last?.text === '?') return [];
    const reports: Report[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const what = tokens[i]!;
      if (what.lower !== 'what' || !opensClause(tokens, i)) continue;
      const before = tokens[i - 1]!;
      if (before.kind === 'word' && INDEFINITE_ANTECEDENTS.has(before.lower)) {
        reports.push(report(what, 'that', `"${before.text} what" calques a relative "что"; English says "${before.text} that".`));
        continue;
      }
      if (before.text !== ',') continue;
      const antecedent = tokens[i - 2];
      if (antecedent?.kind === 'word' && INDEFINITE_ANTECEDENTS.has(antecedent.lower)) {
        reports.push(report(what, 'that', `"${antecedent.text}, what" calques a relative "что"; English says "${antecedent.text} that".`));
        continue;
      }
      if (!antecedent || antecedent.kind === 'punct' || isQuestionVerb(antecedent) || !isMainClauseBefore(tokens, i - 1)) continue;
      reports.push(report(what, 'which', '"what" cannot open a relative clause; after a comma, "which" refers back to what came before.'));
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Fuel prices rose by a third, what caused protests in several cities.', output: 'Fuel prices rose by a third, which caused protests in several cities.' },
      { text: 'The talks failed, what the opposition had predicted.', output: 'The talks failed, which the opposition had predicted.' },
      { text: 'He repeated everything what the minister had said.', output: 'He repeated everything that the minister had said.' },
      { text: 'The bank cut its rate, what will make loans cheaper.', output: 'The bank cut its rate, which will make loans cheaper.' },
    ],
    valid: [
      'Fuel prices rose by a third, which caused protests in several cities.',
      'The question now is, what will the council do?',
      'The team played well and, what is more, won the cup.',
      'The roads were closed, what is worse, for a whole week.',
      'Nobody knew, what with the storm and the strike, when the ship would sail.',
      'She asked, what would happen to the workers?',
      'He did not say what the plan would cost.',
      'It is unclear what caused the fire.',
      'What they found, after years of digging, was a single coin.',
      'They took what was left, and what remained went to the museum.',
    ],
  },
});

function report(what: Token, replacement: string, message: string): Report {
  return { start: what.start, end: what.end, message, suggestions: [{ start: what.start, end: what.end, replacement }] };
}
