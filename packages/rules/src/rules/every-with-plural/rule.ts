import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isAdverb, isModal, isWordToken, lemma, nounSingular, primaryTag, quotedMask, type Token, WordSet, WordMap } from '@mtlint/text';

// Irregular plurals the lexicon reads first as nouns of their own ("people" is NNS, but so is "police").
const IRREGULAR_SINGULARS = new WordMap([
  ['people', 'person'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['feet', 'foot'], ['teeth', 'tooth'],
]);
// Plurals in -s that are also singular nouns or stand for a singular in English: "every means", "each series".
// "each others'" is a slip for "each other's", not a plural noun.
const SINGULAR_IN_S = new WordSet(['others', 'means', 'series', 'species', 'news', 'headquarters', 'whereabouts', 'crossroads', 'barracks', 'works']);

/**
 * A lower-case plural noun the lexicon reads as no verb (a third-person verb after "each" is its own: "each runs its
 * own shop", "each costs two dollars") and as no singular, and its singular. After "every", which is never followed
 * by a verb, a plural's stray -s verb reading ("employees", "residents") does not count, unless a noun follows that
 * makes the plural its modifier ("every savings account").
 */
function pluralAndSingular(t: Token | undefined, every: boolean, next: Token | undefined): [Token, string] | undefined {
  if (!isWordToken(t) || t.text !== t.lower || SINGULAR_IN_S.hasToken(t)) return undefined;
  const irregular = IRREGULAR_SINGULARS.getToken(t);
  if (irregular !== undefined) return [t, irregular];
  const verbReading = t.tags.includes('VBZ') && !(every && !(isWordToken(next) && /^NNS?$/.test(primaryTag(next))));
  if (primaryTag(t) !== 'NNS' || verbReading || t.tags.includes('NN') || !t.lower.endsWith('s')) return undefined;
  const singular = nounSingular.of(t);
  return singular === t.lower ? undefined : [t, singular];
}

// "everyone", "everybody", "everything": singular in English, a plural in Russian ("все знают"), Polish ("wszyscy
// wiedzą"), Spanish ("todos saben") and German ("alle wissen"), whose verb MT keeps: "Everyone know the answer",
// "Everybody are welcome".
const EVERY_PRONOUNS = new WordSet(['everyone', 'everybody', 'everything']);
const SINGULAR_OF = new WordMap([['are', 'is'], ['were', 'was'], ['have', 'has'], ['do', 'does']]);
// Words after which a base form is an infinitive or the verb of a question: "let everyone know", "does everybody
// agree", "made everything work".
const BARE_INFINITIVE_BEFORE = new Set(['let', 'make', 'help', 'have', 'see', 'watch', 'hear', 'bid', 'that']);

/**
 * "Everyone know the answer", "Everybody are invited", "everything have changed": an every-pronoun with a plural
 * verb after it (past adverbs): *are, were, have, do*, or a base form read first as a verb, before an object or a
 * complement. Not after a word that makes the base form an infinitive or a question's verb ("let everyone know",
 * "Does everyone agree?", "that everyone be heard", a modal).
 */
function pluralAfterEveryPronoun(tokens: readonly Token[], i: number): Report | undefined {
  const pronoun = tokens[i]!;
  // (Also "making everybody take", "Should not everyone have", and a coordination: "my bag and everything were".)
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const t = tokens[k]!;
    if (isWordToken(t) && (isModal(t) || lemma.of(t) === 'do' || (k === i - 1 && (BARE_INFINITIVE_BEFORE.has(lemma.of(t)) || /^(and|or|nor)$/.test(t.lower))))) return undefined;
  }
  let v = i + 1;
  while (v < i + 3 && isWordToken(tokens[v]) && isAdverb(tokens[v]!) && tokens[v]!.lower !== 'not') v++;
  const verb = tokens[v];
  if (!isWordToken(verb) || verb.text !== verb.lower) return undefined;
  let replacement = SINGULAR_OF.getToken(verb);
  if (replacement === undefined) {
    const tag = primaryTag(verb);
    const next = tokens[v + 1];
    const objectAfter = isWordToken(next) && /^(DT|PRP|PRP\$|IN|TO|RB|JJ|CD)$/.test(primaryTag(next));
    if (!(tag === 'VBP' || (tag === 'VB' && verb.tags.includes('VBP'))) || !objectAfter) return undefined;
    replacement = conjugateVerb(lemma.of(verb), 'VBZ');
  }
  if (replacement === verb.lower) return undefined;
  return {
    start: pronoun.start,
    end: verb.end,
    message: `"${pronoun.text}" is singular in English: "${pronoun.text} ${replacement}", not "${verb.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'every-with-plural',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: '"every" or "each" with a plural noun: "Every citizens must vote", "each students"; "every of them".',
    sourceHint: 'Turkish "her vatandaş", Hindi "har nagarik", Indonesian "setiap warga", Greek "κάθε πολίτης": MT carries a plural over from the sentence around.',
    fixable: true,
  },
  needs: [new Set(['every', 'each', 'everyone', 'everybody', 'everything'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const determiner = tokens[i]!;
      if (EVERY_PRONOUNS.hasToken(determiner)) {
        const report = pluralAfterEveryPronoun(tokens, i);
        if (report && !quotedMask(sentence)[i]) reports.push(report);
        continue;
      }
      if (determiner.lower !== 'every' && determiner.lower !== 'each') continue;
      // "The boys each received", "cost ten cents each": "each" after its noun floats; it is no determiner there, and
      // what follows it is the clause's verb or object. Only "each" at a phrase's start is read.
      if (determiner.lower === 'each' && isWordToken(tokens[i - 1]) && /^(NNS|PRP|VB[DPZ]?)$/.test(primaryTag(tokens[i - 1]))) continue;
      // "Every of the players": "every" is no pronoun and takes no "of" (Polish "każdy z", Russian "каждый из", Spanish
      // "cada uno de", read as one word); English says "each of" or "every one of".
      if (determiner.lower === 'every' && tokens[i + 1]?.lower === 'of') {
        const each = determiner.text === 'Every' ? 'Each' : 'each';
        reports.push({
          start: determiner.start,
          end: tokens[i + 1]!.end,
          message: `"every" takes no "of" in English: "${each} of" or "${determiner.text} one of".`,
          suggestions: [
            { start: determiner.start, end: determiner.end, replacement: each },
            { start: determiner.start, end: determiner.end, replacement: `${determiner.text} one` },
          ],
        });
        continue;
      }
      const found = pluralAndSingular(tokens[i + 1], determiner.lower === 'every', tokens[i + 2]);
      if (found === undefined || quotedMask(sentence)[i + 1]) continue;
      const [noun, singular] = found;
      reports.push({
        start: determiner.start,
        end: noun.end,
        message: `"${determiner.text}" takes a singular noun in English: "${determiner.text} ${singular}".`,
        suggestions: [{ start: noun.start, end: noun.end, replacement: singular }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Every citizens must carry an identity card.', output: 'Every citizen must carry an identity card.' },
      { text: 'The teacher spoke to each students after class.', output: 'The teacher spoke to each student after class.' },
      { text: 'Every people in the village came.', output: 'Every person in the village came.' },
      { text: 'Everybody know the rules of the game.', output: 'Everybody knows the rules of the game.' },
      { text: 'Everyone are welcome at the opening.', output: 'Everyone is welcome at the opening.' },
      { text: 'Every residents of the block received a letter.', output: 'Every resident of the block received a letter.' },
      { text: 'Every of the five candidates signed the pledge.', output: 'Each of the five candidates signed the pledge.' },
      { text: 'The coach thanked every of them.', output: 'The coach thanked each of them.' },
    ],
    valid: [
      'Every citizen must carry an identity card.',
      'Let everyone know the date.',
      'Does everybody agree with the plan?',
      'We ask that everyone be quiet.',
      'Everything changes in the end.',
      'Everyone knows the answer.',
      'The guards were making everybody wait outside.',
      'My keys and everything were in the car.',
      'The bus runs every two hours.',
      'They meet every few weeks.',
      'Each runs his own shop.',
      'Each costs two dollars.',
      'The boys each received a medal.',
      'Every means was tried.',
      'Each species has its own niche.',
      'Each of the students spoke.',
      'Every Tuesday the market opens.',
      'Every one of the players received a bonus.',
    ],
  },
});
