import { anchorsIn, defineRule, type Report, type RuleContext } from '@mtlint/engine';
import {
  isAuxiliary, isDeterminer, isFiniteVerb, isModal, isPastForm, isPreposition, isPronoun, isProperNoun, isSpeechVerb, isSubordinator, isWordToken, lemma, nounPhraseEnd, nounSenses,
  primaryTag, takesIndirectQuestion, verbSenses, type Sentence, type Token, WordSet,
} from '@mtlint/text';

// Patterns asked at every comma and the words around it, as constants: a regular expression literal in a function is
// a new object each time it is reached.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const STARTS_LOWER = /^\p{Ll}/u;

const isName = (t: Token | undefined): t is Token => isWordToken(t) && isProperNoun(t) && STARTS_UPPER.test(t.text);
// A capitalised word inside a sentence that is not a function word: a name even when the lexicon reads it otherwise
// ("Vale" as a preposition, "Santos" as a foreign word).
const isNameLike = (t: Token | undefined): t is Token =>
  isWordToken(t) && STARTS_UPPER.test(t.text) && (isProperNoun(t) || (STARTS_UPPER_LOWER.test(t.text) && !isDeterminer(t) && !isPronoun(t) && !isAuxiliary(t) && !isModal(t) && !isFiniteVerb(t)));

// Subordinators that open a reduced parenthetical: "while welcome", "although costly", "if approved".
const REDUCED_OPENERS = new WordSet(['while', 'although', 'though', 'if', 'whether', 'when', 'once', 'unless']);

const canBeParticiple = (t: Token) => t.tags.includes('VBN');

// Where each pattern starts: an apposition and a relative clause at a comma, a reduced parenthetical at its opener.
// The detectors read only these tokens (anchors), every test kept at each.
const STARTS = new Set([',', ...REDUCED_OPENERS]);

const DEFINITE = new WordSet(['the', 'this', 'that', 'these', 'those']);

/**
 * Whether the role noun at `role` heads a definite noun phrase that is not part of a participial opener: "the union
 * leader", "her lawyer", "the bank's chief economist". Fronted descriptions of the subject are left alone: "An
 * imaginative storyteller, Pimen takes …", "Being the town's sole doctor, Abel was …", "Nice kid, Ernie thought".
 */
function definiteRolePhrase(tokens: readonly Token[], role: number): boolean {
  let k = role;
  while (k > 0 && /^(JJ|NN|NNS|NNP|NNPS|POS|CD)$/.test(primaryTag(tokens[k - 1])) && tokens[k - 1]!.kind === 'word') k--;
  if (k > 0 && /^['’]s$/.test(tokens[k - 1]!.lower)) return definiteRolePhrase(tokens, k - 2);
  const determiner = tokens[k - 1];
  if (!isWordToken(determiner) || !(DEFINITE.hasToken(determiner) || primaryTag(determiner) === 'PRP$')) return false;
  let start = k - 1;
  while (start > 0 && tokens[start - 1]!.kind !== 'punct') start--;
  return primaryTag(tokens[start]) !== 'VBG';
}

// Prepositions that attach a place or a body to a role: "the coach at Porto", "the head of Siemens".
const ROLE_PREPOSITIONS = new WordSet(['at', 'of', 'for', 'from', 'in']);

/**
 * Where the role noun before the comma at `comma` stands: right before it ("the union leader,"), or before a short
 * prepositional phrase that names where the person works ("his former coach at Porto,", "the head of Siemens,").
 */
function roleBefore(tokens: readonly Token[], comma: number): number {
  // The place is a name ("at Porto", "of Siemens"): "The son of a stationmaster, Schiele lived …" is a fronted
  // description, not an apposition.
  for (let k = comma - 2; k >= comma - 4 && k > 0; k--) {
    const t = tokens[k]!;
    if (ROLE_PREPOSITIONS.hasToken(t)) return k - 1;
    if (!isNameLike(t)) break;
  }
  return comma - 1;
}

/**
 * An apposition opened and never closed: "The chairman, John Smith said …". A role noun (a person's job or
 * title), a comma, a name, and the finite verb with no comma to close the name off.
 */
function unclosedApposition(sentence: Sentence, anchors: ArrayLike<number>): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (let a = 0; a < anchors.length; a++) {
    const i = anchors[a]!;
    if (i < 1) continue;
    if (i >= tokens.length - 2) break;
    const comma = tokens[i]!;
    if (comma.text !== ',') continue;
    const r = roleBefore(tokens, i);
    const role = tokens[r]!;
    if (!isWordToken(role) || primaryTag(role) !== 'NN' || !STARTS_LOWER.test(role.text) || !nounSenses.of(role).includes('noun.person')) continue;
    // "According to the minister, John Smith is wrong": the comma closes an introductory phrase.
    let phraseStart = r;
    while (phraseStart > 0 && tokens[phraseStart - 1]!.kind === 'word' && !isPreposition(tokens[phraseStart - 1]!) && !isFiniteVerb(tokens[phraseStart - 1]!)) phraseStart--;
    const governor = tokens[phraseStart - 1];
    if (isWordToken(governor) && (isPreposition(governor) || isFiniteVerb(governor))) continue;
    if (!definiteRolePhrase(tokens, r) || nounSenses.of(role).includes('noun.time')) continue;
    let j = i + 1;
    while (isNameLike(tokens[j])) j++;
    if (j === i + 1 || j - (i + 1) > 4) continue;
    const verb = tokens[j];
    if (!isWordToken(verb) || !(isFiniteVerb(verb) || isModal(verb))) continue;
    // "This man, Tom said, had the play": the name and its verb are themselves the insertion.
    if (tokens[j + 1]?.text === ',') continue;
    const lastName = tokens[j - 1]!;
    reports.push({
      start: comma.start,
      end: verb.end,
      message: 'The apposition opened by this comma is never closed; remove the comma or add one after the name.',
      // Without the comma a bare role reads as a title ("The union leader Maria Lopez said"); after a phrase ("his
      // coach at Porto") the apposition needs its closing comma.
      suggestions: r === i - 1
        ? [{ start: role.end, end: tokens[i + 1]!.start, replacement: ' ' }, { start: lastName.end, end: lastName.end, replacement: ',' }]
        : [{ start: lastName.end, end: lastName.end, replacement: ',' }, { start: tokens[i - 1]!.end, end: tokens[i + 1]!.start, replacement: ' ' }],
    });
  }
  return reports;
}

/**
 * A reduced parenthetical closed but never opened: "the plan while popular, failed". A noun, a subordinator with
 * a verbless phrase, a comma, then the verb of the main clause.
 */
function unopenedParenthetical(sentence: Sentence, anchors: ArrayLike<number>): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (let a = 0; a < anchors.length; a++) {
    const i = anchors[a]!;
    if (i < 1) continue;
    if (i >= tokens.length - 2) break;
    const opener = tokens[i]!;
    if (!isWordToken(opener) || !REDUCED_OPENERS.hasToken(opener)) continue;
    const before = tokens[i - 1]!;
    if (!isWordToken(before) || !/^(NN|NNS|NNP|NNPS)$/.test(primaryTag(before))) continue;
    // The reduced phrase has no subject and no finite verb ("while popular", "once finished"): a pronoun or a name
    // after the opener starts a full clause ("while Cook, followed by …", "if she wanted to,"), and "once more" is an
    // adverb.
    const first = tokens[i + 1]!;
    if (/^(more|again)$/.test(first.lower) || isPronoun(first) || isName(first)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 5) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || isModal(t) || isPronoun(t) || isAuxiliary(t) || (isFiniteVerb(t) && !canBeParticiple(t))) break;
      j++;
    }
    const comma = tokens[j];
    if (comma?.text !== ',' || j === i + 1) continue;
    // The main clause's verb after the comma: finite, a modal, or a past form the lexicon reads first as a participle
    // ("hurt", "caused").
    const verb = tokens[j + 1];
    if (!isWordToken(verb) || !(isModal(verb) || isFiniteVerb(verb) || (canBeParticiple(verb) && verb.tags.includes('VBD')))) continue;
    reports.push({
      start: before.start,
      end: comma.end,
      message: `The parenthetical "${opener.text} …," is closed by a comma but not opened by one.`,
      suggestions: [{ start: before.end, end: before.end, replacement: ',' }],
    });
  }
  return reports;
}

// Words that end a relative clause's own material and start another clause inside it: "who said that …", "who left
// when …", "which the board and the mayor …".
const CLAUSE_BREAK = /^(that|who|whom|which|whose|what|when|where|while|because|after|before|since|until|if|as|than|and|or|but)$/;
// "since 2019", "after the war": a conjunction that is a preposition there opens no clause.
const opensPhrase = (tokens: readonly Token[], j: number) =>
  /^(after|before|since|until)$/.test(tokens[j]!.lower) && (tokens[j + 1]?.kind === 'number' || /^(the|a|an|his|her|its|their|last)$/.test(tokens[j + 1]?.lower ?? ''));

/**
 * A relative clause opened by a comma and never closed: "Mr Kovac, who ran the bakery until 2019 told reporters …". After
 * ", who" or ", which" and the relative clause's own finite verb, a second finite verb of saying with no comma, no
 * conjunction and no clause opener between can only be the main clause's. A relative verb that takes a clause itself
 * ("who thinks the mayor said") is left alone.
 *
 * Where the relative clause follows the sentence's subject ("The bridge, which was built in 1960 needs repairs"), the
 * main clause must follow it, so any modal or finite verb that cannot be a participle counts, after an auxiliary in the
 * relative clause too; a comma later in the sentence with a verb after it is the closing one ("The firm, which makes
 * the parts ships need, is closing": "need" is a verb of a clause inside).
 */
function unclosedRelative(sentence: Sentence, anchors: ArrayLike<number>, subjectEnd: number): Report[] {
  const tokens = sentence.tokens;
  for (let a = 0; a < anchors.length; a++) {
    const i = anchors[a]!;
    if (i < 1) continue;
    if (i + 3 >= tokens.length) break;
    if (tokens[i]!.text !== ',' || !/^(who|which)$/.test(tokens[i + 1]!.lower)) continue;
    const afterSubject = i === subjectEnd;
    let first = -1;
    for (let j = i + 2; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' || (CLAUSE_BREAK.test(t.lower) && !opensPhrase(tokens, j))) break;
      // A past the lexicon reads first as a participle is the relative clause's verb right after its pronoun: "which reopened".
      // The relative clause's verb where the lexicon reads it first as something else: a past read as a participle or a
      // present read as a plural right after the pronoun ("which reopened", "which dates"), a base form after the
      // clause's own subject ("which the children attend").
      const relativeVerb = first < 0 && isWordToken(t) && (j === i + 2 ? isPastForm(t) || (primaryTag(t) === 'NNS' && t.tags.includes('VBZ')) : afterSubject && /^VBP?$/.test(primaryTag(t)) && /^NNS?$/.test(primaryTag(tokens[j - 1])));
      // A past with an object after it is no participle ("in the kitchen destroyed the house"), unless an auxiliary
      // before it makes it one ("who had once lost his licence").
      const pastWithObject = afterSubject && first >= 0 && isPastForm(t) && (takesObjectAt(tokens, j + 1) || tokens[j + 1]?.lower === 'to') && !afterAuxiliary(tokens, j);
      if (!isWordToken(t) || !(isFiniteVerb(t) || (afterSubject && isModal(t)) || relativeVerb || pastWithObject)) continue;
      // The participle of the relative clause's own auxiliary: "who had protested".
      if (afterSubject && first >= 0 && canBeParticiple(t) && afterAuxiliary(tokens, j)) continue;
      if (first < 0) {
        // After "is", "has" or a modal the next verb may be its participle ("which is particularly noted for").
        if (takesClause(t) || (!afterSubject && isAuxiliary(t))) break;
        first = j;
        continue;
      }
      const mainVerb = (!isAuxiliary(t) && /^VB[DZ]$/.test(primaryTag(t)) && verbSenses.of(t).includes('verb.communication'))
        || (afterSubject && (isModal(t) || /^VB[PZ]$/.test(primaryTag(t)) || !canBeParticiple(t) || pastWithObject));
      if (!mainVerb) break;
      // The main verb follows the relative clause's last word: a number, a name or an adverb ("in 2012 said", "at
      // Leeds said", "later said"), or a noun when the verb cannot be a participle after it ("the allotment described
      // in item 13" is a reduced relative; "the bakery says" is not).
      const before = tokens[j - 1]!;
      const ends = before.kind === 'number' || isName(before) || primaryTag(before).startsWith('RB') || (/^NNS?$/.test(primaryTag(before)) && (!canBeParticiple(t) || afterSubject));
      // After the subject the relative clause may end with its own verb: "which the children attend has".
      if (!(ends || (afterSubject && j - 1 === first)) || (afterSubject && closedLater(tokens, j))) break;
      // "of the recently concluded festival": a participle inside a noun phrase.
      let k = j - 1;
      while (k > first && primaryTag(tokens[k]).startsWith('RB')) k--;
      if (k < j - 1 && (isDeterminer(tokens[k]!) || isPreposition(tokens[k]!))) break;
      return [{
        start: before.start,
        end: t.end,
        message: `The relative clause opened by ", ${tokens[i + 1]!.text}" is never closed: a comma belongs before "${t.text}".`,
        suggestions: [{ start: before.end, end: before.end, replacement: ',' }],
      }];
    }
  }
  return [];
}
/**
 * The comma that closes the noun phrase opening the sentence, its subject, or -1. Only the first comma can: the
 * phrase has no punctuation inside.
 */
function subjectComma(tokens: readonly Token[], start: number): number {
  const end = nounPhraseEnd(tokens, start, 8);
  if (end > start && tokens[end]?.text === ',') return end;
  // A noun the lexicon reads first as a verb after the determiner: "The suspect, …", "The increase, …".
  let comma = start;
  while (comma < tokens.length && tokens[comma]!.text !== ',') comma++;
  if (comma >= tokens.length || comma < start + 1 || comma > start + 5 || !isDeterminer(tokens[start]!)) return -1;
  for (let k = start + 1; k < comma; k++) if (!isWordToken(tokens[k]) || !tokens[k]!.tags.some((tag) => NOMINAL_TAGS.has(tag))) return -1;
  return tokens[comma - 1]!.tags.some((tag) => tag.startsWith('NN')) ? comma : -1;
}

/**
 * Where the subject starts: at the sentence's start, or after a short introductory phrase and its comma ("According
 * to him, …", "On Monday, …", "In 2020, …"): a preposition or "according" opening the sentence, and no verb before the
 * comma.
 */
function subjectStart(tokens: readonly Token[]): number {
  const first = tokens[0];
  // A subordinator opens a clause, not a phrase ("While in Washington, D.C., …").
  if (!isWordToken(first) || !(isPreposition(first) || first.lower === 'according') || isSubordinator(first)) return 0;
  for (let k = 1; k < tokens.length && k <= 8; k++) {
    const t = tokens[k]!;
    // The subject opens with a word: "On July 4, 1959, …" goes on with the date.
    if (t.text === ',') return isWordToken(tokens[k + 1]) && !isName(tokens[k + 1]) ? k + 1 : 0;
    if (t.kind === 'punct' || (isWordToken(t) && (isModal(t) || isFiniteVerb(t)))) return 0;
  }
  return 0;
}

// The relative pronoun that opens a clause right after the subject with no comma: "The bridge which was built …".
// Only "which": a heavy subject with "who" or "that" and a comma before its verb is an older English style ("All the
// generals who held important commands in World War 2, did not write books", Brown).
const RELATIVES = new WordSet(['which']);
const isMainVerb = (t: Token | undefined): t is Token => isWordToken(t) && (isModal(t) || (isFiniteVerb(t) && !canBeParticiple(t)) || isAuxiliary(t) && /^VB[DZP]$/.test(primaryTag(t)));

/** Whether a finite verb or modal stands in tokens (from, to), with no punctuation: a relative clause's own verb. */
function clauseWithVerb(tokens: readonly Token[], from: number, to: number): boolean {
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (isWordToken(t) && (isModal(t) || isFiniteVerb(t) || isPastForm(t) || t.tags.includes('VBZ'))) verb = true;
  }
  return verb;
}

/**
 * A comma between the subject and its verb after a defining relative clause: "The bridge which was built in 1970, will
 * be demolished" (the source's pair of commas, the first one lost), and a German comma before "that" as a relative
 * pronoun: "The company, that produces the engines, is based in Turin" ("that" never opens a clause set off by commas).
 * The subject opens the sentence (or follows an introductory phrase), and the main clause's finite verb or modal comes
 * right after the comma.
 */
function commaAroundDefiningRelative(sentence: Sentence, text: string, start: number, subjectEnd: number): Report[] {
  const tokens = sentence.tokens;
  // ", that" + the clause's verb + "," + the main verb.
  if (subjectEnd > 0 && tokens[subjectEnd + 1]?.lower === 'that') {
    const close = nextComma(tokens, subjectEnd + 2);
    const verb = tokens[subjectEnd + 2];
    // "Each man, that is, is both": a clause of one word is the discourse marker.
    if (close > subjectEnd + 3 && isWordToken(verb) && (isFiniteVerb(verb) || isModal(verb) || verb.tags.includes('VBZ')) && clauseWithVerb(tokens, subjectEnd + 2, close) && isMainVerb(tokens[close + 1])) {
      const opening = tokens[subjectEnd]!;
      const closing = tokens[close]!;
      return [{
        start: opening.start,
        end: tokens[subjectEnd + 1]!.end,
        message: 'A relative clause with "that" says which one is meant and takes no commas in English.',
        // One edit for both commas, so that applying it leaves neither.
        suggestions: [{ start: opening.start, end: tokens[close + 1]!.start, replacement: ` ${text.slice(tokens[subjectEnd + 1]!.start, closing.start)} ` }],
      }];
    }
  }
  // The subject, a relative pronoun with no comma, the clause, "," and the main verb.
  const end = nounPhraseEnd(tokens, start, 8);
  if (end <= start || !isWordToken(tokens[end]) || !RELATIVES.hasToken(tokens[end]!)) return [];
  const close = nextComma(tokens, end + 1);
  if (close < 0 || !clauseWithVerb(tokens, end + 1, close) || !isMainVerb(tokens[close + 1]) || closedLater(tokens, close + 1)) return [];
  const comma = tokens[close]!;
  return [{
    start: comma.start,
    end: comma.end,
    message: `No comma between the subject, with its clause "${tokens[end]!.text} …", and its verb "${tokens[close + 1]!.text}".`,
    suggestions: [{ start: tokens[close - 1]!.end, end: tokens[close + 1]!.start, replacement: ' ' }],
  }];
}

/** The index of the first comma at or after `from`, or -1. */
function nextComma(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k]!.text === ',') return k;
  return -1;
}
const NOMINAL_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'JJ']);

/** An auxiliary stands before the verb at `j`, with adverbs only between: "had once lost". */
function afterAuxiliary(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && primaryTag(tokens[k]).startsWith('RB')) k--;
  return isWordToken(tokens[k]) && isAuxiliary(tokens[k]!);
}

/** What stands at `at` opens an object: a determiner, a possessive, a number. */
function takesObjectAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && (t.kind === 'number' || (isWordToken(t) && (isDeterminer(t) || /^(PRP\$|JJ|NNS?)$/.test(primaryTag(t)))));
}

/** A comma after `from` with a finite verb or a modal right after it: the insertion's closing comma. */
function closedLater(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1]!;
    if (tokens[k]!.text === ',' && isWordToken(next) && (isFiniteVerb(next) || isModal(next))) return true;
  }
  return false;
}

/** A verb of saying or expecting in the past or present: "as the mayor explained", "as forecasters expected". */
function isReportingVerb(t: Token | undefined): boolean {
  if (!isWordToken(t) || isAuxiliary(t) || !(primaryTag(t) === 'VBZ' || isPastForm(t))) return false;
  return verbSenses.of(t).some((sense) => sense === 'verb.communication' || sense === 'verb.cognition');
}

/**
 * An attribution inserted after the subject, opened by a comma and never closed: "The bridge, as the mayor explained
 * will cost more", "The line, according to the operator will open in May", "The price, the company said will rise".
 * The subject opens the sentence; after it ", as" + a noun phrase or pronoun + a verb of saying or expecting,
 * ", according to" + a noun phrase, or a noun phrase + a verb of saying; then straight away the main clause's modal
 * or finite verb, where the closing comma belongs. `i` is the subject's comma (`subjectComma`), or -1.
 */
function unclosedAttribution(sentence: Sentence, i: number): Report[] {
  const tokens = sentence.tokens;
  if (i < 1 || i + 3 >= tokens.length) return [];
  const opener = tokens[i + 1]!.lower;
  let end = -1;
  if (opener === 'as') {
    const speaker = isPronoun(tokens[i + 2]!) ? i + 3 : nounPhraseEnd(tokens, i + 2);
    if (speaker > i + 2 && isReportingVerb(tokens[speaker])) end = speaker + 1;
    // "as always", "as planned", "as every year", "as last year": an insertion of habit or plan with no speaker.
    else if (AS_ALONE.hasToken(tokens[i + 2]!)) end = i + 3;
    else if (AS_BEFORE_TIME.hasToken(tokens[i + 2]!) && isWordToken(tokens[i + 3]) && nounSenses.of(tokens[i + 3]!).includes('noun.time')) end = i + 4;
  } else if (opener === 'according' && tokens[i + 2]?.lower === 'to') {
    const source = nounPhraseEnd(tokens, i + 3);
    if (source > i + 3) end = source;
  } else {
    const speaker = nounPhraseEnd(tokens, i + 1);
    if (speaker > i + 1 && isSpeechVerb(tokens[speaker]) && !isAuxiliary(tokens[speaker]!)) end = speaker + 1;
  }
  const verb = tokens[end];
  // After an insertion that ends with its verb ("as forecasters expected"), a past cannot be a participle: "hit".
  const endsWithVerb = opener !== 'according';
  // A present the lexicon reads first as a plural counts there too: "the newspaper reported plans to cut".
  if (end < 0 || !isWordToken(verb) || !(isModal(verb) || (isFiniteVerb(verb) && !canBeParticiple(verb)) || (endsWithVerb && (isPastForm(verb) || verb.tags.includes('VBZ'))))) return [];
  const last = tokens[end - 1]!;
  return [{
    start: tokens[i]!.start,
    end: verb.end,
    message: `The insertion opened by this comma is never closed: a comma belongs before "${verb.text}".`,
    suggestions: [{ start: last.end, end: last.end, replacement: ',' }],
  }];
}

const AS_ALONE = new WordSet(['always', 'usual', 'planned', 'expected', 'announced', 'agreed', 'scheduled', 'promised', 'before']);
const AS_BEFORE_TIME = new WordSet(['every', 'each', 'last']);

// Verbs that take a clause of their own ("who thinks the mayor said"); WordNet's supersenses are too wide here (they
// put "take" and "found" with "think").
const CLAUSE_VERBS = new WordSet([
  'think', 'believe', 'claim', 'hope', 'fear', 'feel', 'expect', 'argue', 'suggest', 'hear', 'insist', 'suspect', 'assume',
  'suppose', 'mean', 'warn', 'report', 'say', 'tell', 'write', 'add', 'admit', 'agree', 'deny', 'note', 'state',
]);
const takesClause = (t: Token) => takesIndirectQuestion(t) || CLAUSE_VERBS.has(lemma.of(t));

export default defineRule({
  meta: {
    id: 'unclosed-parenthetical',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'An apposition or parenthetical with only one of its two commas.',
    sourceHint: 'Source punctuation mapped comma for comma onto a reordered English sentence, or a dropped comma around an inserted phrase.',
    fixable: true,
  },
  // A comma; and a lower-case noun for a person's role, a reduced-clause opener, a relative 'who'/'which', or an
  // attribution's 'as', 'according' or verb of saying.
  needs: [
    new Set([',']),
    (t) =>
      t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.lower === 'as' || t.lower === 'according' || (t.kind === 'word' && REDUCED_OPENERS.hasToken(t)) ||
      isSpeechVerb(t) ||
      (t.kind === 'word' && primaryTag(t) === 'NN' && /^\p{Ll}/u.test(t.text) && nounSenses.of(t).includes('noun.person')),
  ],
  anchor: STARTS,
  detectSentence(sentence: Sentence, ctx: RuleContext) {
    const anchors = anchorsIn(sentence, ctx, STARTS);
    const reports = unclosedApposition(sentence, anchors);
    const unopened = unopenedParenthetical(sentence, anchors);
    // The subject's comma, read once: both detectors ask at each of their commas whether it is that one.
    const start = subjectStart(sentence.tokens);
    const subjectEnd = subjectComma(sentence.tokens, start);
    const relative = unclosedRelative(sentence, anchors, subjectEnd);
    const attribution = relative.length > 0 ? relative : unclosedAttribution(sentence, subjectEnd);
    const defining = attribution.length > 0 ? attribution : commaAroundDefiningRelative(sentence, ctx.doc.text, start, subjectEnd);
    // Most sentences have none: no array is spread for them.
    if (unopened.length > 0 || defining.length > 0) reports.push(...unopened, ...defining);
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The union leader, Maria Lopez said the strike would continue.', output: 'The union leader Maria Lopez said the strike would continue.' },
      { text: 'Last week the party spokesman, Tom Baker announced his resignation.', output: 'Last week the party spokesman Tom Baker announced his resignation.' },
      { text: 'The plan while popular, failed in parliament.', output: 'The plan, while popular, failed in parliament.' },
      { text: 'The new tax although modest, would hit small firms.', output: 'The new tax, although modest, would hit small firms.' },
      { text: 'The new runway once opened, doubled the traffic.', output: 'The new runway, once opened, doubled the traffic.' },
      { text: 'The bank’s chief economist, Laura Stein expects a slowdown.', output: 'The bank’s chief economist Laura Stein expects a slowdown.' },
      { text: 'Her trainer at Leeds, Tom Hale said she was ready.', output: 'Her trainer at Leeds, Tom Hale, said she was ready.' },
      { text: 'Moreau, who runs the bakery since 2019 said the rent had doubled.', output: 'Moreau, who runs the bakery since 2019, said the rent had doubled.' },
      { text: 'The old pier, which was rebuilt in 1990 needs new planks.', output: 'The old pier, which was rebuilt in 1990, needs new planks.' },
      { text: 'The new pool, as the mayor announced will open in June.', output: 'The new pool, as the mayor announced, will open in June.' },
      { text: 'The ferry, according to the operator will run twice a day.', output: 'The ferry, according to the operator, will run twice a day.' },
      { text: 'The bill, the minister said will pass next week.', output: 'The bill, the minister said, will pass next week.' },
      { text: 'The market, as every year will open in December.', output: 'The market, as every year, will open in December.' },
      { text: 'In the end, the talks, which lasted two days were a failure.', output: 'In the end, the talks, which lasted two days, were a failure.' },
      { text: 'The tunnel which was opened in 1985, will be closed for a year.', output: 'The tunnel which was opened in 1985 will be closed for a year.' },
      { text: 'The bakery, that sells the best bread, is closing.', output: 'The bakery that sells the best bread is closing.' },
    ],
    valid: [
      'The union leader, Maria Lopez, said the strike would continue.',
      'Union leader Maria Lopez said the strike would continue.',
      'According to the minister, John Smith was not involved.',
      'While popular, the plan failed in parliament.',
      'The plan, while popular, failed in parliament.',
      'Prices rose in March when demand peaked, but fell later.',
      'She stayed at home while her husband worked, and the children slept.',
      'For the director, Paris was the obvious choice.',
      'He thanked the doctor, Anna, and the nurses.',
      'An experienced pilot, Maria Lopez flew the plane home.',
      'Being the only doctor, Ana was also the coroner.',
      'This man, Tom said, had the play shut up in his desk.',
      'One night, Mama came home late.',
      'The horse ran towards the barn while Cook, hit by a bullet, fell.',
      'Let her call him if she wanted to, let him shout.',
      'They pushed him that way once more, forced him to give in.',
      'Moreau, who runs the bakery, said the rent had doubled.',
      'Moreau, who thinks the landlord said too much, stayed calm.',
      'Moreau, who runs the bakery and told us about it, left early.',
      'The mayor, who met the owners who said they would stay, was pleased.',
      'Her trainer at Leeds, Tom Hale, said she was ready.',
      'The old pier, which was rebuilt in 1990, needs new planks.',
      'The firm, which makes the parts ships need, is closing.',
      'The plan, as he explained it, was simple.',
      'The victims, most of whom were children, were taken to hospital.',
      'Prices, as expected, rose again.',
      'The officer, who had once lost his licence, was fired.',
      'The market, as every year, will open in December.',
      'The tunnel which was opened in 1985 will be closed for a year.',
      'The bakery that sells the best bread is closing.',
      'The house which he built, he later sold to his brother.',
      'All the generals who held important commands in the war, did not write books.',
      'Each man, that is, is both one and many.',
      'On July 4, 1959, the patient developed a fever.',
      'He said, that was the end of it.',
      'The plan, that is, the second one, failed.',
      'The prices, as always, went up in winter.',
    ],
  },
});
