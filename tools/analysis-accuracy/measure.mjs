// Measures the shared sentence analysis (@mtlint/text analyseSentence) against the tags of the Brown corpus: the share
// of Brown's verb groups (a form of have + vbn, be + vbn, a modal + vb, with adverbs between) whose main verb the
// analysis finds in a group of its own, the share of the analysis's English-order groups that Brown tags so, and
// how often it reports a split group (the verb left at the clause end) in this clean English. Run after a build:
// node tools/analysis-accuracy/measure.mjs
import { analyseSentence, parseDocument } from '../../packages/text/dist/index.js';
import { brownSampleNames, readBrownSamples, taggedTokens } from '../brown-corpus/index.mjs';

const HAVE = /^hv[dz]?\*?$/;
const BE = /^(be|bed|bedz|bem|ber|bez|ben)\*?$/;
const stats = { perfect: [0, 0], passive: [0, 0], modal: [0, 0] };
let groups = 0;
let confirmed = 0;
let split = 0;
let words = 0;
for (const sample of readBrownSamples(brownSampleNames())) {
  for (const line of sample.split('\n')) {
    const items = taggedTokens(line).map(([word, tag]) => ({ word, tag: tag.replace(/-(tl|hl|nc)$/g, '') }));
    if (items.length < 3) continue;
    words += items.length;
    let text = '';
    const starts = items.map((it) => {
      const s = text.length;
      text += `${it.word} `;
      return s;
    });
    const doc = parseDocument(text);
    // Brown word index → [sentence, token index], by offset.
    const where = new Map();
    for (const s of doc.sentences) for (const t of s.tokens) where.set(t.start, [s, t.index]);
    const found = new Set();
    for (const s of doc.sentences) {
      const a = analyseSentence(s);
      for (const g of a.verbGroups) {
        if (g.gap.length > 0) {
          split++;
          continue;
        }
        groups++;
        // Keyed by the main verb: Brown heads "has been said" at "been", the analysis at "has".
        found.add(`${s.index}:${g.verbs.at(-1)}`);
        const head = items[starts.indexOf(s.tokens[g.head].start)];
        const main = items[starts.indexOf(s.tokens[g.verbs.at(-1)].start)];
        if (head && main && /^(hv|be|md|do|to)/.test(head.tag) && /^(vb|vbn|vbg|be|hv|do)/.test(main.tag)) confirmed++;
      }
    }
    for (let i = 0; i < items.length; i++) {
      const kind = HAVE.test(items[i].tag) ? 'perfect' : BE.test(items[i].tag) ? 'passive' : /^md\*?$/.test(items[i].tag) ? 'modal' : undefined;
      if (!kind) continue;
      let k = i + 1;
      while (items[k] && /^(rb|rbr|\*|ql)$/.test(items[k].tag)) k++;
      const want = kind === 'modal' ? /^vb$/ : /^vbn$/;
      if (!items[k] || !want.test(items[k].tag)) continue;
      stats[kind][1]++;
      const h = where.get(starts[i]);
      const v = where.get(starts[k]);
      if (h && v && h[0] === v[0] && found.has(`${v[0].index}:${v[1]}`)) stats[kind][0]++;
    }
  }
}
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
for (const [kind, [hit, all]] of Object.entries(stats)) console.log(`Brown ${kind} groups found: ${pct(hit, all)}`);
console.log(`analysis groups in English order confirmed by Brown's tags: ${pct(confirmed, groups)}`);
console.log(`split groups in Brown (clean English): ${split} in ${words} tokens`);
