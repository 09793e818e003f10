import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isWordToken, lemma, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// Vietnamese ("Tôi không biết"), Indonesian and Malay ("Saya tidak tahu", "Dia belum datang"), Chinese and Thai negate
// the verb with a particle and no auxiliary, and MT writes "I not know where he lives", "He not yet come". English
// negates a plain verb through "do" (or "have" for "not yet"): "I do not know", "He has not yet come".

const SUBJECT_PRONOUNS = new WordSet(['i', 'you', 'he', 'she', 'we', 'they']);
const THIRD_SINGULAR = new WordSet(['he', 'she']);
// Words after which a pronoun opens a clause of its own (not "that" or "lest", whose clause may be a subjunctive:
// "important that we not expect", "the need that we not give", Brown).
const CLAUSE_OPENERS = new WordSet(['and', 'but', 'because', 'so', 'when', 'if', 'while', 'although', 'though', 'since']);
// "They not only think …, but …", "he not only knew": "not only" is a focus, not a negated verb (Brown has four).
const NOT_VERBS = new WordSet(['only', 'just', 'merely', 'simply', 'even']);

/** The pronoun opens a clause: the sentence's first word, or after a comma, a semicolon or a conjunction. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return true;
  if (before.kind === 'punct') return before.text === ',' || before.text === ';';
  return CLAUSE_OPENERS.hasToken(before);
}

/**
 * A plain base verb: read first as one ("know", "come"), or a word with a base reading that is read first as a
 * preposition ("like"); not a pronoun, determiner, adverb or adjective ("them", "only", "being").
 */
function isBaseVerb(t: Token | undefined): t is Token {
  if (!isWordToken(t) || t.text !== t.lower || NOT_VERBS.hasToken(t)) return false;
  const tag = primaryTag(t);
  return tag === 'VB' || tag === 'VBP' || (tag === 'IN' && t.tags.includes('VBP'));
}

const DETERMINERS = new WordSet(['the', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'many', 'most', 'some', 'all']);

/**
 * "The mayor not agrees with the fees", "The residents not want a motorway": a noun subject (a determiner, adjectives
 * or noun modifiers and its noun) that opens its clause, then "not" and a present: an -s form after a singular
 * (read first as one), a base form after a plural. Chinese 不 and Polish "nie" negate the verb itself. After "that"
 * the clause may be a subjunctive ("insisted that the company not pay"), which `opensClause` leaves out.
 */
function nounSubjectNot(tokens: readonly Token[], n: number): Report | undefined {
  const noun = tokens[n]!;
  const tag = primaryTag(noun);
  if ((tag !== 'NN' && tag !== 'NNS') || noun.text !== noun.lower || tokens[n + 1]?.lower !== 'not') return undefined;
  let d = n - 1;
  while (d >= 0 && n - d <= 4 && isWordToken(tokens[d]) && /^(JJ|NN)$/.test(primaryTag(tokens[d])) && tokens[d]!.text === tokens[d]!.lower) d--;
  if (d < 0 || !DETERMINERS.has(tokens[d]!.lower) || !opensClause(tokens, d)) return undefined;
  const verb = tokens[n + 2];
  if (!isWordToken(verb) || verb.text !== verb.lower || NOT_VERBS.hasToken(verb)) return undefined;
  const singular = tag === 'NN';
  const verbTag = primaryTag(verb);
  const fits = singular ? verbTag === 'VBZ' || (verbTag === 'NNS' && verb.tags.includes('VBZ') && /^(IN|TO|DT)$/.test(primaryTag(tokens[n + 3]))) : isBaseVerb(verb);
  if (!fits) return undefined;
  const base = singular ? lemma.of(verb) : verb.lower;
  if (base === 'be' || base === 'have') return undefined;
  const replacement = `${singular ? 'does' : 'do'} not ${base}`;
  return {
    start: tokens[n + 1]!.start,
    end: verb.end,
    message: `English negates a plain verb through an auxiliary: "${noun.text} ${replacement}".`,
    suggestions: [{ start: tokens[n + 1]!.start, end: verb.end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'not-without-auxiliary',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: '"not" before a plain verb with no auxiliary: "I not know where he lives", "She not like coffee", "He not yet come".',
    sourceHint: 'Vietnamese, Indonesian, Malay, Chinese and Thai, which negate a verb with a particle and no auxiliary.',
    fixable: true,
  },
  needs: [(t) => t.lower === 'not'],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 2 < tokens.length; i++) {
      const pronoun = tokens[i]!;
      const nounReport = nounSubjectNot(tokens, i);
      if (nounReport !== undefined) {
        if (!quotedMask(sentence)[i + 1]) reports.push(nounReport);
        continue;
      }
      if (!SUBJECT_PRONOUNS.hasToken(pronoun) || tokens[i + 1]!.lower !== 'not' || !opensClause(tokens, i)) continue;
      const yet = tokens[i + 2]!.lower === 'yet';
      const verbAt = yet ? i + 3 : i + 2;
      const verb = tokens[verbAt];
      if (!isBaseVerb(verb) || quotedMask(sentence)[i + 1]) continue;
      const singular = THIRD_SINGULAR.hasToken(pronoun);
      // "not yet" + verb is a perfect in English ("has not yet come"); otherwise "do"/"does" carries the negation.
      const replacement = yet
        ? `${singular ? 'has' : 'have'} not yet ${conjugateVerb(verb.lower, 'VBN')}`
        : `${singular ? 'does' : 'do'} not ${verb.text}`;
      reports.push({
        start: tokens[i + 1]!.start,
        end: verb.end,
        message: `English negates a plain verb through an auxiliary: "${pronoun.text} ${replacement}".`,
        suggestions: [{ start: tokens[i + 1]!.start, end: verb.end, replacement }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'I not know where he lives.', output: 'I do not know where he lives.' },
      { text: 'She not like to drink coffee.', output: 'She does not like to drink coffee.' },
      { text: 'He not yet come to the office.', output: 'He has not yet come to the office.' },
      { text: 'The mayor not agrees with the new parking fees.', output: 'The mayor does not agree with the new parking fees.' },
      { text: 'The residents not want a new motorway.', output: 'The residents do not want a new motorway.' },
    ],
    valid: [
      'I do not know where he lives.',
      'They not only think in clichés but live them.',
      'It is important that we not expect too much.',
      'They could see me but I not them.',
      'He not only knew soldiering but mathematics.',
      'We asked that he not be told.',
      'She has not yet come.',
      'I, not you, will decide.',
      'The union insisted that the company not pay the bonus.',
      'The results, not the methods, matter most.',
      'The plan not only saves money but also time.',
      'The decision not taken lightly was announced.',
    ],
  },
});
