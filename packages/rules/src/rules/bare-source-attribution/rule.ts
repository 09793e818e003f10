import { defineRule, type Report } from '@mtlint/engine';
import { isCommonNoun, isDeterminer, isFiniteVerb, isKnownWord, isPronoun, isProperNoun, isTitleCase, nounSenses, type Token, WordSet } from '@mtlint/text';

// Chinese attributes a statement with a preposition that MT often drops: 据赵春山分析 ("according to Zhao Chunshan's
// analysis") comes out as "Zhao Chunshan analysis, this is different …": a name and a noun of saying or thinking
// that open the sentence with no verb of their own, then a comma and a new clause. English never starts a sentence
// with a bare "Name analysis,".

const ATTRIBUTION_SENSES = new WordSet(['noun.communication', 'noun.cognition']);
const MAX_NAME_WORDS = 3;
// How far after the comma the new clause's verb may stand ("this is", "the project will be").
const CLAUSE_WINDOW = 4;

const isNameWord = (t: Token) => t.kind === 'word' && isTitleCase(t.text) && isProperNoun(t);

export default defineRule({
  meta: {
    id: 'bare-source-attribution',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.7,
    description: 'A sentence opened by a name and a noun of saying without "according to": "Zhang Wei analysis, this is …".',
    sourceHint: 'Chinese attribution with 据 (据…分析/介绍/表示) whose preposition the translation dropped.',
    fixable: false,
  },
  // A name word the lexicon lacks, a common noun of saying or thinking, a comma.
  needs: [
    (t) => isNameWord(t) && !isKnownWord(t.lower),
    (t) => t.kind === 'word' && t.text === t.lower && isCommonNoun(t) && nounSenses.of(t).some((s) => ATTRIBUTION_SENSES.has(s)),
    new Set([',']),
  ],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const start = tokens.findIndex((t) => t.kind === 'word');
    if (start < 0 || !isNameWord(tokens[start]!)) return [];
    let k = start;
    while (k < tokens.length && k - start < MAX_NAME_WORDS && isNameWord(tokens[k]!)) k++;
    const names = tokens.slice(start, k);
    // A person's name: one of its words is unknown to the lexicon ("Chunshan", "Smith"), so "Wise policies," and
    // "Combat capability," (capitalised common words at the start) are not names.
    if (!names.some((t) => !isKnownWord(t.lower))) return [];
    const noun = tokens[k];
    const comma = tokens[k + 1];
    if (!noun || noun.kind !== 'word' || noun.text !== noun.lower || !isCommonNoun(noun) || comma?.text !== ',') return [];
    if (!nounSenses.of(noun).some((s) => ATTRIBUTION_SENSES.has(s))) return [];
    // A new clause after the comma: a pronoun or determiner, then a finite verb ("this is", "the plan will").
    // "Goldman Sachs analysis, however, shows …" and "…, which was published" continue the first clause.
    const opener = tokens[k + 2];
    if (!opener || opener.kind !== 'word' || !(isPronoun(opener) || isDeterminer(opener)) || opener.tags[0] === 'WP' || opener.tags[0] === 'WDT') return [];
    const verb = tokens.slice(k + 3, k + 3 + CLAUSE_WINDOW).find((t) => t.kind === 'word' && (isFiniteVerb(t) || t.tags[0] === 'MD'));
    if (!verb || tokens.slice(k + 3, tokens.indexOf(verb)).some((t) => t.kind === 'punct')) return [];
    const name = names.map((t) => t.text).join(' ');
    const report: Report = {
      start: names[0]!.start,
      end: comma.end,
      message: `"${name} ${noun.text}," has no verb or preposition: the source's "according to" was lost ("According to ${name}'s ${noun.text}, …").`,
      suggestions: [{ start: names[0]!.start, end: noun.end, replacement: `According to ${name}'s ${noun.text}` }],
    };
    return [report];
  },
  examples: {
    invalid: [
      {
        text: 'Li Xiaoming analysis, this shows that demand is recovering.',
        output: "According to Li Xiaoming's analysis, this shows that demand is recovering.",
      },
      {
        text: 'Wang Jianguo introduction, the project will cost 3 billion yuan.',
        output: "According to Wang Jianguo's introduction, the project will cost 3 billion yuan.",
      },
    ],
    valid: [
      'Goldman Sachs analysis, however, shows that demand is recovering.',
      'Wise policies, such as tax reform, have helped the economy.',
      'Combat capability, in terms of firepower, has been increased.',
      'Smith research, which was published on Monday, found the same.',
      'According to Li Xiaoming’s analysis, demand is recovering.',
      'Li Xiaoming said the project will cost 3 billion yuan.',
      'Student loans, already cheaper, are easier to repay.',
      'Tax policy, regulatory practices, and government programs all need review.',
      'Zhang Wei, the analyst, said this shows that demand is recovering.',
    ],
  },
});
