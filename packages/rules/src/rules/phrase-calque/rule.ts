import { defineRule, type Report } from '@mtlint/engine';
import { lemma, type Token } from '@mtlint/text';

/**
 * Fixed Russian phrases rendered word for word. A pattern is a list of words; "=take" matches any form of the
 * verb. `replacement` is the English phrase for the whole match, when one fits every context.
 */
interface Calque {
  pattern: readonly string[];
  english: string;
  replacement?: string;
  source: string;
}

const CALQUES: readonly Calque[] = [
  { pattern: ['on', 'the', 'territory', 'of'], english: '"in"', replacement: 'in', source: 'на территории' },
  { pattern: ['according', 'to', 'the', 'words', 'of'], english: '"according to"', replacement: 'according to', source: 'по словам' },
  { pattern: ['by', 'the', 'words', 'of'], english: '"according to"', replacement: 'according to', source: 'по словам' },
  { pattern: ['according', 'to', 'the', 'data', 'of'], english: '"according to"', replacement: 'according to', source: 'по данным' },
  { pattern: ['according', 'to', 'the', 'information', 'of'], english: '"according to"', replacement: 'according to', source: 'по информации' },
  { pattern: ['in', 'the', 'result', 'of'], english: '"as a result of"', replacement: 'as a result of', source: 'в результате' },
  { pattern: ['=take', 'measures', 'on'], english: '"take measures to" or "against"', source: 'принять меры по' },
  { pattern: ['=take', 'the', 'measures', 'on'], english: '"take measures to" or "against"', source: 'принять меры по' },
  { pattern: ['=make', 'a', 'conclusion'], english: '"draw a conclusion"', source: 'сделать вывод' },
  { pattern: ['=make', 'the', 'conclusion'], english: '"draw the conclusion"', source: 'сделать вывод' },
  { pattern: ['it', 'is', 'necessary', 'to', 'note'], english: 'nothing: state the point', source: 'необходимо отметить' },
  { pattern: ['in', 'the', 'framework', 'of'], english: '"as part of" or "under"', source: 'в рамках' },
];

// The calques by their first word (as written, or the verb lemma), so that a token costs one map lookup.
const BY_FIRST_WORD = new Map<string, Calque[]>();
for (const c of CALQUES) {
  const first = c.pattern[0]!.replace('=', '');
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), c]);
}
// The second word of every calque: a candidate must be followed by one ("on the", "took measures").
const SECOND_WORDS = new Set(CALQUES.map((c) => c.pattern[1]!));

function matches(word: string, t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return word.startsWith('=') ? (t.tags[0] ?? '').startsWith('VB') && lemma(t.lower) === word.slice(1) : t.lower === word;
}

export default defineRule({
  meta: {
    id: 'phrase-calque',
    category: 'style/awkward',
    severity: 'minor',
    confidence: 0.4,
    description: 'A Russian fixed phrase translated word for word: "on the territory of", "by the words of", "take measures on".',
    sourceHint: 'Russian set phrases: "на территории", "по словам", "по данным", "принять меры по", "в рамках".',
    fixable: false,
  },
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !SECOND_WORDS.has(tokens[i + 1]!.lower)) continue;
      const candidates = BY_FIRST_WORD.get(t.lower) ?? ((t.tags[0] ?? '').startsWith('VB') ? BY_FIRST_WORD.get(lemma(t.lower)) : undefined);
      if (!candidates) continue;
      for (const c of candidates) {
        if (!c.pattern.every((w, k) => matches(w, tokens[i + k]))) continue;
        const last = tokens[i + c.pattern.length - 1]!;
        const keepCase = (s: string) => (/^\p{Lu}/u.test(t.text) ? s[0]!.toUpperCase() + s.slice(1) : s);
        reports.push({
          start: t.start,
          end: last.end,
          message: `A word-for-word rendering of Russian "${c.source}"; English says ${c.english}.`,
          suggestions: c.replacement ? [{ start: t.start, end: last.end, replacement: keepCase(c.replacement) }] : [],
        });
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Two new plants opened on the territory of the region.', output: 'Two new plants opened in the region.' },
      { text: 'By the words of the mayor, the roads will be repaired.', output: 'According to the mayor, the roads will be repaired.' },
      { text: 'The government took measures on reducing prices.' },
      { text: 'In the result of the storm, the airport closed.', output: 'As a result of the storm, the airport closed.' },
    ],
    valid: [
      'Two new plants opened in the region.',
      'The troops withdrew from the territory of the former colony.',
      'He repeated the words of the song.',
      'A truck pulled out from the side of the road.',
      'She took the measures of the room before buying a carpet.',
      'The data of the survey were published in May.',
      'The result of the vote surprised everyone.',
      'They made a conclusive case for reform.',
      'According to the minister, the roads will be repaired.',
    ],
  },
});
