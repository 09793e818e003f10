import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CapitalisedSets {
  /** Every stem the dictionary writes with a capital. */
  all: Set<string>;
  /** Those it never writes in lower case (Christianity, but not Price). */
  only: Set<string>;
}
let sets: CapitalisedSets | undefined;

// The Hunspell English dictionary (dictionary-en) is data, like the lexicon: read once, on first use.
// Its own entry module reads the file with top-level await, so the .dic beside it is read directly.
function load(): CapitalisedSets {
  if (sets) return sets;
  const dic = readFileSync(fileURLToPath(new URL('index.dic', import.meta.resolve('dictionary-en'))), 'utf8');
  const stems = new Set<string>();
  for (const line of dic.split('\n')) stems.add(line.split('/', 1)[0]!.trim());
  const all = new Set<string>();
  const only = new Set<string>();
  for (const stem of stems) {
    if (!/^\p{Lu}\p{Ll}/u.test(stem)) continue;
    all.add(stem);
    if (!stems.has(stem.toLowerCase())) only.add(stem);
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
