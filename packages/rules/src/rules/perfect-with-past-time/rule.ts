import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, nounSenses, nounSingular, primaryTag, isAdjective, isAdverb, isDeterminer, isFiniteVerb, isModal, isPastForm, isPastParticiple, isSubordinator, isWordToken, isYearNumber, quotedMask, verbBase, type Token, WordSet } from '@mtlint/text';
import { MONTHS, WEEKDAYS } from '../../calendar.js';

// German tells the past with its perfect ("Die Polizei hat gestern zwei Männer festgenommen"), Russian MT often
// copies an English perfect it chose for a completed act. English keeps the present perfect for a past that reaches
// into the present: with a time that is over and done ("yesterday", "three years ago", "last week", "on Monday")
// it has the simple past.

const LAST_NOUNS = new Set([...WEEKDAYS, 'week', 'month', 'year', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'evening', 'morning', 'decade', 'century']);
// Words before a time that make it the limit or the measure of a span, which the perfect takes ("since last week",
// "within the last year", "for the last decade", "over the last month"), or a modifier of a noun ("of yesterday").
const SPAN_WORDS = new WordSet(['since', 'within', 'for', 'over', 'during', 'until', 'till', 'by', 'from', 'of', 'than', 'above', 'below', 'before', 'after', 'throughout', 'the', 'in', 'as', 'like', 'with', 'versus']);
// Where the perfect's clause ends: a coordinated or compared clause, or a subject pronoun opening a new one ("has
// gained more than they lost last week", "has said they left on Monday").
const CLAUSE_WORDS = new WordSet(['and', 'but', 'or', 'while', 'whereas', 'than', 'i', 'he', 'she', 'we', 'they', 'you']);

// After a year, what makes it reach the present: "has risen in 2019 alone", "in 2019 so far", "in 2019-2020".
const YEAR_REACHES = new Set(['alone', 'so', 'to', 'already', '-', '–', '/']);
// A year counts as over when it is before last year on the clock: "has risen in 2026" may be said during 2026 or
// early in 2027; "has been named in 2019" is over. Read once, when the rule loads.
const LAST_OPEN_YEAR = new Date().getUTCFullYear() - 1;

// The words of the past times `pastTimeAt` reads: "yesterday", "last …", "… ago", "on Monday", "in 2019".
const PAST_TIME_WORDS: ReadonlySet<string> = new Set([
  'yesterday', 'last', 'ago', ...WEEKDAYS,
  ...Array.from({ length: Math.max(0, Math.min(LAST_OPEN_YEAR, 2100) - 1800) }, (_, k) => String(1800 + k)),
]);

/** "in 2019", "in May 2019": a year that is over, not followed by what makes it reach the present. */
function pastYearAt(tokens: readonly Token[], i: number): number | undefined {
  let k = i + 1;
  if (MONTHS.has(tokens[k]?.lower ?? '') && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  const year = tokens[k];
  if (year?.kind !== 'number' || !isYearNumber(year.text) || Number(year.text) >= LAST_OPEN_YEAR) return undefined;
  // "the murder in 1935 of her son-in-law": a year before "of" dates a noun, not the verb.
  return YEAR_REACHES.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'of' ? undefined : k;
}

/** The past time that closes the span at `i`, or undefined: its last token's index. */
function pastTimeAt(tokens: readonly Token[], i: number, present = false): number | undefined {
  const t = tokens[i]!;
  // With a present tense "on Monday" is the next Monday ("The shop opens on Monday") and "in 2019" may head a
  // historical present; only "yesterday", "last …" and "… ago" are over for certain.
  if (present && (t.lower === 'on' || t.lower === 'in')) return undefined;
  const before = tokens[i - 1];
  if (before !== undefined && SPAN_WORDS.hasToken(before)) return undefined;
  // "over this time last year", "the same time last week": the time dates a comparison, not the verb (Brown).
  if (before?.lower === 'time') return undefined;
  // "yesterday and today" reaches the present.
  if (t.lower === 'yesterday') return tokens[i + 1]?.lower === 'and' ? undefined : i;
  if (t.lower === 'last' && LAST_NOUNS.has(tokens[i + 1]?.lower ?? '')) return i + 1;
  // "on Monday", not "on Mondays" (a habit the perfect can sum up).
  if (t.lower === 'on' && WEEKDAYS.has(tokens[i + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[i + 1]!.text)) return i + 1;
  if (t.lower === 'in') return pastYearAt(tokens, i);
  // "three years ago", "a week ago"; "long ago" may go with the perfect ("has long ago stopped").
  if (t.lower === 'ago' && before !== undefined && before.lower !== 'long' && /^(NNS?|CD)$/.test(before.tags[0] ?? '')) {
    // "have risen from a year ago", "higher than three years ago": the span word stands before the whole length.
    let start = i - 1;
    while (start > 0 && i - start < 4 && /^(DT|CD|JJ)$/.test(tokens[start - 1]!.tags[0] ?? '')) start--;
    return start > 0 && SPAN_WORDS.hasToken(tokens[start - 1]!) ? undefined : i;
  }
  return undefined;
}

/** "has … announced", "have been … arrested": the perfect's participle after adverbs and "been" (-1 when none). */
function participleAfter(tokens: readonly Token[], have: number): { participle: number; been: number } | undefined {
  let k = have + 1;
  while (isWordToken(tokens[k]) && isAdverb(tokens[k]!) && tokens[k]!.lower !== 'yesterday' && k - have < 3) k++;
  let been = -1;
  if (tokens[k]?.lower === 'been') {
    been = k;
    k++;
  }
  const p = tokens[k];
  // "have a chance": the lexicon's stray participle reading of a determiner is no participle.
  if (!isWordToken(p) || !isPastParticiple(p) || isDeterminer(p) || p.lower === 'got' || p.lower === 'gotten') return undefined;
  return { participle: k, been };
}

/**
 * Whether token `k`, after the perfect's participle, starts another verb's clause: a finite verb that is not a noun
 * after a determiner ("the suspect"), or a participle after a noun, which opens a reduced relative that owns the
 * time after it ("approved the plan announced last week", "the work done some weeks ago").
 */
function opensVerb(tokens: readonly Token[], k: number, participle: number): boolean {
  if (k <= participle + 1) return false;
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  const beforeTag = before.tags[0] ?? '';
  const afterNoun = beforeTag === 'NN' || beforeTag === 'NNS' || beforeTag === 'NNP' || beforeTag === 'NNPS';
  // The lexicon's stray verb readings of prepositions ("in" has a VBD among its tags) open nothing.
  if (afterNoun && t.tags[0] !== 'IN' && (t.tags.includes('VBN') || t.tags.includes('VBD'))) return true;
  // A word read first as a participle opens its own reduced relative ("of young born in 1940"), unless it stands
  // between a determiner, adjective or possessive and a noun as an adjective ("the flooded villages").
  const next = tokens[k + 1];
  const nextTag = next?.tags[0];
  const modifier = isWordToken(before) && (isDeterminer(before) || isAdjective(before) || beforeTag === 'PRP$') && isWordToken(next) && (nextTag === 'NN' || nextTag === 'NNS' || nextTag === 'JJ');
  if (t.tags[0] === 'VBN' && t.lower !== 'been' && !modifier) return true;
  if (!isFiniteVerb(t) || isPastParticiple(t)) return false;
  return !(isWordToken(before) && (isDeterminer(before) || isAdjective(before) || before.tags[0] === 'PRP$'));
}

/** The finished time after the perfect's participle, in the same clause ("has arrested two men yesterday"). */
function pastTimeAfter(tokens: readonly Token[], participle: number, present = false): { start: number; end: number } | undefined {
  for (let k = participle + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") return undefined;
    // "to" + a base form is an infinitive with a time of its own ("agreed to meet on Monday"); "to manager" is not.
    const infinitive = t.lower === 'to' && tokens[k + 1]?.tags[0] === 'VB';
    if (isWordToken(t) && (CLAUSE_WORDS.hasToken(t) || infinitive || (isSubordinator(t) && t.lower !== 'ago') || isModal(t) || opensVerb(tokens, k, participle))) {
      return undefined;
    }
    // "including a coup in 2006": examples of what the perfect sums up, each with its own time.
    if (t.lower === 'including') return undefined;
    const end = pastTimeAt(tokens, k, present);
    // A year after a "since" that opens the span ("since 2005 has experienced … in 2008") is one of its events.
    if (end !== undefined && t.lower === 'in' && tokens.slice(0, participle).some((w) => w.lower === 'since')) return undefined;
    if (end !== undefined) return { start: k, end };
  }
  return undefined;
}

/**
 * A finished time that opens the sentence before the perfect's subject ("Last year the firm has earned …", "On
 * Monday, the council has approved …", "Two weeks ago the club has …"): the time, when only a subject noun phrase
 * stands between it (and a comma) and the perfect at `have`. A time that is itself the subject ("Last week has been
 * hard") has no noun phrase after it.
 */
function frontedPastTime(tokens: readonly Token[], have: number, present = false): { start: number; end: number } | undefined {
  const first = tokens[0]!;
  let end: number | undefined;
  if (first.lower === 'yesterday' || first.lower === 'last' || first.lower === 'on' || first.lower === 'in') end = pastTimeAt(tokens, 0, present);
  else if (tokens[2]?.lower === 'ago') end = pastTimeAt(tokens, 2, present);
  // "Yesterday's storm", "Last year's winner": the time is a possessive in the subject.
  if (end === undefined || /^['’]s$/.test(tokens[end + 1]?.lower ?? '')) return undefined;
  let k = end + 1;
  if (tokens[k]?.text === ',') k++;
  if (have - k < 1 || have - k > 5) return undefined;
  for (let j = k; j < have; j++) {
    const t = tokens[j]!;
    // A finite verb ends the subject, unless a determiner makes it a noun ("the suspect"). So does a past the lexicon
    // reads first as its participle ("Last night crews brought a barn fire under control": "brought" is the
    // sentence's verb, and "blaze" its object, not a bare present).
    const verb = isFiniteVerb(t) || isPastForm(t);
    if (!isWordToken(t) || (verb && !(j > k && isDeterminer(tokens[j - 1]!))) || isSubordinator(t) || isModal(t)) return undefined;
  }
  return { start: 0, end };
}

const SINGULAR_PRONOUNS = new WordSet(['he', 'she', 'it']);
const PLURAL_PRONOUNS = new WordSet(['they', 'we', 'you', 'i']);
// Words that say how recent a past time is: "only last year", "just yesterday".
const RECENT = new WordSet(['only', 'just']);

// Present tenses that report or state rather than tell: "says", "is", "has", "does" (a newspaper's "says" with
// "yesterday" is its house style; "is" with a past time heads a comparison as often as a slip).
// Verbs of seeming compare with the past ("It seems like only last year that …").
const NOT_TOLD = new Set(['be', 'have', 'do', 'say', 'tell', 'add', 'note', 'write', 'seem', 'appear', 'look', 'feel', 'sound', 'remain', 'know', 'remember', 'recall']);

/**
 * "Yesterday the ministry announces new rules", "The company reports a loss last week": a present tense with a
 * finished past time. Chinese marks no tense, and MT from it leaves a present beside the time that says the past.
 */
function presentWithPastTime(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  if (verb.kind !== 'word' || verb.text !== verb.lower) return undefined;
  // A present after its subject: a pronoun, a noun or a name, not a modal, "to" or a determiner ("the works"). The
  // lexicon reads some presents first as plurals ("reports") or base forms ("arrest"); after a subject of the
  // matching number they are the verb. This is asked of every word: the first tag rules most words out before the
  // word before it is read, and tags and words are compared as strings rather than matched against patterns (a
  // pattern literal in a function is a new object each time it is reached).
  const tag = verb.tags[0];
  if (tag !== 'VBZ' && tag !== 'VBP' && tag !== 'NNS' && tag !== 'VB' && !((tag === 'JJ' || tag === 'NN') && verb.tags.includes('VB'))) return undefined;
  const previous = tokens[v - 1];
  if (!isWordToken(previous)) return undefined;
  const subjectTag = previous.tags[0] ?? '';
  const singular = subjectTag === 'NN' || subjectTag === 'NNP' || SINGULAR_PRONOUNS.hasToken(previous);
  const plural = subjectTag === 'NNS' || subjectTag === 'NNPS' || PLURAL_PRONOUNS.hasToken(previous);
  if (!singular && !plural) return undefined;
  // The plural read as a present needs a determiner before its subject's noun: "the company reports", not the
  // compounds "occupancy rates", "dealer stocks".
  const determinerTag = tokens[v - 2]?.tags[0] ?? '';
  const determined = determinerTag === 'DT' || determinerTag === 'PRP$' || subjectTag === 'PRP';
  // "Yesterday the border guards could …": a plural before a modal or a verb is the subject's noun.
  const after = tokens[v + 1];
  if (tag === 'NNS' && isWordToken(after) && (isModal(after) || /^VB[DZP]$/.test(after.tags[0] ?? ''))) return undefined;
  // "the prime minister meet", "the city council approve": adjectives and noun modifiers may stand before the noun.
  let d = v - 2;
  while (d > v - 5 && d >= 0 && /^(JJ|NN)$/.test(tokens[d]!.tags[0] ?? '') && tokens[d]!.text === tokens[d]!.lower) d--;
  const modifiedDetermined = d < v - 2 && d >= 0 && (tokens[d]!.tags[0] === 'DT' || tokens[d]!.tags[0] === 'PRP$');
  const bare = singular && bareAfterSingular(tokens, v, determined || modifiedDetermined || subjectTag === 'NNP');
  // After "we", "they", "I" or "you" a word with a present reading is the verb ("Last summer we visit Rome": "visit"
  // is read first as a noun).
  const afterPronoun = plural && subjectTag === 'PRP' && tag === 'NN' && verb.tags.includes('VBP');
  const present = bare || afterPronoun || tag === 'VBZ' || tag === 'VBP' || (singular && determined && tag === 'NNS' && verb.tags.includes('VBZ')) || (plural && determined && tag === 'VB' && verb.tags.includes('VBP'));
  if (!present) return undefined;
  const base = verbBase(verb.lower);
  // A base form after a singular subject is no present of report or state: "Yesterday the minister say" is as wrong
  // as "announce". It is no present at all, so "on Monday" and "in 2019" are the past here too.
  // "Two years ago the museum is renovated": a present passive with a finished time is the source's past passive
  // (German "wurde … renoviert" read as "is", Chinese 被 with no tense); a state after "is" ("is closed") is one too.
  const passiveBe = (verb.lower === 'is' || verb.lower === 'are') && isWordToken(after) && (primaryTag(after) === 'VBN' || (after.tags.includes('VBN') && after.lower.endsWith('ed')));
  if (!bare && !passiveBe && NOT_TOLD.has(base)) return undefined;
  const time = frontedPastTime(tokens, v, !bare) ?? pastTimeAfter(tokens, v, !bare);
  if (!time) return undefined;
  // "Last week the factory let all workers go home": a verb of letting, making or helping before the subject makes
  // the present form its bare infinitive.
  for (let k = 0; k < v - 1; k++) if (BARE_INFINITIVE_BEFORE.hasToken(tokens[k]!) && tokens[k]!.lower !== 'that' && tokens[k]!.lower !== 'to') return undefined;
  // "The team play on Sunday", "On Monday the council meet": British English gives a group a plural verb, and with a
  // present "on Monday" is the next Monday. Only "yesterday", "last …", "… ago" and a past year are over for certain.
  if (bare && tokens[time.start]!.lower === 'on' && (time.start > v || nounSenses(nounSingular.of(previous)).includes('noun.group'))) return undefined;
  // "Last year a boy he knows …": a pronoun inside the fronted subject opens a relative clause with its own verb;
  // "only last year", "just yesterday" say how recent, beside a present that compares.
  if (time.start < v && tokens.slice(time.end + 2, v).some((t) => t.tags[0] === 'PRP')) return undefined;
  if (RECENT.has(tokens[time.start - 1]?.lower ?? '')) return undefined;
  const past = passiveBe ? (verb.lower === 'is' ? 'was' : 'were') : conjugateVerb(base, 'VBD');
  // "Last year we put in place …": a past spelled like the present ("put", "cut", "set", "read") is the past.
  if (past === verb.lower) return undefined;
  const fronted = time.start < v;
  return {
    start: fronted ? tokens[time.start]!.start : verb.start,
    end: fronted ? verb.end : tokens[time.end]!.end,
    message: `A present tense with a finished past time ("${tokens.slice(time.start, time.end + 1).map((t) => t.text).join(' ')}"); English uses the simple past: "${past}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: past }],
  };
}

// Verbs and words after which a noun and a base form are an object and its infinitive ("helped the city build",
// "let the firm close", "demanded that the minister resign"): the base form is no tense at all there.
const BARE_INFINITIVE_BEFORE = new WordSet(['let', 'lets', 'make', 'makes', 'made', 'help', 'helps', 'helped', 'see', 'saw', 'watch', 'watched', 'hear', 'heard', 'have', 'has', 'had', 'that', 'lest', 'to']);

/**
 * Chinese marks no tense and MT from it leaves the base form: "Yesterday the company announce a plan", "Last year
 * the city build a new school". Whether the word at `v`, after a singular subject, is such a bare verb: read first as
 * a base verb ("announce", "build"), or as a noun or adjective with a base reading when an object follows ("visit
 * three countries", "open the bridge": "the company report showed" is a compound). The subject must open its clause
 * (a name or pronoun, or a determiner and one noun), with nothing before it that makes the base form an infinitive.
 */
function bareAfterSingular(tokens: readonly Token[], v: number, subjectOpens: boolean): boolean {
  const verb = tokens[v]!;
  if (!subjectOpens || !verb.tags.includes('VB')) return false;
  const next = tokens[v + 1];
  const nextTag = next?.tags[0] ?? '';
  if (verb.tags[0] !== 'VB' && !(isWordToken(next) && (nextTag === 'DT' || nextTag === 'CD' || nextTag === 'PRP$' || next.kind === 'number'))) return false;
  const subject = tokens[v - 1]!;
  const start = subject.tags[0] === 'NN' ? v - 2 : v - 1;
  for (let k = 0; k < start; k++) if (BARE_INFINITIVE_BEFORE.hasToken(tokens[k]!) || isModal(tokens[k]!)) return false;
  return true;
}

/**
 * "When has the accident happened?", "When have the police arrived?": a question about the point in time of an
 * event, which English asks in the simple past ("When did the accident happen?"); German "Wann ist der Unfall
 * passiert?" and Russian MT keep the perfect. A rhetorical "When have I ever …" / "When has it ever been easy?" is
 * English: not with "ever" or "never", nor with "I" as the subject.
 */
function whenPerfect(tokens: readonly Token[], text: string): Report | undefined {
  if (tokens[0]?.lower !== 'when' || tokens.at(-1)?.text !== '?') return undefined;
  const have = tokens[1];
  if (have === undefined || (have.lower !== 'has' && have.lower !== 'have')) return undefined;
  if (tokens.some((t) => t.lower === 'ever' || t.lower === 'never' || t.lower === 'i')) return undefined;
  // The subject: a pronoun, or up to five words of a noun phrase, then the participle (or "been" + a participle).
  let k = 2;
  while (k < 7 && isWordToken(tokens[k]) && !isPastParticiple(tokens[k]!) && tokens[k]!.lower !== 'been') k++;
  if (k === 2 || k >= 7) return undefined;
  const subject = text.slice(tokens[2]!.start, tokens[k - 1]!.end);
  const been = tokens[k]!.lower === 'been';
  const participle = tokens[been ? k + 1 : k];
  if (!isWordToken(participle) || !isPastParticiple(participle) || isDeterminer(participle)) return undefined;
  const replacement = been
    ? `${have.lower === 'has' ? 'was' : 'were'} ${subject}`
    : `did ${subject} ${verbBase(participle.lower)}`;
  const end = been ? tokens[k]!.end : participle.end;
  return {
    start: tokens[0]!.start,
    end: participle.end,
    message: `"When" asks for a point in the past, which English puts in the simple past ("When ${replacement}${been ? ` ${participle.text}` : ''} …?"), not the present perfect.`,
    suggestions: [{ start: have.start, end, replacement }],
  };
}

function simplePast(participle: Token): string {
  return conjugateVerb(verbBase(participle.lower), 'VBD');
}

export default defineRule({
  meta: {
    id: 'perfect-with-past-time',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.7,
    description: 'A present perfect or present with a finished past time: "The police have arrested two men yesterday", "Yesterday the council approves …".',
    sourceHint: 'The German perfect is a past tense ("hat gestern … festgenommen"); English uses the simple past with a past time.',
    fixable: false,
  },
  // A report needs a finished past time (every one `pastTimeAt` reads holds one of PAST_TIME_WORDS); a base form
  // after a singular subject takes every one of them, so no verb word is needed beside it; or "when" (a question).
  needs: [new Set([...PAST_TIME_WORDS, 'when'])],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const when = whenPerfect(tokens, ctx.doc.text);
    if (when && !quotedMask(sentence)[0]) reports.push(when);
    let quoted: boolean[] | undefined;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const have = tokens[i]!;
      if (have.lower !== 'has' && have.lower !== 'have') {
        const present = presentWithPastTime(tokens, i);
        if (present) {
          quoted ??= quotedMask(sentence);
          if (!quoted[i]) reports.push(present);
        }
        continue;
      }
      // "must have left yesterday", "to have met last week": a perfect infinitive is a past.
      const previous = tokens[i - 1];
      if (previous !== undefined && (isModal(previous) || previous.lower === 'to')) continue;
      const group = participleAfter(tokens, i);
      if (!group) continue;
      const time = frontedPastTime(tokens, i) ?? pastTimeAfter(tokens, group.participle);
      if (!time) continue;
      quoted ??= quotedMask(sentence);
      if (quoted[i]) continue;
      const participle = tokens[group.participle]!;
      const subject = previous?.lower ?? '';
      const replacement =
        group.been >= 0
          ? `${have.lower === 'has' || subject === 'i' ? 'was' : 'were'}`
          : simplePast(participle);
      // The passive keeps its participle ("have been arrested" → "were arrested"); the active drops "has" and
      // takes the past ("has announced" → "announced"); adverbs between stay where they are.
      const suggestion =
        group.been >= 0
          ? { start: have.start, end: tokens[group.been]!.end, replacement: `${replacement}${textBetween(tokens, i, group.been)}` }
          : { start: have.start, end: participle.end, replacement: `${textBetween(tokens, i, group.participle).trimStart()}${group.participle > i + 1 ? ' ' : ''}${replacement}` };
      const fronted = time.start < i;
      reports.push({
        start: fronted ? tokens[time.start]!.start : have.start,
        end: fronted ? participle.end : tokens[time.end]!.end,
        message: `A present perfect with a finished past time ("${tokens.slice(time.start, time.end + 1).map((t) => t.text).join(' ')}"); English uses the simple past: "${suggestion.replacement}".`,
        suggestions: [suggestion],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The police have arrested two men yesterday.', output: 'The police arrested two men yesterday.' },
      { text: 'The museum has been opened three years ago.', output: 'The museum was opened three years ago.' },
      { text: 'The mayor has already signed the contract last week.', output: 'The mayor already signed the contract last week.' },
      { text: 'The bakery has sold its old shop on Friday.', output: 'The bakery sold its old shop on Friday.' },
      { text: 'Police has detained the suspect yesterday.', output: 'Police detained the suspect yesterday.' },
      { text: 'She has been promoted to manager last spring.', output: 'She was promoted to manager last spring.' },
      { text: 'Two climbers have been rescued from the glacier last night.', output: 'Two climbers were rescued from the glacier last night.' },
      { text: 'Last spring the bakery has opened a second shop.', output: 'Last spring the bakery opened a second shop.' },
      { text: 'Three days ago, the ferry has been repaired.', output: 'Three days ago, the ferry was repaired.' },
      { text: 'She has been appointed head of the archive in 2017.', output: 'She was appointed head of the archive in 2017.' },
      { text: 'In 2015, the club has won the cup.', output: 'In 2015, the club won the cup.' },
      { text: 'Yesterday the council approves the new budget.', output: 'Yesterday the council approved the new budget.' },
      { text: 'The bakery opens a second shop two weeks ago.', output: 'The bakery opened a second shop two weeks ago.' },
      { text: 'Last year the city build a new school.', output: 'Last year the city built a new school.' },
      { text: 'Yesterday the ministry announce new rules.', output: 'Yesterday the ministry announced new rules.' },
      { text: 'Last spring we visit Lisbon and Porto.', output: 'Last spring we visited Lisbon and Porto.' },
      { text: 'When has the accident happened?', output: 'When did the accident happen?' },
      { text: 'When has the bridge been built?', output: 'When was the bridge built?' },
      { text: 'Two years ago the museum is renovated completely.', output: 'Two years ago the museum was renovated completely.' },
    ],
    valid: [
      'Vegetable prices have risen sharply from a year ago.',
      'Sales have grown faster than two years ago.',
      'The police arrested two men yesterday.',
      'The museum has been open since last year.',
      'Prices have risen over the last decade.',
      'She must have left yesterday.',
      'He has said that the shop opened last week.',
      'The club has agreed to meet on Monday.',
      'Sales have doubled compared with last year.',
      'The firm has long ago stopped making toys.',
      'Exports have risen in 2015 alone by a fifth.',
      'She has spent years in prison for the murder in 1935 of her partner.',
      'He has written of the young born in March 1940.',
      'The Orioles still have a chance to win the pennant in 1961.',
      'The country since 2005 has experienced several crises, including a coup in 2006.',
      'Since 2005 the country has held elections in 2008 and 2012.',
      'The shop opens on Monday.',
      'It seems like only last year that we met.',
      'Last year we put new rules in place.',
      'Last year a boy he knows won the prize.',
      'Last night crews brought a barn fire near the motorway under control within an hour.',
      'On Friday divers caught a shark attack on camera.',
      'The minister says the deal was signed yesterday.',
      'Occupancy rates in the hotels ranged from 48 to 74 percent last year.',
      'The hall has been closed on Mondays for years.',
      'He has spoken little since the fire last Saturday.',
      'We have had rain every day for the last week.',
      'The council has approved the plan announced last week.',
      'The shares have gained more than they lost last week.',
      "Yesterday's storm has damaged many roofs.",
      'Last week has been the busiest of the year.',
      'On Monday the new rules, which have been debated for months, came into force.',
      'Last year the grant helped the city build a new school.',
      'Yesterday the union demanded that the minister resign.',
      'The team play their last match on Sunday.',
      'Yesterday the border guards could not stop the truck.',
      'In 2019 the company report showed a loss.',
      'When have I ever lied to you?',
      'When has it ever been easy?',
      'The report is based on data collected last year.',
      'His attitude is improved over this time last year.',
    ],
  },
});

/** The words strictly between token `from` and token `to`, with the space before each. */
function textBetween(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from + 1; k < to; k++) s += ` ${tokens[k]!.text}`;
  return s;
}
