import { defineRule, type Report } from '@mtlint/engine';
import { isAuxiliary, isModal, primaryTag, verbBase, type Token } from '@mtlint/text';


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
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
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
        if (t.lower !== 'and' && t.lower !== 'or') continue;
        const ing = tokens[j + 1]!;
        const object = tokens[j + 2]!;
        if (!ing.tags.includes('VBG') || !ing.lower.endsWith('ing')) break;
        if (object.kind !== 'word' || !/^(DT|JJ|NN|NNS|NNP|PRP\$|PRP)$/.test(primaryTag(object))) break;
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
    ],
  },
});
