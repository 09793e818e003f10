// Build step: extracts from the Hunspell English dictionary (dictionary-en) the stems it writes with a capital
// as a table in dist/tables/ (scripts/front-coded.mjs `writeTable`, read by src/tables.ts). Run before tsc.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frontCode, writeTable } from './front-coded.mjs';

// dictionary-en exports only its index.js, which reads index.dic beside it with top-level await.
const dic = readFileSync(fileURLToPath(new URL('index.dic', import.meta.resolve('dictionary-en'))), 'utf8');
// Line 1 is the entry count; each other line is `stem[/flags]`.
const stems = new Set(dic.split('\n').slice(1).map((line) => line.split('/', 1)[0].trim()));
const capitalised = [...stems].filter((stem) => /^\p{Lu}\p{Ll}/u.test(stem)).sort();
// "o": only ever capitalised (Christianity); "a": also in lower case (Price/price).
const pairs = capitalised.map((stem) => [stem, stems.has(stem.toLowerCase()) ? 'a' : 'o']);

// One front-coded string (scripts/front-coded.mjs), searched where it stands: two sets of 10,000 stems took longer to
// build than a text takes to lint.
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.resolve('dictionary-en')), 'utf8'));
writeTable('capitalised-stems', frontCode(pairs, 1), {
  source: `scripts/capitalised-words.mjs from dictionary-en ${version}`,
  about: 'The stems the dictionary writes with a capital, each with a value 1 wide: "o" when it only ever writes them so (Christianity), "a" when it also has them in lower case (Price/price).',
});
console.log(`capitalised-words: ${pairs.filter(([, only]) => only === 'o').length} capitalised-only and ${pairs.filter(([, only]) => only === 'a').length} also lower-case stems`);
