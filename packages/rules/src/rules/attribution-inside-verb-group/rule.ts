import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { canBeInfinitive, canBeParticiple, isNominalHead, isNominalPart, isWordToken, type Token, verbGroupHead, WordSet } from '@mtlint/text';

// The participles that follow "as" in a phrase of expectation: German "wie geplant", "wie erwartet", Russian "как и
// ожидалось". "as usual" is left out: Brown writes "were as usual fighting".
const EXPECTATIONS = new WordSet([
  'planned', 'expected', 'announced', 'scheduled', 'promised', 'agreed', 'foreseen', 'reported', 'intended', 'feared',
  'hoped', 'predicted', 'forecast', 'envisaged', 'anticipated',
]);
// Prepositions that open a predicate of state after "be" and seldom a phrase after a noun: not "in", "on", "at"
// ("is according to the rules in force" is English).
const STATE_PREPOSITIONS = new WordSet(['out', 'without', 'beyond']);
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
  return canBeParticiple(t) || first === 'VBG' || first === 'JJ' || STATE_PREPOSITIONS.has(t.lower);
}

/** The index of the head's verb after a source that starts at `from` ("the airport's operator open"), or -1. */
function verbAfterSource(tokens: readonly Token[], from: number, head: Head): number {
  for (let k = from; k < tokens.length && k - from <= MAX_SOURCE; k++) {
    const t = tokens[k]!;
    if (k > from && isNominalHead(tokens[k - 1]!) && isWantedForm(head, t)) return k;
    // "of" joins a second noun phrase to the source: "the head of the fire brigade".
    const joins = t.lower === 'of' && k > from && isWordToken(tokens[k + 1]) && isNominalPart(tokens[k + 1]!);
    // A word the lexicon reads first as a verb may still be a noun of the source: "the shipping line"; a plural's
    // possessive apostrophe is a token of its own: "the tenants' union".
    const noun = isWordToken(t) && (t.tags.includes('NN') || t.tags.includes('NNS'));
    const possessive = (t.text === "'" || t.text === '’') && k > from && tokens[k - 1]!.lower.endsWith('s') && isWordToken(tokens[k + 1]);
    if (!joins && !isNominalPart(t) && !noun && !possessive) return -1;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: 'attribution-inside-verb-group',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'A source or an expectation between an auxiliary and its verb without commas: "will according to forecasters reach", "were as expected completed" → "will, according to forecasters, reach".',
    sourceHint: 'German "wird laut Meteorologen … erreichen", "wurde wie erwartet abgeschlossen", Russian "по данным …": the source keeps the phrase inside the verb group and needs no commas around it.',
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
      if (word !== 'according' && word !== 'as') continue;
      const head = verbGroupHead(tokens[i - 1]);
      if (head !== 'modal' && head !== 'have' && head !== 'be' && head !== 'do') continue;
      let verb: number;
      if (word === 'according') {
        if (tokens[i + 1]?.lower !== 'to') continue;
        verb = verbAfterSource(tokens, i + 2, head);
      } else {
        if (!EXPECTATIONS.has(tokens[i + 1]?.lower ?? '')) continue;
        verb = isWantedForm(head, tokens[i + 2]) ? i + 2 : -1;
      }
      if (verb < 0) continue;
      const auxiliary = tokens[i - 1]!;
      const phrase = ctx.doc.text.slice(tokens[i]!.start, tokens[verb - 1]!.end);
      reports.push({
        start: tokens[i]!.start,
        end: tokens[verb - 1]!.end,
        message: `"${phrase}" stands between "${auxiliary.text}" and its verb as the source language puts it; English sets it off with commas or moves it to the front of the sentence.`,
        suggestions: [{ start: auxiliary.start, end: tokens[verb]!.end, replacement: `${auxiliary.text}, ${phrase}, ${tokens[verb]!.text}` }],
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
      'As expected, the tunnel was reopened at six.',
    ],
  },
});
