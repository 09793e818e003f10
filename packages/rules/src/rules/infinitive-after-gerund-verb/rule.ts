import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isAdverb, isAuxiliary, isDeterminer, isModal, isPerfectAuxiliary, isPronoun, isVerb, lemma, primaryTag, type Token, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// Verbs whose verbal complement is an -ing form and never a to-infinitive ("avoid raising", not "avoid to raise").
// Verbs that take a to-infinitive of purpose ("quit to join", "stopped to rest", "escaped to avoid") or both forms
// ("consider", "recommend", "begin"), or an object raised before "to" ("rocks which he imagines to bear marks"),
// are left out: there "to" + verb is good English.
const GERUND_VERBS = new WordSet([
  'avoid', 'enjoy', 'finish', 'end', 'deny', 'postpone', 'suggest', 'admit', 'miss', 'discuss', 'appreciate', 'mind',
  // With no object, these take an -ing form too ("recommends using", not "recommends to use"); with one, "to" is
  // English ("recommends drivers to use"), and the object stands between.
  'recommend', 'advise',
  'practise', 'practice', 'risk',
  // "consider" takes "to be"/"to have" after a raised object ("what I considered to be a mistake", "is considered to
  // have saved"), which `raisedObject` leaves alone; before any other verb its complement is an -ing form.
  'consider',
]);

/**
 * "considered to be", "whom he considers to deserve", "the people I consider to merit": an object moved before the
 * verb (a relative word, or a noun then a subject pronoun), or a "be"/"have" infinitive, for which "consider" is read.
 */
function raisedObject(tokens: readonly Token[], i: number, base: Token): boolean {
  if (base.lower === 'be' || base.lower === 'have') return true;
  for (let b = Math.max(0, i - 4); b < i; b++) {
    if (/^(WDT|WP)$/.test(primaryTag(tokens[b])) || tokens[b]!.lower === 'that') return true;
  }
  const subject = tokens[i - 1];
  return subject?.kind === 'word' && isPronoun(subject) && /^NNS?$/.test(primaryTag(tokens[i - 2]));
}

/** The verb at `i` governs what follows: it is read as a verb, or stands after a subject pronoun, modal, adverb or "to". */
function actsAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // "an end to", "was suggested to"; after "has/have/had" the participle is the active perfect: "have finished to",
  // and after "is/are" an -ing form is the active progressive: "are considering to".
  if (prev?.kind === 'word' && (isDeterminer(prev) || (isAuxiliary(prev) && !isPerfectAuxiliary(prev) && primaryTag(t) !== 'VBG'))) return false;
  // A passive with an adverb between: "is well advised to seek".
  let b = i - 1;
  while (b > 0 && tokens[b]!.kind === 'word' && isAdverb(tokens[b]!)) b--;
  if (b < i - 1 && tokens[b]!.kind === 'word' && lemma.of(tokens[b]!) === 'be') return false;
  // After a name, an adjective or a preposition the word is a noun: "Scotchgard finish to resist", "loose ends to",
  // "at ends to seal". After "'re", "'s" a participle is a passive or an adjective: "we're minded to read".
  if (prev?.kind === 'word' && (/^(NNP|NNPS|JJ|IN)$/.test(primaryTag(prev)) || /^['’](re|s|m)$/.test(prev.lower))) return false;
  return isVerb(t) || (prev !== undefined && prev.kind === 'word' && (isPronoun(prev) || isModal(prev) || isAdverb(prev) || prev.lower === 'to'));
}

// Verbs of advising whose person advised Russian and German give in the dative before the infinitive ("рекомендуют
// жителям оставаться", "empfehlen den Anwohnern, zu bleiben"): MT writes "recommend to the residents to stay".
// English advises or urges the person ("advise the residents to stay") or recommends that they stay.
const ADVISING = new WordSet(['recommend', 'suggest', 'advise']);
const OBJECT_PRONOUNS = new WordSet(['them', 'him', 'her', 'us', 'me', 'you', 'everyone', 'everybody']);

/** The end of the person advised after "to" at `to` ("to the residents", "to them", "to all drivers"), followed by
 * "to" and a base verb; -1 when there is none. */
function adviseeEnd(tokens: readonly Token[], to: number): number {
  const first = tokens[to + 1];
  if (first === undefined || first.kind !== 'word') return -1;
  let end = to + 2;
  if (!OBJECT_PRONOUNS.hasToken(first)) {
    if (!isDeterminer(first) && primaryTag(first) !== 'PRP$' && primaryTag(first) !== 'NNS') return -1;
    while (end < tokens.length && end - to <= 4 && tokens[end]!.kind === 'word' && tokens[end]!.lower !== 'to' && /^(JJ|NN|NNS)$/.test(primaryTag(tokens[end]))) end++;
    if (!/^NNS?$/.test(primaryTag(tokens[end - 1]))) return -1;
  }
  return tokens[end]?.lower === 'to' && isBaseVerb(tokens[end + 1]) ? end : -1;
}

/** A word after "to" that can be a base verb ("to raise"); "to the board", "to hospital", "to June" cannot. */
const isBaseVerb = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && t.tags.includes('VB') && t.text === t.lower && t.tags[0] !== 'DT';

export default defineRule({
  meta: {
    id: 'infinitive-after-gerund-verb',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.7,
    description: 'A to-infinitive after a verb that takes an -ing form: "ended to raise", "avoid to pay", "suggested to meet".',
    sourceHint: 'A source infinitive after the verb (Chinese 结束募集, Russian "избегать платить", German "vermeiden zu zahlen") kept as an English infinitive.',
    fixable: false,
  },
  needs: [new Set(['to']), formOf(GERUND_VERBS)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      // Cheap filter: "to" after a word (two characters, by the offsets the token keeps); then the lemma test, on few
      // tokens.
      const to = tokens[i + 1]!;
      if (to.end - to.start !== 2 || to.lower !== 'to') continue;
      const verb = tokens[i]!;
      if (verb.kind !== 'word' || !GERUND_VERBS.has(lemma.of(verb)) || !actsAsVerb(tokens, i)) continue;
      const advisee = ADVISING.has(lemma.of(verb)) ? adviseeEnd(tokens, i + 1) : -1;
      if (advisee > 0) {
        const advise = conjugateVerb('advise', verb.tags.includes('VBZ') && verb.lower.endsWith('s') ? 'VBZ' : verb.lower.endsWith('ed') ? 'VBD' : verb.lower.endsWith('ing') ? 'VBG' : 'VBP');
        const person = tokens.slice(i + 2, advisee).map((t) => t.text).join(' ');
        reports.push({
          start: verb.start,
          end: tokens[advisee + 1]!.end,
          message: `"${verb.text} to ${person} to ${tokens[advisee + 1]!.text}" is the source's dative; English says "${advise} ${person} to ${tokens[advisee + 1]!.text}" or "${verb.text} that ${person} ${tokens[advisee + 1]!.text}".`,
          suggestions: [{ start: verb.start, end: tokens[i + 2]!.start, replacement: /^\p{Lu}/u.test(verb.text) ? `${advise[0]!.toUpperCase()}${advise.slice(1)} ` : `${advise} ` }],
        });
        continue;
      }
      const base = tokens[i + 2];
      if (!isBaseVerb(base) || (lemma.of(verb) === 'consider' && raisedObject(tokens, i, base))) continue;
      const gerund = conjugateVerb(base.lower, 'VBG');
      reports.push({
        start: verb.start,
        end: base.end,
        message: `"${verb.text}" takes an -ing form, not "to ${base.text}": "${verb.text} ${gerund}".`,
        suggestions: [{ start: to.start, end: base.end, replacement: gerund }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The volunteers have finished to clean the beach.', output: 'The volunteers have finished cleaning the beach.' },
      { text: 'The fund ended to raise money on May 9.', output: 'The fund ended raising money on May 9.' },
      { text: 'Drivers should avoid to use the bridge.', output: 'Drivers should avoid using the bridge.' },
      { text: 'The minister suggested to meet again in June.', output: 'The minister suggested meeting again in June.' },
      { text: 'He denied to have taken the money.', output: 'He denied having taken the money.' },
      { text: 'The agency recommends to boil tap water.', output: 'The agency recommends boiling tap water.' },
      { text: 'Doctors recommend to the patients to drink more water.', output: 'Doctors advise the patients to drink more water.' },
      { text: 'The police suggested to all drivers to avoid the bridge.', output: 'The police advised all drivers to avoid the bridge.' },
      { text: 'The council is considering to close the bridge.', output: 'The council is considering closing the bridge.' },
      { text: 'They practised to shoot penalties all week.', output: 'They practised shooting penalties all week.' },
    ],
    valid: [
      'The war ended in 1945.',
      'The talks put an end to the fighting.',
      'She suggested to the board that it wait.',
      'He was admitted to hospital on Monday.',
      'They missed to the left of the goal.',
      'Access was denied to journalists.',
      'The vote was postponed to June.',
      'He quit to join a rival firm.',
      'She stopped to rest on the hill.',
      'The minister suggested meeting again in June.',
      'What I considered to be a mistake was corrected.',
      'He is widely considered to have saved the club.',
      'The players I consider to deserve a place are here.',
      'Those whom he considered to merit praise were named.',
      'The plan is considered to cost too much.',
      'They put the idea into practice to test it.',
      'Smoking is a risk to health.',
      'The rocks, which geologists imagine to bear the marks of ice, lie by the shore.',
      'The fabrics have a Teflon finish to resist stains.',
      'There were loose ends to tie up.',
      'Pinch the dough at the ends to seal it.',
      "We're minded to wait a bit.",
      'Drivers are advised to avoid the bridge.',
      'The city would be well advised to seek funds.',
      'The agency recommends residents to boil tap water.',
      'We shall recommend to them that they shorten the trial.',
      'She suggested to the board a new way to raise money.',
      'The plan was suggested to the council to speed up the vote.',
      'The book was recommended to students.',
    ],
  },
});
