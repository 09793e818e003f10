import { defineRule, type Report, type Suggestion } from '@mtlint/engine';
import {
  isDeterminer, isKnownWord, lexiconEntry, lookupTags, memoizeByWord, SpellingAnswers, startsWithCapital, type Document, type Sentence, type Token, WordMap,
  WordSet,
} from '@mtlint/text';

// Variants are derived, not listed: an initialism with and without dots (U.S./US), a compound closed,
// hyphenated or spaced (email/e-mail, website/Web site), and British against American spelling
// (-ise/-ize, -yse/-yze, -our/-or, -tre/-ter, -ence/-ense, -lled/-led), the latter only when the lexicon
// knows the other form. Each occurrence gets a family and a key shared by all its variants; a key written
// in two or more ways is an inconsistency, and the minority form is reported.

type Family = 'initialism' | 'compound' | 'spelling' | 'transliteration';

interface Occurrence {
  family: Family;
  key: string;
  /** The variant as compared: exact for initialisms, lower case otherwise. */
  form: string;
  start: number;
  end: number;
  /** Text as written, for the message. */
  text: string;
  /** First word of its sentence: the suggestion takes a capital. */
  atStart: boolean;
}

const MAX_CACHED = 100_000;
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const PLAIN_INITIALISM = /^\p{Lu}{2,5}$/u;
const HYPHEN = /[-‐‑]/gu;
const LOWER_WORD = /^\p{Ll}+(?:[-‐‑]\p{Ll}+)*$/u;
const isNounTag = (tag: string | undefined) => tag === 'NN' || tag === 'NNS';
// Spaced spellings of closed compounds whose first part is not a noun.
const SPACED_PARTS = new WordSet(['per']);
// Prefixed words whose hyphen changes the meaning (re-sign/resign, re-cover/recover, co-op/coop).
const MINIMAL_PAIRS = new WordSet([
  'resign', 'recover', 'reform', 'recreation', 'release', 'remark', 'reserve', 'resort', 'retreat', 'repress',
  'recount', 'represent', 'research', 'resent', 'restore', 'redress', 'relay', 'recollect', 'resolve', 'coop',
  'recede', 'reside', 'reprove',
]);
const SPELLING_EXCEPTIONS = new WordSet(['timbre', 'licence', 'licences', 'practise', 'practised', 'practising']);

/** The American spelling of a British form, or the word itself; only forms the lexicon knows count. */
function americanOf(lower: string): string {
  if (SPELLING_EXCEPTIONS.has(lower) || lower.length < 5 || !mayBeBritish(lower)) return lower;
  let m: RegExpExecArray | null;
  let candidate: string | undefined;
  if ((m = /^(\p{Ll}{3,})is(e|es|ed|ing|ation|ations|ational|er|ers|able)$/u.exec(lower))) candidate = `${m[1]}iz${m[2]}`;
  else if ((m = /^(\p{Ll}{3,})ys(e|es|ed|ing|er|ers)$/u.exec(lower))) candidate = `${m[1]}yz${m[2]}`;
  else if ((m = /^(\p{Ll}{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ist|ists|ism)?$/u.exec(lower))) candidate = `${m[1]}or${m[2] ?? ''}`;
  else if ((m = /^(\p{Ll}{2,}[bt])re(s|d)?$/u.exec(lower))) candidate = `${m[1]}er${m[2] ?? ''}`;
  else if ((m = /^(def|off|pret)ence(s)?$/u.exec(lower))) candidate = `${m[1]}ense${m[2] ?? ''}`;
  else if ((m = /^(\p{Ll}+)ll(ed|ing|er|ers)$/u.exec(lower))) {
    const stem = m[1]!;
    // travelled → traveled, but filled and polled keep their double l (one syllable).
    if (/[aeiou]$/u.test(stem) && /[aeiouy]/u.test(stem.slice(0, -1))) candidate = `${stem}l${m[2]}`;
  }
  return candidate && isKnownWord(candidate) ? candidate : lower;
}

/**
 * Whether the word has what one of `americanOf`'s patterns needs, where the pattern needs it ("is", "ys", "our" or "re"
 * after three letters, "ence", "ll" after one): a test of a few characters, where the patterns, tried one by one, were
 * most of a first lint's time in this rule.
 */
const mayBeBritish = (lower: string): boolean =>
  lower.indexOf('is', 3) >= 0 || lower.indexOf('ys', 3) >= 0 || lower.indexOf('our', 3) >= 0 || lower.indexOf('re', 3) >= 0 ||
  lower.indexOf('ence', 3) >= 0 || lower.indexOf('ll', 1) >= 0;

// Names transliterated from Cyrillic (and German spellings of them) vary in a few letters that stand for one
// sound: y/i/j ("Dmitry", "Dmitriy", "Dmitri"), ye/ie/e ("Zavolzhye", "Zavolzhie", "Yenisei", "Enisei"), c/k and x/ks
// ("Aleksandr", "Alexandr"), kh/h, w/v and sch/sh/tsch/ch (German "Lwiw", "Schewtschenko"), a doubled s or i
// ("Odessa", "Odesa"), and diacritics. The key folds exactly these; names that differ in any other letter (Austria
// and Australia, Iran and Iraq, Jon and John) keep different keys. Other doubled letters (Philip and Phillip, Alan
// and Allan) and "ck" (Erickson and Erikson) belong to English names, which are different people as often as not.
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ye/u, 'e'], [/tsch/gu, 'ch'], [/sch/gu, 'sh'], [/tch/gu, 'ch'], [/kh/gu, 'h'], [/x/gu, 'ks'], [/c(?!h)/gu, 'k'],
  [/w/gu, 'v'], [/[yj]/gu, 'i'], [/([is])\1+/gu, '$1'], [/ie/gu, 'i'],
];
// Ukrainian names and their Russian forms, which no letter rule folds: one place, two official spellings, and MT
// switches between them ("Chernihiv" in one sentence, "Chernigov" in the next). Keys as FOLDS leaves them.
const KNOWN_VARIANTS = new WordMap<string>([
  ['harkov', 'harkiv'], ['lvov', 'lviv'], ['nikolaev', 'mikolaiv'], ['nikolaiev', 'mikolaiv'], ['chernigov', 'chernihiv'],
  ['rovno', 'rivne'], ['zaporozhie', 'zaporizhia'], ['zaporozhe', 'zaporizhia'], ['dnepr', 'dnipro'], ['lugansk', 'luhansk'],
  ['chernobil', 'chornobil'], ['vinitsa', 'vinitsia'], ['zhitomir', 'zhitomir'], ['kishinev', 'chisinau'], ['kirovograd', 'kropivnitski'],
]);
/** The lexicon knows the lower-case word only as a name, or not at all. */
const isNameInLowerCase = (lower: string) => {
  const tag = lexiconEntry(lower)?.[0];
  return tag === undefined || tag === 'NNP' || tag === 'NNPS';
};
const NAME_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

/** The key of a name under the transliteration folds, or '' for a word that is not a plain capitalised name. */
const transliterationKey = memoizeByWord((text): string => {
  if (!NAME_WORD.test(text)) return '';
  let key = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return KNOWN_VARIANTS.get(key) ?? key;
}, MAX_CACHED);

const isCapitalised = (t: Token) => startsWithCapital(t.text);
const isLowerAscii = (code: number) => code >= 97 && code <= 122;
// Marks that may come before the first word of a sentence.
const OPENERS = new WordSet(['"', '“', '‘', "'", '(', '[', '«', '‹', '—', '–', '-']);

/** Sentences set in capitals (headlines, labels), where "US" may be the pronoun. One pass, no allocation. */
function isAllCaps(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  let words = 0;
  let caps = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    // A lower-case spelling is never in capitals, nor is a word whose second letter is lower-case ASCII ("The");
    // only the rest pay for the upper-case copy.
    if (t.text !== t.lower && !isLowerAscii(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase()) caps++;
    // More than 30% of the tokens already in lower case: the sentence cannot reach 70% capitals (most stop here).
    else if ((words - caps) * 10 > tokens.length * 3) return false;
  }
  return words >= 3 && caps / words >= 0.7;
}

const NO_TITLES: ReadonlySet<number> = new Set();

/** Token indexes inside a quoted title: a quotation whose words are capitalised ("The Organisation Man"). */
function quotedTitles(tokens: readonly Token[]): ReadonlySet<number> {
  // Allocated at the first title: most sentences have none.
  let out: Set<number> | undefined;
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const opening = t === '“' || t === '‘' || (t === '"' && open < 0);
    const closing = t === '”' || t === '’' || (t === '"' && open >= 0);
    if (open >= 0 && closing) {
      const inner = tokens.slice(open + 1, i).filter((x) => x.kind === 'word' && x.text.length > 3);
      if (inner.length > 0 && inner.every(isCapitalised)) for (let j = open + 1; j < i; j++) (out ??= new Set()).add(j);
      open = -1;
    } else if (opening) open = i;
  }
  return out ?? NO_TITLES;
}

const isSpaced = (text: string, a: Token, b: Token) => b.kind === 'word' && b.start === a.end + 1 && text[a.end] === ' ';

type Emit = (family: Family, key: string, form: string, start: number, end: number, atStart: boolean) => void;

/**
 * What a word can vary in, worked out once per distinct lower-case word: the rule looks at every word of a text. The
 * text model hands every token of one spelling the same lower-case string, so the lookup is cheap.
 */
interface Variants {
  /** The word is letters and hyphens only: the words whose spelling is compared. */
  plain: boolean;
  /** Without hyphens ("e-mail" → "email"). */
  closed: string;
  /** The American form of a British spelling, or the word itself. */
  us: string;
}
// And for the few capitalised spellings: "U.S." → "US", and whether the lexicon knows it only as a name.
interface Capitalised {
  /** The letters of an initialism without dots ("U.S." → "US"), or '' for other words. */
  initialism: string;
  /** The lexicon knows the word only as a name, or not at all (Labour, Al-Jazeera). */
  name: boolean;
}

const variantsOf = memoizeByWord((lower): Variants => {
  const plain = LOWER_WORD.test(lower);
  return { plain, closed: plain ? lower.replace(HYPHEN, '') : lower, us: plain ? americanOf(lower) : lower };
}, MAX_CACHED);

const NOT_CAPITALISED: Capitalised = { initialism: '', name: false };

function capitalisedOf(text: string): Capitalised {
  const first = text.charCodeAt(0);
  // Lower-case ASCII, the common case, needs no lookup.
  if (first >= 97 && first <= 122) return NOT_CAPITALISED;
  return capitalisedSpelling(text);
}

const capitalisedSpelling = memoizeByWord((text): Capitalised => {
  if (!startsWithCapital(text)) return NOT_CAPITALISED;
  const own = lexiconEntry(text);
  return {
    initialism: DOTTED.test(text) ? text.replace(/\./gu, '') : PLAIN_INITIALISM.test(text) ? text : '',
    name: !own || own[0] === 'NNP' || own[0] === 'NNPS',
  };
}, MAX_CACHED);

/**
 * The keys the text writes two ways or more, from its distinct spellings: the closed forms ("email") that the text also
 * writes hyphenated ("e-mail") or spaced ("e mail"), the American forms whose British spelling it also writes (or two
 * British spellings of one), and the initialisms it writes with and without dots. A key written one way cannot be
 * reported, so its words are not looked at: in most texts few words are left, and a token costs one lookup.
 */
interface Candidates {
  /** Closed forms written another way too. */
  compound: ReadonlySet<string>;
  /** American forms written another way too. */
  spelling: ReadonlySet<string>;
  /** Lower-case words whose compound or spelling key is in the two sets above. */
  relevant: ReadonlySet<string>;
  /** Start offsets of the spaced spellings ("web site") whose closed form the text also writes, in text order. */
  spacedAt: number[];
  /** Capitalised spellings whose transliteration key the text also writes another way: the only names compared. */
  transliterated: ReadonlySet<string>;
  /** Spellings (as written) that the second pass looks at: the words of the sets above, and the varying initialisms. */
  watched: ReadonlySet<string>;
  /** Per sentence, 1 where it has a watched word or a spaced compound: the only sentences `collect` reads. */
  read: Uint8Array;
  /** The renamed terms (`renamedAt`), in text order. */
  renamed: Report[];
}

/** Adds `form` to the forms seen of `key`; a key's forms are a string until there are two. */
function addForm(forms: Map<string, string | Set<string>>, key: string, form: string): void {
  const seen = forms.get(key);
  if (seen === undefined) forms.set(key, form);
  else if (typeof seen === 'string') {
    if (seen !== form) forms.set(key, new Set([seen, form]));
  } else seen.add(form);
}

/** Adds the forms of every key written two ways or more to `into`, and the key to `keys` if given. */
function addVarying(forms: ReadonlyMap<string, string | Set<string>>, into: Set<string>, keys?: Set<string>): void {
  for (const [key, seen] of forms) {
    if (typeof seen === 'string') continue;
    for (const form of seen) into.add(form);
    keys?.add(key);
  }
}

/**
 * Marks in `read` every sentence with a word written as one of `spellings`. (Indexed loops: this runs once per lint, mostly
 * before V8 optimises it, and there a `for … of` allocated an iterator result for every token it read.)
 */
function markSentencesWith(doc: Document, spellings: ReadonlySet<string>, read: Uint8Array): void {
  const answers = new SpellingAnswers();
  for (let s = 0; s < doc.sentences.length; s++) {
    if (read[s] === 1) continue;
    const tokens = doc.sentences[s]!.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (isSpelledIn(spellings, answers, tokens[i]!)) {
        read[s] = 1;
        break;
      }
    }
  }
}

/**
 * `spellings.has(t.text)`, remembered per spelling number in `answers` (made for this set): a token of a spelling asked
 * before costs two array reads. (A `WordSet` remembers answers by the lower-case word; these sets hold spellings as
 * written.)
 */
function isSpelledIn(spellings: ReadonlySet<string>, answers: SpellingAnswers, t: Token): boolean {
  const slot = answers.slot(t.spelling);
  if (slot < 0) return spellings.has(t.text);
  const known = answers.known[slot]!;
  if (known !== 0) return known === 2;
  const found = spellings.has(t.text);
  answers.known[slot] = found ? 2 : 1;
  return found;
}

/** The word in lower case: itself when it has no capitals (most spellings), without a copy. */
function lowerCaseOf(written: string): string {
  for (let k = 0; k < written.length; k++) {
    const c = written.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return written.toLowerCase();
  }
  return written;
}

/**
 * The candidates, from the document's spellings and one pass over its tokens, which also gathers the tails of long
 * names and finds the renamed terms (`renamedAt`) and the sentences `collect` must read: the rule reads every token
 * once, then the few sentences with a watched word.
 */
function candidateKeys(doc: Document): Candidates {
  // The lower-case forms of the spellings with capitals ("Multiparty"), of three letters or more; with the spellings
  // themselves, the words the text writes (`isWritten`). Most spellings have no capitals, and cost no copy.
  const capitalisedLower = new Set<string>();
  const isWritten = (lower: string) => (lower.length >= 3 && doc.spellings.has(lower)) || capitalisedLower.has(lower);
  // The spellings, in the order of `doc.spellings`, and each in lower case: the later passes over the spellings read
  // these arrays, where a `for … of` over the set allocated an iterator result per spelling before V8 optimised it.
  const spellings: string[] = [];
  const lowers: string[] = [];
  // The distinct words of three letters or more: a word is looked at once, not at every token. With each, its variants,
  // which the pass over the hyphenated words reads again instead of looking each word up in the memo's map a second time.
  const words: string[] = [];
  const wordVariants: Variants[] = [];
  // The forms of each key, per family: lower-case capitalised spellings under each transliteration key, spellings
  // under each initialism, British spellings under their American form.
  const byTransliteration = new Map<string, string | Set<string>>();
  const byInitialism = new Map<string, string | Set<string>>();
  const byAmerican = new Map<string, string | Set<string>>();
  // Lower-case words the text also writes as a title word ("police" and "Police"): a tail of a long name can start
  // only with one of them.
  const tailStarts = new Set<string>();
  for (const written of doc.spellings) {
    const lower = lowerCaseOf(written);
    spellings.push(written);
    lowers.push(lower);
    // Lower-case ASCII, most spellings, is neither a name nor an initialism: no lookup.
    if (!isLowerAscii(written.charCodeAt(0))) {
      const translit = written.length < 3 ? '' : transliterationKey(written);
      if (translit !== '') addForm(byTransliteration, translit, lower);
      const initialism = isLowerAscii(written.charCodeAt(1)) ? '' : capitalisedOf(written).initialism;
      if (initialism !== '') addForm(byInitialism, initialism, written);
      else if (isTitleWord(written) && doc.spellings.has(lower)) tailStarts.add(lower);
    }
    if (written.length < 3) continue;
    if (lower !== written) {
      // A word also written in lower case is looked at as that spelling.
      if (doc.spellings.has(lower) || capitalisedLower.has(lower)) continue;
      capitalisedLower.add(lower);
    }
    words.push(lower);
    const variants = variantsOf(lower);
    wordVariants.push(variants);
    const us = variants.us;
    if (us !== lower) addForm(byAmerican, us, lower);
  }
  // The American form itself, where the text writes it too ("organization" beside "organisation").
  for (const us of byAmerican.keys()) {
    const v = variantsOf(us);
    if (isWritten(us) && v.plain && v.us === us) addForm(byAmerican, us, us);
  }
  // A hyphenated word counts only where its closed form is written too ("long-term" beside "in the long term" is
  // grammar); the closed form is the key its group is reported against.
  const compound = new Set<string>();
  const relevant = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const lower = words[k]!;
    const v = wordVariants[k]!;
    if (v.closed === lower || !isWritten(v.closed)) continue;
    compound.add(v.closed);
    relevant.add(lower);
  }
  for (const key of compound) relevant.add(key);
  const spelling = new Set<string>();
  addVarying(byAmerican, relevant, spelling);
  const transliterated = new Set<string>();
  addVarying(byTransliteration, transliterated);
  const initialisms = new Set<string>();
  addVarying(byInitialism, initialisms);
  const watched = new Set<string>(initialisms);
  for (let k = 0; k < spellings.length; k++) {
    const lower = lowers[k]!;
    if (relevant.has(lower) || (!isLowerAscii(spellings[k]!.charCodeAt(0)) && transliterated.has(lower))) watched.add(spellings[k]!);
  }
  const watchedAnswers = new SpellingAnswers();
  const tailStartSet = new WordSet(tailStarts);
  const read = new Uint8Array(doc.sentences.length);
  // Sentence and token index of each lower-case tail start after an adjective: where a renamed term may be.
  const maybeRenamed: number[] = [];
  // And its word: most are no tail's first word, which this tells without reading the sentence's tokens again.
  const maybeRenamedWords: string[] = [];
  const spacedAt: number[] = [];
  const tails: Tails = new Map();
  for (let s = 0; s < doc.sentences.length; s++) {
    const tokens = doc.sentences[s]!.tokens;
    // The start of the run of title words the pass is in, or -1: a run is a name, whose tail `addTail` takes.
    let run = -1;
    // The flags of the token before, of this one and of the next: each token's are read once.
    let before = 0;
    let flags = tokens.length > 0 ? passFlagsOf(tokens[0]!) : 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const after = i + 1 < tokens.length ? passFlagsOf(tokens[i + 1]!) : 0;
      const modifierBefore = (before & RENAMING_MODIFIER) !== 0;
      before = flags;
      flags = after;
      if ((before & NAME_WORD_FLAG) !== 0) {
        if (run < 0) run = i;
      } else if (run >= 0) {
        addTail(doc, tokens, run, i, tails);
        run = -1;
      }
      if (t.kind !== 'word') continue;
      if (isSpelledIn(watched, watchedAnswers, t)) read[s] = 1;
      // The modifier first: an adjective rules out most words before a lookup.
      if (modifierBefore && tailStartSet.has(t.text)) {
        maybeRenamed.push(s, i);
        maybeRenamedWords.push(t.text);
      }
      // A spaced spelling ("web site") counts only where its closed form ("website") is written too.
      if ((before & PAIR_FIRST) === 0 || (after & PAIR_SECOND) === 0) continue;
      const next = tokens[i + 1]!;
      if (!isSpaced(doc.text, t, next)) continue;
      const pair = t.lower + next.lower;
      if (!isWritten(pair)) continue;
      compound.add(pair);
      spacedAt.push(t.start);
      read[s] = 1;
    }
    if (run >= 0) addTail(doc, tokens, run, tokens.length, tails);
  }
  // A closed form that only its spaced spelling makes a key ("healthcare" beside "health care") may be written in any
  // sentence: the sentences with one of its spellings are read too.
  const added = new Set<string>();
  for (const key of compound) {
    if (relevant.has(key)) continue;
    relevant.add(key);
    added.add(key);
  }
  if (added.size > 0) {
    // The spellings of the keys just made relevant are the ones the pass over the spellings above would add now.
    const addedSpellings = new Set<string>();
    for (let k = 0; k < spellings.length; k++) {
      if (!added.has(lowers[k]!)) continue;
      addedSpellings.add(spellings[k]!);
      watched.add(spellings[k]!);
    }
    markSentencesWith(doc, addedSpellings, read);
  }
  // A renamed term is looked for only where a tail's first word is also written in lower case: most texts never do.
  for (const first of [...tails.keys()]) if (!doc.spellings.has(first)) tails.delete(first);
  const renamed: Report[] = [];
  if (tails.size > 0) {
    for (let k = 0; k < maybeRenamed.length; k += 2) {
      if (tails.has(maybeRenamedWords[k >> 1]!)) renamedAt(doc, doc.sentences[maybeRenamed[k]!]!.tokens, maybeRenamed[k + 1]!, tails, renamed);
    }
  }
  return { compound, spelling, relevant, spacedAt, transliterated, watched: new WordSet(watched), read, renamed };
}

/**
 * Calls `emit` for every occurrence of a word that could have variants, without allocating one object each, and
 * `renamed` with the reports of `renamedAt`, in text order.
 */
function collect(doc: Document, emit: Emit, renamed: Report[]): void {
  const candidates = candidateKeys(doc);
  renamed.push(...candidates.renamed);
  const spacedAt = candidates.spacedAt;
  let nextSpaced = 0; // index into spacedAt of the first start not yet passed
  for (let s = 0; s < doc.sentences.length; s++) {
    if (candidates.read[s] === 0) continue;
    const sentence = doc.sentences[s]!;
    const tokens = sentence.tokens;
    // Worked out only for sentences with a word to report: most have none.
    let skipSentence: boolean | undefined;
    let titles: ReadonlySet<number> | undefined;
    let first = true; // no word seen yet in the sentence
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') {
        if (!(t.kind === 'punct' && OPENERS.has(t.text))) first = false;
        continue;
      }
      const atStart = first;
      first = false;
      const next = tokens[i + 1];
      // Only spaced pairs whose closed form the text also writes are compared ("web site" against "website").
      while (nextSpaced < spacedAt.length && spacedAt[nextSpaced]! < t.start) nextSpaced++;
      const spacedCompound = next !== undefined && spacedAt[nextSpaced] === t.start;
      if (!spacedCompound && !candidates.watched.has(t.text)) continue;
      const lower = t.lower;
      // An initialism has a capital or a dot after its first letter: a word like "The" needs no lookup.
      const initialism = isLowerAscii(t.text.charCodeAt(1)) ? '' : capitalisedOf(t.text).initialism;
      const relevant = candidates.relevant.has(lower);
      // A name that may be a transliteration variant: capitalised, unknown to the lexicon as a common word (at the
      // start of a sentence, where every word is capitalised, by its lower-case entry).
      const translit = initialism === '' && !isLowerAscii(t.text.charCodeAt(0)) && candidates.transliterated.has(lower) ? transliterationKey(t.text) : '';
      const name = translit !== '' && (atStart ? isNameInLowerCase(lower) : capitalisedOf(t.text).name);
      if (initialism === '' && !relevant && !spacedCompound && !name) continue;
      const v = variantsOf(lower);
      const compound = relevant && v.plain && candidates.compound.has(v.closed);
      const british = relevant && v.plain && candidates.spelling.has(v.us);
      if (initialism === '' && !compound && !british && !spacedCompound && !name) continue;
      skipSentence ??= isAllCaps(sentence);
      if (skipSentence) break;
      titles ??= quotedTitles(tokens);
      if (titles.has(i)) continue;
      if (initialism !== '') {
        emit('initialism', initialism, t.text, t.start, t.end, atStart);
        continue;
      }
      // Capitalised inside a sentence is a name (Labour, Centre Party, Al-Jazeera): its spelling is its own,
      // except a common noun capitalised by habit before a lower-case noun ("Web site").
      if (name) emit('transliteration', translit, lower, t.start, t.end, atStart);
      if (!atStart && !spacedCompound && capitalisedOf(t.text).name) continue;
      if (compound) emit('compound', v.closed, lower, t.start, t.end, atStart);
      if (british) emit('spelling', v.us, lower, t.start, t.end, atStart);
      if (spacedCompound) emit('compound', lower + next.lower, `${lower} ${next.lower}`, t.start, next.end, atStart);
    }
  }
}

// What the pass over the tokens (`candidateKeys`) asks of each word that its spelling alone decides, as bits: a word of
// a name (`isNameWordToken`), a modifier that may open a renamed term (`isRenamingModifier`), and the first or the
// second word of a spaced compound: two nouns ("web site", "health care") or a listed first part ("per cent"), in
// letters, the second in lower case. Remembered per spelling number, so that a token costs two array reads instead of
// these tests, which were most of the rule's time (they ran at each of a megabyte's 190,000 tokens).
const KNOWN = 1;
const NAME_WORD_FLAG = 2;
const RENAMING_MODIFIER = 4;
const PAIR_FIRST = 8;
const PAIR_SECOND = 16;
const passFlags = new SpellingAnswers('numbers');

const passFlagsOf = (t: Token): number => passFlags.remembered(t, spellingFlags);

function spellingFlags(t: Token): number {
  if (t.kind !== 'word') return KNOWN;
  let flags = KNOWN;
  if (isNameWordToken(t)) flags |= NAME_WORD_FLAG;
  if (isRenamingModifier(t)) flags |= RENAMING_MODIFIER;
  if (t.text.length >= 3 && isLetters(t.text) && (SPACED_PARTS.has(t.lower) || isNounTag(tagOf(t)))) flags |= PAIR_FIRST;
  if (isNounTag(t.tags[0]) && t.text === t.lower && isLowerLetters(t.text)) flags |= PAIR_SECOND;
  return flags;
}

// Tokens in lower case already carry the lower-case word's tags.
const tagOf = (t: Token) => (t.text === t.lower ? t.tags[0] : lookupTags(t.lower)[0]) ?? '';

// /^\p{Ll}+$/u and /^\p{L}+$/u, by character codes for ASCII words (nearly all).
const LOWER_LETTERS = /^\p{Ll}+$/u;
const LETTERS = /^\p{L}+$/u;
function isLowerLetters(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127) return LOWER_LETTERS.test(text);
    if (!isLowerAscii(c)) return false;
  }
  return text.length > 0;
}
function isLetters(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127) return LETTERS.test(text);
    if (!isLowerAscii(c) && !(c >= 65 && c <= 90)) return false;
  }
  return text.length > 0;
}

function recase(replacement: string, o: Occurrence): string {
  if (o.atStart && /^\p{Ll}/u.test(replacement)) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

// The final dot of "U.K." at the end of a sentence is also its full stop: keep one when the dots go
// ("in the U.K." → "in the UK."), and take the full stop into the dots when they come ("the UK." → "the U.K.").
function initialismEdit(text: string, o: Occurrence, replacement: string): Suggestion {
  if (o.family === 'initialism') {
    if (o.form.endsWith('.') && !replacement.endsWith('.') && endsSentence(text, o.end)) {
      return { start: o.start, end: o.end, replacement: `${replacement}.` };
    }
    if (!o.form.endsWith('.') && replacement.endsWith('.') && text[o.end] === '.') {
      return { start: o.start, end: o.end + 1, replacement };
    }
  }
  return { start: o.start, end: o.end, replacement };
}

// Nothing but closing quotes or brackets before a line break, the end of the text or a capitalised word.
function endsSentence(text: string, end: number): boolean {
  const m = /^["”’')\]]*(?:\s+|$)/u.exec(text.slice(end, end + 8));
  if (!m) return false;
  const after = text.slice(end + m[0].length, end + m[0].length + 1);
  return after === '' || m[0].includes('\n') || /^[\p{Lu}"“‘(]/u.test(after);
}

// A capitalised word beside a name: a first name or surname.
const BESIDE_BEFORE = /(\p{Lu}[\p{L}'’-]+)\s+$/u;
const BESIDE_AFTER = /^\s+(\p{Lu}[\p{L}'’-]+)/u;

/**
 * Two spellings that stand beside different names are two people ("Marc Dubois" and "Mark Hill", "Anna Smyth" and
 * "John Smith"), not one name spelled two ways: each spelling's neighbours are gathered, and the group is left alone
 * when both spellings have some and they share none.
 */
function namesDifferentPeople(text: string, list: readonly Occurrence[]): boolean {
  const beside = new Map<string, Set<string>>();
  for (const o of list) {
    let set = beside.get(o.form);
    if (!set) beside.set(o.form, (set = new Set()));
    const before = BESIDE_BEFORE.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1];
    const after = BESIDE_AFTER.exec(text.slice(o.end, o.end + 30))?.[1];
    for (const w of [before, after]) if (w && capitalisedOf(w).name) set.add(w);
  }
  const sets = [...beside.values()].filter((x) => x.size > 0);
  if (sets.length < 2) return false;
  return sets.some((a, i) => sets.some((b, j) => j > i && ![...a].some((w) => b.has(w))));
}

// A named term of four or more capitalised words ("Federal Criminal Police Office"), whose last three or more
// words come back in lower case after another adjective ("national criminal police office"): the source term
// translated a second way, word for word. Both first words are adjectives. Shorter tails ("central bank" after "European Central Bank") are
// ordinary English references to a named body and are left alone.
const MIN_TERM_WORDS = 4;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** `TITLE_WORD`, tested by character codes for a word in ASCII letters (most are) and by the pattern for the rest. */
function isTitleWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return first > 127 && TITLE_WORD.test(text);
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return c > 127 && TITLE_WORD.test(text);
  }
  return text.length > 1;
}

/** The tails of the text's long capitalised names, by their first word in lower case. */
type Tails = Map<string, Array<{ words: string[]; name: string; first: string }>>;

/** A word in title case, capitalised then lower case (the second letter tested by its code first): a word of a name. */
const isNameWordToken = (t: Token) => t.kind === 'word' && t.text !== t.lower && isLowerAscii(t.text.charCodeAt(1)) && isTitleWord(t.text);

/**
 * Adds to `tails` the tail of the name that the run of title words `tokens[start, end)` makes, if it is a long one.
 * (Found in `candidateKeys`' one pass over the tokens: a pass of its own cost as much as that pass.)
 */
function addTail(doc: Document, tokens: readonly Token[], start: number, end: number, tails: Tails): void {
  // "The" opening a sentence is no part of the name.
  const first = isDeterminer(tokens[start]!) ? start + 1 : start;
  // The name's first word is an adjective, as the variant's is ("General" against "basic"); a name that opens with
  // a proper noun names one thing of its class ("Dunbar Vocational High School" beside "a new vocational high school").
  if (end - first < MIN_TERM_WORDS || !lookupTags(tokens[first]!.lower).includes('JJ')) return;
  const words = tokens.slice(first, end).map((t) => t.lower);
  const tail = words.slice(1);
  const list = tails.get(tail[0]!) ?? [];
  list.push({ words: tail, name: doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end), first: words[0]! });
  tails.set(tail[0]!, list);
}

/**
 * Adds to `reports` the lower-case rendering of a long name's tail that starts at `i`, after another adjective
 * (`isRenamingModifier`), if there is one.
 */
function renamedAt(doc: Document, tokens: readonly Token[], i: number, tails: Tails, reports: Report[]): void {
  const modifier = tokens[i - 1]!;
  const list = tokens[i]!.text === tokens[i]!.lower ? tails.get(tokens[i]!.lower) : undefined;
  if (!list) return;
  for (const term of list) {
    const end = i + term.words.length;
    if (modifier.lower === term.first || end > tokens.length) continue;
    if (!spelledAt(tokens, i, term.words)) continue;
    reports.push({
      start: modifier.start,
      end: tokens[end - 1]!.end,
      message: `"${doc.text.slice(modifier.start, tokens[end - 1]!.end)}" renders the term written "${term.name}" elsewhere in this text; keep one rendering.`,
      suggestions: [{ start: modifier.start, end: tokens[end - 1]!.end, replacement: term.name }],
    });
    return;
  }
}

/**
 * Whether the tokens from `i` on are the words, as written. (A function, not a closure in a loop over tokens: a closure
 * over the loop's index gives every turn of the loop, every token of the text, an object of its own.)
 */
function spelledAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.text !== words[k]) return false;
  return true;
}

/** An adjective in lower case, which may open a lower-case rendering of a long name ("national criminal police office"). */
const isRenamingModifier = (t: Token) => t.text === t.lower && t.kind === 'word' && (t.tags[0] === 'JJ' || t.tags[0] === 'VBN');

function detect(doc: Document): Report[] {
  // Almost every word is written one way. One pass records each occurrence in flat arrays and notes, per family,
  // the first form of each key and the keys seen in a second form; only those keys are grouped.
  const families: Family[] = [];
  const keys: string[] = [];
  const forms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const atStarts: boolean[] = [];
  const firstForm: Record<Family, Map<string, string>> = { initialism: new Map(), compound: new Map(), spelling: new Map(), transliteration: new Map() };
  const varying: Record<Family, Set<string>> = { initialism: new Set(), compound: new Set(), spelling: new Set(), transliteration: new Set() };
  const renamed: Report[] = [];
  collect(doc, (family, key, form, start, end, atStart) => {
    families.push(family);
    keys.push(key);
    forms.push(form);
    starts.push(start);
    ends.push(end);
    atStarts.push(atStart);
    const seen = firstForm[family].get(key);
    if (seen === undefined) firstForm[family].set(key, form);
    else if (seen !== form) varying[family].add(key);
  }, renamed);
  const groups = new Map<string, Occurrence[]>();
  for (let i = 0; i < keys.length; i++) {
    const family = families[i]!;
    const key = keys[i]!;
    if (!varying[family].has(key)) continue;
    const id = `${family}:${key}`;
    const o: Occurrence = {
      family, key, form: forms[i]!, start: starts[i]!, end: ends[i]!, text: doc.text.slice(starts[i]!, ends[i]!), atStart: atStarts[i]!,
    };
    const list = groups.get(id);
    if (list) list.push(o);
    else groups.set(id, [o]);
  }
  const reports: Report[] = [];
  for (const list of groups.values()) {
    const counts = new Map<string, number>();
    for (const o of list) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
    if (counts.size < 2) continue;
    const family = list[0]!.family;
    const key = list[0]!.key;
    // A compound only counts against its closed form: "long-term"/"long term" is grammar, not spelling.
    if (family === 'compound' && (!counts.has(key) || MINIMAL_PAIRS.has(key))) continue;
    // A name's transliteration variant is a spelling the lexicon does not know ("Rosnedra", "Dmitriy"); two spellings
    // it knows as names are two names (Guiana and Guyana, Cathy and Kathy).
    if (family === 'transliteration' && (list.every((o) => isKnownWord(o.text)) || namesDifferentPeople(doc.text, list))) continue;
    // Sorted by count, the earlier form first among equals (the sort is stable and the list in text order).
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    // A tie leaves no majority to follow, except for a name: its first spelling (in the headline or first mention)
    // sets it, and MT's second transliteration comes later.
    if (ranked[0]![1] === ranked[1]![1] && family !== 'transliteration') continue;
    const majority = ranked[0]![0];
    const written = family === 'transliteration' ? list.find((o) => o.form === majority)!.text : majority;
    for (const o of list) {
      if (o.form === majority) continue;
      const replacement = recase(written, o);
      reports.push({
        start: o.start,
        end: o.end,
        // Edited English also varies its hyphenation (multi-party/multiparty in one reference work), so a compound
        // variant is only a hint; initialisms and -ise/-ize endings are rarely mixed by hand.
        ...(family === 'compound' ? { confidence: 0.45 } : {}),
        message: `"${o.text}" is written "${replacement}" elsewhere in this text (${ranked[0]![1]}×); keep one spelling.`,
        suggestions: [initialismEdit(doc.text, o, replacement)],
      });
    }
  }
  reports.push(...renamed);
  return reports.sort((a, b) => a.start - b.start);
}

export default defineRule({
  meta: {
    id: 'inconsistent-spelling',
    category: 'terminology/inconsistent',
    severity: 'minor',
    confidence: 0.75,
    description: 'The same name or term spelled two ways in one text (U.S./US, e-mail/email, organisation/organization, Dmitry/Dmitriy, Odesa/Odessa).',
    sourceHint: 'Sentence-by-sentence translation: each segment is translated on its own, so the engine picks a spelling variant afresh every time.',
    fixable: true,
  },
  detectDocument: detect,
  examples: {
    invalid: [
      {
        text: 'The US economy grew. US exports rose too. Officials in the U.S. were pleased.',
        output: 'The US economy grew. US exports rose too. Officials in the US were pleased.',
      },
      {
        text: 'Send an email to the office. The email arrives within the hour. An e-mail is faster than a letter.',
        output: 'Send an email to the office. The email arrives within the hour. An email is faster than a letter.',
      },
      {
        text: 'The organisation grew fast. The organisation hired staff. The organization then moved to Leeds.',
        output: 'The organisation grew fast. The organisation hired staff. The organisation then moved to Leeds.',
      },
      {
        text: 'Prices rose by 3 percent in May and by 2 percent in June, after 4 per cent in April.',
        output: 'Prices rose by 3 percent in May and by 2 percent in June, after 4 percent in April.',
      },
      {
        text: 'The website was down. Users could not reach the website. The Web site returned on Monday.',
        output: 'The website was down. Users could not reach the website. The website returned on Monday.',
      },
      {
        text: 'Growth in the UK slowed. The UK central bank acted. Prices fell in the U.K. Wages rose.',
        output: 'Growth in the UK slowed. The UK central bank acted. Prices fell in the UK. Wages rose.',
      },
      {
        text: 'Visitors travelled far. Others travelled by train. Some traveled by bus.',
        output: 'Visitors travelled far. Others travelled by train. Some travelled by bus.',
      },
      {
        text: 'Governor Dmitry Olenin visited the plant on Monday. Olenin promised new funding. Later, Dmitriy Olenin met the workers.',
        output: 'Governor Dmitry Olenin visited the plant on Monday. Olenin promised new funding. Later, Dmitry Olenin met the workers.',
      },
      {
        text: 'The festival takes place in Chernihiv every May. Organisers in Chernigov expect 20,000 visitors.',
        output: 'The festival takes place in Chernihiv every May. Organisers in Chernihiv expect 20,000 visitors.',
      },
      {
        text: 'The Yenisei froze early. Boats on the Enisei were stuck for a week. The Yenisei usually freezes in November.',
        output: 'The Yenisei froze early. Boats on the Yenisei were stuck for a week. The Yenisei usually freezes in November.',
      },
      {
        text: 'The Federal Criminal Police Office opened an inquiry. Later the national criminal police office said it had found nothing.',
        output: 'The Federal Criminal Police Office opened an inquiry. Later the Federal Criminal Police Office said it had found nothing.',
      },
      {
        text: 'The company Gazovik said prices would rise. A Gazowik spokesman declined to comment.',
        output: 'The company Gazovik said prices would rise. A Gazovik spokesman declined to comment.',
      },
    ],
    valid: [
      'Austria and Australia signed a trade deal. Austria will export cheese.',
      'The European Central Bank raised rates. A new central bank will open in Accra.',
      'Dunbar Vocational High School opened in 1942. It is a successful vocational high school.',
      'The National Health Service is under pressure. Every national health service in Europe is.',
      'Iran and Iraq met in Baghdad. Iran sent its foreign minister.',
      'Jon Berg and John Hale founded the firm. John Hale left in 2010.',
      'Marc Dubois and Mark Hill met in Paris. Mark Hill later moved to Leeds.',
      'Anna Smyth praised the report; John Smith thanked her.',
      'Victor Hugo wrote it. Viktor Orban quoted it.',
      'Cathy and Kathy are twins.',
      'Phillip Marlowe is a detective; Philip Sidney was a poet.',
      'The conductor Wolfgang Sawallisch and the critic Erik Sawalisch never met.',
      'Let us talk to the US ambassador. He told us that US troops would stay.',
      'STOCKS ON THE RISE AS US MARKETS OPEN. Later the U.S. markets closed.',
      'The U.S. economy grew while the US dollar fell.',
      'He wrote an email, then another e-mail.',
      'Labour won the vote. The labor market in the U.S. is tight.',
      'She read “The Organization Man” for her course on organisation theory.',
      'In the long term, long-term plans pay off.',
      'He will resign and then re-sign the contract.',
      'The World Health Organization praised the organisation of the rally.',
      'They filled the tank and filed a report.',
      'Email is fast. Most people read email daily.',
      'The health care bill and the healthcare bill are the same bill.',
    ],
  },
});
