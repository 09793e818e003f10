import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, primaryTag, type Token, WordSet } from '@mtlint/text';

/**
 * Whether "the" at `i` opens a subject or follows "in": the sentence's first word, after a comma, a semicolon or a
 * colon, or after "in" ("In the most cases"). After a verb or another preposition, "the most" is the superlative of
 * "many" ("reached the most hearts", "the team with the most goals", "happiness to the most people"): English.
 */
function opensPhrase(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return true;
  if (before.kind === 'punct') return before.text === ',' || before.text === ';' || before.text === ':';
  return before.lower === 'in';
}

const OF_GROUP_OPENERS = new WordSet(['the', 'them', 'us', 'these', 'those', 'our', 'their', 'his', 'her', 'my', 'your', 'its']);

export default defineRule({
  meta: {
    id: 'definite-most',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: '"the most" before a plural where English says "most": "The most people work in tourism", "in the most cases".',
    sourceHint: 'German "die meisten", Dutch "de meeste", French "la plupart des", Italian "la maggior parte": an article before the word for "most".',
    fixable: true,
  },
  needs: [(t) => t.lower === 'most' || t.lower === 'more'],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const the = tokens[i]!;
      if (the.lower !== 'the' || (tokens[i + 1]!.lower !== 'most' && tokens[i + 1]!.lower !== 'more')) continue;
      const more = tokens[i + 1]!.lower === 'more';
      const noun = tokens[i + 2]!;
      // "The more part of the residents" (Russian "бо́льшая часть жителей", Polish "większa część", read as "more"): English
      // says "most of the residents". "for the most part" is an idiom with no "of" after it.
      if (noun.lower === 'part' && tokens[i + 3]?.lower === 'of' && (more || tokens[i - 1]?.lower !== 'for')) {
        reports.push({
          start: the.start,
          end: tokens[i + 3]!.end,
          message: `English says "most of" a whole, not "the ${tokens[i + 1]!.lower} part of".`,
          suggestions: [{ start: the.start, end: tokens[i + 3]!.end, replacement: the.text[0] === 'T' ? 'Most of' : 'most of' }],
        });
        continue;
      }
      // "the more" is read only before "part of": elsewhere it is a comparison ("the more you read").
      if (more) continue;
      // "The most of the students" (la plupart des, la maggior parte degli): a part of a group, which English gives
      // as "most of". After a verb it is the idiom "make the most of the day", which the opening test leaves out.
      if (noun.lower === 'of' && OF_GROUP_OPENERS.has(tokens[i + 3]?.lower ?? '') && opensPhrase(tokens, i)) {
        reports.push({
          start: the.start,
          end: noun.end,
          message: 'English says "most of" a group, without "the": "the most of" is only the idiom "make the most of".',
          suggestions: [{ start: the.start, end: tokens[i + 1]!.end, replacement: the.text[0] === 'T' ? 'Most' : 'most' }],
        });
        continue;
      }
      // A plural read first as one, in lower case, that ends its phrase ("the most people work"), not an adjective's
      // superlative ("the most popular songs") nor a modifier ("the most points scorer").
      if (!isWordToken(noun) || primaryTag(noun) !== 'NNS' || noun.text !== noun.lower || !opensPhrase(tokens, i)) continue;
      const next = tokens[i + 3];
      if (isWordToken(next) && /^NNS?$/.test(primaryTag(next))) continue;
      const most = the.text[0] === 'T' ? 'Most' : 'most';
      reports.push({
        start: the.start,
        end: noun.end,
        message: `English says "most ${noun.text}", without "the": "the most" before a plural is the superlative of "many" ("won the most votes").`,
        suggestions: [{ start: the.start, end: tokens[i + 1]!.end, replacement: most }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The most residents of the island speak two languages.', output: 'Most residents of the island speak two languages.' },
      { text: 'In the most cases the damage was small.', output: 'In most cases the damage was small.' },
      { text: 'According to the poll, the most voters want a change.', output: 'According to the poll, most voters want a change.' },
      { text: 'The most of the employees work from home.', output: 'Most of the employees work from home.' },
      { text: 'In the most of these cases the damage was small.', output: 'In most of these cases the damage was small.' },
      { text: 'The more part of the harvest was lost.', output: 'Most of the harvest was lost.' },
      { text: 'Rain fell in the most part of the country.', output: 'Rain fell in most of the country.' },
    ],
    valid: [
      'Most residents of the island speak two languages.',
      'The pitcher reached the most hearts.',
      'She won the most votes in the city.',
      'The most popular songs were played twice.',
      'The most important thing is to rest.',
      'Of all the players, he scored the most goals.',
      'The team with the most goals wins.',
      'The plan brings relief to the most people.',
      'The most points scorer gets a prize.',
      'It is the one that retains the most nutrients.',
      'The Most Dangerous Game was a film.',
      'We made the most of the sunny weather.',
      'For the most part of the year the pass is closed.',
      'The more you read, the more you know.',
      'The more of the old town you see, the better.',
      'Visitors get the most of the museum in the morning.',
    ],
  },
});
