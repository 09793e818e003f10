/**
 * The Brown corpus (edited American English of 1961, about a million words in 500 samples of fifteen genres) as
 * plain text: the clean English that `pnpm eval --brown` lints, where every finding is a false alarm. The corpus
 * comes tagged and tokenised ("The/at jury/nn said/vbd ,/, ``/`` …"); this turns a sample back into prose as a
 * printer would set it. Pure: the file reading is in fixtures.ts.
 */

// Tokens written against the word before them, and those written against the word after them.
const CLOSING = new Set(['.', ',', ';', ':', '?', '!', ')', ']', "''", "'", '...']);
const OPENING = new Set(['(', '[', '``']);

/** One sentence line of a Brown sample ("The/at jury/nn said/vbd ./.") as text: "The jury said." */
export function brownSentence(line: string): string {
  let out = '';
  let glueNext = true;
  for (const item of line.trim().split(/\s+/)) {
    const slash = item.lastIndexOf('/');
    if (slash <= 0) continue;
    const word = item.slice(0, slash);
    const text = word === '``' ? '“' : word === "''" ? '”' : word === '--' ? '—' : word;
    const glued = glueNext || CLOSING.has(word) || word === '--';
    out += (glued || out === '' ? '' : ' ') + text;
    glueNext = OPENING.has(word) || word === '--';
  }
  return out;
}

// A headline's words are tagged "-hl" ("Reps/nns-hl"): a headline stands on its own line, as printed.
const HEADLINE = /\/[^\s/]*-hl(?:\s|$)/;

/**
 * A Brown sample as text: its sentences (one per tab-indented line) joined into paragraphs of a few sentences,
 * paragraphs separated by a blank line; a headline is a paragraph of its own. The corpus does not mark paragraphs;
 * five sentences make a paragraph of the usual length.
 */
export function brownText(sample: string, sentencesPerParagraph = 5): string {
  const paragraphs: string[] = [];
  let running: string[] = [];
  const close = () => {
    if (running.length) paragraphs.push(running.join(' '));
    running = [];
  };
  for (const line of sample.split('\n')) {
    const sentence = brownSentence(line);
    if (sentence === '') continue;
    if (HEADLINE.test(line)) {
      close();
      paragraphs.push(sentence);
      continue;
    }
    running.push(sentence);
    if (running.length === sentencesPerParagraph) close();
  }
  close();
  return paragraphs.join('\n\n') + '\n';
}
