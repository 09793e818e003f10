import { defineRule, type Report } from '@mtlint/engine';
import {
  isCapitalisedInDictionary, isCoordinator, memoizeByWord, SpellingAnswers, isDeterminer, isTitleCase, lexiconEntry, nounSenses, quotedMask, startsWithCapital, type Document, type Sentence, type Token, WordSet,
} from '@mtlint/text';
import brown from './capitalised-words.js';

// Words edited English capitalises on their own mid-sentence in a fifth or more of their uses, counted in the Brown
// corpus by tools/brown-lists: party members and bodies ("Democrats", "Soviets"), offices ("Congressman"),
// kinship names used as names ("Mama"), sacred words ("Scriptures"). Their capital is house style, not German.
const CAPITALISED_IN_ENGLISH = new WordSet(brown.words);

// Nouns that house styles capitalise for an institution, office or unique thing ("the Government said",
// "the President", "the Web"). A capital there is a style choice, not an MT artifact.
const CAPITALISED_BY_CONVENTION = new WordSet([
  'government', 'minister', 'president', 'premier', 'chancellor', 'state', 'states', 'court', 'parliament', 'senate', 'congress',
  'house', 'cabinet', 'crown', 'church', 'police', 'army', 'navy', 'treasury', 'king', 'queen', 'pope', 'prince', 'princess',
  'constitution', 'bible', 'internet', 'web', 'earth', 'sun', 'moon', 'union', 'commission', 'council', 'ministry', 'party',
  'opposition', 'administration', 'university', 'college', 'bank', 'fund', 'board', 'committee', 'department', 'office',
  'agency', 'bureau', 'service', 'authority', 'tribunal', 'assembly', 'mayor', 'governor', 'secretary', 'general',
  'sultan', 'emir', 'emperor', 'empress', 'shah', 'tsar', 'czar', 'caliph', 'sheikh', 'duke', 'duchess', 'archbishop', 'bishop',
]);
// A name introduced by its kind: "the company Apple said", "the band Queen". Such a capital is a name.
const NAMING_SENSES = new WordSet(['noun.group', 'noun.person', 'noun.communication', 'noun.artifact']);

// Common nouns of apps and the web, newer than the lexicon (Brill's, from the 1990s), which knows them as verbs only
// ("email", "download") or not at all: "Please enter your Password", "Check your Inbox".
const MODERN_NOUNS = new Map<string, string>(
  [
    'email', 'website', 'smartphone', 'app', 'login', 'password', 'inbox', 'username', 'download', 'upload', 'podcast', 'blog',
    'browser', 'webcam', 'touchscreen', 'playlist', 'router', 'screenshot', 'homepage', 'chatbot', 'smartwatch', 'hashtag',
  ].flatMap((w) => [[w, 'NN'], [w + 's', 'NNS']] as const),
);

/** The likeliest tag of the lower-case spelling in the lexicon, looked up once per word. */
const lowerCaseTag = memoizeByWord((lower): string | undefined => MODERN_NOUNS.get(lower) ?? lexiconEntry(lower)?.[0]);

/** Starts with a capital: "Canal", and also all-caps surnames ("Gen. Ali SAIBOU"). */
const startsUpper = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text !== t.lower && startsWithCapital(t.text);

/**
 * How the document writes its words: the capitalised words that stand inside a multi-word name somewhere ("Panama
 * Canal"), so that a later "the Canal" is read as the same name; how often each word is capitalised inside a
 * sentence; and whether it is ever written in lower case. A word the text capitalises again and again and never
 * writes in lower case is one of its names ("Caper is more compact", "a reverence for Centrality"); MT that keeps
 * German capitals writes the same noun both ways.
 */
function casing(doc: Document): {
  names: Set<string>;
  capitalised: Map<string, number>;
  titled: Uint8Array;
  writtenLower: (lower: string) => boolean;
  isDefinedTerm: (word: string) => boolean;
} {
  const names = new Set<string>();
  const capitalised = new Map<string, number>();
  // Per sentence, 1 where a word after its first is in title case: `detect` reports only at such a word
  // (`isCapitalisedCommonNoun` asks `isTitleCase`), so `germanHabit` reads only these sentences.
  const titled = new Uint8Array(doc.sentences.length);
  // The title-case words are counted per spelling (`counts`, at 1 + the spelling's index there by its number) and
  // added to `capitalised` once per spelling after the pass, instead of a look-up and a write of the map at each of
  // them (about 4,000 map operations on the 1 MB bench text instead of 31,900). A token without a usable number is
  // counted in the map at once.
  const countIndex = new SpellingAnswers('numbers');
  const countedLower: string[] = [];
  const counts: number[] = [];
  // Indexed loops here and in `germanHabit`: each runs once per document, mostly before V8 optimises it, and there a
  // `for … of` allocated an iterator result for every sentence.
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!startsUpper(t)) continue;
      const before = tokens[i - 1]!;
      if (startsUpper(before) && (i > 1 || !sentence.terminated)) {
        names.add(before.text);
        names.add(t.text);
      }
      if (isTitleCase(t.text)) {
        const slot = countIndex.slot(t.spelling);
        if (slot < 0) capitalised.set(t.lower, (capitalised.get(t.lower) ?? 0) + 1);
        else if (countIndex.numbers[slot] === 0) {
          countIndex.numbers[slot] = countedLower.push(t.lower);
          counts.push(1);
        } else counts[countIndex.numbers[slot]! - 1]!++;
        titled[s] = 1;
      }
    }
  }
  for (let k = 0; k < countedLower.length; k++) capitalised.set(countedLower[k]!, (capitalised.get(countedLower[k]!) ?? 0) + counts[k]!);
  // A lower-case word is its own lower-case form: the text writes it in lower case if it is one of its spellings.
  const writtenLower = (word: string) => doc.spellings.has(word);
  // A term the text defines in quotes, as contracts and licences do: (the "Software"), the “Agreement”; or a name of
  // its code, as technical writing has them: `Worker`, "new Promise(". Each search reads the whole text, so each word
  // is searched for once.
  const defined = new Map<string, boolean>();
  const isDefinedTerm = (word: string) => {
    let found = defined.get(word);
    if (found === undefined) {
      found = doc.text.includes(`"${word}"`) || doc.text.includes(`“${word}”`) || doc.text.includes(`\`${word}`) || doc.text.includes(`${word}(`);
      defined.set(word, found);
    }
    return found;
  };
  return { names, capitalised, titled, writtenLower, isDefinedTerm };
}
type Casing = ReturnType<typeof casing>;

// The casing is gathered once per document, at its first sentence; the sentences are then checked a stretch at a
// time like any sentence rule's, so a long text's first findings do not wait for all of its sentences.
const casingByDocument = new WeakMap<Document, Casing>();

function casingOf(doc: Document): Casing {
  let seen = casingByDocument.get(doc);
  if (seen === undefined) casingByDocument.set(doc, (seen = casing(doc)));
  return seen;
}

const PUBLICATIONS = new WordSet(['magazine', 'magazines', 'newspaper', 'journal', 'weekly', 'monthly', 'daily']);
const NAMING = new WordSet(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'labelled', 'labeled', 'branded', 'renamed']);
const QUANTIFIERS = new WordSet(['several', 'many', 'some', 'most', 'all', 'few', 'both', 'numerous', 'various', 'more', 'fewer']);

// Doctrines and their followers are capitalised by many writers (Liberalism, Pragmatism, Traditionalist). A follower
// is an -ist the lexicon also reads as an adjective ("a socialist mayor") or whose -ism WordNet files as a belief
// (federalism, anarchism); tourists, artists and scientists are neither, nor is an -ism that is only an activity or a
// state (tourism, vandalism).
const ENDS_LIKE_DOCTRINE = /(ism|ist|ists)$/;
const NO_DOCTRINE_SENSES = new WordSet(['noun.act', 'noun.state']);
function isDoctrine(lower: string): boolean {
  // An -ism that WordNet knows only as an activity or state is no doctrine: "Tourism", "Vandalism", "Alcoholism".
  if (lower.endsWith('ism')) {
    const senses = nounSenses(lower);
    return senses.length === 0 || senses.some((s) => !NO_DOCTRINE_SENSES.has(s));
  }
  const stem = lower.endsWith('s') ? lower.slice(0, -4) : lower.slice(0, -3);
  return (lexiconEntry(stem + 'ist')?.includes('JJ') ?? false) || nounSenses(stem + 'ism').includes('noun.cognition');
}

const POSSESSIVES = new WordSet(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A possessive pronoun before the word at `i`, over lower-case adjectives: "his new", "their". */
function possessiveBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isLowerWord(tokens[k]) && /^JJ/.test(tokens[k]!.tags[0] ?? '')) k--;
  return POSSESSIVES.has(tokens[k]?.lower ?? '');
}

/** A sentence-opening verb in the base form: "Open the Folder", "Tap the Icon". */
const isImperative = (t: Token) => t.kind === 'word' && (lexiconEntry(t.lower)?.[0] ?? '') === 'VB';

const isLowerWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text);

// A plural (or an office) whose every noun sense is a person or a group of people ("Democrats", "Crusaders",
// "Packers", "Legislatures", "Congressman"): capitalised, it names a party, a faith, a team, an assembly or an office
// far more often than it keeps a German capital: a hint, unless a quantifier precedes it ("more Engineers") or the
// text also writes the plural in lower case.
const PEOPLE = new WordSet(['noun.person', 'noun.group']);
const namesPeople = (lower: string) => {
  const senses = nounSenses(lower);
  return senses.length > 0 && senses.every((s) => PEOPLE.has(s));
};

// Words a title leaves in lower case: "Sportsman of the Year", "The Old Man and the Sea".
const TITLE_SMALL_WORDS = new WordSet(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);

/**
 * Which tokens stand inside quotation marks that open and close a title ("“World Peace Through World Law”"): a quoted
 * run that is mostly capitalised. Quoted speech is mostly lower case, and a German capital in it is as wrong as
 * anywhere. A sentence that starts inside a quotation (its first quote mark closes one) is taken as speech.
 */
function titleMask(sentence: Sentence): boolean[] {
  const quoted = quotedMask(sentence);
  const tokens = sentence.tokens;
  const mask: boolean[] = [];
  for (let i = 0; i < quoted.length; ) {
    if (!quoted[i]) {
      i++;
      continue;
    }
    let end = i;
    let capitals = 0;
    let words = 0;
    while (end < quoted.length && quoted[end]) {
      const t = tokens[end]!;
      if (t.kind === 'word' && !TITLE_SMALL_WORDS.has(t.lower)) {
        words++;
        if (startsUpper(t)) capitals++;
      }
      end++;
    }
    // Two capitals or more after its first word: a title, or a document of the age that capitalised nouns
    // ("establish Justice, insure domestic Tranquility").
    const title = capitals * 2 >= words || words < 4 || capitals - (startsUpper(tokens[i + 1]) ? 1 : 0) >= 2;
    for (let k = i; k < end; k++) mask[k] = title;
    i = end;
  }
  return mask;
}

/** "Health, Education, and Welfare", "a Senator or Congressman": the word closes a list of capitalised words. */
function closesCapitalisedList(tokens: readonly Token[], i: number): boolean {
  const coordinator = tokens[i - 1]!;
  if (!isCoordinator(coordinator) && coordinator.text !== '&') return false;
  let k = i - 2;
  while (tokens[k]?.text === ',') k--;
  return startsUpper(tokens[k]);
}

// Round numbers that count people like a quantifier: "Hundreds of Volunteers", "thousands of Workers".
const COUNT_NOUNS = new WordSet(['dozens', 'hundreds', 'thousands', 'millions', 'tens', 'scores']);

// Determiners that edited English does not put before a name or a unique referent: "your Account", "every Device".
// Brown has none of them before a capitalised common noun mid-sentence; "the", "his", "this", "a" have 150.
const ADDRESSING_DETERMINERS = new WordSet(['your', 'my', 'every', 'each', 'any', 'no', 'another', 'some']);

/**
 * "your Account", "every Device": a capital after one of these determiners, heading its phrase. Before a lower-case
 * noun it names a kind of thing ("every Gnome program", "no Porcelain way") and stays a hint.
 */
const addressed = (prev: Token, next: Token | undefined) => ADDRESSING_DETERMINERS.has(prev.lower) && !isLowerCaseNoun(next);

/** A lower-case noun, after which a capital names a kind of thing: "every Gnome program", "an Authorization header". */
const isLowerCaseNoun = (t: Token | undefined) => t !== undefined && t.text === t.lower && /^NNS?$/.test(t.tags[0] ?? '');

// WordNet classes whose words also name beings, teams, places, venues, papers and eras ("the Devil", "the Packers",
// "the Palladium", "the Millennium", "the Crescent"). A noun with none of them, and not only a text ("the Chronicle"), is abstract: a
// capital on it after "the" is the German habit ("the Tourism", "the Inflation").
const NAME_PRONE_SENSES = new WordSet([
  'noun.person', 'noun.group', 'noun.location', 'noun.object', 'noun.substance', 'noun.time', 'noun.animal', 'noun.plant', 'noun.body',
  'noun.food', 'noun.artifact', 'noun.shape',
]);

/**
 * "the Tourism", "an Inflation": an abstract singular (`NAME_PRONE_SENSES`), right after an article, outside a
 * title ("the Battle of the Bulge": no capital in the three words before it) and not heading one ("the Treaty of
 * 1783", "the Sermon on the Mount": no preposition with a capital or a number after it).
 */
function abstractAfterArticle(tokens: readonly Token[], i: number, lowerTag: string | undefined): boolean {
  const article = tokens[i - 1]!.lower;
  if (lowerTag !== 'NN' || (article !== 'the' && article !== 'a' && article !== 'an')) return false;
  for (let k = Math.max(1, i - 4); k < i - 1; k++) if (startsUpper(tokens[k])) return false;
  const next = tokens[i + 1];
  // Before a lower-case noun it names a kind: "an Authorization header", "the Chromium team"; glued to a mark it is
  // an identifier ("the Chromium/Blink project", "the Algorithm::Diff distribution").
  if (isLowerCaseNoun(next) || (next !== undefined && next.start === tokens[i]!.end && next.text !== '.' && next.text !== ',')) return false;
  if (next !== undefined && next.tags[0] === 'IN') {
    let k = i + 2;
    while (tokens[k] && /^(the|a|an)$/.test(tokens[k]!.lower)) k++;
    if (startsUpper(tokens[k]) || tokens[k]?.kind === 'number') return false;
  }
  const senses = nounSenses(tokens[i]!.lower);
  return senses.some((s) => s !== 'noun.communication') && !senses.some((s) => NAME_PRONE_SENSES.has(s));
}

/**
 * A capital after a determiner that is the German habit, not a name: after an addressing determiner or an abstract
 * singular after an article, and neither a name of this text nor a term it defines or writes as code (for a plural,
 * its singular either: "each Worker", `Worker`).
 */
function isGermanAfterDeterminer(tokens: readonly Token[], i: number, lowerTag: string | undefined, seen: Casing): boolean {
  const t = tokens[i]!;
  if (isNameInThisText(seen, t.lower) || !(addressed(tokens[i - 1]!, tokens[i + 1]) || abstractAfterArticle(tokens, i, lowerTag))) return false;
  return !seen.isDefinedTerm(t.text) && !(lowerTag === 'NNS' && seen.isDefinedTerm(t.text.slice(0, -1)));
}

// Distinct nouns a document must capitalise the German way (warnings on their own) before its weaker capitals count
// too. Brown has no document with two; an MT text from German has many.
const GERMAN_HABIT = 2;
const ESCALATED_CONFIDENCE = 0.7;

/**
 * How many distinct nouns the document capitalises the German way with confidence of their own ("rising Prices",
 * "the new Software"): read once per document, when its first hint needs it.
 */
const habitByDocument = new WeakMap<Document, number>();

function germanHabit(doc: Document, seen: Casing): number {
  let count = habitByDocument.get(doc);
  if (count === undefined) {
    // Read until the habit shows: only whether the count reaches GERMAN_HABIT is ever asked.
    const words = new Set<string>();
    for (let s = 0; s < doc.sentences.length && words.size < GERMAN_HABIT; s++) {
      if (seen.titled[s] === 0) continue;
      const reports = detect(doc.sentences[s]!, seen);
      for (let k = 0; k < reports.length; k++) {
        const r = reports[k]!;
        if ((r.confidence ?? 0) >= 0.75) words.add(doc.text.slice(r.start, r.end).toLowerCase());
      }
    }
    habitByDocument.set(doc, (count = words.size));
  }
  return count;
}

/**
 * A word the text keeps capitalising and never writes in lower case: one of its names. Asked last, only when it decides
 * the confidence (a function, not a closure in the loop: that would give every word of the sentence an object).
 */
const isNameInThisText = (seen: Casing, lower: string) => (seen.capitalised.get(lower) ?? 0) >= 2 && !seen.writtenLower(lower);

/**
 * A word whose capital may be the German habit, by its spelling alone: capitalised, a known common noun in lower case
 * (unknown words are names: "Raisi", "Weibo"), and none of the words English itself capitalises. The rule's need, and
 * its first test of every word.
 */
function isCapitalisedCommonNoun(t: Token): boolean {
  return capitalisedSpellingIs(capitalisedCommon, isCapitalisedCommonSpelling, t);
}

/**
 * `test(t.text)` of a word with a capital, remembered in `answers` by the token's spelling number (0 not yet asked, 1
 * no, 2 yes): the same answer as the memo's without a look-up of the text in its map.
 */
function capitalisedSpellingIs(answers: SpellingAnswers, test: (text: string) => boolean, t: Token): boolean {
  // (The lower-case comparison is a cheap filter first: most words have no capital.)
  if (t.kind !== 'word' || t.text === t.lower) return false;
  const slot = answers.slot(t.spelling);
  if (slot < 0) return test(t.text);
  if (answers.known[slot] === 0) answers.known[slot] = test(t.text) ? 2 : 1;
  return answers.known[slot] === 2;
}

const capitalisedCommon = new SpellingAnswers();

/**
 * `isCapitalisedCommonNoun`'s tests of a capitalised word's spelling, remembered per spelling: they run at every
 * capitalised word of every sentence the habit reads (`germanHabit`, the whole document) and the rule is called on,
 * and each is a pattern or a look-up, where the memory is one look-up.
 */
const isCapitalisedCommonSpelling = memoizeByWord((text: string): boolean => {
  // Abbreviations ("Reps.") and doctrines are left alone.
  if (!isTitleCase(text) || text.includes('-') || text.endsWith('.')) return false;
  const lower = text.toLowerCase();
  if (ENDS_LIKE_DOCTRINE.test(lower) && isDoctrine(lower)) return false;
  const lowerTag = lowerCaseTag(lower);
  if (lowerTag !== 'NN' && lowerTag !== 'NNS') return false;
  if (CAPITALISED_BY_CONVENTION.has(lower) || CAPITALISED_IN_ENGLISH.has(lower)) return false;
  // Words the dictionary writes with a capital: Christianity, Ottoman, Soviets.
  if (isCapitalisedInDictionary(text)) return false;
  // Countries and places that are also common nouns: Turkey, China, Jordan. A plural is rarely a place ("my
  // Settings"), unless a preposition puts it there ("in Tours"): see `detect`.
  return lowerTag === 'NNS' || !nounSenses(lower).includes('noun.location');
});

/**
 * A word Brown capitalises on its own often enough to be listed (`capitalised-words.ts`: "the Stadium", "the
 * Museum", "the Academy" name one of them) that is still a common noun in lower case. After a determiner and a
 * lower-case adjective ("the new Stadium", "a modern Museum") it is no name: Brown writes no such phrase, where the
 * German habit writes "das neue Stadion" this way. Asked only where `isCapitalisedCommonNoun` says no.
 */
const isListedCommonSpelling = memoizeByWord((text: string): boolean => {
  if (!isTitleCase(text) || text.includes('-')) return false;
  const lower = text.toLowerCase();
  const lowerTag = lowerCaseTag(lower);
  return (lowerTag === 'NN' || lowerTag === 'NNS') && CAPITALISED_IN_ENGLISH.has(lower) && !CAPITALISED_BY_CONVENTION.has(lower) &&
    !isCapitalisedInDictionary(text) && !namesPeople(lower) && !nounSenses(lower).includes('noun.location');
});
const listedCommon = new SpellingAnswers();
const isListedCommonNoun = (t: Token) => capitalisedSpellingIs(listedCommon, isListedCommonSpelling, t);

// A possessive may introduce the owner's own named thing, as a 1961 proclamation does ("their beautiful Pageants").
const ARTICLES_AND_DEMONSTRATIVES = new WordSet(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/** The rule's need: a capitalised word either test may report. */
const isCapitalisedOrListedNoun = (t: Token) => isCapitalisedCommonNoun(t) || isListedCommonNoun(t);

/** "the new Stadium": a listed word after a determiner and a lower-case adjective (`isListedCommonSpelling`). */
function listedAfterAdjective(tokens: readonly Token[], i: number): boolean {
  const adjective = tokens[i - 1];
  const determiner = tokens[i - 2];
  return i >= 2 && isListedCommonNoun(tokens[i]!) && adjective!.tags[0] === 'JJ' && adjective!.text === adjective!.lower &&
    isLowerWord(adjective) && (determiner!.text === determiner!.lower || i === 2) && ARTICLES_AND_DEMONSTRATIVES.has(determiner!.lower);
}

/**
 * The capitals of one sentence. `habit`, when given, says whether the document capitalises nouns the German way
 * elsewhere: then a capital after a determiner or a bare singular ("the Device", "in Account") is that habit too.
 */
function detect(sentence: Sentence, seen: Casing, habit?: () => boolean): Report[] {
  // Headlines and credit lines use title case.
  if (!sentence.terminated) return [];
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  // Which tokens stand inside a quoted title: worked out at the first candidate, as most sentences have none.
  let inTitle: boolean[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(isCapitalisedCommonNoun(t) || listedAfterAdjective(tokens, i)) || seen.names.has(t.text)) continue;
    inTitle ??= titleMask(sentence);
    if (inTitle[i]) continue;
    const lower = t.lower;
    const lowerTag = lowerCaseTag(lower);
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    // Only after a lower-case word inside running text: not after a sentence start, a colon, a quote or a name
    // ("pre-Civil War" is a name too). A quantifier opening the sentence counts as a lower-case word: "Several Schools closed".
    if (!(isLowerWord(prev) && prev.text === prev.lower) && !(i === 1 && (QUANTIFIERS.has(prev.lower) || ADDRESSING_DETERMINERS.has(prev.lower) || (prev.lower === 'the' && abstractAfterArticle(tokens, i, lowerTag))))) continue;
    // "Bank of England", "Mothers and Fathers": a capital before the small word makes a name; the sentence's first
    // word has its capital anyway ("Open the Folder", "Hundreds of Volunteers").
    if (/^(of|and|for|on|to|the|de|du|von|van|der)$/.test(prev.lower) && startsUpper(tokens[i - 2]) && (i > 2 || !(isImperative(tokens[0]!) || COUNT_NOUNS.has(tokens[0]!.lower)))) continue;
    if (closesCapitalisedList(tokens, i)) continue;
    if (lowerTag === 'NNS' && prev.tags[0] === 'IN' && nounSenses(lower).includes('noun.location')) continue;
    // Part of a name in title case: "the Computer Science Department", "Gen. Ali SAIBOU", "Phase 2", "Type 6-B",
    // "Bait & Bullet", "Republic of the Congo", "the People's Republic", "Mothers' March".
    if (startsUpper(next) || next?.kind === 'number' || /^\d/.test(next?.text ?? '') || next?.text === '&') continue;
    if (next?.text === '.' && next.start === t.end && i + 2 < tokens.length) continue;
    let k = i + 1;
    if (next && /^(of|for|and|or|with|de|del|la|du|’s|'s|'|’)$/.test(next.lower)) {
      k++;
      while (tokens[k] && /^(the|a|an)$/.test(tokens[k]!.lower)) k++;
      if (startsUpper(tokens[k])) continue;
    }
    // "Life magazine", "Vogue magazine": a name before the kind of thing it names; "the journal Nature": after it.
    if ((next && PUBLICATIONS.has(next.lower)) || (PUBLICATIONS.has(prev.lower) && i > 1 && isDeterminer(tokens[i - 2]!))) continue;
    // "a competition called Race to the Top": a naming verb introduces a name.
    if (NAMING.has(prev.lower)) continue;
    // "the company Apple said", "the newspaper Guardian": a kind noun introducing a name.
    // The kind noun has its own determiner ("the weekly Harbour said", not "new city council Software said").
    // One noun may modify the kind: "the football club Dynamo".
    const kindDeterminer = i > 1 && (isDeterminer(tokens[i - 2]!) || (i > 2 && /^NN$/.test(tokens[i - 2]!.tags[0] ?? '') && tokens[i - 2]!.text === tokens[i - 2]!.lower && isDeterminer(tokens[i - 3]!)));
    const prevIsKind = /^NNS?$/.test(prev.tags[0] ?? '') && kindDeterminer && nounSenses(prev.lower).some((s) => NAMING_SENSES.has(s));
    const nextIsVerbOrComma = next !== undefined && (next.text === ',' || (next.tags[0] ?? '').startsWith('VB')) || i === tokens.length - 2;
    if (prevIsKind && nextIsVerbOrComma && lowerTag === 'NN') continue;
    const prevTag = prev.tags[0] ?? '';
    // Right after a determiner or a number ("the Canal", "the Devil", "the Organization", "2 million Nationalists")
    // the capital usually marks a name or a unique referent of the text: a hint only. After an adjective or noun
    // ("rising Prices", "hospital Computers") it is the German habit; a plural is rarely a brand.
    const afterDeterminer = /^(DT|PRP\$|CD)$/.test(prevTag) || /^\d/.test(prev.text);
    // A singular right after a preposition is often a place, a title or a name ("in Shamrock", "from Beaver",
    // "against Fascism"); a bare singular after a verb or a conjunction is a name ("told Mother", "let History
    // decide"); a word the text keeps capitalising and never writes in lower case is one of its names: hints.
    const bareSingular = lowerTag === 'NN' && !afterDeterminer && !/^(JJ|NN|VBG|VBN)/.test(prevTag);
    // People the text also writes in lower case are not a party or a team: "his new Teammates … the teammates"; a
    // singular stays a role or a personification ("the anonymous Woman of his dreams").
    // A possessive before it (over adjectives) makes a plural the speaker's people, not a team: "his new Colleagues".
    const possessed = lowerTag === 'NNS' && possessiveBefore(tokens, i);
    const counted = QUANTIFIERS.has(prev.lower) || (prev.lower === 'of' && i > 1 && COUNT_NOUNS.has(tokens[i - 2]!.lower));
    const people = namesPeople(lower) && !counted && !possessed && !(lowerTag === 'NNS' && seen.writtenLower(lower));
    const hint = bareSingular || people || isNameInThisText(seen, lower);
    let confidence = afterDeterminer ? (isGermanAfterDeterminer(tokens, i, lowerTag, seen) ? 0.7 : 0.4) : hint ? 0.45 : lowerTag === 'NNS' ? 0.9 : 0.75;
    if ((afterDeterminer || (bareSingular && !people)) && !isNameInThisText(seen, lower) && habit?.()) confidence = ESCALATED_CONFIDENCE;
    reports.push({
      start: t.start,
      end: t.end,
      message: `"${t.text}" is a common noun; English writes it in lower case mid-sentence.`,
      confidence,
      suggestions: [{ start: t.start, end: t.end, replacement: t.text[0]!.toLowerCase() + t.text.slice(1) }],
    });
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'capitalized-common-noun',
    category: 'fluency/spelling',
    severity: 'minor',
    confidence: 0.8,
    description: 'A common noun capitalised in the middle of a sentence, as German capitalises every noun.',
    sourceHint: 'German capitalises all nouns ("die neue Software", "steigende Preise").',
    fixable: true,
  },
  // The habit is read from every sentence (`germanHabit`), but reported only where such a word stands.
  needs: [isCapitalisedOrListedNoun],
  detectSentence: (sentence, { doc }) => {
    const seen = casingOf(doc);
    return detect(sentence, seen, () => germanHabit(doc, seen) >= GERMAN_HABIT);
  },
  examples: {
    invalid: [
      { text: 'The firm released the new Software on Tuesday.', output: 'The firm released the new software on Tuesday.' },
      { text: 'Families are struggling because of rising Prices.', output: 'Families are struggling because of rising prices.' },
      { text: 'Hackers gained access to several hospital Computers last year.', output: 'Hackers gained access to several hospital computers last year.' },
      { text: 'The council wants to build a new Bridge over the river.', output: 'The council wants to build a new bridge over the river.' },
      { text: 'Engineers inspected the Bridge after the flood.', output: 'Engineers inspected the bridge after the flood.' },
      { text: 'The club will play in a modern Stadium from next season.', output: 'The club will play in a modern stadium from next season.' },
      { text: 'The shop sold cheap Computers, and the computers broke quickly.', output: 'The shop sold cheap computers, and the computers broke quickly.' },
      { text: '“We have seen rising Costs all year,” the baker said.', output: '“We have seen rising costs all year,” the baker said.' },
      { text: 'She met her former Colleagues in Vienna.', output: 'She met her former colleagues in Vienna.' },
      { text: 'The exhibition shows works by several Artists from the region.', output: 'The exhibition shows works by several artists from the region.' },
      { text: 'Please enter your Password to continue.', output: 'Please enter your password to continue.' },
      { text: 'Every Customer receives a voucher after the purchase.', output: 'Every customer receives a voucher after the purchase.' },
      { text: 'The Tourism in the region suffers from the drought.', output: 'The tourism in the region suffers from the drought.' },
      { text: 'Economists expect that the Inflation will slow.', output: 'Economists expect that the inflation will slow.' },
      { text: 'Hundreds of Volunteers cleaned the beach.', output: 'Hundreds of volunteers cleaned the beach.' },
      { text: 'After the update, my Settings were gone.', output: 'After the update, my settings were gone.' },
      {
        text: 'The app shows new Messages and unread Notes. Tap the Folder to open it.',
        output: 'The app shows new messages and unread notes. Tap the folder to open it.',
      },
    ],
    valid: [
      'The study was published in the journal Nature last week.',
      'The Government said it would act.',
      'Thousands of fans walked to the Stadium after the parade.',
      'She studied at the Computer Science Department.',
      'The company Apple said sales had risen.',
      'The football club Dynamo won the cup.',
      'Shares of Ford Motor Company rose.',
      'He read “The Old Man and the Sea” again.',
      'The Department of Veterans Affairs issued a warning.',
      'Rising Prices Hit Families',
      'He met the President on Monday.',
      'The Bank of England raised rates.',
      'It happened in New York City last May.',
      'The Panama Canal opened in 1914. Control of the Canal passed to Panama in 1999.',
      'The country adopted Christianity in the fourth century.',
      'The region fell under Ottoman rule.',
      'The transition was led by Gen. Ali SAIBOU until 1991.',
      'It became the Republic of the Congo in 1960.',
      'Hong Kong is part of the People’s Republic of China.',
      'The rise of Fascism alarmed many writers.',
      'Her essays defend a gentle Liberalism against its critics.',
      'The vote split the Socialists and the Federalists.',
      'The app opens files from PDF and Word.',
      'The bill went to the Committee on Appropriations.',
      'Party leaders expected Democrats to vote as a bloc.',
      'The grant came from the Department of Health, Education, and Welfare.',
      'He served as a Senator or Congressman for thirty years.',
      'Land prices fell in the post-Civil War years.',
      'The samples were dried with the Type 4 method.',
      'She first read about it in Life magazine.',
      'The charter promised to “establish Justice and insure domestic Tranquility for the Nation”.',
      'He was named “Player of the Year” by the league.',
      'The proposal went to the Secretary General and the Members of the Assembly.',
      'Every Christmas the family gathered in the old house.',
      'He read every Dickens novel he could find.',
      'The firm hired another Harvard graduate.',
      'Each Sunday the choir sang in the chapel.',
      'The Construction Act of 1998 still applies.',
      'The Treaty of 1783 ended the war.',
      'Download the App Store version.',
      'He studied the Reformation and its aftermath.',
      'The market filled a long row of booths in Tours.',
    ],
  },
});
