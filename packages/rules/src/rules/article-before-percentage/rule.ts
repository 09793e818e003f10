import { defineRule, type Report } from '@mtlint/engine';
import { isCardinal, isSpelledCardinal, isTimePhrase, isWordToken, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';

// French "le 45 % des électeurs", Spanish "el 45% de los votantes", Italian "il 45% degli elettori", Portuguese "45% dos
// eleitores" with the article: a Romance percentage takes the definite article, and MT writes "The 45% of the voters",
// "fell to the 7%". English gives a share of a whole without it: "45% of the voters", "fell to 7%".

const PERCENT_WORDS = new WordSet(['percent', '%']);
// A relative clause or a contact clause after the whole makes the share a known one: "the 20% of voters who stayed home".
const RELATIVES = new WordSet(['who', 'that', 'which', 'whose', 'whom', 'where']);
// Before "to the 5%", words that compare with a figure already known rather than reach a level.
const COMPARING = new WordSet(['compared', 'compare', 'compares', 'comparing', 'contrasted', 'added', 'equal', 'relative', 'similar', 'close', 'amounted']);
// Verbs of reaching a level, whose object "the 5%" is the Romance "alcanzó el 5%": "Inflation reached the 5% in March".
const REACHING = new WordSet([
  'reach', 'reaches', 'reached', 'reaching', 'hit', 'hits', 'hitting', 'exceed', 'exceeds', 'exceeded', 'exceeding',
  'surpass', 'surpasses', 'surpassed', 'surpassing', 'touch', 'touches', 'touched', 'touching', 'top', 'tops', 'topped',
]);

/**
 * The index after the percentage that starts at `i` ("45%", "45 %", "45 percent", "45 per cent", "six percent"), or
 * -1. "the one percent" is the richest part of a people, an English phrase.
 */
function percentageEnd(tokens: readonly Token[], i: number): number {
  const n = tokens[i];
  if (!isCardinal(n) || n!.lower === 'one') return -1;
  if (n!.text.endsWith('%')) return i + 1;
  const unit = tokens[i + 1];
  if (unit === undefined) return -1;
  if (PERCENT_WORDS.hasToken(unit)) return i + 2;
  if (unit.lower === 'per' && tokens[i + 2]?.lower === 'cent') return i + 3;
  return -1;
}

/**
 * A clause after the whole names the share: "the 20% of voters who stayed home", "the 10% of the shares it still
 * holds". Read from the whole to its verb: a relative word or a subject pronoun before it opens such a clause.
 */
function namedByClause(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (RELATIVES.hasToken(t) || t.tags[0] === 'PRP') return true;
    if (k > from && /^(VB|VBD|VBP|VBZ|MD)$/.test(t.tags[0] ?? '')) return false;
  }
  return false;
}

/**
 * "the" at `the` opens a level reached: the object of a verb of reaching ("reached the 5%"), or after "to" and a verb of
 * change ("fell to the 7%"), not a word that compares with a figure already known ("compared to the 5% in 2019").
 */
function isLevelReached(tokens: readonly Token[], the: number): boolean {
  const before = tokens[the - 1]?.lower;
  if (REACHING.has(before ?? '')) return true;
  const verb = tokens[the - 2];
  return before === 'to' && isWordToken(verb) && primaryTag(verb).startsWith('VB') && !COMPARING.hasToken(verb);
}

// Determiners that open the whole a half is taken from: "a half of the residents" (Russian "половина жителей", Polish
// "połowa mieszkańców", with no article: MT adds "a" as for any singular noun). English says "half of the residents".
const WHOLE_OPENERS = new WordSet(['the', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * "a half of the residents", "the half of the budget" at `a`; not "one and a half of the", whose "a" counts the half
 * after a whole number. A half that is a part in space or time has an adjective before it ("the second half of the
 * year", "the northern half of the island"), which this does not read; Brown and the docs have no "the half of".
 */
function isArticleBeforeHalf(tokens: readonly Token[], a: number): boolean {
  return (
    tokens[a + 1]?.lower === 'half' && tokens[a + 2]?.lower === 'of' && WHOLE_OPENERS.has(tokens[a + 3]?.lower ?? '') &&
    tokens[a - 1]?.lower !== 'and'
  );
}

// Verbs of change whose amount follows "by": "rose by the 7%" (Spanish "subió en el 7%", Italian "aumentato del 7%").
const CHANGE_VERBS = new WordSet([
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'grow', 'grows', 'grew',
  'grown', 'growing', 'increase', 'increases', 'increased', 'increasing', 'decrease', 'decreases', 'decreased',
  'decreasing', 'drop', 'drops', 'dropped', 'dropping', 'decline', 'declines', 'declined', 'declining', 'climb',
  'climbs', 'climbed', 'climbing', 'cut', 'cuts', 'cutting', 'reduce', 'reduces', 'reduced', 'reducing', 'raise',
  'raises', 'raised', 'raising', 'shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking', 'jump', 'jumps', 'jumped',
  'jumping', 'expand', 'expands', 'expanded', 'expanding',
]);

// Particles of a phrasal verb of change: "went up by the 3%", "came down by the 2%".
const CHANGE_PARTICLES = new WordSet(['up', 'down']);

/**
 * "by the" at `the` - 1 gives the amount of a change: a verb of change right before "by", or one word between
 * ("rose sharply by the 7%", "was cut by the 5%"), or a verb + "up"/"down" ("went up by the 3%").
 */
function isChangeAmount(tokens: readonly Token[], the: number): boolean {
  if (tokens[the - 1]?.lower !== 'by') return false;
  if (CHANGE_VERBS.has(tokens[the - 2]?.lower ?? '') || CHANGE_VERBS.has(tokens[the - 3]?.lower ?? '')) return true;
  const particle = tokens[the - 2];
  return particle !== undefined && CHANGE_PARTICLES.hasToken(particle) && (tokens[the - 3]?.tags[0] ?? '').startsWith('VB');
}

/** After the percentage, what ends the clause: nothing, or punctuation other than a hyphen ("the 2%-target"). */
const closesClause = (next: Token | undefined): boolean => next === undefined || (next.kind === 'punct' && next.text !== '-');

export default defineRule({
  meta: {
    id: 'article-before-percentage',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'The definite article before a percentage of a whole: "The 45% of the voters", "fell to the 7%".',
    sourceHint: 'French "le 45 % des", Spanish "el 45% de", Italian "il 45% degli": Romance percentages take the article.',
    fixable: true,
  },
  needs: [(t) => t.lower === 'the' || t.lower === 'half', (t) => t.kind === 'number' || t.lower === 'half' || isSpelledCardinal(t.lower)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const the = tokens[i]!;
      if ((the.lower === 'a' || the.lower === 'the') && isArticleBeforeHalf(tokens, i)) {
        const half = tokens[i + 1]!;
        reports.push({
          start: the.start,
          end: half.end,
          message: `A share of a whole takes no article in English: "half of the …", not "${the.lower} half of the …".`,
          suggestions: [{ start: the.start, end: half.end, replacement: /^\p{Lu}/u.test(the.text) ? 'Half' : 'half' }],
        });
        continue;
      }
      if (the.lower !== 'the') continue;
      const end = percentageEnd(tokens, i + 1);
      if (end < 0) continue;
      const next = tokens[end];
      if (next?.lower === 'of') {
        if (nounPhraseEnd(tokens, end + 1) === end + 1 || namedByClause(tokens, end + 1)) continue;
      } else if (isLevelReached(tokens, i) || isChangeAmount(tokens, i)) {
        // "reached the 5% in March", "fell to the 7% in May": a level reached; "rose by the 7% in May": the amount of a
        // change; "reached the 5% mark", "rose by the 2% margin" have their noun after it.
        // "by the 5% that the law allows": a relative clause names a known share.
        // A time phrase closes it too: "rose by the 15 percent last year".
        if (!(closesClause(next) || (next!.tags[0] === 'IN' && !RELATIVES.hasToken(next!)) || isTimePhrase(tokens, end))) continue;
      } else if (tokens[i - 1]?.lower !== 'to' || !closesClause(next)) {
        // Alone, only at the end of "to the 7%." (a level reached); "the 2% target", "above the 2%" are English.
        continue;
      }
      const number = tokens[i + 1]!;
      reports.push({
        start: the.start,
        end: tokens[end - 1]!.end,
        message: `A percentage of a whole takes no article in English: "${tokens.slice(i + 1, end).map((t) => t.text).join(' ')}", not "${the.text} ${number.text} …".`,
        suggestions: [{ start: the.start, end: number.start, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Unemployment reached the 9% in the spring.', output: 'Unemployment reached 9% in the spring.' },
      { text: 'Inflation fell to the 3% in May.', output: 'Inflation fell to 3% in May.' },
      { text: 'Turnout reached the seven percent by noon.', output: 'Turnout reached seven percent by noon.' },
      { text: 'The 45% of the voters did not vote.', output: '45% of the voters did not vote.' },
      { text: 'The survey says the 30 percent of pupils walk to school.', output: 'The survey says 30 percent of pupils walk to school.' },
      { text: 'Inflation fell to the 3%.', output: 'Inflation fell to 3%.' },
      { text: 'More than a half of the flats have no heating.', output: 'More than half of the flats have no heating.' },
      { text: 'A half of the budget goes on salaries.', output: 'Half of the budget goes on salaries.' },
      { text: 'He owns the 12 per cent of the company.', output: 'He owns 12 per cent of the company.' },
      { text: 'The half of the flats have no heating.', output: 'Half of the flats have no heating.' },
      { text: 'Exports grew by the 4 percent in March.', output: 'Exports grew by 4 percent in March.' },
      { text: 'Fares went up by the 3 percent.', output: 'Fares went up by 3 percent.' },
      { text: 'Rents rose by the 9 percent last year.', output: 'Rents rose by 9 percent last year.' },
    ],
    valid: [
      'The one percent hold most of the wealth.',
      'She ate one and a half of the pies.',
      'Half of the flats have no heating.',
      'Unemployment reached the 9% mark in the spring.',
      'Turnout rose to 61%, compared to the 55% in 2019.',
      '45% of the voters did not vote.',
      'The 20% of voters who stayed home decided the race.',
      'The 10% of the shares it still holds are worth little.',
      'The bank kept the 2% target.',
      'The 41 per cent figure is astonishing.',
      'Prices rose above the 5% mark.',
      'The remaining 40% of the land is forest.',
      'The tax rose to the 20% rate in 2019.',
      'Only the top 1% of earners pay it.',
      'The second half of the season was better.',
      'You do not know the half of it.',
      'Exports grew by 4 percent in March.',
      'The tax was cut by the 5% that the law allows.',
      'Prices rose by the 2% margin the bank expected.',
    ],
  },
});
