import { defineRule, type Report } from '@mtlint/engine';
import { cardinalEnd, isAdjective, isCommonNoun, isNumeral, isPreposition, isVerb, isWordToken, lemma, primaryTag, type Token, WordSet } from '@mtlint/text';

// The words that count a period from today or from the time of the story; English gives them "the" unless they stand
// alone as an adverbial of the singular ("last year", "next month").
const RELATIVE = new WordSet(['last', 'next', 'past', 'this']);
// "in this century", "in this decade" are English (Brown); "in this year", "in this season" are the source's
// preposition (Russian "в этом году", Polish "w tym roku").
const THIS_PERIODS = new WordSet(['year', 'month', 'week', 'quarter', 'season', 'summer', 'winter', 'spring', 'autumn', 'weekend', 'semester']);
const PERIODS = new WordSet(['year', 'month', 'week', 'decade', 'century', 'quarter', 'season', 'summer', 'winter', 'spring', 'autumn', 'weekend', 'semester']);
// "days", "hours", "nights" only in the plural: "came in last night", "in last day" are other constructions.
const PERIODS_PLURAL = new WordSet(['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'quarters', 'seasons', 'weekends', 'minutes', 'summers', 'winters']);
// Prepositions after which "last/next + a singular period" is the source's bare phrase ("in last year", "during next
// month"): English drops the preposition or adds "the". "for next year", "since last week", "by next month" and
// "over last year" (a comparison) are English, so they are not here.
const BEFORE_SINGULAR = new WordSet(['in', 'during', 'within', 'throughout']);
// "past" has no bare adverbial reading ("over past decade" is never English), so more prepositions count for it.
const BEFORE_PAST_SINGULAR = new WordSet(['in', 'during', 'within', 'throughout', 'over', 'for', 'from', 'since', 'through']);
const FEW = new WordSet(['few', 'several']);
// Verbs with the particle "in", after which "in last week" is the particle and the adverbial: "moved in last week",
// "was sworn in last month", "the rules were phased in last year".
const PARTICLE_IN_VERBS = new Set([
  'move', 'come', 'get', 'check', 'log', 'sign', 'fill', 'give', 'hand', 'join', 'drop', 'set', 'settle', 'step', 'cave',
  'break', 'plug', 'turn', 'kick', 'pitch', 'tune', 'chip', 'weigh', 'lock', 'let', 'bring', 'take', 'put', 'send',
  'phone', 'call', 'swear', 'vote', 'phase', 'usher', 'pour', 'roll', 'fit', 'sink', 'dig', 'walk', 'fly', 'pop', 'write',
]);
// Before a century or a decade: "early 1990s", "late 19th century".
const PART = new WordSet(['early', 'late', 'mid', 'middle']);
const ORDINAL_WORD = new WordSet([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
]);
const ORDINAL_DIGITS = /^\d{1,2}(st|nd|rd|th)$/;
// "1990s", "90s": a decade (the possessive "1960's" is Brown's "the year's", so it is left out).
const DECADE = /^(1\d|20)?\d0s$/;
const CENTURY = new WordSet(['century', 'centuries']);
const RANGE_ENDS = new WordSet(['to', 'through', 'until', 'till']);

const isWord = (t: Token | undefined, set: WordSet): boolean => isWordToken(t) && set.hasToken(t);

/** A token right against its neighbour with a hyphen between: "19th-century" is an attributive compound. */
const hyphenAt = (t: Token | undefined): boolean => t !== undefined && t.text === '-';

/**
 * The period phrase used attributively, before the noun it classifies ("in 19th century art", "in 1960s Britain",
 * "in last year's vote"): English needs no article there.
 */
function attributive(next: Token | undefined): boolean {
  if (next === undefined) return false;
  if (next.text === "'s" || next.text === '’s' || next.text === "'" || next.text === '’' || hyphenAt(next)) return true;
  if (!isWordToken(next)) return false;
  // "during 1990s thousands of workers left": a number word opens the clause's subject.
  if (isNumeral(next) || /^(hundreds|thousands|millions|dozens|tens)$/.test(next.lower)) return false;
  // A noun reading after a verb form read first: "in 17th century setting", "of nineteenth century thought" (Brown)
  // are compounds. A determiner ("the", which the lexicon also lists as a noun) opens the next phrase.
  const tag = primaryTag(next);
  const nounAfterVerb = (tag === 'VBG' || tag === 'VBD' || tag === 'VBN') && (next.tags.includes('NN') || next.tags.includes('NNS'));
  return next.text !== next.lower || isCommonNoun(next) || nounAfterVerb || (isAdjective(next) && !isVerb(next));
}

/** "in", "during" … or the sentence's start: where an article would have to stand before the period. */
function bareBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // "are to last three days" (Brown): "last" is the infinitive.
  return before === undefined || before.text === ',' || (isWordToken(before) && isPreposition(before) && before.lower !== 'to');
}

export default defineRule({
  meta: {
    id: 'period-without-article',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A period without "the": "in last months", "over past decade", "in 19th century", "during 1990s".',
    sourceHint: 'Russian "в последние месяцы", "в XIX веке", "в 1990-е годы", Polish "w ostatnich latach", "w XIX wieku" and Chinese "近几个月", "在19世纪" have no article; MT writes the period bare.',
    fixable: true,
  },
  needs: [(t) => RELATIVE.hasToken(t) || CENTURY.hasToken(t) || (t.kind === 'number' && DECADE.test(t.text))],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isWord(t, RELATIVE)) {
        const report = relativePeriod(tokens, i);
        if (report) reports.push(report);
        continue;
      }
      const report = centuryOrDecade(tokens, i);
      if (report) reports.push(report);
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Rents in the capital have risen sharply in last months.', output: 'Rents in the capital have risen sharply in the last months.' },
      { text: 'Over past decade, the lake has lost a third of its water.', output: 'Over the past decade, the lake has lost a third of its water.' },
      { text: 'The union has held four strikes during past two years.', output: 'The union has held four strikes during the past two years.' },
      { text: 'Turnout fell in last year.', output: 'Turnout fell last year.' },
      { text: 'The club changed its coach twice in this season.', output: 'The club changed its coach twice this season.' },
      { text: 'The abbey was rebuilt in 17th century.', output: 'The abbey was rebuilt in the 17th century.' },
      { text: 'Since early 1990s the mine has been closed.', output: 'Since the early 1990s the mine has been closed.' },
      { text: 'The feud goes back to 1950s.', output: 'The feud goes back to the 1950s.' },
      { text: 'Within next weeks, the board will name a new chief.', output: 'Within the next weeks, the board will name a new chief.' },
    ],
    valid: [
      'Rents rose last month, the agency said.',
      'The team finished in last place.',
      'At last, the council approved the budget.',
      'Last but not least, the mayor thanked the volunteers.',
      'In past years, the festival drew larger crowds.',
      'Sales grew 5 percent over last year.',
      'The plan for next year is ready.',
      'In last year\'s election, turnout was low.',
      'The museum collects 19th-century art.',
      'The show is set in 17th century France.',
      'She grew up in 1960s Britain.',
      'In the last months of the war, food was scarce.',
      'The abbey was rebuilt in 1690 and again in 1921.',
      'They moved in last week.',
      'Got a new one in last night, he said.',
      'He spent his last years in Lisbon.',
      'The talks are to last three days.',
      'Literary studies changed in this century.',
      'In this year of crisis, the budget shrank.',
      'The play was done in 17th century setting.',
      'Both schools of nineteenth century thought agree.',
      'From the 16th to 19th centuries, the duchy was ruled by bishops.',
    ],
  },
});

/** "in last months", "during past two years", "over past decade", "in next year". */
function relativePeriod(tokens: readonly Token[], i: number): Report | undefined {
  const rel = tokens[i]!;
  // A count between the word and the period: "last two years", "past 24 hours", "next few weeks".
  let k = i + 1;
  const counted = cardinalEnd(tokens, k);
  if (counted > 0) k = counted;
  else if (isWord(tokens[k], FEW)) k++;
  const period = tokens[k];
  if (!isWordToken(period)) return undefined;
  const plural = PERIODS_PLURAL.hasToken(period);
  if (!plural && !PERIODS.hasToken(period)) return undefined;
  if (rel.lower === 'this' && (plural || !THIS_PERIODS.hasToken(period) || tokens[i - 1]?.lower !== 'in')) return undefined;
  if (attributive(tokens[k + 1])) return undefined;
  // "in this year of crisis": the period is the head of a longer phrase, not the bare adverbial.
  if (!plural && tokens[k + 1]?.lower === 'of') return undefined;
  if (!bareBefore(tokens, i)) return undefined;
  const prep = tokens[i - 1];
  const start = i === 0 || prep?.text === ',';
  if (plural) {
    // "in past years", "in past decades": English of its own ("in earlier years"); with a count it needs "the".
    if (rel.lower === 'past' && k === i + 1) return undefined;
  } else if (rel.lower === 'past') {
    if (!start && !isWord(prep, BEFORE_PAST_SINGULAR)) return undefined;
  } else {
    // "in last year": the adverbial "last year" behind a preposition; "in" after a verb may be its particle
    // ("moved in last week").
    if (start || !isWord(prep, BEFORE_SINGULAR) || k !== i + 1) return undefined;
    const verb = tokens[i - 2];
    if (prep!.lower === 'in' && isWordToken(verb) && PARTICLE_IN_VERBS.has(lemma.of(verb))) return undefined;
    if (prep!.lower === 'in') {
      const capital = tokens[i - 2] === undefined;
      const phrase = `${capital ? rel.text[0]!.toUpperCase() + rel.text.slice(1) : rel.text} ${period.text}`;
      return {
        start: prep!.start,
        end: period.end,
        message: `"${rel.lower} ${period.lower}" is an adverbial of its own in English, without "in": "${phrase}".`,
        suggestions: [{ start: prep!.start, end: period.end, replacement: phrase }],
      };
    }
  }
  const article = i === 0 ? 'The' : 'the';
  const word = i === 0 ? rel.lower : rel.text;
  return {
    start: rel.start,
    end: period.end,
    message: `English counts this period with "the": "${article} ${rel.lower} … ${period.lower}".`,
    suggestions: [{ start: rel.start, end: rel.end, replacement: `${article} ${word}` }],
  };
}

/** "in 19th century", "during 1990s", "since early 2000s", "of 20th century". */
function centuryOrDecade(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  let last: number;
  if (t.kind === 'number' && DECADE.test(t.text)) last = i;
  else if ((ORDINAL_DIGITS.test(t.text) || isWord(t, ORDINAL_WORD)) && isWord(tokens[i + 1], CENTURY)) last = i + 1;
  else return undefined;
  if (hyphenAt(tokens[last + 1]) || attributive(tokens[last + 1])) return undefined;
  // "'90s": the apostrophe is a token of its own.
  let first = i;
  if (tokens[first - 1]?.text === "'" || tokens[first - 1]?.text === '’') first--;
  if (isWord(tokens[first - 1], PART)) first--;
  const before = tokens[first - 1];
  if (!isWordToken(before) || !isPreposition(before) || before.lower === 'than') return undefined;
  // The end of a range shares the article of its start: "from the 16th to 19th centuries" (clean-factbook).
  if (RANGE_ENDS.hasToken(before)) {
    for (let k = first - 2; k >= 0 && k >= first - 6; k--) {
      if (tokens[k]!.lower !== 'the') continue;
      const start = isWord(tokens[k + 1], PART) ? tokens[k + 2] : tokens[k + 1];
      if (start !== undefined && (ORDINAL_DIGITS.test(start.text) || isWord(start, ORDINAL_WORD) || DECADE.test(start.text))) return undefined;
    }
  }
  const opening = tokens[first]!;
  return {
    start: opening.start,
    end: tokens[last]!.end,
    message: 'English names a century or a decade with "the": "the 19th century", "the 1990s".',
    suggestions: [{ start: opening.start, end: opening.start, replacement: 'the ' }],
  };
}
