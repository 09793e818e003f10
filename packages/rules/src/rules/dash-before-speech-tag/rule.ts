import { defineRule, type Report } from '@mtlint/engine';
import { primaryTag, speechTagEnd, type Token, WordSet } from '@mtlint/text';

const DASHES = new WordSet(['-', '–', '—', '―']);
const CLOSING_QUOTES = new WordSet(['”', '»', '"', '’']);
const SPEECH_END = new WordSet([',', '.', '!', '?']);

export default defineRule({
  meta: {
    id: 'dash-before-speech-tag',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.95,
    description: 'A dash between a quotation and its speech tag: `"We will win," - said the minister.`',
    sourceHint: 'Russian punctuation of direct speech: «…», — сказал министр.',
    fixable: true,
  },
  needs: [(t) => t.kind === 'punct' && DASHES.has(t.text)],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const dash = tokens[i]!;
      if (dash.kind !== 'punct' || !DASHES.has(dash.text)) continue;
      const end = quotationEnd(doc.text, dash.start);
      if (end < 0) {
        const dialogue = dialogueLine(tokens, i, doc.text);
        if (dialogue) reports.push(dialogue);
        continue;
      }
      const tagEnd = speechTagEnd(tokens, i + 1);
      if (tagEnd < 0 || !isSpeech(doc.text, end)) continue;
      const mark = doc.text[end]!;
      // `"We are ready" - said the coach`: with no mark inside, a dash after a quotation mostly opens an insertion
      // ("the slogan “never again” — repeated at every rally —", "“no comment” — said it all"). Only a quotation that
      // opens the sentence with a capital, as direct speech does, and a tag that closes the clause or goes on with a
      // preposition ("said the coach after training"; `“work hard” — the founder said it` goes on with an object).
      // A dash glued to the quotation marks speech broken off (`“I ought to”—he said`, Brown's fiction): only a dash
      // set apart by a space is the source's.
      if (CLOSING_QUOTES.has(mark) && !(/\s/.test(doc.text[dash.start - 1] ?? '') && opensWithSpeech(tokens) && closesTag(tokens[tagEnd]) && !OBJECTS_NOT_SPEAKERS.has(tokens[i + 2]?.lower ?? ''))) continue;
      // `," - said` becomes `," said`; a full stop that ends the quotation becomes the comma English wants there, and a
      // quotation with no mark gets it.
      const closing = leftOf(doc.text, dash.start);
      const suggestion =
        mark === '.'
          ? { start: end, end: tokens[i + 1]!.start, replacement: `,${doc.text.slice(end + 1, closing)} ` }
          : CLOSING_QUOTES.has(mark)
            ? { start: end, end: tokens[i + 1]!.start, replacement: `,${doc.text.slice(end, closing)} ` }
            : { start: closing, end: tokens[i + 1]!.start, replacement: ' ' };
      reports.push({
        start: dash.start,
        end: dash.end,
        message: 'English puts no dash between a quotation and its speech tag ("said the minister").',
        suggestions: [suggestion],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: '“We will not give up,” - said the minister.', output: '“We will not give up,” said the minister.' },
      { text: '"The talks are over," — the spokesman added.', output: '"The talks are over," the spokesman added.' },
      { text: '«Prices will fall», – stressed the head of the bank.', output: '«Prices will fall», stressed the head of the bank.' },
      { text: '“It was a hard year.” — said the mayor.', output: '“It was a hard year,” said the mayor.' },
      { text: '"We are ready for the derby", — said the coach.', output: '"We are ready for the derby", said the coach.' },
      { text: '"The prices will fall" - said the head of the bank.', output: '"The prices will fall," said the head of the bank.' },
      { text: '— The ferry will not run today, — said the harbour master.', output: '"The ferry will not run today," said the harbour master.' },
      { text: '– We have no more beds, – the nurse told us.', output: '"We have no more beds," the nurse told us.' },
    ],
    valid: [
      '“We will not give up,” said the minister.',
      'The word “never” — said three times in one speech — became a slogan.',
      '“It is over” — that was all the coach said.',
      'Prices rose - the bank said so in May.',
      'He quoted the motto “work hard” — the founder said it every day.',
      'The results - announced on Monday - were poor.',
      'Two words — “no comment” — said it all.',
      '“Yes,” he said — and left the room.',
      'Her old teacher—“M.K.”—wrote to her every spring.',
      'The slogan “work hard” — the founder repeated it daily.',
      'He called it “a good start” — the union disagreed.',
      '“I ought to”—he said, and left the room.',
      '“Now, listen”—Macklin began.',
      '“No comment” — said everything about his mood.',
      '— a list item that opens with a dash, said once',
      '— Costs, risks, and timing — all three were discussed.',
      'The result — a draw, — pleased nobody.',
    ],
  },
});

/**
 * `— We are ready, — said the coach.`: Russian, Ukrainian and Polish set a line of dialogue off with a dash at the
 * start of the line and a dash before the speech tag, and use no quotation marks. Only a line that opens with a dash,
 * speech closed by its own mark (`,` `!` `?`) and a dash set apart before a speech tag count: a dash that opens a
 * list item has no second dash and tag. The suggestion quotes the speech.
 */
function dialogueLine(tokens: readonly Token[], i: number, text: string): Report | undefined {
  const dash = tokens[i]!;
  if (!/\s/.test(text[dash.start - 1] ?? '') || speechTagEnd(tokens, i + 1) < 0) return undefined;
  // The speech may end a sentence of its own ("— Nobody was hurt! — says …"), so its line is read from the text.
  const lineStart = text.lastIndexOf('\n', dash.start - 1) + 1;
  const opening = /^[ \t]*[-–—―][ \t]+/.exec(text.slice(lineStart, dash.start));
  const markAt = leftOf(text, dash.start) - 1;
  if (opening === null || !DIALOGUE_MARKS.has(text[markAt]!)) return undefined;
  const speechStart = lineStart + opening[0].length;
  // The dash before the tag is the line's second: "The result — a draw, — pleased nobody" has no opening dash, and
  // "— Costs — all three" has a dash in between.
  if (markAt - speechStart < 4 || /[–—―]|\s-\s/.test(text.slice(speechStart, markAt))) return undefined;
  const speech = text.slice(speechStart, markAt + 1);
  return {
    start: dash.start,
    end: dash.end,
    message: 'English quotes direct speech instead of setting it off with dashes ("We are ready," said the coach).',
    suggestions: [{ start: lineStart + opening[0].search(/\S/), end: tokens[i + 1]!.start, replacement: `"${speech}" ` }],
  };
}
const DIALOGUE_MARKS = new WordSet([',', '!', '?']);

/**
 * Where the quotation closes right before the dash (`," -`, `», -`, `." -`): the offset of its final punctuation
 * mark, or -1. A sentence boundary may fall between quotation and dash (`."` ends a sentence), so this reads the
 * text, not the sentence's tokens.
 */
function quotationEnd(text: string, dashStart: number): number {
  const j = leftOf(text, dashStart);
  const a = text[j - 1] ?? '';
  const b = text[j - 2] ?? '';
  if (CLOSING_QUOTES.has(a) && SPEECH_END.has(b)) return j - 2;
  if (SPEECH_END.has(a) && CLOSING_QUOTES.has(b)) return j - 1;
  // A closing quote right after a word: the quotation's own mark is missing (`"We are ready" - said`).
  if (CLOSING_QUOTES.has(a) && /[\p{L}\p{N}]/u.test(b)) return j - 1;
  return -1;
}

// After a verb that comes first, the words that make what follows its object, not its speaker: "— said everything".
const OBJECTS_NOT_SPEAKERS = new WordSet(['everything', 'nothing', 'something', 'anything', 'all', 'it', 'this', 'that', 'much', 'little', 'more', 'so']);

/** The sentence opens with a quotation whose first word has a capital: `"We are ready" …`. */
function opensWithSpeech(tokens: readonly Token[]): boolean {
  return OPENING_QUOTES.has(tokens[0]?.text ?? '') && /^\p{Lu}/u.test(tokens[1]?.text ?? '');
}

/** After a speech tag with no mark before it, what shows the tag is whole: the end, a mark, or a preposition. */
function closesTag(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'punct' || primaryTag(t) === 'IN';
}

const OPENING_QUOTES = new WordSet(['“', '«', '„', '"', '‘']);

/**
 * Whether the quotation that ends at `end` is speech of more than one word: a quoted abbreviation or name
 * ("Mr. Burlingham—“C.C.B.”—wrote to me") is set off by dashes as any insertion is.
 */
function isSpeech(text: string, end: number): boolean {
  // `"…", —`: the mark after the quotation follows its closing quote, which a straight quote would read as the opening.
  const from = CLOSING_QUOTES.has(text[end - 1] ?? '') ? end - 2 : end - 1;
  for (let k = from; k >= 0 && end - k < 400; k--) {
    const c = text[k]!;
    if (OPENING_QUOTES.has(c)) return /\s/.test(text.slice(k + 1, end));
  }
  return true;
}

/** The index just after the last non-space character before `at`. */
function leftOf(text: string, at: number): number {
  let j = at;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return j;
}
