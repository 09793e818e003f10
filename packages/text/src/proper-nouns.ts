// The capitalised stems of the Hunspell English dictionary (dictionary-en), extracted at build time by
// scripts/capitalised-words.mjs into a module in dist/: no file is read at run time, so this works in a browser.
import { CAPITALISED_STEMS } from '#capitalised-words';
import { FrontCodedTable } from './front-coded.js';

const STEMS = new FrontCodedTable(CAPITALISED_STEMS, 1);
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
