import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isModal, isNominalPart, primaryTag, verbBase, type Token, WordSet } from '@mtlint/text';

// What can open the object of the -ing verb: a determiner, possessive or adjective ("flooding the valley", "reducing
// their profits", "threatening national security"). A bare noun after it makes the -ing form a modifier ("inflation
// and rising prices", "research and teaching facilities"), which is good English.
const OBJECT_OPENERS = new WordSet(['DT', 'PDT', 'PRP$', 'JJ', 'CD']);
// Object pronouns only: "help or training they need" is a noun and a relative clause.
const OBJECT_PRONOUNS = new WordSet(['them', 'him', 'her', 'us', 'me', 'it']);

const isIngForm = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.tags.includes('VBG') && t.lower.endsWith('ing');


export default defineRule({
  meta: {
    id: 'broken-parallelism',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.6,
    description: 'A modal governs two verbs joined by "and", but the second is an -ing form: "could help X and threatening Y".',
    sourceHint: 'Source coordination of two infinitives (German "helfen und gefährden") rendered with mismatched verb forms.',
    fixable: false,
  },
  needs: [(t) => t.kind === 'word' && isModal(t), new Set(['and', 'or'])],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // Most sentences have no modal: one look at each token's tag, and the rest is spent only where one is.
    const firstModal = tokens.findIndex((t) => t.kind === 'word' && isModal(t));
    if (firstModal < 0) return reports;
    // An -ing clause at the start of the sentence or after a comma ("Promising little, …", "…, promising little
    // more than we can deliver and delivering all we promise") is what a later -ing form coordinates with.
    const first = tokens.findIndex((t) => t.kind === 'word');
    if (tokens.some((t, k) => isIngForm(t) && (k === first || tokens[k - 1]?.text === ','))) return reports;
    for (let i = firstModal; i < tokens.length; i++) {
      const modal = tokens[i]!;
      if (modal.kind !== 'word' || !isModal(modal)) continue;
      const verb = tokens[i + 1];
      // After a modal, a word with a base-verb reading is that verb ("could damage", whatever its likeliest tag).
      if (!verb || verb.kind !== 'word' || !verb.tags.includes('VB')) continue;
      // "could be staffing the labs or starting a business": after a progressive "be", -ing forms are the parallel ones.
      if (verb.lower === 'be') continue;
      // Within the same clause: up to the next punctuation, find "and" + an -ing form that takes an object.
      for (let j = i + 2; j < tokens.length - 2; j++) {
        const t = tokens[j]!;
        if (t.kind === 'punct' || (t.kind === 'word' && (isModal(t) || isAuxiliary(t)))) break;
        // An -ing form already in the clause is what the second one coordinates with: "by reorganizing the office and
        // transferring its staff", "of creating and maintaining".
        if (isIngForm(t)) break;
        if (t.lower !== 'and' && t.lower !== 'or') continue;
        const ing = tokens[j + 1]!;
        const object = tokens[j + 2]!;
        if (!isIngForm(ing)) break;
        if (!OBJECT_OPENERS.has(primaryTag(object)) && !OBJECT_PRONOUNS.hasToken(object)) break;
        // "choose between peace and keeping the peace": the -ing form coordinates with the object of a preposition,
        // a noun phrase right after it, and is a gerund.
        let np = j - 1;
        while (np > i + 1 && isNominalPart(tokens[np]!)) np--;
        if (np < j - 1 && primaryTag(tokens[np]) === 'IN') break;
        reports.push({
          start: t.start,
          end: ing.end,
          message: `"${ing.text}" should be a plain verb like "${verb.text}": both follow "${modal.text}".`,
          suggestions: [{ start: ing.start, end: ing.end, replacement: verbBase(ing.lower) }],
        });
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The storm could damage the roads and flooding the valley.', output: 'The storm could damage the roads and flood the valley.' },
      { text: 'Such a tax would hurt small firms and reducing their profits.', output: 'Such a tax would hurt small firms and reduce their profits.' },
    ],
    valid: [
      'The storm could damage the roads and flood the valley.',
      'He will come and go, leaving no trace.',
      'They can read and writing is harder.',
      'She would sit and watch, smiling at the children.',
      'We should eat and drink, dancing the night away.',
      'The firm could cut costs and keep growing.',
      'The plan would raise taxes and cut spending on housing.',
      'They might leave, and having left, never return.',
      'Graduates could be staffing our labs or starting new firms.',
      'We must turn toward ending congestion and eliminating smog.',
      'We cannot escape the burden of creating and maintaining strong armies.',
      'The state can counter inflation and rising prices.',
      'People should get the help or training they need.',
      'The plan would aid research and teaching hospitals.',
      'They won, promising no more than they could deliver and delivering all they promised.',
      'If we must choose between peace and keeping our allies, we must fight.',
    ],
  },
});
