import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, nounPhraseEnd, type Token, WordSet } from '@mtlint/text';

// French "laisser reposer la pâte", Italian "lasciar riposare l'impasto", Spanish "dejar reposar la masa", Portuguese
// "deixar descansar a massa": the causative verb and its infinitive stand together and the noun follows. English puts
// the noun between: "let the dough rest". Recipes, labels and manuals translated by machine keep the source's order:
// "Let rest the dough for 30 minutes", "Let cool the cake", "let dry the pieces".

const LET_FORMS = ['let', 'lets', 'letting'];
const LET = new WordSet(LET_FORMS);
// Verbs that take no object in these senses, so that a noun after them can only be the causative's: what a dish, a
// part or a liquid does by itself, and "know" (faire savoir, far sapere: "let know the customer"). English "let slip
// the dogs", "let go the rope", "let fall the curtain", "let fly a punch", "let drop a hint" put other verbs there.
const INTRANSITIVE_VERBS = [
  'rest', 'cool', 'simmer', 'boil', 'rise', 'dry', 'stand', 'melt', 'cook', 'soak', 'drain', 'thaw', 'settle',
  'ferment', 'infuse', 'steep', 'marinate', 'marinade', 'thicken', 'brown', 'evaporate', 'sit', 'harden', 'chill',
  'prove', 'macerate', 'caramelize', 'caramelise', 'reduce', 'set', 'know', 'cure', 'bake', 'fry', 'stew', 'breathe',
];
const INTRANSITIVES = new WordSet(INTRANSITIVE_VERBS);

/** "Let rest the dough", "let cool the cake": "let", an intransitive verb, then a noun phrase; the phrase's end, or -1. */
function objectAfter(tokens: readonly Token[], v: number): number {
  const opener = tokens[v + 1];
  if (opener === undefined || opener.kind !== 'word' || !isDeterminer(opener) || opener.lower === 'that' || opener.lower === 'what') return -1;
  const end = nounPhraseEnd(tokens, v + 1);
  return end > v + 2 ? end : -1;
}

export default defineRule({
  meta: {
    id: 'causative-word-order',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'The infinitive of "let" before its noun, in the Romance order: "Let rest the dough", "let cool the cake", "let know the customer".',
    sourceHint: 'French "laisser reposer la pâte", Italian "lasciar raffreddare la torta", Spanish "dejar reposar la masa", Portuguese "deixar secar as peças".',
    fixable: true,
  },
  needs: [new Set(LET_FORMS), new Set(INTRANSITIVE_VERBS)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let l = 0; l + 3 < tokens.length; l++) {
      if (!LET.hasToken(tokens[l]!)) continue;
      const verb = tokens[l + 1]!;
      if (!INTRANSITIVES.hasToken(verb)) continue;
      const end = objectAfter(tokens, l + 1);
      if (end < 0) continue;
      // "let cook the pasta water" is still the pasta; "let set the table for six" is English (set the table), and
      // "let stand the test of time" keeps its idiom.
      if ((verb.lower === 'set' && tokens[end - 1]!.lower === 'table') || (verb.lower === 'stand' && tokens[end - 1]!.lower === 'test')) continue;
      const phrase = tokens.slice(l + 2, end).map((t) => t.text).join(' ');
      const last = tokens[end - 1]!;
      reports.push({
        start: verb.start,
        end: last.end,
        message: `English puts the noun between "${tokens[l]!.text}" and the verb: "${tokens[l]!.text} ${phrase} ${verb.text}" (the source's order, French "laisser ${verb.lower} …", Italian "lasciar …", kept).`,
        suggestions: [{ start: verb.start, end: last.end, replacement: `${phrase} ${verb.text}` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Let rest the dough for 30 minutes in the fridge.', output: 'Let the dough rest for 30 minutes in the fridge.' },
      { text: 'Let cool the cake before cutting it.', output: 'Let the cake cool before cutting it.' },
      { text: 'Remove the cover and let dry the filter completely.', output: 'Remove the cover and let the filter dry completely.' },
    ],
    valid: [
      'Let the dough rest for 30 minutes in the fridge.',
      'Let stand 5 minutes before serving.',
      'Let cool completely.',
      'Let slip the dogs of war.',
      'Let go the rope when I say so.',
      'Let it rest for an hour.',
      'Let them know by Friday.',
      'He let fall the curtain.',
      'Let set the table for six, then call the guests.',
      'Their work will let stand the test of time.',
    ],
  },
});
