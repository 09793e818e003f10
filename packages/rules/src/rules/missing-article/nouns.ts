import { lexiconEntry, memoizeByWord, nounSenses, pluralNoun, type Spelled, WordSet } from '@mtlint/text';
import countable from '../../countable-nouns.js';

// Singular nouns that edited English almost never uses without a determiner ("report", "expert", "minister"),
// derived from the Brown corpus by tools/countable-nouns. Mass nouns ("information"), nouns that are mostly bare
// in idioms ("in fact", "at home") and rare nouns are not in it, so they are never reported.
export const COUNTABLE = new WordSet(countable.nouns);
// Nouns the corpus leaves bare too often to be listed ("commentary", "instruction", "permission").
export const BARE_NOUNS = new WordSet(countable.bareNouns);
// Nouns off the countable list that Brown leaves bare only after prepositions ("under contract", "by accident", "in
// flight"), never or almost never as an object: read as the object of a verb after its subject ("signed contract").
export const OBJECT_NOUNS = new WordSet(countable.objectNouns);

/**
 * Nouns that name only people ("journalist", "director", "spokesman") are countable even when the corpus is too
 * small to show them; they must have a plural the lexicon knows. Worked out once per spelling.
 */
export const isPersonNoun = memoizeByWord((lower): boolean => {
  const senses = nounSenses(lower);
  if (senses.length === 0 || !senses.every((s) => s === 'noun.person')) return false;
  // The lexicon's plural, in -men too ("businessman", "businessmen").
  const plural = lower.endsWith('man') ? `${lower.slice(0, -3)}men` : undefined;
  return pluralNoun(lower) !== undefined || (plural !== undefined && (lexiconEntry(plural)?.includes('NNS') ?? false));
});

// Senses of stuff rather than things: "Fresh fruit was served", "Crude oil was shipped".
export const MASS_SENSES = new WordSet(['noun.substance', 'noun.food']);

// Senses of a thing a rarer noun may have to count as one: a person noun outside the person list is a newspaper's
// clipped subject ("Deputy coroner says", "Vivacious redhead debuts", Brown), so only objects and animals count.
const THING_SENSES = new WordSet(['noun.artifact', 'noun.animal']);

/**
 * A thing English counts: a noun of Brown's countable list or a person noun, or a noun too rare in Brown for the list
 * ("scooter", "drone") that Brown never leaves bare, that names no substance and whose senses are all objects or
 * animals. An -ing noun is left alone: a gerund or an activity ("Residential building consists of houses", Brown).
 */
export function isCountedThing(noun: Spelled, senses: readonly string[]): boolean {
  if (noun.lower.endsWith('ing')) return false;
  if (COUNTABLE.hasToken(noun) || isPersonNoun.of(noun)) return true;
  if (BARE_NOUNS.hasToken(noun) || senses.some((x) => MASS_SENSES.has(x))) return false;
  return senses.every((x) => THING_SENSES.has(x));
}

