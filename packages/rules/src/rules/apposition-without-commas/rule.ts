import { defineRule, type Report } from '@mtlint/engine';
import { isCommonNoun, isDeterminer, isTitleCase, isWordToken, lexiconEntry, nounSenses, nounSingular, primaryTag, type Token, WordSet } from '@mtlint/text';

// Verbs of saying and acting that follow a named official in news copy: "… Ivan Sokolov said".
const NEWS_VERBS = new WordSet([
  'said', 'says', 'told', 'noted', 'notes', 'stated', 'states', 'announced', 'announces', 'added', 'explained', 'stressed',
  'emphasized', 'emphasised', 'underlined', 'declared', 'confirmed', 'reported', 'commented', 'promised', 'warned', 'urged',
  'arrived', 'visited', 'met', 'signed', 'opened', 'called', 'proposed', 'ordered', 'believes', 'believed', 'thinks',
]);

/** A capitalised word of a person's name: title case, not a place in WordNet ("Texas", "York" name places). */
function isNameWord(t: Token | undefined): boolean {
  return isWordToken(t) && isTitleCase(t.text) && (primaryTag(t) === 'NNP' || primaryTag(t) === 'NNPS') && !nounSenses.of(t).includes('noun.location');
}

/** A word the lexicon reads first as a common noun in lower case: the sentence's first word, tagged as written. */
const readsAsNoun = (lower: string): boolean => /^NNS?$/.test(lexiconEntry(lower)?.[0] ?? '');

/** A sentence's first word that can open it before the subject: "Yesterday", "Today", "Meanwhile". */
const isOpeningAdverb = (t: Token): boolean => isWordToken(t) && (primaryTag(t) === 'RB' || primaryTag(t) === 'NN' || primaryTag(t) === 'NNP') && !nounSenses.of(t).includes('noun.person');

/**
 * The index of the head of an office phrase ending at `end` ("the governor of the region", "minister of the economy of
 * the country"): a lower-case noun that can name a person, followed by one to three "of" phrases of lower-case words.
 * -1 if the words before `end` are not such a phrase.
 */
function officeHead(tokens: readonly Token[], end: number): number {
  let k = end;
  let ofs = 0;
  while (k >= 0) {
    const t = tokens[k]!;
    // Lower case, but for the sentence's first word: "Minister of health of the republic …".
    if (!isWordToken(t) || (t.text !== t.lower && k > 0)) return -1;
    if (t.lower === 'of') {
      ofs++;
      if (ofs > 3) return -1;
    } else if (ofs > 0 && (k === 0 ? readsAsNoun(t.lower) : isCommonNoun(t)) && !isDeterminer(t) && tokens[k + 1]?.lower === 'of') {
      // The noun before an "of": the head, if it names a person and opens the subject (perhaps after a determiner): at
      // the sentence's start, after a comma, or after one opening adverb ("Yesterday the director of …"); not an
      // object ("interviewed the conductor of the streetcar Morse said he had taken").
      const start = isWordToken(tokens[k - 1]) && isDeterminer(tokens[k - 1]!) ? k - 1 : k;
      const before = tokens[start - 1];
      const opens = before === undefined || before.text === ',' || (start === 1 && isOpeningAdverb(before));
      if (opens && nounSenses(nounSingular.of(t)).includes('noun.person')) return k;
    } else if (!isCommonNoun(t) && !isDeterminer(t) && primaryTag(t) !== 'JJ') return -1;
    k--;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: 'apposition-without-commas',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.8,
    description: 'An official\'s name after the office with no commas around it: "The governor of the region Ivan Sokolov said".',
    sourceHint: 'Russian and other Slavic news name an official after the office with no punctuation ("Глава региона Иван Соколов заявил"); English sets the name off with commas.',
    fixable: true,
  },
  needs: [(t) => t.lower === 'of', (t) => NEWS_VERBS.hasToken(t)],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let v = 4; v < tokens.length; v++) {
      if (!NEWS_VERBS.hasToken(tokens[v]!)) continue;
      // One or two name words ("Sokolov", "Ivan Sokolov") between the office and the verb.
      const first = isNameWord(tokens[v - 2]) ? v - 2 : v - 1;
      if (!isNameWord(tokens[v - 1])) continue;
      const noun = tokens[first - 1];
      if (!isWordToken(noun) || noun.text !== noun.lower || !isCommonNoun(noun)) continue;
      const head = officeHead(tokens, first - 1);
      if (head < 0) continue;
      const name = doc.text.slice(tokens[first]!.start, tokens[v - 1]!.end);
      reports.push({
        start: tokens[head]!.start,
        end: tokens[v - 1]!.end,
        message: `The name "${name}" stands in apposition to the office before it; English sets it off with commas.`,
        suggestions: [{ start: noun.end, end: tokens[v]!.start, replacement: `, ${name}, ` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The governor of the province Marek Nowak said the road would reopen.', output: 'The governor of the province, Marek Nowak, said the road would reopen.' },
      { text: 'Yesterday the director of the museum Olga Berg announced a new wing.', output: 'Yesterday the director of the museum, Olga Berg, announced a new wing.' },
      { text: 'Minister of health of the republic Pavel Orlov visited the hospital.', output: 'Minister of health of the republic, Pavel Orlov, visited the hospital.' },
    ],
    valid: [
      'The governor of the province, Marek Nowak, said the road would reopen.',
      'Provincial governor Marek Nowak said the road would reopen.',
      'The mayor of New York said the subway would run.',
      'The president of the Kansas City local said the strike was over.',
      'The members of the club Anna and Karl met on Friday.',
      'The history of the city Tacitus told is long.',
      'The head of the Red Cross said aid was on its way.',
      'She spoke with the head of the region Ivan Sokolov said was ill.',
      'They interviewed the conductor of the streetcar Morse said he had taken.',
    ],
  },
});
