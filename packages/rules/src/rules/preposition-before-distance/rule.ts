import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { cardinalEnd, isWordToken, type Token, WordSet } from '@mtlint/text';

// The prepositions Russian "в 40 км от", French "à 40 km de", Spanish "a 40 km de" and Italian "a 40 km da" come through as.
const PREPOSITIONS = new Set(['on', 'in', 'at']);
// Hedges between the preposition and the number: "in about 3 miles from".
const HEDGES = new WordSet(['about', 'some', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'only', 'just', 'over']);
// Where a place lies, after which "at" + a distance is the source's: "located at 500 m from". Elsewhere "at 20 km from the
// finish" is a point on a route, which English sports writing also says.
const POSITION_WORDS = new WordSet([
  'located', 'situated', 'lies', 'lie', 'lay', 'lying', 'stands', 'stand', 'stood', 'is', 'are', 'was', 'were', 'built', 'placed', 'sits',
  'sit', 'sat', 'based', 'found',
]);
// Units of distance; "nautical" goes before "miles".
const DISTANCE_UNITS = new WordSet([
  'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'm', 'metre', 'metres', 'meter', 'meters', 'mile', 'miles', 'yard',
  'yards', 'feet', 'foot', 'ft', 'verst', 'versts',
]);

/** The index after the distance that starts at `from` ("40 kilometres", "12 nautical miles", "two km"), or -1. */
function distanceEnd(tokens: readonly Token[], from: number): number {
  const end = cardinalEnd(tokens, from);
  if (end < 0) return -1;
  const unitAt = tokens[end]?.lower === 'nautical' ? end + 1 : end;
  return DISTANCE_UNITS.has(tokens[unitAt]?.lower ?? '') ? unitAt + 1 : -1;
}

export default defineRule({
  meta: {
    id: 'preposition-before-distance',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A preposition before a distance from a place: "lies on 40 km from the border", "built at 200 metres from the beach" → "40 km from", "200 metres from".',
    sourceHint: 'Russian "в 40 км от", French "à 40 km de", Spanish "a 40 km de", Italian "a 40 km da": the source\'s preposition before the distance.',
    fixable: true,
  },
  anchor: PREPOSITIONS,
  needs: [(t) => DISTANCE_UNITS.hasToken(t)],
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const anchors = anchorsIn(sentence, ctx, PREPOSITIONS);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      if (!PREPOSITIONS.has(tokens[i]!.lower)) continue;
      // Fronted, the phrase is a point on a route ("In 2 km, turn left", "At 30 km the road climbs"): only a
      // preposition after a word of the clause is read.
      if (!isWordToken(tokens[i - 1])) continue;
      const from = HEDGES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      const end = distanceEnd(tokens, from);
      if (end < 0) continue;
      const next = tokens[end]?.lower;
      if (tokens[i]!.lower === 'at' && !POSITION_WORDS.hasToken(tokens[i - 1]!)) continue;
      // "from" after any of the three, "of" after "in" or "on" ("within 10 miles of" is English, "in 30 km of" is not).
      if (next !== 'from' && !(next === 'of' && tokens[i]!.lower !== 'at')) continue;
      const preposition = tokens[i]!;
      // The distance as written, hedge and all: "about 3 miles", "40km".
      const distance = ctx.doc.text.slice(tokens[i + 1]!.start, tokens[end - 1]!.end);
      reports.push({
        start: preposition.start,
        end: tokens[end]!.end,
        message: `English gives a distance from a place with no preposition before it: "${distance} from".`,
        suggestions: [{ start: preposition.start, end: tokens[end]!.end, replacement: `${distance} from` }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The farm lies on 40 kilometres from the border.', output: 'The farm lies 40 kilometres from the border.' },
      { text: 'The hotel was built at 200 metres from the beach.', output: 'The hotel was built 200 metres from the beach.' },
      { text: 'The fire broke out in about 3 miles from the town.', output: 'The fire broke out about 3 miles from the town.' },
      { text: 'The ship sank on twelve nautical miles from the coast.', output: 'The ship sank twelve nautical miles from the coast.' },
    ],
    valid: [
      'The farm lies 40 kilometres from the border.',
      'In 2 km, turn left onto the motorway.',
      'At 30 km the road climbs steeply.',
      'The race was decided in the last 5 km of the stage.',
      'She lives within 10 miles of the sea.',
      'Prices rose in 40 of the 50 states.',
      'He ran 3 miles from the harbour to the station.',
      'The cable was laid at 200 metres below the surface.',
    ],
  },
});
