// Agreement of a verb with its noun, shared by the rules that correct it (agreement-with-of-phrase,
// relative-clause-agreement): the verb in the other number, and the heads whose number English reads by meaning.
import { conjugateVerb, lemma, primaryTag, type Token, WordMap, WordSet } from '@mtlint/text';

const SINGULAR_TO_PLURAL = new WordMap([['is', 'are'], ['was', 'were'], ['has', 'have'], ['does', 'do']]);
const PLURAL_TO_SINGULAR = new WordMap([['are', 'is'], ['were', 'was'], ['have', 'has'], ['do', 'does']]);
// What opens an object or a complement after a present: "shows a clear link", "rises by ten percent", "says that".
export const OBJECT_OR_COMPLEMENT = /^(DT|PRP|PRP\$|CD|JJ|JJR|RB|IN|TO)$/;

/**
 * The verb at `v` in the other number: "is" → "are", "has" → "have", "does" → "do", and a lexical present ("shows" →
 * "show", "receive" → "receives") when it is read as one: first as a present, or as a plural noun or a base form only
 * when an object or a complement follows it ("the study shows a link"; "the trade shows were" is a compound).
 */
export function otherNumber(tokens: readonly Token[], v: number, toPlural: boolean): string | undefined {
  const verb = tokens[v]!;
  const auxiliary = toPlural ? SINGULAR_TO_PLURAL.getToken(verb) : PLURAL_TO_SINGULAR.getToken(verb);
  if (auxiliary !== undefined) return auxiliary;
  if (!/^[a-z]{4,}$/.test(verb.text)) return undefined;
  const first = primaryTag(verb);
  const next = tokens[v + 1];
  const followed = next !== undefined && (next.lower === 'that' || OBJECT_OR_COMPLEMENT.test(primaryTag(next)));
  // "The results of the trade shows were good": a verb after it makes the word a noun of the phrase.
  if (next !== undefined && /^(VBD|VBZ|VBP|MD)$/.test(primaryTag(next))) return undefined;
  if (toPlural) {
    if (!verb.tags.includes('VBZ') || !(first === 'VBZ' || (first === 'NNS' && followed))) return undefined;
    return lemma.of(verb);
  }
  if (!verb.tags.includes('VBP') || !(first === 'VBP' || (first === 'VB' && followed))) return undefined;
  return conjugateVerb(lemma.of(verb), 'VBZ');
}
// Heads that take the verb of the noun they count or share out ("the majority of voters are", "the rest of the
// players were", "a couple of firms have"), or that name a kind ("the kind of books that are").
export const NOTIONAL_HEADS = new WordSet([
  'majority', 'minority', 'rest', 'remainder', 'bulk', 'lot', 'lots', 'half', 'third', 'quarter', 'part', 'couple',
  'pair', 'variety', 'range', 'host', 'series', 'total', 'proportion', 'percentage', 'fraction', 'handful', 'plenty',
  'kind', 'sort', 'type', 'style', 'set', 'group', 'dozen', 'number', 'maximum', 'minimum', 'average', 'likes', 'all',
  'none', 'each', 'one', 'two',
]);
// Plurals in form that take a singular verb: "the means of transport is", "the economics of the plan is".
export const SINGULAR_IN_S = /(?:ss|us|is|news|series|means|species|headquarters|ics|odds|whereabouts|works|barracks|crossroads)$/;
