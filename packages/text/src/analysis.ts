/**
 * The analysis rules share: per sentence, its chunks (noun, prepositional and adverb phrases, verb groups), the verb
 * groups with the words that split them, and its clauses. Built on demand, once per sentence (a WeakMap keyed by the
 * Sentence), so a rule that asks pays for it only on the sentences it asks about and a second rule pays nothing.
 *
 * Reading it:
 * - `analyseSentence(sentence).chunks` covers every token in order; `chunkAt(i)` is the chunk of token i.
 * - `verbGroups` are auxiliaries, modals, "to" and "want" with the non-finite verb they govern. `gap` lists the chunks
 *   that stand between the head and its verb: empty in English order ("has approved"), not empty when the verb was
 *   left behind objects and adverbials at the clause end, as verb-final source languages leave it ("has the plan
 *   last week approved"). A split group whose verb does not close its clause is reported only when adverbials alone
 *   split it ("has since March extended its hours"), and marked `midClause`.
 * - `clauses` split the sentence at punctuation that closes a clause, subordinators and relative pronouns.
 *
 * All indices are token indices within the sentence, ranges `[start, end)`.
 */
import type { Sentence, Token } from './document.js';
import { isAdjective, isAdverb, isCoordinator, isDeterminer, isModal, lemma, nounSingular, type Tagged } from './classes.js';
import { nounSenses } from './senses.js';
import { argumentPhraseEnd, isTimeSpan, isWordToken, isYearNumber, primaryTag } from './phrases.js';
import { WordMap, WordSet } from './word-set.js';

/**
 * NP noun phrase ("the new rules", "40 euros", "it"); PP preposition + noun phrase ("on Friday", "to £55m");
 * ADVP adverbs ("only", "very carefully"); VERB a verb group in English order or a lone verb ("has approved", "could",
 * "to publish", "said"); SUB a word opening a subordinate or relative clause; CC a coordinator; PUNCT punctuation;
 * WORD anything else.
 */
export type ChunkKind = 'NP' | 'PP' | 'ADVP' | 'VERB' | 'SUB' | 'CC' | 'PUNCT' | 'WORD';

export interface Chunk {
  kind: ChunkKind;
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
  /** An NP or PP naming a time: "last week", "on Friday", "during the talks", "in 2015". */
  time: boolean;
}

/**
 * perfect: have + participle; passive: be + participle (also after a modal: "can be copied"); progressive: be + -ing;
 * modal: modal + infinitive; do: do + infinitive; to: "to" + infinitive; want: a form of "want" + infinitive without
 * "to" (German "will" rendered "wants": "wants next season the title win"), found only when split; let: a form of "let",
 * its object and an infinitive ("lets you your photos sort"), found only when split, its gap opening with the object
 * that stays after "let".
 */
export type VerbGroupKind = 'perfect' | 'passive' | 'progressive' | 'modal' | 'do' | 'to' | 'want' | 'let';

export interface VerbGroup {
  kind: VerbGroupKind;
  /** The auxiliary, modal, "to" or "want" that governs the group. */
  head: number;
  /**
   * The verbs after the head in English order: "be linked" after "can", "approved" after "has". The last is the main
   * verb. A modal's passive written in the German order ("should … finished be") lists "be" first all the same.
   */
  verbs: readonly number[];
  /** A particle that closes the group with its verb: "send back", "give up". */
  particle?: number;
  /** The chunks between the head and its first verb: empty in English order. */
  gap: readonly Chunk[];
  /** One past the group's last token (its main verb or particle). */
  end: number;
  /**
   * The clause goes on after the verb with an object or a phrase ("has since March extended its hours", "was after the
   * match questioned by police"): adverbials alone split the group, and the verb is not last. Rules that read the
   * verb-final order skip these groups.
   */
  midClause?: true;
}

export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'continued';

export interface Clause {
  kind: ClauseKind;
  start: number;
  end: number;
}

export interface SentenceAnalysis {
  chunks: readonly Chunk[];
  /** The chunk of token i. */
  chunkAt(i: number): Chunk;
  verbGroups: readonly VerbGroup[];
  clauses: readonly Clause[];
  /** The clause of token i. */
  clauseAt(i: number): Clause;
  /** Whether token i is the last of its clause: the sentence ends, or punctuation, a coordinator or a subordinator follows. */
  endsClause(i: number): boolean;
}

const cache = new WeakMap<Sentence, SentenceAnalysis>();

/** The analysis of a sentence, built on the first call and remembered for the sentence's lifetime. */
export function analyseSentence(sentence: Sentence): SentenceAnalysis {
  let analysis = cache.get(sentence);
  if (!analysis) {
    analysis = build(sentence.tokens);
    cache.set(sentence, analysis);
  }
  return analysis;
}

const HAVE_FORMS = new WordSet(['have', 'has', 'had', 'having', "'ve", '’ve', 'hath']);
const BE_FORMS = new WordSet(['be', 'is', 'are', 'was', 'were', 'am', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m']);
const DO_FORMS = new WordSet(['do', 'does', 'did']);
const WANT_FORMS = new WordSet(['want', 'wants', 'wanted']);
const LET_FORMS = new WordSet(['let', 'lets', 'letting']);

type HeadKind = 'have' | 'be' | 'modal' | 'do' | 'to' | 'want' | 'let';
// Every spelling that can head a group, with its kind: one look-up per token in the rules' cheap passes.
const HEAD_SPELLINGS = new WordMap<HeadKind>([
  ...[...HAVE_FORMS].map((w) => [w, 'have'] as const),
  ...[...BE_FORMS].map((w) => [w, 'be'] as const),
  ...[...DO_FORMS].map((w) => [w, 'do'] as const),
  ...[...WANT_FORMS].map((w) => [w, 'want'] as const),
  ...[...LET_FORMS].map((w) => [w, 'let'] as const),
  ...['can', 'cannot', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'ought', 'dare', 'need', "'ll", '’ll', 'ca', 'wo', "'d", '’d'].map((w) => [w, 'modal'] as const),
  ['to', 'to'],
]);
const LONGEST_HEAD = Math.max(...[...HEAD_SPELLINGS.keys()].map((w) => w.length));

/** The kind of group a word heads, if any: the cheap test a rule can run on every token before asking for the analysis. */
export function verbGroupHead(t: Token | undefined): HeadKind | undefined {
  if (t === undefined || t.end - t.start > LONGEST_HEAD || t.kind !== 'word') return undefined;
  const kind = HEAD_SPELLINGS.getToken(t);
  if (kind === undefined || kind === 'to') return kind;
  const tag = primaryTag(t);
  if (kind === 'modal') return tag === 'MD' ? kind : undefined;
  // "’s" is a possessive as often as "is"; "have", "want" can be nouns ("the haves", "for want of").
  return tag.startsWith('VB') || (kind === 'be' && tag !== 'POS' && t.lower !== 'be') || tag === 'MD' ? kind : undefined;
}

// Subordinators that are not also prepositions; "after", "before", "since", "until", "as" open a PP when a noun follows.
const SUBORDINATING = new WordSet([
  'although', 'because', 'if', 'once', 'though', 'unless', 'when', 'whenever', 'where', 'whereas', 'wherever', 'whether',
  'while', 'whilst', 'which', 'who', 'whom', 'whose', 'why', 'how', 'what', 'whatever', 'whoever',
]);
const RELATIVE = new WordSet(['which', 'who', 'whom', 'whose']);
// Prepositions that make a time phrase of any noun: "after the match", "during the talks".
const TIME_PREPOSITIONS = new WordSet(['after', 'before', 'since', 'until', 'till', 'during', 'throughout']);
// Determiners after which a word with a noun reading is a noun, whatever its likeliest tag: "the suspect", "a delay".
const ARTICLES = new WordSet(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'every', 'each', 'further', 'more', 'new']);
// Particles of phrasal verbs that follow the verb to the clause end: "send back", "call off".
const QUESTION_WORDS = new WordSet(['whether', 'if', 'what', 'how', 'who', 'which', 'where', 'when', 'why']);
const PARTICLES = new WordSet(['back', 'up', 'out', 'off', 'down', 'away', 'over', 'in', 'on']);
// Clause-closing punctuation (not a hyphen, an apostrophe or a slash).
const CLOSING = /^[.,;:!?…)\]”»"–—]/;

const APPROXIMATE = new WordSet(['around', 'about', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'just']);
const COMPARING = new WordSet(['more', 'less', 'fewer']);
const NEGATIONS = new WordSet(['not', 'never']);

// Prepositions of several words, by their first word: "because of", "due to", "in spite of", "as a result of".
const COMPLEX_PREPOSITIONS: WordMap<readonly (readonly string[])[]> = new WordMap([
  ['because', [['of']]], ['due', [['to']]], ['owing', [['to']]], ['thanks', [['to']]], ['instead', [['of']]],
  ['in', [['spite', 'of'], ['view', 'of']]], ['on', [['account', 'of']]], ['as', [['a', 'result', 'of']]],
]);

/** How many words the preposition of several words at `i` has ("due to": 2), or 0. */
function complexPrepositionLength(tokens: readonly Token[], i: number): number {
  const rests = COMPLEX_PREPOSITIONS.getToken(tokens[i]!);
  if (rests === undefined) return 0;
  for (const rest of rests) {
    let k = 0;
    while (k < rest.length && tokens[i + 1 + k]?.lower === rest[k]) k++;
    if (k === rest.length) return rest.length + 1;
  }
  return 0;
}
const FOCUS_BEFORE_AMOUNT = new WordSet(['only', 'just', 'barely', 'even']);
// Words that make an adverb with "at" before them: "at once", "at least".
const AT_ADVERBS = new WordSet(['once', 'least', 'last', 'first', 'all', 'most', 'times', 'best', 'worst']);
// Adverbs of time that "until" takes as its object: "until now", "until recently", "till today".
const TIME_ADVERBS = new WordSet(['now', 'then', 'today', 'tonight', 'yesterday', 'tomorrow', 'recently', 'lately', 'later', 'earlier']);
// Adjectives that stand alone after "for" or "in" as a fixed adverbial: "for free", "for good", "in full", "in vain".
const FOR_ADJECTIVES = new WordSet(['free', 'sure', 'good', 'real', 'certain']);
const IN_ADJECTIVES = new WordSet(['full', 'brief', 'short', 'vain', 'general', 'particular', 'private', 'public']);
// Ordinals that name a fraction after "a": "by a third", "a fifth of".
const FRACTIONS = new WordSet(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
// Words that count the noun after them and so open a noun phrase of their own after another noun.
const QUANTIFIERS = new WordSet(['many', 'several', 'numerous']);
const PREDETERMINERS = new WordSet(['half', 'twice', 'double', 'all', 'both', 'quite', 'such']);
const SCORE = /^\d{1,2}[:\-–]\d{1,2}$/;
const isNumeral = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || primaryTag(t) === 'CD');
const SUBJECT_PRONOUNS = new WordSet(['i', 'we', 'you', 'he', 'she', 'they']);

const hasNounReading = (t: Token) => t.tags.includes('NN') || t.tags.includes('NNS');

// The analysis runs over every token of the sentences it reads: tags are compared as strings or looked up in sets, as
// a pattern literal in a function is a new object each time it is reached.
const isCommonNounTag = (tag: string) => tag === 'NN' || tag === 'NNS';
// First readings that rule out a base form: a past, participle, -ing or third-person form, a plural, a closed class.
const NOT_BASE_FIRST = new WordSet(['VBD', 'VBN', 'VBG', 'VBZ', 'NNS', 'DT', 'PRP$', 'PRP', 'CD', 'IN', 'CC', 'MD', 'TO']);
// First readings of a word that opens a clause after "that": a pronoun, a name, a plural, a modal.
const SUBJECT_FIRST = new WordSet(['PRP', 'NNP', 'NNPS', 'NNS', 'MD']);

/** A base-form reading ("publish", "rise", "open"), not read first as a past, -ing or third-person form or a plural. */
export function canBeInfinitive(t: Tagged): boolean {
  return (t.tags.includes('VB') || t.tags.includes('VBP')) && !NOT_BASE_FIRST.has(t.tags[0] ?? '');
}

/** A participle reading that is the likeliest or follows a past or adjective reading ("approved", "sold", "cut"). */
export function canBeParticiple(t: Tagged): boolean {
  const first = t.tags[0];
  // "cut", "put", "set": a base form spelled like its past and participle.
  return t.tags.includes('VBN') && (first === 'VBN' || first === 'VBD' || first === 'JJ' || (first === 'VB' && t.tags.includes('VBD')));
}

/**
 * The end of the noun phrase at `from`: `argumentPhraseEnd`, and where the lexicon reads the word after an article as
 * a verb first ("the suspect", "a delay"), that word as the noun. A currency sign before a number belongs to it.
 */
function nounPhraseAt(tokens: readonly Token[], from: number): number {
  const t = tokens[from];
  // A sentence cut off after its preposition ("…, just like"): no phrase.
  if (t === undefined) return from;
  if (t.kind === 'symbol' && tokens[from + 1]?.kind === 'number') return Math.max(from + 2, argumentPhraseEnd(tokens, from + 1));
  // A score counts no noun: "(with) 2:1 won", "3-1 beaten" end the phrase at the score, the participle left to its verb.
  if (t.kind === 'number' && tokens[from + 1]?.tags.includes('VBN') && SCORE.test(t.text)) return from + 1;
  // "half a point", "twice the price", "all the money": a predeterminer before an article.
  if (PREDETERMINERS.hasToken(t) && /^(a|an|the)$/.test(tokens[from + 1]?.lower ?? '')) {
    const end = nounPhraseAt(tokens, from + 1);
    if (end > from + 1) return end;
  }
  // An amount with a word that rounds it: "around 450 acres", "its nearly 2,000 members", "more than a third".
  const amount = isDeterminer(t) && APPROXIMATE.has(tokens[from + 1]?.lower ?? '') ? from + 1 : from;
  if (APPROXIMATE.hasToken(tokens[amount]!) && isNumeral(tokens[amount + 1])) return nounPhraseAt(tokens, amount + 1);
  if (COMPARING.hasToken(t) && tokens[from + 1]?.lower === 'than' && from + 2 < tokens.length) {
    const end = nounPhraseAt(tokens, from + 2);
    if (end > from + 2) return end;
  }
  let end = argumentPhraseEnd(tokens, from);
  // After a number or an adjective, a word with a plural-noun reading is the noun: "the two suspects".
  const lastTag = end > from ? primaryTag(tokens[end - 1]) : '';
  if ((lastTag === 'CD' || lastTag === 'JJ') && isWordToken(tokens[end]) && tokens[end]!.tags.includes('NNS')) end++;
  // A number or a quantifier with its own noun after a common noun starts the next phrase: "the club | three players",
  // "of the province | many bridges".
  for (let p = from + 1; p < end - 1; p++) {
    if ((tokens[p]!.kind === 'number' || primaryTag(tokens[p]) === 'CD' || QUANTIFIERS.hasToken(tokens[p]!)) && isCommonNounTag(primaryTag(tokens[p - 1]))) return p;
  }
  if (end > from || !ARTICLES.hasToken(t)) return end;
  // Adjectives and participles before a word with a noun reading ("the coming days", "a further delay").
  let k = from + 1;
  while (isWordToken(tokens[k]) && isWordToken(tokens[k + 1]) && (tokens[k]!.tags.includes('JJ') || primaryTag(tokens[k]) === 'VBG') && (hasNounReading(tokens[k + 1]!) || isAdjective(tokens[k + 1]!))) k++;
  // An adjective before "of" heads the phrase: "a third of", "the best of".
  if (isWordToken(tokens[k]) && isAdjective(tokens[k]!) && tokens[k + 1]?.lower === 'of') return k + 1;
  // "by a third", "a fifth of the vote": an ordinal after "a" with no noun after it is a fraction.
  if ((t.lower === 'a' || t.lower === 'one') && k === from + 1 && FRACTIONS.has(tokens[k]?.lower ?? '') && !(isWordToken(tokens[k + 1]) && hasNounReading(tokens[k + 1]!))) return k + 1;
  if (!isWordToken(tokens[k]) || !hasNounReading(tokens[k]!)) return end;
  while (isWordToken(tokens[k + 1]) && isCommonNounTag(primaryTag(tokens[k + 1]))) k++;
  return k + 1;
}

/**
 * The end of a preposition's noun phrase at `from`: `nounPhraseAt`, and a participle with an adjective reading before a
 * noun, which the lexicon reads first as a verb ("because of missing rights", "despite rising costs").
 */
/** "at least" or "at most" at `k`. */
const atLeast = (tokens: readonly Token[], k: number): boolean => tokens[k]?.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most');

function prepositionObjectEnd(tokens: readonly Token[], from: number): number {
  const end = nounPhraseAt(tokens, from);
  const t = tokens[from];
  if (end > from || !isWordToken(t) || primaryTag(t) !== 'VBG' || !t.tags.includes('JJ') || !isWordToken(tokens[from + 1]) || !hasNounReading(tokens[from + 1]!)) return end;
  const noun = nounPhraseAt(tokens, from + 1);
  return noun > from + 1 ? noun : end;
}

function build(tokens: readonly Token[]): SentenceAnalysis {
  const chunks = chunk(tokens);
  const chunkOf = indexOf(chunks, tokens.length);
  const clauseEnd = (i: number): boolean => {
    const next = tokens[i + 1];
    if (next === undefined) return true;
    if (next.kind === 'punct') return CLOSING.test(next.text);
    const kind = chunks[chunkOf[i + 1]!]!.kind;
    // A coordinator before another verb joins two verbs of one group ("discourage or dishearten", "approved and signed").
    if (kind === 'CC') {
      const tag = primaryTag(tokens[i + 2]);
      return tag !== 'VB' && tag !== 'VBN' && tag !== 'VBP';
    }
    return kind === 'SUB';
  };
  // Clauses are worked out on first use: most sentences a rule analyses have no split group to ask about.
  let clauses: Clause[] | undefined;
  let clauseOf: number[] = [];
  const clauseList = () => {
    if (!clauses) {
      clauses = splitClauses(tokens, chunks);
      clauseOf = indexOf(clauses, tokens.length);
    }
    return clauses;
  };
  return {
    chunks,
    chunkAt: (i) => chunks[chunkOf[i]!]!,
    verbGroups: findVerbGroups(tokens, chunks, chunkOf, clauseEnd),
    get clauses() {
      return clauseList();
    },
    clauseAt: (i) => clauseList()[clauseOf[i]!]!,
    endsClause: clauseEnd,
  };
}

/** A number in words before a unit of time at `k`: "three days", "forty years" (digits make a time phrase already). */
export const isSpelledDuration = (tokens: readonly Token[], k: number): boolean =>
  primaryTag(tokens[k]) === 'CD' && tokens[k]!.kind === 'word' && isWordToken(tokens[k + 1]) && nounSenses(nounSingular.of(tokens[k + 1]!)).includes('noun.time');

/** For each token, the index of the range (chunk, clause) that holds it. */
function indexOf(ranges: readonly { start: number; end: number }[], length: number): number[] {
  const of = new Array<number>(length);
  for (let n = 0; n < ranges.length; n++) for (let i = ranges[n]!.start; i < ranges[n]!.end; i++) of[i] = n;
  return of;
}

/**
 * A chunk whose time reading (WordNet senses of its head) is looked up on first use: a rule asks it of the few
 * phrases in a split group, not of every phrase of every sentence it analyses.
 */
class Phrase implements Chunk {
  #time: boolean | number;

  constructor(
    private readonly tokens: readonly Token[], readonly kind: ChunkKind, readonly start: number, readonly end: number,
    time: boolean | number,
  ) {
    this.#time = time;
  }

  get time(): boolean {
    if (typeof this.#time === 'number') this.#time = isTimeSpan(this.tokens, this.#time, this.end);
    return this.#time;
  }
}

function chunk(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  // `phrase`: where the noun phrase of an NP or PP starts, whose time reading is looked up only when asked for.
  const push = (kind: ChunkKind, start: number, end: number, time: boolean | number = false) => chunks.push(new Phrase(tokens, kind, start, end, time));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      push('PUNCT', i, i + 1);
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      const end = t.kind === 'number' || t.kind === 'symbol' ? nounPhraseAt(tokens, i) : i;
      if (end > i) {
        push('NP', i, end, i);
        i = end;
      } else {
        push('WORD', i, i + 1);
        i++;
      }
      continue;
    }
    const tag = primaryTag(t);
    // "because of the storm", "due to the strike", "in spite of the rain": a preposition of several words and its
    // noun phrase, not a clause ("because") or an adjective ("due").
    const complex = complexPrepositionLength(tokens, i);
    if (complex > 0) {
      const end = prepositionObjectEnd(tokens, i + complex < tokens.length ? i + complex : i + 1);
      if (end > i + complex) {
        push('PP', i, end, i + complex);
        i = end;
        continue;
      }
    }
    // "once a week", "twice a day", "three times per year": a frequency, one time phrase ("once" is no clause here).
    const frequency = frequencyEnd(tokens, i);
    if (frequency > i) {
      push('NP', i, frequency, true);
      i = frequency;
      continue;
    }
    if (SUBORDINATING.hasToken(t) || tag === 'WDT' || tag === 'WP' || tag === 'WRB' || (t.lower === 'that' && opensClause(tokens, i)) || (TIME_PREPOSITIONS.hasToken(t) && pronounAndVerb(tokens, i + 1))) {
      push('SUB', i, i + 1);
      i++;
      continue;
    }
    if (isCoordinator(t)) {
      push('CC', i, i + 1);
      i++;
      continue;
    }
    const head = verbGroupHead(t);
    if (head !== undefined && (head !== 'to' || canBeInfinitive(tokens[i + 1] ?? t) && isWordToken(tokens[i + 1]))) {
      const end = head === 'want' || head === 'let' ? i + 1 : contiguousGroupEnd(tokens, i, head);
      push('VERB', i, end);
      i = end;
      continue;
    }
    // "at once", "at least", "at first": "at" and a word with no noun after it are an adverb, not a preposition and a
    // clause ("once the plan passes").
    // "until now", "till then": a time phrase, as "until Monday" is ("since then" stays two words: English puts it
    // between "has" and "been" — "has since then been sold" — where German order puts "until now").
    if ((t.lower === 'until' || t.lower === 'till') && TIME_ADVERBS.has(tokens[i + 1]?.lower ?? '')) {
      push('PP', i, i + 2, true);
      i += 2;
      continue;
    }
    if (t.lower === 'at' && AT_ADVERBS.has(tokens[i + 1]?.lower ?? '') && !(isWordToken(tokens[i + 2]) && hasNounReading(tokens[i + 2]!))) {
      push('ADVP', i, i + 2);
      i += 2;
      continue;
    }
    // "as soon as possible", "as quickly as we can": a comparison of an adverb is an adverb phrase.
    const asAs = t.lower === 'as' && isWordToken(tokens[i + 1]) && isAdverb(tokens[i + 1]!) && tokens[i + 2]?.lower === 'as' && tokens[i + 3]?.lower === 'possible';
    if (asAs) {
      push('ADVP', i, i + 4);
      i += 4;
      continue;
    }
    // "up to 300 passengers": an amount with its limit.
    const upTo = t.lower === 'up' && tokens[i + 1]?.lower === 'to' && isNumeral(tokens[i + 2]);
    if (upTo || (APPROXIMATE.hasToken(t) && isNumeral(tokens[i + 1])) || (COMPARING.hasToken(t) && tokens[i + 1]?.lower === 'than')) {
      const end = upTo ? nounPhraseAt(tokens, i + 2) : nounPhraseAt(tokens, i);
      if (end > i + 1) {
        push('NP', i, end);
        i = end;
        continue;
      }
    }
    if (tag === 'IN' || tag === 'TO' || (t.lower === 'to')) {
      // "since 1950 | cars": after a preposition of time a year is the whole phrase, not an amount of what follows.
      const year = TIME_PREPOSITIONS.hasToken(t) && tokens[i + 1]?.kind === 'number' && isTimeSpan(tokens, i + 1, i + 2);
      // "after only five games": a focus adverb before an amount belongs to the preposition's phrase.
      // So does "at least" or "at most": "for at least two hours".
      const focus = FOCUS_BEFORE_AMOUNT.has(tokens[i + 1]?.lower ?? '') && isNumeral(tokens[i + 2]) ? 1 : atLeast(tokens, i + 1) && isNumeral(tokens[i + 3]) ? 2 : 0;
      const end = year ? i + 2 : prepositionObjectEnd(tokens, i + 1 + focus < tokens.length ? i + 1 + focus : i);
      if (end > i + 1) {
        // "from June onwards": the adverb closes the time phrase.
        if (t.lower === 'from' && ONWARDS.has(tokens[end]?.lower ?? '')) {
          push('PP', i, end + 1, true);
          i = end + 1;
          continue;
        }
        push('PP', i, end, TIME_PREPOSITIONS.hasToken(t) || i + 1);
        i = end;
        continue;
      }
      // With no noun after it, a preposition and a bare adjective are one adverbial ("for free", "in full"), which
      // may stand between an object and its verb as any other phrase does.
      const adjective = tokens[i + 1]?.lower ?? '';
      if ((t.lower === 'for' && FOR_ADJECTIVES.has(adjective)) || (t.lower === 'in' && IN_ADJECTIVES.has(adjective))) {
        push('PP', i, i + 2, false);
        i += 2;
        continue;
      }
      push('WORD', i, i + 1);
      i++;
      continue;
    }
    // "no longer", "more closely": a word with an adverb reading before an adverb starts the adverb phrase.
    const degree = (t.tags.includes('RB') || t.tags.includes('RBR')) && isWordToken(tokens[i + 1]) && isAdverb(tokens[i + 1]!) && !isDeterminer(tokens[i + 1]!);
    // A word read first as an adverb is one here even with a noun reading ("still"), but a particle ("back").
    if ((isAdverb(t) && (!hasNounReading(t) || (tag === 'RB' && !PARTICLES.hasToken(t)))) || degree) {
      let end = i + 1;
      while (isWordToken(tokens[end]) && isAdverb(tokens[end]!)) end++;
      // "only next spring", "only within a fortnight": an adverb before a time phrase belongs to it.
      // "again every hour" is two adverbials: "again" modifies the verb, not the time.
      const next = REPEATING.hasToken(tokens[end - 1]!) ? undefined : chunkFrom(tokens, end);
      if (next && next.time) {
        push(next.kind, i, next.end, true);
        i = next.end;
        continue;
      }
      push('ADVP', i, end);
      i = end;
      continue;
    }
    const end = nounPhraseAt(tokens, i);
    if (end > i) {
      push('NP', i, end, i);
      i = end;
      continue;
    }
    push(tag.startsWith('VB') ? 'VERB' : 'WORD', i, i + 1);
    i++;
  }
  return chunks;
}

const ONWARDS = new WordSet(['onwards', 'onward']);
const REPEATING = new WordSet(['again']);
const ONCE_TWICE = new WordSet(['once', 'twice', 'thrice']);
const PER = new WordSet(['a', 'an', 'per', 'every', 'each']);
const PERIOD_NOUNS = new WordSet(['minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'season', 'year', 'decade', 'weekend']);

/** One past "once a week", "twice a day", "three times per year" at `i`, or `i`. */
function frequencyEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  if (ONCE_TWICE.hasToken(tokens[k]!)) k++;
  else if (isNumeral(tokens[k]) && tokens[k + 1]?.lower === 'times') k += 2;
  else return i;
  return PER.has(tokens[k]?.lower ?? '') && PERIOD_NOUNS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : i;
}

/** The NP or PP that starts at `from`, if any (a look-ahead for an adverb that may modify it). */
function chunkFrom(tokens: readonly Token[], from: number): Chunk | undefined {
  const t = tokens[from];
  if (t === undefined || (t.kind !== 'word' && t.kind !== 'number')) return undefined;
  if (primaryTag(t) === 'IN' && !SUBORDINATING.hasToken(t)) {
    if (TIME_PREPOSITIONS.hasToken(t) && pronounAndVerb(tokens, from + 1)) return undefined;
    const end = nounPhraseAt(tokens, from + 1);
    return end > from + 1 ? { kind: 'PP', start: from, end, time: TIME_PREPOSITIONS.hasToken(t) || isTimeSpan(tokens, from + 1, end) } : undefined;
  }
  const end = nounPhraseAt(tokens, from);
  return end > from ? { kind: 'NP', start: from, end, time: isTimeSpan(tokens, from, end) } : undefined;
}

/** "that" opens a clause when a subject follows it ("that the plan failed", "that it works"), not a noun ("that plan"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return next?.kind === 'number';
  return isDeterminer(next) || SUBJECT_FIRST.has(primaryTag(next)) || primaryTag(next).startsWith('VB');
}

/** A pronoun and a finite verb from `from` on, as a clause opens: "(before) you even started", "(after) it rained". */
function pronounAndVerb(tokens: readonly Token[], from: number): boolean {
  const pronoun = tokens[from];
  if (pronoun === undefined || primaryTag(pronoun) !== 'PRP') return false;
  const verb = primaryTag(tokens[skipAdverbs(tokens, from + 1)]);
  return verb === 'VBD' || verb === 'VBZ' || verb === 'VBP' || verb === 'MD';
}

/** Skips adverbs ("not", "already", "carefully") after position `from`. */
function skipAdverbs(tokens: readonly Token[], from: number): number {
  let k = from;
  while (isWordToken(tokens[k]) && isAdverb(tokens[k]!) && k - from < 4) k++;
  return k;
}

/**
 * The verbs a head takes next: after a modal, "do" and "to" an infinitive; after "have" a participle; after "be" a
 * participle or -ing form. "be", "have", "been" and "being" carry the chain on ("could have been sold").
 */
function chainFrom(tokens: readonly Token[], at: number, head: HeadKind): number[] {
  const verbs: number[] = [];
  let expect: 'base' | 'participle' | 'be' = head === 'have' ? 'participle' : head === 'be' ? 'be' : 'base';
  let k = at;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (!isWordToken(t)) break;
    if (expect === 'base') {
      if (t.lower === 'be') expect = 'be';
      else if (t.lower === 'have') expect = 'participle';
      // "can up to 300 passengers carry": "up to" and a number is an amount, not the verb "up".
      else if (canBeInfinitive(t) && !(t.lower === 'up' && tokens[k + 1]?.lower === 'to' && isNumeral(tokens[k + 2]))) {
        verbs.push(k);
        break;
      } else break;
    } else if (expect === 'participle') {
      if (t.lower === 'been') expect = 'be';
      else if (canBeParticiple(t)) {
        verbs.push(k);
        break;
      } else break;
    } else {
      if (t.lower === 'being') expect = 'participle';
      else if (canBeParticiple(t) || primaryTag(t) === 'VBG') {
        verbs.push(k);
        break;
      } else break;
    }
    verbs.push(k);
    k = skipAdverbs(tokens, k + 1);
  }
  return verbs;
}

/**
 * Whether the modal or "want" at token `i` can head a split group of its kind (a `verbGroups` entry with a gap): "want"
 * always can, a modal only when no verb follows it in English order ("will the report next spring publish", not
 * "will soon publish"). A rule's cheap test before it asks for the analysis.
 */
export function mayHeadSplitGroup(tokens: readonly Token[], i: number): boolean {
  const head = verbGroupHead(tokens[i]);
  if (head === 'want' || head === 'let') return true;
  return head === 'modal' && chainFrom(tokens, skipAdverbs(tokens, i + 1), head).length === 0;
}

/** The end of the verb group at `i` in English order: the head, adverbs and the verbs it governs. */
function contiguousGroupEnd(tokens: readonly Token[], i: number, head: 'have' | 'be' | 'modal' | 'do' | 'to'): number {
  const verbs = chainFrom(tokens, skipAdverbs(tokens, i + 1), head);
  return verbs.length > 0 ? verbs.at(-1)! + 1 : i + 1;
}

const kindOf = (head: string, verbs: readonly number[], tokens: readonly Token[]): VerbGroupKind => {
  const last = tokens[verbs.at(-1)!]!;
  const before = verbs.length > 1 ? tokens[verbs.at(-2)!]!.lower : head === 'be' ? 'be' : head === 'have' ? 'have' : '';
  if (BE_FORMS.has(before) || before === 'be' || before === 'being' || before === 'been') return primaryTag(last) === 'VBG' ? 'progressive' : 'passive';
  if (before === 'have' || head === 'have') return 'perfect';
  return head === 'modal' ? 'modal' : head === 'do' ? 'do' : head === 'to' ? 'to' : head === 'let' ? 'let' : 'want';
};

// The longest gap read between a head and its verb; past it the verb is too far away to belong to the head.
const MAX_GAP = 16;

function findVerbGroups(
  tokens: readonly Token[], chunks: readonly Chunk[], chunkOf: readonly number[], endsClause: (i: number) => boolean,
): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let taken = -1;
  for (const c of chunks) {
    // The verbs of a split group ("be copied" after "can with one command to a server") are not a group of their own.
    if (c.kind !== 'VERB' || c.start < taken) continue;
    const head = verbGroupHead(tokens[c.start]);
    if (head === undefined) continue;
    if (c.end > c.start + 1 && head !== 'want' && head !== 'let') {
      const verbs = chainFrom(tokens, skipAdverbs(tokens, c.start + 1), head);
      const last = tokens[verbs.at(-1)!]!.lower;
      // A chain that stops at an auxiliary ("will be", "has been") may have its participle left at the clause end.
      const open = last === 'be' || last === 'been' || last === 'have' ? splitGroup(tokens, chunks, chunkOf, verbs.at(-1)!, last === 'have' ? 'have' : 'be', endsClause) : undefined;
      groups.push(open ?? { kind: kindOf(head, verbs, tokens), head: c.start, verbs, gap: [], end: c.end });
      if (open) taken = open.end;
      continue;
    }
    if (head === 'to' || head === 'do') continue;
    const split = splitGroup(tokens, chunks, chunkOf, c.start, head, endsClause);
    if (split) {
      groups.push(split);
      taken = split.end;
    }
  }
  return groups;
}

/**
 * A head whose verb is not next to it: reads noun, prepositional and adverb phrases after it, and takes the verb form
 * the head wants when it stands right after them at the clause end ("will the report next spring publish", "can with
 * one command to a server be copied"). A noun phrase may have swallowed that verb when the lexicon reads it as a noun
 * ("further storms forecast", "more soldiers train"): its last word is then taken back as the verb.
 */
function splitGroup(
  tokens: readonly Token[], chunks: readonly Chunk[], chunkOf: readonly number[], at: number,
  head: 'have' | 'be' | 'modal' | 'want' | 'let', endsClause: (i: number) => boolean,
): VerbGroup | undefined {
  const gap: Chunk[] = [];
  let n = chunkOf[at]! + 1;
  while (n < chunks.length) {
    const c = chunks[n]!;
    // "bread and milk": a coordinated noun phrase joins the phrase before it.
    const joined = chunks[n + 1];
    if (c.kind === 'CC' && joined?.kind === 'NP' && (gap.at(-1)?.kind === 'NP' || gap.at(-1)?.kind === 'PP') && joined.end - at <= MAX_GAP) {
      const before = gap.pop()!;
      gap.push(new Phrase(tokens, before.kind, before.start, joined.end, before.kind === 'PP' ? before.start + 1 : before.start));
      n += 2;
      continue;
    }
    // A lone adjective used as an adverb: "can the tickets online book" (after "be" it is the predicate: "is proportional").
    const adverbial = head !== 'be' && c.kind === 'WORD' && c.end === c.start + 1 && primaryTag(tokens[c.start]) === 'JJ';
    if ((c.kind !== 'NP' && c.kind !== 'PP' && c.kind !== 'ADVP' && !adverbial) || c.end - at > MAX_GAP) break;
    // A subject pronoun past the first chunk opens another clause: "wants her truck just as you do".
    if (gap.length > 0 && c.kind === 'NP' && SUBJECT_PRONOUNS.hasToken(tokens[c.end - 1]!)) break;
    // A preposition takes "us", "them": before "we", "they" it is a subordinator ("long before we learned").
    if (c.kind === 'PP' && SUBJECT_PRONOUNS.hasToken(tokens[c.end - 1]!) && tokens[c.end - 1]!.lower !== 'you') break;
    // "as" and "than" open comparisons, often clauses of their own: "has implications as the discussion indicated".
    if (c.kind === 'PP' && (tokens[c.start]!.lower === 'as' || tokens[c.start]!.lower === 'than')) break;
    gap.push(c);
    n++;
    // After an object and a negation, a word with a base-form reading is the modal's verb even where the lexicon
    // reads it first as a noun: "could the plane not land in the fog".
    const verbNext = isWordToken(tokens[c.end]) && canBeInfinitive(tokens[c.end]!);
    if (head === 'modal' && (gap[0]!.kind === 'NP' || gap[0]!.kind === 'PP') && c.kind === 'ADVP' && NEGATIONS.hasToken(tokens[c.start]!) && verbNext) break;
  }
  if (gap.length === 0 || gap.every((c) => c.kind === 'ADVP')) return undefined;
  const done = (verbs: number[], gapChunks: Chunk[]): VerbGroup | undefined => {
    // One word between head and verb is too little to tell from English adverbs ("may half see", "must first show").
    if (gapChunks.length === 0 || gapChunks.at(-1)!.end - gapChunks[0]!.start < 2) return undefined;
    const last = verbs.at(-1)!;
    const particle = tokens[last + 1];
    // A preposition before a question word opens a clause ("based on whether …"); a particle closes its clause.
    const withParticle = head !== 'be' && isWordToken(particle) && PARTICLES.hasToken(particle) && endsClause(last + 1) && !QUESTION_WORDS.has(tokens[last + 2]?.lower ?? '');
    // Before the clause end only when an object or a prepositional phrase and a negation stand between: "could the
    // car not stop in time", "can because of the storm not take place" have no English reading, while "may in time
    // stop" might.
    const objectAndNegation = ((gapChunks[0]!.kind === 'NP' && !gapChunks[0]!.time) || gapChunks[0]!.kind === 'PP') && gapChunks.at(-1)!.kind === 'ADVP' && NEGATIONS.hasToken(tokens[gapChunks.at(-1)!.start]!);
    // Manner adverbs may follow the verb to the clause end: "will in the next days be installed automatically".
    let trailing = last + 1;
    while (trailing < last + 3 && isWordToken(tokens[trailing]) && primaryTag(tokens[trailing]) === 'RB' && tokens[trailing]!.lower.endsWith('ly')) trailing++;
    const adverbsToEnd = trailing > last + 1 && endsClause(trailing - 1);
    if (!withParticle && !endsClause(last) && !objectAndNegation && !adverbsToEnd) return undefined;
    return {
      kind: head === 'want' ? 'want' : kindOf(head, verbs, tokens), head: at, verbs, gap: gapChunks,
      ...(withParticle ? { particle: last + 1 } : {}), end: withParticle ? last + 2 : last + 1,
    };
  };
  const after = gap.at(-1)!.end;
  const verbs = head === 'want' ? (canBeInfinitive(tokens[after] ?? tokens[at]!) && isWordToken(tokens[after]) ? [after] : []) : chainFrom(tokens, after, head);
  // A particle with a verb reading ("back", "down") after a word that can be the verb is that verb's particle: "their
  // keys hand back".
  const particleOfSwallowed = verbs.length === 1 && PARTICLES.hasToken(tokens[after]!) && head !== 'be' && canBeVerbReading(tokens[after - 1]!, 'VB');
  if (verbs.length > 0 && verbs.at(-1)! >= after && !particleOfSwallowed) {
    const group = done(verbs, gap);
    if (group) return group;
    // A word after the verb carries the clause on: the group split in the middle of its clause by adverbials alone. A
    // noun phrase there is the object of a causative or a complement ("had the fountain repaired in May", "has two
    // modes based on …"). The readings below all need the gap's last phrase to close the clause, which a verb after it
    // rules out.
    const last = verbs.at(-1)!;
    const next = tokens[last + 1];
    const adverbials = gap.every((c) => c.kind !== 'NP' || c.time);
    return adverbials && gap.at(-1)!.end - gap[0]!.start >= 2 && next !== undefined && (next.kind === 'word' || next.kind === 'number')
      ? { kind: head === 'want' ? 'want' : kindOf(head, verbs, tokens), head: at, verbs, gap, end: last + 1, midClause: true }
      : undefined;
  }
  // A modal's passive in the German order, participle then "be", at the clause end: "should by 2024 finished be".
  const be = tokens[after + 1];
  if (head === 'modal' && isWordToken(tokens[after]) && canBeParticiple(tokens[after]!) && be?.lower === 'be' && endsClause(after + 1) && after - gap[0]!.start >= 2) {
    return { kind: 'modal', head: at, verbs: [after + 1, after], gap, end: after + 2 };
  }
  // The verb swallowed by the last phrase: its last word, after another word of the phrase or a phrase before it,
  // at the clause end ("further storms forecast", "to 40 euros climb", "the plans carefully review").
  const last = gap.at(-1)!;
  const word = tokens[last.end - 1]!;
  // Its particle may close the clause after it: "their essays hand in".
  const particleLast = isWordToken(tokens[last.end]) && PARTICLES.hasToken(tokens[last.end]!) && endsClause(last.end) && !QUESTION_WORDS.has(tokens[last.end + 1]?.lower ?? '');
  if (head === 'be' || last.kind === 'ADVP' || !(endsClause(last.end - 1) || particleLast) || !isWordToken(word)) return undefined;
  const single = last.end - last.start === 1;
  // The word before it is a noun or number of the same phrase ("storms forecast", "40 euros climb"), or it is the
  // phrase ("the plans carefully review"); after an article it is the phrase's noun ("to the ground", "for a time").
  if (single ? gap.length < 2 : isDeterminer(tokens[last.end - 2]!) || last.end - last.start < (last.kind === 'PP' ? 3 : 2)) return undefined;
  const fits = head === 'want' || head === 'modal' || head === 'let' ? canBeVerbReading(word, 'VB') : canBeVerbReading(word, 'VBN');
  if (!fits) return undefined;
  const rest = last.end - last.start === 1 ? gap.slice(0, -1) : [...gap.slice(0, -1), new Phrase(tokens, last.kind, last.start, last.end - 1, last.kind === 'PP' ? last.start + 1 : last.start)];
  return done([last.end - 1], rest);
}

/**
 * Whether a word the phrase took as its noun has this verb reading: one the lexicon reads first as a verb ("the
 * crossing stop"), or first as a noun with the verb reading too ("forecast" VBN, "train" VB).
 */
const canBeVerbReading = (t: Token, tag: 'VB' | 'VBN') => {
  if (!t.tags.includes(tag)) return false;
  const first = primaryTag(t);
  return first === 'VB' || first === 'VBP' || ((isCommonNounTag(first) || first === 'JJ') && (tag === 'VBN' || t.tags.includes('VBP') || first === 'NN'));
};

function splitClauses(tokens: readonly Token[], chunks: readonly Chunk[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let kind: ClauseKind = 'main';
  const close = (end: number) => {
    if (end > start) clauses.push({ kind, start, end });
    start = end;
  };
  for (const c of chunks) {
    if (c.kind === 'SUB') {
      close(c.start);
      const w = tokens[c.start]!;
      const before = tokens[c.start - 1];
      kind = RELATIVE.hasToken(w) || (w.lower === 'that' && before !== undefined && /^NNS?$|^NNPS?$/.test(primaryTag(before))) ? 'relative' : 'subordinate';
    } else if (c.kind === 'PUNCT' && CLOSING.test(tokens[c.start]!.text) && !/^[.!?…]$/.test(tokens[c.start]!.text) || tokens[c.start]!.text === '“' || tokens[c.start]!.text === '(') {
      close(c.end);
      kind = 'continued';
    }
  }
  close(tokens.length);
  if (clauses.length === 0) clauses.push({ kind: 'main', start: 0, end: tokens.length });
  return clauses;
}

// Adverbs that stand between the auxiliary and the verb in English ("will carefully review", "has only offered");
// other adverbs ("again", "twice", "back") go after the object.
const MID_ADVERBS = new WordSet([
  'not', "n't", 'n’t', 'never', 'only', 'also', 'already', 'just', 'still', 'always', 'even', 'ever', 'often', 'usually',
  'probably', 'certainly', 'merely', 'finally', 'really', 'simply', 'largely', 'mainly', 'partly', 'rarely', 'seldom',
  'hardly', 'once', 'now', 'soon', 'no', 'longer', 'more', 'less', 'yet',
]);
/** An adverb that stands between the subject or auxiliary and the verb in English: "still", "never", "not", "only". */
export const isMidAdverb = (t: Token): boolean => MID_ADVERBS.hasToken(t);

// Prepositions whose phrase belongs to the noun before it: "the prices for energy", "the head of the team".
const SUBJECT_PREPOSITIONS = new WordSet(['of', 'for']);
// Prepositions of a goal or an amount, which follow the verb before other phrases: "rise to 40 euros with taxes".
const GOAL_PREPOSITIONS = new WordSet(['to', 'into', 'onto', 'by']);

/** A replacement for tokens `[start, end)` of the text: `text.slice(start, end)` becomes `replacement`. */
export interface Rewrite {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The English order of a split verb group, from its head to its last word: the head, adverbs such as "only" or
 * "carefully", the verbs (with "to" after "want"), then the gap's noun phrases (with the prepositional phrases that
 * follow them), phrases of goal or amount ("to 40 euros"), other prepositional phrases, other adverbs and last the
 * time phrases: "will the report only next spring publish" → "will publish the report only next spring".
 * `inverted`: the gap's first noun phrase is the subject, put before the head ("Yesterday has the committee the plan
 * rejected" → "Yesterday the committee has rejected the plan"); `past`: the perfect becomes the simple past (for a
 * fronted past time, "Yesterday the committee rejected the plan"), where the participle is also the past form;
 * `question`: the subject stays after the head ("Why should the porters a pay cut accept?" → "should the porters accept a
 * pay cut"); `restEnd`: a group split in the middle of its clause takes the words after its verb up to there right after
 * the verb, before the gap's phrases ("has since March extended its hours" → "has extended its hours since March").
 */
export function englishOrder(
  sentence: Sentence, group: VerbGroup, text: string, options: { inverted?: boolean; question?: boolean; past?: boolean; restEnd?: number } = {},
): Rewrite {
  const tokens = sentence.tokens;
  const span = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  // The subject in the gap takes the "of" and "for" phrases after it: "the prices for energy".
  let subjectEnd = 0;
  if (options.inverted || options.question) {
    subjectEnd = 1;
    while (group.gap[subjectEnd]?.kind === 'PP' && !group.gap[subjectEnd]!.time && SUBJECT_PREPOSITIONS.has(tokens[group.gap[subjectEnd]!.start]!.lower)) subjectEnd++;
  }
  // An "of" phrase belongs to the phrase before it, whatever that is: "since the beginning | of the year".
  const gap: Chunk[] = [];
  for (const c of group.gap.slice(subjectEnd)) {
    const before = gap.at(-1);
    if (before !== undefined && c.kind === 'PP' && tokens[c.start]!.lower === 'of' && before.kind !== 'ADVP') gap[gap.length - 1] = { kind: before.kind, start: before.start, end: c.end, time: before.time };
    else gap.push(c);
  }
  const mid: string[] = [];
  const objects: string[] = [];
  const goals: string[] = [];
  const others: string[] = [];
  const after: string[] = [];
  const durations: string[] = [];
  const times: string[] = [];
  const frequencies: string[] = [];
  for (let n = 0; n < gap.length; n++) {
    const c = gap[n]!;
    if (isFrequency(tokens, c)) frequencies.push(span(c.start, c.end));
    else if (c.time) (isDuration(tokens, c) ? durations : times).push(span(c.start, c.end));
    else if (c.kind === 'ADVP' || c.kind === 'WORD') {
      const words = tokens.slice(c.start, c.end);
      (words.every((t) => MID_ADVERBS.hasToken(t) || t.lower.endsWith('ly')) ? mid : after).push(span(c.start, c.end));
    } else if (c.kind === 'NP') {
      // The prepositional phrases right after a noun phrase belong to it: "the rules for the old town".
      let end = c.end;
      while (gap[n + 1]?.kind === 'PP' && !gap[n + 1]!.time && !GOAL_PREPOSITIONS.has(tokens[gap[n + 1]!.start]!.lower)) end = gap[++n]!.end;
      objects.push(span(c.start, end));
    } else (GOAL_PREPOSITIONS.hasToken(tokens[c.start]!) ? goals : others).push(span(c.start, c.end));
  }
  const head = tokens[group.head]!;
  const verbs = group.verbs.map((v) => tokens[v]!.text);
  const main = tokens[group.verbs.at(-1)!]!;
  const past = options.past === true && group.kind === 'perfect' && group.verbs.length === 1 && main.tags.includes('VBD');
  const verbPart = [
    ...(past ? [] : [head.text]), ...(group.kind === 'want' ? ['to'] : []), ...mid, ...verbs,
    ...(group.particle === undefined ? [] : [tokens[group.particle]!.text]),
  ];
  const subject = subjectEnd > 0 ? [span(group.gap[0]!.start, group.gap[subjectEnd - 1]!.end)] : [];
  const restEnd = options.restEnd !== undefined && options.restEnd > group.end ? options.restEnd : group.end;
  const rest = restEnd > group.end ? [span(group.end, restEnd)] : [];
  const end = tokens[restEnd - 1]!.end;
  // A question keeps the auxiliary before its subject: "should our staff accept a pay cut".
  const clause = options.question ? [head.text, ...subject, ...verbPart.slice(1)] : [...subject, ...verbPart];
  return { start: head.start, end, replacement: [...clause, ...rest, ...objects, ...goals, ...others, ...frequencies, ...after, ...durations, ...times].join(' ') };
}

/**
 * One past the last word of the clause after the verb of a group split in its middle ("has since March extended | its
 * hours |."), for `englishOrder`'s `restEnd`; undefined when the clause runs on past a dozen words.
 */
export function clauseRestEnd(sentence: Sentence, group: VerbGroup): number | undefined {
  const analysis = analyseSentence(sentence);
  const last = Math.min(sentence.tokens.length, group.end + 12);
  for (let k = group.end; k <= last; k++) if (analysis.endsClause(k - 1)) return k;
  return undefined;
}

// Adverbs of frequency that English puts after the verb and its object, never between a modal and its verb: "will
// run daily", not "will daily run".
const FREQUENCY_ADVERBS = new WordSet(['daily', 'hourly', 'weekly', 'monthly', 'yearly', 'nightly', 'annually', 'fortnightly', 'quarterly']);
// Plural days and periods after "on" or "at" that make a habit, not a date: "on Sundays", "at weekends".
const HABIT_NOUNS = new WordSet(['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends', 'weekdays', 'nights', 'mornings', 'evenings']);

/**
 * An adverbial of frequency ("daily", "every hour", "twice a day", "on Sundays"), which English puts right after the
 * verb's object, before "again" and the time phrases that date the event: "will run every hour again from June".
 */
function isFrequency(tokens: readonly Token[], c: Chunk): boolean {
  const first = tokens[c.start]!;
  if ((c.kind === 'ADVP' || c.kind === 'WORD') && c.end === c.start + 1) return FREQUENCY_ADVERBS.hasToken(first);
  if (!c.time) return false;
  if (c.kind === 'NP') return first.lower === 'every' || first.lower === 'each' || frequencyEnd(tokens, c.start) === c.end;
  return c.kind === 'PP' && c.end === c.start + 2 && (first.lower === 'on' || first.lower === 'at') && HABIT_NOUNS.hasToken(tokens[c.start + 1]!);
}

// Prepositions that make an amount of time a duration: "within twenty minutes", "for two years", "in three days".
const DURATION_PREPOSITIONS = new WordSet(['for', 'within', 'in', 'over']);

/**
 * A time phrase that measures a duration, which English puts before a point in time ("badly damaged within twenty
 * minutes on Saturday evening"): a preposition of duration and an amount that is not a year.
 */
function isDuration(tokens: readonly Token[], c: Chunk): boolean {
  if (c.kind !== 'PP' || !DURATION_PREPOSITIONS.hasToken(tokens[c.start]!)) return false;
  for (let k = c.start + 1; k < c.end; k++) if (isNumeral(tokens[k]) && !isYearNumber(tokens[k]!.text)) return true;
  return false;
}

// Words that invert subject and auxiliary when they open a clause: "Not once has the board met", "Nor could the firm".
const INVERTING = new WordSet(['not', 'never', 'nor', 'neither', 'only', 'rarely', 'seldom', 'hardly', 'scarcely', 'little', 'nowhere', 'so']);

/**
 * Where a verb group's subject stands: 'before' the head ("The council has …", "which can …", "and will …"),
 * 'inverted' after it, behind a fronted time phrase, prepositional phrase or adverb that opens the clause ("Yesterday
 * has the committee the plan rejected": the gap's first noun phrase), or undefined: a question, a headline, a clause
 * inverted after a negative ("Nor could the firm expand", "only then had the board approved") or a head after
 * "to" or a subordinator. 'question': a question whose gap holds the subject and an object before the verb ("Why
 * should our staff a pay cut accept?"); other questions give undefined.
 */
export function subjectOf(sentence: Sentence, group: VerbGroup): 'before' | 'inverted' | 'question' | undefined {
  const tokens = sentence.tokens;
  const analysis = analyseSentence(sentence);
  // Questions invert subject and auxiliary: "Which way will the market move?", "What could a union have but …?". Two
  // noun phrases before the verb, after a question word, are the German order: "Why should the porters a pay cut accept?"
  for (let p = tokens.length - 1; p >= 0 && p >= tokens.length - 3; p--) {
    if (!tokens[p]!.text.includes('?')) continue;
    const opener = analysis.chunkAt(Math.max(0, group.head - 1));
    const nouns = group.gap.filter((c) => c.kind === 'NP' && !c.time).length;
    const first = group.gap[0];
    if (first?.kind !== 'NP') return undefined;
    // A yes/no question opened by its modal: a subject and an object before the verb ("Can you the app from the
    // store download?"), or a subject and a preposition with a bare adjective, which modifies no noun ("Can the app
    // also for free download?").
    if (group.kind === 'modal' && group.head === 0) {
      return nouns >= 2 || group.gap.some((c) => c.kind === 'PP' && c.end === c.start + 2 && isAdjective(tokens[c.start + 1]!)) ? 'question' : undefined;
    }
    return opener.kind === 'SUB' && opener.start === analysis.clauseAt(group.head).start && !SUBJECT_PRONOUNS.hasToken(tokens[first.start]!) && nouns >= 2
      ? 'question'
      : undefined;
  }
  const clause = analysis.clauseAt(group.head);
  for (let p = clause.start; p < group.head; p++) if (INVERTING.hasToken(tokens[p]!) && (p === clause.start || analysis.chunkAt(p - 1).kind === 'SUB')) return undefined;
  // "should be | in autumn | finished", "has been | at midnight | created": an auxiliary or modal right before the
  // head, in its chunk, stands after the subject too.
  const headChunk = analysis.chunkAt(group.head);
  const opening = group.head > 0 && primaryTag(tokens[group.head - 1]) === 'MD' ? group.head - 1
    : headChunk.kind === 'VERB' && headChunk.start < group.head && tokens[headChunk.start]!.lower !== 'to' ? headChunk.start : group.head;
  if (opening === 0) return undefined;
  const before = analysis.chunkAt(opening - 1);
  const word = tokens[opening - 1]!;
  // A placeholder names the subject in software strings: "{name} has the file shared".
  if ((before.kind === 'NP' && !before.time) || word.text === '}') return 'before';
  // The subject with the phrases that modify it: "The prices for bread have …", "The train to Berlin has …".
  if (before.kind === 'PP' && !before.time) {
    let p = before.start;
    while (p > clause.start && analysis.chunkAt(p - 1).kind === 'PP' && !analysis.chunkAt(p - 1).time) p = analysis.chunkAt(p - 1).start;
    const subject = p > clause.start ? analysis.chunkAt(p - 1) : undefined;
    if (subject?.kind === 'NP' && !subject.time && subject.start === clause.start) return 'before';
  }
  // A subject pronoun right after the head inverts them: a question or condition ("will we get", "should he speak").
  const first = group.gap[0];
  if (first?.kind === 'NP' && SUBJECT_PRONOUNS.hasToken(tokens[first.start]!)) return undefined;
  if (before.kind === 'CC' || (before.kind === 'SUB' && (/^(which|who)$/.test(word.lower) || analysis.clauseAt(opening - 1).kind === 'relative'))) return 'before';
  // A fronted adverbial and the subject after the head: every chunk from the clause start is an adverbial. The subject
  // alone in the gap only before a participle and "be" in the German order ("must the computer restarted be").
  const germanPassive = group.verbs.length === 2 && group.verbs[0]! > group.verbs[1]!;
  if (first?.kind !== 'NP' || first.time || (group.gap.length < 2 && !germanPassive)) return undefined;
  for (let p = clause.start; p < opening; p = analysis.chunkAt(p).end) {
    const c = analysis.chunkAt(p);
    // English fronts a place phrase and inverts too ("With our fate will the destiny … be involved"): not a PP, but
    // before a perfect, which English does not invert after one ("According to the report have the prices … risen").
    const phraseBeforePerfect = group.kind === 'perfect' && (c.kind === 'PP' || (tokens[c.start]!.lower === 'according' && tokens[c.end]?.lower === 'to'));
    if (!(c.time || c.kind === 'ADVP' || phraseBeforePerfect || (c.kind === 'PUNCT' && p === clause.start))) return undefined;
  }
  return clause.start < opening ? 'inverted' : undefined;
}
