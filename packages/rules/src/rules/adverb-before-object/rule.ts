import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isAuxiliary, isDeterminer, isModal, isWordToken, nounPhraseEnd, primaryTag, quotedMask, type Sentence, type Token } from '@mtlint/text';

// Adverbs that English puts before a lexical verb ("also finds", "already knows", "often visits") and German puts
// after the finite verb ("findet auch", "kennt schon", "besucht oft"). Focusing adverbs that English itself sets
// before an object ("ate only vegetables", "even the bones", "just the bread") are not in the list, nor is "still"
// ("stands still", "adds still another dimension").
const MID_ADVERBS = new Set([
  'also', 'now', 'already', 'often', 'always', 'never', 'usually', 'sometimes', 'rarely', 'seldom',
  'frequently', 'soon', 'recently', 'meanwhile', 'hardly',
]);
const FINITE = new Set(['VBZ', 'VBD', 'VBP']);
const OBJECT_START = new Set(['DT', 'PRP$', 'CD', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS']);

/** The object after the adverbs: a noun phrase, not a clause ("knows now that …") or a prepositional phrase. */
function objectAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || (t.kind !== 'word' && t.kind !== 'number')) return false;
  if (t.kind === 'word' && (!OBJECT_START.has(primaryTag(t)) || t.lower === 'that')) return false;
  return nounPhraseEnd(tokens, k) > k;
}

function detect(sentence: Sentence): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  let quoted: boolean[] | undefined;
  for (let i = 1; i < tokens.length - 2; i++) {
    const adverb = tokens[i]!;
    if (!isWordToken(adverb) || !MID_ADVERBS.has(adverb.lower)) continue;
    const verb = tokens[i - 1]!;
    // A finite lexical verb in its own clause: not be/have/do or a modal ("is also", "has already"), not a
    // participle after one ("was awarded also"), not a question or an imperative (base forms).
    if (!isWordToken(verb) || /^['’]/.test(verb.text) || isAuxiliary(verb) || isModal(verb)) continue;
    const beforeVerb = tokens[i - 2];
    // The lexicon reads many present-tense verbs first as nouns or base forms ("the ministry plans", "families
    // visit", "farmers use"): with an adverb and an object after them, a present tense that agrees with the noun
    // before them is the verb.
    const subjectTag = isWordToken(beforeVerb) ? primaryTag(beforeVerb) : '';
    const agrees =
      (/^(NNS|NNPS|PRP)$/.test(subjectTag) && verb.tags.includes('VBP') && /^(VB|VBP|NN)$/.test(primaryTag(verb))) ||
      (/^(NN|NNP)$/.test(subjectTag) && verb.tags.includes('VBZ') && primaryTag(verb) === 'NNS');
    if (!FINITE.has(primaryTag(verb)) && !agrees) continue;
    // After a determiner or adjective an -s word is a noun ("These needs usually …"), except after singular "this"
    // or "that", which a plural cannot follow: "That affects also the villages".
    const singularDemonstrative = isWordToken(beforeVerb) && (beforeVerb.lower === 'this' || beforeVerb.lower === 'that') && verb.tags.includes('VBZ');
    if (isWordToken(beforeVerb) && (isAuxiliary(beforeVerb) || isModal(beforeVerb) || ((isDeterminer(beforeVerb) || isAdjective(beforeVerb)) && !singularDemonstrative))) continue;
    let k = i + 1;
    while (isWordToken(tokens[k]) && MID_ADVERBS.has(tokens[k]!.lower)) k++;
    if (!objectAt(tokens, k)) continue;
    quoted ??= quotedMask(sentence);
    if (quoted[i]) continue;
    const lastAdverb = tokens[k - 1]!;
    const adverbs = tokens.slice(i, k).map((t) => t.text).join(' ');
    reports.push({
      start: verb.start,
      end: lastAdverb.end,
      message: `"${adverbs}" stands between the verb "${verb.text}" and its object; English puts it before the verb.`,
      suggestions: [{ start: verb.start, end: lastAdverb.end, replacement: `${adverbs} ${verb.text}` }],
    });
    i = k;
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'adverb-before-object',
    category: 'fluency/word-order',
    severity: 'minor',
    confidence: 0.8,
    description: 'An adverb such as "also", "already" or "often" between a finite verb and its object, as German places it.',
    sourceHint: 'German puts such adverbs after the finite verb: "Die Suche findet jetzt auch Wörter" ("The search finds now also words").',
    fixable: false,
  },
  detectSentence: detect,
  examples: {
    invalid: [
      { text: 'The new version supports also older phones.', output: 'The new version also supports older phones.' },
      { text: 'The museum shows now also paintings from Spain.', output: 'The museum now also shows paintings from Spain.' },
      { text: 'Many families visit often their relatives abroad.', output: 'Many families often visit their relatives abroad.' },
      { text: 'That affects also the small hotels.', output: 'That also affects the small hotels.' },
    ],
    valid: [
      'The new version also supports older phones.',
      'He ate only vegetables that week.',
      'She knows now that the plan failed.',
      'The dog ate even the bones.',
      'The prize is also a burden.',
      'The company has already paid its debts.',
      'Remember also the old rules.',
      'They work still harder in winter.',
      'These needs usually concern money.',
      'Time stands still every time she sings.',
      'He takes his meals there and always pays in cash.',
      'They’re also our neighbours.',
      'He found just the book he wanted.',
      'The team plays often in the rain.',
    ],
  },
});
