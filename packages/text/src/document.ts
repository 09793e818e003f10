import { splitSentences } from './sentences.js';
import { tokenizeInto, type Token } from './tokenize.js';

export type { Token };

/** One sentence of a {@link Document}: its span in the text, its paragraph and its tokens. */
export interface Sentence {
  /** Position of the sentence in the document. */
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** False for headlines, credit lines and other fragments without final punctuation. */
  terminated: boolean;
  tokens: readonly Token[];
}

/** The analysed text: every offset is a UTF-16 index into `text`. */
export interface Document {
  text: string;
  sentences: readonly Sentence[];
  /**
   * Every distinct spelling of a word in the text, as written (the `text` of its word tokens): what rules
   * that compare how a text writes a word ask, without a pass over every token of their own.
   */
  spellings: ReadonlySet<string>;
}

// The tokens of the text being parsed, until its sentences have their own: one array kept from text to text (see
// `tokenizeInto`), emptied after each parse so that it keeps no document alive; past this many tokens it is let go.
let parsing: (Token | undefined)[] = [];
const MAX_KEPT_TOKENS = 1 << 20;

/** Tokenises, splits into sentences and tags a text. Pure; costs one lexicon lookup per distinct word. */
export function parseDocument(text: string): Document {
  const all = parsing as Token[];
  const { count, spellings } = tokenizeInto(all, text);
  const spans = splitSentences(text, all, count);
  const sentences: Sentence[] = [];
  let cursor = 0;
  // By index: a parse's loops run a few times per lint, and until V8 optimises this one a `for … of` allocated an
  // iterator result per sentence.
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const first = cursor;
    while (cursor < count && all[cursor]!.start < span.end) {
      // The tokens are fresh from tokenize: renumbering them within their sentence mutates nothing shared.
      all[cursor]!.index = cursor - first;
      cursor++;
    }
    sentences.push({
      index: sentences.length, start: span.start, end: span.end, paragraph: span.paragraph, terminated: span.terminated,
      tokens: all.slice(first, cursor),
    });
  }
  if (count > MAX_KEPT_TOKENS) parsing = [];
  else parsing.fill(undefined, 0, count);
  return { text, sentences, spellings };
}

/** The text a sentence covers. */
export function sentenceText(doc: Document, sentence: Sentence): string {
  return doc.text.slice(sentence.start, sentence.end);
}

/** Counts words (word and number tokens) in a document, the denominator of per-word scores. */
export function countWords(doc: Pick<Document, 'sentences'>): number {
  let n = 0;
  for (const s of doc.sentences) for (const t of s.tokens) if (t.kind === 'word' || t.kind === 'number' || t.kind === 'foreign') n++;
  return n;
}
