// Build step helper for scripts/lexicon.mjs: British spellings tagged as their American twins.
//
// en-lexicon was counted from American text, so it tags British spellings from a handful of sightings, often
// wrongly: "programme" only VB, "organisation" and "tyre" NNP, "centres" only VBZ, "harbour" VB; "tonne" is
// missing. MT into English often writes British spelling (and German- and Russian-source news sites do), and
// a noun read as a verb breaks the noun phrase the rules reason about ("a new programme … presented").
// Each British spelling of american-english's list (1,738 words from tysto.com, inflections included) takes
// the tags of its American twin where the lexicon knows that twin. Where WordNet has the British word as a
// lemma of one part of speech only ("tyre", "storey": nouns; "practise", "analyse": verbs), the other part's
// tags are dropped, since the American twin is sometimes a homograph of another word ("tire", "story").
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { us_spelling: americanOf } = require('american-english');
const wordNetWords = require('wink-lexicon/src/wn-words.js');
const wordNetSenses = require('wink-lexicon/src/wn-word-senses.js');
const wordNetSenseNames = require('wink-lexicon/src/wn-senses.js');

const isVerbTag = (tag) => tag.startsWith('VB') || tag === 'MD';
const isNounTag = (tag) => tag.startsWith('NN');

/** The parts of speech WordNet gives a lemma, as a set of 'noun' and 'verb' (empty when it is no lemma). */
function wordNetParts(lemma) {
  const index = wordNetWords[lemma];
  const parts = new Set();
  for (const sense of index === undefined ? [] : (wordNetSenses[index] ?? [])) parts.add(wordNetSenseNames[sense].split('.')[0]);
  return parts;
}

/**
 * `lexicon` (word → "TAG|TAG") with every British spelling re-tagged from its American twin; returns the words
 * changed or added, for the build's log.
 */
export function tagBritishSpellings(lexicon) {
  let changed = 0;
  for (const [british, american] of Object.entries(americanOf)) {
    const twin = lexicon[american];
    if (twin === undefined || british === american) continue;
    const parts = wordNetParts(british);
    const kept = twin.split('|').filter((tag) => {
      if (parts.has('noun') && !parts.has('verb')) return !isVerbTag(tag);
      if (parts.has('verb') && !parts.has('noun')) return !isNounTag(tag);
      return true;
    });
    const tags = (kept.length > 0 ? kept : twin.split('|')).join('|');
    if (lexicon[british] !== tags) {
      lexicon[british] = tags;
      changed++;
    }
  }
  return changed;
}
