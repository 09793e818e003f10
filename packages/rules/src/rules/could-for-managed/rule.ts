import { defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, isWordToken, primaryTag, type Sentence, type Token, WordSet } from '@mtlint/text';
import { MONTHS, WEEKDAYS } from '../../calendar.js';

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

// "only" + one point in time after the deed: German "konnte … erst nach zwei Tagen", Russian "смогли … только через два
// дня", Polish "udało się … dopiero po": MT gives "could recover the car only after two days". A rule or a standing
// permission names a kind of time ("could visit only on weekends", "could vote only after paying"), so only a time that
// happens once counts: a span with its number ("after two days", "three hours later"), one weekday or date ("on Sunday",
// "on 3 May"), "the next day", the last moment or the third attempt.
const ONCE_UNITS = new WordSet(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const COUNTS = new WordSet(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'several', 'few', 'some', 'another']);
const NEXT_WORDS = new WordSet(['next', 'following', 'same']);
const LAST_WORDS = new WordSet(['last', 'final']);
const ORDINALS = new WordSet(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'tenth']);
const MOMENTS = new WordSet(['minute', 'moment', 'second', 'day', 'round', 'lap', 'attempt']);

/** The end of a number of time units from `k` ("two days", "a few hours", "48 hours"), or -1. */
function spanEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  while (e < k + 3 && (COUNTS.has(tokens[e]?.lower ?? '') || tokens[e]?.kind === 'number')) e++;
  return e > k && ONCE_UNITS.has(tokens[e]?.lower ?? '') ? e + 1 : -1;
}

/** The end of a time that happens once, right after "only" at `k` ("only after two days", "only on Sunday"), or -1. */
function onceTimeEnd(tokens: readonly Token[], k: number): number {
  const p = tokens[k + 1]?.lower;
  const a = tokens[k + 2];
  if (p === 'after') {
    const end = spanEnd(tokens, k + 2);
    return end > 0 ? end : afterEffort(tokens, k + 1) ? k + 3 : -1;
  }
  // "only three days later", "only a week later".
  const span = spanEnd(tokens, k + 1);
  if (span > 0 && tokens[span]?.lower === 'later') return span + 1;
  if (p === 'yesterday') return k + 2;
  if (a === undefined) return -1;
  const the = a.lower === 'the' ? 1 : 0;
  const word = tokens[k + 2 + the];
  const next = tokens[k + 3 + the];
  if (word === undefined) return -1;
  // "on Sunday", "on 3 May", "on the following day"; not "on Sundays", "on weekdays".
  if (p === 'on') {
    if (!the && (WEEKDAYS.hasToken(word) || (word.kind === 'number' && MONTHS.has(next?.lower ?? '')) || (MONTHS.hasToken(word) && next?.kind === 'number'))) return k + 3;
    if (the && NEXT_WORDS.hasToken(word) && next?.lower === 'day') return k + 5;
    return -1;
  }
  // "in the last minute", "at the last moment", "at the third attempt". A year is left out: a rule may hold for one
  // ("could be opened only in 2050").
  if ((p === 'in' || p === 'at') && the && (LAST_WORDS.hasToken(word) || ORDINALS.hasToken(word)) && MOMENTS.has(next?.lower ?? '')) return k + 5;
  // "the next morning", "the following day".
  if (a.lower === 'the' && NEXT_WORDS.has(tokens[k + 2 + 1]?.lower ?? '') && /^(day|morning|evening|afternoon|night|week)$/.test(tokens[k + 4]?.lower ?? '')) return k + 5;
  return -1;
}

/**
 * A past point or an ended effort that opens the sentence, before the subject of "could": "Yesterday", "Last night",
 * "Two days ago", "After two hours", "After a long search" (German "Nach zwei Stunden konnte die Feuerwehr …",
 * Russian "Через два часа пожарным удалось …"). The index after it (and its comma), or -1.
 */
function frontedPastEnd(tokens: readonly Token[]): number {
  const first = tokens[0]?.lower;
  let end = -1;
  if (first === 'yesterday') end = /^(morning|afternoon|evening)$/.test(tokens[1]?.lower ?? '') ? 2 : 1;
  else if (first === 'last' && LAST_UNITS.has(tokens[1]?.lower ?? '')) end = 2;
  else if (first === 'after') {
    const span = spanEnd(tokens, 1);
    // "After three days of searching", "After twelve hours of talks": the effort named after the span.
    if (span > 0) end = tokens[span]?.lower === 'of' && isWordToken(tokens[span + 1]) ? span + 2 : span;
    else if (afterEffort(tokens, 0)) {
      end = 1;
      while (end < 6 && !EFFORTS.hasToken(tokens[end]!)) end++;
      end++;
    }
  } else {
    const span = spanEnd(tokens, 0);
    if (span > 0 && tokens[span]?.lower === 'ago') end = span + 1;
  }
  if (end < 0) return -1;
  return tokens[end]?.text === ',' ? end + 1 : end;
}

// Subjects of a general ability or permission: "Last year anyone could enter", "After two hours you could see …".
const GENERAL_SUBJECTS = new WordSet(['you', 'one', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'people']);

/** Whether the words from `from` up to "could" at `c` are one short subject: "the firefighters", "divers", "the local police". */
function isShortSubject(tokens: readonly Token[], from: number, c: number): boolean {
  if (c - from < 1 || c - from > 5) return false;
  for (let k = from; k < c; k++) {
    const t = tokens[k]!;
    if (!isWordToken(t) || GENERAL_SUBJECTS.hasToken(t) || t.lower.startsWith('any') || t.lower.startsWith('every')) return false;
    if (!/^(DT|JJ|NN|NNS|NNP|NNPS|PRP|POS|CD)$/.test(primaryTag(t))) return false;
  }
  return true;
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
function achievedCould(sentence: Sentence, c: number, text: string): Report | undefined {
  const tokens = sentence.tokens;
  const could = tokens[c]!;
  // "could be rescued": a passive deed, its participle the verb.
  const passive = tokens[c + 1]?.lower === 'be' && isWordToken(tokens[c + 2]) && tokens[c + 2]!.tags.includes('VBN');
  // "Last night the team could finally break the streak": after a fronted past point, "finally" is the end of an
  // effort too, and the verb follows it.
  const fronted = passive ? -1 : frontedPastEnd(tokens);
  const frontedPast = fronted > 0 && isShortSubject(tokens, fronted, c);
  const skip = frontedPast && AT_LAST.has(tokens[c + 1]?.lower ?? '') ? 1 : 0;
  const verb = tokens[passive ? c + 2 : c + 1 + skip];
  if (!isWordToken(verb) || !(passive || isDeed(verb))) return undefined;
  // "could arrest anyone", "could free everybody": a general power, not one deed.
  const object = tokens[c + 2 + skip];
  if (isWordToken(object) && (object.lower.startsWith('any') || object.lower.startsWith('every'))) return undefined;
  let past = frontedPast || (!passive && AT_LAST.has(tokens[c - 1]?.lower ?? ''));
  // The "only" of a time that happens once, and where that time ends.
  let only = -1;
  let onlyEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '?' || OPEN_WORDS.hasToken(t)) return undefined;
    if (k > c + 1 && only < 0 && t.lower === 'only') {
      onlyEnd = onceTimeEnd(tokens, k);
      if (onlyEnd > 0) only = k;
    }
    if (k > c + 1 && !past && !passive) past = PAST_POINTS.hasToken(t) || (t.lower === 'last' && LAST_UNITS.has(tokens[k + 1]?.lower ?? '')) || (t.lower === 'after' && afterEffort(tokens, k));
  }
  if (!past && only < 0) return undefined;
  // Last, as it costs most: a verb group before "could" makes its clause a reported or subordinate one.
  const analysis = analyseSentence(sentence);
  // (The fronted time of "After two hours the divers could …" is no clause of its own.)
  const clauseStart = frontedPast ? fronted : 0;
  for (let k = analysis.chunkAt(c).start - 1; k >= clauseStart; k = analysis.chunkAt(k).start - 1) {
    const kind = analysis.chunkAt(k).kind;
    if (kind === 'VERB' || kind === 'SUB') return undefined;
  }
  if (passive) {
    // "could be rescued only on Sunday" → "could not be rescued until Sunday": "managed to be rescued" is no English.
    const onlyToken = tokens[only]!;
    const p = tokens[only + 1]!;
    const dropsPreposition = p.lower === 'in' || p.lower === 'on' || p.lower === 'at';
    return {
      start: could.start,
      end: tokens[onlyEnd - 1]!.end,
      message: `"${could.text} be … only" with one point in time is the source's "erst"/"только": English says "${could.text.toLowerCase()} not be ${verb.text} until …" (or "${verb.text} only …").`,
      // One edit from "could" to the time: a finding's suggestions are alternatives, not parts of one fix.
      suggestions: [{ start: could.end, end: dropsPreposition ? p.end : onlyToken.end, replacement: ` not${text.slice(could.end, onlyToken.start)}until` }],
    };
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
    description: '"could" for one past achievement: "the divers finally could recover the wreck", "the police could identify the suspect yesterday", "could reach them only after two days" → "managed to".',
    sourceHint: 'German "konnte", Russian "смог/смогли", Polish "udało się/mógł": the source\'s past of "can" also names a thing achieved once.',
    fixable: true,
  },
  needs: [new Set(['could'])],
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let c = 0; c < tokens.length; c++) {
      if (tokens[c]!.lower !== 'could' || primaryTag(tokens[c]) !== 'MD') continue;
      const report = achievedCould(sentence, c, ctx.doc.text);
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
      { text: 'The mechanics could fix the engine only after three weeks.', output: 'The mechanics managed to fix the engine only after three weeks.' },
      { text: 'The two sailors could be reached only on Wednesday.', output: 'The two sailors could not be reached until Wednesday.' },
      { text: 'The keeper could be beaten only in the final minute.', output: 'The keeper could not be beaten until the final minute.' },
      { text: 'After two hours the firefighters could put out the fire.', output: 'After two hours the firefighters managed to put out the fire.' },
      { text: 'Yesterday evening the police could arrest the second suspect.', output: 'Yesterday evening the police managed to arrest the second suspect.' },
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
      'Members could borrow books only on Saturdays.',
      'Residents could park only after buying a permit.',
      'The vault could be opened only by two officers at once.',
      'If the crew could land only after two hours, the fuel would run out.',
      'The archive could be consulted only in 2040 under the old law.',
      'The pass could be crossed only in summer.',
      'Last year anyone could enter the building without a pass.',
      'After two hours you could see the damage from the road.',
      'After a long search, the police could not find the boy.',
      'Yesterday the minister said the talks could resume.',
    ],
  },
});
