import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isAdjective, isDeterminer, lemma, nounPhraseEnd, primaryTag, verbSenses, WordSet } from '@mtlint/text';

// A source clause with its verb and subject inverted or focused (German "Es bittet das Gericht, …", Chinese "是法院
// 要求 …") comes out as a cleft whose verb has become a participle: "It is the court asking to lift the ban". English
// has either a plain clause ("It asks the court to lift the ban" when "it" is the subject; "The court is asking …"
// when the noun is) or a full cleft with "that" or "who". Brown has no "It is the <noun> <verb>-ing" at all.

// Verbs that take an object and a to-infinitive: after them a bare "to" means the noun was their object.
const OBJECT_AND_INFINITIVE = new WordSet([
  'ask', 'urge', 'request', 'call', 'press', 'invite', 'encourage', 'beg', 'instruct', 'order', 'force', 'require',
  'oblige', 'allow', 'permit', 'tell', 'advise', 'remind', 'push', 'pressure', 'persuade', 'warn', 'appeal',
]);
// What follows the participle when it is the clause's verb: a to-infinitive, a that-clause, an object.
const COMPLEMENTS = new WordSet(['to', 'that', 'for', 'on']);

/** The finite form of `verb` in the tense of the copula: "ask" + "is" → "asks", + "was" → "asked". */
function finite(base: string, copula: string, plural: boolean): string {
  if (copula === 'was' || copula === 'were') return conjugateVerb(base, 'VBD');
  return plural ? base : conjugateVerb(base, 'VBZ');
}

export default defineRule({
  meta: {
    id: 'cleft-with-participle',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.7,
    description: 'A cleft whose verb became a participle: "It is the court asking to lift the ban" for "It asks the court to …".',
    sourceHint: 'German verb-first clauses ("Es bittet das Gericht") and Chinese focus with 是 ("是法院要求").',
    fixable: false,
  },
  needs: [new Set(['it']), new Set(['is', 'was']), new Set(['the'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // The sentence opens "It is the …"; later in a sentence "it is the …" is usually an ordinary copula clause.
    if (tokens[0]?.lower !== 'it' || !/^(is|was)$/.test(tokens[1]?.lower ?? '') || tokens[2]?.lower !== 'the') return reports;
    const nounEnd = nounPhraseEnd(tokens, 2);
    const head = tokens[nounEnd - 1];
    const participle = tokens[nounEnd];
    if (head === undefined || participle === undefined || nounEnd < 4) return reports;
    if (!/^NNS?$/.test(primaryTag(head)) || primaryTag(participle) !== 'VBG') return reports;
    // "the only thing", "the best way": adjectives of rank make an ordinary copula clause.
    for (let k = 3; k < nounEnd - 1; k++) if (isDeterminer(tokens[k]!) || (isAdjective(tokens[k]!) && /est$|^only$|^first$|^last$/.test(tokens[k]!.lower))) return reports;
    const next = tokens[nounEnd + 1];
    if (next === undefined || !(COMPLEMENTS.hasToken(next) || isDeterminer(next) || isAdjective(next) || /^NNS?$/.test(primaryTag(next)))) return reports;
    // A true cleft goes on with "that"/"who" after the participle's phrase: "It is the court asking questions that …".
    if (tokens.slice(nounEnd + 2).some((t) => t.lower === 'who' || t.lower === 'which')) return reports;
    const base = lemma.of(participle);
    // Speech acts only: "It is the house standing on the hill" names a thing with a reduced relative clause.
    if (!verbSenses(base).includes('verb.communication')) return reports;
    const plural = primaryTag(head) === 'NNS';
    const noun = tokens.slice(2, nounEnd).map((t) => t.text).join(' ');
    const copula = tokens[1]!.lower;
    const asItsObject = `It ${finite(base, copula, false)} ${noun}`;
    const asItsSubject = `${noun[0]!.toUpperCase()}${noun.slice(1)} ${plural ? (copula === 'is' ? 'are' : 'were') : copula} ${participle.text}`;
    const objectReading = next.lower === 'to' && OBJECT_AND_INFINITIVE.has(base);
    const suggestions = (objectReading ? [asItsObject, asItsSubject] : [asItsSubject]).map((replacement) => ({
      start: tokens[0]!.start,
      end: participle.end,
      replacement,
    }));
    reports.push({
      start: tokens[0]!.start,
      end: participle.end,
      message: `A cleft with a participle for its verb is not English: "${suggestions[0]!.replacement} …".`,
      suggestions,
    });
    return reports;
  },
  examples: {
    invalid: [
      { text: 'It is the ministry urging to postpone the vote.', output: 'It urges the ministry to postpone the vote.' },
      { text: 'It is the union demanding higher wages for nurses.', output: 'The union is demanding higher wages for nurses.' },
      { text: 'It was the regulators calling for a new inquiry.', output: 'The regulators were calling for a new inquiry.' },
      { text: 'It is the city council asking to close the street.', output: 'It asks the city council to close the street.' },
    ],
    valid: [
      'It was the only thing about her that was hard to bear.',
      'It is the court that asks the questions.',
      'It is the gradual unfolding of this contradiction which matters.',
      'It was the wrong thing to say.',
      'It is the teacher asking the questions who decides the pace.',
      'It was the best opening in years.',
      'He said it is the union demanding higher wages.',
      'It was the morning of the storm.',
      'It is the living room facing the garden.',
    ],
  },
});
