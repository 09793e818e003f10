import { defineRule, type Report } from '@mtlint/engine';
import { isGuessed, primaryTag, type Sentence, type Token, WordSet } from '@mtlint/text';

// The marks French sets apart from the word before them with a (thin) space: « Pourquoi ? », « Attention : ».
const SPACED_MARKS = new WordSet(['?', '!', ':', ';']);
// A space, a no-break space or a narrow no-break space, the last two as French typesetting puts them.
const SPACE = /^[ \u00A0\u202F]$/;
// What code and formulas write with spaced marks: "a ? b : c", "x = y ; z", "{ key : value }".
const CODE_MARKS = /[=<>{}[\]`$|\\/*]/;

// A word of prose: one the lexicon knows, or a name; an unknown lower-case word is mostly an identifier.
const isProseWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && (t.text !== t.lower || !isGuessed(t.tags));
// A finite verb by any of its tags ("The rules change", "The season ends"), except on the function words the
// lexicon gives stray verb tags.
const FINITE_TAGS = new WordSet(['VBD', 'VBZ', 'VBP', 'MD']);
const FUNCTION_TAGS = new WordSet(['DT', 'IN', 'CC', 'PRP', 'TO', 'PRP$', 'WDT', 'WP']);
const mayBeFinite = (t: Token) => t.kind === 'word' && !FUNCTION_TAGS.has(primaryTag(t) ?? '') && t.tags.some((tag) => FINITE_TAGS.has(tag));

/** Whether the sentence reads as prose: it opens with a capitalised word, has four words or more and no code marks. */
function isProse(sentence: Sentence, text: string): boolean {
  const tokens = sentence.tokens;
  const first = tokens[0];
  if (first === undefined || first.kind !== 'word' || first.text[0] === first.lower[0]) return false;
  let words = 0;
  for (const t of tokens) if (t.kind === 'word') words++;
  return words >= 4 && !CODE_MARKS.test(text.slice(sentence.start, sentence.end));
}

/**
 * Whether a colon or semicolon at `end` closes a clause of prose: one with a finite verb or modal after its first word
 * (which may be an imperative) and before its last. A label ("Usage : …") is left alone: in a README it is as often
 * the layout of a list.
 */
function closesClause(tokens: readonly Token[], end: number): boolean {
  // Not the word right before the mark: "make ; make install" is a command.
  for (let k = 1; k < end - 1; k++) if (mayBeFinite(tokens[k]!)) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'space-before-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'A space before "?", "!", ":" or ";" as French typography sets it: "Why ?" → "Why?".',
    sourceHint: 'French puts a (thin) no-break space before ? ! : and ; («Pourquoi ?»); MT keeps it.',
    fixable: true,
  },
  needs: [(t) => t.kind === 'punct' && SPACED_MARKS.has(t.text)],
  detectSentence(sentence, { doc }) {
    const text = doc.text;
    const tokens = sentence.tokens;
    if (!isProse(sentence, text)) return [];
    // "Is it x ? y : z" is a conditional expression even in prose.
    let questionMarks = 0;
    let colons = 0;
    for (const t of tokens) {
      if (t.text === '?') questionMarks++;
      else if (t.text === ':') colons++;
    }
    if (questionMarks > 0 && colons > 0) return [];
    const reports: Report[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const mark = tokens[i]!;
      const before = tokens[i - 1]!;
      if (mark.kind !== 'punct' || !SPACED_MARKS.has(mark.text) || mark.start !== before.end + 1 || !SPACE.test(text[before.end]!)) continue;
      // The mark closes prose: a word before it, and a space or the end after it.
      if (!isProseWord(before) || !/^(\s|$)/.test(text.slice(mark.end, mark.end + 1))) continue;
      // A question or exclamation mark ends the sentence; inside one it is an operator ("if ! test_have_prereq").
      if ((mark.text === '?' || mark.text === '!') && tokens.slice(i + 1).some((t) => t.kind !== 'punct')) continue;
      // A colon or semicolon closes a clause with a verb and goes on with a word: "key : value" and "make ; make
      // install" are notation and commands.
      if ((mark.text === ':' || mark.text === ';') && (tokens[i + 1]?.kind !== 'word' || !closesClause(tokens, i))) continue;
      reports.push({
        start: before.end,
        end: mark.end,
        message: `English puts no space before "${mark.text}"; the space is French typography.`,
        suggestions: [{ start: before.end, end: mark.start, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Why did the ferry leave so early ? Nobody could say.', output: 'Why did the ferry leave so early? Nobody could say.' },
      { text: 'The rules change on Monday : shops must close at eight.', output: 'The rules change on Monday: shops must close at eight.' },
      { text: 'The mayor was clear ; the works will go on.', output: 'The mayor was clear; the works will go on.' },
      { text: 'What a match it was !', output: 'What a match it was!' },
      { text: 'Where will the new school be built\u202F? The council has not decided.', output: 'Where will the new school be built? The council has not decided.' },
    ],
    valid: [
      'Why did the ferry leave so early? Nobody could say.',
      'The value is x ? y : z in the formula.',
      'The key : value pairs are stored in a map.',
      'Run make ; make install to build it.',
      'Use a = b ? c : d when the flag is set.',
      'See the table below :)',
      'The answer is 42 ; the question is unknown.',
      'Hello ?',
      'The file foo.txt ; the file bar.txt.',
      'He wrote "Why ?" on the board in French class.',
      'Note: the old API is gone.',
    ],
  },
});
