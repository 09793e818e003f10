import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isNumeral, isWordToken, lemma, primaryTag, type Token, WordSet } from '@mtlint/text';

// French "actuel", Spanish and Portuguese "actual", Italian "attuale", Romanian "actual" mean "current", "present": "le
// président actuel", "el actual gobierno". MT writes "the actual president", "the actual government"; in English
// "actual" means "real, as opposed to supposed", which an office or its holder rarely needs.

/** Offices, bodies and their holders: what is current, not real. ("the actual leader", "the actual owner", "the actual
 * situation", "the actual law" are left out: English says them in the sense "real".) */
const OFFICES = new WordSet([
  'president', 'presidents', 'government', 'minister', 'ministers', 'mayor', 'governor', 'chairman', 'chairwoman',
  'director', 'coach', 'champion', 'champions', 'administration', 'regime', 'cabinet', 'parliament', 'legislature',
  'leadership', 'prime', 'edition', 'titleholder', 'ceo', 'secretary-general',
]);
const NEEDS = new Set(['actual', 'actually']);
// French "actuellement", Spanish "actualmente", Italian "attualmente", German "aktuell": at present. MT writes "actually"
// after the verb, where English puts no sentence adverb before a count: "The plant employs actually 400 people".
const PRESENT_VERB_TAGS = new Set(['VBZ', 'VBP']);
const APPROXIMATELY = new WordSet(['about', 'around', 'almost', 'nearly', 'some', 'over', 'more', 'roughly', 'approximately']);

/** "employs actually 400 people": a present verb other than "be" (where "is actually 40" is English), "actually", a count. */
function actuallyBeforeCount(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  if (!isWordToken(verb) || !PRESENT_VERB_TAGS.has(primaryTag(verb)) || lemma.of(verb) === 'be') return false;
  let k = i + 1;
  while (k < i + 3 && isWordToken(tokens[k]) && APPROXIMATELY.hasToken(tokens[k]!)) k++;
  return isNumeral(tokens[k]);
}
// Russian "актуальный" and German "aktuell" as a predicate: "the topic remains actual", "the problem is still very
// actual" (relevant, topical). English "actual" stands before its noun; Brown has no predicative "actual".
const LINKING = new WordSet(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'stay', 'stays', 'stayed', "'s", '’s']);
const DEGREES = new WordSet(['very', 'still', 'especially', 'particularly', 'more', 'most', 'quite', 'extremely', 'highly', 'even', 'so', 'now', 'again', 'no', 'longer']);

/** "is (still) actual" closing its phrase: a predicate, not the attribute English has. */
function predicativeActual(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && DEGREES.hasToken(tokens[k]!)) k--;
  if (!LINKING.has(tokens[k]?.lower ?? '')) return false;
  // "is actual" + a noun is the attribute again ("what is actual practice"); a mark, a preposition, a conjunction or
  // "to" closes the predicate.
  const next = tokens[i + 1];
  return next === undefined || next.kind === 'punct' || /^(IN|CC|TO)$/.test(primaryTag(next));
}

/** The sentence contrasts with "not": "the actual president, not his deputy". */
function hasNot(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.lower === 'not' || t.lower === "n't") return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'actual-for-current',
    category: 'accuracy/mistranslation',
    severity: 'minor',
    confidence: 0.8,
    description: '"actual" for "current" before an office or its holder: "the actual president of the club", "the actual government"; for "relevant" as a predicate: "the topic remains actual"; "actually" for "currently" before a count: "employs actually 400 people".',
    sourceHint: 'French "actuel", Spanish and Portuguese "actual", Italian "attuale": "current, present"; Russian "актуальный", German "aktuell": "relevant, topical".',
    fixable: true,
  },
  needs: [NEEDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const actual = tokens[i]!;
      if (actual.lower === 'actually' && actuallyBeforeCount(tokens, i)) {
        const verb = tokens[i - 1]!;
        reports.push({
          start: verb.start,
          end: actual.end,
          message: '"actually" means "in fact" in English; what holds at present is "currently", before the verb.',
          suggestions: [{ start: verb.start, end: actual.end, replacement: `currently ${verb.text}` }],
        });
        continue;
      }
      if (actual.lower !== 'actual') continue;
      // "The figures are actual, not estimated": a contrast with "not" keeps the sense "real" here too.
      if (predicativeActual(tokens, i) && !hasNot(tokens)) {
        reports.push({
          start: actual.start,
          end: actual.end,
          message: '"actual" means "real" and stands before its noun in English; what still matters now is "relevant" (or "topical").',
          suggestions: [{ start: actual.start, end: actual.end, replacement: 'relevant' }],
        });
        continue;
      }
      if (i + 1 >= tokens.length) continue;
      const before = tokens[i - 1]!;
      const office = tokens[i + 1]!;
      if (before.kind !== 'word' || !(isDeterminer(before) || primaryTag(before) === 'POS') || !OFFICES.hasToken(office)) continue;
      // "the actual president, not his deputy": a contrast with "not" in the sentence makes "actual" mean "real".
      if (hasNot(tokens)) continue;
      reports.push({
        start: actual.start,
        end: office.end,
        message: `"actual" means "real" in English; the ${office.lower} now in office is the "current ${office.lower}".`,
        suggestions: [{ start: actual.start, end: actual.end, replacement: /^\p{Lu}/u.test(actual.text) ? 'Current' : 'current' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The actual president of the club wants to sell the stadium.', output: 'The current president of the club wants to sell the stadium.' },
      { text: 'Critics say the actual government ignores the villages.', output: 'Critics say the current government ignores the villages.' },
      { text: "The party's actual leadership opposes the deal.", output: "The party's current leadership opposes the deal." },
      { text: 'The question of cheap housing remains very actual.', output: 'The question of cheap housing remains very relevant.' },
      { text: 'This problem is still actual for many villages.', output: 'This problem is still relevant for many villages.' },
      { text: 'The plant employs actually 400 people.', output: 'The plant currently employs 400 people.' },
      { text: 'The club counts actually about 2,000 members.', output: 'The club currently counts about 2,000 members.' },
    ],
    valid: [
      'The current president of the club wants to sell the stadium.',
      'The actual cost of the bridge was twice the estimate.',
      'He was the actual leader of the group, not the chairman.',
      'The actual president, not his deputy, signed the letter.',
      'The actual owner of the house lives abroad.',
      'In the actual situation the rule may apply.',
      'The actual holder of the patent is a small firm.',
      'What the actual law says is less clear.',
      'The figures shown are actual, not estimated.',
      'What is actual practice differs from the rules.',
      'He is actually 40 years old.',
      'The plant actually employs 400 people.',
      'It costs actually less than you think.',
    ],
  },
});
