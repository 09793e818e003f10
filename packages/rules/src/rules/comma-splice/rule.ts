import { defineRule, type Report } from '@mtlint/engine';
import { analyseSentence, hasFiniteReading, isAdverb, isFiniteVerb, isModal, isPronoun, isSubordinator, isWordToken, lemma, nounSenses, primaryTag, quotedMask, type Sentence, type Token, WordSet } from '@mtlint/text';

// Chinese (and Japanese, Korean) runs two full sentences on with a comma ("该公司成立于2019年，现有员工300人"), and MT
// keeps the comma: "The company opened in 2019, it now employs 300 people." English joins them with a full stop, a
// semicolon or a conjunction. Literary English splices too ("He turned, he ran", "It is not a game, it is war"), so the
// rule reads only the shape such prose lacks: a full clause with a noun subject, then a comma and a pronoun that takes
// that subject up again with a verb of its own, the rest of the sentence one plain clause.

const PRONOUNS = new Set(['it', 'they', 'he', 'she']);
// A negation makes the splice a contrast that English writes so ("The law is not a wish, it is a duty").
const NEGATIONS = new WordSet(['not', "n't", '’t', 'never', 'no', 'nor', 'neither']);
// Verbs of saying and thinking: "…, it was announced today", "…, he decided", or a first clause that reports ("Tom said
// he almost cried, he was so …"): a speech tag or an embedding, not a second sentence.
const REPORTING = new WordSet([
  'say', 'tell', 'announce', 'report', 'add', 'state', 'note', 'explain', 'reply', 'ask', 'write', 'claim', 'argue', 'insist',
  'think', 'believe', 'know', 'hope', 'feel', 'guess', 'suppose', 'decide', 'agree', 'realize', 'realise', 'understand', 'fear',
  'expect', 'wonder', 'remember', 'recall', 'admit', 'assume', 'seem', 'appear', 'learn', 'hear', 'confirm', 'warn', 'promise',
  'declare', 'reckon', 'doubt', 'imagine', 'mean', 'conclude', 'find', 'see', 'notice', 'whisper', 'shout', 'cry', 'answer',
  'mutter', 'murmur', 'suggest', 'predict', 'estimate', 'figure', 'judge', 'bet', 'swear', 'deny', 'acknowledge', 'concede',
  'observe', 'remark', 'comment', 'repeat', 'continue', 'go', 'begin',
]);
// Punctuation that leaves the second clause more than one plain clause: a list of clauses, an aside, a quotation.
const INNER_PUNCTUATION = new WordSet([',', ';', ':', '—', '–', '-', '(', ')', '"', '“', '”']);

const MIN_FIRST_CLAUSE = 6;
const isVerbHead = (t: Token | undefined): t is Token => isWordToken(t) && (isFiniteVerb(t) || isModal(t));
const reports = (t: Token): boolean => REPORTING.has(lemma.of(t));

/**
 * The pronoun takes up the first clause's subject: "it" a singular thing, "they" a plural, "he"/"she" a person (a
 * noun of WordNet's noun.person or a name). "Her eyes had opened, she had caught …" (Brown) has no such link.
 */
function takesUp(pronoun: string, head: Token): boolean {
  const tag = primaryTag(head);
  const plural = tag === 'NNS' || tag === 'NNPS';
  if (pronoun === 'they') return plural;
  if (plural) return false;
  if (pronoun === 'it') return tag === 'NN';
  return tag === 'NNP' || nounSenses.of(head).includes('noun.person');
}

// The second clause's first word in either pattern: a pronoun, or "nobody" / "no one".
const NEEDED_OPENERS = new Set([...PRONOUNS, 'nobody', 'one']);
const BE_PAST = new WordSet(['was', 'were']);
const HAVE_FORMS = new WordSet(['has', 'have', 'had']);

/**
 * "The passengers were evacuated, nobody was injured.", "The fire was quickly put out, no one has been hurt in it.": a
 * news report's aftermath spliced on with a comma, "nobody" or "no one" and a passive closing the sentence. Brown has
 * no such sentence; English joins them with a semicolon, a full stop or "and". Left alone: a first part that is a
 * subordinate clause or a phrase ("When the bomb went off, nobody was hurt", "Luckily, no one was harmed"), or one with
 * a comma or a negation of its own.
 */
function nobodyHarmed(sentence: Sentence): Report | undefined {
  const tokens = sentence.tokens;
  let comma = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (tokens[k]!.kind !== 'punct') continue;
    if (comma >= 0 || tokens[k]!.text !== ',') return undefined;
    comma = k;
  }
  if (comma < 4) return undefined;
  const opener = tokens[comma + 1]!;
  const words = opener.lower === 'nobody' ? 1 : opener.lower === 'no' && tokens[comma + 2]?.lower === 'one' ? 2 : 0;
  if (words === 0) return undefined;
  let k = comma + 1 + words;
  if (HAVE_FORMS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'been') k += 2;
  else if (BE_PAST.has(tokens[k]?.lower ?? '')) k++;
  else return undefined;
  const participle = tokens[k];
  if (!isWordToken(participle) || !participle.tags.includes('VBN') || !/^(VBN|VBD|JJ)$/.test(primaryTag(participle))) return undefined;
  // The rest, if any, is plain phrases: no clause, no second verb.
  const analysis = analyseSentence(sentence);
  for (let j = k + 1; j < tokens.length - 1; j = analysis.chunkAt(j).end) {
    const kind = analysis.chunkAt(j).kind;
    if (kind !== 'PP' && kind !== 'ADVP' && kind !== 'NP') return undefined;
  }
  // The first part: a clause of its own, opened by its subject, with a finite verb and no negation.
  const first = tokens[0]!;
  if (!isWordToken(first) || isSubordinator(first) || primaryTag(first) === 'IN' || primaryTag(first) === 'RB' || primaryTag(first) === 'VBG' || primaryTag(first) === 'VBN') return undefined;
  let finite = false;
  for (let j = 0; j < comma; j++) {
    if (NEGATIONS.hasToken(tokens[j]!) || analysis.chunkAt(j).kind === 'SUB') return undefined;
    if (j > 0 && isVerbHead(tokens[j])) finite = true;
  }
  if (!finite) return undefined;
  return {
    start: tokens[comma]!.start,
    end: tokens[comma + words]!.end,
    message: `A comma joins two full sentences here; English needs a full stop, a semicolon or "and" before "${tokens.slice(comma + 1, comma + 1 + words).map((t) => t.text).join(' ')}".`,
    suggestions: [{ start: tokens[comma]!.start, end: tokens[comma]!.end, replacement: ';' }],
  };
}

export default defineRule({
  meta: {
    id: 'comma-splice',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.7,
    description: 'Two sentences joined by a comma, the second opening with a pronoun for the first one\'s subject: "The museum opened in 2019, it has 40 rooms."',
    sourceHint: 'Chinese, Japanese and Korean, which run sentences on with a comma.',
    fixable: true,
  },
  needs: [new Set([',']), NEEDED_OPENERS],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    if (!sentence.terminated || tokens.at(-1)?.text !== '.') return [];
    const aftermath = nobodyHarmed(sentence);
    if (aftermath) return [aftermath];
    // The analysis only where a comma stands right before one of the pronouns: most sentences with both have neither
    // next to the other.
    if (!tokens.some((t, k) => t.text === ',' && PRONOUNS.has(tokens[k + 1]?.text ?? ''))) return [];
    const analysis = analyseSentence(sentence);
    const chunks = analysis.chunks;
    // One opening adverbial and its comma may stand before the subject: "Last year, the firm …".
    let c = 0;
    const opening = chunks[0];
    if (opening !== undefined && (opening.kind === 'PP' || opening.kind === 'ADVP' || opening.time) && tokens[opening.end]?.text === ',') c = 2;
    const subject = chunks[c];
    if (subject?.kind !== 'NP' || subject.time || isPronoun(tokens[subject.start]!)) return [];
    const head = tokens[subject.end - 1]!;
    if (!/^NNP?S?$/.test(primaryTag(head))) return [];
    c++;
    while (chunks[c]?.kind === 'PP') c++;
    const verb = chunks[c];
    if (verb?.kind !== 'VERB' || !isVerbHead(tokens[verb.start]) || reports(tokens[verb.end - 1]!)) return [];
    let comma = verb.end;
    for (; comma < tokens.length && tokens[comma]!.text !== ','; comma++) {
      const t = tokens[comma]!;
      if (t.kind === 'punct' || NEGATIONS.hasToken(t)) return [];
      const kind = analysis.chunkAt(comma).kind;
      if (kind === 'SUB' || kind === 'CC') return [];
    }
    for (let j = subject.start; j < verb.end; j++) if (NEGATIONS.hasToken(tokens[j]!)) return [];
    // Short parallel clauses are literature's splices ("The doctor was kind, she listened"): the first clause must run
    // to at least six words from its subject, as MT's do ("The museum is located in the old town, it …").
    if (comma - subject.start < MIN_FIRST_CLAUSE) return [];
    const pronoun = tokens[comma + 1];
    if (!isWordToken(pronoun) || !PRONOUNS.has(pronoun.text) || !takesUp(pronoun.text, head)) return [];
    let at = comma + 2;
    if (isWordToken(tokens[at]) && isAdverb(tokens[at]!) && !NEGATIONS.hasToken(tokens[at]!)) at++;
    // After a subject pronoun any finite reading is the verb: "they also last thirty hours" ("last" is first an adjective).
    const finite = tokens[at];
    if (!isWordToken(finite) || !hasFiniteReading(finite)) return [];
    const group = analysis.chunkAt(at);
    const main = tokens[group.kind === 'VERB' ? group.end - 1 : at]!;
    // "…, he decided." "…, it was announced yesterday.", "…, they agreed at once.": a speech tag, which a verb of saying
    // or thinking with at most two words after it is; the second clause must say something of its own.
    const after = tokens.length - 1 - Math.max(group.end, at + 1);
    if (after <= 0 || (reports(main) && after <= 2)) return [];
    // One plain clause to the end: no clause of its own inside it and no second finite verb ("it occurs as the act …
    // insofar as it is …, and has not yet reached …", Brown's one finding before this test).
    for (let j = at + 1; j < tokens.length - 1; j++) {
      const chunk = analysis.chunkAt(j);
      if (INNER_PUNCTUATION.has(tokens[j]!.text) || chunk.kind === 'SUB') return [];
      if (chunk.kind === 'VERB' && chunk.start === j && j >= group.end && isVerbHead(tokens[j])) return [];
    }
    if (quotedMask(sentence)[comma]) return [];
    const report: Report = {
      start: tokens[comma]!.start,
      end: pronoun.end,
      message: `A comma joins two full sentences here; English needs a full stop, a semicolon or "and" before "${pronoun.text}".`,
      suggestions: [{ start: tokens[comma]!.start, end: tokens[comma]!.end, replacement: ';' }],
    };
    return [report];
  },
  examples: {
    invalid: [
      { text: 'The gallery opened in the old mill in 2015, it now shows local painters.', output: 'The gallery opened in the old mill in 2015; it now shows local painters.' },
      { text: 'This shampoo is made for oily hair, it contains tea tree oil.', output: 'This shampoo is made for oily hair; it contains tea tree oil.' },
      { text: 'The new trains were delivered in May, they will run on the coastal line.', output: 'The new trains were delivered in May; they will run on the coastal line.' },
      { text: 'Last spring, the mayor visited the flooded villages, he met the families in the school.', output: 'Last spring, the mayor visited the flooded villages; he met the families in the school.' },
      { text: 'The guests were led out of the hotel, nobody was injured.', output: 'The guests were led out of the hotel; nobody was injured.' },
      { text: 'A crane toppled onto the street, no one has been hurt in the incident.', output: 'A crane toppled onto the street; no one has been hurt in the incident.' },
    ],
    valid: [
      'The gallery opened in the old mill in 2015; it now shows local painters.',
      'He turned, he ran, he was gone.',
      'The law is not a wish, it is a duty.',
      'The winner was chosen last night, it was announced today.',
      'The plan would fail, she decided.',
      'Her eyes had opened, she had caught a glimpse of the sea.',
      'The road was closed, the bridge was down.',
      'The price rose in March, and it kept rising.',
      'The market grew quickly, it seems.',
      'The engine stalled, it coughed, it died.',
      'The nurse was kind, she listened carefully.',
      'When the shop opened, it had two staff.',
      'The tower is tall, it is said.',
      '"The room is small, it has no window," she said.',
      'When the crane toppled, nobody was hurt.',
      'Luckily, no one was injured.',
      'He fired twice, nobody was hit.',
      'The hall was full, but nobody was hurt.',
    ],
  },
});
