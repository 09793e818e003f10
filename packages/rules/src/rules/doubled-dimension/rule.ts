import { defineRule, type Report } from '@mtlint/engine';
import { primaryTag, type Token, WordMap } from '@mtlint/text';

// Russian and German name a dimension with a noun ("протяжённость составит 35 км", "die Länge beträgt 35 km"). MT
// keeps the noun as the subject and then adds the English measure phrase as well: "The height of the tower is 300 metres
// high", or "The length of the canal will be 12 kilometres in length". English says the dimension once.

/** Each dimension: its noun, and the words that state it again after a measurement ("in length", "long"). */
const DIMENSIONS: readonly { noun: string; after: readonly string[] }[] = [
  { noun: 'length', after: ['long', 'in length'] },
  { noun: 'height', after: ['high', 'tall', 'in height'] },
  { noun: 'width', after: ['wide', 'in width'] },
  { noun: 'depth', after: ['deep', 'in depth'] },
  { noun: 'area', after: ['in area'] },
  { noun: 'duration', after: ['long', 'in duration'] },
  { noun: 'weight', after: ['in weight'] },
  { noun: 'diameter', after: ['in diameter', 'across'] },
];
const BY_NOUN = new WordMap(DIMENSIONS.map((d) => [d.noun, d]));
// The verbs that state a dimension's value, and how far the value may stand from the noun.
const STATING_VERBS = /^(?:is|are|was|were|be|been|will|amounts?|amounted|totals?|totalled|totaled|reaches|reached|measures?|measured|comes|came)$/;
const MAX_BETWEEN = 10;
// Units of measure a dimension is given in: the word before the repeated dimension must be one.
const UNITS = /^(?:km|kilomet(?:re|er)s?|m|met(?:re|er)s?|cm|centimet(?:re|er)s?|mm|miles?|feet|foot|ft|inch(?:es)?|yards?|hectares?|ha|acres?|square|sq|tonnes?|tons?|kg|kilograms?|grams?|pounds?|hours?|minutes?|days?|weeks?|months?|years?|seconds?)$/;

export default defineRule({
  meta: {
    id: 'doubled-dimension',
    category: 'style/awkward',
    severity: 'minor',
    confidence: 0.8,
    description: 'A dimension said twice: "The height of the tower is 300 metres high", "The length of the route is 12 kilometres in length".',
    sourceHint: 'Russian "протяжённость/высота составит …", German "die Länge beträgt …": the dimension noun kept, and the English measure phrase added.',
    fixable: true,
  },
  needs: [(t) => BY_NOUN.has(t.lower) && primaryTag(t).startsWith('NN'), (t) => UNITS.test(t.lower)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    // Cheap filter: one pass for a dimension noun. Only what follows it counts: "a wall 3 m high runs the length of
    // the garden" names the length after the measure.
    const nounAt = tokens.findIndex((t) => BY_NOUN.has(t.lower) && primaryTag(t).startsWith('NN'));
    if (nounAt < 0) return reports;
    const dimension = BY_NOUN.getToken(tokens[nounAt]!)!;
    for (let i = nounAt + 2; i < tokens.length; i++) {
      const unit = tokens[i - 1]!;
      if (!UNITS.test(unit.lower) || (tokens[i - 2]?.kind !== 'number' && primaryTag(tokens[i - 2]) !== 'CD' && tokens[i - 2]?.lower !== 'square')) continue;
      const phrase = dimension.after.find((a) => a.split(' ').every((w, k) => tokens[i + k]?.lower === w));
      if (!phrase) continue;
      // The measurement must be what the noun's clause states: a copula or a verb of amounting between the two, in
      // the same clause ("the length of the route will be 35 km in length"), not another phrase's measure ("width
      // in preference to an area less than a hundred feet wide").
      const between = tokens.slice(nounAt + 1, i - 2);
      if (between.length > MAX_BETWEEN || between.some((t) => t.kind === 'punct') || !between.some((t) => STATING_VERBS.test(t.lower))) break;
      const last = tokens[i + phrase.split(' ').length - 1]!;
      reports.push({
        start: tokens[i]!.start,
        end: last.end,
        message: `"${phrase}" repeats the "${dimension.noun}" the sentence already names; say the measurement once.`,
        suggestions: [{ start: unit.end, end: last.end, replacement: '' }],
      });
      break;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The length of the new tram line will be 18 kilometres in length.', output: 'The length of the new tram line will be 18 kilometres.' },
      { text: 'The height of the tower is 320 metres high.', output: 'The height of the tower is 320 metres.' },
      { text: 'The total area of the park is 40 hectares in area.', output: 'The total area of the park is 40 hectares.' },
      { text: 'The duration of the course is six weeks long.', output: 'The duration of the course is six weeks.' },
    ],
    valid: [
      'The new tram line will be 18 kilometres long.',
      'The length of the new tram line will be 18 kilometres.',
      'The wall is 3 metres high and runs the length of the garden.',
      'Its height was about 300 feet, and its base 120 feet wide.',
      'The bridge, 2 km long, doubled the length of the route.',
      'They chose a square plot of greater width over a narrow strip less than 100 feet wide.',
      'The height of the wave grew as it reached the shore, 4 metres high at the end.',
      'The area of the farm was 40 hectares.',
      'A length of rope 20 feet long lay on the deck.',
    ],
  },
});
