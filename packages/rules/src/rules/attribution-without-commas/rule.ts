import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { canBeInfinitive, canBeParticiple, isNominalHead, isNominalPart, isNumeral, isWordToken, nounSenses, singularNoun, type Token, verbGroupHead, WordSet } from '@mtlint/text';

// The participles that follow "as" in a phrase of expectation: German "wie geplant", "wie erwartet", Russian "как и
// ожидалось". "as usual" is left out: Brown writes "were as usual fighting".
const EXPECTATIONS = new WordSet([
  'planned', 'expected', 'announced', 'scheduled', 'promised', 'agreed', 'foreseen', 'reported', 'intended', 'feared',
  'hoped', 'predicted', 'forecast', 'envisaged', 'anticipated',
]);
// Prepositions that open a predicate of state after "be" and seldom a phrase after a noun: not "in", "on", "at"
// ("is according to the rules in force" is English).
const STATE_PREPOSITIONS = new WordSet(['out', 'without', 'beyond']);
// Records of figures a report cites as its source: Russian "по предварительным оценкам", "по данным".
const RECORDS = new WordSet([
  'estimates', 'estimate', 'estimations', 'estimation', 'data', 'figures', 'statistics', 'forecasts', 'forecast',
  'calculations', 'reports', 'report', 'information', 'sources', 'survey', 'surveys', 'polls', 'poll', 'media',
]);
// Bodies that issue figures and statements whose WordNet readings are too many to tell them by: "the government",
// "the commission".
const BODIES = new WordSet([
  'government', 'authorities', 'commission', 'committee', 'council', 'court', 'office', 'union', 'association',
  'newspaper', 'institute', 'federation', 'service', 'administration', 'department', 'prosecutors',
]);
// The other readings a noun of persons may have and still name who says something: "witness" (a testimony),
// "minister" (an act), "operator" (a relation), "organiser" (a thing).
const PERSON_COMPANIONS = new Set(['noun.act', 'noun.communication', 'noun.relation', 'noun.artifact']);
// Words that go on with the clause after a source that interrupts a verb and its complement: a preposition, a
// determiner, a number, a possessive, an adjective ("amounts according to first estimates to about 50,000 euros").
const CONTINUATION_TAGS = new Set(['IN', 'TO', 'DT', 'CD', 'PRP$', 'JJ']);
const DETERMINER_TAGS = new Set(['DT', 'PRP$']);
const ANCHOR = new Set(['according', 'as']);
// How far a source may run: "according to the head of the regional fire brigade".
const MAX_SOURCE = 10;

type Head = 'modal' | 'have' | 'be' | 'do';

/** Whether `t` is the form of a verb the head wants: an infinitive after a modal or "do", a participle after "have"
 * or "be". */
function isWantedForm(head: Head, t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  if (head === 'modal' || head === 'do') return canBeInfinitive(t);
  if (head === 'have') return canBeParticiple(t) || t.lower === 'been';
  const first = t.tags[0];
  // After "be" also a predicate: a participle, an -ing form, an adjective, or a phrase of state ("is according to the
  // doctors out of danger").
  return canBeParticiple(t) || first === 'VBG' || first === 'JJ' || STATE_PREPOSITIONS.hasToken(t);
}

/** Whether `t` can stand in a source after "according to": a noun phrase's words, "of" joining a second one ("the
 * head of the fire brigade"), a word the lexicon reads first as a verb but also as a noun ("the shipping line"), or a
 * plural's possessive apostrophe, which is a token of its own ("the tenants' union"). */
function isSourcePart(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  if (k > from && t.lower === 'of') return isWordToken(tokens[k + 1]) && isNominalPart(tokens[k + 1]!);
  if (t.text === "'" || t.text === '’') return k > from && tokens[k - 1]!.lower.endsWith('s') && isWordToken(tokens[k + 1]);
  // A number or a determiner after a noun opens the next phrase: "according to its own data 500 people", "according
  // to media reports a record fee".
  if (k > from && (isNumeral(t) || DETERMINER_TAGS.has(t.tags[0] ?? '')) && isNominalHead(tokens[k - 1]!)) return false;
  return isNominalPart(t) || (isWordToken(t) && (t.tags.includes('NN') || t.tags.includes('NNS')));
}

/** The index of the head's verb after a source that starts at `from` ("the airport's operator open"), or -1. */
function verbAfterSource(tokens: readonly Token[], from: number, head: Head): number {
  for (let k = from; k < tokens.length && k - from <= MAX_SOURCE; k++) {
    if (k > from && isNominalHead(tokens[k - 1]!) && isWantedForm(head, tokens[k])) return k;
    if (!isSourcePart(tokens, k, from)) return -1;
  }
  return -1;
}

/** One past the source that starts at `from`, or `from` when none. */
function sourceEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from <= MAX_SOURCE && isSourcePart(tokens, k, from)) k++;
  return k;
}

/** Whether the source at [from, end) names who says or counts: its first noun phrase's last noun is a person or a
 * body ("the police", "analysts", "the ministry"), a record of figures ("first estimates", "data"), or a name that is
 * not a reference to a numbered part ("Table 1", "XML 1.1"). */
function namesSource(tokens: readonly Token[], from: number, end: number): boolean {
  let last = -1;
  for (let k = from; k < end && tokens[k]!.lower !== 'of'; k++) if (isWordToken(tokens[k]) && tokens[k]!.tags.some((tag) => tag === 'NN' || tag === 'NNS' || tag === 'NNP' || tag === 'NNPS')) last = k;
  if (last < 0) return false;
  const t = tokens[last]!;
  if (t.tags[0] === 'NNP' || t.tags[0] === 'NNPS') return !isNumeral(tokens[last + 1]);
  if (RECORDS.hasToken(t) || BODIES.hasToken(t)) return true;
  // WordNet's senses come unranked, so a noun counts only when every reading is a person's or a body's kind: "analyst",
  // "witness", "minister", "insurer", "agency", but not "type", "set" or "user group" readings of things.
  const senses = nounSenses(singularNoun(t.lower));
  if (senses.includes('noun.person')) return senses.every((sense) => sense === 'noun.person' || PERSON_COMPANIONS.has(sense));
  return senses.includes('noun.group') && senses.length <= 3 && !senses.includes('noun.cognition') && !senses.includes('noun.attribute');
}

/** After a lexical verb, one past a source naming who says or counts when a word that goes on with the verb's
 * clause follows it ("amounts according to first estimates to about 50,000 euros"), or -1. "vary according to the
 * state", "priced according to demand" say how, not who: their nouns are no source. */
function interruptedComplementEnd(tokens: readonly Token[], i: number): number {
  // A verb, or a plural noun that is also a verb's third person ("amounts"): not a word whose verb reading is a stray
  // tag of the lexicon ("and" has one).
  const tags = tokens[i - 1]!.tags;
  if (!tags[0]?.startsWith('VB') && !(tags[0] === 'NNS' && tags.includes('VBZ'))) return -1;
  const end = sourceEnd(tokens, i + 2);
  if (end === i + 2 || !namesSource(tokens, i + 2, end)) return -1;
  const next = tokens[end];
  if (next?.kind === 'number') return end;
  if (!isWordToken(next) || next.lower === 'of' || next.lower === 'than' || next.lower === 'as' || next.lower === 'that') return -1;
  return CONTINUATION_TAGS.has(next.tags[0] ?? '') ? end : -1;
}

export default defineRule({
  meta: {
    id: 'attribution-without-commas',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'A source or an expectation inside a clause without commas: between an auxiliary and its verb ("will according to forecasters reach", "were as expected completed") or a verb and the rest of its clause ("amounts according to first estimates to") → "will, according to forecasters, reach".',
    sourceHint: 'German "wird laut Meteorologen … erreichen", "wurde wie erwartet abgeschlossen", Russian "составляет по предварительным оценкам …": the source keeps the phrase inside the clause and needs no commas around it.',
    fixable: true,
  },
  anchor: ANCHOR,
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, ANCHOR);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      const word = tokens[i]!.lower;
      const before = tokens[i - 1];
      if ((word !== 'according' && word !== 'as') || !isWordToken(before)) continue;
      const head = verbGroupHead(before);
      const groupHead = head === 'modal' || head === 'have' || head === 'be' || head === 'do' ? head : undefined;
      // One past the phrase: the head's verb, or the word that goes on with a lexical verb's clause.
      let end = -1;
      if (word === 'according' && tokens[i + 1]?.lower === 'to') {
        if (groupHead) end = verbAfterSource(tokens, i + 2, groupHead);
        else if (head === undefined) end = interruptedComplementEnd(tokens, i);
      } else if (word === 'as' && groupHead && EXPECTATIONS.has(tokens[i + 1]?.lower ?? '') && isWantedForm(groupHead, tokens[i + 2])) {
        end = i + 2;
      }
      if (end < 0) continue;
      const phrase = ctx.doc.text.slice(tokens[i]!.start, tokens[end - 1]!.end);
      reports.push({
        start: tokens[i]!.start,
        end: tokens[end - 1]!.end,
        message: `"${phrase}" stands between "${before.text}" and ${groupHead ? 'its verb' : 'the rest of its clause'} as the source language puts it; English sets it off with commas or moves it to the front of the sentence.`,
        suggestions: [{ start: before.start, end: tokens[end]!.end, replacement: `${before.text}, ${phrase}, ${tokens[end]!.text}` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The flood will according to hydrologists peak on Sunday.', output: 'The flood will, according to hydrologists, peak on Sunday.' },
      { text: 'The singer was according to her manager taken to a clinic.', output: 'The singer was, according to her manager, taken to a clinic.' },
      { text: 'Exports have according to the statistics office of the region grown by four percent.', output: 'Exports have, according to the statistics office of the region, grown by four percent.' },
      { text: 'The tunnel was as scheduled reopened at six in the morning.', output: 'The tunnel was, as scheduled, reopened at six in the morning.' },
      { text: 'The deficit amounts according to early estimates to three percent of output.', output: 'The deficit amounts, according to early estimates, to three percent of output.' },
      { text: 'Sales fell according to the trade association by a fifth.', output: 'Sales fell, according to the trade association, by a fifth.' },
    ],
    valid: [
      'The flood will peak on Sunday, according to hydrologists.',
      'According to her manager, the singer was taken to a clinic.',
      'Exports have, according to the statistics office, grown by four percent.',
      'The tickets are priced according to demand.',
      'The tunnel was reopened as scheduled.',
      'The players were as usual fighting for every ball.',
      'The plan is according to the rules in force.',
      'The results were as expected.',
      'Everything will go according to plan.',
      'Boats are classified according to their length in three groups.',
      'The fee varies according to the client\'s income.',
      'As expected, the tunnel was reopened at six.',
    ],
  },
});
