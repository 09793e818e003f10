import { defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, isWordToken, lemma, nounSenses, nounSingular, primaryTag, type Sentence, WordMap, WordSet } from '@mtlint/text';

// Verbs whose subject changes by itself, which German and the Slavic languages make reflexive ("die Lage hat sich
// verbessert", "цены стабилизировались", "sytuacja się poprawiła") and English makes intransitive: "the situation has
// improved". With a person as subject the reflexive is English ("he calmed himself", "she changed herself"), so these
// are read only with "itself"/"themselves" after a subject that is no person. Not "reduce": "everything reduced itself
// to symbolism" (Brown) is English.
const SELF_CHANGING = new WordSet([
  'improve', 'stabilise', 'stabilize', 'worsen', 'deteriorate', 'normalise', 'normalize', 'recover', 'change', 'calm',
  'intensify', 'weaken', 'increase', 'decrease', 'accelerate', 'slow', 'delay', 'shift', 'double', 'halve',
  'happen', 'occur', 'widen', 'narrow', 'ease', 'shrink', 'expand',
]);
// Verbs whose reflexive is never English, whoever the subject: "the leaders met themselves in Brussels" (sich treffen,
// встретились), "the parties agreed themselves on" (sich einigen), "she decided herself to resign" (sich entscheiden,
// решилась), "he refused himself to answer" (sich weigern).
const NEVER_REFLEXIVE = new WordSet(['meet', 'agree', 'decide', 'refuse']);
// More verbs the sources make reflexive and English never does, with the words the reflexive must stand before
// (none: any): "apologised themselves" (sich entschuldigen, s'excuser, извинились), "complained herself" (sich
// beschweren), "specialises itself in" (sich spezialisieren), "qualified themselves for the final" (sich
// qualifizieren), "pronounced themselves against the reform" (se prononcer contre; "pronounced himself satisfied" is
// English), "concentrated themselves on" (sich konzentrieren auf; "concentrated themselves in the cities" is troops
// gathering). Brown has none of these verbs with a reflexive.
const REFLEXIVE_BEFORE = new WordMap<ReadonlySet<string> | null>([
  ['apologise', null], ['apologize', null], ['complain', null], ['specialise', null], ['specialize', null],
  ['qualify', new Set(['for'])], ['pronounce', new Set(['against', 'for', 'in'])], ['concentrate', new Set(['on', 'upon'])],
]);
// A plain Set: the engine reads a rule's needs once and freezes them, which a WordSet's buffers do not allow.
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'myself', 'ourselves', 'yourself', 'yourselves']);
const THING_REFLEXIVES = new WordSet(['itself', 'themselves']);
// What a reflexive may be the object of before a result or a path: "developed itself into", "changed itself back".
// ("over" and "around" open times and places as often: "worsened itself over the winter".)
const RESULT_WORDS = new WordSet(['into', 'back', 'from', 'as', 'out', 'up', 'down', 'off']);
// What "decided herself" must be followed by to be "sich entscheiden": "to", "for", "against", "on". Alone ("she decided
// herself", emphatic "on her own") it is English.
const DECISION_WORDS = new WordSet(['to', 'for', 'against', 'on']);
// Senses of a subject that can act on itself as a person does: "the team improved themselves".
const AGENT_SENSES = new WordSet(['noun.person', 'noun.group', 'noun.communication']);

/**
 * Whether the subject of the verb at `v` is a thing: "it", or a noun with a sense other than a person's or a group's.
 * The subject is the head of the noun phrase before the verb group, past the prepositional phrases that qualify it
 * ("the mood among investors", "prices of fuel in the north").
 */
function thingSubject(sentence: Sentence, v: number): boolean {
  const analysis = analyseSentence(sentence);
  let k = analysis.chunkAt(v).start - 1;
  while (k >= 0 && (analysis.chunkAt(k).kind === 'PP' || analysis.chunkAt(k).kind === 'ADVP')) k = analysis.chunkAt(k).start - 1;
  if (k < 0 || analysis.chunkAt(k).kind !== 'NP') return false;
  const subject = sentence.tokens[k]!;
  if (subject.lower === 'it') return true;
  if (!subject.tags.some((tag) => tag === 'NN' || tag === 'NNS')) return false;
  const senses = nounSenses(nounSingular.of(subject));
  return senses.length > 0 && senses.some((s) => !AGENT_SENSES.has(s));
}

export default defineRule({
  meta: {
    id: 'reflexive-calque',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A reflexive pronoun where the source has a reflexive verb and English an intransitive one: "the situation has improved itself", "prices stabilised themselves", "the ministers met themselves", "she decided herself to resign".',
    sourceHint: 'German "sich verbessern", "sich treffen", "sich entscheiden"; Russian -ся/-сь ("улучшилась", "встретились"); Polish and Czech "się"/"se"; French and Spanish "se".',
    fixable: true,
  },
  needs: [REFLEXIVES],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let r = 1; r < tokens.length; r++) {
      const reflexive = tokens[r]!;
      if (!REFLEXIVES.has(reflexive.lower)) continue;
      const verb = tokens[r - 1]!;
      if (!isWordToken(verb) || !primaryTag(verb).startsWith('VB') || primaryTag(verb) === 'VBG') continue;
      const base = lemma.of(verb);
      const next = tokens[r + 1];
      const before = REFLEXIVE_BEFORE.get(base);
      if (before !== undefined) {
        if (before !== null && !before.has(next?.lower ?? '')) continue;
      } else if (NEVER_REFLEXIVE.has(base)) {
        // "met themselves" but not "met themselves coming back" (one's double); "decided herself to" / "agreed themselves
        // on" with what was decided.
        if (base === 'meet' ? reflexive.lower !== 'themselves' || primaryTag(next) === 'VBG' : !DECISION_WORDS.has(next?.lower ?? '')) continue;
      } else if (!SELF_CHANGING.has(base) || !THING_REFLEXIVES.hasToken(reflexive) || RESULT_WORDS.has(next?.lower ?? '') || !thingSubject(sentence, r - 1)) {
        continue;
      }
      reports.push({
        start: verb.start,
        end: reflexive.end,
        message: `English "${verb.text}" needs no "${reflexive.text}" here: the source's reflexive verb is intransitive in English ("${verb.text}").`,
        suggestions: [{ start: verb.end, end: reflexive.end, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The airline apologised itself to the passengers.', output: 'The airline apologised to the passengers.' },
      { text: 'Both teams qualified themselves for the final.', output: 'Both teams qualified for the final.' },
      { text: 'Most experts pronounced themselves against the plan.', output: 'Most experts pronounced against the plan.' },
      { text: 'The traffic on the ring road has normalised itself since noon.', output: 'The traffic on the ring road has normalised since noon.' },
      { text: 'Mortgage rates stabilized themselves in the spring.', output: 'Mortgage rates stabilized in the spring.' },
      { text: 'The tone of the talks with the strikers has eased itself.', output: 'The tone of the talks with the strikers has eased.' },
      { text: 'The two delegations met themselves in Vienna on Monday.', output: 'The two delegations met in Vienna on Monday.' },
      { text: 'The singer decided herself to cancel the tour.', output: 'The singer decided to cancel the tour.' },
      { text: 'The unions agreed themselves on a joint list of demands.', output: 'The unions agreed on a joint list of demands.' },
    ],
    valid: [
      'The doctor pronounced himself satisfied with the result.',
      'The troops concentrated themselves in the north.',
      'He qualified himself as a pilot in 1990.',
      'The traffic on the ring road has returned to normal since noon.',
      'He calmed himself before the interview.',
      'The volunteers improved themselves with evening classes.',
      'The town developed itself into a trading hub.',
      'The problem will not solve itself.',
      'History repeats itself.',
      'The coach of the juniors calmed himself before the final.',
      'She decided herself, without asking anyone.',
      'The children changed themselves into pirates for the party.',
      'The inception of change itself was slow.',
      'The system changes itself back to the default after an hour.',
      'They met themselves coming the other way, as the joke goes.',
    ],
  },
});
