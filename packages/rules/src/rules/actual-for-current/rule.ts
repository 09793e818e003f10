import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, primaryTag, type Token, WordSet } from '@mtlint/text';

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
const NEEDS = new Set(['actual']);

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
    description: '"actual" for "current" before an office or its holder: "the actual president of the club", "the actual government".',
    sourceHint: 'French "actuel", Spanish and Portuguese "actual", Italian "attuale": "current, present".',
    fixable: true,
  },
  needs: [NEEDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const actual = tokens[i]!;
      if (actual.lower !== 'actual') continue;
      const before = tokens[i - 1]!;
      const office = tokens[i + 1]!;
      if (before.kind !== 'word' || !(isDeterminer(before) || primaryTag(before) === 'POS') || !OFFICES.has(office.lower)) continue;
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
    ],
  },
});
