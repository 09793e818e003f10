import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isWordToken, lemma, ORDINAL_WORDS, type Token, WordSet } from '@mtlint/text';

// Two places where Romance, Slavic and German sources give "the" and English has none:
// - a rank: Spanish "ganó el segundo lugar", French "a remporté la deuxième place", Polish "zajął drugie miejsce" read
//   as "took the second place", Russian "на втором месте" as "on the second place". English: "won second place",
//   "finished in second place".
// - "the" + "too" + an adjective before a noun: Russian "слишком высокие цены", German "die zu hohen Preise", Spanish
//   "los precios demasiado altos" become "the too high prices"; English cannot put "too" + adjective after "the" and
//   says "the excessively high prices" or "prices that are too high".

// Ranks in words; ranks in figures ("2nd") are matched by their suffix.
const isRank = (t: Token) => ORDINAL_WORDS.hasToken(t) || t.lower === 'last' || /^\d+(?:st|nd|rd|th)$/.test(t.lower);

// Verbs that reach a rank (by lemma).
const RANK_VERBS = new WordSet(['win', 'take', 'finish', 'occupy', 'claim', 'secure', 'get', 'share', 'reach', 'end', 'hold', 'come']);
// After "place": what ends the rank phrase. A relative word, "to" or a pronoun makes "the first place" a location
// ("the first place she could find", "the first place to visit").
const CLOSES_RANK = new WordSet(['in', 'at', 'on', 'with', 'behind', 'after', 'among', 'of', 'and', 'but', 'ahead', 'for']);

/** The rank verb before "the" (`the` is its index), right before it or before "on" ("finished on the second place"). */
function rankVerbBefore(tokens: readonly Token[], the: number): number {
  const before = tokens[the - 1];
  const verbAt = before?.lower === 'on' ? the - 2 : the - 1;
  const verb = tokens[verbAt];
  // Any verb reading: the lexicon reads "occupied" first as an adjective.
  if (!isWordToken(verb) || !verb.tags.some((tag) => tag.startsWith('VB')) || !RANK_VERBS.has(lemma.of(verb))) return -1;
  return verbAt;
}

/** "the" + ordinal + "place" after a rank verb, closed by punctuation or a preposition. */
function rankReport(tokens: readonly Token[], the: number): Report | undefined {
  const rank = tokens[the + 1];
  const place = tokens[the + 2];
  if (rank === undefined || rank.text !== rank.lower || !isRank(rank) || place?.lower !== 'place') return undefined;
  const after = tokens[the + 3];
  if (after !== undefined && !(after.kind === 'punct' ? after.text !== '-' : CLOSES_RANK.hasToken(after))) return undefined;
  const verbAt = rankVerbBefore(tokens, the);
  if (verbAt < 0) return undefined;
  const article = tokens[the]!;
  const on = tokens[the - 1]!.lower === 'on' ? tokens[the - 1]! : undefined;
  return {
    start: on?.start ?? article.start,
    end: place.end,
    message: `A rank takes no article in English: "${on ? 'in ' : ''}${rank.text} place", not "${on ? 'on ' : ''}the ${rank.text} place".`,
    suggestions: [on ? { start: on.start, end: rank.start, replacement: 'in ' } : { start: article.start, end: rank.start, replacement: '' }],
  };
}

/** "the too high prices": "the" + "too" + an adjective + a noun ("the too-familiar story" is one hyphenated token). */
function tooReport(tokens: readonly Token[], the: number): Report | undefined {
  const too = tokens[the + 1];
  const adjective = tokens[the + 2];
  const noun = tokens[the + 3];
  if (too?.lower !== 'too' || !isWordToken(adjective) || !isAdjective(adjective) || adjective.text !== adjective.lower) return undefined;
  // The noun may open a compound read first as a gerund: "the too long waiting times".
  if (!isWordToken(noun) || noun.text !== noun.lower || !noun.tags.some((tag) => tag === 'NN' || tag === 'NNS')) return undefined;
  return {
    start: tokens[the]!.start,
    end: noun.end,
    message: `"too" + an adjective cannot stand between "the" and its noun: "the excessively ${adjective.text} ${noun.text}" or "${noun.text} that ${noun.tags[0] === 'NNS' ? 'are' : 'is'} too ${adjective.text}".`,
    suggestions: [{ start: too.start, end: too.end, replacement: 'excessively' }],
  };
}

export default defineRule({
  meta: {
    id: 'definite-rank-or-too-adjective',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.75,
    description: '"the" where English has none: a rank ("won the second place") or "too" + adjective before a noun ("the too high prices").',
    sourceHint: 'Romance, Slavic and German ranks and "too" phrases ("ganó el segundo lugar", "zajął drugie miejsce", "die zu hohen Preise").',
    fixable: true,
  },
  needs: [(t) => t.lower === 'the', (t) => t.lower === 'place' || t.lower === 'too'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'the') continue;
      const report = tokens[i + 1]?.lower === 'too' ? tooReport(tokens, i) : rankReport(tokens, i);
      if (report) reports.push(report);
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The Polish cyclist won the second place in the time trial.', output: 'The Polish cyclist won second place in the time trial.' },
      { text: 'Our team finished on the third place.', output: 'Our team finished in third place.' },
      { text: 'The club occupied the fifth place in the table.', output: 'The club occupied fifth place in the table.' },
      { text: 'Shoppers complain about the too high prices.', output: 'Shoppers complain about the excessively high prices.' },
    ],
    valid: [
      'The Polish cyclist won second place in the time trial.',
      'In the first place, the plan is too costly.',
      'Paris was the first place we visited.',
      'They took the first place they could find.',
      'It was the second place to close this year.',
      'The team finished in second place.',
      'The first place went to a Kenyan runner.',
      'Prices are too high for most families.',
      'It was the too-familiar story of delay.',
      'She found the last train too crowded.',
      'Despite a too long flight, the crew was calm.',
    ],
  },
});
