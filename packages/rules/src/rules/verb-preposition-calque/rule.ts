import { defineRule, type Report } from '@mtlint/engine';
import { isProperNoun, isWordToken, lemma, nounPhraseEnd, nounSenses, type Token } from '@mtlint/text';

/**
 * Verbs (and their nouns and adjectives) that Russian construes with a different preposition than English. Each
 * entry: the lemma, the calqued preposition, the English one ('' when English takes a direct object), and whether
 * an object may stand between ("congratulated the team with …").
 */
interface Government {
  wrong: string;
  right: string;
  objectBetween?: boolean;
  /** What must follow the preposition for the calque to be certain. */
  before?: (next: Token | undefined, afterNext: Token | undefined) => boolean;
}

// "discussed about 20 cases", "about a dozen": "about" that means "roughly" is good English.
const QUANTITY_WORDS = new Set(['a', 'an', 'half', 'one', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'hundred', 'dozen']);
const notQuantity = (next: Token | undefined) => next !== undefined && next.kind !== 'number' && !QUANTITY_WORDS.has(next.lower);
// "refused from the outset": a time phrase, not the thing refused.
const notTime = (next: Token | undefined, afterNext: Token | undefined) =>
  !nounSenses((next?.lower === 'the' ? afterNext : next)?.lower ?? '').includes('noun.time');
// "congratulated him with a smile" is English; "with the victory", "with his birthday" calque "поздравить с".
const notManner = (next: Token | undefined, afterNext: Token | undefined) =>
  next !== undefined && next.lower !== 'a' && next.lower !== 'an' && !nounSenses(afterNext?.lower ?? '').includes('noun.communication');

const GOVERNMENT = new Map<string, readonly Government[]>([
  ['depend', [{ wrong: 'from', right: 'on' }, { wrong: 'of', right: 'on' }]],
  ['dependent', [{ wrong: 'from', right: 'on' }]],
  ['dependence', [{ wrong: 'from', right: 'on' }]],
  ['consist', [{ wrong: 'from', right: 'of' }]],
  ['refuse', [{ wrong: 'from', right: '', before: notTime }]],
  ['congratulate', [{ wrong: 'with', right: 'on', objectBetween: true, before: notManner }]],
  // "arrived to Moscow": only before a place name, since "arrived to find" and "arrived to cheers" are English.
  ['arrive', [{ wrong: 'to', right: 'in', before: (next) => isWordToken(next) && isProperNoun(next) && /^\p{Lu}/u.test(next.text) }]],
  ['discuss', [{ wrong: 'about', right: '', before: notQuantity }]],
]);

// The calqued prepositions: a word is looked up only when one follows it (or, for "congratulate", an object does).
const WRONG_PREPOSITIONS = new Set([...GOVERNMENT.values()].flat().map((g) => g.wrong));

// Lemmas of nouns and adjectives are the words themselves; verb forms go through the lemmatiser.
function governmentOf(t: Token): readonly Government[] | undefined {
  return GOVERNMENT.get(t.lower) ?? ((t.tags[0] ?? '').startsWith('VB') ? GOVERNMENT.get(lemma(t.lower)) : undefined);
}

export default defineRule({
  meta: {
    id: 'verb-preposition-calque',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.9,
    description: 'A verb with the preposition of its Russian counterpart: "depends from", "consists from", "congratulated with".',
    sourceHint: 'Russian verb government: "зависеть от", "состоять из", "отказаться от", "поздравить с", "прибыть в", "обсуждать".',
    fixable: true,
  },
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const head = tokens[i]!;
      if (head.kind !== 'word' || !(WRONG_PREPOSITIONS.has(tokens[i + 1]!.lower) || head.lower.startsWith('congratulat'))) continue;
      const governments = governmentOf(head);
      if (!governments) continue;
      for (const g of governments) {
        let p = i + 1;
        if (g.objectBetween && tokens[p]?.lower !== g.wrong) p = nounPhraseEnd(tokens, p);
        const preposition = tokens[p];
        if (preposition?.lower !== g.wrong) continue;
        const next = tokens[p + 1];
        if (next === undefined || (next.kind !== 'word' && next.kind !== 'number')) continue;
        if (g.before && !g.before(next, tokens[p + 2])) continue;
        reports.push({
          start: preposition.start,
          end: preposition.end,
          message: g.right
            ? `"${head.text}" takes "${g.right}" in English, not "${g.wrong}".`
            : `"${head.text}" takes a direct object in English, without "${g.wrong}".`,
          suggestions: [
            g.right
              ? { start: preposition.start, end: preposition.end, replacement: g.right }
              : { start: preposition.start, end: next.start, replacement: '' },
          ],
        });
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The harvest depends from the weather.', output: 'The harvest depends on the weather.' },
      { text: 'The new council consists from nine members.', output: 'The new council consists of nine members.' },
      { text: 'The president congratulated the team with the victory.', output: 'The president congratulated the team on the victory.' },
      { text: 'The delegation arrived to Beijing on Monday.', output: 'The delegation arrived in Beijing on Monday.' },
      { text: 'The region is dependent from imports of grain.', output: 'The region is dependent on imports of grain.' },
      { text: 'The ministers discussed about the new budget.', output: 'The ministers discussed the new budget.' },
      { text: 'The club refused from the transfer of its captain.', output: 'The club refused the transfer of its captain.' },
    ],
    valid: [
      'The harvest depends on the weather.',
      'The ministers discussed about a dozen proposals.',
      'They discussed about 40 cases in one day.',
      'The troops arrived to find the town empty.',
      'The team arrived to cheers from the crowd.',
      'She congratulated him with a warm smile.',
      'The country gained independence from Britain in 1960.',
      'The meal consisted of bread and soup.',
      'He refused from the outset to discuss the matter.',
      'She congratulated the winners with a short speech.',
      'The final depends on the result from the first leg.',
    ],
  },
});
