import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, nounSenses, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// Countries, islands and large cities whose English name never takes an article. Greek (η Ελλάδα, η Αθήνα), Arabic
// (مصر is bare, but الأردن, العراق, لبنان carry al-), Swedish, Norwegian and Danish (suffixed articles on the
// common nouns around them) and Italian, Portuguese and Catalan (la Francia, a Grécia) give places an article, and MT
// writes "The Greece is facing", "in the Athens". Names English itself writes with "the" are left out: plurals (the
// Netherlands, the Philippines), rivers that share a country's name (the Jordan, the Niger, the Congo, the Senegal),
// and dated or traditional ones (the Gambia, the Sudan, the Lebanon, the Ukraine, the Yemen, the Hague, the Crimea).
const BARE_PLACE_NAMES = new WordSet([
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria', 'cambodia', 'cameroon',
  'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'denmark', 'ecuador', 'egypt', 'eritrea',
  'estonia', 'ethiopia', 'finland', 'france', 'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras',
  'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'japan', 'kazakhstan',
  'kenya', 'kosovo', 'kuwait', 'latvia', 'libya', 'lithuania', 'luxembourg', 'madagascar', 'malaysia', 'malta',
  'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'nepal', 'nigeria', 'norway',
  'oman', 'pakistan', 'paraguay', 'peru', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'serbia',
  'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sweden', 'switzerland', 'syria', 'taiwan', 'tanzania',
  'thailand', 'tunisia', 'turkey', 'uganda', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'zambia', 'zimbabwe',
  'crete', 'sicily', 'sardinia', 'corsica', 'rhodes', 'corfu', 'santorini', 'bali', 'sumatra',
  'athens', 'thessaloniki', 'patras', 'rome', 'milan', 'naples', 'paris', 'lyon', 'marseille', 'london', 'berlin',
  'munich', 'hamburg', 'vienna', 'madrid', 'barcelona', 'lisbon', 'brussels', 'amsterdam', 'rotterdam', 'stockholm',
  'gothenburg', 'oslo', 'bergen', 'copenhagen', 'helsinki', 'warsaw', 'krakow', 'prague', 'budapest', 'bucharest',
  'belgrade', 'zagreb', 'kyiv', 'kiev', 'minsk', 'moscow', 'istanbul', 'ankara', 'izmir', 'cairo', 'alexandria',
  'beirut', 'damascus', 'baghdad', 'amman', 'riyadh', 'jeddah', 'dubai', 'doha', 'tehran', 'kabul', 'tunis',
  'algiers', 'rabat', 'casablanca', 'jerusalem', 'delhi', 'mumbai', 'karachi', 'lahore', 'islamabad', 'dhaka',
  'jakarta', 'hanoi', 'bangkok', 'manila', 'beijing', 'shanghai', 'tokyo', 'seoul',
]);

// Words that open a club's name in Spanish, Italian, Portuguese, French, German and Russian football ("Deportivo
// Alavés", "Sporting Braga", "Borussia Dortmund", "Dynamo Kyiv"), and clubs named by one word that is not a place.
// Their source languages give the club an article (el Deportivo, la Juventus, o Sporting), English does not:
// "beat the Sporting Braga" is "beat Sporting Braga". Club names English writes with "the" are plurals ("the
// Lakers", "the Rangers") and are not listed.
const CLUB_PREFIXES = new WordSet([
  'deportivo', 'racing', 'real', 'atlético', 'atletico', 'sporting', 'dynamo', 'dinamo', 'olympique', 'borussia',
  'olympiacos', 'olympiakos', 'athletic',
]);
const CLUBS = new WordSet(['juventus', 'fiorentina', 'sampdoria', 'atalanta', 'benfica', 'osasuna', 'espanyol', 'feyenoord', 'galatasaray', 'fenerbahçe', 'fenerbahce', 'besiktas']);
const isCapitalised = (t: Token | undefined): t is Token => t?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * The index after a club's name that starts at `at`: a listed club, or a listed prefix and one or two capitalised
 * words ("Real Valladolid", "Atlético Madrid"); -1 if no club starts there. A capitalised word the dictionary knows as
 * a noun other than a place ends the match, so "the Racing Post" (a newspaper) stays a name of another kind.
 */
function clubEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at]!;
  if (!isCapitalised(first)) return -1;
  if (CLUBS.hasToken(first)) return at + 1;
  if (!CLUB_PREFIXES.hasToken(first) || !isCapitalised(tokens[at + 1])) return -1;
  let end = at + 1;
  while (end < at + 3 && isCapitalised(tokens[end]) && nounSenses.of(tokens[end]!).every((s) => s === 'noun.location')) end++;
  return end > at + 1 ? end : -1;
}

const PHRASE_ENDING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')']);

/**
 * Whether the name ends its noun phrase, so that "the" is its own article: punctuation, a preposition other than "of",
 * or a verb with no noun reading follows ("The Greece is facing", "in the Athens.", "the France announced"). Anything
 * else may make the name a modifier ("the France squad", "the London stay", "the Berlin and Frankfurt orchestras",
 * "the Iran-Iraq war"), or give it a period or an aspect that English writes with "the": "the Germany of 1930", "the
 * Paris which was the artistic center", "The Ireland we usually hear about" (Brown).
 */
function endsNounPhrase(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.kind === 'punct') return PHRASE_ENDING_PUNCTUATION.has(next.text);
  if (next.kind !== 'word' || next.text !== next.lower || next.lower === 'of' || next.lower === 'that') return false;
  const tag = primaryTag(next);
  if (tag === 'IN' || tag === 'TO') return true;
  // A past or a modal is the verb ("the Norway rose"); a present may be a plural noun ("the Iran talks").
  if (tag === 'VBD' || tag === 'MD') return true;
  return tag === 'VBZ' && (isAuxiliary(next) || !next.tags.some((t) => t.startsWith('NN')));
}

// Titles that English puts bare before a name, as a form of address ("Professor Anna Berg"); Italian, Spanish and
// German give them an article (il professor, el doctor, der Professor) and MT writes "the professor Anna Berg". Not
// the jobs English writes with "the" before a name in apposition ("the novelist John Updike").
const TITLES = new WordSet(['professor', 'doctor']);
const isGivenOrSurname = (t: Token | undefined): t is Token => isCapitalised(t) && t.tags[0] === 'NNP' && nounSenses.of(t).length === 0;

/**
 * Whether the word after a club's name ends its phrase: as for a place, or a lower-case word that can be a past or a
 * present verb and is not first a noun ("the Deportivo Lugo beat …", "the Olympique Lyon celebrated"); a noun after
 * it makes the club a modifier ("the Real Betis striker").
 */
function endsClubPhrase(next: Token | undefined): boolean {
  if (endsNounPhrase(next)) return true;
  if (next?.kind !== 'word' || next.text !== next.lower || primaryTag(next).startsWith('NN')) return false;
  return next.tags.some((t) => t === 'VBD' || t === 'VBZ');
}

export default defineRule({
  meta: {
    id: 'article-before-place-name',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: '"the" before a country or city whose English name takes none: "The Greece is facing a heatwave", "in the Athens".',
    sourceHint: 'Greek, Arabic, Italian and Portuguese, which put an article before names of places (η Ελλάδα, la Francia, a Grécia).',
    fixable: true,
  },
  needs: [new Set(['the']), (t) => BARE_PLACE_NAMES.hasToken(t) || TITLES.has(t.text) || CLUB_PREFIXES.hasToken(t) || CLUBS.hasToken(t)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const end = tokens[i - 1]!.lower === 'the' ? clubEnd(tokens, i) : -1;
      if (end > 0 && endsClubPhrase(tokens[end]) && !quotedMask(sentence)[i]) {
        const the = tokens[i - 1]!;
        const club = tokens.slice(i, end).map((t) => t.text).join(' ');
        reports.push({
          start: the.start,
          end: tokens[end - 1]!.end,
          message: `English names a club without an article: "${club}"; "${the.text} ${club}" carries over the source language's article.`,
          suggestions: [{ start: the.start, end: tokens[i]!.start, replacement: '' }],
        });
        continue;
      }
      const title = tokens[i]!;
      if (tokens[i - 1]!.lower === 'the' && TITLES.has(title.text) && isGivenOrSurname(tokens[i + 1]) && isGivenOrSurname(tokens[i + 2]) && !quotedMask(sentence)[i]) {
        const the = tokens[i - 1]!;
        const bare = title.text[0]!.toUpperCase() + title.text.slice(1);
        reports.push({
          start: the.start,
          end: title.end,
          message: `English puts a title bare before a name: "${bare} ${tokens[i + 1]!.text} ${tokens[i + 2]!.text}".`,
          suggestions: [{ start: the.start, end: title.end, replacement: bare }],
        });
        continue;
      }
      const name = tokens[i]!;
      if (!BARE_PLACE_NAMES.hasToken(name) || name.text[0] === name.lower[0]) continue;
      const the = tokens[i - 1]!;
      if (the.lower !== 'the' || !endsNounPhrase(tokens[i + 1]) || quotedMask(sentence)[i]) continue;
      reports.push({
        start: the.start,
        end: name.end,
        message: `English names "${name.text}" without an article; "${the.text} ${name.text}" carries over the source language's article.`,
        suggestions: [{ start: the.start, end: name.start, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The Greece is facing a new heatwave.', output: 'Greece is facing a new heatwave.' },
      { text: 'The ferry to the Santorini was cancelled.', output: 'The ferry to Santorini was cancelled.' },
      { text: 'The minister met the president of the France on Monday.', output: 'The minister met the president of France on Monday.' },
      { text: 'The Dynamo Tbilisi won the cup after a penalty shoot-out.', output: 'Dynamo Tbilisi won the cup after a penalty shoot-out.' },
      { text: 'Yesterday the professor Lucia Ferrante opened the exhibition.', output: 'Yesterday Professor Lucia Ferrante opened the exhibition.' },
      { text: 'Our coach has never lost against the Fiorentina.', output: 'Our coach has never lost against Fiorentina.' },
    ],
    valid: [
      'Greece is facing a new heatwave.',
      'The France squad trained in the rain.',
      'The Iran nuclear deal was signed in Vienna.',
      'The Iran-Iraq war lasted eight years.',
      'The Germany of 1930 was a troubled place.',
      'The Paris Agreement entered into force in 2016.',
      'The boat sailed down the Jordan and the Niger.',
      'He lived in the Netherlands and the Philippines.',
      'The turkey was roasted for six hours.',
      'They flew to Athens, the capital, on Sunday.',
      'The Real Betis striker scored twice.',
      'The Racing Post reported the result.',
      'They beat the Rangers in the final.',
      'The professor said that Anna Berg had left.',
      'The novelist John Updike lived in Massachusetts.',
      'The Athletic Club of Bilbao fields only Basque players.',
    ],
  },
});
