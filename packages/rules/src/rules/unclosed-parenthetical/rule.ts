import { defineRule, type Report } from '@mtlint/engine';
import {
  isFiniteVerb, isModal, isPreposition, isProperNoun, isWordToken, nounSenses, primaryTag, type Sentence, type Token,
} from '@mtlint/text';

const isName = (t: Token | undefined): t is Token => isWordToken(t) && isProperNoun(t) && /^\p{Lu}/u.test(t.text);

// Subordinators that open a reduced parenthetical: "while welcome", "although costly", "if approved".
const REDUCED_OPENERS = new Set(['while', 'although', 'though', 'if', 'whether', 'when', 'once', 'unless']);

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
    let j = i + 1;
    while (isName(tokens[j])) j++;
    if (j === i + 1 || j - (i + 1) > 4) continue;
    const verb = tokens[j];
    if (!isWordToken(verb) || !(isFiniteVerb(verb) || isModal(verb))) continue;
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
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'word' && !isFiniteVerb(tokens[j]!) && !isModal(tokens[j]!) && j - i <= 5) j++;
    const comma = tokens[j];
    if (comma?.text !== ',' || j === i + 1) continue;
    const verb = tokens[j + 1];
    if (!isWordToken(verb) || !(isModal(verb) || isFiniteVerb(verb))) continue;
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
    ],
  },
});
