import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isAdverb, isDeterminer, isPastForm, isPreposition, isWordToken, lemma, nounSenses, nounSingular, primaryTag, type Token, WordSet } from '@mtlint/text';

// Russian, Polish, German and the Romance languages have one present for what happens now and what happens as a
// rule ("спасатели ищут", "die Polizei ermittelt", "los médicos luchan por la vida"); MT keeps the simple present
// where English news says what is going on now with the progressive: "Rescuers are searching …".

// Activities that news reports as going on now, not states or habits: a search, a fight, an investigation, talks.
// Verbs that software documentation uses with "currently" for what a program does ("currently checks", "currently
// treats", "currently builds", "currently works") are not in the list.
const ACTIVITIES = new WordSet([
  'search', 'fight', 'investigate', 'negotiate', 'discuss', 'examine', 'evacuate', 'battle', 'rescue', 'interrogate', 'repair',
  'extinguish', 'storm', 'patrol', 'comb', 'hunt', 'protest', 'march', 'demonstrate', 'debate', 'deliberate', 'besiege', 'shell',
  'bombard', 'question',
]);
// Words that place the action at the moment of speaking: "at the moment", "currently", "right now", "at present".
const NOW_CUES = new WordSet(['currently', 'moment', 'present', 'now']);
// Words that make the present a habit or a rule: "every day", "always", "usually".
const HABITUAL = new WordSet(['every', 'each', 'always', 'usually', 'often', 'never', 'sometimes', 'regularly', 'daily', 'weekly', 'routinely', 'generally', 'normally', 'typically']);
const PLURAL_SUBJECT_TAGS = new WordSet(['NNS', 'NNPS']);
const PRONOUNS = new WordSet(['he', 'she', 'they', 'we']);

/** Whether token `k` ends a cue that places the action now: "currently", "at the moment", "right now", "at present". */
function isNowCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!NOW_CUES.hasToken(t)) return false;
  if (t.lower === 'currently') return true;
  if (t.lower === 'now') return tokens[k - 1]?.lower === 'right';
  if (t.lower === 'present') return tokens[k - 1]?.lower === 'at';
  return tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'at' || (tokens[k - 1]?.lower === 'this' && tokens[k - 2]?.lower === 'at');
}

/**
 * "fight for the life of the boy", "fights for his life": the fight for one life goes on now; "the lives of patients"
 * is the plural of a habit.
 */
function fightForOneLife(tokens: readonly Token[], v: number): boolean {
  if (lemma.of(tokens[v]!) !== 'fight' || tokens[v + 1]?.lower !== 'for') return false;
  const owner = tokens[v + 2]?.lower;
  return tokens[v + 3]?.lower === 'life' && (owner === 'the' || owner === 'his' || owner === 'her');
}

// "already" + past, then "and" + a simple present: "The guests already arrived and sit in the garden". German, Russian
// and the Romance languages have no perfect-progressive split here; English says "have already arrived and are
// sitting". The present after the past is the action going on now. States, "be"/"have", and reporting verbs ("already
// resigned and says he has no regrets") keep the simple present in English.
const NOT_ONGOING = new Set([
  'be', 'have', 'do', 'know', 'need', 'want', 'like', 'seem', 'understand', 'agree', 'believe', 'remember', 'think', 'hope',
  'feel', 'see', 'hear', 'contain', 'belong', 'own', 'mean', 'exist', 'remain', 'say', 'claim', 'insist', 'deny', 'admit',
  'argue', 'plan', 'expect', 'intend', 'refuse', 'work', 'apply', 'support', 'include', 'require', 'use', 'get', 'become',
]);
const SINGULAR_PRONOUNS = new WordSet(['he', 'she', 'it']);
const PLURAL_PRONOUNS = new WordSet(['they', 'we', 'i', 'you']);

/** "Maria already left and drives home": the index of the present verb after "already" + past + "and", or -1. */
function presentAfterAlreadyPast(tokens: readonly Token[], a: number): number {
  const subject = tokens[a - 1];
  const past = tokens[a + 1];
  if (!isWordToken(subject) || !isWordToken(past) || !isPastForm(past)) return -1;
  const tag = primaryTag(subject);
  const plural = tag === 'NNS' || tag === 'NNPS' || PLURAL_PRONOUNS.hasToken(subject);
  const singular = tag === 'NN' || tag === 'NNP' || SINGULAR_PRONOUNS.hasToken(subject);
  if (!plural && !singular) return -1;
  // The same clause: "and" within a few words, with no punctuation or new clause before it.
  for (let k = a + 2; k < Math.min(tokens.length - 1, a + 9); k++) {
    const t = tokens[k]!;
    if (!isWordToken(t)) return -1;
    if (t.lower !== 'and') continue;
    const v = tokens[k + 1]?.lower === 'now' || tokens[k + 1]?.lower === 'still' ? k + 2 : k + 1;
    const verb = tokens[v];
    if (!isWordToken(verb) || verb.text !== verb.lower || NOT_ONGOING.has(lemma.of(verb))) return -1;
    const agrees = plural ? verb.tags.includes('VBP') : verb.tags.includes('VBZ') && verb.lower.endsWith('s');
    // A word read first as a noun ("checks", "drive") is the verb when a determiner, preposition or adverb follows
    // ("and checks the brakes", "and drive to the hotel", "and drives home").
    const next = tokens[v + 1];
    const verbal = primaryTag(verb).startsWith('VB') || (isWordToken(next) && (isDeterminer(next) || isPreposition(next) || isAdverb(next)));
    return agrees && verbal ? v : -1;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: 'present-simple-for-ongoing',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.7,
    description: 'The simple present for an action going on now: "Rescuers search for the climbers at the moment" (English: "are searching").',
    sourceHint: 'Russian, Polish, German and the Romance languages, which have one present for the moment and for habits.',
    fixable: true,
  },
  needs: [new Set(['currently', 'moment', 'present', 'now', 'life', 'already'])],
  detectSentence(sentence, ctx) {
    const tokens = sentence.tokens;
    const last = tokens[tokens.length - 1];
    // Headlines use the simple present for news on purpose ("Firefighters battle blaze"): terminated sentences only.
    if (!sentence.terminated || last?.text !== '.' || tokens.some((t) => HABITUAL.hasToken(t))) return [];
    const reports: Report[] = [];
    for (let a = 1; a < tokens.length - 3; a++) {
      if (tokens[a]!.lower !== 'already') continue;
      const v = presentAfterAlreadyPast(tokens, a);
      if (v < 0) continue;
      const verb = tokens[v]!;
      const plural = primaryTag(verb) !== 'VBZ' && !verb.lower.endsWith('s');
      const group = `${plural ? 'are' : 'is'} ${conjugateVerb(lemma.of(verb), 'VBG')}`;
      reports.push({
        start: tokens[a]!.start,
        end: verb.end,
        message: `"already ${tokens[a + 1]!.text}" is done and "${verb.text}" is going on now: English says "${plural ? 'have' : 'has'} already ${conjugateVerb(lemma.of(tokens[a + 1]!), 'VBN')} … and ${group}".`,
        suggestions: [{ start: verb.start, end: verb.end, replacement: group }],
      });
    }
    let cue = false;
    for (let k = 0; k < tokens.length; k++) if (isNowCue(tokens, k)) cue = true;
    for (let v = 1; v < tokens.length - 2; v++) {
      const verb = tokens[v]!;
      if (!isWordToken(verb) || verb.text !== verb.lower || !(verb.tags.includes('VBZ') || verb.tags.includes('VBP'))) continue;
      const base = lemma.of(verb);
      if (!ACTIVITIES.has(base)) continue;
      if (!cue && !fightForOneLife(tokens, v)) continue;
      // The subject right before the verb (or before "currently"): a plural noun with a plural present, a singular
      // noun or name with the -s form.
      const rightNow = tokens[v - 1]!.lower === 'now' && tokens[v - 2]?.lower === 'right';
      const s = tokens[v - 1]!.lower === 'currently' ? v - 2 : rightNow ? v - 3 : v - 1;
      const subject = tokens[s];
      if (!isWordToken(subject)) continue;
      const subjectTag = primaryTag(subject);
      // (A plural that opens the sentence is read first as a name: "Divers search …".)
      const plural = PLURAL_SUBJECT_TAGS.has(subjectTag) || (s === 0 && nounSingular.of(subject) !== subject.lower) || subject.lower === 'police' || subject.lower === 'they' || subject.lower === 'we';
      const singular = subjectTag === 'NN' || subjectTag === 'NNP' || subject.lower === 'he' || subject.lower === 'she';
      // People or a group act: "rescuers", "the police", "the union"; not a program ("The software currently searches
      // only local files").
      if (!PRONOUNS.hasToken(subject) && !nounSenses(nounSingular.of(subject)).some((x) => x === 'noun.person' || x === 'noun.group')) continue;
      const thirdPerson = verb.lower.endsWith('s') && verb.tags.includes('VBZ');
      if (plural ? thirdPerson : !(singular && thirdPerson)) continue;
      const gerund = conjugateVerb(base, 'VBG');
      const group = `${plural ? 'are' : 'is'} ${gerund}`;
      // "currently" stays before the gerund: "are currently investigating".
      const start = s === v - 2 ? tokens[v - 1]!.start : verb.start;
      const replacement = s === v - 2 ? `${plural ? 'are' : 'is'} currently ${gerund}` : group;
      reports.push({
        start,
        end: verb.end,
        message: `"${verb.text}" is the simple present, which English uses for habits; for what is going on now it says "${group}".`,
        suggestions: [{ start, end: verb.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Rescuers search for the missing climbers at the moment.', output: 'Rescuers are searching for the missing climbers at the moment.' },
      { text: 'The police currently investigate the cause of the fire.', output: 'The police are currently investigating the cause of the fire.' },
      { text: 'Doctors fight for the life of the injured boy.', output: 'Doctors are fighting for the life of the injured boy.' },
      { text: 'The mechanic already replaced the tyre and checks the brakes.', output: 'The mechanic already replaced the tyre and is checking the brakes.' },
      { text: 'Our visitors already landed and now drive to the hotel.', output: 'Our visitors already landed and now are driving to the hotel.' },
    ],
    valid: [
      'Rescuers are searching for the missing climbers.',
      'Doctors fight for the lives of patients every day.',
      'The police investigate about three hundred burglaries a year.',
      'Firefighters battle blaze in downtown warehouse',
      'The library currently checks only the first file.',
      'The tool currently treats hyphens as spaces.',
      'At the moment the talks are going well.',
      'He always fights for his life in the last round.',
      'The committee currently has nine members.',
      'The software currently searches only local files.',
      'Right now we need more volunteers.',
      'She already resigned and says she has no regrets.',
      'They already paid and know the price.',
      'The team has already finished and tests the next build.',
      'He already left, and the others wait outside.',
      'We already tried it and it works.',
    ],
  },
});
