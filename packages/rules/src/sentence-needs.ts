/**
 * Helpers for the rules' `needs` (see `@mtlint/engine`): what a sentence must contain for a rule to report in it.
 * The engine asks a need once per spelling, of every spelling a text has, however odd; what a need costs is paid
 * again by the first lint in a process for every word of its text, so a need must stay cheap on any word.
 */
import { conjugateVerb, lemma, type Token, type VerbForm } from '@mtlint/text';

const FORMS: readonly VerbForm[] = ['VBP', 'VBZ', 'VBD', 'VBN', 'VBG'];
// `lemma` takes time in the square of a word's length. It also undoes more than inflections ("information" →
// "inform"), so no bound tighter than this one, far above any English word, is safe.
const LONGEST_WORD = 64;

/**
 * A need met by a word whose lemma is one of `bases`: any form of those verbs ("allow" → allows, allowed,
 * allowing). `lemma` is slow on a word it has not seen (it tries the word's endings against the lexicon), so it is
 * asked only of words that could be such a form: starting with the first two letters of a base or of one of its
 * forms ("take" → "ta", "to" for "took"), as the lemma of a word the lexicon lacks is the word with an ending undone
 * (the bases have three letters or more), and no longer than any English word.
 */
export function formOf(bases: ReadonlySet<string>): (token: Token) => boolean {
  // Worked out at the first word asked, not when the rule module loads: the verb forms come from word tables that a
  // browser loads only after import (`load()`).
  let starts: Set<number> | undefined;
  const startsOf = () => {
    starts = new Set<number>();
    for (const base of bases) {
      starts.add(startKey(base));
      for (const form of FORMS) starts.add(startKey(conjugateVerb(base, form)));
    }
    return starts;
  };
  return (t) => t.kind === 'word' && t.lower.length <= LONGEST_WORD && (starts ?? startsOf()).has(startKey(t.lower)) && bases.has(lemma.of(t));
}

/**
 * The first two characters of a word as one number (a shorter word's own, negative): the need is asked of a token
 * wherever a rule tests it, and cutting the two characters out made a new string each time.
 */
function startKey(word: string): number {
  if (word.length >= 2) return word.charCodeAt(0) * 65_536 + word.charCodeAt(1);
  return word.length === 1 ? -2 - word.charCodeAt(0) : -1;
}
