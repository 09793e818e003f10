import { defineRule, type Report } from '@mtlint/engine';
import {
  isAdjective, isAdverb, isAuxiliary, isCommonNoun, isDeterminer, isFiniteVerb, isModal, isPastAfterNoun, isPreposition, isPronoun, isProperNoun, isSubordinator, isVerb,
  isWordToken, nounPhraseEnd, nounSenses, nounSingular, takesIndirectQuestion, type Token, WordSet,
} from '@mtlint/text';

// Pronouns that Russian follows with "что" ("всё, что", "то, что"); English needs "that" or nothing. ("all what"
// is left out: "at all what" is English.)
const INDEFINITE_ANTECEDENTS = new WordSet(['everything', 'something', 'anything', 'nothing']);
// Punctuation that ends the clause a relative could refer back to.
const SEGMENT_BOUNDARIES = new WordSet([',', ';', ':', '-', '–', '—', '(', ')']);

// Likeliest tags of words that may also be finite verbs ("burst", "cost", "caused"); closed-class words with a stray
// verb reading in the lexicon ("in", "the") are not among them.
const OPEN_CLASS = new WordSet(['VB', 'VBD', 'VBN', 'VBP', 'VBZ', 'NN', 'NNS', 'JJ']);

/** A word that can be a finite verb or a modal: "made", "caused", "is", "will". */
const canBeFinite = (t: Token | undefined): boolean =>
  isWordToken(t) &&
  (isModal(t) || (OPEN_CLASS.has(t.tags[0] ?? '') && (t.tags.includes('VBD') || t.tags.includes('VBZ') || t.tags.includes('VBP'))));

/**
 * The index of the verb of the clause that "what" at `i` opens — "what made", "what will", "what the opposition had
 * predicted", "what they strongly criticised" — or -1. "what is more/worse" (the idiom), exclamatives ("what a
 * …") and "what" + bare noun ("what part of the world", "what desolations"), which is the interrogative
 * determiner, open no relative clause.
 */
function clauseVerb(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (!isWordToken(next)) return -1;
  // "what nobody expected", "what experts explain by …": a bare noun subject before its verb. A pronoun or name
  // after the noun makes "what" its determiner ("what desolations He hath made").
  if (isCommonNoun(next)) {
    let end = i + 1;
    while (isWordToken(tokens[end]) && isCommonNoun(tokens[end]!)) end++;
    if (canBeFinite(tokens[end]) && !isPronoun(tokens[end]!) && !isProperNoun(tokens[end]!)) return end;
  }
  if (canBeFinite(next)) {
    // "what is more", "what is possibly much worse"; "what are you to do" asks. Only an auxiliary or modal makes
    // these: "what allowed more people", "what made it possible" relate.
    const auxiliary = isModal(next) || isAuxiliary(next);
    for (let k = i + 2; auxiliary && k < Math.min(tokens.length, i + 6); k++) {
      const t = tokens[k]!;
      if (/^(JJR|RBR)$/.test(t.tags[0] ?? '') || (k === i + 2 && isPronoun(t))) return -1;
      if (!t.tags.includes('RB')) break;
    }
    return i + 1;
  }
  const startsSubject =
    (isDeterminer(next) && next.lower !== 'a' && next.lower !== 'an') || isPronoun(next) || isProperNoun(next) || isAdjective(next);
  if (!startsSubject) return -1;
  const subjectEnd = nounPhraseEnd(tokens, i + 1);
  if (subjectEnd === i + 1) return -1;
  const verb = isWordToken(tokens[subjectEnd]) && isAdverb(tokens[subjectEnd]!) ? subjectEnd + 1 : subjectEnd;
  return canBeFinite(tokens[verb]) ? verb : -1;
}

// Finite forms of "be", which start the main clause after a "what" clause ("what voters wanted was change").
const FINITE_BE = new WordSet(['is', 'are', 'was', 'were']);

/** A word of the verb group after the clause's verb: a non-finite verb or an adverb ("had long predicted", "will make"). */
const inVerbGroup = (t: Token): boolean =>
  !FINITE_BE.hasToken(t) && t.lower !== 'that' && !isSubordinator(t) && (t.tags.includes('RB') || t.tags.includes('VBN') || t.tags.includes('VB') || t.tags.includes('VBG'));

/**
 * A second finite verb after the clause's own verb group and before the next punctuation: the "what" clause is then
 * the subject of that verb ("…, what is really remarkable is that …"), a free relative, not a relative to the clause
 * before.
 */
function isSubjectOfLaterVerb(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  while (k < tokens.length && isWordToken(tokens[k]) && inVerbGroup(tokens[k]!)) k++;
  for (; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) {
    const t = tokens[k]!;
    // "…, what means that drivers must detour": a verb after "that" or another subordinator belongs to a clause
    // the "what" clause governs.
    if (t.lower === 'that' || isSubordinator(t)) return false;
    if (isFiniteVerb(t) || isModal(t)) return true;
  }
  return false;
}

/**
 * The words between the previous punctuation and the comma form a clause that "which" could refer back to: they
 * hold a finite verb, open with no preposition or subordinator ("After the storm, what remained …", "Whatever
 * happens, what matters …") and hold no wh-word (a list of indirect questions: "who he was, what he had done").
 * A parenthetical ("did not know, in any case, what …", "told anyone, even her mother, what …") has no verb.
 */
function isClauseBefore(tokens: readonly Token[], comma: number): boolean {
  let start = comma - 1;
  while (start > 0 && !SEGMENT_BOUNDARIES.has(tokens[start - 1]!.text)) start--;
  const first = tokens.slice(start, comma).find((t) => t.kind === 'word');
  if (!first || isSubordinator(first)) return false;
  // After an opening prepositional phrase only a word that is most likely a verb counts: "In 2023 output grew, what
  // …" is a clause, "After the storm, what …" is not ("storm" can be a verb, but hardly is).
  const opensWithPreposition = isPreposition(first);
  let verb = false;
  for (let j = start; j < comma; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    if (t.lower.startsWith('wh') || t.lower === 'how') return false;
    if (opensWithPreposition ? isFiniteVerb(t) || isModal(t) || isPastAfterNoun(tokens, j) : canBeFinite(t)) verb = true;
  }
  return verb;
}

// Verbs that make a "what" clause in apposition name the thing: "the deal, what officials called a breakthrough",
// "the bridge, what is now known as the Old Bridge".
const NAMING = new WordSet(['called', 'known', 'termed', 'described', 'considered', 'regarded', 'dubbed', 'seen', 'billed', 'hailed', 'amounts', 'amounted']);

/**
 * The "what" clause whose verb stands at `verb` closes with a comma, and the sentence's main verb follows it (after an
 * adverb perhaps): "…, what was opened in May, already lacks doctors". A naming verb in the clause makes it an
 * apposition.
 */
function isInsertionBeforeVerb(tokens: readonly Token[], verb: number): boolean {
  let k = verb;
  for (; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) if (NAMING.hasToken(tokens[k]!)) return false;
  if (tokens[k]?.text !== ',') return false;
  let main = k + 1;
  if (isWordToken(tokens[main]) && isAdverb(tokens[main]!)) main++;
  return canBeFinite(tokens[main]);
}

/**
 * Whether the words before "what" at `i` are the sentence's opening noun phrase: a determiner, then adjectives and
 * nouns ending in a common noun ("The old boat what …"). "This is what …" and "The enormity of what …" hold a verb or
 * a preposition.
 */
function isOpeningNounPhrase(tokens: readonly Token[], i: number): boolean {
  const first = tokens[0]!;
  // "No matter what happened" is the idiom.
  if (!isWordToken(first) || first.lower === 'no' || !(isDeterminer(first) || first.tags[0] === 'PRP$') || i < 2 || !isCommonNoun(tokens[i - 1]!)) return false;
  for (let k = 1; k < i; k++) {
    const t = tokens[k]!;
    if (!isWordToken(t) || !(isCommonNoun(t) || isAdjective(t)) || (canBeFinite(t) && !isCommonNoun(t))) return false;
  }
  return true;
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
  needs: [(t) => t.text === 'what'],
  detectSentence(sentence, { doc }) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    // One search of the sentence's text spares the token scan in the many sentences without a lower-case "what".
    if (tokens.length < 3 || !doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).includes('what')) return reports;
    let question: boolean | undefined;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const what = tokens[i]!;
      // "What" with a capital inside a sentence starts a title ("Small Business, What It Is").
      if (what.text !== 'what') continue;
      const verb = clauseVerb(tokens, i);
      if (verb < 0) continue;
      // A question ("The issue is, what will change?") asks; it does not relate.
      question ??= tokens.some((t) => t.text.includes('?'));
      if (question) continue;
      const before = tokens[i - 1]!;
      if (before.kind === 'word' && INDEFINITE_ANTECEDENTS.hasToken(before)) {
        reports.push(report(what, 'that', `"${before.text} what" calques a relative "что"; English says "${before.text} that".`));
        continue;
      }
      // "The boat what the fishermen found was empty": the sentence's subject, then a "what" clause before its verb.
      if (isOpeningNounPhrase(tokens, i) && isSubjectOfLaterVerb(tokens, verb)) {
        reports.push(report(what, 'that', `"what" cannot open a relative clause after a noun ("${before.text} what"); English says "${before.text} that" or "which".`));
        continue;
      }
      // "The new pool, what was opened in May, already leaks": the subject, then a "what" clause set off by commas
      // before the main verb.
      if (before.text === ',' && verb === i + 1 && isOpeningNounPhrase(tokens, i - 1) && isInsertionBeforeVerb(tokens, verb)) {
        // A noun that can name a person takes "who": "The new coach, what came from Lisbon, …".
        const noun = tokens[i - 2]!;
        const relative = nounSenses(nounSingular.of(noun)).includes('noun.person') ? 'who' : 'which';
        reports.push(report(what, relative, `"what" cannot open a relative clause after a noun ("${noun.text}, what"); English says "${relative}".`));
        continue;
      }
      if (before.text !== ',' || isSubjectOfLaterVerb(tokens, verb)) continue;
      const antecedent = tokens[i - 2];
      if (antecedent?.kind === 'word' && INDEFINITE_ANTECEDENTS.hasToken(antecedent)) {
        reports.push(report(what, 'that', `"${antecedent.text}, what" calques a relative "что"; English says "${antecedent.text} that".`));
        continue;
      }
      if (!antecedent || antecedent.kind === 'punct' || takesIndirectQuestion(antecedent) || !isClauseBefore(tokens, i - 1)) continue;
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
      { text: 'In May exports fell by a tenth, what worried the government.', output: 'In May exports fell by a tenth, which worried the government.' },
      { text: 'In the valley the last bakery closed in May, what angered the villagers.', output: 'In the valley the last bakery closed in May, which angered the villagers.' },
      { text: 'Bus fares fell, what allowed more pupils to travel to school.', output: 'Bus fares fell, which allowed more pupils to travel to school.' },
      { text: 'The coach was sacked, what few fans expected.', output: 'The coach was sacked, which few fans expected.' },
      { text: 'The ferry stopped running in June, what means that islanders must fly to the mainland.', output: 'The ferry stopped running in June, which means that islanders must fly to the mainland.' },
      { text: 'The old house what my parents bought was sold again.', output: 'The old house that my parents bought was sold again.' },
      { text: 'The new swimming pool, what was opened in June, already needs repairs.', output: 'The new swimming pool, which was opened in June, already needs repairs.' },
      { text: 'The new coach, what came from Lisbon, changed the team.', output: 'The new coach, who came from Lisbon, changed the team.' },
    ],
    valid: [
      'Fuel prices rose by a third, which caused protests in several cities.',
      'The question now is, what will the council do?',
      'The team played well and, what is more, won the cup.',
      'The roads were closed, what is worse, for a whole week.',
      'Nobody knew, what with the storm and the strike, when the ship would sail.',
      'She asked, what would happen to the workers?',
      'He never said what the plan would cost.',
      'It is unclear what caused the fire.',
      'What they found, after years of digging, was a single coin.',
      'They took what was left, and what remained went to the museum.',
      'In the end, what counts is the result.',
      'After the flood, what was left of the bridge collapsed.',
      'The vote failed, but what voters wanted was change.',
      'Look at the ruins of the city, what destruction the war has brought.',
      'In the towns hit by the storm, what remained of the harvest was sold cheaply.',
      'He had lost his job and, losing his house too, what was there left??',
      'The enormity of what he had done made him silent.',
      'This is what we mean by a fair price.',
      'The teachers told the children what the test would cover.',
      'The house what?',
      'No matter what had happened, somebody had to cook dinner.',
      'The agreement, what officials called a breakthrough, was signed on Monday.',
      'The old ferry, what is now known as the Blue Boat, carries tourists.',
    ],
  },
});

function report(what: Token, replacement: string, message: string): Report {
  return { start: what.start, end: what.end, message, suggestions: [{ start: what.start, end: what.end, replacement }] };
}
