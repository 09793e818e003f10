import { describe, expect, it } from 'vitest';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Splits and checks the invariants of the spans: ordered, whole, trimmed, covering every token. */
function split(text: string): SentenceSpan[] {
  const tokens = tokenize(text);
  const spans = splitSentences(text, tokens);
  let previousEnd = 0;
  let previousParagraph = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(s.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    previousEnd = s.end;
    previousParagraph = s.paragraph;
  }
  // Every token lies inside exactly one sentence.
  for (const t of tokens) expect(spans.filter((s) => s.start <= t.start && t.end <= s.end)).toHaveLength(1);
  return spans;
}
const sentences = (text: string) => split(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and marks them terminated', () => {
    const text = 'The ban was written into law. It takes effect today! Does it work? Nobody knows.';
    expect(sentences(text)).toEqual(['The ban was written into law.', 'It takes effect today!', 'Does it work?', 'Nobody knows.']);
    expect(split(text).every((s) => s.terminated)).toBe(true);
  });

  it('returns no sentence for blank text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n\n \r\n')).toEqual([]);
  });

  it('does not split after titles and other abbreviations', () => {
    expect(sentences('Mr. Sun told reporters. Dr. Liu and Mrs. Wang agreed.')).toEqual([
      'Mr. Sun told reporters.', 'Dr. Liu and Mrs. Wang agreed.',
    ]);
    expect(sentences('Prof. Rios and Gen. Smith met St. Louis officials. They left.')).toHaveLength(2);
    expect(sentences('Apples, pears, etc. are sold here. Cats vs. dogs is a debate.')).toHaveLength(2);
  });

  it('splits after "no." as a word, but not before a number', () => {
    expect(sentences('It is product No. 1 on the list. It sold out.')).toEqual(['It is product No. 1 on the list.', 'It sold out.']);
    expect(sentences('She said no. Then she left.')).toEqual(['She said no.', 'Then she left.']);
    expect(sentences('See fig. 3 and vol. 2 of the report.')).toHaveLength(1);
  });

  it('does not split after a month abbreviation before a day', () => {
    expect(sentences('BEIJING, Feb. 11 (Xinhua) -- The forum opened. It closed on Jan. 5, 2023.')).toEqual([
      'BEIJING, Feb. 11 (Xinhua) -- The forum opened.', 'It closed on Jan. 5, 2023.',
    ]);
  });

  it('splits after words that only look like abbreviations', () => {
    expect(sentences('He sat. Then he rose.')).toEqual(['He sat.', 'Then he rose.']);
    expect(sentences('They lay in the sun. The day was hot.')).toEqual(['They lay in the sun.', 'The day was hot.']);
  });

  it('decides after "etc." and "Inc." by the word that follows', () => {
    expect(sentences('They sell apples, pears, etc. The shop is new.')).toEqual(['They sell apples, pears, etc.', 'The shop is new.']);
    expect(sentences('Apple Inc. Chief Executive Tim Cook spoke.')).toHaveLength(1);
  });

  it('keeps e.g. and i.e. inside the sentence whatever follows', () => {
    expect(sentences('Some words, e.g. Monday, are capitalised. Others, i.e. The rest, are not.')).toEqual([
      'Some words, e.g. Monday, are capitalised.', 'Others, i.e. The rest, are not.',
    ]);
  });

  it('does not split between initials', () => {
    expect(sentences('J. R. R. Tolkien wrote it. George W. Bush read it.')).toEqual(['J. R. R. Tolkien wrote it.', 'George W. Bush read it.']);
    expect(sentences('He has a Ph.D. in physics.')).toHaveLength(1);
  });

  it('splits after a single capital that ends a sentence when a sentence opener follows', () => {
    expect(sentences('They chose plan B. The others left.')).toEqual(['They chose plan B.', 'The others left.']);
  });

  it('tells "U.S. officials" from "in the U.S. The next day"', () => {
    expect(sentences('U.S. officials have said that the step would not be sufficient.')).toHaveLength(1);
    expect(sentences('The lawsuit was filed in U.S. district court. It is pending.')).toHaveLength(2);
    expect(sentences('He arrived in the U.S. The next day he left.')).toEqual(['He arrived in the U.S.', 'The next day he left.']);
    expect(sentences('Data from the U.S. Department of Labor show it.')).toHaveLength(1);
    const spans = split('The suit was filed in the U.S.');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.terminated).toBe(true);
  });

  it('splits after a.m. and p.m. only before a sentence opener', () => {
    expect(sentences('We met at 10 a.m. The talks lasted an hour.')).toHaveLength(2);
    expect(sentences('We met at 10 a.m. Beijing time.')).toHaveLength(1);
  });

  it('does not split inside decimal numbers, times or versions', () => {
    expect(sentences('Unemployment fell to 3.4% at 10.30 on Friday. Prices rose 0.5 points.')).toEqual([
      'Unemployment fell to 3.4% at 10.30 on Friday.', 'Prices rose 0.5 points.',
    ]);
    expect(sentences('It opened at 13:07:20. It closed in 2022. The 7.8-magnitude quake hit.')).toHaveLength(3);
    expect(sentences('Install Node.js today.')).toHaveLength(1);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(sentences('He said: “It works.” Then he left.')).toEqual(['He said: “It works.”', 'Then he left.']);
    expect(sentences('“Is it?” she asked.')).toEqual(['“Is it?” she asked.']);
    expect(sentences('"Stop!" He ran. \'Really?\' \'Yes.\'')).toEqual(['"Stop!"', 'He ran.', "'Really?'", "'Yes.'"]);
    expect(sentences('Taiwan\'s DPP has rejected the "92 Consensus." According to the agency, it met.')).toEqual([
      'Taiwan\'s DPP has rejected the "92 Consensus."', 'According to the agency, it met.',
    ]);
  });

  it('handles sentences inside brackets', () => {
    expect(sentences('Prices rose. (They had fallen before.) Then they fell.')).toEqual([
      'Prices rose.', '(They had fallen before.)', 'Then they fell.',
    ]);
    expect(sentences('The Department of Homeland Security (DHS) told it so. It complied.')).toHaveLength(2);
    expect(sentences('He left (he was tired). She stayed.')).toEqual(['He left (he was tired).', 'She stayed.']);
  });

  it('treats lines without final punctuation as their own unterminated sentences', () => {
    const text = 'Kaspersky complains to US over spying claims\n\nGetty Images\n\nThe company filed a lawsuit.\nAt the end of the Twitter post by @e_kaspersky\nChina News Financial Reporter Xia Bin\n';
    const spans = split(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.terminated, s.paragraph])).toEqual([
      ['Kaspersky complains to US over spying claims', false, 0],
      ['Getty Images', false, 1],
      ['The company filed a lawsuit.', true, 2],
      ['At the end of the Twitter post by @e_kaspersky', false, 2],
      ['China News Financial Reporter Xia Bin', false, 2],
    ]);
  });

  it('counts paragraphs after a sentence that ends in a closing quote', () => {
    const text = 'He said, "the plan is full of vitality."\n\nHalf the cost or more?\n\nYes.';
    expect(split(text).map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it('continues a sentence over a wrapped line', () => {
    expect(sentences('The company has always\ndenied the claims. It says\nit would never spy.')).toEqual([
      'The company has always\ndenied the claims.', 'It says\nit would never spy.',
    ]);
    // A line that ends in a comma or a function word does not end a sentence either.
    expect(sentences('The council, led by\nMayor Smith, and the board,\nUnited Energy and others, met.')).toHaveLength(1);
  });

  it('handles CRLF and lone CR line endings like LF', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `Headline here${nl}${nl}First sentence is${nl}wrapped. Second one.${nl}Credit Line${nl}${nl}Last.`;
      const spans = split(text);
      expect(spans.map((s) => text.slice(s.start, s.end).replace(/\r\n?/g, '\n'))).toEqual([
        'Headline here', 'First sentence is\nwrapped.', 'Second one.', 'Credit Line', 'Last.',
      ]);
      expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 2]);
      expect(spans.map((s) => s.terminated)).toEqual([false, true, true, false, true]);
    }
  });

  it('treats Unicode line and paragraph separators as line breaks', () => {
    expect(split('One line\u2028Another line\u2029New paragraph.').map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('splits non-ASCII text and CJK sentences without breaking characters', () => {
    expect(sentences('Julio Ríos spoke in Kahramanmaraş. Él dijo: ¿qué? Ça va.')).toEqual([
      'Julio Ríos spoke in Kahramanmaraş.', 'Él dijo: ¿qué?', 'Ça va.',
    ]);
    expect(sentences('我很好。你呢？他说：“好！”')).toEqual(['我很好。', '你呢？', '他说：“好！”']);
    expect(sentences('Great news 🎉. Next 👍🏽 one.')).toEqual(['Great news 🎉.', 'Next 👍🏽 one.']);
  });

  it('does not split inside URLs, e-mail addresses or @handles', () => {
    expect(sentences('See https://www.bbc.co.uk/news/technology-42321234. It says more.')).toEqual([
      'See https://www.bbc.co.uk/news/technology-42321234.', 'It says more.',
    ]);
    expect(sentences('Mail press@kaspersky.com or @e_kaspersky. They answer.')).toEqual([
      'Mail press@kaspersky.com or @e_kaspersky.', 'They answer.',
    ]);
    expect(sentences('"An important engine" - Chinanews.com')).toHaveLength(1);
  });

  it('handles ellipses', () => {
    expect(sentences('Wait... what happened? It ended… Then silence.')).toEqual(['Wait... what happened?', 'It ended…', 'Then silence.']);
    expect(sentences('Really?! Yes!!! Fine.')).toEqual(['Really?!', 'Yes!!!', 'Fine.']);
    expect(sentences('He paused . . . and went on.')).toHaveLength(1);
  });

  it('does not split at a period followed by a lower-case word', () => {
    expect(sentences('The price is 5 yuan. each, they said.')).toHaveLength(1);
  });

  it('runs in linear time on 100 kB without a sentence end and on 100 kB of one character', () => {
    const words = 'the council approved a new budget for '.repeat(2700);
    for (const text of [words, '.'.repeat(100_000), 'a'.repeat(100_000), '\n'.repeat(100_000), '”'.repeat(100_000), 'A. '.repeat(33_000), '?'.repeat(100_000)]) {
      const tokens = tokenize(text);
      const spans = splitSentences(text, tokens);
      for (const s of spans) if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) throw new Error('bad span');
      if (tokens.length > 0) expect(spans.length).toBeGreaterThan(0);
    }
    expect(splitSentences(words, tokenize(words))).toHaveLength(1);
  });
});
