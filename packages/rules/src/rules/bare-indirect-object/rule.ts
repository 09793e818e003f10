import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isTimePhrase, lemma, type Token, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// French "il m'a dit que", "il nous a décrit comment", "il leur a annoncé que", Spanish "me dijo que", "nos describió",
// "les anunció", Italian "mi ha detto che", "ci ha descritto", Portuguese "disse-me que": the person is a bare dative
// pronoun. MT writes "said me that", "described us how", "announced them that"; English gives these verbs the person
// with "to", or says "told". ("explained us", the German and Russian shape too, is phrase-calque's.)

const VERBS = new Set(['say', 'describe', 'announce', 'communicate', 'repeat', 'propose', 'suggest', 'reveal', 'mention', 'indicate', 'declare', 'report', 'confess', 'admit']);
// A plain set: the rule's needs are frozen with it (a WordSet cannot be).
const PERSONS = new Set(['me', 'us', 'them', 'him', 'her']);
// What opens the thing said after the person: "said me that", "described us how", "proposed them a compromise".
const OPENERS = new WordSet(['that', 'how', 'what', 'why', 'when', 'where', 'whether', 'if']);
const TELL = ['tell', 'tells', 'told', 'told', 'telling'];

/** "said" → "told" in the same form. */
function tellFor(verb: Token): string {
  const l = verb.lower;
  const form = l.endsWith('ing') ? 4 : l === 'said' ? 2 : l.endsWith('s') ? 1 : 0;
  const told = TELL[form]!;
  return /^\p{Lu}/u.test(verb.text) ? told[0]!.toUpperCase() + told.slice(1) : told;
}

export default defineRule({
  meta: {
    id: 'bare-indirect-object',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A person right after a verb that gives it only with "to": "said me that", "described us how", "announced them that", "proposed them a compromise".',
    sourceHint: 'A bare dative pronoun in the source (French me/nous/leur, Spanish me/nos/les, Italian mi/ci/gli, Portuguese me/nos/lhes) rendered without "to".',
    fixable: true,
  },
  needs: [formOf(VERBS), PERSONS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const verb = tokens[i]!;
      if (verb.kind !== 'word' || !(verb.tags[0] ?? '').startsWith('VB')) continue;
      const person = tokens[i + 1]!;
      if (!PERSONS.has(person.lower)) continue;
      const base = lemma.of(verb);
      if (!VERBS.has(base)) continue;
      const next = tokens[i + 2]!;
      if (next.kind !== 'word' || !(OPENERS.hasToken(next) || isDeterminer(next))) continue;
      // "repeated them the next day", "proposed them the same day": the person is a thing, the phrase a time.
      if (isDeterminer(next) && isTimePhrase(tokens, i + 2)) continue;
      const say = base === 'say';
      reports.push({
        start: verb.start,
        end: person.end,
        message: say
          ? `"${verb.text} ${person.text}" gives the person as the source's bare pronoun; English says "${tellFor(verb)} ${person.text}" or "${verb.text} to ${person.text}".`
          : `"${verb.text}" takes the person with "to" in English: "${verb.text} to ${person.text}".`,
        suggestions: [say ? { start: verb.start, end: verb.end, replacement: tellFor(verb) } : { start: person.start, end: person.start, replacement: 'to ' }],
      });
      i += 1;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The director said me that the contract was ready.', output: 'The director told me that the contract was ready.' },
      { text: 'The police described us how the thief got in.', output: 'The police described to us how the thief got in.' },
      { text: 'The mayor announced them that the school would close.', output: 'The mayor announced to them that the school would close.' },
      { text: 'The firm communicated us the new prices.', output: 'The firm communicated to us the new prices.' },
    ],
    valid: [
      'The director told me that the contract was ready.',
      'He said her name twice.',
      'The teacher explained the rules and repeated them the next day.',
      'They described him as a quiet man.',
      'Describe them to the police.',
      'She suggested him for the job.',
      'He admitted them to the club.',
      'The report mentions them in a footnote.',
      'We proposed them the next year.',
    ],
  },
});
