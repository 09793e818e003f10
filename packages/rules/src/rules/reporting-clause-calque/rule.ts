import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isNominalHead, isNominalPart, isWordToken, primaryTag, type Token, WordSet, withCaseOf } from '@mtlint/text';

// Verbs of saying a German "Wie … berichtet" clause or a Russian "Как сообщили …" clause ends with.
const REPORTING_VERBS = new WordSet([
  'reports', 'reported', 'writes', 'wrote', 'says', 'said', 'announced', 'announces', 'informed', 'informs', 'stated',
  'states', 'confirmed', 'confirms', 'explained', 'explains', 'added', 'noted', 'emphasized', 'emphasised', 'stressed',
  'told', 'learned', 'learnt', 'communicated',
]);
// "inform" and "notify" name whom they tell: "As the police informed," has no one informed.
const TELLING_VERBS = new WordSet(['informed', 'informs', 'notified', 'notifies', 'communicated']);
const OPENERS = new Set(['like', 'as']);
// How long the reporter may be: "Like the regional newspaper of the city reports".
const MAX_REPORTER = 7;

/** One past the reporter that starts at `from`: a noun phrase opened by a determiner or a possessive ("the ministry",
 * "our correspondent"), or a name ("Reuters"), with "of" phrases; -1 when there is none. A pronoun ("Like I said",
 * which dialogue writes) is no reporter here. */
function reporterEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!isWordToken(first) || !(isDeterminer(first) || primaryTag(first) === 'PRP$' || primaryTag(first) === 'NNP')) return -1;
  let k = from + 1;
  while (k < tokens.length && k - from < MAX_REPORTER && isWordToken(tokens[k])) {
    const t = tokens[k]!;
    // After a noun, "reports" before the comma is the verb, though the lexicon reads it first as a plural noun ("the
    // old reports," is a noun phrase of its own).
    if (REPORTING_VERBS.has(t.lower) && tokens[k + 1]?.text === ',' && isNominalHead(tokens[k - 1]!)) break;
    if (!isNominalPart(t) && !(t.lower === 'of' && isNominalPart(tokens[k + 1] ?? t))) break;
    k++;
  }
  return k;
}

export default defineRule({
  meta: {
    id: 'reporting-clause-calque',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A reporting clause opening a sentence word for word: "Like the newspaper reports, …" → "As the newspaper reports"; "As the ministry informed, …" → "As the ministry reported".',
    sourceHint: 'German "Wie die Zeitung berichtet, …", Russian "Как сообщили в министерстве, …", Polish "Jak poinformowało ministerstwo, …": the source opens with "how" and a verb that needs no object.',
    fixable: true,
  },
  needs: [OPENERS, (t) => REPORTING_VERBS.has(t.lower)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const opener = tokens[0];
    if (!isWordToken(opener) || !OPENERS.has(opener.lower)) return [];
    const end = reporterEnd(tokens, 1);
    const verb = tokens[end];
    if (end < 0 || !isWordToken(verb) || !REPORTING_VERBS.has(verb.lower) || tokens[end + 1]?.text !== ',') return [];
    const reports: Report[] = [];
    if (opener.lower === 'like') {
      reports.push({
        start: opener.start,
        end: opener.end,
        message: `"${opener.text} … ${verb.text}," opens a report as German "Wie …" and Russian "Как …" do; English: "As … ${verb.text},".`,
        suggestions: [{ start: opener.start, end: opener.end, replacement: withCaseOf(opener.text, 'as') }],
      });
    } else if (TELLING_VERBS.has(verb.lower)) {
      const reported = verb.lower.endsWith('s') ? 'reports' : 'reported';
      reports.push({
        start: verb.start,
        end: verb.end,
        message: `"${verb.text}" names no one told; English reports with "${reported}" or "said" ("As the ministry ${reported}, …").`,
        suggestions: [{ start: verb.start, end: verb.end, replacement: reported }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Like the local radio reports, the ferry will not sail today.', output: 'As the local radio reports, the ferry will not sail today.' },
      { text: 'Like Reuters reported, the talks were broken off.', output: 'As Reuters reported, the talks were broken off.' },
      { text: 'As the fire service informed, nobody was hurt.', output: 'As the fire service reported, nobody was hurt.' },
    ],
    valid: [
      'As the local radio reports, the ferry will not sail today.',
      'Like I said, the ferry will not sail today.',
      'Like the old reports, the new one was late.',
      'As the fire service informed the residents, the road was closed.',
      'As the mayor said, the works will start in May.',
      'Like his father, he became a pilot.',
      'Like many reporters said at the time, it was a mistake.',
      'As the public became informed, the protests grew.',
    ],
  },
});
