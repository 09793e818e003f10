/**
 * Helpers for the rules' `needs` (see `@mtlint/engine`): what a sentence must contain for a rule to report in it.
 * The engine asks a need once per spelling, of every spelling a text has, however odd: a need must stay cheap on
 * a word of a hundred thousand letters too.
 */
import { lemma, type Token } from '@mtlint/text';

// An inflection adds at most four letters to its base: a doubled consonant and "-ing" ("let" → "letting").
const MAX_INFLECTION = 4;

/**
 * A need met by a word whose lemma is one of `bases`: any form of those verbs ("allow" → allows, allowed,
 * allowing). `lemma` reads every suffix of a word, so it is asked only of words short enough to be such a form.
 */
export function formOf(bases: ReadonlySet<string>): (token: Token) => boolean {
  let longest = 0;
  for (const base of bases) longest = Math.max(longest, base.length);
  const max = longest + MAX_INFLECTION;
  return (t) => t.kind === 'word' && t.lower.length <= max && bases.has(lemma(t.lower));
}
