import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isWordToken, lemma, quotedMask, type Token, WordSet } from '@mtlint/text';

// Russian, Polish, Czech, Chinese, Japanese and Korean have no article, and MT leaves out the "the" that English puts
// before a closed class of place names: the plural ones ("from Netherlands", "in Philippines") and those whose head is a
// common noun of state or geography ("in Czech Republic", "to United States", "in Black Sea", "across English
// Channel"), and their initialisms ("in UK", "from USA", "in EU").

// Names English writes in the plural, or as a noun of geography standing for the whole: "the Netherlands", "the
// Himalayas", "the Vatican", "the Mediterranean". Not the names English also writes bare ("Seychelles", "Comoros":
// "Since independence, Comoros has endured …", clean-factbook).
const ONE_WORD_NAMES = new WordSet([
  'netherlands', 'philippines', 'bahamas', 'maldives', 'balkans', 'baltics', 'alps', 'andes',
  'himalayas', 'urals', 'pyrenees', 'carpathians', 'rockies', 'dolomites', 'apennines', 'azores', 'hebrides',
  'falklands', 'americas', 'caucasus', 'hague', 'kremlin', 'pentagon', 'vatican', 'caribbean', 'mediterranean',
  'arctic', 'antarctic', 'atlantic', 'pacific', 'sahara',
]);
// Names read only after a preposition of place or relation ("in Hague", "at UN"): a surname ("Hague had made a virtue
// of ruthlessness", Brown), and "UN", which 1961 editorials wrote bare as a subject ("that UN is making any progress",
// "Otherwise, UN will march", Brown).
const PREPOSITION_ONLY = new WordSet(['hague', 'un']);
// Names that are also adjectives, which stand bare after a linking verb: "The climate is Mediterranean".
const ADJECTIVE_NAMES = new WordSet(['caribbean', 'mediterranean', 'arctic', 'antarctic', 'atlantic', 'pacific']);
const LINKING_VERBS = new WordSet(['be', 'become', 'seem', 'remain', 'look', 'sound', 'feel', 'stay', 'appear']);
const PLACE_PREPOSITIONS = new WordSet(['in', 'at', 'to', 'from', 'with', 'by', 'of', 'for', 'within', 'inside', 'outside', 'into', 'on', 'against', 'toward', 'towards']);
// Verbs that give a thing its name, which stands bare after them as a label: "it was to be called Hudson Strait" (Brown).
const NAMING_VERBS = new WordSet(['call', 'called', 'calls', 'calling', 'name', 'named', 'names', 'naming', 'rename', 'renamed', 'dub', 'dubbed', 'christened', 'titled', 'entitled']);
// Initialisms read letter by letter take "the" like the names ("the UK", "the EU", "the UN"); acronyms read as words
// do not ("NATO", "OPEC", "UNESCO"), and are not listed.
// "DRC" and "PRC" are left out: reference works write them bare ("pushed out of DRC", clean-factbook).
const INITIALISMS = new WordSet(['us', 'u.s.', 'usa', 'u.s.a.', 'uk', 'u.k.', 'uae', 'eu', 'un', 'u.n.', 'ussr']);
// Heads that make a name take "the" whatever capitalised words stand before them: "the Czech Republic", "the Russian
// Federation", "the Faroe Islands", "the Black Sea", "the Korean Peninsula", "the Suez Canal", "the Taiwan Strait".
// Not "Valley", "Desert", "River", "Coast", "Bay" or "Gulf", which also end names of towns and gorges used bare ("in
// Silicon Valley", "Palm Desert", "Fall River", "Gold Coast", "beyond Northfield Gulf", Brown).
const HEADS = new WordSet([
  'republic', 'federation', 'islands', 'isles', 'sea', 'ocean', 'mountains', 'peninsula', 'canal', 'strait', 'straits',
]);
// Heads that take "the" only after these words: "the Persian Gulf", "the United States", "the Baltic States", "the European Union", "the
// Middle East", "the Great Lakes", "the United Arab Emirates". Not "Member States", "Credit Union", "Western Union".
const QUALIFIED_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['States', new Set(['United', 'Baltic', 'Gulf', 'Papal', 'Confederate'])],
  ['states', new Set(['Baltic', 'Gulf'])],
  ['Kingdom', new Set(['United'])],
  ['Nations', new Set(['United'])],
  ['Union', new Set(['European', 'Soviet', 'African', 'Eurasian', 'Customs'])],
  ['Emirates', new Set(['Arab'])],
  ['East', new Set(['Middle', 'Far', 'Near'])],
  ['Lakes', new Set(['Great'])],
  ['Gulf', new Set(['Persian', 'Arabian'])],
]);
// Heads that take an "of" phrase of a name: "the Republic of Korea", "the Kingdom of Spain", "the Gulf of Mexico",
// "the Strait of Hormuz", "the Sea of Azov".
const OF_HEADS = new WordSet(['republic', 'kingdom', 'federation', 'union', 'principality', 'sultanate', 'gulf', 'strait', 'sea', 'bay']);
// Brands and towns that end in a head word and are used bare: "Banana Republic", "Animal Kingdom".
const BARE_BRANDS = new WordSet(['banana', 'animal', 'magic']);
// Verbs of sport, whose subjects are teams that sports pages name bare: "Netherlands beat Spain 2-1".
const SPORT_VERBS = new WordSet(['play', 'beat', 'beats', 'won', 'wins', 'lost', 'loses', 'drew', 'draws', 'defeated', 'defeats', 'scored', 'scores', 'led', 'leads', 'trailed', 'face', 'faces', 'faced', 'played', 'plays', 'qualified', 'qualifies', 'thrashed', 'edged', 'hosted', 'host', 'hosts', 'top', 'topped', 'tops']);
// Punctuation after the name that ends its phrase; any other ("Netherlands-based", "US/EU", "U.S. “prestige”") joins
// it to what follows.
const PHRASE_ENDING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', '”', '’', "'", '—']);

// States that no longer exist, which English names as "the former Yugoslavia" whatever their name's shape; the names
// of the class above ("the former Soviet Union", "the former USSR") count too.
const FORMER_STATES = new WordSet(['yugoslavia', 'czechoslovakia']);

// Plural heads that two names in a list may share ("the Falkland and Shetland Islands").
const SHARED_HEADS = new WordSet(['islands', 'isles', 'mountains', 'straits', 'lakes']);

const isCapitalised = (t: Token | undefined): t is Token => isWordToken(t) && /^\p{Lu}/u.test(t.text);
/** A capitalised word that may be part of a name: not "The", "In", "And" opening a sentence. */
const isNamePart = (t: Token | undefined): t is Token => isCapitalised(t) && /^(NNP|NNPS|NN|JJ)$/.test(t.tags[0] ?? '');

/** The end (exclusive) of a place name of the class that starts at `i`, or -1. */
function nameEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!isNamePart(t)) return -1;
  let end = -1;
  if (ONE_WORD_NAMES.hasToken(t) && t.text !== t.lower && t.text !== t.text.toUpperCase()) end = i + 1;
  if (INITIALISMS.hasToken(t) && t.text === t.text.toUpperCase()) end = i + 1;
  if (t.text === 'United' && tokens[i + 1]?.text === 'Arab' && tokens[i + 2]?.text === 'Emirates') return i + 3;
  // Up to three capitalised words before a head: "Central African Republic", "Democratic Republic", "Black Sea".
  if (!BARE_BRANDS.hasToken(t)) {
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const head = tokens[k]!;
      const qualified = QUALIFIED_HEADS.get(head.text);
      if (qualified !== undefined ? k === i + 1 && qualified.has(t.text) : HEADS.hasToken(head) && isCapitalised(head)) {
        end = k + 1;
        break;
      }
      if (!isNamePart(head)) break;
    }
  }
  // "Republic of Korea", "Gulf of Mexico", "Czech Republic of old"? Only a capitalised "of" complement continues it.
  const last = end > 0 ? tokens[end - 1]! : t;
  if (OF_HEADS.hasToken(last) && tokens[(end > 0 ? end : i + 1)]?.lower === 'of') {
    let k = (end > 0 ? end : i + 1) + 1;
    if (tokens[k]?.lower === 'the') k++;
    const start = k;
    while (isCapitalised(tokens[k])) k++;
    if (k > start) end = k;
  }
  return end;
}

/**
 * The name ends its noun phrase: nothing follows, or punctuation, a possessive, or a lower-case word that is no noun.
 * A noun or a capitalised word after it makes the name a modifier or part of a longer name ("UK inflation", "EU law",
 * "United States Steel", "Philippines Airlines"), which English writes without "the" in headlines and titles.
 */
function endsPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (next === undefined) return true;
  // Only a name opening its clause is a subject before such a present: "dispatching United States troops to bolster"
  // (Brown) has a plural noun.
  if ((start === 0 || tokens[start - 1]!.text === ',') && isPresentBeforeObject(tokens, end)) return true;
  // An opening quotation mark starts a word the name modifies ("in terms of U.S. “prestige”", Brown).
  if (next.kind === 'punct') return PHRASE_ENDING_PUNCTUATION.has(next.text);
  if (!isWordToken(next) || next.text !== next.lower) return false;
  if (next.tags[0] === 'POS') return true;
  // "United States v. Nixon": a case name.
  if (next.lower === 'v' || next.lower === 'vs') return false;
  // A word that may be a noun or an adjective opens the phrase the name modifies: "U.S. foreign policy", "United
  // States business firms", "UN support gives it" (Brown).
  const tag = next.tags[0] ?? '';
  return !tag.startsWith('NN') && !tag.startsWith('JJ');
}

/** A present the lexicon reads first as a plural, before "to" or a determiner, is a verb: "Maldives plans to build". */
function isPresentBeforeObject(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const next = tokens[at + 1];
  return isWordToken(t) && t.text === t.lower && t.tags.includes('VBZ') && isWordToken(next) && (next.lower === 'to' || isDeterminer(next));
}

/**
 * A lower-case preposition or verb: the word that governs the name. A participle after a determiner is an adjective
 * ("back in the blessed United States", Brown).
 */
function isGovernor(tokens: readonly Token[], g: number): boolean {
  const t = tokens[g];
  if (!isWordToken(t) || t.text !== t.lower || isDeterminer(t)) return false;
  const tag = t.tags[0] ?? '';
  if (tag === 'IN' || tag === 'TO') return true;
  // "the newly united Kingdom of Italy" (clean-factbook): adverbs may stand between the determiner and the participle.
  let k = g - 1;
  while (isWordToken(tokens[k]) && tokens[k]!.lower.endsWith('ly') && (tokens[k]!.tags[0] ?? '').startsWith('RB')) k--;
  const before = tokens[k];
  return tag.startsWith('VB') && !(before !== undefined && isWordToken(before) && isDeterminer(before));
}

/**
 * The name is the first of coordinated modifiers of a later noun: "subject to US, UN, and EU economic sanctions",
 * "with the help of UN and French forces" (clean-factbook).
 */
function modifiesLaterNoun(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < tokens.length && k < end + 10) {
    const t = tokens[k]!;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or' || isNamePart(t)) k++;
    else break;
  }
  const after = tokens[k];
  return k > end && isWordToken(after) && after.text === after.lower && /^(NN|JJ)/.test(after.tags[0] ?? '');
}

/** A past, a present or a modal: the verb of a name that is the subject ("Netherlands has announced"). */
const isFinite = (t: Token | undefined): boolean =>
  isWordToken(t) && t.text === t.lower && (/^(VBD|VBZ|VBP|MD)$/.test(t.tags[0] ?? '') || (t.tags[0] === 'VBN' && t.tags.includes('VBD')));

/**
 * Whether the name at `start` stands where English needs "the": right after a preposition or a verb ("in Czech
 * Republic", "visited Netherlands"), as a later member of a list that one governs with no "the" in it ("between Poland
 * and Czech Republic"), or as a subject opening the sentence or a clause after a comma, before its verb ("Netherlands has
 * announced", "In May, Philippines reported"). Team names before verbs of sport are left alone.
 */
function needsArticle(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  const subject = (isFinite(after) || isPresentBeforeObject(tokens, end)) && !SPORT_VERBS.hasToken(after!);
  if (PREPOSITION_ONLY.hasToken(tokens[start]!) && !(before !== undefined && PLACE_PREPOSITIONS.hasToken(before) && before.text === before.lower)) return false;
  if (before === undefined || before.text === ',') {
    if (subject || (after !== undefined && after.tags[0] === 'POS' && start === 0)) return true;
    if (before === undefined) return false;
  }
  // "played for Netherlands", "scored against UK": a team.
  if ((before!.lower === 'for' || before!.lower === 'against') && SPORT_VERBS.has(tokens[start - 2]?.lower ?? '')) return false;
  if (ADJECTIVE_NAMES.hasToken(tokens[start]!) && LINKING_VERBS.has(lemma.of(before!))) return false;
  if (isGovernor(tokens, start - 1)) {
    // "Treaty on European Union" is the treaty's own title; "called Hudson Strait" a label.
    if (NAMING_VERBS.hasToken(before!) || (before!.lower === 'on' && tokens[start - 2]?.text === 'Treaty')) return false;
    return true;
  }

  if (before!.lower !== 'and' && before!.lower !== 'or' && before!.text !== ',') return false;
  // A plural head may be shared by the list: "Saint Helena and Ascension Islands" (clean-factbook), "the Falkland and
  // Shetland Islands".
  if (SHARED_HEADS.hasToken(tokens[end - 1]!) && end - start > 1) return false;
  // A list: back over names, commas and conjunctions to the word that governs it; a "the" or a colon on the way means
  // the list is determined already or stands alone ("the US and UK", "Countries: Belgium, Netherlands").
  for (let k = start - 1; k >= 0 && k > start - 12; k--) {
    const t = tokens[k]!;
    if (t.lower === 'the' || t.text === ':' || t.text === ';') return false;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or' || isCapitalised(t)) continue;
    return k > 0 && isGovernor(tokens, k);
  }
  // The list opens the sentence as the subject of its verb: "Russia and United States agreed".
  if (start - 12 < 0 && subject) return true;
  return false;
}

/** Most letters in capitals: a shouted headline, where "US" may be "us". */
function isShouted(tokens: readonly Token[]): boolean {
  let upper = 0;
  let words = 0;
  for (const t of tokens) {
    if (!isWordToken(t)) continue;
    words++;
    if (t.text === t.text.toUpperCase()) upper++;
  }
  return upper * 2 > words;
}

const needsWords = new Set([...FORMER_STATES, ...ONE_WORD_NAMES, ...INITIALISMS, ...HEADS, ...OF_HEADS, ...[...QUALIFIED_HEADS.keys()].map((w) => w.toLowerCase())]);

export default defineRule({
  meta: {
    id: 'place-name-without-article',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A place name that English writes with "the", left bare: "from Netherlands", "in Czech Republic", "to United States", "in UK".',
    sourceHint: 'Russian, Polish, Czech, Chinese, Japanese and Korean, which have no article (из Нидерландов, w Czechach, 在菲律宾).',
    fixable: true,
  },
  needs: [needsWords],
  detectSentence(sentence) {
    // Headlines and captions drop articles on purpose.
    if (!sentence.terminated) return [];
    const tokens = sentence.tokens;
    if (isShouted(tokens)) return [];
    const reports: Report[] = [];
    let quoted: boolean[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      // "in former Soviet Union", "from former Yugoslavia": the adjective does not stand for the article.
      if (tokens[i]!.lower === 'former' && tokens[i]!.text === 'former' && isCapitalised(tokens[i + 1])) {
        const named = nameEnd(tokens, i + 1);
        const end = named > 0 ? named : FORMER_STATES.hasToken(tokens[i + 1]!) ? i + 2 : -1;
        if (end > 0 && endsPhrase(tokens, i + 1, end) && isGovernor(tokens, i - 1)) {
          quoted ??= quotedMask(sentence);
          if (!quoted[i]) {
            const name = tokens.slice(i + 1, end).map((t) => t.text).join(' ');
            reports.push({
              start: tokens[i]!.start,
              end: tokens[end - 1]!.end,
              message: `English writes a state that no longer exists with "the": "the former ${name}".`,
              suggestions: [{ start: tokens[i]!.start, end: tokens[i]!.start, replacement: 'the ' }],
            });
          }
          i = end - 1;
          continue;
        }
      }
      const end = nameEnd(tokens, i);
      if (end < 0) continue;
      const first = tokens[i]!;
      // "No comments by U.S.": the abbreviation's own full stop ends a headline, not a sentence.
      const headline = end === tokens.length && tokens[end - 1]!.text.endsWith('.');
      if (!headline && endsPhrase(tokens, i, end) && !modifiesLaterNoun(tokens, end) && needsArticle(tokens, i, end)) {
        quoted ??= quotedMask(sentence);
        if (!quoted[i]) {
          const name = tokens.slice(i, end).map((t) => t.text).join(' ');
          reports.push({
            start: first.start,
            end: tokens[end - 1]!.end,
            message: `English writes "${name}" with "the": "the ${name}".`,
            suggestions: [{ start: first.start, end: first.start, replacement: i === 0 ? 'The ' : 'the ' }],
          });
        }
      }
      i = end - 1;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The firm imports cheese from Netherlands.', output: 'The firm imports cheese from the Netherlands.' },
      { text: 'She worked for two years in Czech Republic.', output: 'She worked for two years in the Czech Republic.' },
      { text: 'Relations between Poland and United Kingdom improved.', output: 'Relations between Poland and the United Kingdom improved.' },
      { text: 'Philippines has declared a state of emergency.', output: 'The Philippines has declared a state of emergency.' },
      { text: 'Tankers waited in Persian Gulf for a week.', output: 'Tankers waited in the Persian Gulf for a week.' },
      { text: 'Prices rose faster in UK than in EU.', output: 'Prices rose faster in the UK than in the EU.' },
      { text: 'Many engineers came from former Soviet Union.', output: 'Many engineers came from the former Soviet Union.' },
      { text: 'The war in former Yugoslavia lasted years.', output: 'The war in the former Yugoslavia lasted years.' },
    ],
    valid: [
      'The firm imports cheese from the Netherlands.',
      'Netherlands-based Philips reported higher profits.',
      'The Czech Republic’s economy grew by 3 percent.',
      'UK inflation fell to 3 percent in May.',
      'United States Steel reported a quarterly loss.',
      'Countries taking part: Netherlands, Belgium and Luxembourg.',
      'NETHERLANDS BEAT SPAIN IN THE FINAL.',
      'Netherlands beat Spain 2-1 in the final.',
      'He joined NATO headquarters in 2015.',
      'The court cited United States v. Nixon.',
      'She studied the Treaty on European Union.',
      'He shopped at Banana Republic.',
      'The US and UK signed the deal.',
      'Made in United Kingdom',
      'She moved to Silicon Valley in 2010.',
      'They sailed from the Canary Islands to the Azores.',
      'The climate there is Mediterranean.',
      'Prices are quoted in US dollars.',
      'He met former Soviet leaders in Geneva.',
      'She interviewed former President Havel of Czechoslovakia.',
      'Refugees from the former Yugoslavia settled here.',
    ],
  },
});
