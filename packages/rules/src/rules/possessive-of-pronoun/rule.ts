import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, primaryTag, WordSet, WordMap } from '@mtlint/text';

// Persian (khane-ye u, "house of him"), Turkish (onun evi, read back through "of"), Hindi and Urdu (uska ghar),
// Arabic (baytuhu, the pronoun suffixed to the noun) and Indonesian (rumah dia) put the owner after the thing or mark
// it with a suffix, and MT writes "the house of him", "the shop of him". English puts a possessive determiner first:
// "his house".

const POSSESSIVES = new WordMap([['him', 'his'], ['her', 'her'], ['them', 'their'], ['me', 'my'], ['us', 'our']]);
// What a person has or belongs to: kin, home, work and name. Nouns of pictures, thoughts and sights take "of him" in
// English ("a picture of him", "the thought of her", "the sight of them"), and "the life of him", "the death of him"
// are idioms: none is listed.
const POSSESSED = new WordSet([
  'house', 'home', 'flat', 'apartment', 'shop', 'car', 'office', 'room', 'mother', 'father', 'wife', 'husband', 'son',
  'daughter', 'brother', 'sister', 'parents', 'family', 'name', 'job', 'friend', 'friends', 'children', 'money',
  'phone', 'dog', 'village', 'company', 'business', 'salary', 'uncle', 'aunt', 'grandmother', 'grandfather',
]);
// "the wife of him who leads her to sin" (Brown), "the father of them all": the pronoun heads a phrase of its own.
const CONTINUES_PRONOUN = new WordSet(['who', 'whom', 'that', 'all', 'both']);

export default defineRule({
  meta: {
    id: 'possessive-of-pronoun',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'An owner given as "of" + a pronoun after the thing: "the house of him", "the mother of them".',
    sourceHint: 'Persian, Turkish, Hindi, Urdu, Arabic and Indonesian, which put the owner after the thing or suffix it.',
    fixable: true,
  },
  needs: [(t) => POSSESSIVES.has(t.lower), (t) => t.lower === 'of'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'of') continue;
      const pronoun = tokens[i + 1]!;
      const possessive = POSSESSIVES.getToken(pronoun);
      const noun = tokens[i - 1]!;
      if (possessive === undefined || !POSSESSED.hasToken(noun) || CONTINUES_PRONOUN.has(tokens[i + 2]?.lower ?? '')) continue;
      // "the flat of her widowed mother" (Brown): "her" is the determiner of a noun phrase after it.
      if (pronoun.lower === 'her' && isWordToken(tokens[i + 2]) && /^(NN|NNS|NNP|JJ|VBN|VBG|CD)$/.test(primaryTag(tokens[i + 2]))) continue;
      // "the house of him", or the noun opening the sentence bare ("House of him is near the park").
      const the = tokens[i - 2];
      const opensBare = i === 1;
      if (!opensBare && the?.lower !== 'the') continue;
      if (!opensBare && noun.text !== noun.lower) continue;
      const start = opensBare ? noun.start : the!.start;
      const capital = opensBare || the!.text === 'The';
      const replacement = `${capital ? possessive[0]!.toUpperCase() + possessive.slice(1) : possessive} ${noun.lower}`;
      reports.push({
        start,
        end: pronoun.end,
        message: `English puts the owner first: "${replacement}", not "${sentence.tokens.slice(opensBare ? i - 1 : i - 2, i + 2).map((t) => t.text).join(' ')}".`,
        suggestions: [{ start, end: pronoun.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The house of him is near the park.', output: 'His house is near the park.' },
      { text: 'We visited the shop of her in the old town.', output: 'We visited her shop in the old town.' },
      { text: 'Mother of them works at the hospital.', output: 'Their mother works at the hospital.' },
    ],
    valid: [
      'His house is near the park.',
      'She kept a picture of him on her desk.',
      'The thought of her made him smile.',
      'He is the father of them all.',
      'Not the wife of him who leads her astray.',
      'For the life of him he could not remember.',
      'A friend of his came to dinner.',
      'The rest of them stayed home.',
      'She is a friend of mine.',
      'The house of Windsor is old.',
      'The fire spread to the flat of her widowed mother.',
    ],
  },
});
