import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isModal, isProperNoun, isWordToken, nounPhraseEnd, quotedMask, type Token, WordSet } from '@mtlint/text';

// German sets every subordinate clause off with a comma, also a reported clause without "dass": "Der Minister sagte,
// er werde zurücktreten". MT keeps the comma: "The minister said, he would resign". English writes no comma between
// a verb of saying or thinking and its reported clause ("said he would resign", "said that he would resign").

// Verbs that report a clause ("said he would", "believes the plan will"): saying and thinking, past and present.
const REPORTING = new WordSet([
  'said', 'says', 'stated', 'states', 'announced', 'announces', 'explained', 'explains', 'added', 'adds', 'noted', 'notes',
  'stressed', 'stresses', 'emphasized', 'emphasizes', 'emphasised', 'emphasises', 'claimed', 'claims', 'reported', 'reports',
  'warned', 'warns', 'insisted', 'insists', 'argued', 'argues', 'admitted', 'admits', 'confirmed', 'confirms', 'declared',
  'declares', 'promised', 'promises', 'predicted', 'predicts', 'acknowledged', 'acknowledges', 'revealed', 'reveals',
  'recalled', 'recalls', 'conceded', 'concedes', 'estimated', 'estimates', 'wrote', 'writes', 'replied', 'replies',
  'believes', 'believed', 'thinks', 'thought', 'hopes', 'hoped', 'fears', 'feared', 'expects', 'expected', 'assumes',
  'assumed', 'doubts', 'doubted',
]);
// Present forms after a plural speaker ("farmers fear, …", "experts believe, …").
const REPORTING_PLURAL = new WordSet(['say', 'state', 'announce', 'explain', 'note', 'stress', 'claim', 'warn', 'insist', 'argue', 'admit', 'confirm', 'believe', 'think', 'hope', 'fear', 'expect', 'assume', 'doubt', 'predict', 'estimate']);
const POINT = new WordSet(['point', 'points', 'pointed']);
// Subject pronouns of a reported clause in the third person: "I" and "we" after a comma are direct speech without
// quotation marks as often ("He said, I will come").
const THIRD_PERSON = new WordSet(['he', 'she', 'it', 'they', 'there']);
// How many words the speaker may take before the verb: "the deputy prime minister said", "the head of the city police said".
const MAX_SPEAKER = 7;

const SUBJECT_PRONOUNS = new WordSet(['he', 'she', 'they', 'we', 'i']);
const isSpeakerWord = (t: Token) => isDeterminer(t) || isProperNoun(t) || /^(NN|NNS|NNP|NNPS|JJ)$/.test(t.tags[0] ?? '');

/** Where the speaker and reporting verb that open the sentence end (after the verb), or -1. */
function openingReportVerbEnd(tokens: readonly Token[]): number {
  // "As promised, …", "If he said, …": the sentence must open with its speaker.
  const first = tokens[0];
  if (!isWordToken(first) || !(isSpeakerWord(first) || SUBJECT_PRONOUNS.hasToken(first))) return -1;
  for (let i = 1; i < tokens.length && i <= MAX_SPEAKER; i++) {
    const t = tokens[i]!;
    if (REPORTING.hasToken(t) && /^VB[DZN]?$/.test(t.tags[0] ?? '')) return i + 1;
    const previous = tokens[i - 1]!;
    const pluralSpeaker = previous.tags[0] === 'NNS' || previous.lower === 'they' || previous.lower === 'we';
    // "Experts point out, …", "The study pointed out, …": the phrasal verb of saying.
    if (POINT.hasToken(t) && tokens[i + 1]?.lower === 'out' && (t.lower !== 'point' || pluralSpeaker)) return i + 2;
    if (REPORTING_PLURAL.hasToken(t) && pluralSpeaker && t.tags.includes('VBP')) return i + 1;
    // "The spokesman of the police stated, …": an "of" phrase may close the speaker.
    if (!isWordToken(t) || !(isSpeakerWord(t) || t.lower === 'of')) return -1;
  }
  return -1;
}

/** Whether a clause opens at `at`: a third-person pronoun or a noun phrase, then a finite verb or a modal. */
function opensClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!isWordToken(first)) return false;
  let verbAt: number;
  if (THIRD_PERSON.hasToken(first)) verbAt = at + 1;
  // An adjective may open a bare plural: "said, elderly people should …".
  else if (isDeterminer(first) || isProperNoun(first) || /^(NNS?|CD|JJ)$/.test(first.tags[0] ?? '')) verbAt = nounPhraseEnd(tokens, at);
  else return false;
  if (verbAt <= at) return false;
  const verb = tokens[verbAt];
  // "She had, she said, heard …": a tag set off inside the clause, its verb followed by a comma.
  // A present the lexicon reads first as a base form counts after a plural: "young drivers take".
  const present = isWordToken(verb) && verb.tags.includes('VBP') && tokens[verbAt - 1]!.tags[0] === 'NNS';
  return isWordToken(verb) && (isFiniteVerb(verb) || isModal(verb) || present) && tokens[verbAt + 1]?.text !== ',';
}

export default defineRule({
  meta: {
    id: 'comma-before-reported-clause',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.7,
    description: 'A comma between a verb of saying or thinking and its reported clause: "The minister said, he would resign".',
    sourceHint: 'German sets off a reported clause without "dass" with a comma ("sagte, er werde zurücktreten").',
    fixable: true,
  },
  needs: [(t) => REPORTING.hasToken(t) || REPORTING_PLURAL.hasToken(t) || POINT.hasToken(t), new Set([',', ':'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    if (tokens.length < 5) return [];
    const end = openingReportVerbEnd(tokens);
    // "That said, …", "This said, …": a fixed phrase of concession, no speaker.
    if (end === 2 && isDeterminer(tokens[0]!)) return [];
    const mark = tokens[end];
    if (end < 0 || (mark?.text !== ',' && mark?.text !== ':') || !opensClause(tokens, end + 1)) return [];
    if (quotedMask(sentence)[end + 1]) return [];
    const verb = tokens[end - 1]!;
    if (mark.text === ':') {
      // "The minister stressed: the reform will go on" (Russian "подчеркнул: …"): a colon before reported speech
      // with no quotation marks. A capital after the colon may open direct speech, so only a lower-case word counts.
      if (!/^\p{Ll}/u.test(tokens[end + 1]!.text)) return [];
      return [{
        start: verb.start,
        end: mark.end,
        message: `No colon between "${verb.text}" and the clause it reports: "${verb.text} that ${tokens[end + 1]!.text} …".`,
        suggestions: [{ start: mark.start, end: mark.end, replacement: ' that' }],
      } satisfies Report];
    }
    return [
      {
        start: verb.start,
        end: mark.end,
        message: `No comma between "${verb.text}" and the clause it reports: "${verb.text} ${tokens[end + 1]!.text} …" (or "${verb.text} that …").`,
        suggestions: [{ start: mark.start, end: mark.end, replacement: '' }],
      } satisfies Report,
    ];
  },
  examples: {
    invalid: [
      { text: 'The minister said, he would resign in May.', output: 'The minister said he would resign in May.' },
      { text: 'The coach believes, the team can still win the cup.', output: 'The coach believes the team can still win the cup.' },
      { text: 'Local farmers fear, the drought will last all summer.', output: 'Local farmers fear the drought will last all summer.' },
      { text: 'The spokeswoman explained, it was too early to say.', output: 'The spokeswoman explained it was too early to say.' },
      { text: 'The head of the fire service stated, the roads were closed.', output: 'The head of the fire service stated the roads were closed.' },
      { text: 'The governor stressed: the dam is safe.', output: 'The governor stressed that the dam is safe.' },
      { text: 'Doctors warn: flu cases will rise in January.', output: 'Doctors warn that flu cases will rise in January.' },
      { text: 'Researchers point out, young drivers take more risks.', output: 'Researchers point out young drivers take more risks.' },
    ],
    valid: [
      'The minister said he would resign in May.',
      'As the minister said, he would resign in May.',
      'In the city, he said, the waiting list is long.',
      'Whatever the critics thought, the public loved it.',
      'The minister said, however, that he would stay.',
      'The coach said, “We will win the cup.”',
      'He said, I will come tomorrow.',
      'The mayor said, in a statement on Monday, that the roads would reopen.',
      'Said the old man, he would never leave.',
      'She had, she said, heard the news.',
      'Its ribs showed, it was a thin dog.',
      'As promised, the agencies have published the rules.',
      'He said: "We are ready."',
      'The report notes: See the appendix for details.',
      'The sign said: no entry.',
      'Two things were noted: speed and cost.',
      'She added: we will see.',
      'That said, reviewers should be patient.',
    ],
  },
});
