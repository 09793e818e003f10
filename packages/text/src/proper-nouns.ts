// The capitalised stems of the Hunspell English dictionary (dictionary-en), extracted at build time by
// scripts/capitalised-words.mjs into the table `capitalised-stems` (src/tables.ts).
import { FrontCodedTable } from './front-coded.js';
import { tableText } from './tables.js';

const STEMS = new FrontCodedTable(() => tableText('capitalised-stems'), 1);
/** Whether the dictionary only ever writes `stem` with a capital (Christianity, but not Price). */
const isOnlyCapitalised = (stem: string) => STEMS.get(stem) === 'o';

/**
 * True when the Hunspell English dictionary spells the word with a capital: a proper noun or proper adjective
 * such as "Christianity", "Ottoman"; "Computer" is false. A plural counts when its singular is only ever
 * capitalised ("Sikhs"), not when it is also a common noun ("Prices" from the surname Price).
 */
export function isCapitalisedInDictionary(word: string): boolean {
  // Dictionary stems are singular; the regular plural endings are stripped by hand since en-inflectors mangles some names.
  return (
    STEMS.get(word) !== undefined ||
    (word.endsWith('s') && isOnlyCapitalised(word.slice(0, -1))) ||
    (word.endsWith('es') && isOnlyCapitalised(word.slice(0, -2))) ||
    (word.endsWith('ies') && isOnlyCapitalised(word.slice(0, -3) + 'y'))
  );
}
