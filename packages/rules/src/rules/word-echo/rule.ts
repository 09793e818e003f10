import { defineRule, type Report } from '@mtlint/engine';
import {
  isAdjective, isAuxiliary, isCommonNoun, isCoordinator, isDeterminer, isModal, isPreposition, isPronoun, isProperNoun, isTitleCase, isVerb,
  lemma, lexiconEntry, quotedMask, SpellingAnswers, startsWithCapital, type Sentence, type Token, WordSet,
} from '@mtlint/text';

// Doubled words that are good English: "had had", "that that", "is is" in speech is not, but these are.
const LEGITIMATE_DOUBLES = new WordSet(['had', 'that', 'very', 'bye', 'so', 'no', 'ha', 'knock', 'well', 'far', 'again', 'more', 'on', 'over', 'round', 'out']);
const PARTICLES = new WordSet(['in', 'up', 'down', 'off', 'through', 'by']);
// "neither act … nor", "both … and": conjunctions that the lexicon tags as determiners.
const CORRELATIVES = new WordSet(['neither', 'either', 'both']);
// How many words after a noun its verb echo may stand: the same word ("the use of … uses") nearby; the verb a noun is
// made of ("the separation of … separated") a little further, as that pair is rarer in good English.
const ECHO_WINDOW = 5;
const NOMINAL_ECHO_WINDOW = 8;

const isNameWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && isProperNoun(t) && isTitleCase(t.text);
// Words of a title or a foreign name, not of a personal name: "Person To Person", "World Peace Through World Law",
// "La Conquete De La Grande-Bretagne".
const isTitleWord = (t: Token) => isPreposition(t) || isDeterminer(t) || isCoordinator(t) || NAME_PARTICLES.has(t.lower);
const NAME_PARTICLES = new WordSet(['de', 'la', 'le', 'les', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'di', 'da', 'el', 'al', 'y']);

/** Closed-class words: a doubled one is a slip wherever it stands ("The the", "of of"). */
const isClosedClass = (t: Token) => isDeterminer(t) || isPreposition(t) || isPronoun(t) || isCoordinator(t) || isAuxiliary(t) || isModal(t);

/**
 * A name given twice, in the source's order and in English order: "Amini Mahsa Amini" (Chinese and Hungarian put
 * the family name first; MT keeps it and adds the English order). Returns the index of the repeated word, or -1.
 */
function nameEcho(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const second = tokens[i + 1];
  if (!isNameWord(t) || second === undefined || second.kind !== 'word' || !isTitleCase(second.text)) return -1;
  if (isTitleWord(t) || isTitleWord(second)) return -1;
  for (let j = i + 2; j <= i + 3 && j < tokens.length; j++) {
    const u = tokens[j]!;
    if (u.text === t.text) return j;
    // A given name between may also be a common word to the lexicon ("Eva", "Rose"): capitalised is enough there.
    if (u.kind !== 'word' || !isTitleCase(u.text) || isTitleWord(u)) return -1;
  }
  return -1;
}

/**
 * Whether a doubled word is a slip to report. Speech doubles words on purpose: inside quotation marks ("“Wait
 * wait”"), three times over ("beep beep beep"), interjections the lexicon does not know ("hubba hubba"), and a
 * capitalised word echoed in lower case at the start of a sentence ("Perhaps perhaps"; a run-in heading "Minors
 * minors"), unless it is a closed-class word ("The the"). Capitalised doubles inside a sentence are names ("Bo Bo").
 */
function isDoubling(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (LEGITIMATE_DOUBLES.has(t.lower)) return false;
  if (startsWithCapital(t.text) && (i > 1 || isProperNoun(t))) return false;
  if (i === 1 && prev.text !== t.text && !isClosedClass(t)) return false;
  if (tokens[i + 1]?.lower === t.lower || tokens[i - 2]?.lower === t.lower) return false;
  if (lexiconEntry(t.lower) === undefined || t.tags[0] === 'UH') return false;
  // A particle then a preposition after a verb and its object: "took in in taxes", "let us in in the dark".
  if (PARTICLES.has(t.lower) && [i - 2, i - 3].some((k) => k >= 0 && isVerb(tokens[k]!))) return false;
  // The mask is worked out here, for the rare doubled word, rather than through a closure made for every sentence.
  return !quotedMask(sentence)[i];
}

// "The reason is because …": the reason is named twice; English says "the reason is that".
function reasonBecause(tokens: readonly Token[], i: number): Report | undefined {
  const because = tokens[i]!;
  if (because.lower !== 'because' || !/^(is|was|being)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  // "The reason he left is because of his health": "because of" + a noun phrase is accepted English; the calque is
  // "because" + a clause, where "that" is wanted.
  if (tokens[i + 1]?.lower === 'of') return undefined;
  const from = Math.max(0, i - 8);
  if (!tokens.slice(from, i - 1).some((t) => t.lower === 'reason' || t.lower === 'reasons')) return undefined;
  return {
    start: because.start,
    end: because.end,
    message: '"The reason is because" says the cause twice; English writes "the reason is that".',
    mqmSeverity: 'minor',
    suggestions: [{ start: because.start, end: because.end, replacement: 'that' }],
  };
}

// Suffixes that make a noun of a verb: pay → payment, separate → separation, approve → approval.
const NOMINAL = /^(?:ment|ion|tion|ation|ition|al|ance|ence|ure)s?$/;

/** Whether a noun is made of the verb whose base form is given ("separation" of "separate", "payment" of "pay"). */
function nominalises(noun: string, verbBase: string): boolean {
  const stem = verbBase.endsWith('e') ? verbBase.slice(0, -1) : verbBase;
  return stem.length >= 3 && noun.startsWith(stem) && NOMINAL.test(noun.slice(stem.length));
}

/**
 * Whether any of the token's readings is one of the tags. (A loop, not `tags.some` with an arrow: this runs at every
 * noun after a determiner and every word of its window, and an arrow is a new object each time.)
 */
function hasTag(t: Token, a: string, b: string, c?: string): boolean {
  for (const tag of t.tags) if (tag === a || tag === b || tag === c) return true;
  return false;
}

/** Whether the word before a noun phrase makes it an object: a preposition, or a word that can be a verb. */
function isObject(governor: Token | undefined): boolean {
  if (governor === undefined || governor.kind !== 'word') return false;
  if (isPreposition(governor)) return true;
  // A verb reading among the first two tags, not a determiner ("that").
  return (governor.tags[0]?.startsWith('VB') === true || governor.tags[1]?.startsWith('VB') === true) && !isDeterminer(governor);
}

/**
 * A verb with its own nominalisation as object: "to pay the payment", "will separate the separation". The noun
 * follows the verb, after a determiner and adjectives at most.
 */
function verbNounEcho(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  let j = i + 1;
  // The determiner first: it is a tag compared, where the verb test looks a tag up, and it rules out more words.
  if (verb.kind !== 'word' || !tokens[j] || !isDeterminer(tokens[j]!) || !isVerb(verb) || isAuxiliary(verb) || isModal(verb)) return undefined;
  const base = lemma.of(verb);
  j++;
  while (tokens[j] && isAdjective(tokens[j]!)) j++;
  const noun = tokens[j];
  if (!noun || noun.kind !== 'word' || !isCommonNoun(noun) || !nominalises(noun.lower, base)) return undefined;
  return {
    start: verb.start,
    end: noun.end,
    message: `"${verb.text}" and "${noun.text}" are one source word translated twice, as a verb and as its noun.`,
  };
}


// What the loop asks of a word that its spelling alone decides, as bits: whether it may be the name word that
// `nameEcho` starts from, a determiner (and a correlative), a word with a noun reading, a lexical verb that
// `verbNounEcho` starts from, a modal, a common noun, a coordinator, a word with a finite verb reading. Remembered per
// spelling number, so that a token costs two array reads instead of the class tests, which every token of every
// sentence asked (a token that is not a word has none of them).
const KNOWN = 1;
const NAME_WORD = 2;
const DETERMINER = 4;
const CORRELATIVE = 8;
const NOUN_READING = 16;
const LEXICAL_VERB = 32;
const MODAL = 64;
const COMMON_NOUN = 128;
const COORDINATOR = 256;
const FINITE_READING = 512;
const echoFlags = new SpellingAnswers('numbers');

const flagsOf = (t: Token): number => echoFlags.remembered(t, spellingFlags);

function spellingFlags(t: Token): number {
  if (t.kind !== 'word') return KNOWN;
  let flags = KNOWN;
  if (isNameWord(t)) flags |= NAME_WORD;
  if (isDeterminer(t)) flags |= DETERMINER;
  if (CORRELATIVES.has(t.lower)) flags |= CORRELATIVE;
  if (hasTag(t, 'NN', 'NNS')) flags |= NOUN_READING;
  if (isVerb(t) && !isAuxiliary(t) && !isModal(t)) flags |= LEXICAL_VERB;
  if (isModal(t)) flags |= MODAL;
  if (isCommonNoun(t)) flags |= COMMON_NOUN;
  if (isCoordinator(t)) flags |= COORDINATOR;
  if (hasTag(t, 'VBZ', 'VBD', 'VBP')) flags |= FINITE_READING;
  return flags;
}

export default defineRule({
  meta: {
    id: 'word-echo',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A word doubled, a noun echoed by its own verb ("the use of the tools uses", "pay the payment"), or a reason named twice.',
    sourceHint: 'MT decoders that repeat a token, or that translate one source word twice (as noun and as verb).',
    fixable: false,
  },
  detectSentence(sentence: Sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      if (t.kind === 'word' && prev.kind === 'word' && t.lower === prev.lower && prev.end < t.start) {
        if (isDoubling(tokens, i, sentence)) {
          reports.push({
            start: prev.start,
            end: t.end,
            message: `"${t.text}" is doubled.`,
            mqmSeverity: 'minor',
            confidence: 0.6,
            suggestions: [{ start: prev.end, end: t.end, replacement: '' }],
          });
        }
        continue;
      }
      const prevFlags = flagsOf(prev);
      const echo = (prevFlags & NAME_WORD) !== 0 ? nameEcho(tokens, i - 1) : -1;
      if (echo > 0) {
        reports.push({
          start: prev.start,
          end: tokens[echo]!.end,
          mqmSeverity: 'minor',
          message: `"${prev.text}" is written twice in this name: once in the source's order and once in English order.`,
          suggestions: [{ start: prev.start, end: t.start, replacement: '' }],
        });
        i = echo;
        continue;
      }
      const flags = flagsOf(t);
      const next = tokens[i + 1];
      const nextFlags = next === undefined ? 0 : flagsOf(next);
      // `verbNounEcho` reads a lexical verb before a determiner only: the two flags tell it first.
      const said =
        (t.lower === 'because' ? reasonBecause(tokens, i) : undefined) ??
        ((flags & LEXICAL_VERB) !== 0 && (nextFlags & DETERMINER) !== 0 ? verbNounEcho(tokens, i) : undefined);
      if (said) {
        reports.push(said);
        continue;
      }
      // "the use of X uses": a noun after a determiner, then the same lemma as a verb, with no punctuation between.
      // After a determiner, a word with a noun reading is that noun ("the help", whatever its likeliest tag).
      if ((prevFlags & (DETERMINER | CORRELATIVE)) !== DETERMINER || (flags & NOUN_READING) === 0) continue;
      // A modal read as a noun ("doing this will incur") and a noun that modifies the next one ("his rocking horse
      // rocks", "the present edition") are not the head of the phrase.
      if ((flags & MODAL) !== 0 || (nextFlags & COMMON_NOUN) !== 0) continue;
      // The same word again only after a noun phrase that is an object ("ban the sale of …", "for the help of …"):
      // as a subject its own verb may follow ("The use of force uses up goodwill"). A noun and the verb it is made of
      // are an echo anywhere ("The reduction of the fees reduced …").
      const governor = tokens[i - 2];
      // Worked out at the first verb of the window: most nouns have none.
      let base: string | undefined;
      for (let j = i + 1; j < tokens.length && j <= i + NOMINAL_ECHO_WINDOW; j++) {
        const u = tokens[j]!;
        const uFlags = flagsOf(u);
        // Punctuation or "and" ends the phrase: "their price supports and target prices" lists nouns.
        if (u.kind === 'punct' || (uFlags & COORDINATOR) !== 0) break;
        if (j === i + 1) continue;
        if ((uFlags & (FINITE_READING | MODAL)) !== FINITE_READING || u.lower === t.lower) continue;
        base ??= lemma.of(t);
        if (base.length < 3) break;
        // The same lemma, or the verb the noun is made of: "the separation of the stage … separated".
        const verbBase = lemma.of(u);
        if (verbBase === base ? j > i + ECHO_WINDOW || !isObject(governor) : !nominalises(t.lower, verbBase)) continue;
        // "the uses of the uses", "other shapes", "have end" repeat a noun, not a verb: the echo must not follow a
        // determiner, preposition, adjective or auxiliary.
        const beforeEcho = tokens[j - 1]!;
        if (isDeterminer(beforeEcho) || isPreposition(beforeEcho) || isAdjective(beforeEcho) || isAuxiliary(beforeEcho)) continue;
        // A noun or "of" after it makes the echo a noun too: "should avoid unnecessary price increases", "acts of".
        const afterEcho = tokens[j + 1];
        if (afterEcho && afterEcho.kind === 'word' && (afterEcho.lower === 'of' || isCommonNoun(afterEcho))) continue;
        reports.push({
          start: prev.start,
          end: u.end,
          message: `"${t.text}" is echoed by the verb "${u.text}"; one source word was probably translated twice.`,
        });
        i = j;
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The the committee met on Friday.', output: 'The committee met on Friday.' },
      { text: 'They voted to ban the use of pesticides uses in parks.' },
      { text: 'The report criticised the plan for the help of the banks helps.' },
      { text: 'She said it was was a mistake.', output: 'She said it was a mistake.' },
      { text: 'The death of Horvath Anna Horvath led to protests.', output: 'The death of Anna Horvath led to protests.' },
      { text: 'The reason for the delay is because the parts arrived late.', output: 'The reason for the delay is that the parts arrived late.' },
      { text: 'The tenants must pay the payment by the end of March.' },
      { text: 'Engineers said the separation of the booster from the second stage separated normally.' },
    ],
    valid: [
      'What he had had was enough.',
      'The reason he left is because of his health.',
      'He said that that was the problem.',
      'The use of force uses up goodwill, critics say.',
      'The plan plans nothing; the people plan everything.',
      'It was very, very late.',
      'The work works best in the morning, she said, when it is quiet.',
      'The design of the new bridge designs out traffic jams.',
      'The judge judged the case on its merits.',
      'The novelist Ford Madox Hueffer later took the name Ford.',
      'Teams from New York and York met in the final.',
      'John Smith and John Brown signed the letter.',
      'Sirhan Sirhan was convicted in 1969.',
      'The state spent more than it took in in taxes.',
      'We shall neither act as aggressors nor tolerate acts of aggression.',
      'Firms should avoid the pricing mistakes that price goods too high.',
      'The fund helps farmers with their price supports and target prices.',
      'There is history in the making, history to be made.',
      'The cable is 12 metres in length.',
      'The car horn went beep beep beep.',
      '“Wait wait, not yet,” she whispered.',
      'Perhaps perhaps is the wrong word here.',
      'Please let us in in the morning.',
      'The festival opens with Person To Person, a film about letters.',
      'She quoted World Peace Through World Law in her essay.',
      'A truism is that the time to prepare for the worst is when times are best.',
      'The drains are readjusted so that the box drain will empty into the sewer.',
      'Doing this will incur obligations which would hurt us.',
      'The boy on his rocking horse rocks madly.',
      'The theme may be a shape from which other shapes evolve.',
    ],
  },
});
