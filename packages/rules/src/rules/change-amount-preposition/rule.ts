import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, isCardinal, isCommonNoun, isDeterminer, isModal, isNominalPart, isSpelledCardinal, isWordToken, lemma, nounSenses, type Sentence, verbSenses, type Token, WordMap, WordSet } from '@mtlint/text';

// Words that scale a number: "40 million", "3 thousand".
const MULTIPLIERS = new WordSet(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn']);
// Units of a relative change; "points" and "times" also count.
const PERCENT_UNITS = new WordSet(['%', 'percent', 'pct', 'points', 'times']);
// Units of money and measure after a number: "on 10 cents", "on 2 degrees", "on 30 centimetres".
const MEASURE_UNITS = new WordSet([
  'cents', 'euros', 'dollars', 'pounds', 'roubles', 'rubles', 'zlotys', 'francs', 'yen', 'yuan', 'kopecks', 'pence',
  'degrees', 'metres', 'meters', 'centimetres', 'centimeters', 'kilometres', 'kilometers', 'kilograms', 'tonnes', 'tons',
  'litres', 'liters',
]);

/**
 * A verb of quantitative change (grow, rise, fall, increase, cut); "gain on" means "catch up with", and an -ing form
 * is often a noun of action ("burning on 3.5 million acres": where, not how much).
 */
function isChangeVerb(t: Token): boolean {
  const tag = t.tags[0] ?? '';
  return tag.startsWith('VB') && tag !== 'VBG' && lemma.of(t) !== 'gain' && verbSenses.of(t).includes('verb.change');
}

/** A noun of quantitative change: "growth", "decline", "increase", "a rise". */
function isChangeNoun(t: Token): boolean {
  if (!isCommonNoun(t) || t.lower.endsWith('ing')) return false;
  return nounSenses.of(t).includes('noun.process') || (t.tags.includes('VB') && verbSenses(lemma.of(t)).includes('verb.change'));
}

// The longest object read between a verb of change and "on": "raised the monthly fees on 5 percent".
const MAX_OBJECT = 4;

/**
 * The index of a verb of change whose object ends right before "on" at `at` ("increase pensions on 10 percent",
 * "cut the fares on 5 percent"), or -1. The object is a determiner and nominal words only, no preposition.
 */
function changeVerbBeforeObject(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0 && at - k <= MAX_OBJECT; k--) {
    const t = tokens[k]!;
    if (!isWordToken(t)) return -1;
    // A base form after "to" or a modal is a verb whatever the lexicon reads first ("to increase pensions").
    const base = t.tags.includes('VB') && isWordToken(tokens[k - 1]) && (tokens[k - 1]!.lower === 'to' || isModal(tokens[k - 1]!));
    if (k < at - 1 && (base ? verbSenses(lemma.of(t)).includes('verb.change') : isChangeVerb(t) && !isCommonNoun(t))) return k;
    if (!isNominalPart(t) && !isDeterminer(t)) return -1;
  }
  return -1;
}

const COMPARED = new WordSet(['compared']);
const COMPARED_WITH = new WordSet(['with', 'to']);
// How many adverbials may stand between the verb of change and "on": "rose in March in the capital on 5 percent".
const MAX_ADVERBIALS = 3;

/**
 * The index of a verb of change separated from "on" at `at` by adverbials alone — prepositional phrases, time phrases
 * and adverbs: "grew in the third quarter on 4 percent", "fell sharply last year on a fifth" — or -1. Russian and German
 * put the time or the place before the size ("вырос в третьем квартале на 4%", "stieg im dritten Quartal um 4 Prozent").
 * A phrase with "by" already gives a size, so "on" after it is something else.
 */
function changeVerbBeforeAdverbials(sentence: Sentence, at: number): number {
  const analysis = analyseSentence(sentence);
  const tokens = sentence.tokens;
  let k = at - 1;
  let phrases = 0;
  while (k >= 0 && phrases < MAX_ADVERBIALS) {
    const chunk = analysis.chunkAt(k);
    const adverbial = chunk.kind === 'ADVP' || (chunk.kind === 'PP' && tokens[chunk.start]!.lower !== 'by') || (chunk.kind === 'NP' && chunk.time);
    if (!adverbial) break;
    phrases++;
    k = chunk.start - 1;
    // "compared with February", "compared to last year": the participle before its phrase is part of the adverbial.
    if (chunk.kind === 'PP' && COMPARED.has(tokens[k]?.lower ?? '') && COMPARED_WITH.hasToken(tokens[chunk.start]!)) k--;
  }
  const verb = tokens[k];
  return phrases > 0 && isWordToken(verb) && isChangeVerb(verb) ? k : -1;
}

// Words that hedge an amount between the preposition and the number: "on almost 12 percent", "on about a third".
const HEDGES = new WordSet(['almost', 'nearly', 'about', 'around', 'roughly', 'approximately', 'some', 'just', 'only', 'over']);

const FRACTIONS = new WordSet(['half', 'third', 'quarter', 'fifth', 'tenth']);

/**
 * The end (exclusive index) of an amount starting at `from` — "3 percent", "1.5%", "2.5 percentage points",
 * "40 million", "40 million tonnes", "3 times" — or -1. A bare number ("on 12 May", "on 3 occasions") is no amount.
 */
function amountEnd(tokens: readonly Token[], from: number): number {
  const n = tokens[from];
  // A fraction: "on a third", "on one quarter", "on half" (на треть, на четверть, наполовину).
  const fractionAt = /^(a|one)$/.test(n?.lower ?? '') ? from + 1 : from;
  if (FRACTIONS.has(tokens[fractionAt]?.lower ?? '') && (fractionAt > from || tokens[fractionAt]!.lower === 'half') && tokens[fractionAt + 1]?.lower !== 'of') return fractionAt + 1;
  // Digits or words: "on 12 percent", "on twelve percent".
  if (!isCardinal(n)) return -1;
  if (n!.text.endsWith('%')) return from + 1;
  let i = from + 1;
  let scaled = false;
  while (i < tokens.length && MULTIPLIERS.hasToken(tokens[i]!)) {
    i++;
    scaled = true;
  }
  const unit = tokens[i];
  if (unit && (PERCENT_UNITS.hasToken(unit) || (unit.lower === 'per' && tokens[i + 1]?.lower === 'cent'))) {
    i += unit.lower === 'per' ? 2 : 1;
  } else if (unit?.lower === 'percentage' && tokens[i + 1]?.lower === 'points') {
    i += 2;
  } else if (isWordToken(unit) && MEASURE_UNITS.hasToken(unit)) {
    // "rose on 10 cents", "fell on 2 degrees": money and measures are amounts too.
    i++;
  } else if (scaled && isWordToken(unit) && unit.tags[0] === 'NNS') {
    i++;
  } else if (!scaled) {
    return -1;
  }
  return i;
}

// A multiple of a change: "в 2 раза" is "by a factor of two". Word numbers beyond ten are rare in this calque.
const WORD_NUMBERS = new WordMap([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
// The verbs English has for the common multiples, by direction: "doubled", "tripled", "halved".
const MULTIPLE_VERBS_UP = new Map([[2, 'double'], [3, 'triple'], [4, 'quadruple']]);
const MULTIPLE_VERBS_DOWN = new Map([[2, 'halve']]);
// Verbs of change that lower an amount; WordNet's verb.change does not tell up from down, so the class is listed.
const UPWARD = new WordSet(['increase', 'rise', 'grow', 'climb', 'jump', 'raise', 'soar', 'surge', 'hike', 'lift', 'expand', 'swell', 'rocket', 'mount']);
const DOWNWARD = new WordSet(['decrease', 'fall', 'drop', 'decline', 'shrink', 'reduce', 'cut', 'sink', 'slump', 'plunge', 'diminish', 'lower', 'contract', 'slow']);

interface Multiple {
  /** The factor: 2, 1.5. */
  value: number;
  /** The factor as "-fold" takes it: "2.7-fold", "threefold". */
  fold: string;
  /** The index after "times". */
  end: number;
}

/** "2 times", "2.7 times", "two times", "one and a half times" starting at `from`, or undefined. */
function multipleAt(tokens: readonly Token[], from: number): Multiple | undefined {
  const n = tokens[from];
  if (n === undefined) return undefined;
  let value: number | undefined;
  let fold = '';
  let k = from + 1;
  if (n.kind === 'number') {
    value = Number(n.text.replace(',', '.'));
    fold = `${n.text}-fold`;
  } else if (WORD_NUMBERS.has(n.lower) || n.lower === 'one') {
    value = WORD_NUMBERS.getToken(n) ?? 1;
    fold = `${n.lower}fold`;
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  // "one and a half times": "в полтора раза".
  if (tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'half') {
    value += 0.5;
    fold = `${value}-fold`;
    k += 3;
  }
  if (value < 1.5 || tokens[k]?.lower !== 'times') return undefined;
  return { value, fold, end: k + 1 };
}

/** "doubled", "halves", "triple": the verb for a multiple, in the form of the verb it replaces, or undefined. */
function multipleVerb(verb: Token, value: number): string | undefined {
  const base = (DOWNWARD.has(lemma.of(verb)) ? MULTIPLE_VERBS_DOWN : MULTIPLE_VERBS_UP).get(value);
  if (base === undefined) return undefined;
  const tag = verb.tags[0] ?? '';
  if (tag === 'VBD' || tag === 'VBN') return `${base}d`;
  return tag === 'VBZ' ? `${base}s` : base;
}

/**
 * A multiple given with "by" or "in" (the preposition at `i`): "swelled by three times", "climbed in 2.7 times", "fell in
 * 2 times", "a growth in 3 times", "is in 2 times higher"; undefined when "times" multiplies a noun phrase ("by three
 * times the old price") or the word before is no verb or noun of change.
 */
function multiple(tokens: readonly Token[], i: number): Report | undefined {
  const m = multipleAt(tokens, i + 1);
  if (m === undefined) return undefined;
  const preposition = tokens[i]!;
  const head = tokens[i - 1]!;
  const times = tokens[m.end - 1]!;
  const after = tokens[m.end];
  const span = { start: preposition.start, end: times.end };
  const message = `A multiple takes no "${preposition.lower}" in English: "doubled", "grew ${m.fold}", "${m.value} times higher".`;
  const tag = after?.tags[0] ?? '';
  if (tag === 'JJR' || tag === 'RBR') {
    // "is in 2 times higher": the comparative carries the change; "in 3 times less time" is a duration.
    const noun = tokens[m.end + 1];
    if (preposition.lower !== 'in' || !/^VB[DPZ]$/.test(head.tags[0] ?? '') || (isWordToken(noun) && isCommonNoun(noun))) return undefined;
    return { ...span, message, suggestions: [{ start: preposition.start, end: tokens[i + 1]!.start, replacement: '' }] };
  }
  if (isWordToken(after) && (isNominalPart(after) || after.tags[0] === 'CD')) return undefined;
  if (head.kind !== 'word') return undefined;
  // The verb of change right before "in"/"by", or before its object: "increased the production in two times".
  const verbAt = isChangeVerb(head) ? i - 1 : changeVerbBeforeObject(tokens, i);
  if (verbAt >= 0) {
    const verb = tokens[verbAt]!;
    const fold = { start: preposition.start, end: times.end, replacement: m.fold };
    const word = multipleVerb(verb, m.value);
    // The object stays after the new verb: "increased its output in two times" → "doubled its output".
    const object = tokens.slice(verbAt + 1, i).map((t) => t.text).join(' ');
    const suggestions = word ? [{ start: verb.start, end: times.end, replacement: object ? `${word} ${object}` : word }, fold] : [fold];
    return { start: verb.start, end: times.end, message, suggestions };
  }
  // "a growth in 3 times": "a threefold growth".
  if (preposition.lower === 'in' && isChangeNoun(head)) {
    return { start: head.start, end: times.end, message, suggestions: [{ start: head.start, end: times.end, replacement: `${m.fold} ${head.text}` }] };
  }
  return undefined;
}

const isRelativeAmount = (last: Token) => PERCENT_UNITS.hasToken(last) || last.lower === 'cent' || last.text.endsWith('%');

// The longest noun phrase read between "increase of" and the amount's "of": "of the monthly rents of 5 percent".
const MAX_CHANGED = 4;

/**
 * "an increase of the visitors of 15 percent" (Italian "un aumento dei visitatori del 15%", Spanish "un aumento de los
 * visitantes del 15%", Russian "рост числа туристов на 15%" by way of "of"): a noun of change whose "of" names what
 * changes, then the amount's "of". English names what changes with "in": "an increase in visitors of 15 percent".
 * "an increase of the order of 10 degrees" is English.
 */
function changedWithOf(tokens: readonly Token[], of: number): Report | undefined {
  const head = tokens[of - 1];
  if (!isWordToken(head) || !isChangeNoun(head)) return undefined;
  for (let k = of + 1; k < tokens.length && k - of <= MAX_CHANGED; k++) {
    const t = tokens[k]!;
    if (t.lower === 'of') {
      const end = amountEnd(tokens, k + 1);
      // A scaled count is what the noun is of ("the growth of the city of 2 million people"); a share is a change.
      if (k === of + 1 || tokens[k - 1]!.lower === 'order' || end < 0 || !isRelativeAmount(tokens[end - 1]!)) return undefined;
      return {
        start: tokens[of]!.start,
        end: tokens[end - 1]!.end,
        message: `What a change is of takes "in" when the amount follows with "of": "${head.text} in … of …".`,
        suggestions: [{ start: tokens[of]!.start, end: tokens[of]!.end, replacement: 'in' }],
      };
    }
    if (!isWordToken(t) || !(isNominalPart(t) || isDeterminer(t))) return undefined;
  }
  return undefined;
}

// Prepositions other languages give the size of a change with, right after the verb: French and Italian "de/di"
// ("augmenté de 5 %"), Spanish "en" ("subió en un 5 %"), Dutch and Scandinavian "met/med", Slavic "za"/"o" by way
// of "for". "at" is left out: "grew at 3 percent" gives a rate in English.
const SIZE_PREPOSITIONS = new WordSet(['of', 'in', 'with', 'for']);
// Every check starts at one of these: the multiple's "by" and "in", the size's, "on", "till" and "until". A plain
// set, as the catalogue freezes a rule's anchor (the engine reads its words once).
const CHANGE_PREPOSITIONS = new Set(['by', 'in', 'on', 'of', 'with', 'for', 'till', 'until']);

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₽', '₴']);
// Particles that end a phrasal verb of change: "went up", "has gone down", "shot up".
const CHANGE_PARTICLES = new WordSet(['up', 'down']);
// Their forms, listed: the lemmatizer reads "went" as "wend".
const PHRASAL_CHANGE_VERBS = new WordSet(['go', 'goes', 'went', 'gone', 'going', 'shoot', 'shoots', 'shot', 'creep', 'creeps', 'crept', 'edge', 'edges', 'edged', 'tick', 'ticks', 'ticked']);
// Adverbs that may stand between the verb and the size: "rose sharply for 5 percent", "fell on average for 3 euros".
const CHANGE_ADVERBS = new WordSet(['sharply', 'slightly', 'significantly', 'considerably', 'again', 'further', 'already', 'only', 'also', 'overall', 'steadily', 'dramatically', 'substantially']);

/**
 * The index of the verb of change the size at `i` belongs to, or -1: right before it ("rose for 5 percent"), before
 * an adverb or "on average" ("rose sharply for", "rose on average for"), or a phrasal verb's particle ("went up for").
 * After a determiner or adjective the word is a noun ("an annual yield of 4 per cent").
 */
function changeVerbBefore(sentence: Sentence, i: number): number {
  const tokens = sentence.tokens;
  let k = i - 1;
  if (tokens[k]?.lower === 'average' && tokens[k - 1]?.lower === 'on') k -= 2;
  else if (CHANGE_ADVERBS.hasToken(tokens[k] ?? tokens[i]!)) k--;
  const head = tokens[k];
  // Only before "for": "of" after a phrase is the phrase's own ("at the rate of about 30%", "a cutback of around 20%").
  const adverbials = k === i - 1 && tokens[i]!.lower === 'for';
  if (!isWordToken(head)) return adverbials ? changeVerbBeforeAdverbials(sentence, i) : -1;
  if (CHANGE_PARTICLES.hasToken(head)) {
    const verb = tokens[k - 1];
    return isWordToken(verb) && PHRASAL_CHANGE_VERBS.hasToken(verb) ? k - 1 : -1;
  }
  // A base form after a modal or "to" is a verb whatever the lexicon reads first ("will rise", "to increase").
  const after = tokens[k - 1];
  const base = head.tags.includes('VB') && isWordToken(after) && (after.lower === 'to' || isModal(after));
  if (base) return verbSenses(lemma.of(head)).includes('verb.change') ? k : -1;
  // A time or a place between, as German and Russian order it: "rose last week for 4 cents", "fell in May for 3 percent".
  if (!isChangeVerb(head)) return adverbials ? changeVerbBeforeAdverbials(sentence, i) : -1;
  const before = tokens[k - 1];
  if (isWordToken(before) && (isDeterminer(before) || /^(JJ|PRP\$|POS|CD)$/.test(before.tags[0] ?? ''))) return -1;
  return k;
}

/**
 * "Sales increased of 12 percent", "prices rose with 4%", "exports fell in 3 percentage points": a verb of change,
 * one of `SIZE_PREPOSITIONS` and a relative amount. A share ("rose in 5 percent of the towns") and an amount that
 * modifies a noun ("grew with 5 percent inflation") are left alone.
 */
function sizeAfterVerb(sentence: Sentence, i: number): Report | undefined {
  const tokens = sentence.tokens;
  const preposition = tokens[i]!;
  if (!SIZE_PREPOSITIONS.hasToken(preposition)) return undefined;
  const verbAt = changeVerbBefore(sentence, i);
  if (verbAt < 0) return undefined;
  // A hedge may stand before the amount, and a fraction is as relative as a percentage: "increased for almost a third".
  // A currency sign opens a sum: "rose for $5", "fell for €3".
  let from = HEDGES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const currency = CURRENCY_SIGNS.has(tokens[from]?.text ?? '');
  if (currency) from++;
  // After a currency sign a bare or scaled number is the sum: "$12", "€3 million".
  let end = currency && isCardinal(tokens[from]) ? from + 1 : amountEnd(tokens, from);
  if (currency) while (end > 0 && end < tokens.length && MULTIPLIERS.hasToken(tokens[end]!)) end++;
  // "cut in half", "split in half" are English: a fraction counts only after "a" or "one", and not after "in".
  const fraction = FRACTIONS.hasToken(tokens[end - 1] ?? preposition) && end - from === 2 && preposition.lower !== 'in';
  // A sum of money or a measure is as much the size of a change as a share is ("increased for 12 cents"), except
  // after "in", which also gives a step or a setting ("rose in 5 degree steps" is caught as a noun after the amount).
  // WordNet's verb.change also holds "hold" and "work" ("held in bail of $100,000", "worked for $30", Brown): a sum
  // counts only after a verb that moves an amount up or down.
  const moves = PHRASAL_CHANGE_VERBS.hasToken(tokens[verbAt]!) || UPWARD.has(lemma.of(tokens[verbAt]!)) || DOWNWARD.has(lemma.of(tokens[verbAt]!));
  const measure = preposition.lower !== 'in' && moves && (currency || (end > 0 && MEASURE_UNITS.hasToken(tokens[end - 1]!)));
  if (end < 0 || tokens[end - 1]!.lower === 'times' || !(isRelativeAmount(tokens[end - 1]!) || fraction || measure)) return undefined;
  const after = tokens[end];
  if (after?.lower === 'of' || (isWordToken(after) && isCommonNoun(after))) return undefined;
  // "rose for half the day": a fraction of what follows; "fell for a third straight month", "a third time": an ordinal.
  // So after a fraction a word may only open a phrase of its own ("by a third in May").
  if (fraction && isWordToken(after) && !/^(IN|TO|RB|CC)$/.test(after.tags[0] ?? '')) return undefined;
  return {
    start: preposition.start,
    end: tokens[end - 1]!.end,
    message: `The size of a change takes "by", not "${preposition.lower}": "${tokens.slice(verbAt, i).map((t) => t.text).join(' ')} by …".`,
    suggestions: [{ start: preposition.start, end: preposition.end, replacement: 'by' }],
  };
}

/**
 * "Unemployment rose till 7 percent" (Russian "до", German "bis"): the level a change reaches takes "to"; "until" and
 * "till" give a time ("rose until 2008"), so only a relative amount after them counts.
 */
function levelAfterUntil(tokens: readonly Token[], i: number): Report | undefined {
  const until = tokens[i]!;
  const head = tokens[i - 1]!;
  if ((until.lower !== 'till' && until.lower !== 'until') || !isWordToken(head) || !isChangeVerb(head)) return undefined;
  const end = amountEnd(tokens, i + 1);
  if (end < 0 || tokens[end - 1]!.lower === 'times' || !isRelativeAmount(tokens[end - 1]!)) return undefined;
  return {
    start: until.start,
    end: tokens[end - 1]!.end,
    message: `The level a change reaches takes "to" in English: "${head.text} to …"; "${until.lower}" gives a time (Russian "до", German "bis" say both).`,
    suggestions: [{ start: until.start, end: until.end, replacement: 'to' }],
  };
}

// Units a difference is measured in after a comparative: "longer on 40 metres", "cheaper on 5 euros", "older on 3 years".
// ("higher on 3 tests", "better on 2 counts" name where, not how much.)
const DIFFERENCE_UNITS = new WordSet([
  'metres', 'meters', 'kilometres', 'kilometers', 'km', 'centimetres', 'centimeters', 'cm', 'kilograms', 'kg', 'tonnes', 'tons',
  'euros', 'dollars', 'roubles', 'rubles', 'hryvnias', 'zlotys', 'lira', 'liras', 'pounds', 'years', 'months', 'weeks', 'days',
  'hours', 'minutes', 'degrees', 'percent', '%',
]);

// Units of a difference after "for" (Polish "droższy o", Czech "dražší o", by way of "for"): money, measures and
// shares; not time, as "higher for 3 years" is how long.
const FOR_DIFFERENCE_UNITS = new WordSet([...MEASURE_UNITS, 'percent', '%', 'km', 'cm', 'kg']);

/**
 * "more expensive for 7 cents", "cheaper for 5 euros", "longer for 40 metres": the size of a difference after a
 * comparative takes "by" ("7 cents more expensive"). A share of a whole ("higher for 10 percent of patients") is left.
 */
function differenceFor(tokens: readonly Token[], i: number): Report | undefined {
  const head = tokens[i - 1]!;
  if (tokens[i]!.lower !== 'for' || !isWordToken(head)) return undefined;
  const comparative = head.tags.includes('JJR') || head.tags.includes('RBR') || (head.tags[0] === 'JJ' && /^(more|less)$/.test(tokens[i - 2]?.lower ?? ''));
  if (!comparative) return undefined;
  const currency = CURRENCY_SIGNS.has(tokens[i + 1]?.text ?? '');
  const amount = tokens[currency ? i + 2 : i + 1];
  if (!isCardinal(amount)) return undefined;
  let end = currency ? i + 3 : i + 2;
  while (end < tokens.length && MULTIPLIERS.hasToken(tokens[end]!)) end++;
  const unit = tokens[end];
  if (!currency && !amount!.text.endsWith('%')) {
    if (unit === undefined || !FOR_DIFFERENCE_UNITS.hasToken(unit)) return undefined;
    end++;
  }
  if (tokens[end]?.lower === 'of' || (isWordToken(tokens[end]) && isCommonNoun(tokens[end]!))) return undefined;
  return {
    start: tokens[i]!.start,
    end: tokens[end - 1]!.end,
    message: `The size of a difference takes "by" in English ("${head.text} by …", or the amount first), not "for".`,
    suggestions: [{ start: tokens[i]!.start, end: tokens[i]!.end, replacement: 'by' }],
  };
}

/** "longer on 40 metres than …" (Russian "длиннее на 40 метров"): the size of a difference takes "by". */
function differenceOn(tokens: readonly Token[], i: number): Report | undefined {
  const head = tokens[i - 1]!;
  const amount = tokens[i + 1];
  const unit = tokens[i + 2];
  if (!isCardinal(amount) || unit === undefined || (!DIFFERENCE_UNITS.hasToken(unit) && !amount!.text.endsWith('%'))) return undefined;
  // "longer" is an adverb first in the lexicon ("no longer"): any comparative reading counts.
  if (!isWordToken(head) || !(head.tags.includes('JJR') || head.tags.includes('RBR'))) return undefined;
  return {
    start: tokens[i]!.start,
    end: (amount!.text.endsWith('%') ? amount! : unit).end,
    message: `The size of a difference takes "by" in English ("${head.text} by …", or the amount first: "… ${head.text}"), not "on" (Russian "на").`,
    suggestions: [{ start: tokens[i]!.start, end: tokens[i]!.end, replacement: 'by' }],
  };
}

export default defineRule({
  meta: {
    id: 'change-amount-preposition',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.9,
    description: 'The amount of a change introduced by "on", or a multiple by "in/by … times": "grew on 3 percent", "rose in 2 times", "expanded by three times".',
    sourceHint: 'Russian "на" and "в … раз" with a change ("вырос на 3%", "рост на 5%", "увеличился в 2 раза").',
    fixable: true,
  },
  // 'on' or 'of' before an amount (a number in digits or words), or 'by'/'in' before a multiple ('times'): the detector reads the
  // prepositions, as anchors, and the sentence needs an amount besides.
  anchor: CHANGE_PREPOSITIONS,
  needs: [(t) => t.kind === 'number' || isSpelledCardinal(t.lower) || t.lower === 'times' || FRACTIONS.hasToken(t)],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, CHANGE_PREPOSITIONS);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i < 1 || i + 1 >= tokens.length) continue;
      const preposition = tokens[i]!;
      if (preposition.lower === 'by' || preposition.lower === 'in') {
        const found = multiple(tokens, i);
        if (found) {
          reports.push(found);
          continue;
        }
      }
      if (preposition.lower === 'of') {
        const found = changedWithOf(tokens, i);
        if (found) {
          reports.push(found);
          continue;
        }
      }
      if (preposition.lower !== 'on') {
        const found = sizeAfterVerb(sentence, i) ?? levelAfterUntil(tokens, i) ?? differenceFor(tokens, i);
        if (found) reports.push(found);
        continue;
      }
      const difference = differenceOn(tokens, i);
      if (difference) {
        reports.push(difference);
        continue;
      }
      const end = amountEnd(tokens, HEDGES.hasToken(tokens[i + 1]!) ? i + 2 : i + 1);
      if (end < 0) continue;
      // "rose on 5 percent growth": the amount modifies the noun that follows, the cause of the change.
      const after = tokens[end];
      if (isWordToken(after) && isCommonNoun(after)) continue;
      const head = tokens[i - 1]!;
      if (head.kind !== 'word') continue;
      const noun = isChangeNoun(head);
      // After an object, "raised prices on 5 percent of households" is a share of something, not the size of a change.
      // After adverbials, the verb they follow names the change: "grew in the third quarter on 4 percent".
      let verbAt = noun || isChangeVerb(head) ? i - 1 : after?.lower === 'of' ? -1 : changeVerbBeforeObject(tokens, i);
      if (verbAt < 0 && !noun && after?.lower !== 'of') verbAt = changeVerbBeforeAdverbials(sentence, i);
      if (verbAt < 0) continue;
      const right = noun ? 'of' : 'by';
      reports.push({
        start: preposition.start,
        end: tokens[end - 1]!.end,
        message: `The size of a change takes "${right}", not "on": "${tokens[verbAt]!.text} ${right} …".`,
        suggestions: [{ start: preposition.start, end: preposition.end, replacement: right }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The bus fare rose on 20 cents in March.', output: 'The bus fare rose by 20 cents in March.' },
      { text: 'Imports grew for nearly a third.', output: 'Imports grew by nearly a third.' },
      { text: 'Wheat exports fell in the second half of the year on 9 percent.', output: 'Wheat exports fell in the second half of the year by 9 percent.' },
      { text: 'Rents rose sharply in the suburbs on almost a third.', output: 'Rents rose sharply in the suburbs by almost a third.' },
      { text: 'Bread prices rose in May compared with April on 2 percent.', output: 'Bread prices rose in May compared with April by 2 percent.' },
      { text: 'Exports grew on 3 percent last year.', output: 'Exports grew by 3 percent last year.' },
      { text: 'Ticket sales fell on a third in March.', output: 'Ticket sales fell by a third in March.' },
      { text: 'The ministry expects an increase on 5% in wages.', output: 'The ministry expects an increase of 5% in wages.' },
      { text: 'Oil output fell on 40 million tonnes.', output: 'Oil output fell by 40 million tonnes.' },
      { text: 'Bus fares rose on twelve percent.', output: 'Bus fares rose by twelve percent.' },
      { text: 'The number of tourists increased in 3 times.', output: 'The number of tourists tripled.' },
      { text: 'Since the reform, fares have risen by two times.', output: 'Since the reform, fares have doubled.' },
      { text: 'The cost of a ticket was reduced in 2 times.', output: 'The cost of a ticket was halved.' },
      { text: 'The harvest grew by one and a half times.', output: 'The harvest grew 1.5-fold.' },
      { text: 'Rents in the centre are in 2 times higher than in the suburbs.', output: 'Rents in the centre are 2 times higher than in the suburbs.' },
      { text: 'Unemployment decreased on 1.5 percentage points.', output: 'Unemployment decreased by 1.5 percentage points.' },
      { text: 'Inflation rose till 9 percent in May.', output: 'Inflation rose to 9 percent in May.' },
      { text: 'The new runway is longer on 400 metres than the old one.', output: 'The new runway is longer by 400 metres than the old one.' },
      { text: 'Tickets became cheaper on 5 euros.', output: 'Tickets became cheaper by 5 euros.' },
      { text: 'The council will raise parking fees on 20 percent.', output: 'The council will raise parking fees by 20 percent.' },
      { text: 'The airline wants to cut fares on 15 percent.', output: 'The airline wants to cut fares by 15 percent.' },
      { text: 'The bakery increased its output in two times.', output: 'The bakery doubled its output.' },
      { text: 'The report shows a decline of the exports of 10 percent.', output: 'The report shows a decline in the exports of 10 percent.' },
      { text: 'Analysts expect a growth of industrial output of 4%.', output: 'Analysts expect a growth in industrial output of 4%.' },
      { text: 'Sales of bicycles increased of 12 percent in May.', output: 'Sales of bicycles increased by 12 percent in May.' },
      { text: 'Bus fares rose with 4% this spring.', output: 'Bus fares rose by 4% this spring.' },
      { text: 'Unemployment fell in 2 percentage points.', output: 'Unemployment fell by 2 percentage points.' },
      { text: 'The price of coffee increased for 30 cents.', output: 'The price of coffee increased by 30 cents.' },
      { text: 'Tram tickets will go up for 10 percent.', output: 'Tram tickets will go up by 10 percent.' },
      { text: 'Water bills will rise for two euros a month.', output: 'Water bills will rise by two euros a month.' },
      { text: 'Salaries grew on average for 90 dollars.', output: 'Salaries grew on average by 90 dollars.' },
      { text: 'The sea level rose for 20 centimetres.', output: 'The sea level rose by 20 centimetres.' },
      { text: 'The monthly pass fell sharply for $12.', output: 'The monthly pass fell sharply by $12.' },
      { text: 'Heating oil became cheaper for 15 cents.', output: 'Heating oil became cheaper by 15 cents.' },
      { text: 'Car exports fell in the spring for 8 percent.', output: 'Car exports fell in the spring by 8 percent.' },
    ],
    valid: [
      'The bus fare rose on 12 May.',
      'The fare rose by 20 cents.',
      'Sales fell for a third straight month.',
      'Prices rose for half the year and then fell.',
      'Shares fell in London on 5 percent volume growth.',
      'Output fell in the third quarter on 5 percent of farms.',
      'Prices rose in the capital by 5 percent on 3 May.',
      'Prices rose until 2008 and then fell.',
      'She scored higher on 3 tests than her brother.',
      'The team did better on 2 counts.',
      'Exports grew by 3 percent last year.',
      'Prices rose on 12 May after the announcement.',
      'Shares jumped on 5 percent earnings growth.',
      'The index fell on 3 occasions this month.',
      'The team won on 3 points from the last game.',
      'Rates were cut in 2 steps.',
      'Sales increased in 2023 despite the war.',
      'Interest on 5 percent bonds is paid twice a year.',
      'The population doubled in 30 years.',
      'Costs rose in 3 of the 5 regions.',
      'The state cut taxes on 10 percent of households.',
      'The bank raised its rate on 5 percent loans.',
      'Prices rose by three times the rate of wages.',
      'The job was finished in 3 times less time than planned.',
      'The river rose in two places, and the road was closed three times.',
      'We measured an increase of the order of 10 percent.',
      'The growth of the city of 2 million people was rapid.',
      'A decline of 10 percent in exports worried the bank.',
      'Turnout rose in 5 percent of the towns.',
      'Costs grew with 5 percent inflation.',
      'Bonds offer an annual yield of 4 per cent.',
      'The economy grew at 3 percent in the second quarter.',
      'Pensions rose for 2,000 retired miners.',
      'Support was cut for 40 million households.',
      'The price went up for 10 minutes before falling back.',
      'Rents went up for 10 percent of tenants.',
      'The shares rose for 12 sessions in a row.',
      'The temperature dropped for 3 hours overnight.',
      'The rooms stayed warmer for 2 days.',
      'The fare is cheaper for 3 people travelling together.',
      'Side effects were more common for 10 percent of patients.',
      'Exports fell in the spring for lack of orders.',
    ],
  },
});
