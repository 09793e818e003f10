import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isDeterminer, isSpelledCardinal, isTimePhrase, isWordToken, isYearNumber, nounSenses, pluralNoun, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';
import countable from '../../countable-nouns.js';

// Chinese, Japanese and Korean mark no plural on the noun ("很多学生", "3つの学校"), and MT now and then leaves it
// singular after a word that counts: "many student have applied", "built three new school". English puts the noun in
// the plural after any number above one and after "many", "several", "various", "numerous".

const COUNTABLE = new WordSet(countable.nouns);
// A number in digits above one that is no year: "5 new product", "12 hospital" ("in 2019 alone" is a year).
const DIGITS = /^[1-9]\d{0,2}(?:,\d{3})*$/;
const isCountingNumber = (t: Token): boolean => t.kind === 'number' && DIGITS.test(t.text) && t.text !== '1' && !isYearNumber(t.text);
const WORD_QUANTIFIERS = new WordSet(['many', 'several', 'various', 'numerous', 'multiple']);
// A number above one, in words ("thirteen", "twenty-five") or digits, or a word that counts many.
const isQuantifier = (t: Token): boolean =>
  WORD_QUANTIFIERS.hasToken(t) || (isSpelledCardinal(t.lower) && t.lower !== 'one') || t.lower === 'hundred' || isCountingNumber(t);
// Before the quantifier, what makes it a pronoun or an adjective of its own: "all four gathered", "the multiple
// secant", "its many uses", "a twenty-two rifle" (a calibre: "a" counts one thing the number describes).
const BEFORE_PRONOUN = new WordSet(['all', 'the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'a', 'an']);

// A relative word right after the noun closes its phrase and rules out a compound: "three reason why", "ten factor that
// affect", "two method which".
const RELATIVES = new Set(['why', 'which', 'who', 'whom', 'whose', 'that']);

const ROUND_NUMBERS = new Set(['hundred', 'thousand', 'million', 'billion']);
// Words that count or measure and stay singular after a number: "fifty percent", "two dozen", "three hundred".
// Collective nouns of people count their members after a number: "four new staff joined", "two crew were hurt",
// "three faculty".
const COUNT_WORDS = new WordSet(['percent', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'score', 'couple', 'pair', 'head', 'staff', 'crew', 'personnel', 'faculty', 'clergy']);

/**
 * A singular countable noun the corpus counts (never a measure or a time: "two mile from", "ten minute walk" are
 * compounds and measures), not a gerund, not a noun in -s that may be its own plural ("series", "means").
 */
function isCountedSingular(t: Token | undefined, beforeVerb: boolean, closesSentence = false): t is Token {
  // Before the clause's verb a noun reading counts even where the lexicon reads the word first as a verb ("cause").
  // ("many have", "several more" are a pronoun and its verb, a quantifier and its comparative.)
  const noun = primaryTag(t) === 'NN' || (beforeVerb && isWordToken(t) && t.tags.includes('NN') && /^VBP?$/.test(primaryTag(t)) && !isAuxiliary(t));
  if (!isWordToken(t) || t.text !== t.lower || !noun || /(?:s|ing)$/.test(t.lower)) return false;
  // A noun the lexicon also reads as a plural is its own plural: "five fish", "ten aircraft", "three sheep".
  if (t.tags.includes('NNS')) return false;
  if (COUNT_WORDS.hasToken(t)) return false;
  const senses = nounSenses.of(t);
  // A time noun closing the sentence is no compound and no measure before a noun: "closed for three day."
  return !senses.includes('noun.quantity') && (closesSentence || !senses.includes('noun.time'));
}

const SENTENCE_END = new Set(['.', '!', '?']);

/** The token ends the sentence, or is "ago" after a time ("three day ago"): no compound can follow the noun. */
const closesSentenceAt = (tokens: readonly Token[], at: number): boolean => {
  const t = tokens[at];
  return t === undefined || (t.kind === 'punct' && SENTENCE_END.has(t.text)) || t.lower === 'ago';
};

/**
 * Digits that count, not a label, a sum, a score or a date: a lower-case (or sentence-opening) word before them other than a
 * determiner, set off by a space ("built 12 hospital"). Brown's and the docs' bare digits are sums ("a $500 reward"), ranges and
 * scores ("the 8-4 system", "by a 4 to 3 vote"), dates ("Nov. 8 election", "the '60 election"), versions and status
 * codes ("HTTP/2 client", "TLSv1.3 support").
 */
function isCountingDigits(tokens: readonly Token[], q: number): boolean {
  const before = tokens[q - 1];
  if (before === undefined) return true;
  if (!isWordToken(before) || (q > 1 && before.text !== before.lower) || before.end === tokens[q]!.start || isDeterminer(before)) return false;
  return !(before.lower === 'to' && tokens[q - 2]?.kind === 'number');
}

/** A present reading before a determiner, which it takes as its object: "visit the". */
const presentBeforeDeterminer = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]!.tags.includes('VBP') && isWordToken(tokens[at + 1]) && isDeterminer(tokens[at + 1]!);

/**
 * The noun ends its phrase: punctuation (not a comma before a further adjective), a preposition, a conjunction, a
 * verb (also a present the lexicon reads first as a base form, or any present reading before a determiner: "many
 * tourist visit the") or a time phrase ("this year").
 */
function endsPhrase(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  if (t === undefined) return true;
  if (t.kind === 'punct') return !(t.text === ',' && primaryTag(tokens[next + 1]) === 'JJ');
  if (!isWordToken(t) || /^\p{Lu}/u.test(t.text)) return false;
  return (
    /^(IN|TO|CC|VBD|VBP|MD)$/.test(primaryTag(t)) || (primaryTag(t) === 'VB' && t.tags.includes('VBP')) || (isDeterminer(t) && isTimePhrase(tokens, next)) ||
    presentBeforeDeterminer(tokens, next)
  );
}

const PLURAL_VERBS = new WordSet(['are', 'were', 'have']);

/** A past, a modal, or a present that takes an object right after it: the clause's verb ("were", "will", "visit the"). */
function isVerbAfter(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!isWordToken(t) || /^\p{Lu}/u.test(t.text)) return false;
  const tag = primaryTag(t);
  // "are", "were", "have" agree with a plural subject: "Many village are still without electricity".
  return tag === 'VBD' || tag === 'MD' || PLURAL_VERBS.hasToken(t) || presentBeforeDeterminer(tokens, at);
}

// After "one of" a group: "one of my friend" (Hindi "mere dost mein se ek", Turkish "arkadaşlarımdan biri", Persian
// "yeki az dustanam" read with the noun left singular). Nouns that name a group take "one of the" in English ("one of
// the family", "one of the team", "one of the crowd") and are left alone.
const GROUP_OPENERS = new WordSet(['the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'these', 'those']);
const GROUP_NOUNS = new WordSet([
  'family', 'team', 'crowd', 'group', 'gang', 'party', 'class', 'crew', 'company', 'band', 'pack', 'bunch', 'lot', 'set',
  'household', 'club', 'tribe', 'clan', 'squad', 'couple', 'pair', 'generation', 'public', 'world', 'kind', 'sort', 'type',
]);

// Senses of things, groups, acts and states that a noun of people may also have: "one of the flight", "one of the
// parade", "the freedom" (Brown). A sense of thought ("teacher") or of an object ("neighbour") does not count.
const NOT_PEOPLE = new Set(['noun.group', 'noun.act', 'noun.artifact', 'noun.time', 'noun.event', 'noun.state', 'noun.attribute', 'noun.location']);
// Words that pick from a group with "of" and need a plural after it: "each of the participants", "neither of the
// drivers" (Russian "каждый из участников", Chinese "每个参与者", with the noun left singular).
const OF_PICKERS = new WordSet(['one', 'each', 'either', 'neither', 'several', 'many', 'both', 'few']);
const SINGULAR_VERB_TAGS = new Set(['VBZ', 'VBD', 'MD']);

/**
 * "one of" (or "each of", "neither of" …) + a determiner + up to two adjectives + a singular countable noun that ends
 * its phrase: "one of my friend works", "one of the best player in the world", "each of the participant received".
 * Returns the noun's index, or -1.
 */
function singularAfterPicker(tokens: readonly Token[], one: number): number {
  if (tokens[one + 1]?.lower !== 'of' || !GROUP_OPENERS.has(tokens[one + 2]?.lower ?? '')) return -1;
  // "Division one of the parade" is a label; "the only one of its kind" has "one" as a noun of its own.
  const before = tokens[one - 1];
  if (isWordToken(before) && /^(NN|NNP|DT|JJ|CD)$/.test(primaryTag(before))) return -1;
  let n = one + 3;
  const adjectivesFrom = n;
  while (n - adjectivesFrom < 2 && isWordToken(tokens[n]) && /^JJS?$/.test(primaryTag(tokens[n])) && tokens[n]!.text === tokens[n]!.lower) n++;
  const noun = tokens[n];
  if (!isCountedSingular(noun, false) || GROUP_NOUNS.hasToken(noun) || pluralNoun(noun.lower) === undefined) return -1;
  const senses = nounSenses.of(noun);
  // A group takes the singular after "of" ("one of the flight scored", "each of the committee", Brown).
  if (senses.includes('noun.group')) return -1;
  const next = tokens[n + 1];
  // A noun of people only, or one the corpus always counts: a thing is often a mass or a whole of its own after "one
  // of" ("remind one of the freedom", "one of the major culture lags", Brown).
  const person = senses.includes('noun.person') && !senses.some((sense) => NOT_PEOPLE.has(sense));
  if (person || COUNTABLE.hasToken(noun)) {
    // The verb of "one" agrees in the singular: "one of my friend is" closes the phrase as "were" would.
    return endsPhrase(tokens, n + 1) || RELATIVES.has(next?.lower ?? '') || primaryTag(next) === 'VBZ' ? n : -1;
  }
  // Any other counted noun closes the subject right before the clause's verb: "one of the reason was the weather".
  return isWordToken(next) && SINGULAR_VERB_TAGS.has(primaryTag(next)) && next.text === next.lower ? n : -1;
}

// Nouns that count a plural after "of": "a number of vehicles", "thousands of people", "dozens of flights" (Russian
// "ряд автомобилей", Chinese "数千人", with no plural on the noun, come out as "a number of vehicle").
const COUNTING_HEADS = new WordSet(['number', 'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens']);

/**
 * "a number of" (or "thousands of" …) + up to two adjectives + a singular noun the corpus always counts, closing its
 * phrase: "a number of vehicle were", "thousands of tourist visit". Returns the noun's index, or -1.
 */
function singularAfterCountingHead(tokens: readonly Token[], head: number): number {
  if (tokens[head + 1]?.lower !== 'of') return -1;
  let n = head + 2;
  const adjectivesFrom = n;
  while (n - adjectivesFrom < 2 && isWordToken(tokens[n]) && primaryTag(tokens[n]) === 'JJ' && tokens[n]!.text === tokens[n]!.lower) n++;
  const noun = tokens[n];
  if (!isCountedSingular(noun, false) || pluralNoun(noun.lower) === undefined) return -1;
  // A noun the corpus always counts, or one that only names people ("passenger", "fan").
  const senses = nounSenses.of(noun);
  if (!COUNTABLE.hasToken(noun) && !(senses.length > 0 && senses.every((sense) => sense === 'noun.person'))) return -1;
  // "a number of rancher and cowboy witnesses" (Brown): a noun before a coordinator may modify a later one.
  if (primaryTag(tokens[n + 1]) === 'CC') return -1;
  // A past the lexicon reads first as a participle is the verb when a determiner opens its object ("thousands of
  // refugee crossed the border"); before a noun it is a modifier ("a number of government owned companies").
  const next = tokens[n + 1];
  const pastBeforeObject = isWordToken(next) && next.tags.includes('VBD') && isWordToken(tokens[n + 2]) && isDeterminer(tokens[n + 2]!);
  return endsPhrase(tokens, n + 1) || pastBeforeObject || RELATIVES.has(next?.lower ?? '') ? n : -1;
}

/**
 * "the majority of money", "a majority of time": "majority of" + up to two adjectives + a bare lower-case singular noun
 * closing its phrase (Russian "большинство времени", Polish "większość czasu", Spanish "la mayoría del dinero"). English
 * counts a majority of a plural ("the majority of voters") or says "most of the money". Returns the noun's index, or
 * -1. Brown and the docs have "majority of" before a singular only in compounds ("the majority of polling places").
 */
function singularAfterMajority(tokens: readonly Token[], majority: number): number {
  if (tokens[majority + 1]?.lower !== 'of') return -1;
  let n = majority + 2;
  while (n < majority + 4 && isWordToken(tokens[n]) && primaryTag(tokens[n]) === 'JJ' && tokens[n]!.text === tokens[n]!.lower) n++;
  const noun = tokens[n];
  if (!isWordToken(noun) || primaryTag(noun) !== 'NN' || noun.text !== noun.lower || primaryTag(tokens[n + 1]) === 'CC') return -1;
  // A mass agrees in the singular ("majority of money goes"), and a fronted object leaves the subject of its clause
  // after it ("majority of time the children spend at school").
  const next = tokens[n + 1];
  // "lives", "works" are read first as plurals: one is the verb unless a verb follows it, which makes it the plural
  // head of a compound ("the majority of polling places are", Brown).
  const after = tokens[n + 2];
  const verbAfter = isWordToken(after) && /^(VBZ|VBP|VBD|MD)$/.test(primaryTag(after));
  const singularVerb = isWordToken(next) && (primaryTag(next) === 'VBZ' || (next.tags.includes('VBZ') && !verbAfter));
  return endsPhrase(tokens, n + 1) || (isWordToken(next) && next.text === next.lower && (singularVerb || isDeterminer(next))) ? n : -1;
}

export default defineRule({
  meta: {
    id: 'quantifier-with-singular',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A singular noun after a number or a plural quantifier: "many student have applied", "three new school".',
    sourceHint: 'Chinese, Japanese and Korean, which mark no plural on the noun ("很多学生").',
    fixable: true,
  },
  needs: [(t) => isQuantifier(t) || OF_PICKERS.hasToken(t) || COUNTING_HEADS.hasToken(t) || t.lower === 'majority'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let q = 0; q + 1 < tokens.length; q++) {
      const quantifier = tokens[q]!;
      if (OF_PICKERS.hasToken(quantifier) && tokens[q + 1]?.lower === 'of') {
        const n = singularAfterPicker(tokens, q);
        if (n < 0 || quotedMask(sentence)[n]) continue;
        const noun = tokens[n]!;
        const plural = pluralNoun(noun.lower);
        reports.push({
          start: quantifier.start,
          end: noun.end,
          message: `"${quantifier.lower} of" picks from a group: English puts the noun in the plural${plural ? `: "${plural}"` : ''}.`,
          suggestions: plural ? [{ start: noun.start, end: noun.end, replacement: plural }] : [],
        });
        continue;
      }
      if (quantifier.lower === 'majority') {
        const n = singularAfterMajority(tokens, q);
        if (n < 0 || quotedMask(sentence)[n]) continue;
        const noun = tokens[n]!;
        // A counted noun or one that only names people goes in the plural; a mass ("money", "time") takes "most of the".
        const senses = nounSenses.of(noun);
        const counted = COUNTABLE.hasToken(noun) || (senses.length > 0 && senses.every((sense) => sense === 'noun.person'));
        const plural = counted ? pluralNoun(noun.lower) : undefined;
        const article = tokens[q - 1];
        const from = isWordToken(article) && (article.lower === 'the' || article.lower === 'a') ? article : quantifier;
        const most = /^\p{Lu}/u.test(from.text) ? 'Most of the' : 'most of the';
        reports.push({
          start: from.start,
          end: noun.end,
          message: plural
            ? `"majority of" counts a plural: "the majority of ${plural}".`
            : `"majority of" counts people or things, not a mass: "most of the ${tokens.slice(q + 2, n + 1).map((t) => t.text).join(' ')}".`,
          suggestions: plural ? [{ start: noun.start, end: noun.end, replacement: plural }] : [{ start: from.start, end: tokens[q + 1]!.end, replacement: most }],
        });
        continue;
      }
      if (COUNTING_HEADS.hasToken(quantifier)) {
        const n = singularAfterCountingHead(tokens, q);
        if (n < 0 || quotedMask(sentence)[n]) continue;
        const noun = tokens[n]!;
        const plural = pluralNoun(noun.lower)!;
        reports.push({
          start: quantifier.start,
          end: noun.end,
          message: `"${quantifier.lower} of" counts a plural: "${plural}".`,
          suggestions: [{ start: noun.start, end: noun.end, replacement: plural }],
        });
        continue;
      }
      if (!isQuantifier(quantifier) || BEFORE_PRONOUN.has(tokens[q - 1]?.lower ?? '')) continue;
      // "the number nine jersey", "a size ten boot", "the platform two exit": a number after a noun is a label ("Every
      // spring many visitor …" has no number).
      if (!WORD_QUANTIFIERS.hasToken(quantifier) && /^NNP?$/.test(primaryTag(tokens[q - 1]))) continue;
      if (quantifier.kind === 'number' && !isCountingDigits(sentence.tokens, q)) continue;
      // A round number may follow ("two thousand car"), then up to two adjectives: "three new school".
      let n = q + 1;
      while (ROUND_NUMBERS.has(tokens[n]?.lower ?? '')) n++;
      const adjectivesFrom = n;
      while (n < tokens.length && n - adjectivesFrom < 2 && isWordToken(tokens[n]) && primaryTag(tokens[n]) === 'JJ' && tokens[n]!.text === tokens[n]!.lower) n++;
      const noun = tokens[n];
      const beforeVerb = isVerbAfter(tokens, n + 1);
      const beforeRelative = RELATIVES.has(tokens[n + 1]?.lower ?? '');
      // Only a word that counts, right before the noun ("for three day."): digits there are a figure's label ("the
      // present 55,000 enrollment."), an adjective makes a time of day ("at 6 last night"), and "multiple" also means
      // "complex" ("that old handmaiden of disaster, multiple command.", Brown).
      const closesSentence = n === adjectivesFrom && quantifier.kind === 'word' && quantifier.lower !== 'multiple' && closesSentenceAt(tokens, n + 1);
      if (!isCountedSingular(noun, beforeVerb, closesSentence) || !(beforeRelative || closesSentence || endsPhrase(tokens, n + 1))) continue;
      // A noun the corpus does not count as always countable ("reason": "by reason of") needs its clause's verb or a
      // relative right after it, where no compound or idiom can stand: "several reason were named", "many tourist
      // visit the …", "three reason why".
      // A number and an adjective before it rule out a compound or a list too ("three new plant", "two rival method
      // of"): Brown's bare uses are a number and a noun alone ("eleven lemon, nine mint"); an adjective that can be a
      // past is the clause's verb ("eleven preferred assessment by the town", Brown).
      const numberAndAdjective = !WORD_QUANTIFIERS.hasToken(quantifier) && n > adjectivesFrom && !tokens.slice(adjectivesFrom, n).some((t) => t.tags.includes('VBD') || t.tags.includes('VBN'));
      // After digits, a noun before a coordinator is a compound ("15 good animal and plant items", Brown), so is one
      // behind a hyphenated modifier ("16 million-color support"), and units written short have no vowel ("500 ml",
      // "3 cm": Brown's measures).
      if (quantifier.kind === 'number' && (!/[aeiouy]/.test(noun.lower) || primaryTag(tokens[n + 1]) === 'CC' || tokens.slice(adjectivesFrom, n).some((t) => t.text.includes('-')))) continue;
      // At the end of the sentence no compound, list or idiom can go on either: "damaged houses in many area."
      if (!COUNTABLE.hasToken(noun) && !(pluralNoun(noun.lower) !== undefined && (beforeVerb || beforeRelative || numberAndAdjective || closesSentence))) continue;
      if (quotedMask(sentence)[n]) continue;
      const plural = pluralNoun(noun.lower);
      reports.push({
        start: quantifier.start,
        end: noun.end,
        message: `After "${quantifier.text}" English puts the noun in the plural${plural ? `: "${plural}"` : ''}.`,
        suggestions: plural ? [{ start: noun.start, end: noun.end, replacement: plural }] : [],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Several reason were given for the closure.', output: 'Several reasons were given for the closure.' },
      { text: 'The majority of money goes to the army.', output: 'Most of the money goes to the army.' },
      { text: 'The majority of resident voted no.', output: 'The majority of residents voted no.' },
      { text: 'Thousands of pilgrim crossed the river.', output: 'Thousands of pilgrims crossed the river.' },
      { text: 'Several cause were found for the fire.', output: 'Several causes were found for the fire.' },
      { text: 'There are three reason why the plan failed.', output: 'There are three reasons why the plan failed.' },
      { text: 'The lab tested four cheap method of purification.', output: 'The lab tested four cheap methods of purification.' },
      { text: 'Every spring many visitor walk the old trail.', output: 'Every spring many visitors walk the old trail.' },
      { text: 'Many farmer have left the valley.', output: 'Many farmers have left the valley.' },
      { text: 'The town opened three new library in the north.', output: 'The town opened three new libraries in the north.' },
      { text: 'Inspectors found several mistake in the accounts.', output: 'Inspectors found several mistakes in the accounts.' },
      { text: 'The plant builds two thousand engine every month.', output: 'The plant builds two thousand engines every month.' },
      { text: 'The clinic added 4 new bed for night patients.', output: 'The clinic added 4 new beds for night patients.' },
      { text: 'Nearly 40 company signed the agreement.', output: 'Nearly 40 companies signed the agreement.' },
      { text: 'One of my friend works in the port.', output: 'One of my friends works in the port.' },
      { text: 'Each of the participant received a medal.', output: 'Each of the participants received a medal.' },
      { text: 'Neither of the driver was hurt.', output: 'Neither of the drivers was hurt.' },
      { text: 'One of the reason was the bad weather.', output: 'One of the reasons was the bad weather.' },
      { text: 'The border stayed closed for three day.', output: 'The border stayed closed for three days.' },
      { text: 'The storm cut power in many area.', output: 'The storm cut power in many areas.' },
      { text: 'A number of bridge were closed after the flood.', output: 'A number of bridges were closed after the flood.' },
      { text: 'Thousands of visitor came to the fair.', output: 'Thousands of visitors came to the fair.' },
    ],
    valid: [
      'The majority of voters backed the plan.',
      'Most of the money goes to the army.',
      'The majority of polling places are on private property.',
      'The majority of the time is spent waiting.',
      'The majority of town residents work in the city.',
      'A number of government owned companies were sold.',
      'Many have tried and failed.',
      'Five fish were caught that morning.',
      'Four new staff joined in May.',
      'Our team has two simple tools for this task.',
      'Ten aircraft that were grounded flew again.',
      'Several more were injured in the crash.',
      'Many food and drink companies raised prices.',
      'The land is managed for multiple use and recreation.',
      'Three reason codes were added to the form.',
      'Many farmers have left the valley.',
      'The hikers walked two mile from the camp.',
      'All four gathered on the sofa.',
      'The multiple secant passes through the point.',
      'Both husband and wife agreed.',
      'Two series of maps were printed.',
      'There were several firm, gray nodules.',
      'The ten minute walk took twenty.',
      'Two group O donors gave blood.',
      'Several department heads resigned.',
      'Many a farmer has left the valley.',
      'Traffic grew by fifty percent.',
      'The farm has forty head of cattle.',
      'He wore the number ten jersey.',
      'She needs a size seven boot.',
      'He carried a twenty-two rifle.',
      'Several hundred people came this week.',
      'A $500 reward was offered.',
      'The board voted by a 4 to 3 vote.',
      'The team won the Nov. 8 election.',
      'They prefer the 8-4 system.',
      'The firm supports HTTP/2 client connections.',
      'Dilute the sample with 500 ml of saline.',
      'The 12 hospital staff were praised.',
      'He listed 15 good animal and plant names.',
      'The screen offers 16 million-color support.',
      'The cyst measured up to 3 cm in diameter.',
      'The two day meeting ended early.',
      'He is one of the family now.',
      'Each of the committee voted for the plan.',
      'Many of the staff were on leave.',
      'Each of the two was hurt.',
      'Neither of the drivers was hurt.',
      'One of the best players in the league retired.',
      'She was one of the team that won the cup.',
      'He has lived there for three years.',
      'A number of bridges were closed.',
      'The number of hospital beds fell.',
      'Thousands of tons of grain rotted.',
      'A number of staff left in May.',
      'He had a number of rancher and cowboy witnesses.',
    ],
  },
});
