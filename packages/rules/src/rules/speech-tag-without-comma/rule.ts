import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isNominalPart, isPreposition, isPronoun, isSpeechVerb, quotedMask, speechTagEnd, type Token, WordSet } from '@mtlint/text';

const CLOSING_QUOTES = new WordSet(['”', '»', '"']);
// A quotation shorter than this is a word or a title ("the word “crisis” said little"), not a sentence of speech.
const MIN_WORDS = 3;

/**
 * The quotation that closes at token `close`, if it is speech: at least MIN_WORDS words and a capital first word.
 * Returns the index of its opening mark, or -1.
 */
function speechOpening(tokens: readonly Token[], quoted: readonly boolean[], close: number): number {
  let open = close - 1;
  while (open > 0 && quoted[open - 1]) open--;
  // quotedMask marks the opening mark itself as quoted: `open` is the first quoted token.
  const words = tokens.slice(open + 1, close).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length < MIN_WORDS || !/^\p{Lu}/u.test(words[0]!.text)) return -1;
  // A title is mostly capitalised ("“The Old Man and the Sea” tells …"); speech is mostly lower case.
  const capitals = words.slice(1).filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitals * 2 >= words.length - 1 ? -1 : open;
}

/**
 * Whether the speech tag ending at `end` closes the clause: the end of the sentence or a comma, stop or semicolon,
 * after at most a short object or phrase ("Smith told reporters.", "Jensen said on Monday,").
 */
function closesClause(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k - end <= 4; k++) {
    const t = tokens[k]!;
    if (/^[,.;!?]$/.test(t.text)) return true;
    if (!isNominalPart(t) && !isDeterminer(t) && !isPronoun(t) && !isPreposition(t)) return false;
  }
  return end >= tokens.length;
}

export default defineRule({
  meta: {
    id: 'speech-tag-without-comma',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.8,
    description: 'Quoted speech that runs into its speech tag without a comma: `“We will win” the coach said.`',
    sourceHint: 'German and Russian close the quotation first and set the comma after it („…“, sagte er; «…», — сказал он); MT drops it.',
    fixable: true,
  },
  needs: [(t) => t.kind === 'punct' && CLOSING_QUOTES.has(t.text)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    let quoted: boolean[] | undefined;
    const reports: Report[] = [];
    for (let i = 2; i + 1 < tokens.length; i++) {
      const close = tokens[i]!;
      if (close.kind !== 'punct' || !CLOSING_QUOTES.has(close.text)) continue;
      // The speech ends in a word, with no comma, stop or question mark of its own before the closing mark.
      const last = tokens[i - 1]!;
      if (last.kind !== 'word' && last.kind !== 'number') continue;
      quoted ??= quotedMask(sentence);
      // The mark closes a quotation: the token before it is quoted and the mark itself is not.
      if (!quoted[i - 1] || quoted[i]) continue;
      if (speechOpening(tokens, quoted, i) < 0) continue;
      // The speech tag follows and ends the clause: "“…” the coach said." / "“…” said Smith, who …".
      // A verb of saying right after the quotation needs its speaker after it ("said the head of the bank"; in
      // "“Young for his age” means only …" the quotation is the subject); a speaker first must end the clause soon
      // ("the mayor added.").
      const end = speechTagEnd(tokens, i + 1);
      if (end < 0 || (isSpeechVerb(tokens[i + 1]) ? end === i + 2 : !closesClause(tokens, end))) continue;
      reports.push({
        start: last.start,
        end: close.end,
        message: 'Quoted speech takes a comma before its closing quotation mark when the speech tag follows.',
        suggestions: [{ start: last.end, end: last.end, replacement: ',' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: '“We will win the next match” the coach said.', output: '“We will win the next match,” the coach said.' },
      { text: '"Prices will not fall this year" said the head of the bank.', output: '"Prices will not fall this year," said the head of the bank.' },
      { text: '“The bridge stays closed until May” Smith told reporters.', output: '“The bridge stays closed until May,” Smith told reporters.' },
    ],
    valid: [
      '“We will win the next match,” the coach said.',
      '“Will we win?” the coach asked.',
      'The word “crisis” said it all.',
      'The film “Jaws” told a simple story.',
      'He called it “a waste of public money” and said nothing more.',
      '“We will win the next match”, the coach said.',
      '“Go home now,” she said, “before it rains.”',
      '“The Old Man and the Sea” tells of a fisherman.',
      '“Young at heart” means only that he still plays football.',
      'The fisherman said: “The catch is lost.”',
    ],
  },
});
