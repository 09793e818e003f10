import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isModal, lemma, nounPhraseEnd, nounSenses, primaryTag, nounSingular, type Token, WordMap, WordSet } from '@mtlint/text';

// German "bekommen" means "get, receive", and MT renders it with its look-alike "become": "The workers become a
// raise", "The striker becomes a two-year contract". English "become" + a noun phrase names what the subject turns into: a
// role ("became a doctor"), a group, a state or quality ("became a problem"). What one receives is money, a thing
// or a document, which no person turns into.

// A thing received: WordNet files it under possession (refund, salary, bonus, pension, loan) or, with no abstract
// sense beside, under artifact (shirt, car, ticket). Nouns with a sense of person, group, place or quality are
// things a person can become ("a tool of the regime", "a fixture at the club", "the property of the state").
const RECEIVED_SENSES = new WordSet(['noun.possession', 'noun.artifact']);
const BECOMABLE_SENSES = new WordSet(['noun.person', 'noun.group', 'noun.location', 'noun.attribute', 'noun.state', 'noun.body', 'noun.animal']);
const ABSTRACT_SENSES = new WordSet(['noun.cognition', 'noun.communication', 'noun.feeling']);
// Forms of "become" and the matching forms of "get".
const GET: WordMap<string> = new WordMap([['become', 'get'], ['becomes', 'gets'], ['became', 'got'], ['becoming', 'getting']]);
// Subjects that are people: personal pronouns, and nouns with WordNet's person or group senses.
const PERSON_PRONOUNS = new WordSet(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
const PERSON_SUBJECT_SENSES = new WordSet(['noun.person', 'noun.group']);
// A letter is a person too in WordNet (a letterman); a singular subject that can be something written is that.
const THING_SENSES = new WordSet(['noun.artifact', 'noun.location', 'noun.object', 'noun.communication']);

// Papers a person receives, which WordNet files under communication beside figurative senses that a subject can turn
// into ("became a symbol", "a warning to others", "an answer to the critics", "a bill"): these have none in use.
const RECEIVED_PAPERS = new WordSet(['letter', 'invoice', 'visa', 'permit', 'licence', 'license', 'ticket', 'diploma', 'certificate', 'passport', 'email', 'e-mail', 'parcel', 'package']);

/**
 * Whether the subject before the verb group ending at `v` is a person or group of people. With `anyPerson`, a singular
 * noun that is also a thing counts ("the driver"): nothing turns into a fine, a salary or a letter either.
 */
function personSubject(tokens: readonly Token[], v: number, anyPerson: boolean): boolean {
  let s = v - 1;
  while (s >= 0 && tokens[s]!.kind === 'word' && (isModal(tokens[s]!) || isAdverb(tokens[s]!) || /^(will|would|to|not|also|then|now)$/.test(tokens[s]!.lower))) s--;
  const subject = tokens[s];
  if (subject === undefined || subject.kind !== 'word') return false;
  if (PERSON_PRONOUNS.hasToken(subject)) return true;
  // A name may be a ship or a building ("The Skipjack became the fastest submarine", "St. Sophia became a museum"):
  // only pronouns and nouns of people count.
  // A capital at the sentence start is no name: "Farmers will become …".
  const tag = s === tokens.findIndex((t) => t.kind === 'word') && /^NNPS?$/.test(primaryTag(subject)) ? (subject.lower.endsWith('s') ? 'NNS' : 'NN') : primaryTag(subject);
  if (tag !== 'NN' && tag !== 'NNS') return false;
  const senses = nounSenses(nounSingular.of(subject));
  // A singular noun with a sense of a thing as well ("the old mill", a person in WordNet too) may be that thing;
  // in the plural ("club members", "strikers") people are far likelier.
  if (tag === 'NN' && !anyPerson && senses.some((x) => THING_SENSES.has(x))) return false;
  return senses.some((x) => PERSON_SUBJECT_SENSES.has(x));
}

/** Whether the noun `head` names a thing one receives and cannot turn into. */
function received(head: Token): boolean {
  const singular = nounSingular.of(head);
  if (RECEIVED_PAPERS.has(singular)) return true;
  const senses = nounSenses(singular);
  if (!senses.some((x) => RECEIVED_SENSES.has(x)) || senses.some((x) => BECOMABLE_SENSES.has(x))) return false;
  // An artifact with an abstract sense beside may be figurative ("became a burden"); a possession may not.
  return senses.includes('noun.possession') || !senses.some((x) => ABSTRACT_SENSES.has(x));
}

export default defineRule({
  meta: {
    id: 'become-for-get',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.7,
    description: '"become" where German "bekommen" means "get, receive": "The workers become a raise".',
    sourceHint: 'German "bekommen" (to get, to receive), a false friend of English "become".',
    fixable: false,
  },
  needs: [(t) => GET.has(t.lower)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const verb = tokens[i]!;
      const get = GET.getToken(verb);
      if (get === undefined || lemma.of(verb) !== 'become') continue;
      const end = nounPhraseEnd(tokens, i + 1);
      if (end <= i + 1 || !['DT', 'PRP$', 'CD', 'JJ', 'JJR', 'NN', 'NNS'].includes(primaryTag(tokens[i + 1]))) continue;
      const head = tokens[end - 1]!;
      if (head.kind !== 'word' || !received(head)) continue;
      const singular = nounSingular.of(head);
      const senses = nounSenses(singular);
      if (!personSubject(tokens, i, RECEIVED_PAPERS.has(singular) || (senses.length > 0 && senses.every((x) => x === 'noun.possession')))) continue;
      reports.push({
        start: verb.start,
        end: verb.end,
        message: `"${verb.text} ${tokens.slice(i + 1, end).map((t) => t.text).join(' ')}": a person does not turn into a ${head.text}; German "bekommen" means "${get}" or "receive".`,
        suggestions: [{ start: verb.start, end: verb.end, replacement: /^\p{Lu}/u.test(verb.text) ? get[0]!.toUpperCase() + get.slice(1) : get }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The nurses become a bonus of 300 euros.', output: 'The nurses get a bonus of 300 euros.' },
      { text: 'Every pupil becomes a free laptop.', output: 'Every pupil gets a free laptop.' },
      { text: 'The victims became compensation from the state.', output: 'The victims got compensation from the state.' },
      { text: 'She will become her pension in May.', output: 'She will get her pension in May.' },
      { text: 'The cyclist became a fine of 80 euros.', output: 'The cyclist got a fine of 80 euros.' },
      { text: 'My neighbour became a letter from the court.', output: 'My neighbour got a letter from the court.' },
      { text: 'Every student becomes a certificate at the end.', output: 'Every student gets a certificate at the end.' },
    ],
    valid: [
      'She became a doctor in 1990.',
      'He became a member of the board.',
      'They became the owners of the farm.',
      'The house became the property of the state.',
      'He became a tool of the regime.',
      'The old mill became a museum.',
      'She became a fixture at the club.',
      'He became a burden to his family.',
      'The nurses got a bonus of 300 euros.',
      'The town became a symbol of resistance.',
      'The Nautilus became the fastest submarine afloat.',
      'After the war, St. Anne became a museum.',
      'His death became a warning to others.',
      'The proposal became a bill in May.',
      'The song became an answer to the critics.',
      'The old mill became a hotel.',
      'The letter became a symbol of the protest.',
    ],
  },
});
