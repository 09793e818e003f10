import { defineRule, type Report } from '@mtlint/engine';
import { isCoordinator, isDeterminer, isFiniteVerb, isModal, isWordToken, nounPhraseEnd, primaryTag, quotedMask, type Token, WordMap, WordSet } from '@mtlint/text';

// Russian joins a cause or a concession to a clause through a noun ("из-за того, что", "несмотря на то, что"), German
// through a preposition with "dass" ("wegen", "trotz der Tatsache, dass"); MT that drops "the fact that" leaves the
// English preposition before a whole clause: "due to the driver fell asleep", "despite prices rose". English puts a
// conjunction there ("because", "although"), or "the fact that" after the preposition.

/** Each preposition of cause or concession, by its last word, with the words before it and the conjunction English uses. */
const PREPOSITIONS = new WordMap<readonly { before: readonly string[]; conjunction: string }[]>([
  ['to', [{ before: ['due'], conjunction: 'because' }, { before: ['owing'], conjunction: 'because' }, { before: ['thanks'], conjunction: 'because' }]],
  ['of', [{ before: ['because'], conjunction: 'because' }, { before: ['in', 'spite'], conjunction: 'although' }]],
  ['despite', [{ before: [], conjunction: 'although' }]],
]);

const HAVE_FORMS = new WordSet(['has', 'have', 'had']);

// Subject pronouns, which no preposition takes: "due to they were late" (not clause-order's "you", which is an object
// too: "thanks to you").
const SUBJECT_PRONOUNS = new WordSet(['i', 'he', 'she', 'we', 'they']);

/**
 * Whether `t` can only be a finite verb here: a past that is not a regular "-ed" form the lexicon also reads as a
 * participle ("fell", "was"; not "stopped", which may open a reduced relative), a present, a modal.
 */
function isFiniteOnly(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  const first = primaryTag(t);
  if (first === 'VBD') return !(t.tags.includes('VBN') && t.lower.endsWith('ed'));
  if (isModal(t)) return true;
  // A present the lexicon reads first as a noun or a plural: "the rules" is no verb.
  return (first === 'VBZ' || first === 'VBP' || first === 'MD') && !t.tags.includes('NNS') && !t.tags.includes('NN');
}

/**
 * The end of the clause's subject at `from`: a subject pronoun, or a noun phrase opened by "the", a bare plural or a
 * name; `from` when none. "a" and possessives are left out: "because of a strike would …", "because of its character
 * was …" are mostly a phrase set inside a long subject or a second verb of its own.
 */
function subjectEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!isWordToken(first)) return from;
  if (SUBJECT_PRONOUNS.hasToken(first)) return from + 1;
  if (!(first.lower === 'the' || primaryTag(first) === 'NNS' || primaryTag(first) === 'NNP')) return from;
  return nounPhraseEnd(tokens, from);
}

/** Whether a finite verb stands before token `at` in its clause (back to a comma, a semicolon or the sentence start). */
function hasFiniteVerbBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (isFiniteVerb(t) || isModal(t)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'preposition-before-clause',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A preposition of cause or concession before a whole clause: "due to the driver fell asleep", "despite prices rose".',
    sourceHint: 'Russian "из-за того, что", "несмотря на то, что" and German "wegen"/"trotz … dass" rendered without "the fact that".',
    fixable: false,
  },
  // The last word of a preposition in PREPOSITIONS, and its first (or only) word.
  needs: [new Set(['to', 'of', 'despite']), new Set(['due', 'owing', 'thanks', 'because', 'spite', 'despite'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    let quoted: boolean[] | undefined;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const last = tokens[i]!;
      const candidates = PREPOSITIONS.getToken(last);
      if (candidates === undefined || !isWordToken(last)) continue;
      const match = candidates.find(({ before }) => before.every((word, n) => tokens[i - before.length + n]?.lower === word));
      if (match === undefined) continue;
      const start = i - match.before.length;
      const end = subjectEnd(tokens, i + 1);
      if (end === i + 1) continue;
      // The subject's verb right after it, and only a finite form: "due to the changes made" is a reduced relative.
      const verb = tokens[end];
      if (!isFiniteOnly(verb)) continue;
      // A modal or "have" with a noun phrase after it has its subject there, inverted after the phrase: "Due to the ice
      // could the lorries not …" (verb-before-subject puts the subject first).
      if ((isModal(verb!) || HAVE_FORMS.has(verb!.lower)) && isWordToken(tokens[end + 1]) && isDeterminer(tokens[end + 1]!)) continue;
      // "because of the lives we lead", "Because of this he was": a pronoun after the noun phrase's first word opens
      // a clause of its own.
      if (tokens.slice(i + 2, end).some((t) => primaryTag(t) === 'PRP')) continue;
      // Inside a sentence the clause before must have its verb already ("The bus crashed due to …"): otherwise the
      // verb after the phrase is that clause's own ("The trip, because of his illness, was put off"); after "and" a
      // second verb of the same subject follows the phrase ("… was born and because of its character was soon …").
      if (start > 0 && (!hasFiniteVerbBefore(tokens, start) || isCoordinator(tokens[start - 1]!))) continue;
      // "due to the fact that …" is English; so is a possessive subject's own noun ("due to the driver's fatigue").
      if (tokens.slice(i + 1, end).some((t) => t.lower === 'fact' || t.lower === "'s" || t.lower === '’s')) continue;
      quoted ??= quotedMask(sentence);
      if (quoted[start]) continue;
      const words = tokens.slice(start, i + 1).map((t) => t.text).join(' ');
      const capital = /^\p{Lu}/u.test(tokens[start]!.text);
      const conjunction = capital ? match.conjunction[0]!.toUpperCase() + match.conjunction.slice(1) : match.conjunction;
      reports.push({
        start: tokens[start]!.start,
        end: verb!.end,
        message: `"${words}" takes a noun phrase, not a clause; before a clause English uses "${match.conjunction}" (or "${words} the fact that").`,
        suggestions: [{ start: tokens[start]!.start, end: last.end, replacement: conjunction }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The bus crashed due to the driver fell asleep.', output: 'The bus crashed because the driver fell asleep.' },
      { text: 'Despite the shop was closed, a queue formed outside.', output: 'Although the shop was closed, a queue formed outside.' },
      { text: 'The flight was delayed because of the crew was ill.', output: 'The flight was delayed because the crew was ill.' },
      { text: 'Sales grew in spite of the shops were closed.', output: 'Sales grew although the shops were closed.' },
      { text: 'The match went ahead thanks to the sun came out.', output: 'The match went ahead because the sun came out.' },
    ],
    valid: [
      'The bus crashed because the driver fell asleep.',
      'The bus crashed due to the fact that the driver fell asleep.',
      'The delay was due to the changes made last year.',
      "The crash was due to the driver's fatigue.",
      'Despite the rain, the match went ahead.',
      'Despite the measures taken, prices rose.',
      'Thanks to the volunteers who helped, the park is clean.',
      'Due to the storm, all flights are cancelled.',
      'Because of the rules, we cannot help.',
      'The game was called off owing to the weather conditions.',
      'The trip, because of his illness, was put off.',
      'Because of this he was late.',
      'She chose it because of the quiet life it offered.',
      'The plan would fail because of a strike would be costly.',
      'The town grew and because of the railway was soon a city.',
      'Due to the ice could the lorries not climb the pass.',
    ],
  },
});
