import { CAPITALISED_WORDS } from './generated/capitalised-words.js';

interface CapitalisedSets {
  /** Every stem the dictionary writes with a capital. */
  all: Set<string>;
  /** Those it never writes in lower case (Christianity, but not Price). */
  only: Set<string>;
}
let sets: CapitalisedSets | undefined;

function load(): CapitalisedSets {
  if (sets) return sets;
  const all = new Set<string>();
  const only = new Set<string>();
  for (const entry of CAPITALISED_WORDS.split('\n')) {
    if (entry.startsWith('!')) all.add(entry.slice(1));
    else {
      all.add(entry);
      only.add(entry);
    }
  }
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
