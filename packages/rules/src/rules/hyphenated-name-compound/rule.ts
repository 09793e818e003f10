import { defineRule, type Report } from '@mtlint/engine';
import { isKnownWord, lexiconEntry, lookupTags, nounSenses, type Sentence, type Token, WordSet } from '@mtlint/text';

// Nouns that English itself hangs on a name to make a compound modifier: "Soviet-era", "Hollywood-style",
// "Muslim-majority", "Obama-era policies". A closed, short set of measuring and classifying nouns.
const MODIFIER_HEADS = new WordSet([
  'era', 'style', 'type', 'majority', 'minority', 'level', 'class', 'scale', 'size', 'grade', 'brand', 'vintage',
  'proof', 'friendly', 'free', 'wide', 'themed', 'inspired', 'esque', 'ish', 'centric', 'born',
]);
// Prefixes that English hyphenates before a name (anti-American, pre-Brexit); written capitalised at a
// sentence start ("Anti-government protests"), where the capital says nothing about a name.
const PREFIXES = new WordSet([
  'anti', 'non', 'pre', 'post', 'mid', 'pro', 'ex', 'neo', 'pan', 'trans', 'inter', 'intra', 'multi', 'counter',
  'super', 'semi', 'self', 'all', 'co', 'de', 're', 'un', 'sub', 'ultra', 'mega', 'mini', 'micro', 'cross', 'half',
  'quasi', 'pseudo', 'vice', 'over', 'under', 'out', 'off', 'well', 'ill', 'far', 'near', 'long', 'short', 'high',
  'low', 'full', 'part', 'first', 'second', 'third', 'last', 'top', 'x', 't', 'e',
]);
const NAME_TAGS = new WordSet(['NNP', 'NNPS']);
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LOWER = /^\p{Ll}+$/u;
// What both name patterns above begin with: a word that does not ("long-term", "so-called") has no name before its hyphen.
const STARTS_UPPER = /^\p{Lu}/u;
const SPLIT = /[-‐‑]/u;

// The first part is a name: an acronym (UN, EU, NATO), a word the lexicon knows as a proper noun as
// written and never as an adjective (Merkel, Obama; not Russian, Sunni, Anglo), or a capitalised word of three
// letters or more that the lexicon does not know as a proper noun either (Google, Biden), at a sentence start only
// if it does not know it in lower case either. Two-letter parts are given-name syllables (Ki-moon, Jae-in) unless they are acronyms.
function isName(part: string, sentenceStart: boolean): boolean {
  if (ACRONYM.test(part)) return true;
  if (!CAPITALISED.test(part) || PREFIXES.has(part.toLowerCase())) return false;
  const own = lexiconEntry(part);
  if (own) return NAME_TAGS.has(own[0] ?? '') && !own.includes('JJ');
  if (part.length < 3) return false;
  // At a sentence start a capital says nothing, but a word the lexicon does not know in lower case either is a name.
  if (sentenceStart) return !isKnownWord(part.toLowerCase());
  return !lookupTags(part.toLowerCase()).includes('JJ');
}

// The second part is a common noun by the lexicon's first tag, as written in lower case: an adjectival
// participle (London-based, Moscow-backed, Nobel-winning) is tagged VBN/VBG first and is left alone.
function isCommonNounPart(part: string): boolean {
  if (!LOWER.test(part) || part.length < 3 || MODIFIER_HEADS.has(part)) return false;
  const entry = lexiconEntry(part);
  if (entry === undefined) return isNounCompound(part);
  const tag = entry[0];
  return tag === 'NN' || tag === 'NNS';
}

/**
 * The second part is a common noun written with German's capital, naming a body: "EU-Commission", "Berlin-Senate".
 * Its lower-case form is a noun and never an adjective ("Nazi-Soviet Pact": "soviet" is an adjective too), of
 * WordNet's group sense. A name's own second part is a person, a place or a thing ("Smith-Jones", "Coca-Cola"), and
 * the technical compounds of title-case headings and headers are things and acts ("MIME-Version", "Semver-Patch",
 * "Single-Page Applications"), never bodies.
 */
function isCapitalisedCommonNounPart(part: string): boolean {
  if (!CAPITALISED.test(part) || part.length < 4) return false;
  const lower = part.toLowerCase();
  const entry = lexiconEntry(lower);
  if (entry === undefined || !/^NNS?$/.test(entry[0] ?? '') || entry.includes('JJ')) return false;
  return nounSenses.of({ lower }).includes('noun.group');
}

const isNounTag = (word: string) => /^NNS?$/.test(lexiconEntry(word)?.[0] ?? '');

/**
 * A closed compound the lexicon does not list, made of two words it knows, the second a noun: "shipbuilders",
 * "glassblowers", "toolmakers" (the occupations a German compound names after a place).
 */
function isNounCompound(word: string): boolean {
  for (let k = 3; k <= word.length - 3; k++) {
    if (lexiconEntry(word.slice(0, k)) !== undefined && isNounTag(word.slice(k))) return true;
  }
  return false;
}

function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && /^["“‘'(\[«‹—–-]$/u.test(t.text)) continue;
    return t.kind === 'punct' && /^[.!?:;…]/u.test(t.text);
  }
  return true;
}

const hasHyphen = (text: string) => hasHyphenIn(text, 0, text.length);

/** A hyphen (- ‐ ‑) in `text[from, to)`: one scan of the characters, without cutting the text out. */
function hasHyphenIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/**
 * At a sentence start, a first part the lexicon also has as a common noun in lower case ("Sea", "Lake": names in "the
 * Red Sea", "Lake Geneva"), in a compound before a lower-case noun, is English's hyphenated modifier: "Sea-view rooms",
 * "Lake-side cabins".
 */
function modifiesCommonNoun(name: string, next: Token | undefined): boolean {
  const lower = lexiconEntry(name.toLowerCase())?.[0] ?? '';
  return lower.startsWith('NN') && lower !== 'NNP' && next?.kind === 'word' && next.text === next.lower && /^NNS?$/.test(next.tags[0] ?? '');
}

function check(sentence: Sentence, text: string): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  // Most sentences have no hyphen at all: one search of their text spares the look at each word.
  if (tokens.length === 0 || !hasHyphenIn(text, tokens[0]!.start, tokens[tokens.length - 1]!.end)) return reports;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Few words have a hyphen: a plain search spares the rest the split.
    if (token.kind !== 'word' || !hasHyphen(token.text) || !STARTS_UPPER.test(token.text)) continue;
    const parts = token.text.split(SPLIT);
    if (parts.length !== 2) continue;
    const [name, noun] = parts as [string, string];
    const sentenceStart = atSentenceStart(tokens, i);
    // A capitalised second part counts in running text only: not before another capitalised word, as in a title.
    const capitalisedBody = isCapitalisedCommonNounPart(noun) && !STARTS_UPPER.test(tokens[i + 1]?.text ?? '');
    if (!(isCommonNounPart(noun) || capitalisedBody) || !isName(name, sentenceStart) || (sentenceStart && modifiesCommonNoun(name, tokens[i + 1]))) continue;
    if (isKnownWord(token.text)) continue;
    // Part of a longer hyphenated chain written with separate hyphen tokens ("Obama-era-style") is left alone.
    const next = tokens[i + 1];
    if (next && next.start === token.end && /^[-‐‑]$/u.test(next.text)) continue;
    const hyphen = token.start + name.length;
    reports.push({
      start: token.start,
      end: token.end,
      message: `"${token.text}" joins a name to a common noun with a hyphen, as German compounds do; English writes two words.`,
      suggestions: [{ start: hyphen, end: hyphen + 1, replacement: ' ' }],
    });
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'hyphenated-name-compound',
    category: 'fluency/spelling',
    severity: 'minor',
    confidence: 0.9,
    description: 'A proper name joined to a lower-case common noun by a hyphen, as in a German compound ("Merkel-government").',
    sourceHint: 'German (and Dutch, Scandinavian) noun compounds with a name as first part, written with a hyphen (Merkel-Regierung, UN-Bericht).',
    fixable: true,
  },
  needs: [(t) => t.kind === 'word' && hasHyphen(t.text) && STARTS_UPPER.test(t.text)],
  detectSentence: (sentence, ctx) => check(sentence, ctx.doc.text),
  examples: {
    invalid: [
      { text: 'Critics of the Scholz-coalition met in Berlin.', output: 'Critics of the Scholz coalition met in Berlin.' },
      { text: 'The UN-Commission published its findings.', output: 'The UN Commission published its findings.' },
      { text: 'The Hamburg-Senate approved the harbour plan.', output: 'The Hamburg Senate approved the harbour plan.' },
      { text: 'A new NATO-strategy was adopted on Tuesday.', output: 'A new NATO strategy was adopted on Tuesday.' },
      { text: 'The figures come from a recent WHO-study.', output: 'The figures come from a recent WHO study.' },
      { text: 'Several Macron-ministers resigned after the vote.', output: 'Several Macron ministers resigned after the vote.' },
      { text: 'She left the Microsoft-headquarters before noon.', output: 'She left the Microsoft headquarters before noon.' },
      { text: 'A Gdansk-shipbuilder lost half of its orders.', output: 'A Gdansk shipbuilder lost half of its orders.' },
      { text: 'Two Gdansk-shipbuilders were laid off.', output: 'Two Gdansk shipbuilders were laid off.' },
      { text: 'Wexford-fishermen protested in the harbour.', output: 'Wexford fishermen protested in the harbour.' },
    ],
    valid: [
      'The Nazi-Soviet Pact was signed in 1939.',
      'She drank a Coca-Cola at the station.',
      'The Smith-Jones report was published.',
      'Sea-view rooms are available on request.',
      'The Coca-Cola bottling plant reopened.',
      'Rolls-Royce and Hewlett-Packard reported profits.',
      'Jean-Paul Sartre wrote about Anglo-Saxon and Franco-German relations.',
      'The talks were held in mid-September, before the pre-Brexit deadline.',
      'Anti-American and non-EU voices joined the post-Soviet debate.',
      'The COVID-19 vaccine arrived with the first F-35 jets.',
      'A U.S.-led coalition used Russian-made rifles.',
      'The London-based, Oxford-educated author leads an English-speaking team.',
      'A Nobel-winning economist joined Moscow-backed critics in a Sunni-majority town.',
      'The X-ray showed a hole in his T-shirt.',
      'Soviet-era buildings line the Hollywood-style boulevard.',
      'UN Secretary-General Ban Ki-moon met Moon Jae-in.',
      'Self-employment rose among Anti-government protesters.',
    ],
  },
});
