import { defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, isWordToken, primaryTag, type Sentence, type Token, WordSet } from '@mtlint/text';

// "finally" before "could" makes it one achievement at the end of an effort: German "konnte … endlich", Russian
// "наконец смогли". English says "finally managed to"; after "could" it is a possibility as often ("the deal could
// finally end the dispute"), and "could eventually" always is.
const AT_LAST = new WordSet(['finally']);
// Words of a past point in time that no possibility or plan can have: "yesterday", "last week", "two hours ago".
const PAST_POINTS = new WordSet(['yesterday', 'ago']);
const LAST_UNITS = new WordSet([
  'night', 'week', 'weekend', 'month', 'year', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
// The end of an effort, after the verb: "after a short chase", "after four hours of work", "after several attempts"
// (German "nach einer kurzen Verfolgungsjagd konnte die Polizei", Russian "после погони полиции удалось"). An effort is
// behind the deed, so "could" cannot be a plan ("could arrest him after the trial" names a time, not an effort).
const EFFORTS = new WordSet([
  'chase', 'pursuit', 'search', 'struggle', 'battle', 'fight', 'attempt', 'attempts', 'effort', 'efforts', 'negotiations',
  'talks', 'operation', 'manhunt', 'standoff', 'siege', 'hunt', 'investigation',
]);
const DURATION_UNITS = new WordSet(['minutes', 'hours', 'days', 'weeks', 'months']);
// Between "after" and the effort: "a short chase", "several attempts", "a long and difficult search".
const EFFORT_MODIFIERS = new WordSet(['a', 'an', 'the', 'short', 'long', 'brief', 'lengthy', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'numerous', 'repeated', 'difficult', 'dramatic', 'tense', 'high-speed', 'intensive', 'months-long', 'weeks-long', 'and']);

/** Whether "after" at `k` opens an effort: "after a short chase", "after four hours of work". */
function afterEffort(tokens: readonly Token[], k: number): boolean {
  let e = k + 1;
  // Adjectives too: "after a two-day search", "after a frantic search".
  while (e < k + 5 && (EFFORT_MODIFIERS.has(tokens[e]?.lower ?? '') || tokens[e]?.kind === 'number' || primaryTag(tokens[e]) === 'JJ')) e++;
  const noun = tokens[e];
  if (noun === undefined) return false;
  return EFFORTS.hasToken(noun) || (e > k + 1 && DURATION_UNITS.hasToken(noun) && tokens[e + 1]?.lower === 'of');
}

// What makes "could" a possibility, a condition or a plan wherever it stands.
const OPEN_WORDS = new WordSet(['if', 'unless', 'whether', 'tomorrow', 'next', 'soon', 'coming', 'hope', 'hoped', 'perhaps', 'maybe', 'possibly', 'even']);
// Verbs "could" keeps as a past ability or state in English ("could finally see the coast", "could finally relax",
// "could tell it was late"): perception, knowing, the body's states, and bearing a thing.
const STATE_VERBS = new WordSet([
  'see', 'hear', 'feel', 'smell', 'taste', 'sense', 'notice', 'tell', 'understand', 'remember', 'imagine', 'believe',
  'think', 'know', 'breathe', 'relax', 'sleep', 'rest', 'afford', 'stand', 'bear', 'enjoy', 'concentrate', 'sit', 'walk',
  'speak', 'read', 'be', 'have', 'hardly', 'barely',
]);

/** Whether the word after "could" is a base verb of a deed (free, identify, "repair", a noun first in the lexicon), not of a state or a perception. */
const isDeed = (t: Token) => t.tags.includes('VB') && !STATE_VERBS.hasToken(t);

/**
 * "could" for one past achievement, told by a word no possibility takes: "finally" before it ("finally could recover"),
 * a past point in time ("could identify the suspect yesterday") or the effort it ended ("after a short chase"). Only in the sentence's first clause,
 * with no verb before it (in a reported clause "could" is a future in the past: "said the police could identify him
 * yesterday"), and with no word of condition or plan in the sentence.
 */
function achievedCould(sentence: Sentence, c: number): Report | undefined {
  const tokens = sentence.tokens;
  const could = tokens[c]!;
  const verb = tokens[c + 1];
  if (!isWordToken(verb) || !isDeed(verb)) return undefined;
  // "could arrest anyone", "could free everybody": a general power, not one deed.
  const object = tokens[c + 2];
  if (isWordToken(object) && (object.lower.startsWith('any') || object.lower.startsWith('every'))) return undefined;
  let past = AT_LAST.has(tokens[c - 1]?.lower ?? '');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '?' || OPEN_WORDS.hasToken(t)) return undefined;
    if (k > c + 1 && !past) past = PAST_POINTS.hasToken(t) || (t.lower === 'last' && LAST_UNITS.has(tokens[k + 1]?.lower ?? '')) || (t.lower === 'after' && afterEffort(tokens, k));
  }
  if (!past) return undefined;
  // Last, as it costs most: a verb group before "could" makes its clause a reported or subordinate one.
  const analysis = analyseSentence(sentence);
  for (let k = analysis.chunkAt(c).start - 1; k >= 0; k = analysis.chunkAt(k).start - 1) {
    const kind = analysis.chunkAt(k).kind;
    if (kind === 'VERB' || kind === 'SUB') return undefined;
  }
  const managed = could.text === 'Could' ? 'Managed to' : 'managed to';
  return {
    start: could.start,
    end: verb.end,
    message: `"${could.text}" gives an ability, not one thing done: for a past achievement English says "managed to" or "was able to" (German "konnte", Russian "смог").`,
    suggestions: [{ start: could.start, end: could.end, replacement: managed }],
  };
}

export default defineRule({
  meta: {
    id: 'could-for-managed',
    category: 'accuracy/mistranslation',
    severity: 'minor',
    confidence: 0.75,
    description: '"could" for one past achievement: "the divers finally could recover the wreck", "the police could identify the suspect yesterday" → "managed to".',
    sourceHint: 'German "konnte", Russian "смог/смогли", Polish "udało się/mógł": the source\'s past of "can" also names a thing achieved once.',
    fixable: true,
  },
  needs: [new Set(['could'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let c = 0; c < tokens.length; c++) {
      if (tokens[c]!.lower !== 'could' || primaryTag(tokens[c]) !== 'MD') continue;
      const report = achievedCould(sentence, c);
      if (report) reports.push(report);
      // One per sentence: the first "could" is the only one with no verb before it.
      break;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The police could stop the stolen car after a long chase.', output: 'The police managed to stop the stolen car after a long chase.' },
      { text: 'Divers could reach the wreck after several attempts.', output: 'Divers managed to reach the wreck after several attempts.' },
      { text: 'After three days the mountain rescue finally could reach the hut.', output: 'After three days the mountain rescue finally managed to reach the hut.' },
      { text: 'The customs officers could seize the shipment last Thursday.', output: 'The customs officers managed to seize the shipment last Thursday.' },
    ],
    valid: [
      'Under the old law the police could arrest anyone after a search.',
      'The police could arrest him after the trial.',
      'If the engine fails, the pilot could land after several attempts.',
      'The engineers could restore the power supply if the storm eases.',
      'As a child she could climb any tree in the village.',
      'The crew could finally see the coast.',
      'The engineers could finally restore the power supply.',
      'The new plant could eventually create 500 jobs.',
      'He said the police could identify the suspect yesterday.',
      'Could the rescuers reach the hut yesterday?',
      'The customs officers could not seize the shipment last Thursday.',
      'The talks could resume next week.',
      'The engineers could have restored the power supply yesterday.',
      'We could finally relax after the exams.',
      'The engineers managed to restore the power supply last night.',
    ],
  },
});
