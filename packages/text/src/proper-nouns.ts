// The capitalised stems of the Hunspell English dictionary (dictionary-en), extracted at build time by
// scripts/capitalised-words.mjs into a module in dist/: no file is read at run time, so this works in a browser.
import { ALSO_LOWER_CASE, ONLY_CAPITALISED } from '#capitalised-words';

interface CapitalisedSets {
  /** Every stem the dictionary writes with a capital. */
  all: Set<string>;
  /** Those it never writes in lower case (Christianity, but not Price). */
  only: Set<string>;
}
let sets: CapitalisedSets | undefined;

// Built on first use: most texts never ask, and importing the package should cost nothing.
function load(): CapitalisedSets {
  if (sets) return sets;
  const only = new Set(ONLY_CAPITALISED.split('\n'));
  const all = new Set(only);
  for (const stem of ALSO_LOWER_CASE.split('\n')) all.add(stem);
  return (sets = { all, only });
}

/**
 * True when the Hunspell English dictionary spells the word with a capital: a proper noun or proper adjective
 * such as "Christianity", "Ottoman"; "Computer" is false. A plural counts when its singular is only ever
 * capitalised ("Sikhs"), not when it is also a common noun ("Prices" from the surname Price).
 */
export function isCapitalisedInDictionary(word: string): boolean {
  const { all, only } = load();
  // Dictionary stems are singular; the regular plural endings are stripped by hand since en-inflectors mangles some names.
  return (
    all.has(word) ||
    (word.endsWith('s') && only.has(word.slice(0, -1))) ||
    (word.endsWith('es') && only.has(word.slice(0, -2))) ||
    (word.endsWith('ies') && only.has(word.slice(0, -3) + 'y'))
  );
}
