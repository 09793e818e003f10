import { defineRule, type Report } from '@mtlint/engine';
import { canBeInfinitive, conjugateVerb, isPronoun, lemma, nounPhraseEnd, nounSenses, nounSingular, primaryTag, type Token, WordMap, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// "let" and "make" take a bare infinitive after their object ("let him go"); Russian "позволил ему уйти", "заставил их
// ждать", German "ließ ihn gehen" are rendered with the "to" of every other infinitive: "let him to go".
const BARE_INFINITIVE = new WordSet(['let', 'make']);
// Verbs of demanding and proposing that take a that-clause, not an object and an infinitive: Russian "предложил ему
// пойти", German "schlug ihm vor zu gehen", French "a suggéré de": "suggested him to go" → "suggested that he go".
// "recommend" joins them: Russian "рекомендовал водителям снизить", German "empfahl den Fahrern, langsamer zu fahren"
// give "recommended the drivers to slow down", where English advises the drivers to slow down or recommends that they
// do. Brown has one "recommend" + person + to-infinitive in a million words ("recommend a suitable person to execute
// it") against its "recommend that" and "recommend" + -ing; British usage allows it, so its findings are minor.
// ("advise him to", "urge him to", "ask him to" are English and not here.)
const THAT_CLAUSE = new WordSet(['suggest', 'propose', 'demand', 'recommend']);
const SUBJECT_OF: WordMap<string> = new WordMap([['me', 'I'], ['him', 'he'], ['her', 'she'], ['us', 'we'], ['them', 'they'], ['you', 'you']]);
// Object pronouns, which cannot open a noun phrase of their own ("made her to-do list", "let her to" are not read).
const OBJECT_PRONOUNS = new WordSet(['me', 'him', 'us', 'them', 'her']);
const PERSON_SENSES = new WordSet(['noun.person', 'noun.group']);
// Senses that make a noun with a group sense an abstraction first: "made no arrangements to furnish", "making shift to
// live", "let their concern to run", "make a connection to find" (Brown and release notes).
const ABSTRACT_SENSES = new WordSet(['noun.act', 'noun.cognition', 'noun.attribute', 'noun.relation', 'noun.state', 'noun.feeling', 'noun.event']);
// Before a form of these verbs, what makes it a noun or a passive: "the finish to the race", "was made to wait".
const NOMINAL_BEFORE = new WordSet(['DT', 'PRP$', 'JJ', 'CD', 'POS']);

const ALL_VERBS = new Set([...BARE_INFINITIVE, ...THAT_CLAUSE, 'prevent']);

// "made them to order", "made it to measure": the idioms of tailoring, where "to" + noun follows a thing made.
const MADE_TO = new WordSet(['order', 'measure', 'scale', 'size']);

/** The word after "to" is read first as a base verb ("to go", not "to snow", "to years"). */
const isBaseVerb = (t: Token | undefined) => t !== undefined && t.kind === 'word' && primaryTag(t) === 'VB' && t.text === t.lower;
/** After a person object and "to", any base-form reading is the infinitive ("made the runners to slow down", "suggested
 * them to rest"): "to" + a noun after a person would be a recipient, which these verbs do not take. */
const isInfinitiveAfterPerson = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text === t.lower && canBeInfinitive(t) && !MADE_TO.hasToken(t);

/** The verb at `i` is used as a verb: its first reading, or a verb reading after a pronoun, modal or "to". */
function actsAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (before !== undefined && NOMINAL_BEFORE.has(primaryTag(before))) return false;
  if (primaryTag(t).startsWith('VB')) return true;
  return t.tags.some((tag) => tag.startsWith('VB')) && before !== undefined && (isPronoun(before) || primaryTag(before) === 'MD' || before.lower === 'to');
}

/** Where the object after the verb at `i` ends: an object pronoun, or a noun phrase naming people; -1 for none. */
function personObjectEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word') return -1;
  if (OBJECT_PRONOUNS.hasToken(first)) return i + 1;
  const end = nounPhraseEnd(tokens, i);
  const head = tokens[end - 1];
  const headTag = primaryTag(head);
  if (end <= i || head === undefined || (headTag !== 'NN' && headTag !== 'NNS')) return -1;
  const senses = nounSenses(nounSingular.of(head));
  return senses.some((s) => PERSON_SENSES.has(s)) && !senses.some((s) => ABSTRACT_SENSES.has(s)) ? end : -1;
}

/** "let him to go", "made the workers to wait": "to" before the bare infinitive of "let" and "make". */
function bareInfinitiveWithTo(tokens: readonly Token[], i: number, base: string): Report | undefined {
  // "made it to the final" is English; "make" takes a person only, pronoun or noun. "made a pledge to be worthy", "made
  // a promise to": "make a" + noun is a light verb whose noun takes the infinitive (a State of the Union address).
  const article = tokens[i + 1]?.lower;
  if (base === 'make' && (article === 'a' || article === 'an')) return undefined;
  const end = personObjectEnd(tokens, i + 1);
  const to = tokens[end];
  if (end < 0 || to?.lower !== 'to' || !isInfinitiveAfterPerson(tokens[end + 1])) return undefined;
  const verb = tokens[i]!;
  const infinitive = tokens[end + 1]!;
  return {
    start: verb.start,
    end: infinitive.end,
    message: `"${base}" takes a bare infinitive after its object: "${verb.text} … ${infinitive.text}", without "to".`,
    suggestions: [{ start: to.start, end: infinitive.start, replacement: '' }],
  };
}

/**
 * "suggested him to stay", "recommend the drivers to slow down": a verb of proposing with a person object (a pronoun
 * or a noun phrase naming people) and an infinitive, where English has a that-clause whose subject is the person.
 */
function objectInfinitiveForThat(tokens: readonly Token[], i: number, base: string): Report | undefined {
  const object = tokens[i + 1];
  if (object === undefined) return undefined;
  const pronoun = SUBJECT_OF.getToken(object);
  // "you" only after "recommend" and "suggest": "demanded you to" is rare, and "you" may be a subject after "propose".
  const end = pronoun !== undefined ? (object.lower === 'you' && base !== 'recommend' && base !== 'suggest' ? -1 : i + 2) : personObjectEnd(tokens, i + 1);
  const to = tokens[end];
  if (end < 0 || to?.lower !== 'to' || !isInfinitiveAfterPerson(tokens[end + 1])) return undefined;
  const verb = tokens[i]!;
  const infinitive = tokens[end + 1]!;
  const subject = pronoun ?? tokens.slice(i + 1, end).map((t) => t.text).join(' ');
  const minor = base === 'recommend' ? { mqmSeverity: 'minor' as const, confidence: 0.7 } : {};
  return {
    start: verb.start,
    end: infinitive.end,
    message: `"${verb.text}" takes a that-clause, not an object and an infinitive: "${verb.text} that ${subject} ${infinitive.text}"${base === 'recommend' ? ` (or "advise ${tokens.slice(i + 1, end).map((t) => t.text).join(' ')} to ${infinitive.text}")` : ''}.`,
    ...minor,
    suggestions: [{ start: object.start, end: infinitive.start, replacement: `that ${subject} ` }],
  };
}

// What the infinitive's own object opens: "to flood the town", "to reach its goal" ("flood" is read first as a noun).
const OBJECT_OPENERS = new WordSet(['DT', 'PRP$', 'PRP']);

/** "prevent the river to flood": "prevent" takes "from" and a gerund after its object. */
function preventTo(tokens: readonly Token[], i: number): Report | undefined {
  const end = nounPhraseEnd(tokens, i + 1);
  const to = tokens[end];
  const infinitive = tokens[end + 1];
  if (end <= i + 1 || to?.lower !== 'to' || infinitive === undefined) return undefined;
  // A word read first as a noun is the infinitive only with an object of its own after it: "prevent damage to crops",
  // "prevent access to water" name what is harmed or reached.
  const verbWithObject = infinitive.kind === 'word' && infinitive.text === infinitive.lower && infinitive.tags.includes('VB') && OBJECT_OPENERS.has(primaryTag(tokens[end + 2]));
  if (!isBaseVerb(infinitive) && !verbWithObject) return undefined;
  const gerund = conjugateVerb(infinitive!.lower, 'VBG');
  return {
    start: tokens[i]!.start,
    end: infinitive!.end,
    message: `"prevent" takes "from" and a gerund after its object: "from ${gerund}".`,
    suggestions: [{ start: to.start, end: infinitive!.end, replacement: `from ${gerund}` }],
  };
}

export default defineRule({
  meta: {
    id: 'verb-complement-calque',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'An object and a to-infinitive where English has another complement: "let him to go", "made them to wait", "suggested him to stay", "recommend the drivers to slow down", "prevent the river to flood".',
    sourceHint: 'Russian "позволить/заставить + infinitive", "предложить ему пойти", "помешать реке разлиться"; German "ließ ihn gehen", "schlug ihm vor zu gehen"; French "suggérer de", "empêcher de".',
    fixable: true,
  },
  needs: [formOf(ALL_VERBS), new Set(['to', 'that'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const verb = tokens[i]!;
      if (verb.kind !== 'word' || !ALL_VERBS.has(lemma.of(verb)) || !actsAsVerb(tokens, i)) continue;
      const base = lemma.of(verb);
      let found: Report | undefined;
      if (BARE_INFINITIVE.has(base)) found = bareInfinitiveWithTo(tokens, i, base);
      else if (THAT_CLAUSE.has(base)) found = objectInfinitiveForThat(tokens, i, base);
      else found = preventTo(tokens, i);
      if (found) reports.push(found);
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The police did not let him to leave the country.', output: 'The police did not let him leave the country.' },
      { text: 'The storm made the passengers to wait for six hours.', output: 'The storm made the passengers wait for six hours.' },
      { text: 'The doctor suggested him to stay at home.', output: 'The doctor suggested that he stay at home.' },
      { text: 'The new dam should prevent the river to flood the town.', output: 'The new dam should prevent the river from flooding the town.' },
      { text: 'The unions demanded them to withdraw the reform.', output: 'The unions demanded that they withdraw the reform.' },
      { text: 'Health officials recommend the tenants to air their flats daily.', output: 'Health officials recommend that the tenants air their flats daily.' },
      { text: 'The coach suggested the swimmers to train at dawn.', output: 'The coach suggested that the swimmers train at dawn.' },
      { text: 'We recommend you to back up your files first.', output: 'We recommend that you back up your files first.' },
    ],
    valid: [
      'The police did not let him leave the country.',
      'The team made it to the final.',
      'He recommended them to the committee.',
      'She proposed to him in Paris.',
      'The new law will prevent banks from lending to them.',
      'Fences prevent access to water for the cattle.',
      'The coating prevents damage to the hull.',
      'They demanded to see the manager.',
      'The guards let them through to the square.',
      'The tailor made them to measure.',
      'He suggested them to the editor.',
      'They made the decision to leave early.',
      'The firm made no arrangements to furnish better goods.',
      'Each of us has made a pledge to be worthy of the office.',
      'She was made to wait for an hour.',
      'The doctor suggested that he stay at home.',
      'It was suggested to the committee that the vote be delayed.',
      'Nothing could prevent the river from flooding.',
      'They let the house to a family from Leeds.',
      'She recommended the young pianist to the conservatory.',
      'I would recommend you to any employer.',
      'The firm recommended that tenants air their flats.',
      'Doctors advise the tenants to air their flats daily.',
      'He recommended the novel to me to read on the train.',
    ],
  },
});
