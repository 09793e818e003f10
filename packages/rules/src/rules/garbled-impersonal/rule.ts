import { anchorsIn, defineRule, type Report, type RuleContext } from '@mtlint/engine';
import { conjugateVerb, isAdverb, isAuxiliary, isModal, lemma, nounPhraseEnd, nounSenses, primaryTag, nounSingular, type Sentence, type Token, WordMap, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// English reports hearsay and common knowledge with an impersonal passive whose subject can only be the
// dummy "it": "It is known that …", "It was reported that …". Translations from languages that need no
// subject there (Russian "известно, что", Chinese "据悉", German "es heißt") drop the "it" or fill the slot
// with a person: "Is known that prices will rise", "The correspondent is known that …".

// Verbs whose passive takes a that-clause only with the dummy subject "it". Verbs with a personal passive
// ("he was told / warned / informed / convinced that") are deliberately absent: their subject is a person.
const IMPERSONAL_LEMMAS = new WordSet([
  'know', 'say', 'believe', 'report', 'think', 'expect', 'estimate', 'fear', 'hope', 'understand', 'rumour', 'rumor',
  'allege', 'claim', 'learn', 'assume', 'presume', 'suppose', 'note', 'announce', 'state', 'argue', 'suggest',
  'predict', 'reckon', 'anticipate', 'speculate', 'feel', 'confirm', 'reveal', 'stress', 'emphasize', 'emphasise',
]);
// "learnt" and "rumoured" are not inflected back to their verb by the lexicon's inflector.
const PARTICIPLE_LEMMAS = new WordMap([['learnt', 'learn'], ['rumoured', 'rumour']]);
// Subjects that make "that" a relative or result clause: "Little is known that would help", "so much is said that".
const QUANTIFIERS = new WordSet(['much', 'little', 'more', 'less', 'enough', 'nothing', 'something', 'anything', 'everything', 'all', 'so', 'too']);
// Nouns that take a that-clause of their own, extraposed after the verb: "Evidence was found that …",
// "The decision was announced that …". WordNet files them under communication, cognition and feeling.
const CLAUSE_TAKING_SENSES = new WordSet(['noun.communication', 'noun.cognition', 'noun.feeling']);
// What can open the subject of a that-clause: a determiner, pronoun, name, noun, number, adjective.
const CLAUSE_OPENERS = new WordSet(['DT', 'PDT', 'PRP', 'PRP$', 'NNP', 'NNPS', 'NN', 'NNS', 'CD', 'JJ', 'JJS', 'EX']);

const isBe = (t: Token) => t.kind === 'word' && isAuxiliary(t) && lemma.of(t) === 'be';
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** The impersonal participle at `i` ("known", "said"), preceded by a form of "be": the index of that "be", or -1. */
function impersonalPassive(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!t.tags.includes('VBN')) return -1;
  const base = PARTICIPLE_LEMMAS.getToken(t) ?? lemma.of(t);
  if (!IMPERSONAL_LEMMAS.has(base)) return -1;
  return impersonalPassiveBe(tokens, i);
}

/** The form of "be" before the participle at `i`, past adverbs ("is widely believed"), or -1. */
function impersonalPassiveBe(tokens: readonly Token[], i: number): number {
  let b = i - 1;
  while (b >= 0 && isWord(tokens[b]) && isAdverb(tokens[b]!) && !isBe(tokens[b]!)) b--;
  return b >= 0 && isBe(tokens[b]!) ? b : -1;
}

/** "that" opening a complement clause: followed by the start of a subject, not by a verb or a time noun ("that evening"). */
function opensComplementClause(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'that') return false;
  const next = tokens[i + 1];
  if (next === undefined || (next.kind !== 'word' && next.kind !== 'number')) return false;
  if (!CLAUSE_OPENERS.has(primaryTag(next))) return false;
  return !(next.kind === 'word' && nounSenses.of(next).includes('noun.time') && !isWord(tokens[i + 2]));
}

/** Index of the word before the verb group (skipping adverbs, modals, "not" and auxiliaries), or -1 at the clause start. */
function subjectSlot(tokens: readonly Token[], be: number): number {
  let s = be - 1;
  while (s >= 0 && isWord(tokens[s]) && (isAdverb(tokens[s]!) || isModal(tokens[s]!) || isAuxiliary(tokens[s]!))) s--;
  return s;
}

/** "As it is known, …" at the start of a sentence: Russian "как известно"; English says "As is known". */
function asItIsKnown(tokens: readonly Token[]): Report | undefined {
  const [as, it, , verb, comma] = tokens;
  if (as?.lower !== 'as' || it?.lower !== 'it' || comma?.text !== ',' || impersonalPassive(tokens, 3) !== 2) return undefined;
  return {
    start: as.start,
    end: verb!.end,
    mqmSeverity: 'minor',
    message: `"${as.text} it ${tokens[2]!.text} ${verb!.text}," is a calque; English says "${as.text} ${tokens[2]!.text} ${verb!.text}," without "it".`,
    suggestions: [{ start: it.start, end: tokens[2]!.start, replacement: '' }],
  };
}

// Verbs of advice whose passive English gives a person as subject with "advised", not "recommended": German "es wird
// empfohlen", Russian "рекомендуется" render as "Farmers are recommended to shelter the cattle".
const ADVICE_PARTICIPLES = new WordSet(['recommended', 'suggested', 'proposed']);
// Verbs of blame that take "of" + -ing, never a to-infinitive: "accused of having lied" (German "beschuldigt, gelogen
// zu haben", Russian "обвинён в том, что"). "suspected to have" is English and not in the class.
const BLAME_LEMMAS = new WordSet(['accuse', 'charge', 'convict']);
const blamed = formOf(BLAME_LEMMAS);
const PERSON_SENSES = new WordSet(['noun.person', 'noun.group']);

/** "People are recommended to …": a personal passive of a verb of advice with a to-infinitive. */
function personalAdvicePassive(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const next = tokens[i + 2];
  if (!ADVICE_PARTICIPLES.hasToken(verb) || !isWord(next) || !next.tags.includes('VB') || primaryTag(next) === 'DT') return undefined;
  const be = impersonalPassiveBe(tokens, i);
  if (be < 0) return undefined;
  const subject = tokens[subjectSlot(tokens, be)];
  // "It is recommended to book early" is English, if stiff; the calque has a person or group as the subject.
  if (!isWord(subject) || subject.lower === 'it' || subject.lower === 'there') return undefined;
  // "Legislation was proposed to authorize the sale": a thing proposed for a purpose. Only people are advised.
  const tag = primaryTag(subject);
  const person = tag === 'PRP' || tag === 'NNP' || tag === 'NNPS' || ((tag === 'NN' || tag === 'NNS') && nounSenses(nounSingular.of(subject)).some((x) => PERSON_SENSES.has(x)));
  if (!person) return undefined;
  return {
    start: verb.start,
    end: tokens[i + 1]!.end,
    message: `"${verb.text} to" cannot take a person as its subject in English: "${subject.text} … advised to ${next.text}", or "it is ${verb.text} that …".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: 'advised' }],
  };
}

/** "accused to have lied" → "accused of having lied": a verb of blame with a to-infinitive. */
function blameInfinitive(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  if (!primaryTag(verb).startsWith('VB') || !BLAME_LEMMAS.has(lemma.of(verb))) return undefined;
  // The object may stand between: "accused the firm to have concealed".
  let to = i + 1;
  if (tokens[to]?.lower !== 'to') to = nounPhraseEnd(tokens, i + 1);
  const base = tokens[to + 1];
  if (tokens[to]?.lower !== 'to' || !isWord(base) || !base.tags.includes('VB') || primaryTag(base) === 'DT' || base.text !== base.lower) return undefined;
  // "charged to the account", "charged to pay" (a fee): only "accuse" and "convict" take any verb; "charge" only a perfect.
  if (lemma.of(verb) === 'charge' && base.lower !== 'have') return undefined;
  const gerund = base.lower === 'have' ? 'having' : conjugateVerb(base.lower, 'VBG');
  return {
    start: tokens[to]!.start,
    end: base.end,
    message: `"${verb.text}" takes "of" + -ing in English, not "to ${base.text}": "${verb.text} … of ${gerund}".`,
    suggestions: [{ start: tokens[to]!.start, end: base.end, replacement: `of ${gerund}` }],
  };
}

/**
 * Where the patterns start: "that" after the participle, the opening "as", a verb of advice or blame. The rule's need,
 * and its anchor: the detector reads these words (and the word before "that") instead of walking every token twice.
 */
const isImpersonalAnchor = (t: Token) => t.lower === 'that' || t.lower === 'as' || ADVICE_PARTICIPLES.hasToken(t) || blamed(t);

function detect(sentence: Sentence, ctx: RuleContext): Report[] {
  const tokens = sentence.tokens;
  const reports: Report[] = [];
  const anchors = anchorsIn(sentence, ctx, isImpersonalAnchor);
  const opening = asItIsKnown(tokens);
  if (opening) reports.push(opening);
  // The verb of advice or blame is an anchor.
  for (let a = 0; a < anchors.length; a++) {
    const i = anchors[a]!;
    if (i < 1) continue;
    if (i + 2 >= tokens.length) break;
    // Cheap filter: a word before "to".
    if (tokens[i + 1]!.lower !== 'to' && !tokens[i]!.lower.startsWith('accus') && !tokens[i]!.lower.startsWith('convict')) continue;
    if (tokens[i]!.kind !== 'word') continue;
    const report = personalAdvicePassive(tokens, i) ?? blameInfinitive(tokens, i);
    if (report) reports.push(report);
  }
  // The "that" after the participle is an anchor.
  for (let a = 0; a < anchors.length; a++) {
    const i = anchors[a]! - 1;
    if (i < 1) continue;
    if (i + 1 >= tokens.length) break;
    // Cheap filter first: a participle followed by "that".
    if (tokens[i + 1]!.lower !== 'that' || tokens[i]!.kind !== 'word') continue;
    const be = impersonalPassive(tokens, i);
    if (be < 0 || !opensComplementClause(tokens, i + 1)) continue;
    const s = subjectSlot(tokens, be);
    const subject = tokens[s];
    const verb = tokens[i]!;
    if (subject === undefined || (subject.kind === 'punct' && /^["“‘'(«]$/u.test(subject.text) && s === 0)) {
      // No subject at all: "Is known that …" → "It is known that …"; an adverb before "be" follows it: "Now is known
      // that …" → "It is now known that …".
      const first = tokens[s + 1]!;
      // (A modal or auxiliary there keeps its place: "Will be known that …" → "It will be known that …".)
      const adverbsOnly = tokens.slice(s + 1, be).every((t) => !isModal(t) && !isAuxiliary(t));
      const fronted = s + 1 < be && adverbsOnly ? tokens.slice(s + 1, be).map((t) => t.lower) : [];
      const replacement = fronted.length === 0 ? `It ${first.lower}` : ['It', tokens[be]!.lower, ...fronted, ...tokens.slice(be + 1, i + 1).map((t) => t.text)].join(' ');
      reports.push({
        start: first.start,
        end: verb.end,
        message: `"${first.text} … ${verb.text} that" has no subject; English needs the dummy "it" here.`,
        suggestions: [{ start: first.start, end: fronted.length === 0 ? first.end : verb.end, replacement }],
      });
      continue;
    }
    if (!isWord(subject)) continue; // a comma or conjunction: the subject is further back and may be shared
    const lower = subject.lower;
    if (lower === 'it' || lower === 'there' || QUANTIFIERS.has(lower)) {
      // "It is learned that" renders Chinese 据悉; English news says "it is understood" or names the source.
      if (lower === 'it' && (verb.lower === 'learned' || verb.lower === 'learnt')) {
        reports.push({
          start: subject.start,
          end: verb.end,
          confidence: 0.4,
          mqmSeverity: 'minor',
          message: `"${subject.text} … ${verb.text} that" is a calque of a Chinese hearsay formula; English says "it is understood that" or names the source.`,
          suggestions: [{ start: verb.start, end: verb.end, replacement: 'understood' }],
        });
      }
      continue;
    }
    const tag = primaryTag(subject);
    const person = tag === 'PRP' || tag === 'NNP' || tag === 'NNPS' || tag === 'WP';
    const noun = tag === 'NN' || tag === 'NNS';
    if (!person && !noun) continue;
    if (noun && nounSenses(lower).some((x) => CLAUSE_TAKING_SENSES.has(x))) continue;
    // "X is known that" renders Russian "X-у стало известно" (it became known to X): X has learned it.
    const plural = tag === 'NNS' || tag === 'NNPS' || lower === 'they' || lower === 'we' || lower === 'you';
    const past = /^(was|were)$/.test(tokens[be]!.lower);
    // A that-clause in the past perfect ("that the talks had failed") tells a past event: "learned", as news reports it.
    const reportedPast = tokens.slice(i + 2, i + 12).some((t, k, after) => t.lower === 'had' && primaryTag(after[k + 1]).startsWith('VB'));
    const learned = past ? 'had learned' : reportedPast ? 'learned' : plural ? 'have learned' : 'has learned';
    reports.push({
      start: subject.start,
      end: verb.end,
      message: `"${subject.text} ${tokens.slice(be, i + 1).map((t) => t.text).join(' ')} that": this passive takes only "it" as its subject ("it is ${verb.text} that …"); name the source another way ("according to …").`,
      ...(verb.lower === 'known' ? { suggestions: [{ start: tokens[be]!.start, end: verb.end, replacement: learned }] } : {}),
    });
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'garbled-impersonal',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'An impersonal passive ("it is known that") without its "it", or with a person as its subject.',
    sourceHint: 'Subjectless impersonal constructions: Russian "известно, что", Chinese "据悉"/"据报道", German "es heißt, dass".',
    fixable: false,
  },
  // "As it is known", a verb of advice or blame before "to", or a participle before "that".
  anchor: isImpersonalAnchor,
  detectSentence: detect,
  examples: {
    invalid: [
      { text: 'Now is known that the plant will close.', output: 'It is now known that the plant will close.' },
      { text: 'Is known that the plant will close next year.', output: 'It is known that the plant will close next year.' },
      { text: 'Was reported that two ministers had resigned.', output: 'It was reported that two ministers had resigned.' },
      { text: 'The agency’s correspondent, Anna Berg is known that the talks had failed.', output: 'The agency’s correspondent, Anna Berg learned that the talks had failed.' },
      { text: 'Our reporter is known that the mayor will resign.', output: 'Our reporter has learned that the mayor will resign.' },
      { text: 'The minister is said that the budget will be cut.' },
      { text: 'They were believed that the dam would hold.' },
      { text: 'As it is known, the river floods every spring.', output: 'As is known, the river floods every spring.' },
      { text: 'It is learned that the factory will reopen in May.', output: 'It is understood that the factory will reopen in May.' },
      { text: 'Drivers are recommended to avoid the motorway.', output: 'Drivers are advised to avoid the motorway.' },
      { text: 'Residents were strongly recommended to stay indoors.', output: 'Residents were strongly advised to stay indoors.' },
      { text: 'The mayor was accused to have hidden the report.', output: 'The mayor was accused of having hidden the report.' },
      { text: 'They accused the firm to sell faulty parts.', output: 'They accused the firm of selling faulty parts.' },
    ],
    valid: [
      'It is known that the plant will close next year.',
      'It is widely believed that the dam would hold.',
      'He was told that the talks had failed.',
      'She was warned that the bridge was unsafe.',
      'Cases were reported that involved children under five.',
      'The winner was announced that evening.',
      'Little is known that would explain the delay.',
      'Evidence was reported that the drug works.',
      'The decision was announced that all schools would close.',
      'We are convinced that the plan will work.',
      'As is known, the river floods every spring.',
      'Is it known that the plant will close?',
      'The law, as it is known in Texas, protects tenants.',
      'It is understood that the factory will reopen in May.',
      'It is recommended to book early.',
      'The vaccine is recommended to patients over sixty.',
      'He was suspected to have fled abroad.',
      'The cost was charged to the customer.',
      'Drivers are advised to avoid the motorway.',
      'The mayor was accused of having hidden the report.',
      'The book is recommended to anyone who likes history.',
      'Legislation has been proposed to authorize the sale.',
      'A law allowing convicts to work was passed.',
    ],
  },
});
