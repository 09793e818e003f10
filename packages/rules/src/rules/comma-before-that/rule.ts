import { defineRule, type Report } from '@mtlint/engine';
import {
  isAdjective, isAdverb, isCoordinator, isDeterminer, isFiniteVerb, isModal, isPastAfterNoun, isPreposition, isPronoun, isSubordinator, isVerb, lemma, nounSenses, takesIndirectQuestion,
  verbSenses, type Token, WordSet,
} from '@mtlint/text';
import { takesInfinitiveAt } from '../../clause-order.js';
import brown from './that-clause-nouns.js';

// Supersenses whose words take a "that" clause: say, warn, think, know, fear, hope, claim, belief, concern.
const VERB_SENSES = new WordSet(['verb.communication', 'verb.cognition', 'verb.emotion', 'verb.perception']);
const NOUN_SENSES = new WordSet(['noun.communication', 'noun.cognition', 'noun.feeling']);
// How far back (in words) the head of the clause may stand: "concern in the United States, that …".
const LOOKBACK = 6;

// Nouns that Brown follows with a "that" clause in 6% or more of their uses ("the fact that", "the fear that"),
// counted by tools/brown-lists: after them a comma before "that" is the German one.
const THAT_CLAUSE_NOUNS = new WordSet(brown.nouns);
// Adjectives that take a "that" clause: "make sure that", "It is clear that", "She was convinced that".
const THAT_CLAUSE_ADJECTIVES = new WordSet([
  'sure', 'certain', 'clear', 'aware', 'convinced', 'confident', 'obvious', 'evident', 'possible', 'likely', 'unlikely', 'important', 'essential',
  'necessary', 'vital', 'crucial', 'true',
]);

function takesThatClause(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const tag = token.tags[0] ?? '';
  // "want" takes no "that" clause at all in English: want-that-clause rewrites "wants, that they stay" whole.
  if (tag.startsWith('VB')) return lemma.of(token) !== 'want' && verbSenses.of(token).some((s) => VERB_SENSES.has(s));
  if (tag === 'NN' || tag === 'NNS') return nounSenses.of(token).some((s) => NOUN_SENSES.has(s));
  return THAT_CLAUSE_ADJECTIVES.hasToken(token);
}

export default defineRule({
  meta: {
    id: 'comma-before-that',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'Comma before a "that" clause that completes a verb or noun of saying, thinking or feeling.',
    sourceHint: 'German and Russian set off every subordinate clause with a comma ("sagte, dass", "сказал, что").',
    fixable: true,
  },
  // A comma before 'that' or before a question word.
  needs: [new Set([',']), (t) => t.lower === 'that' || t.lower === 'to' || QUESTION_WORDS.hasToken(t) || EXTRAPOSED_QUESTION_WORDS.hasToken(t) || t.lower === 'whose'],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // Where the first "so", "such" or "that" stands, found once per sentence that has a candidate.
    let firstLink: number | undefined;
    for (let i = 1; i + 2 < tokens.length; i++) {
      const comma = tokens[i]!;
      const link = tokens[i + 1]!;
      if (comma.text !== ',') continue;
      // "Provided, That …" is a legal formula.
      if (link.lower === 'to') {
        const infinitive = commaBeforeInfinitive(tokens, i) ?? extraposedInfinitive(tokens, i);
        if (infinitive) reports.push(infinitive);
        continue;
      }
      const relative = commaBeforeDefiningRelative(tokens, i, doc.text);
      if (relative) {
        reports.push(relative);
        continue;
      }
      if (link.text !== 'that') {
        const question = QUESTION_WORDS.hasToken(link)
          ? indirectQuestion(tokens, i)
          : EXTRAPOSED_QUESTION_WORDS.hasToken(link) && (extraposedQuestion(tokens, i) ?? indirectQuestion(tokens, i));
        if (question) reports.push(question);
        continue;
      }
      const after = tokens[i + 2]!;
      firstLink ??= tokens.findIndex((t) => LINKS.hasToken(t));
      if (!(opensClause(after, tokens[i + 3]) || opensAfterVerb(tokens, i)) || !hasFiniteVerb(tokens, i + 2) || closesInsertion(tokens, i, firstLink) || isCleft(tokens, i)) continue;
      // "convinced of this, that …", "I doubt it, that …": the clause is in apposition to the pronoun.
      if (/^(this|it)$/.test(tokens[i - 1]!.lower)) continue;
      // "The problem is, that nobody pays" (German "Das Problem ist, dass"): the clause is the predicate of a noun.
      const predicate = COPULAS.hasToken(tokens[i - 1]!) && isNounToken(tokens[i - 2]);
      const head = predicate ? { confidence: undefined } : headBefore(tokens, i);
      if (head === undefined) continue;
      reports.push({
        start: comma.start,
        end: link.end,
        message: 'No comma before a "that" clause that completes the verb or noun before it.',
        ...(head.confidence === undefined ? {} : { confidence: head.confidence }),
        suggestions: [{ start: comma.start, end: link.start, replacement: ' ' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'It is not possible, to cancel the order after shipping.', output: 'It is not possible to cancel the order after shipping.' },
      { text: 'It is not allowed, to park in front of the gate.', output: 'It is not allowed to park in front of the gate.' },
      { text: 'It remains unclear, when the line will reopen.', output: 'It remains unclear when the line will reopen.' },
      { text: 'It is well known, that the old bridge needs repairs.', output: 'It is well known that the old bridge needs repairs.' },
      { text: 'Analysts say, that rents rise again.', output: 'Analysts say that rents rise again.' },
      { text: 'It is very important, that every pupil wears a helmet.', output: 'It is very important that every pupil wears a helmet.' },
      { text: 'It was obvious, that the bridge needed repairs.', output: 'It was obvious that the bridge needed repairs.' },
      { text: 'The spokesman said, that the talks would resume in May.', output: 'The spokesman said that the talks would resume in May.' },
      { text: 'There is a growing fear among farmers, that prices will fall.', output: 'There is a growing fear among farmers that prices will fall.' },
      { text: 'She expressed the hope, that both sides would return.', output: 'She expressed the hope that both sides would return.' },
      { text: 'Analysts believe, that the merger is unlikely.', output: 'Analysts believe that the merger is unlikely.' },
      { text: 'Nobody could tell us, whether the ferry would run.', output: 'Nobody could tell us whether the ferry would run.' },
      { text: 'Please check, if the heating is switched off.', output: 'Please check if the heating is switched off.' },
      { text: 'The guide explained, how the old mill worked.', output: 'The guide explained how the old mill worked.' },
      { text: 'The firm would not reveal, what price it had paid.', output: 'The firm would not reveal what price it had paid.' },
      { text: 'Make sure, that the windows are closed.', output: 'Make sure that the windows are closed.' },
      { text: 'The auditors found out, that the money was missing.', output: 'The auditors found out that the money was missing.' },
      { text: 'It is still unclear, if the ferry will run on Sunday.', output: 'It is still unclear if the ferry will run on Sunday.' },
      { text: 'Engineers doubt, whether the dam will hold.', output: 'Engineers doubt whether the dam will hold.' },
      { text: 'She doubted, whether the letter had arrived.', output: 'She doubted whether the letter had arrived.' },
      { text: 'The school decided, to close the gym in winter.', output: 'The school decided to close the gym in winter.' },
      { text: 'The nurses demand, that their shifts become shorter.', output: 'The nurses demand that their shifts become shorter.' },
      { text: 'It is expected, that the new line will open in May.', output: 'It is expected that the new line will open in May.' },
      { text: 'It is essential, that everyone registers before Friday.', output: 'It is essential that everyone registers before Friday.' },
      { text: 'Make sure, that we leave on time.', output: 'Make sure that we leave on time.' },
      { text: 'Inspectors doubt, if the repairs are finished.', output: 'Inspectors doubt if the repairs are finished.' },
      { text: 'The police reported, that three men were arrested.', output: 'The police reported that three men were arrested.' },
      { text: 'The problem is, that nobody wants to pay for the repairs.', output: 'The problem is that nobody wants to pay for the repairs.' },
      { text: 'Everybody, who bought a season pass, may park for free.', output: 'Everybody who bought a season pass may park for free.' },
      { text: 'The prize goes to those, who finish the course first.', output: 'The prize goes to those who finish the course first.' },
      { text: 'Anything, that you leave in the car, is at your own risk.', output: 'Anything that you leave in the car is at your own risk.' },
      { text: 'All, who want to volunteer, should sign up at the desk.', output: 'All who want to volunteer should sign up at the desk.' },
      { text: 'He became the first pilot, who flew the route without a stop.', output: 'He became the first pilot who flew the route without a stop.' },
      { text: 'Nobody knows, who will pay for the new roof.', output: 'Nobody knows who will pay for the new roof.' },
      { text: 'Inspectors want to find out, what damaged the pipes.', output: 'Inspectors want to find out what damaged the pipes.' },
      { text: 'The big question is, how the club will pay its players.', output: 'The big question is how the club will pay its players.' },
      { text: 'We still do not know, where the ferry will dock.', output: 'We still do not know where the ferry will dock.' },
      { text: 'Nobody could say, which bus goes to the airport.', output: 'Nobody could say which bus goes to the airport.' },
      { text: 'The minister stated, that unemployment had fallen.', output: 'The minister stated that unemployment had fallen.' },
      { text: 'The operator announced, that from next week trains will run hourly.', output: 'The operator announced that from next week trains will run hourly.' },
      { text: 'The coach explained, that young players need time.', output: 'The coach explained that young players need time.' },
      { text: 'Dr Marek Novak explained, which tests the patients need.', output: 'Dr Marek Novak explained which tests the patients need.' },
    ],
    valid: [
      'It was late, to be sure, but we went anyway.',
      'It seems clear, when you think about it, that prices will rise.',
      'It was cold, when we left the house.',
      'It is true, that nothing comparable has been found.',
      'He said that the talks would resume in May.',
      'We bought the house, that is, the one by the river.',
      'The plan was rejected, and that was the end of it.',
      'She wanted this, that and the other.',
      'After the vote, that decision was reversed.',
      'He finally admitted it, that much is clear.',
      'The company, that once dominated the market, is gone.',
      'It rained all week, so much so that the match was cancelled.',
      'He said, “That is not true.”',
      'It was then, a board member said later, that the plan changed.',
      'The idea was so simple, in fact, that it worked.',
      'He did not care that he was late, that the room was cold.',
      'Resolved, that the board shall meet monthly.',
      'The statute applies: Provided, That the funds are available.',
      'We will come tomorrow, if the weather allows.',
      'Ask him, if you see him, about the keys.',
      'As the mayor explained, what matters now is speed.',
      'They will complain, whether we like it or not.',
      'His doubts, whether justified or not, were ignored.',
      'I wonder, what do you think?',
      'It was at the station, after a long wait, that the parcel arrived.',
      'I am sure of this, that the river will rise.',
      'It was a fair price, that 40 dollars.',
      'We met him again, that May morning by the lake.',
      'Fifty a box, that the deal?',
      'I would like, as I once hoped, to present it to a museum.',
      'It is not clear, if you ask me, what he meant.',
      'He pulled the stake out, that the boy had driven in.',
      'He would remain as he was, that is, immortal.',
      'The answer was, that is to say, unclear.',
      'The club decided, after a long debate, to sell the ground.',
      'He said nothing, which annoyed the committee.',
      'She thanked everyone, and then she left.',
      'We will help anyone, that is, anyone with a valid card.',
      'Tickets went to those, and only those, who had registered.',
      'The first edition, which appeared in 1901, sold out quickly.',
      'He thanked the organizers of the festival last year, who had worked for months.',
      'She called the manager, who apologized at once.',
      'He will explain, when he arrives.',
      'He refused to explain, which made matters worse.',
      'Then Grandpa asked, who had always loved a story.',
      'We visited the old port, where we met friends.',
      'The question is, who cares?',
      'She remembered, that summer, how the river had flooded.',
      'He said, that is, he hinted, that the deal was off.',
      'They announced, that evening, that the bridge would close.',
      'He wrote, in that year, his best novel.',
    ],
  },
});

// Pronouns a relative clause can only restrict: "everyone who", "those who", "nothing that". No comma stands between
// them in English (Brown has none), where German and Russian set off every relative clause ("Alle, die …", "Те, кто …").
// A thing pronoun may take a sentential "which" ("He said nothing, which annoyed her"), so only "that" counts after it.
const PERSON_INDEFINITES = ['everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody'];
const THING_INDEFINITES = ['everything', 'anything', 'nothing', 'something'];
const PERSON_PRONOUNS = new WordSet([...PERSON_INDEFINITES, 'those']);
const THING_PRONOUNS = new WordSet(THING_INDEFINITES);
const PERSON_RELATIVES = new WordSet(['who', 'whom', 'whose', 'that']);

/** Whether the pronoun before the comma can only take a defining relative clause of the word after it. */
function restrictsOnly(tokens: readonly Token[], comma: number): boolean {
  const head = tokens[comma - 1]!;
  const relative = tokens[comma + 1]!;
  if (relative.lower === 'that') {
    // "Nothing, that is, …" and "anything, that much is clear" are no relative clauses.
    const next = tokens[comma + 2];
    if (next === undefined || next.text === ',' || next.lower === 'much' || /^(is|was)$/.test(next.lower) && tokens[comma + 3]?.text === ',') return false;
  }
  // "the first woman, who …", "the only doctor, who …": the rank picks one person out, and the clause says which.
  if (relative.lower === 'who' && comma >= 3 && tokens[comma - 3]!.lower === 'the' && /^(only|first)$/.test(tokens[comma - 2]!.lower) && head.tags[0] === 'NN' && nounSenses(head.lower).includes('noun.person')) return true;
  // "those, and only those, who": the comma closes an insertion.
  if (tokens[comma - 2]?.lower === 'only') return false;
  // "All, who want to come, …" opening the sentence; "no one, who …".
  const person = PERSON_PRONOUNS.hasToken(head) || (head.lower === 'all' && comma === 1) || (head.lower === 'one' && tokens[comma - 2]?.lower === 'no');
  if (person) return PERSON_RELATIVES.hasToken(relative) || (head.lower === 'those' && relative.lower === 'which');
  return THING_PRONOUNS.hasToken(head) && relative.lower === 'that';
}

/**
 * "Everyone, who has a ticket, can enter": a comma before the defining relative clause of a pronoun (`restrictsOnly`),
 * and the comma closing it before the main clause's verb. The clause needs a verb of its own.
 */
function commaBeforeDefiningRelative(tokens: readonly Token[], comma: number, text: string): Report | undefined {
  // A past the lexicon reads first as a participle is finite straight after the pronoun: "everyone, who donated".
  if (!restrictsOnly(tokens, comma) || !(hasFiniteVerb(tokens, comma + 1) || tokens[comma + 2]?.tags.includes('VBD'))) return undefined;
  const link = tokens[comma + 1]!;
  const start = tokens[comma]!.start;
  let end = link.start;
  let replacement = ' ';
  // The comma after the relative clause, where the main clause's verb follows it: "…, can enter" → "… can enter".
  const closing = tokens.findIndex((t, k) => k > comma + 1 && t.text === ',');
  const after = closing > 0 ? tokens[closing + 1] : undefined;
  if (after !== undefined && /^(MD|VBZ|VBD|VBP)$/.test(after.tags[0] ?? '') && !tokens.slice(comma + 2, closing).some((t) => DELIMITER.test(t.text))) {
    end = tokens[closing]!.end;
    replacement = ' ' + text.slice(link.start, tokens[closing]!.start);
  }
  return {
    start,
    end: link.end,
    message: `No comma before "${link.text}": the clause says which ones "${tokens[comma - 1]!.text}" means, and English sets off no such clause.`,
    suggestions: [{ start, end, replacement }],
  };
}

// A constant: a regular expression literal in the loop below would be a new object at every word it reads.
const CLAUSE_STOP = /^[,;:.!?…]/;

const PLURAL_SUBJECTS = new WordSet(['we', 'they', 'i', 'you']);
const SINGULAR_SUBJECTS = new WordSet(['he', 'she', 'it', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everything', 'something', 'nothing']);

/** A present the lexicon may read first as a noun, right after a subject it agrees with: "prices rise", "we act", "everyone registers". */
function isPresentAfterSubject(subject: Token, t: Token): boolean {
  if (t.tags[0] === 'RB') return false;
  if (t.tags.includes('VBP')) return subject.tags.includes('NNS') || PLURAL_SUBJECTS.hasToken(subject);
  return t.tags.includes('VBZ') && SINGULAR_SUBJECTS.hasToken(subject);
}

/**
 * A finite verb or modal in the clause that starts at token `from`, before the next comma or stop (brackets and quotes
 * do not end it): "that the deal??" has none.
 */
function hasFiniteVerb(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && !CLAUSE_STOP.test(tokens[j]!.text); j++) {
    const t = tokens[j]!;
    // The base form counts too; so do a past read first as a participle after its subject ("that the bridge
    // needed") and a present read first as a noun after its subject ("that prices rise", "that we act").
    if (isModal(t) || isFiniteVerb(t) || t.tags[0] === 'VB' || isPastAfterNoun(tokens, j) || (j > from && isPresentAfterSubject(tokens[j - 1]!, t))) return true;
    // A past read first as a participle is finite straight after a question word that is its subject: "what caused".
    if (j === from && SUBJECT_QUESTION_WORDS.hasToken(tokens[j - 1]!) && t.tags.includes('VBD')) return true;
  }
  return false;
}

/** "It was in the kitchen, while the kettle boiled, that he …": a cleft sentence, whose "that" takes its comma. */
function isCleft(tokens: readonly Token[], comma: number): boolean {
  for (let j = 0; j + 1 < comma; j++) {
    if (tokens[j]!.lower !== 'it' || !/^(is|was|'s|’s)$/.test(tokens[j + 1]!.lower)) continue;
    // "It is known, that …", "It was reported, that …" (Известно, что; Es wird erwartet, dass): an extraposed
    // subject clause after a participle of saying or knowing, not a cleft, which focuses a phrase.
    // One adverb may stand before the participle: "It is well known, that …", "It is widely expected, that …".
    const adverbBefore = comma === j + 4 && tokens[j + 2]!.tags[0] === 'RB';
    if ((comma === j + 3 || adverbBefore) && tokens[comma - 1]!.tags.includes('VBN') && takesThatClause(tokens[comma - 1]!)) return false;
    // "It is important, that …", "It is not clear, that …" likewise, after an adjective that takes a "that" clause;
    // "It is true, that …" concedes (Brown has it).
    const adjective = tokens[comma - 1]!;
    const adverbs = comma - j - 3;
    const extraposed = adverbs >= 0 && adverbs <= 1 && tokens.slice(j + 2, comma - 1).every((t) => t.tags[0] === 'RB');
    return !(extraposed && adjective.lower !== 'true' && THAT_CLAUSE_ADJECTIVES.hasToken(adjective));
  }
  return false;
}

// Not "who", which after a comma is mostly a relative: "Hez asked, who still believed …".
const QUESTION_WORDS = new WordSet(['whether', 'if', 'what', 'how', 'why']);

/** "The firm plans, to hire 200 people": a comma between a verb and the infinitive that is its object. */
function commaBeforeInfinitive(tokens: readonly Token[], comma: number): Report | undefined {
  const verb = tokens[comma + 2];
  if (!takesInfinitiveAt(tokens, comma - 1) || verb === undefined || verb.kind !== 'word' || !verb.tags.includes('VB')) return undefined;
  const to = tokens[comma + 1]!;
  return {
    start: tokens[comma]!.start,
    end: to.end,
    message: `No comma between "${tokens[comma - 1]!.text}" and the infinitive that completes it.`,
    suggestions: [{ start: tokens[comma]!.start, end: to.start, replacement: ' ' }],
  };
}

/**
 * Where "It is/was (+ one or two adverbs) + adjective" ends right before the comma at `comma`, the adjective's index,
 * or -1: "It is important, to …", "It is not yet clear, when …". The clause after the comma is the extraposed
 * subject, which English joins without a comma (Brown has no "It is + adjective, to" at all).
 */
function extraposingAdjective(tokens: readonly Token[], comma: number, participles = false): number {
  const adjective = comma - 1;
  // For an infinitive, a participle too: "It is not allowed, to park", "It was decided, to close" (Brown has neither).
  if (!isAdjective(tokens[adjective]!) && !(participles && tokens[adjective]!.tags.includes('VBN'))) return -1;
  let k = adjective - 1;
  while (k > 0 && adjective - k <= 2 && isAdverb(tokens[k]!) && !isAdjective(tokens[k]!)) k--;
  if (k < 1 || !EXTRAPOSING_BE.hasToken(tokens[k]!) || tokens[k - 1]!.lower !== 'it') return -1;
  // "It" opens the clause: the sentence, or a stretch after a comma or a conjunction ("…, and it is clear, when").
  const before = tokens[k - 2];
  return before === undefined || before.text === ',' || isCoordinator(before) ? adjective : -1;
}
const EXTRAPOSING_BE = new WordSet(['is', 'was', "'s", '’s', 'be', 'seems', 'seemed', 'remains', 'remained']);

/** "It is important, to drink enough water": a comma before the extraposed infinitive. */
function extraposedInfinitive(tokens: readonly Token[], comma: number): Report | undefined {
  const verb = tokens[comma + 2];
  if (verb === undefined || verb.kind !== 'word' || !verb.tags.includes('VB') || extraposingAdjective(tokens, comma, true) < 0) return undefined;
  // "It was late, to be sure, but …": an infinitive set off on both sides is a parenthesis.
  for (let j = comma + 3; j < tokens.length; j++) if (tokens[j]!.text === ',') return undefined;
  const to = tokens[comma + 1]!;
  return {
    start: tokens[comma]!.start,
    end: to.end,
    message: `No comma before the infinitive: it is the subject that "it" stands for.`,
    suggestions: [{ start: tokens[comma]!.start, end: to.start, replacement: ' ' }],
  };
}

// After "It is unclear": an indirect question may open with any question word, "who" and "when" too, as no relative
// clause or time clause follows an adjective of doubt there.
const EXTRAPOSED_QUESTION_WORDS = new WordSet(['who', 'when', 'where', 'which', 'whom']);

/** "It is not clear, who will pay": a comma before the extraposed indirect question. */
function extraposedQuestion(tokens: readonly Token[], comma: number): Report | undefined {
  const adjective = extraposingAdjective(tokens, comma);
  if (adjective < 0 || !QUESTION_ADJECTIVES.hasToken(tokens[adjective]!) || !isIndirectQuestionToEnd(tokens, comma)) return undefined;
  const link = tokens[comma + 1]!;
  return {
    start: tokens[comma]!.start,
    end: link.end,
    message: `No comma before "${link.text}": the indirect question is the subject that "it" stands for.`,
    suggestions: [{ start: tokens[comma]!.start, end: link.start, replacement: ' ' }],
  };
}

// Question words that can be the subject of their clause: "who called", "what caused", "which came first".
const SUBJECT_QUESTION_WORDS = new WordSet(['who', 'what', 'which']);
// Nouns whose predicate may be an indirect question: "The question is, how …" (German "Die Frage ist, wie …").
const QUESTION_NOUNS = new WordSet(['question', 'questions', 'problem', 'issue', 'mystery', 'puzzle', 'dilemma', 'uncertainty']);
const QUESTION_COPULAS = new WordSet(['is', 'was', 'remains', 'remained']);

/** "The (big) question is, how …": a copula whose subject is a noun of questioning. */
function isQuestionPredicate(tokens: readonly Token[], h: number): boolean {
  return h > 0 && QUESTION_COPULAS.hasToken(tokens[h]!) && QUESTION_NOUNS.hasToken(tokens[h - 1]!);
}

/**
 * "who", "when", "where" and "which" after a comma open a relative or an adverbial clause as often as a question, so
 * they count only where the clause cannot be one. "who" after a past or present whose subject is a name or a pronoun
 * may describe that subject ("Hez asked, who still believed …"); "when" and "where" after a plain verb may say when or
 * where it happens ("She will decide, when she is ready"), so they need a verb that cannot stand alone: one that is
 * negated or an infinitive ("nobody knows, where", "wants to know, when").
 */
function questionWordFits(tokens: readonly Token[], h: number, comma: number): boolean {
  const link = tokens[comma + 1]!;
  if (QUESTION_WORDS.hasToken(link) || isQuestionPredicate(tokens, h)) return true;
  const before = tokens[h - 1];
  // "which" only as a determiner: "say, which team …"; "explain, which made it worse" is a sentential relative.
  if (link.lower === 'which') {
    const next = tokens[comma + 2];
    if (next === undefined || !/^(NNS?|JJ)$/.test(next.tags[0] ?? '')) return false;
    // A determiner cannot describe the subject as a relative "which" can: "the professor explained, which risks …".
    return true;
  }
  if (link.lower === 'who' || link.lower === 'whom' || link.lower === 'which') {
    return before === undefined || !(isPronoun(before) || before.tags[0] === 'NNP' || before.tags[0] === 'NNPS') || isModal(before);
  }
  for (let j = h - 1; j >= 0 && j >= h - 3; j--) {
    const t = tokens[j]!;
    if (t.lower === 'to' || NEGATIONS.hasToken(t)) return true;
    if (t.kind !== 'word' || !(isAdverb(t) || isModal(t) || /^(do|does|did)$/.test(t.lower))) break;
  }
  return false;
}
const NEGATIONS = new WordSet(['not', "n't", 'cannot', 'never', 'nobody', 'no-one']);

// "if" opens an indirect question only after verbs of asking and checking and adjectives of doubt ("It is not clear,
// if …"); after others it is a condition ("We will come, if we can").
const IF_VERBS = new WordSet(['ask', 'wonder', 'check', 'doubt', 'inquire', 'enquire', 'query', 'test', 'verify', 'determine', 'investigate', 'examine', 'clarify']);
// Adjectives of (un)certainty that take an indirect question: "It is unclear, whether …".
const QUESTION_ADJECTIVES = new WordSet(['unclear', 'uncertain', 'unsure', 'sure', 'clear']);

/**
 * The question after the comma at `comma` has a finite verb and runs to the end of the sentence: a comma after it
 * makes it an insertion or a condition ("Tell me, if you can, …"; "It seems clear, when one considers …, that"), and
 * a direct question ("I wonder, what do you think?") keeps its comma.
 */
function isIndirectQuestionToEnd(tokens: readonly Token[], comma: number): boolean {
  if (tokens.slice(-2).some((t) => t.text.includes('?')) || !hasFiniteVerb(tokens, comma + 2)) return false;
  const link = tokens[comma + 1]!;
  for (let j = comma + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && /^[,;:—–(]$/.test(t.text)) return false;
    // "whether we like it or not" is a concession, not a question.
    if (link.lower === 'whether' && t.lower === 'or') return false;
  }
  return true;
}

/**
 * ", whether" / ", if" / ", what" … right after a verb of asking, knowing or saying (or its pronoun object) or an
 * adjective of doubt: "He asked, whether the bus was late.", "Please check, if the door is locked.", "She explained,
 * how the app works." The question must have a finite verb and run to the end of the sentence: a comma after it
 * makes it an insertion or a condition ("Tell me, if you can, …"). The verb must not stand in a subordinate
 * clause ("As he said, what matters is …"), and a direct question ("I wonder, what do you think?") keeps
 * its comma.
 */
function indirectQuestion(tokens: readonly Token[], comma: number): Report | undefined {
  const link = tokens[comma + 1]!;
  if (!isIndirectQuestionToEnd(tokens, comma)) return undefined;
  let h = comma - 1;
  if (isPronoun(tokens[h]!) && h > 0) h--;
  // "find out, who …": the particle belongs to the verb.
  if (h > 0 && tokens[h]!.lower === 'out' && /^(find|found|finding|finds|figure|figured)$/.test(tokens[h - 1]!.lower)) h--;
  const head = tokens[h]!;
  const isHead = link.lower === 'if'
    ? (((head.tags[0] ?? '').startsWith('VB') || readsAsVerb(tokens, h)) && IF_VERBS.has(lemma.of(head))) || QUESTION_ADJECTIVES.hasToken(head)
    // A verb the lexicon reads first as a noun, after a plural subject or "to": "Experts doubt, whether".
    : takesIndirectQuestion(readsAsVerb(tokens, h) ? { text: head.text, lower: head.lower, tags: ['VBP'] } : head) || QUESTION_ADJECTIVES.hasToken(head)
      || isQuestionPredicate(tokens, h);
  if (!isHead || !questionWordFits(tokens, h, comma)) return undefined;
  for (let j = chunkStart(tokens, h); j < h; j++) if (isSubordinator(tokens[j]!)) return undefined;
  return {
    start: tokens[comma]!.start,
    end: link.end,
    message: `No comma before "${link.text}": the indirect question completes the word before it.`,
    suggestions: [{ start: tokens[comma]!.start, end: link.start, replacement: ' ' }],
  };
}

// "that" opens a clause when a subject follows that "that" cannot be the determiner of: "that the talks",
// "that prices", "that they". A singular noun ("that decision was") or a verb ("that is") reads as
// pronoun or determiner, so it is left alone.
// The lexicon tags these NN, but "that" is never their determiner: "that everyone", "that nothing".
const INDEFINITE_PRONOUNS = new WordSet([...PERSON_INDEFINITES, ...THING_INDEFINITES]);

function opensClause(after: Token, next: Token | undefined): boolean {
  // "that 12 people" opens a clause; "a round figure, that 12" and "that August morning" point.
  if (after.kind === 'number') return next !== undefined && next.kind === 'word';
  if (after.kind !== 'word') return false;
  if (NUMBER_WORDS.hasToken(after)) return next !== undefined && next.kind === 'word';
  const tag = after.tags[0];
  if ((tag === 'NNP' || tag === 'NNPS') && next !== undefined && next.kind === 'word' && /^NNS?$/.test(next.tags[0] ?? '')) return false;
  if (isDeterminer(after) || (isPronoun(after) && after.lower !== 'that') || INDEFINITE_PRONOUNS.hasToken(after) || tag === 'NNS' || tag === 'NNP' || tag === 'NNPS') return true;
  // A plural the lexicon reads first as a verb, before a modal or verb: "that rents will rise".
  // Also before a present the lexicon reads first as a noun: "that prices rise" (not "that works well", an adverb).
  if (tag !== 'VBZ' || !after.tags.includes('NNS') || next === undefined || next.kind !== 'word') return false;
  const first = next.tags[0] ?? '';
  return first.match(/^(MD|VB)/) !== null || (next.tags.includes('VBP') && first !== 'RB' && first !== 'JJ');
}

/**
 * Right after a verb of saying or thinking and its comma, "that" opens the clause before a singular noun, an adjective
 * or a fronted adverbial as well: "stated, that growth was slow", "announced, that from May patients …" (German "sagte,
 * dass", Russian "заявил, что"). A demonstrative there would be the verb's object, which takes no comma.
 */
function opensAfterVerb(tokens: readonly Token[], comma: number): boolean {
  const verb = tokens[comma - 1]!;
  const after = tokens[comma + 2]!;
  if (after.kind !== 'word' || !(verb.tags[0] ?? '').startsWith('VB') || !takesThatClause(verb)) return false;
  // "If a string is provided, that string is shown": the comma closes a clause of condition or time before its main
  // clause, whose subject "that" points at.
  for (let j = chunkStart(tokens, comma - 1); j < comma - 1; j++) if (isSubordinator(tokens[j]!)) return false;
  const tag = after.tags[0];
  // "argued, that much is certain, …", "that way we win": "that" points at a degree or a manner; a fronted adverb is
  // one of manner or time.
  if (POINTED_WORDS.hasToken(after) || isSubordinator(after)) return false;
  if (tag === 'RB') return after.lower.endsWith('ly') || FRONTED_TIME_ADVERBS.hasToken(after);
  return tag === 'NN' || tag === 'JJ' || (isPreposition(after) && after.lower !== 'of');
}
const POINTED_WORDS = new WordSet(['much', 'many', 'few', 'far', 'long', 'little', 'way', 'kind', 'sort', 'is', 'was']);
const FRONTED_TIME_ADVERBS = new WordSet(['soon', 'now', 'already', 'still', 'today', 'tomorrow', 'yesterday']);

const LINKS = new WordSet(['so', 'such', 'that']);
const COPULAS = new WordSet(['is', 'was']);
const isNounToken = (t: Token | undefined) => t !== undefined && t.kind === 'word' && (t.tags[0] === 'NN' || t.tags[0] === 'NNS');
// Counts in words, which "that" cannot be the determiner of before a plural: "that two men were arrested".
const NUMBER_WORDS = new WordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

// Punctuation that delimits a stretch of the sentence; quotes and apostrophes ("'round the world") do not.
const DELIMITER = /^[,;:()—–.!?…]$/;

/** Where the stretch ending before token `end` starts: after the nearest comma, dash, colon or bracket. */
function chunkStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0 && !(tokens[start - 1]!.kind === 'punct' && DELIMITER.test(tokens[start - 1]!.text))) start--;
  return start;
}

/**
 * The comma is right when it closes an insertion: "It was then, a board member said later, that …", "so useful,
 * in fact, that …", or when "that" completes "so"/"such" ("so loved the world, that he gave", old style). A stretch
 * after an introductory phrase ("In a statement on Monday, the minister said, that …") is not an insertion.
 * Any "so", "such" or "that" earlier in the sentence is enough to leave the comma alone.
 */
function closesInsertion(tokens: readonly Token[], comma: number, firstLink: number): boolean {
  // "so useful, in fact, that …"; and a second "that" clause in a series ("didn't care that he had no mother, that
  // he couldn't remember") repeats the first one's comma-free link.
  if (firstLink >= 0 && firstLink < comma) return true;
  const start = chunkStart(tokens, comma);
  // "Resolved, that …": a one-word formula opening the sentence.
  if (start === 0 && comma === 1) return true;
  const opening = tokens[start - 1];
  if (opening === undefined || !/^[,(—–]$/.test(opening.text)) return false;
  // A prepositional or adverbial insertion after the verb: "stated, in the course of his address, that …".
  const first = tokens[start]!;
  if (first.kind === 'word' && (isPreposition(first) || isAdverb(first))) return true;
  const beforeStart = chunkStart(tokens, start - 1);
  const before = tokens[beforeStart];
  if (before === undefined || before.kind !== 'word') return false;
  // An exclamation leaves an insertion: "How ironic, they say, that …".
  if (before.lower === 'how' || before.lower === 'what') return true;
  // An introductory phrase or clause ("In a statement, …", "When he arrived, …") leaves a main clause after its
  // comma, and so does a bare noun phrase, the subject of an unclosed apposition ("Our head of development, Anna
  // Berger said, that …"). An insertion interrupts a clause that has its verb: "It was then, a member said, that …".
  if (isPreposition(before) || isSubordinator(before)) return false;
  for (let j = beforeStart; j < start - 1; j++) if (isVerb(tokens[j]!) || isModal(tokens[j]!)) return true;
  return false;
}

// Between the head and the comma only a prepositional phrase ("concern in the United States, that"), adverbs or a
// pronoun ("told him, that") may stand. After a noun object ("blinded their minds, that") the "that" clause is
// usually a purpose or result clause of old style, not the complement of the head.
function linksDirectly(tokens: readonly Token[], from: number, comma: number): boolean {
  const first = tokens[from];
  if (from === comma || first === undefined || isPreposition(first)) return true;
  for (let j = from; j < comma; j++) {
    const t = tokens[j]!;
    // A particle right after a verb head belongs to it ("found out, that"), not after a noun ("the stake out, that").
    const particle = t.tags[0] === 'RP' && j === from && (tokens[from - 1]!.tags[0] ?? '').startsWith('VB');
    if (t.kind !== 'word' || !(isAdverb(t) || isPronoun(t) || particle)) return false;
  }
  return true;
}

// The head may stand a few words back: "said, that", "concern in the United States, that".
function headBefore(tokens: readonly Token[], comma: number): { confidence: number | undefined } | undefined {
  let words = 0;
  for (let j = comma - 1; j >= 0 && words < LOOKBACK; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return undefined;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    words++;
    if (takesThatClause(t)) return linksDirectly(tokens, j + 1, comma) ? { confidence: nounHeadConfidence(tokens, j) } : undefined;
    if (!isPreposition(t) && !isDeterminer(t) && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (t.tags[0] ?? '').startsWith('VB')) return undefined;
  }
  return undefined;
}

/** A word the lexicon reads first as a noun, used as a verb: "Please note, that", "We must stress, that", "Residents demand, that". */
function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !tokens[i]!.tags.some((x) => x === 'VB' || x === 'VBP')) return false;
  // After a plural subject the present tense agrees with it: "The unions demand, that".
  const pluralSubject = /^NNP?S$/.test(before.tags[0] ?? '') && tokens[i]!.tags.includes('VBP');
  return /^(please|to|we|i|you|they)$/.test(before.lower) || isModal(before) || pluralSubject;
}

// A verb of saying or thinking, an adjective of certainty, or a noun of feeling ("the fear, that", "hope, that") is
// nearly always the head of the clause, and so is a noun that Brown often completes with a "that" clause ("the
// impression, that", "signs, that") or a noun of saying that is the object of a verb ("rejected the claim, that",
// "denied the accusation, that"). Other nouns of communication and cognition are broader ("the analysis, that he
// needed", "his voice, that Tim yelled", "an old wish, that"): an apposition or an old-style result or relative
// clause follows them more often, so they are only a hint.
function nounHeadConfidence(tokens: readonly Token[], head: number): number | undefined {
  const noun = tokens[head]!;
  const tag = noun.tags[0] ?? '';
  if (!tag.startsWith('NN') || nounSenses.of(noun).includes('noun.feeling') || readsAsVerb(tokens, head)) return undefined;
  if (THAT_CLAUSE_NOUNS.hasToken(noun)) return 0.75;
  let k = head - 1;
  while (k > 0 && isAdjective(tokens[k]!)) k--;
  const object = tokens[k]?.lower === 'the' && k > 0 && (tokens[k - 1]!.tags[0] ?? '').startsWith('VB');
  return object ? 0.75 : 0.45;
}
