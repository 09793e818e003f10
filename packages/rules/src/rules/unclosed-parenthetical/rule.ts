import { defineRule, type Report } from '@mtlint/engine';
import {
  isAuxiliary, isFiniteVerb, isModal, isPreposition, isPronoun, isProperNoun, isWordToken, nounSenses, primaryTag, type Sentence, type Token,
} from '@mtlint/text';

const isName = (t: Token | undefined): t is Token => isWordToken(t) && isProperNoun(t) && /^\p{Lu}/u.test(t.text);

// Subordinators that open a reduced parenthetical: "while welcome", "although costly", "if approved".
const REDUCED_OPENERS = new Set(['while', 'although', 'though', 'if', 'whether', 'when', 'once', 'unless']);

const canBeParticiple = (t: Token) => t.tags.includes('VBN');

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * Whether the role noun at `role` heads a definite noun phrase that is not part of a participial opener: "the union
 * leader", "her lawyer", "the bank's chief economist". Fronted descriptions of the subject are left alone: "An
 * imaginative storyteller, Pimen takes …", "Being the town's sole doctor, Abel was …", "Nice kid, Ernie thought".
 */
function definiteRolePhrase(tokens: readonly Token[], role: number): boolean {
  let k = role;
  while (k > 0 && /^(JJ|NN|NNS|NNP|NNPS|POS|CD)$/.test(primaryTag(tokens[k - 1])) && tokens[k - 1]!.kind === 'word') k--;
  if (k > 0 && /^['’]s$/.test(tokens[k - 1]!.lower)) return definiteRolePhrase(tokens, k - 2);
  const determiner = tokens[k - 1];
  if (!isWordToken(determiner) || !(DEFINITE.has(determiner.lower) || primaryTag(determiner) === 'PRP$')) return false;
  let start = k - 1;
  while (start > 0 && tokens[start - 1]!.kind !== 'punct') start--;
  return primaryTag(tokens[start]) !== 'VBG';
}

/**
 * An apposition opened and never closed: "The chairman, John Smith said …". A role noun (a person's job or
 * title), a comma, a name, and the finite verb with no comma to close the name off.
 */
function unclosedApposition(sentence: Sentence): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length - 2; i++) {
    const comma = tokens[i]!;
    if (comma.text !== ',') continue;
    const role = tokens[i - 1]!;
    if (!isWordToken(role) || primaryTag(role) !== 'NN' || !/^\p{Ll}/u.test(role.text) || !nounSenses(role.lower).includes('noun.person')) continue;
    // "According to the minister, John Smith is wrong": the comma closes an introductory phrase.
    let phraseStart = i - 1;
    while (phraseStart > 0 && tokens[phraseStart - 1]!.kind === 'word' && !isPreposition(tokens[phraseStart - 1]!) && !isFiniteVerb(tokens[phraseStart - 1]!)) phraseStart--;
    const governor = tokens[phraseStart - 1];
    if (isWordToken(governor) && (isPreposition(governor) || isFiniteVerb(governor))) continue;
    if (!definiteRolePhrase(tokens, i - 1) || nounSenses(role.lower).includes('noun.time')) continue;
    let j = i + 1;
    while (isName(tokens[j])) j++;
    if (j === i + 1 || j - (i + 1) > 4) continue;
    const verb = tokens[j];
    if (!isWordToken(verb) || !(isFiniteVerb(verb) || isModal(verb))) continue;
    // "This man, Tom said, had the play": the name and its verb are themselves the insertion.
    if (tokens[j + 1]?.text === ',') continue;
    const lastName = tokens[j - 1]!;
    reports.push({
      start: comma.start,
      end: verb.end,
      message: 'The apposition opened by this comma is never closed; remove the comma or add one after the name.',
      suggestions: [
        { start: role.end, end: tokens[i + 1]!.start, replacement: ' ' },
        { start: lastName.end, end: lastName.end, replacement: ',' },
      ],
    });
  }
  return reports;
}

/**
 * A reduced parenthetical closed but never opened: "the plan while popular, failed". A noun, a subordinator with
 * a verbless phrase, a comma, then the verb of the main clause.
 */
function unopenedParenthetical(sentence: Sentence): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length - 2; i++) {
    const opener = tokens[i]!;
    if (!isWordToken(opener) || !REDUCED_OPENERS.has(opener.lower)) continue;
    const before = tokens[i - 1]!;
    if (!isWordToken(before) || !/^(NN|NNS|NNP|NNPS)$/.test(primaryTag(before))) continue;
    // The reduced phrase has no subject and no finite verb ("while popular", "once finished"): a pronoun or a name
    // after the opener starts a full clause ("while Cook, followed by …", "if she wanted to,"), and "once more" is an
    // adverb.
    const first = tokens[i + 1]!;
    if (/^(more|again)$/.test(first.lower) || isPronoun(first) || isName(first)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 5) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || isModal(t) || isPronoun(t) || isAuxiliary(t) || (isFiniteVerb(t) && !canBeParticiple(t))) break;
      j++;
    }
    const comma = tokens[j];
    if (comma?.text !== ',' || j === i + 1) continue;
    // The main clause's verb after the comma: finite, a modal, or a past form the lexicon reads first as a participle
    // ("hurt", "caused").
    const verb = tokens[j + 1];
    if (!isWordToken(verb) || !(isModal(verb) || isFiniteVerb(verb) || (canBeParticiple(verb) && verb.tags.includes('VBD')))) continue;
    reports.push({
      start: before.start,
      end: comma.end,
      message: `The parenthetical "${opener.text} …," is closed by a comma but not opened by one.`,
      suggestions: [{ start: before.end, end: before.end, replacement: ',' }],
    });
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'unclosed-parenthetical',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.75,
    description: 'An apposition or parenthetical with only one of its two commas.',
    sourceHint: 'Source punctuation mapped comma for comma onto a reordered English sentence, or a dropped comma around an inserted phrase.',
    fixable: true,
  },
  detectSentence(sentence) {
    return [...unclosedApposition(sentence), ...unopenedParenthetical(sentence)];
  },
  examples: {
    invalid: [
      { text: 'The union leader, Maria Lopez said the strike would continue.', output: 'The union leader Maria Lopez said the strike would continue.' },
      { text: 'Last week the party spokesman, Tom Baker announced his resignation.', output: 'Last week the party spokesman Tom Baker announced his resignation.' },
      { text: 'The plan while popular, failed in parliament.', output: 'The plan, while popular, failed in parliament.' },
      { text: 'The new tax although modest, would hit small firms.', output: 'The new tax, although modest, would hit small firms.' },
      { text: 'The new runway once opened, doubled the traffic.', output: 'The new runway, once opened, doubled the traffic.' },
      { text: 'The bank’s chief economist, Laura Stein expects a slowdown.', output: 'The bank’s chief economist Laura Stein expects a slowdown.' },
    ],
    valid: [
      'The union leader, Maria Lopez, said the strike would continue.',
      'Union leader Maria Lopez said the strike would continue.',
      'According to the minister, John Smith was not involved.',
      'While popular, the plan failed in parliament.',
      'The plan, while popular, failed in parliament.',
      'Prices rose in March when demand peaked, but fell later.',
      'She stayed at home while her husband worked, and the children slept.',
      'For the director, Paris was the obvious choice.',
      'He thanked the doctor, Anna, and the nurses.',
      'An experienced pilot, Maria Lopez flew the plane home.',
      'Being the only doctor, Ana was also the coroner.',
      'This man, Tom said, had the play shut up in his desk.',
      'One night, Mama came home late.',
      'The horse ran towards the barn while Cook, hit by a bullet, fell.',
      'Let her call him if she wanted to, let him shout.',
      'They pushed him that way once more, forced him to give in.',
    ],
  },
});
