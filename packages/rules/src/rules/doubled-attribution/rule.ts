import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isPronoun, nounPhraseEnd, type Token, WordSet } from '@mtlint/text';

// Chinese "据报道称", "据警方说", Japanese "報道によると…という": the source names its source twice, with the word for
// "according to" and a verb of saying, and MT keeps both: "According to reports said, …", "According to the police
// said the suspect fled". English gives the source once: "According to reports, …" or "Reports said …".

/** Verbs of saying and showing whose finite form closes the doubled source. Not "reports", "states", "claims",
 * "shows": they are nouns too ("according to TV shows"). */
const SAYING = new WordSet(['said', 'says', 'reported', 'stated', 'showed', 'revealed', 'announced', 'indicated', 'noted', 'pointed', 'disclosed']);
const NEEDS = new Set(['according']);

/**
 * What follows the verb opens what was said: a comma, "that", "out" (of "pointed out"), or a determiner or pronoun
 * opening the clause. A participle is followed by its agent or a place or time ("reported by", "stated in the
 * report", "said to be"), which none of these are.
 */
function opensReport(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'punct') return t.text === ',' || t.text === ':';
  return t.lower === 'that' || (t.kind === 'word' && (isDeterminer(t) || isPronoun(t)) && t.lower !== 'to');
}

export default defineRule({
  meta: {
    id: 'doubled-attribution',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A source named with "according to" and a verb of saying at once: "According to reports said, …", "According to the police said the suspect fled".',
    sourceHint: 'Chinese "据…称/说/报道", Japanese "…によると…という": the source marked twice, kept by MT.',
    fixable: true,
  },
  needs: [NEEDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 3 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'according' || tokens[i + 1]!.lower !== 'to') continue;
      // The verb stands right after the source's noun phrase: "According to figures the ministry reported, …" has a
      // relative clause with a subject of its own between them, and is English.
      let end = nounPhraseEnd(tokens, i + 2);
      // The source may have an "of" phrase: "According to the ministry of health said, …".
      if (end > i + 2 && tokens[end]?.lower === 'of') end = Math.max(end, nounPhraseEnd(tokens, end + 1));
      const verb = tokens[end];
      if (end <= i + 2 || verb === undefined || !SAYING.hasToken(verb)) continue;
      const next = tokens[end + 1];
      if (!opensReport(next) || (verb.lower === 'pointed' && next?.lower !== 'out')) continue;
      // The verb goes, with its "that" or "out"; a comma stands before the clause it opened.
      const last = next!.lower === 'that' || next!.lower === 'out' ? next! : verb;
      const comma = next!.kind === 'punct' ? '' : ',';
      reports.push({
        start: verb.start,
        end: last.end,
        message: `"according to" already names the source; "${verb.text}" names it again. English says "According to …, …" or "… ${verb.text} …" without "according to".`,
        suggestions: [{ start: tokens[end - 1]!.end, end: last.end, replacement: comma }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'According to reports said, the plant will close next year.', output: 'According to reports, the plant will close next year.' },
      { text: 'According to the police said the driver was drunk.', output: 'According to the police, the driver was drunk.' },
      { text: 'According to the head of the agency said, the plan is ready.', output: 'According to the head of the agency, the plan is ready.' },
      { text: 'According to the survey showed that most people want lower taxes.', output: 'According to the survey, most people want lower taxes.' },
    ],
    valid: [
      'According to reports, the plant will close next year.',
      'Reports said the plant will close next year.',
      'According to figures the ministry reported, the rate fell.',
      'According to a study that showed the opposite, the drug is safe.',
      'According to data reported by the agency, prices rose.',
      'According to the man who said he saw it, the car was red.',
      'According to one source said to be close to the family, the wedding is off.',
      'According to the results stated in the report, the test failed.',
      'According to what he said, the meeting was cancelled.',
      'According to TV shows, the city is dangerous.',
      'According to the report of the committee published in May, costs rose.',
    ],
  },
});
