import { defineRule, type Report } from '@mtlint/engine';
import { indefiniteArticle, isWordToken, nounSenses, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// Russian, Polish, Czech, Ukrainian, Turkish, Persian, Hindi, Indonesian, Vietnamese and Finnish have no indefinite
// article, and MT writes a job or a role bare after "be", "become" and "work as": "He is teacher", "Her husband is
// engineer and she is doctor", "She works as nurse". English gives a role held by many people "a": "He is a teacher".

// Not "'s", which is a possessive as often ("Gladden's wife", "the ship's carpenter", Brown).
const LINKING = new WordSet(['is', 'was', 'am', "'m", 'became', 'becomes', 'become', 'as']);
// "as" links a role only after these verbs ("works as nurse"); elsewhere it compares or gives a time.
const AS_VERBS = new WordSet(['work', 'works', 'worked', 'working', 'employed', 'hired', 'trained', 'job']);
// Roles that one person holds at a time, which English writes bare after "be", "become" and "as": "became president",
// "was elected mayor", "served as chairman", "is captain", "was judge". And nouns that take no article in idioms:
// "is witness to", "was heir to", "was guest of honour".
const UNIQUE_ROLES = new WordSet([
  'president', 'chairman', 'chairwoman', 'chair', 'head', 'director', 'mayor', 'captain', 'minister', 'secretary',
  'chief', 'editor', 'king', 'queen', 'leader', 'governor', 'premier', 'chancellor', 'speaker', 'treasurer', 'coach',
  'manager', 'principal', 'dean', 'pope', 'emperor', 'empress', 'prince', 'princess', 'sheriff', 'commissioner',
  'ambassador', 'counsel', 'champion', 'host', 'hostess', 'partner', 'judge', 'witness', 'heir', 'master', 'mistress',
  'guest', 'author', 'founder', 'owner', 'publisher', 'producer', 'conductor', 'curator', 'superintendent',
  'commander', 'general', 'admiral', 'bishop', 'archbishop', 'rector', 'pastor', 'vicar', 'abbot', 'prior',
  'professor', 'chaplain', 'steward', 'trustee', 'executor', 'guardian', 'godfather', 'godmother', 'sponsor',
  'spokesman', 'spokeswoman', 'spokesperson', 'understudy', 'deputy', 'successor', 'predecessor', 'proof', 'party',
  'resident',
]);

// Senses that let the noun stand bare as a mass or a quality after "be" ("He was fire and ice", "She was all charm").
// A past participle ("when he was shot", Brown) is a passive; a disease, a star sign or a crab is no role ("Mrs. Craven
// was cancer", the cancer drive, Brown).
const NOT_ROLES = new Set(['noun.substance', 'noun.food', 'noun.feeling', 'noun.attribute', 'noun.time', 'noun.phenomenon', 'noun.animal', 'noun.object', 'noun.quantity']);

/** A lower-case singular noun that names people ("teacher", "nurse", "engineer"), not a role held alone. */
function isRoleNoun(t: Token | undefined): t is Token {
  if (!isWordToken(t) || t.text !== t.lower || primaryTag(t) !== 'NN' || UNIQUE_ROLES.hasToken(t) || t.tags.includes('VBN')) return false;
  const senses = nounSenses.of(t);
  return senses.includes('noun.person') && !senses.some((sense) => NOT_ROLES.has(sense));
}

// "for" names whom a unique post serves ("was telegrapher for the company", "ghost writer for Babe Ruth", Brown).
const CLOSING_WORDS = new WordSet(['and', 'at', 'in', 'on', 'with', 'by', 'from', 'since']);

/**
 * After the noun: the end of the sentence or a comma, "and", or a place or time ("is teacher at a school"). Not a
 * semicolon, which closes Brown's older bare posts ("One of the leading members was cook;").
 */
function endsRole(tokens: readonly Token[], at: number, afterAs: boolean): boolean {
  const t = tokens[at];
  // After "works as", "for" names the employer and "of" the subject taught or the body served ("worked as programmer
  // for a bank", "worked as teacher of history"): the verb already makes the noun a job many people hold.
  if (afterAs && (t?.lower === 'for' || t?.lower === 'of')) return true;
  if (t === undefined) return true;
  if (t.kind === 'punct') return t.text === '.' || t.text === ',' || t.text === '!';
  // "was historian and economist enough to know" (Brown): a degree, not a post.
  if (t.lower === 'and' && tokens.slice(at + 1, at + 4).some((later) => later.lower === 'enough')) return false;
  // "for" + a length of time ("worked as driver for twenty years"), not an employer.
  if (t.lower === 'for') return tokens[at + 1]?.kind === 'number' || primaryTag(tokens[at + 1]) === 'CD' || tokens[at + 1]?.lower === 'many';
  return CLOSING_WORDS.hasToken(t);
}

/** The subject before "be" names a person: a personal pronoun, a noun of people, or a name ("Maria is", "he was"). */
function isPersonSubject(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  if (PERSONAL_PRONOUNS.hasToken(t)) return true;
  const tag = primaryTag(t);
  if (tag === 'NNP') return true;
  return /^NNS?$/.test(tag) && nounSenses.of(t).includes('noun.person');
}
const PERSONAL_PRONOUNS = new WordSet(['i', 'he', 'she']);

export default defineRule({
  meta: {
    id: 'bare-role-noun',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A job or role without "a" after "be", "become" or "work as": "He is teacher", "She works as nurse".',
    sourceHint: 'Sources without an indefinite article (Slavic languages, Turkish, Persian, Hindi, Indonesian, Vietnamese, Finnish).',
    fixable: true,
  },
  needs: [(t) => LINKING.hasToken(t)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      const link = tokens[i]!;
      if (!LINKING.hasToken(link)) continue;
      if (link.lower === 'as' && !AS_VERBS.hasToken(tokens[i - 1]!)) continue;
            // "This group is secularist" (Brown) names no person.
      if (link.lower !== 'as' && !isPersonSubject(tokens[i - 1])) continue;
      // One lower-case modifier may stand before the noun ("is government servant", "is good teacher"), other than a
      // unique role's own ("was chief repository of the gossip", Brown).
      let n = i + 1;
      const modifier = tokens[n];
      if (isWordToken(modifier) && modifier.text === modifier.lower && /^(JJ|NN)$/.test(primaryTag(modifier)) && !UNIQUE_ROLES.hasToken(modifier) && !isRoleNoun(modifier) && isRoleNoun(tokens[n + 1])) n++;
      const noun = tokens[n];
      if (!isRoleNoun(noun) || !endsRole(tokens, n + 1, link.lower === 'as') || quotedMask(sentence)[n]) continue;
      const first = tokens[i + 1]!;
      const article = indefiniteArticle(first.lower);
      reports.push({
        start: first.start,
        end: noun.end,
        message: `A job or role held by many people takes "${article}" in English: "${link.text} ${article} ${tokens.slice(i + 1, n + 1).map((t) => t.text).join(' ')}".`,
        suggestions: [{ start: first.start, end: first.start, replacement: `${article} ` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Her husband is engineer and she is doctor.', output: 'Her husband is an engineer and she is a doctor.' },
      { text: 'She works as nurse at the city hospital.', output: 'She works as a nurse at the city hospital.' },
      { text: 'My father was government servant.', output: 'My father was a government servant.' },
      { text: 'He worked as programmer for a bank.', output: 'He worked as a programmer for a bank.' },
    ],
    valid: [
      'Her husband is an engineer and she is a doctor.',
      'He became president in 1990.',
      'She was elected mayor.',
      'He served as chairman for ten years.',
      'He is professor of physics at Leeds.',
      'She was witness to the crash.',
      'It is child care that costs most.',
      'The teacher is here.',
      'As teacher and pupil, they met daily.',
      'He is head of the department.',
      'She worked as editor of the paper for years.',
      'Then he began his career as critic for various magazines.',
      'He was telegrapher for the company.',
    ],
  },
});
