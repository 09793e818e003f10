// The verb conjugation of en-inflectors (MIT, Alex Corvi), on tables generated from its own at build time
// (scripts/verb-forms.mjs, `#verb-forms`). Loading en-inflectors built its tables from ~5,300 regular verbs with
// regular expressions, about a third of the time it took to import @mtlint/core; here each verb form is found by
// binary search in the generated table, and its entry spelt from the base and paradigm. The steps below are
// en-inflectors' own (verb/transform, try_similar, try_present), so that every word gets the form it gave:
// verb-forms.test.ts compares the two on every word of the lexicon.
import { PARADIGMS } from '#verb-forms';
import { solve } from 'en-inflectors/dist/verb/solve_regex.js';
import { stemmer } from 'en-stemmer';
import { FrontCodedTable } from './front-coded.js';
import { memoizeByWord } from './memo.js';
import { tableText } from './tables.js';
import { WordSet } from './word-set.js';

/** The forms of a verb, in en-inflectors' order: base (VBP), past (VBD), past participle (VBN), 3rd person (VBZ), gerund (VBG). */
export type VerbForm = 'VBP' | 'VBD' | 'VBN' | 'VBZ' | 'VBG';
const FORM_ORDER: readonly VerbForm[] = ['VBP', 'VBD', 'VBN', 'VBZ', 'VBG'];

type Entry = readonly string[];

/**
 * en-inflectors keeps its tables in plain objects, so a word that names an Object.prototype member ("constructor",
 * "valueOf") finds that member: its answers for such words depend on it, and a plain object gives the same.
 */
const PLAIN: Record<string, unknown> = {};
// The names a plain object inherits. Indexing `PLAIN` with any other word finds nothing, but still costs V8 an
// interning of the word: conjugating a word asks for each of its endings, a fifth of a first lint's word look-ups.
const INHERITED = new WordSet(Object.getOwnPropertyNames(Object.prototype));
/** `PLAIN[word]`: an Object.prototype member, or undefined. */
const inherited = (word: string): unknown => (INHERITED.has(word) ? PLAIN[word] : undefined);

// Filtered: conjugating a word looks up each of its endings ("government": "overnment", "vernment" …), nearly all
// absent, which the filter answers without a search or a place in `ownEntry`'s memory.
const forms = new FrontCodedTable(() => tableText('verb-forms'), undefined, true);
let paradigms: (readonly string[])[] | undefined;

/** A form from its base and edit: drop the count of final characters the first digit says, append the rest. */
const spell = (base: string, edit: string) => (edit === '-' ? '' : base.slice(0, base.length - Number(edit[0])) + edit.slice(1));

/**
 * The entry en-inflectors' tables give `word` (its base table first, then past …), if any. Conjugating a word looks up
 * each of its endings ("unwalked": "nwalked", "walked"): the table's filter turns most away, and the words it lets
 * through are remembered, found or not, since words share their endings.
 */
const ownEntry = (word: string): Entry | undefined => (forms.mayHave(word) ? knownEntry(word) : undefined);
const knownEntry = memoizeByWord((word): Entry | undefined => {
  const value = forms.get(word);
  if (value === undefined) return undefined;
  const space = value.indexOf(' ');
  const base = spell(word, value.slice(0, space));
  paradigms ??= PARADIGMS.map((p) => p.split(' '));
  return [base, ...paradigms[parseInt(value.slice(space + 1), 36)]!.map((edit) => spell(base, edit))];
});

/** What en-inflectors' `VBP[word]` is: the entry whose base is `word`, or an inherited member, or undefined. */
function presentEntry(word: string): unknown {
  const entry = ownEntry(word);
  // An entry found by another of its forms is not in the base table: a base always finds its own entry first.
  return entry !== undefined && entry[0] === word ? entry : inherited(word);
}

/** en-inflectors' `lookup`: the entry with `word` among its forms, or an inherited member, or []. */
function lookup(word: string): { readonly [index: number]: string | undefined; readonly length?: number } {
  return (inherited(word) as { length?: number } | undefined) ?? ownEntry(word) ?? [];
}

/**
 * The form `to` of a verb, in lower case, as en-inflectors' `new Inflectors(word)` gives it (`toPresent`, `toPast`,
 * `toPastParticiple`, `toPresentS`, `toGerund`): "filed" → VBP "file", "rise" → VBN "risen", "run" → VBG "running".
 */
export function conjugateVerb(word: string, to: VerbForm): string {
  const input = word.toLowerCase();
  const toIndex = FORM_ORDER.indexOf(to);
  const found = lookup(input)[toIndex];
  if (found) return found;
  if (presentEntry(input)) return solve(input, to);
  const stripped = strip(input);
  if (stripped) {
    const strippedForm = lookup(stripped)[toIndex];
    if (strippedForm) return rebuild(input, stripped, strippedForm);
    if (presentEntry(stripped)) return rebuild(input, stripped, solve(input, to));
  }
  const stem = tryPresent(input);
  if (stem) return lookup(stem)[toIndex] || solve(stem, to);
  return solve(input, to);
}

/** try_similar's `strip`: the longest proper suffix of `verb` that the tables know ("overwrite" → "write"), or "". */
function strip(verb: string): string {
  for (let rest = verb; rest.length >= 2; ) {
    rest = rest.substring(1);
    if (lookup(rest).length) return rest;
  }
  return '';
}

const rebuild = (original: string, stripped: string, conjugated: string) => original.split(stripped).join(conjugated);

/** try_present: the base that undoing a regular ending (or the Porter stemmer) gives, if the tables know it. */
function tryPresent(verb: string): string | undefined {
  const candidates = verb.endsWith('ing')
    ? [verb.replace(/ing$/, ''), verb.replace(/ing$/, 'e'), verb.replace(/.ing$/, ''), verb.replace(/ying$/, 'ie')]
    : verb.endsWith('s')
      ? [verb.replace(/s$/, ''), verb.replace(/es$/, ''), verb.replace(/ies$/, 'y')]
      : verb.endsWith('ed')
        ? [verb.replace(/ed$/, ''), verb.replace(/d$/, ''), verb.replace(/ied$/, 'y'), verb.replace(/ed$/, 'y'), verb.replace(/ed$/, 'e'), verb.replace(/.ed$/, '')]
        : [];
  // The first candidate with an entry decides, even an inherited member (whose [0] is undefined).
  for (const candidate of candidates) {
    const entry = presentEntry(candidate) as Entry | undefined;
    if (entry !== undefined) return entry[0];
  }
  const entry = presentEntry(stemmer(verb)) as Entry | undefined;
  return entry === undefined ? '' : entry[0];
}
