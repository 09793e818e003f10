import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, primaryTag, quotedMask, type Token } from '@mtlint/text';

// French "il y a", Spanish "hay", Italian "c'è/ci sono" and Chinese "有" do not change with the number of what they
// present, and MT writes "there is" before a plural: "there is no victims", "there was several accidents". English
// agrees with the noun: "there are no victims", "there were several accidents".

// Words that count a plural after "there is": "no victims", "many reasons", "two new parks".
const COUNTING = new Set([
  'no', 'many', 'several', 'numerous', 'few', 'various', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'hundreds', 'thousands', 'dozens',
]);
// Plurals in form that take a singular verb, and singulars in -s: "there is no news", "a series", "no basis".
const SINGULAR_IN_S = /(?:ss|us|is|news|series|means|species|headquarters|ics|odds|whereabouts|works|barracks|crossroads)$/;
const PLURAL_OF: ReadonlyMap<string, string> = new Map([['is', 'are'], ['was', 'were']]);

/** The plural noun closing the counted phrase at `from` ("no victims", "two new parks"), or -1. */
function countedPlural(tokens: readonly Token[], from: number): number {
  if (!COUNTING.has(tokens[from]?.lower ?? '')) return -1;
  let k = from + 1;
  while (k < tokens.length && k - from <= 3 && isWordToken(tokens[k]) && primaryTag(tokens[k]) === 'JJ') k++;
  const noun = tokens[k];
  if (!isWordToken(noun) || primaryTag(noun) !== 'NNS' || noun.text !== noun.lower || SINGULAR_IN_S.test(noun.lower)) return -1;
  // "no victims' families": the plural modifies a noun after it.
  const next = tokens[k + 1];
  if (isWordToken(next) && /^NN/.test(primaryTag(next))) return -1;
  if (next !== undefined && /^['’]/.test(next.text) && next.start === noun.end) return -1;
  return k;
}

export default defineRule({
  meta: {
    id: 'there-is-with-plural',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"there is/was" before a counted plural: "there is no victims", "there was several accidents".',
    sourceHint: 'French "il y a", Spanish "hay", Italian "c\'è", Chinese "有", which do not agree with the noun.',
    fixable: true,
  },
  needs: [new Set(['there']), new Set(['is', 'was'])],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 3 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'there') continue;
      // "is"/"was" written out: "there's two men" is speech, which agrees loosely on purpose.
      const be = tokens[i + 1]!;
      const plural = PLURAL_OF.get(be.lower);
      if (plural === undefined) continue;
      const noun = countedPlural(tokens, i + 2);
      if (noun < 0 || quotedMask(sentence)[i]) continue;
      const replacement = be.text[0] === be.text[0]!.toUpperCase() ? plural[0]!.toUpperCase() + plural.slice(1) : plural;
      reports.push({
        start: tokens[i]!.start,
        end: tokens[noun]!.end,
        message: `"there ${be.text}" before the plural "${tokens[noun]!.text}": English agrees with the noun, "there ${plural}".`,
        suggestions: [{ start: be.start, end: be.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'According to the fire service, there is no victims.', output: 'According to the fire service, there are no victims.' },
      { text: 'There was several accidents on the bridge.', output: 'There were several accidents on the bridge.' },
      { text: 'There is two new parks in the district.', output: 'There are two new parks in the district.' },
    ],
    valid: [
      'There are no victims.',
      'There is no loss of light.',
      'There was no process of trial and error.',
      'You reckon there\'s two men in this state who can shoot?',
      'There is no news from the coast.',
      'There was a series of storms.',
      'There is no victims\' fund yet.',
      'There is many a reason to worry.',
    ],
  },
});
