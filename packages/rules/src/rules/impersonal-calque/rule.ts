import { defineRule, type Report } from '@mtlint/engine';
import { cardinalEnd, conjugateVerb, hasFiniteReading, isWordToken, nounPhraseEnd, nounSenses, nounSingular, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';

// German and Russian say what happened, what a thing is about and what one can only do with an impersonal clause whose
// "it" English does not have there: "es kam zu Zusammenstößen" (it came to clashes), "es geht um die Zukunft" (it goes
// about the future), "es lohnt sich zu erwähnen" / "стоит отметить" (it is worth to mention), "nicht ausgeschlossen,
// dass" / "не исключено, что" (it is not excluded that), "остаётся надеяться" (it remains to hope). MT keeps the
// source's "it" and its verb; English says "there were clashes", "it is about the future", "it is worth mentioning",
// "it is possible that", "we can only hope".

// "it came to clashes" → "there were clashes": the forms of "come" with the English that replaces "it … to".
const THERE_BE: ReadonlyMap<string, string> = new WordMap([['came', 'there were'], ['comes', 'there are']]);
// The same before one event: "it came to a brawl" → "there was a brawl".
const THERE_BE_ONE: ReadonlyMap<string, string> = new WordMap([['came', 'there was'], ['comes', 'there is']]);
// English idioms of "it came to a/an" + a noun: "it came to a head", "it came to a halt", "it came to a vote".
const COME_TO_A_IDIOMS = new WordSet([
  'head', 'halt', 'stop', 'end', 'close', 'standstill', 'vote', 'decision', 'conclusion', 'point', 'total', 'sum', 'climax',
  'showdown', 'crisis', 'choice', 'pass', 'crossroads', 'agreement', 'understanding', 'compromise', 'settlement', 'boil', 'rest',
]);
// English idioms of "it came to" + a bare plural: "it came to blows", "it came to terms".
const COME_TO_IDIOMS = new WordSet(['blows', 'terms', 'grips', 'pieces', 'words']);
// Words before "it" that make "it comes to" English: "when it comes to prices", "if it came to votes", "as far as it
// comes to".
const COME_TO_OPENERS = new WordSet(['when', 'whenever', 'if', 'once', 'where', 'as', 'before', 'until', 'till', 'unless']);
// "how it goes about its work", "the way it went about the hiring": the phrasal verb "go about" (set to work on).
const GO_ABOUT_OPENERS = new WordSet(['how', 'way', 'what', 'which', 'that']);
// What "it remains to" hopes or waits for (остаётся надеяться, ждать); "it remains to be seen", "to show that" are English.
const REMAINING_VERBS = new WordSet(['hope', 'wait', 'wish', 'believe', 'pray', 'regret']);
const BE_FORMS = new WordSet(['is', 'was', "'s", '’s']);

/**
 * "it came to clashes (between …)" → "there were clashes"; "it came to a brawl" → "there was a brawl". `from` is the
 * "it", or the verb itself where Polish "doszło do" (no "it" at all) gives "On Monday came to a collision".
 */
function cameTo(tokens: readonly Token[], from: number, c: number): Report | undefined {
  const first = tokens[from]!;
  const come = tokens[c];
  const there = THERE_BE.get(come?.lower ?? '');
  if (there === undefined || tokens[c + 1]?.lower !== 'to' || COME_TO_OPENERS.has(tokens[from - 1]?.lower ?? '')) return undefined;
  // One event after "a/an": "it came to a brawl" (German "es kam zu einer Schlägerei").
  const one = tokens[c + 2]?.lower === 'a' || tokens[c + 2]?.lower === 'an';
  // Adjectives may stand before the noun: "it came to violent clashes".
  let k = one ? c + 3 : c + 2;
  while (isWordToken(tokens[k]) && primaryTag(tokens[k]) === 'JJ') k++;
  // A compound's first nouns: "it came to traffic jams", "to a traffic accident".
  while (isWordToken(tokens[k]) && primaryTag(tokens[k]) === 'NN' && isWordToken(tokens[k + 1]) && (primaryTag(tokens[k + 1]) === 'NN' || primaryTag(tokens[k + 1]) === 'NNS')) k++;
  const noun = tokens[k];
  // The noun with its adjectives and compound nouns, for the message: "violent clashes", "traffic jams".
  const phrase = tokens.slice(one ? c + 3 : c + 2, k + 1).map((t) => t.text).join(' ');
  const calque = tokens.slice(from, c + 2).map((t) => t.text).join(' ');
  // A plural, or a word the lexicon knows only as a verb in -s that WordNet has as a noun ("scuffles").
  if (one) {
    // An act or an event ("a fight", "a collision", "an explosion"), not an idiom's noun ("a head", "a halt", "a vote").
    // After "a", a noun reading counts though the lexicon reads the word first as a verb ("a shooting").
    const senses = isWordToken(noun) && noun.tags.includes('NN') ? nounSenses.of(noun) : [];
    if (!senses.some((sense) => sense === 'noun.act' || sense === 'noun.event') || COME_TO_A_IDIOMS.has(noun!.lower)) return undefined;
    const thereOne = THERE_BE_ONE.get(come!.lower)!;
    return {
      start: first.start,
      end: tokens[c + 1]!.end,
      message: `"${calque} ${tokens[c + 2]!.text} ${phrase}" renders German "es kam zu" or Polish "doszło do"; English says "${thereOne} ${tokens[c + 2]!.lower} ${phrase}".`,
      suggestions: [{ start: first.start, end: tokens[c + 2]!.start, replacement: `${withCaseOf(first.text, thereOne)} ` }],
    };
  }
  const plural = isWordToken(noun) && (primaryTag(noun) === 'NNS' || (noun.tags.includes('VBZ') && nounSenses(nounSingular.of(noun)).length > 0));
  if (!plural || COME_TO_IDIOMS.has(noun!.lower)) return undefined;
  return {
    start: first.start,
    end: tokens[c + 1]!.end,
    message: `"${calque} ${phrase}" renders German "es kam zu" or Polish "doszło do"; English says "${there} ${phrase}".`,
    suggestions: [{ start: first.start, end: tokens[c + 2]!.start, replacement: `${withCaseOf(first.text, there)} ` }],
  };
}

// Words tagged as prepositions that open a clause, whose subject may stand before "came": "if the talks came to …".
const SUBORDINATORS = new WordSet(['that', 'if', 'when', 'whenever', 'because', 'although', 'though', 'while', 'as', 'unless', 'whether', 'once', 'where', 'so', 'than', 'like']);
// Adverbs of time that may open the sentence before a subjectless "came to": "Yesterday came to clashes".
const OPENING_TIMES = new WordSet(['yesterday', 'today', 'recently', 'then', 'later', 'earlier', 'overnight', 'again']);

/**
 * Whether only fronted prepositional phrases and adverbs of time stand before the verb at `c`, so that it has no subject:
 * "On Monday in Lodz came to a collision" (Polish "W poniedziałek w Łodzi doszło do zderzenia"), not "The meeting came
 * to an end".
 */
function onlyAdjunctsBefore(tokens: readonly Token[], c: number): boolean {
  let k = 0;
  while (k < c) {
    const t = tokens[k]!;
    if (t.text === ',' && k > 0) k++;
    else if (OPENING_TIMES.hasToken(t)) k++;
    else if ((t.tags.includes('IN') || primaryTag(t) === 'TO') && !SUBORDINATORS.hasToken(t)) {
      // "If it came to votes": a pronoun after the word makes it a clause's subject, not a preposition's object.
      const end = nounPhraseEnd(tokens, k + 1);
      if (end <= k + 1 || tokens.slice(k + 1, end).some((x) => primaryTag(x) === 'PRP')) return false;
      k = end;
    } else return false;
  }
  return c > 0 && k === c;
}

/** "In the film it goes about a family" → "it is about". */
function goesAbout(tokens: readonly Token[], i: number): Report | undefined {
  const it = tokens[i]!;
  const goes = tokens[i + 1];
  if ((goes?.lower !== 'goes' && goes?.lower !== 'went') || tokens[i + 2]?.lower !== 'about' || GO_ABOUT_OPENERS.has(tokens[i - 1]?.lower ?? '')) return undefined;
  // "it goes about its work", "went about rebuilding": the phrasal verb takes a possessive or an -ing.
  const next = tokens[i + 3];
  if (!isWordToken(next) || /^(PRP\$|VBG)$/.test(primaryTag(next)) || next.lower.endsWith('ing')) return undefined;
  const is = goes!.lower === 'goes' ? 'is' : 'was';
  return {
    start: it.start,
    end: tokens[i + 2]!.end,
    message: `"${it.text} ${goes!.text} about" renders German "es geht um"; English says "${it.lower} ${is} about" (or names the subject: "the film is about").`,
    suggestions: [{ start: goes!.start, end: goes!.end, replacement: is }],
  };
}

/** "It is worth to mention" → "It is worth mentioning". */
function worthTo(tokens: readonly Token[], i: number): Report | undefined {
  const worth = tokens[i]!;
  const to = tokens[i + 1];
  const verb = tokens[i + 2];
  if (worth.lower !== 'worth' || to?.lower !== 'to' || !isWordToken(verb) || !verb.tags.includes('VB') || primaryTag(verb) === 'DT' || primaryTag(verb) === 'PRP') return undefined;
  // "of little worth to anyone": the noun, with a person after "to".
  if (!BE_FORMS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'be' && tokens[i - 1]?.lower !== 'well') return undefined;
  const gerund = conjugateVerb(verb.lower, 'VBG');
  return {
    start: to!.start,
    end: verb.end,
    message: `"worth" takes an -ing form in English, not "to ${verb.text}" (German "es lohnt sich zu", Russian "стоит"): "worth ${gerund}".`,
    suggestions: [{ start: to!.start, end: verb.end, replacement: gerund }],
  };
}

/** "It is not excluded that" → "It is possible that". */
function notExcluded(tokens: readonly Token[], i: number): Report | undefined {
  const it = tokens[i]!;
  const be = tokens[i + 1];
  if (!/^(is|was)$/.test(be?.lower ?? '') || tokens[i + 2]?.lower !== 'not' || tokens[i + 3]?.lower !== 'excluded') return undefined;
  const after = tokens[i + 4];
  if (after?.lower !== 'that' && after?.text !== ',') return undefined;
  return {
    start: it.start,
    end: tokens[i + 3]!.end,
    message: `"${it.text} ${be!.text} not excluded" renders Russian "не исключено" or German "nicht ausgeschlossen"; English says "${it.lower} ${be!.lower} possible" (or "may").`,
    suggestions: [{ start: be!.end, end: tokens[i + 3]!.end, replacement: ' possible' }],
  };
}

/** "It remains to hope that" → "We can only hope that". */
function remainsToHope(tokens: readonly Token[], i: number): Report | undefined {
  const it = tokens[i]!;
  const remains = tokens[i + 1];
  if (remains?.lower !== 'remains' && remains?.lower !== 'remained') return undefined;
  const only = tokens[i + 2]?.lower === 'only' ? 1 : 0;
  const verb = tokens[i + 3 + only];
  if (tokens[i + 2 + only]?.lower !== 'to' || !isWordToken(verb) || !REMAINING_VERBS.hasToken(verb)) return undefined;
  const english = `${remains!.lower === 'remains' ? 'we can' : 'we could'} only ${verb.lower}`;
  return {
    start: it.start,
    end: verb.end,
    message: `"${it.text} ${remains!.text} to ${verb.text}" renders Russian "остаётся ${verb.lower === 'wait' ? 'ждать' : 'надеяться'}"; English says "${english}".`,
    suggestions: [{ start: it.start, end: verb.end, replacement: withCaseOf(it.text, english) }],
  };
}

// German "es ist geplant/vorgesehen, dass", Russian "планируется, что", "предусмотрено, что": the plan itself is the
// subject in English ("The plan is that …", "The stadium is to open …"); "it is planned to" + an infinitive is English.
const PLANNED = new WordSet(['planned', 'foreseen']);
const CLAUSE_SUBJECT_TAGS = new WordSet(['DT', 'PRP', 'NNP', 'NNPS', 'NNS', 'CD', 'EX']);

/** "that" at `that` opens a clause: a subject and a finite verb within five words ("planned that way" does not). */
function opensClause(tokens: readonly Token[], that: number): boolean {
  if (!CLAUSE_SUBJECT_TAGS.has(primaryTag(tokens[that + 1]))) return false;
  // Any finite reading: "that two schools merge" ("merge" is read first as a base form).
  for (let k = that + 2; k < tokens.length && k - that <= 6 && tokens[k]!.kind !== 'punct'; k++) if (hasFiniteReading(tokens[k]!)) return true;
  return false;
}

/** "It is planned that the stadium will open" → "The plan is that". */
function plannedThat(tokens: readonly Token[], i: number): Report | undefined {
  const it = tokens[i]!;
  const be = tokens[i + 1];
  const planned = tokens[i + 2];
  if ((be?.lower !== 'is' && be?.lower !== 'was') || !PLANNED.has(planned?.lower ?? '')) return undefined;
  const comma = tokens[i + 3]?.text === ',' ? 1 : 0;
  if (tokens[i + 3 + comma]?.lower !== 'that' || !opensClause(tokens, i + 3 + comma)) return undefined;
  const english = `the plan ${be!.lower} that`;
  return {
    start: it.start,
    end: tokens[i + 3 + comma]!.end,
    message: `"${it.text} ${be!.text} ${planned!.text} that" renders German "es ist geplant/vorgesehen, dass" or Russian "планируется, что"; English says "${english}" or makes the plan's subject the sentence's ("the stadium is to open").`,
    suggestions: [{ start: it.start, end: tokens[i + 3 + comma]!.end, replacement: withCaseOf(it.text, english) }],
  };
}

const TIME_UNITS = new WordSet(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
const FEW = new WordSet(['a', 'an', 'several', 'many', 'few', 'some']);

/** The index after a length of time at `d` ("three days", "a week", "several years", "10 months", "weeks"), or -1. */
function durationEnd(tokens: readonly Token[], d: number): number {
  if (PLURAL_UNITS.hasToken(tokens[d] ?? tokens[0]!)) return d + 1;
  const end = FEW.hasToken(tokens[d] ?? tokens[0]!) ? d + 1 : cardinalEnd(tokens, d);
  return end > d && TIME_UNITS.hasToken(tokens[end] ?? tokens[0]!) ? end + 1 : -1;
}
const PLURAL_UNITS = new WordSet(['hours', 'days', 'weeks', 'months', 'years', 'decades', 'ages']);
// Subjects of the clause after "that" besides the pronouns: "It's been weeks that nobody cleans the stairs".
const NEGATIVE_SUBJECTS = new WordSet(['nobody', 'nothing', 'noone']);

const isNegation = (t: Token) => NEGATIONS.test(t.lower) || /n['’]t$/.test(t.lower);

const SUBJECT_PRONOUNS = new WordSet(['i', 'you', 'he', 'she', 'we', 'they']);
const NEGATIONS = /^(?:not|never|n['’]t|no)$/;

/**
 * "It's been three days that I haven't slept" (French "ça fait trois jours que", Spanish "hace tres días que", Italian
 * "sono tre giorni che"): "it has been" or "it is" + a length of time + "that" + a subject and its verb. English says "I
 * haven't slept for three days" or "It's been three days since I slept". The clause's subject tells it from a cleft
 * ("It's been three days that changed everything"), and its negation or present tense from "It is ten years that we
 * spent abroad" read as a cleft of the object.
 */
function durationThat(tokens: readonly Token[], i: number): Report | undefined {
  let k = i + 1;
  const be = tokens[k]?.lower ?? '';
  if (/^(?:'s|’s|has|is)$/.test(be) && tokens[k + 1]?.lower === 'been') k += 2;
  else if (be === 'is' || be === "'s" || be === '’s') k += 1;
  else return undefined;
  // "It's already two hours that …" (French "ça fait déjà deux heures que").
  if (/^(already|now|almost|nearly|over)$/.test(tokens[k]?.lower ?? '')) k++;
  const end = durationEnd(tokens, k);
  const subject = tokens[end + 1];
  if (end < 0 || tokens[end]?.lower !== 'that' || !isWordToken(subject)) return undefined;
  if (SUBJECT_PRONOUNS.hasToken(subject)) {
    // "lives", "works": the lexicon may read a present first as a plural noun; after a pronoun subject it is the verb.
    const verb = tokens[end + 2];
    const present = isWordToken(verb) && (verb.tags.includes('VBP') || verb.tags.includes('VBZ'));
    if (!present && !tokens.slice(end + 2, end + 5).some(isNegation)) return undefined;
  } else if (/^(DT|PRP\$)$/.test(primaryTag(subject)) && subject.lower !== 'that') {
    // A noun phrase's clause only when negated: "that the town remembers" may be a cleft of the object.
    if (!tokens.slice(end + 3, end + 7).some(isNegation)) return undefined;
  } else if (!NEGATIVE_SUBJECTS.hasToken(subject)) return undefined;
  const length = tokens.slice(k, end).map((t) => t.text).join(' ');
  return {
    start: tokens[i]!.start,
    end: tokens[end]!.end,
    message: `"${tokens.slice(i, end + 1).map((t) => t.text).join(' ')}" renders French "ça fait … que" or Spanish "hace … que"; English puts the clause first and the time after "for" ("… for ${length}") or says "It's been ${length} since …".`,
    suggestions: [],
  };
}

const TAKE_FORMS = new WordSet(['take', 'takes', 'took', 'taking', 'taken']);
const AUXILIARIES = new WordSet(['am', "'m", '’m', 'is', 'are', "'re", '’re', 'have', "'ve", '’ve', 'has', 'had', 'was', 'were', 'been']);

/**
 * "I take two years without seeing my brother" (Spanish "llevo dos años sin ver a mi hermano"): a person's subject +
 * "take" + a length of time + "without" + an -ing form. English says "I haven't seen my brother for two years". With
 * "it" ("it took three hours without stopping") the time is what a task lasted, and English.
 */
function takeWithout(tokens: readonly Token[], v: number): Report | undefined {
  let s = v - 1;
  while (s > 0 && AUXILIARIES.hasToken(tokens[s]!)) s--;
  if (!SUBJECT_PRONOUNS.hasToken(tokens[s] ?? tokens[v]!)) return undefined;
  const end = durationEnd(tokens, v + 1);
  // "hearing", "meeting": an -ing form the lexicon reads first as a noun is the gerund after "without".
  if (end < 0 || tokens[end]?.lower !== 'without' || !isWordToken(tokens[end + 1]) || !tokens[end + 1]!.tags.includes('VBG')) return undefined;
  return {
    start: tokens[v]!.start,
    end: tokens[end]!.end,
    message: `"${tokens.slice(v, end + 1).map((t) => t.text).join(' ')}" renders Spanish "llevar … sin"; English says "haven't … for ${tokens.slice(v + 1, end).map((t) => t.text).join(' ')}".`,
    suggestions: [],
  };
}

export default defineRule({
  meta: {
    id: 'impersonal-calque',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A German, Russian, Polish, French or Spanish impersonal clause kept word for word: "it came to clashes", "On Monday came to a collision", "it goes about", "it is worth to mention", "it is not excluded that", "it remains to hope", "it is planned that", "it\'s been three days that I haven\'t slept", "I take two years without seeing".',
    sourceHint: 'German "es kam zu", "es geht um", "es lohnt sich zu", "es ist geplant, dass"; Russian "стоит отметить", "не исключено, что", "остаётся надеяться", "планируется, что".',
    fixable: true,
  },
  needs: [(t) => t.lower === 'it' || t.lower === 'worth' || THERE_BE.has(t.lower) || TAKE_FORMS.hasToken(t)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i]!;
      const report = t.lower === 'it'
        ? (cameTo(tokens, i, i + 1) ?? goesAbout(tokens, i) ?? notExcluded(tokens, i) ?? remainsToHope(tokens, i) ?? plannedThat(tokens, i) ?? durationThat(tokens, i))
        : TAKE_FORMS.hasToken(t) ? takeWithout(tokens, i)
        : t.lower === 'worth' ? worthTo(tokens, i)
        : THERE_BE.has(t.lower) && onlyAdjunctsBefore(tokens, i) ? cameTo(tokens, i, i) : undefined;
      if (report) reports.push(report);
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'After the final it came to riots in the old town.', output: 'After the final there were riots in the old town.' },
      { text: 'Outside the stadium it came to scuffles.', output: 'Outside the stadium there were scuffles.' },
      { text: 'On the bridge it came to a collision of two buses.', output: 'On the bridge there was a collision of two buses.' },
      { text: 'On Sunday near the station came to a shooting.', output: 'On Sunday near the station there was a shooting.' },
      { text: 'In the night to Friday came to clashes between fans.', output: 'In the night to Friday there were clashes between fans.' },
      { text: 'On the motorway it comes to long delays every Friday.', output: 'On the motorway there are long delays every Friday.' },
      { text: 'During the rush hour it comes to traffic jams on the ring road.', output: 'During the rush hour there are traffic jams on the ring road.' },
      { text: 'In the new novel it goes about a family in Gdansk.', output: 'In the new novel it is about a family in Gdansk.' },
      { text: 'It is worth to visit the old harbour.', output: 'It is worth visiting the old harbour.' },
      { text: 'It is not excluded that the bridge will close.', output: 'It is possible that the bridge will close.' },
      { text: 'It remains to hope that the rain stops.', output: 'We can only hope that the rain stops.' },
      { text: 'It remains only to wait for the results.', output: 'We can only wait for the results.' },
      { text: "It's been two weeks that we don't have hot water." },
      { text: 'It has been six months that he lives in Lyon.' },
      { text: "It's been weeks that the lift doesn't work." },
      { text: 'We take three months without hearing from him.' },
      { text: "I've been taking a year without visiting my parents." },
      { text: 'It is planned that the new ferry will start in May.', output: 'The plan is that the new ferry will start in May.' },
      { text: 'In the village it was foreseen, that two schools merge.', output: 'In the village the plan was that two schools merge.' },
    ],
    valid: [
      'When it comes to prices, the shop is cheap.',
      'If it came to votes, the plan would fail.',
      'It came to blows outside the bar.',
      'It came to a head in the spring.',
      "It's been three years that changed the town.",
      'It was ten years that we spent abroad.',
      "It's been years that the town remembers.",
      "It's been two weeks since we had hot water.",
      'It took three hours without stopping.',
      'We take two days off without asking.',
      'I take a walk without fail every day.',
      'It came to a vote on Friday.',
      'It came to a halt at the lights.',
      'On Monday the train came to a halt.',
      'In the end came to a vote.',
      'After some time he came to an open field.',
      'The bill came to 40 euros.',
      'It came to light that the files were missing.',
      'It came to nothing in the end.',
      'The firm is changing how it goes about hiring.',
      'The way it went about the repairs was slow.',
      'It goes about its work quietly.',
      'The film is about a family in Gdansk.',
      'It is worth visiting the old harbour.',
      'The ring was of little worth to anyone.',
      'It remains to be seen whether the plan works.',
      'It remains to show that the sum is finite.',
      'The option is not excluded from the list.',
      'Nothing was excluded, not even the old files.',
      'It is planned to double the number of teams.',
      'It was planned that way from the start.',
      'The trip was planned so that everyone could come.',
    ],
  },
});
