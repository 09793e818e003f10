import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isAdverb, isAuxiliary, isDeterminer, isPronoun, lemma, nounSenses, nounSingular, primaryTag, type Token, withCaseOf, WordSet } from '@mtlint/text';

// French "contribuer à réduire", Spanish "contribuir a reducir", Italian "riuscire a vincere", "insistere a pagare",
// Portuguese "conseguir reduzir", Chinese "致力于保护", "成功地签下": the source puts an infinitive after a preposition, and
// MT writes "contribute to reduce", "committed to protect", "succeeded to sign", "insisted to pay", "achieved to lower".
// In English the "to" of these phrases is a preposition and takes an -ing form; "succeed" and "insist" take "in" and
// "on" + -ing, and "achieve" takes no verb at all ("managed to lower").

/** Phrases whose last word, "to", is a preposition: the verb after it becomes an -ing form. */
const TO_PHRASES: readonly (readonly string[])[] = [
  ['=look', 'forward', 'to'],
  ['=contribute', 'to'],
  ['with', 'a', 'view', 'to'],
  ['in', 'addition', 'to'],
  ['when', 'it', 'comes', 'to'],
  ['committed', 'to'],
  ['accustomed', 'to'],
  ['used', 'to'],
];
/** Verbs that take another preposition + -ing, or "manage to", where the source's infinitive gave "to". */
const OTHER_PREPOSITION = new Map<string, string>([['succeed', 'in'], ['insist', 'on']]);
// French "avant de commencer", "sans dire", Spanish "antes de empezar", "después de comer", "sin decir", Italian "prima
// di partire": a preposition + infinitive, which MT renders "before to start"; English takes the -ing form alone.
const BARE_PREPOSITIONS = new WordSet(['before', 'after', 'without']);
// Words before "before"/"after" that make it an adverb, and the infinitive one of purpose or of the adjective: "ten
// minutes before to set a record" (Brown), "pickier than before to decide" (Git release notes), "long after".
const TIME_ADVERB_OPENERS = new WordSet(['than', 'as', 'ever', 'long', 'shortly', 'soon', 'just', 'never', 'once', 'right', 'immediately', 'moments', 'day', 'year']);

const hasBaseReading = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text === t.lower && t.tags.includes('VB') && !isDeterminer(t);

/** The word before "before"/"after" makes it an adverb: a comparison or a length of time ("minutes", "shortly"). */
function isAdverbOfTime(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return TIME_ADVERB_OPENERS.hasToken(t) || nounSenses(nounSingular.of(t)).includes('noun.time');
}
const FIRST_WORDS = new WordSet(['look', 'contribute', 'with', 'in', 'when', 'committed', 'accustomed', 'used', 'succeed', 'insist', 'achieve', 'before', 'after', 'without']);
const NEEDS = new Set(['to']);
const opensPattern = (t: Token) => FIRST_WORDS.hasToken(t) || FIRST_WORDS.has(lemma.of(t));

function matches(word: string, t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return word.startsWith('=') ? (t.tags[0] ?? '').startsWith('VB') && lemma.of(t) === word.slice(1) : t.lower === word;
}

/** The index after a phrase of TO_PHRASES that starts at `i`, or -1. */
function toPhraseEnd(tokens: readonly Token[], i: number): number {
  for (const pattern of TO_PHRASES) {
    let k = 0;
    while (k < pattern.length && matches(pattern[k]!, tokens[i + k])) k++;
    if (k === pattern.length) return i + k;
  }
  return -1;
}

/**
 * The word at `i` is a base verb with its own object or complement: a verb with no noun reading ("reduce", "protect"),
 * or a noun and a verb with a determiner, pronoun, adjective or number after it ("sign the striker", "pay the workers");
 * "contribute to growth", "look forward to work" (a noun) are left alone.
 */
// After "insisted to", "succeeded to", "achieved to" a noun would be a person or a goal ("insisted to reporters",
// "succeeded to the throne"), which the lexicon reads first as a noun; a word it reads first as a base verb is the
// verb whatever follows: "insisted to pay for", "succeeded to get in".
const readFirstAsBase = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.text === t.lower && t.tags[0] === 'VB';

function isBaseVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || t.text !== t.lower || !t.tags.includes('VB')) return false;
  const first = t.tags[0];
  if (first === 'VB' && !t.tags.includes('NN')) return true;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return false;
  // A word read first as a noun is the verb only before what opens its object: "sign the striker", "build more
  // housing", not "contribute to spark plug fouling"; one read first as an adjective, only before a determiner or
  // pronoun: "to lower the price", not "to lower prices", "to direct payments".
  if (first === 'VB' || first === 'NN' || first === 'VBP') return isDeterminer(next) || isPronoun(next) || OBJECT_OPENING.test(primaryTag(next));
  return first !== 'DT' && first !== 'IN' && (isDeterminer(next) || isPronoun(next));
}

/** "committed to" is the adjective after "be" ("we are committed to protect"); "has committed to build" (US) is left alone. */
function committedAfterBe(tokens: readonly Token[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && tokens[b]!.kind === 'word' && isAdverb(tokens[b]!)) b--;
  return b >= 0 && tokens[b]!.kind === 'word' && lemma.of(tokens[b]!) === 'be';
}

const PARTICLES = new WordSet(['up', 'out', 'down', 'off', 'away', 'back']);
/** A word with a base-verb reading before a particle: "wake up", "eat out". */
const particleVerb = (tokens: readonly Token[], k: number) => hasBaseReading(tokens[k]) && PARTICLES.hasToken(tokens[k + 1] ?? tokens[k]!);

// People who are used to something: "I'm used to wake up early" (French "je suis habitué à", Spanish "estoy
// acostumbrado a", Russian "я привык"). Things are "used to" do a job ("the jars are used to store grain", and "they"
// may be the jars), so only these subjects, before a form of "be" or "get".
const USED_SUBJECTS = new WordSet(['i', 'we', 'you', 'he', 'she']);
const BE_OR_GET_FORMS = new WordSet(['am', "'m", '’m', 'are', "'re", '’re', 'is', "'s", '’s', 'was', 'were', 'get', 'got', 'getting', 'gotten', 'become', 'became']);

/** "I'm used to", "she got used to", "we are so used to": a person's "used to", not the past habit ("I used to wake"). */
function usedAfterPerson(tokens: readonly Token[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && tokens[b]!.kind === 'word' && isAdverb(tokens[b]!) && !BE_OR_GET_FORMS.hasToken(tokens[b]!)) b--;
  if (b < 1 || !BE_OR_GET_FORMS.hasToken(tokens[b]!)) return false;
  // "you'll get used to", "she has got used to": an auxiliary may stand before "get".
  const subject = isAuxiliary(tokens[b - 1]!) && b > 1 ? tokens[b - 2]! : tokens[b - 1]!;
  return USED_SUBJECTS.hasToken(subject);
}

/**
 * The verb at `i` ends a relative clause whose object was moved before its subject: "the speed each library achieves
 * to process the pairs" (an infinitive of purpose, English). Walked back over adverbs, auxiliaries and the subject's
 * noun phrase, a noun or relative word before the subject shows the gap.
 */
function objectMovedBefore(tokens: readonly Token[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && tokens[b]!.kind === 'word' && (isAdverb(tokens[b]!) || isAuxiliary(tokens[b]!))) b--;
  const subjectEnd = b;
  while (b >= 0 && tokens[b]!.kind === 'word' && SUBJECT_PART.test(primaryTag(tokens[b]!))) {
    b--;
    // A determiner opens the subject: "the speed each library": the noun before "each" is the moved object.
    if (isDeterminer(tokens[b + 1]!)) break;
  }
  if (b === subjectEnd || b < 0) return false;
  const before = tokens[b]!;
  return before.kind === 'word' ? /^(NN|NNS|WDT|WP)$/.test(primaryTag(before)) || before.lower === 'that' : before.text === '/';
}

/** "to which you contribute to contain a file": the preposition of "contribute" already stands before "which". */
function prepositionFronted(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k + 1 < i; k++) if (tokens[k]!.lower === 'to' && RELATIVES.hasToken(tokens[k + 1]!)) return true;
  return false;
}

/** "achieve" in the form of the token, as "manage": "achieved" → "managed". */
function manageLike(t: Token): string {
  if (t.lower.endsWith('ing')) return 'managing';
  if (t.lower.endsWith('ed')) return 'managed';
  if (t.lower.endsWith('s')) return 'manages';
  return 'manage';
}

const OBJECT_OPENING = /^(JJ|JJR|JJS|CD|PRP\$)$/;
const SUBJECT_PART = /^(DT|PDT|PRP\$|PRP|JJ|JJR|JJS|CD|NN|NNS|NNP|NNPS)$/;
const RELATIVES = new WordSet(['which', 'whom']);


export default defineRule({
  meta: {
    id: 'infinitive-after-preposition',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A to-infinitive where English has a preposition + -ing: "contribute to reduce", "look forward to receive", "committed to protect", "succeeded to sign", "insisted to pay", "achieved to lower".',
    sourceHint: 'A preposition + infinitive in the source (French contribuer à, Spanish contribuir a, Italian riuscire a, insistere a, Chinese 致力于, 成功) rendered as "to" + verb.',
    fixable: true,
  },
  needs: [NEEDS],
  // Each pattern starts at one of its first words (a verb's in any form): the detector reads those, as anchors.
  anchor: opensPattern,
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, opensPattern);
    // The first token a new finding may start at: one found passes over the words of its phrase.
    let from = 0;
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i < from) continue;
      if (i + 2 >= tokens.length) break;
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      // "to" after these is never a preposition's object ("before to the end" is not English), so any base verb will do.
      if (BARE_PREPOSITIONS.hasToken(t) && tokens[i + 1]!.lower === 'to' && hasBaseReading(tokens[i + 2]) && !isAdverbOfTime(tokens[i - 1])) {
        const verb = tokens[i + 2]!;
        const gerund = conjugateVerb(verb.lower, 'VBG');
        reports.push({
          start: t.start,
          end: verb.end,
          message: `"${t.text} to ${verb.text}": after "${t.lower}" English puts the -ing form, "${t.text} ${gerund}".`,
          suggestions: [{ start: tokens[i + 1]!.start, end: verb.end, replacement: gerund }],
        });
        from = i + 3;
        continue;
      }
      // The lemma only of a verb reading: a look-up at every word was about a third of the rule's time.
      const base = (t.tags[0] ?? '').startsWith('VB') ? lemma.of(t) : undefined;
      const other = base !== undefined ? OTHER_PREPOSITION.get(base) : undefined;
      if ((other !== undefined || base === 'achieve') && tokens[i + 1]!.lower === 'to' && (isBaseVerb(tokens, i + 2) || readFirstAsBase(tokens[i + 2])) && !objectMovedBefore(tokens, i)) {
        const verb = tokens[i + 2]!;
        const to = tokens[i + 1]!;
        const suggestion = other !== undefined
          ? { start: to.start, end: verb.end, replacement: `${other} ${conjugateVerb(verb.lower, 'VBG')}` }
          : { start: t.start, end: t.end, replacement: withCaseOf(t.text, manageLike(t)) };
        reports.push({
          start: t.start,
          end: verb.end,
          message: other !== undefined
            ? `"${t.text} to ${verb.text}": English says "${t.text} ${other} ${conjugateVerb(verb.lower, 'VBG')}".`
            : `"${t.text}" takes no infinitive in English: "${manageLike(t)} to ${verb.text}".`,
          suggestions: [suggestion],
        });
        from = i + 3;
        continue;
      }
      const end = toPhraseEnd(tokens, i);
      // After a person's "used to", a word read first as a base verb is the verb whatever follows, and so is one with a
      // verb reading before a particle ("used to wake up"); "I'm used to work" (the noun) stays.
      if (end < 0 || !(isBaseVerb(tokens, end) || (t.lower === 'used' && (readFirstAsBase(tokens[end]) || particleVerb(tokens, end))))) continue;
      if (t.lower === 'committed' && !committedAfterBe(tokens, i)) continue;
      if (t.lower === 'used' && !usedAfterPerson(tokens, i)) continue;
      // "to which you contribute to contain", "allows anyone who wants to contribute to feel safe": the infinitive
      // after an intransitive "contribute" belongs to the verb that governs it.
      if ((base ?? lemma.of(t)) === 'contribute' && (prepositionFronted(tokens, i) || tokens[i - 1]?.lower === 'to')) continue;
      const verb = tokens[end]!;
      const gerund = conjugateVerb(verb.lower, 'VBG');
      reports.push({
        start: t.start,
        end: verb.end,
        message: `The "to" of "${tokens.slice(i, end).map((x) => x.text).join(' ')}" is a preposition: "${gerund}", not "${verb.text}".`,
        suggestions: [{ start: verb.start, end: verb.end, replacement: gerund }],
      });
      from = end + 1;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Before to start the engine, check the oil.', output: 'Before starting the engine, check the oil.' },
      { text: 'He left without to say a word.', output: 'He left without saying a word.' },
      { text: "I'm used to wake up at five.", output: "I'm used to waking up at five." },
      { text: 'After a month she got used to take the night bus.', output: 'After a month she got used to taking the night bus.' },
      { text: 'The new tunnel will contribute to reduce noise in the valley.', output: 'The new tunnel will contribute to reducing noise in the valley.' },
      { text: 'We look forward to meet you in Lisbon.', output: 'We look forward to meeting you in Lisbon.' },
      { text: 'The city is committed to build more housing.', output: 'The city is committed to building more housing.' },
      { text: 'The firm bought land with a view to open a factory.', output: 'The firm bought land with a view to opening a factory.' },
      { text: 'The club finally succeeded to sign the goalkeeper.', output: 'The club finally succeeded in signing the goalkeeper.' },
      { text: 'The landlord insisted to raise the rent.', output: 'The landlord insisted on raising the rent.' },
      { text: 'He insisted to pay for the tickets.', output: 'He insisted on paying for the tickets.' },
      { text: 'The engineers achieved to cut the noise by half.', output: 'The engineers managed to cut the noise by half.' },
    ],
    valid: [
      'I used to wake up at five.',
      'They are used to store grain.',
      'The money was used to pay the debts.',
      'It is used to open the lid.',
      "I'm used to work on Sundays.",
      'The week before to the week after, prices held.',
      'He insisted to reporters that he was innocent.',
      'The prince succeeded to the throne in 1547.',
      'He moved from before to after the break.',
      'He had gone down ten minutes before to set a record.',
      'The tool is stricter than before to decide what counts.',
      'Before starting the engine, check the oil.',
      'The new tunnel will contribute to reducing noise in the valley.',
      'The tunnel contributes to growth in the valley.',
      'We look forward to the summer.',
      'She looked forward to work with new colleagues.',
      'The company has committed to build a plant in Ohio.',
      'The king succeeded to the throne in 1820.',
      'He insisted to the court that he was innocent.',
      'The results we achieved to date are modest.',
      'Each member contributed to the cost of the trip.',
      'Dirty oil will contribute to spark plug wear.',
      'The new law contributes to a fairer tax system.',
      'In addition to direct payments, farmers get loans.',
      'The code allows anyone who wants to contribute to feel welcome.',
      'In addition to the fee, you pay a deposit.',
      'We measured the speed each library achieves to process the files.',
      'Any code to which you contribute to improve it stays under the licence.',
      'When it comes to prices, the shop is cheap.',
    ],
  },
});
