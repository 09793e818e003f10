import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, nounPhraseEnd, nounSenses, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';
import { NOTIONAL_HEADS, OBJECT_OR_COMPLEMENT, otherNumber, SINGULAR_IN_S } from '../../agreement.js';

// Russian, Polish and Czech put the noun of an "of" phrase in the genitive right after the head ("количество жертв
// растёт"), and German and Chinese put it first ("die Zahl der Opfer", "受害者的人数"); MT then agrees the verb with the
// nearer noun: "The number of victims are growing", "The prices of gas has risen". English agrees with the head.

// Prepositions that may open a second phrase inside the subject: "the level of pollution in the cities is".
const PHRASE_PREPOSITIONS = new WordSet(['of', 'in', 'on', 'at', 'from', 'for', 'with', 'across', 'among', 'about', 'against', 'over', 'to', 'into', 'by', 'near']);

/** The end of the subject's prepositional phrases after the head at `head`, or -1 when they do not close cleanly. */
function phrasesEnd(tokens: readonly Token[], head: number): number {
  let k = head + 1;
  let phrases = 0;
  while (phrases < 2 && PHRASE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    const end = nounPhraseEnd(tokens, k + 1);
    if (end === k + 1) return -1;
    k = end;
    phrases++;
  }
  return phrases === 0 || tokens[head + 1]?.lower !== 'of' ? -1 : k;
}

/**
 * "The number of victims are …", "The prices of gas has …": a subject opening the sentence with "The", a noun and an
 * "of" phrase (and perhaps one more phrase), right before a form of "be" or "have" that agrees with the last noun
 * instead of the head.
 */
function agreement(tokens: readonly Token[]): Report | undefined {
  if (tokens[0]?.lower !== 'the') return undefined;
  let head = 1;
  while (isWordToken(tokens[head]) && primaryTag(tokens[head]) === 'JJ' && tokens[head]!.text === tokens[head]!.lower) head++;
  const noun = tokens[head];
  if (!isWordToken(noun) || noun.text !== noun.lower) return undefined;
  const tag = primaryTag(noun);
  if (tag !== 'NN' && tag !== 'NNS') return undefined;
  let end = phrasesEnd(tokens, head);
  // "the workers of the factory fears for": the phrase swallowed a present in -s as a compound's head; it is the verb
  // when a singular noun stands before it, an object or complement after it, and no finite verb later ("the results
  // of the trade shows were good" keeps its compound).
  for (let j = head + 3; j < end; j++) {
    const swallowed = tokens[j]!;
    if (isWordToken(swallowed) && swallowed.tags.includes('VBZ') && primaryTag(tokens[j - 1]) === 'NN' && OBJECT_OR_COMPLEMENT.test(primaryTag(tokens[j + 1])) && !tokens.slice(j + 1).some((t) => /^(VBD|VBZ|VBP|MD)$/.test(primaryTag(t)))) {
      end = j;
      break;
    }
  }
  const verb = tokens[end];
  // A pronoun before the verb is its own subject: "The accomplishment of the many tasks I have alluded to" (Brown).
  if (end < 0 || !isWordToken(verb) || !/^NNS?$/.test(primaryTag(tokens[end - 1]))) return undefined;
  // The noun the verb agrees with instead: the last one of the verb's number in the phrases ("The number of tourists
  // in the region have").
  const attractorTag = tag === 'NN' ? 'NNS' : 'NN';
  let attractor = end - 1;
  while (attractor > head && primaryTag(tokens[attractor]) !== attractorTag) attractor--;
  // A plural head with only plurals after it ("The ministers of both countries meets …") has no noun to agree with
  // in the singular: the verb is wrong all the same, and it is said so without naming a second noun.
  const unattracted = attractor === head && tag === 'NNS';
  if (attractor === head && !unattracted) return undefined;
  const last = tokens[attractor]!;
  let replacement: string | undefined;
  if (tag === 'NN') {
    replacement = otherNumber(tokens, end, false);
    if (replacement === undefined) return undefined;
    // A head that counts or shares out a group, or is a group itself ("the team of doctors are", British usage),
    // agrees with the plural; "the number" is the one counting head that never does ("a number of cars have").
    if (noun.lower !== 'number') {
      if (NOTIONAL_HEADS.hasToken(noun)) return undefined;
      const senses = nounSenses.of(noun);
      if (senses.length === 0 || senses.includes('noun.group') || senses.includes('noun.quantity')) return undefined;
    }
  } else {
    replacement = otherNumber(tokens, end, true);
    if (replacement === undefined || SINGULAR_IN_S.test(noun.lower) || NOTIONAL_HEADS.hasToken(noun)) return undefined;
  }
  return {
    start: noun.start,
    end: verb.end,
    message: unattracted
      ? `The subject's head "${noun.lower}" is plural: "${noun.lower} … ${replacement}", not "${verb.text}".`
      : `The verb agrees with the head of the subject, "${noun.lower}", not with "${last.lower}": "${noun.lower} … ${replacement}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement }],
  };
}

// Openers that pick one out of a plural group and take a singular verb: "Each of the players has", "One of the
// reasons is" (Russian "Каждый из игроков", "Одна из причин" — MT agrees the verb with the plural next to it).
// "Neither of", "none of" and "either of" take a plural verb in everyday English and are left alone.
const SINGLE_PICKERS = new WordSet(['each', 'one']);
// Openers that share out a plural group and take a plural verb: "The rest of the houses were", "Half of the seats
// were" (Russian "Остальные дома были", where MT reads "the rest" as the singular subject).
const SHARE_HEADS = new WordSet(['rest', 'remainder', 'half']);
// Determiners that make the phrase after "of" a definite group.
const GROUP_DETERMINERS = new WordSet(['the', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * "Each of the players have …", "The rest of the houses was …": a sentence opening with a word that picks one out of a
 * determined plural group, or that shares it out, with the verb right after the group in the other number.
 */
function pickedAgreement(tokens: readonly Token[]): Report | undefined {
  const opener = tokens[0];
  if (!isWordToken(opener)) return undefined;
  const single = SINGLE_PICKERS.hasToken(opener);
  // "The rest of", "Half of", "Half the": the head is the first or second word.
  const shareAt = opener.lower === 'the' ? 1 : 0;
  const share = !single && SHARE_HEADS.has(tokens[shareAt]?.lower ?? '') && (shareAt === 1 || opener.lower === 'half');
  if (!single && !share) return undefined;
  const of = (single ? 0 : shareAt) + 1;
  if (tokens[of]?.lower !== 'of' || !GROUP_DETERMINERS.has(tokens[of + 1]?.lower ?? '')) return undefined;
  const groupEnd = nounPhraseEnd(tokens, of + 1);
  const noun = tokens[groupEnd - 1];
  // ("the suspects": a plural the lexicon reads first as a present, after a determiner.)
  if (!isWordToken(noun) || !(primaryTag(noun) === 'NNS' || (noun.tags.includes('NNS') && groupEnd - 1 > of + 1)) || noun.text !== noun.lower || SINGULAR_IN_S.test(noun.lower)) return undefined;
  // One phrase may follow the group: "One of the oldest bridges in town are closed".
  let end = groupEnd;
  if (PHRASE_PREPOSITIONS.has(tokens[end]?.lower ?? '') && tokens[end]!.lower !== 'of') {
    const phraseEnd = nounPhraseEnd(tokens, end + 1);
    if (phraseEnd === end + 1) return undefined;
    end = phraseEnd;
  }
  const verb = tokens[end];
  // A noun right before the verb: "One of the players who are" has its own subject.
  if (!isWordToken(verb) || !(end === groupEnd || /^NNS?$/.test(primaryTag(tokens[end - 1])))) return undefined;
  const replacement = otherNumber(tokens, end, !single);
  if (replacement === undefined) return undefined;
  const head = tokens[single ? 0 : shareAt]!;
  return {
    start: head.start,
    end: verb.end,
    message: single
      ? `"${head.text} of" picks one out of the group: the verb is singular, "${replacement}".`
      : `"${head.lower} of" + a plural shares out the group: the verb is plural, "${replacement}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'agreement-with-of-phrase',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'A verb that agrees with the noun of an "of" phrase instead of the head: "The number of victims are growing", "The prices of gas has risen".',
    sourceHint: 'Russian and Polish genitive after the head ("количество жертв"), German and Chinese genitive before it; MT agrees the verb with the nearer noun.',
    fixable: true,
  },
  needs: [new Set(['the', 'each', 'one', 'half'])],
  detectSentence(sentence) {
    const report = agreement(sentence.tokens) ?? pickedAgreement(sentence.tokens);
    return report && !quotedMask(sentence)[0] ? [report] : [];
  },
  examples: {
    invalid: [
      { text: 'The number of victims are still growing.', output: 'The number of victims is still growing.' },
      { text: 'The prices of gas has risen by ten percent.', output: 'The prices of gas have risen by ten percent.' },
      { text: 'The level of pollution in the cities are high.', output: 'The level of pollution in the cities is high.' },
      { text: 'The owners of the two shops has appealed against the fine.', output: 'The owners of the two shops have appealed against the fine.' },
      { text: 'The schools of the district has closed.', output: 'The schools of the district have closed.' },
      { text: 'The quality of the new roads were poor.', output: 'The quality of the new roads was poor.' },
      { text: 'Each of the candidates have two minutes to speak.', output: 'Each of the candidates has two minutes to speak.' },
      { text: 'One of the oldest bridges in town are closed.', output: 'One of the oldest bridges in town is closed.' },
      { text: 'The rest of the flats was sold in a week.', output: 'The rest of the flats were sold in a week.' },
      { text: 'The results of the survey shows a clear trend.', output: 'The results of the survey show a clear trend.' },
      { text: 'Each of the winners receive a medal.', output: 'Each of the winners receives a medal.' },
    ],
    valid: [
      'The owners of the two shops have appealed against the fine.',
      'The politics of the regions is complicated.',
      'The number of victims is still growing.',
      'A number of victims were taken to hospital.',
      'The majority of voters are against the plan.',
      'The rest of the players were on the bench.',
      'The team of doctors were exhausted.',
      'The means of transport is the bus.',
      'The economics of the plan is simple.',
      'The head of the clinic and the nurses are on strike.',
      'The prices of the shares are rising.',
      'The price of the shares is rising.',
      'The kind of books that are popular has changed.',
      'The list of names in the files was long.',
      'Each of the candidates has two minutes to speak.',
      'One of the bridges that were built in 1900 is closed.',
      'Neither of the twins were at home.',
      'The rest of the cake was eaten.',
      'Half of the money has gone.',
      'One of the things we have learned is patience.',
      'The results of the trade shows were good.',
      'The price of the shares rises every day.',
    ],
  },
});
