#!/usr/bin/env node
// Compares the word-class tagging of @mtlint/text (one en-lexicon lookup per word, most frequent tag)
// with three contextual taggers on the same input: en-pos (Brill's transformation rules over the same
// lexicon), wink-nlp with wink-eng-lite-web-model, and compromise. It measures load time (a fresh
// Node process per tagger), throughput on ~1 MB of English and accuracy on hand-labelled words from
// machine-translated sentences (gold.json), for the word classes that the rules ask about.
//
//   node tools/tagger-compare/compare.mjs [--mb 1] [--runs 3] [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const targetMB = option('mb', 1);
const runs = option('runs', 3);
const asJson = args.includes('--json');

const CLASSES = ['auxiliary', 'modal', 'pastParticiple', 'finiteVerb', 'commonNoun', 'properNoun', 'determiner', 'preposition'];

// ---- Mapping each tagger's output to the rules' word classes -------------------------------------
const AUX_FORMS = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'m", "'re", 'have', 'has', 'had', 'having', "'ve",
  'do', 'does', 'did',
]);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ca', 'wo', "'ll", 'ought']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'whose']);

/** Penn Treebank tag → class, the way packages/text's predicates read a primary tag. */
function classOfPenn(tag, word) {
  const lower = word.toLowerCase();
  if (tag === 'MD') return 'modal';
  if (tag.startsWith('VB') && AUX_FORMS.has(lower)) return 'auxiliary';
  if (tag === 'VBN') return 'pastParticiple';
  if (tag === 'VBD' || tag === 'VBP' || tag === 'VBZ') return 'finiteVerb';
  if (tag === 'DT' || tag === 'PDT' || tag === 'PRP$' || tag === 'WP$') return 'determiner';
  if (tag === 'IN' || tag === 'TO') return 'preposition';
  if (tag === 'NNP' || tag === 'NNPS') return 'properNoun';
  if (tag === 'NN' || tag === 'NNS') return 'commonNoun';
  return `other(${tag})`;
}

/** Universal POS (wink-nlp) → class. UPOS has no tense or participle: a VERB is neither class. */
function classOfUpos(pos, word) {
  const lower = word.toLowerCase();
  if (pos === 'AUX') return MODALS.has(lower) ? 'modal' : 'auxiliary';
  if (pos === 'VERB') return 'verb(no tense in UPOS)';
  if (pos === 'DET' || (pos === 'PRON' && POSSESSIVES.has(lower))) return 'determiner';
  if (pos === 'ADP') return 'preposition';
  if (pos === 'PROPN') return 'properNoun';
  if (pos === 'NOUN') return 'commonNoun';
  return `other(${pos})`;
}

/** compromise's own tags → class (its Penn export is coarser than its tags). */
function classOfCompromise(tags) {
  if (tags.has('Modal')) return 'modal';
  if (tags.has('Auxiliary') || tags.has('Copula')) return 'auxiliary';
  if (tags.has('Participle') || (tags.has('PastTense') && tags.has('Passive'))) return 'pastParticiple';
  if ((tags.has('PastTense') || tags.has('PresentTense')) && !tags.has('Infinitive')) return 'finiteVerb';
  if (tags.has('Determiner') || (tags.has('Pronoun') && tags.has('Possessive'))) return 'determiner';
  if (tags.has('Preposition')) return 'preposition';
  if (tags.has('ProperNoun')) return 'properNoun';
  if (tags.has('Noun') && !tags.has('Pronoun')) return 'commonNoun';
  return `other(${[...tags].join('/')})`;
}

// ---- The taggers ---------------------------------------------------------------------------------
// Each: `load` (the code a fresh process runs to be ready), `tag(text)` → [{ text, cls }] for a
// sentence, and `run(text)` → number of tagged tokens, for throughput over a whole document.
const straight = (s) => s.replaceAll('’', "'");
const TAGGERS = [
  {
    name: 'en-lexicon lookup (@mtlint/text)',
    load: `const { parseDocument } = await import('@mtlint/text'); parseDocument(SAMPLE);`,
    async init() {
      const text = await import('@mtlint/text');
      return {
        tag: (s) => text.parseDocument(s).sentences.flatMap((x) => x.tokens.map((t) => ({ text: t.text, cls: classOfPenn(t.tags[0] ?? '', straight(t.text)) }))),
        run: (s) => text.parseDocument(s).sentences.reduce((n, x) => n + x.tokens.length, 0),
      };
    },
  },
  {
    name: 'en-pos (Brill rules, same lexicon)',
    load: `const { tokenize, splitSentences } = await import('@mtlint/text'); const { Tag } = require('en-pos'); const t = tokenize(SAMPLE); new Tag(t.map((x) => x.text)).initial().smooth();`,
    async init() {
      const { tokenize, splitSentences } = await import('@mtlint/text');
      const { Tag } = require('en-pos');
      const tagSentences = (s) => {
        const tokens = tokenize(s);
        const out = [];
        for (const span of splitSentences(s, tokens)) {
          const words = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
          const tags = new Tag(words.map((t) => straight(t.text))).initial().smooth().tags;
          words.forEach((t, i) => out.push({ text: t.text, tag: tags[i] ?? '' }));
        }
        return out;
      };
      return {
        tag: (s) => tagSentences(s).map((t) => ({ text: t.text, cls: classOfPenn(t.tag, straight(t.text)) })),
        run: (s) => {
          // The same work without building result objects: tokenize, split, tag sentence by sentence.
          const tokens = tokenize(s);
          let n = 0;
          let k = 0;
          for (const span of splitSentences(s, tokens)) {
            const words = [];
            while (k < tokens.length && tokens[k].start < span.end) words.push(straight(tokens[k++].text));
            n += new Tag(words).initial().smooth().tags.length;
          }
          return n;
        },
      };
    },
  },
  {
    name: 'wink-nlp + eng-lite-web-model',
    load: `const nlp = require('wink-nlp')(require('wink-eng-lite-web-model')); nlp.readDoc(SAMPLE).tokens().out(nlp.its.pos);`,
    async init() {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
      const its = nlp.its;
      return {
        tag: (s) => {
          const tokens = nlp.readDoc(s).tokens();
          const words = tokens.out();
          const pos = tokens.out(its.pos);
          return words.map((w, i) => ({ text: w, cls: classOfUpos(pos[i], w) }));
        },
        run: (s) => nlp.readDoc(s).tokens().out(its.pos).length,
      };
    },
  },
  {
    name: 'compromise',
    load: `const nlp = require('compromise'); nlp(SAMPLE).json();`,
    async init() {
      const nlp = require('compromise');
      return {
        tag: (s) => nlp(s).docs.flat().map((t) => ({ text: t.text, cls: classOfCompromise(t.tags) })),
        run: (s) => nlp(s).docs.reduce((n, d) => n + d.length, 0),
      };
    },
  },
];

// ---- Load time: a fresh process imports the tagger and tags one sentence ---------------------------
const SAMPLE = 'The council has the new budget approved, and it would never keep track of them.';
function loadTime(tagger) {
  const code = `
    import { createRequire } from 'node:module';
    const require = createRequire(${JSON.stringify(join(here, 'compare.mjs'))});
    const SAMPLE = ${JSON.stringify(SAMPLE)};
    const t0 = performance.now();
    ${tagger.load}
    console.log(performance.now() - t0);`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: here, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${tagger.name}: ${r.stderr}`);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- Throughput on ~1 MB of English ---------------------------------------------------------------
const article = readFileSync(join(root, 'fixtures/wmt23-zhen-dev/article.txt'), 'utf8');
const copies = Math.max(1, Math.ceil((targetMB * 1e6) / Buffer.byteLength(article)));
const corpus = Array.from({ length: copies }, () => article).join('\n\n');
const corpusMB = Buffer.byteLength(corpus) / 1e6;

function throughput(impl) {
  impl.run(article); // warm up: JIT, caches
  const times = [];
  let tokens = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    tokens = impl.run(corpus);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { ms, mbPerS: corpusMB / (ms / 1000), tokens };
}

// ---- Accuracy on hand-labelled MT words -------------------------------------------------------------
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const bare = (s) => straight(s).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/'s$/u, '');

// With past participle and finite verb merged into "verb", as a tagger without tense (UPOS) sees them.
const toCoarse = (cls) => (cls === 'pastParticiple' || cls === 'finiteVerb' || cls.startsWith('verb') ? 'verb' : cls);

function accuracy(impl) {
  const perClass = Object.fromEntries(CLASSES.map((c) => [c, { right: 0, total: 0 }]));
  const errors = [];
  let right = 0;
  let total = 0;
  let coarse = 0;
  for (const sentence of gold.sentences) {
    const tagged = impl.tag(sentence.text);
    const seen = new Map();
    for (const { word, class: cls, nth = 1 } of sentence.words) {
      const matches = tagged.filter((t) => bare(t.text) === word);
      const hit = matches[nth - 1];
      seen.set(word, (seen.get(word) ?? 0) + 1);
      const predicted = hit ? hit.cls : 'missing';
      perClass[cls].total++;
      total++;
      if (toCoarse(predicted) === toCoarse(cls)) coarse++;
      if (predicted === cls) {
        perClass[cls].right++;
        right++;
      } else errors.push(`${word} (${cls} → ${predicted})`);
    }
  }
  return { right, total, coarse, perClass, errors };
}

// ---- Run and report -----------------------------------------------------------------------------
const results = [];
for (const tagger of TAGGERS) {
  const load = loadTime(tagger);
  const impl = await tagger.init();
  const speed = throughput(impl);
  const acc = accuracy(impl);
  results.push({ name: tagger.name, loadMs: load, ...speed, ...acc });
}

if (asJson) {
  console.log(JSON.stringify({ corpusMB, runs, results }, null, 1));
} else {
  const pct = (r, t) => (t === 0 ? '–' : `${Math.round((100 * r) / t)}%`);
  const rows = [['tagger', 'load ms', 'MB/s', `accuracy (${results[0].total} words)`, 'verb classes merged']];
  for (const r of results) rows.push([r.name, r.loadMs.toFixed(0), r.mbPerS.toFixed(2), `${pct(r.right, r.total)} (${r.right}/${r.total})`, `${pct(r.coarse, r.total)} (${r.coarse}/${r.total})`]);
  console.log(`Throughput on ${corpusMB.toFixed(2)} MB (fixtures/wmt23-zhen-dev/article.txt × ${copies}), median of ${runs} runs; load = fresh process, import + first sentence.\n`);
  console.log(table(rows));
  const short = { auxiliary: 'aux', modal: 'modal', pastParticiple: 'VBN', finiteVerb: 'finite', commonNoun: 'noun', properNoun: 'proper', determiner: 'det', preposition: 'prep' };
  const classRows = [['tagger', ...CLASSES.map((c) => `${short[c]} (${results[0].perClass[c].total})`)]];
  for (const r of results) classRows.push([r.name, ...CLASSES.map((c) => pct(r.perClass[c].right, r.perClass[c].total))]);
  console.log('\nAccuracy per word class:\n');
  console.log(table(classRows));
  console.log('\nErrors:');
  for (const r of results) console.log(`- ${r.name}: ${r.errors.join(', ') || 'none'}`);
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
