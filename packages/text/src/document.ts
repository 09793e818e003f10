import { lookupTags, type Tag } from './lexicon.js';
import { splitSentences } from './sentences.js';
import { tokenize, type RawToken, type TokenKind } from './tokenize.js';

/** A token of the document, with its lexicon tags (most likely first). */
export interface Token {
  text: string;
  /** Lower-cased text, for comparisons. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Penn Treebank tags from the lexicon, most likely first; empty for non-words. */
  tags: readonly Tag[];
  /** Position of the token in its sentence. */
  index: number;
}

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
}

const NO_TAGS: readonly Tag[] = [];
const NUMBER_TAGS: readonly Tag[] = ['CD'];
// Clitics split off by the tokenizer that the lexicon lacks ('s and n't it has).
const CLITIC_TAGS = new Map<string, readonly Tag[]>([
  ["'re", ['VBP']], ["'ve", ['VBP']], ["'m", ['VBP']], ["'ll", ['MD']], ["'d", ['MD', 'VBD']],
]);

/** Lexicon tags of a raw token; a curly apostrophe is looked up as a straight one (company’s, don’t). */
function tagsOf(t: RawToken): readonly Tag[] {
  if (t.kind === 'number') return NUMBER_TAGS;
  if (t.kind !== 'word') return NO_TAGS;
  const text = t.text.includes('’') ? t.text.replaceAll('’', "'") : t.text;
  return CLITIC_TAGS.get(text.toLowerCase()) ?? lookupTags(text);
}

/** Tokenises, splits into sentences and tags a text. Pure; costs one lexicon lookup per word. */
export function parseDocument(text: string): Document {
  const raw = tokenize(text);
  const spans = splitSentences(text, raw);
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const span of spans) {
    const tokens: Token[] = [];
    while (cursor < raw.length && raw[cursor]!.start < span.end) {
      const t = raw[cursor++]!;
      tokens.push({
        text: t.text,
        lower: t.text.toLowerCase(),
        start: t.start,
        end: t.end,
        kind: t.kind,
        tags: tagsOf(t),
        index: tokens.length,
      });
    }
    sentences.push({ index: sentences.length, start: span.start, end: span.end, paragraph: span.paragraph, terminated: span.terminated, tokens });
  }
  return { text, sentences };
}

/** The text a sentence covers. */
export function sentenceText(doc: Document, sentence: Sentence): string {
  return doc.text.slice(sentence.start, sentence.end);
}

/** Counts words (word and number tokens) in a document, the denominator of per-word scores. */
export function countWords(doc: Document): number {
  let n = 0;
  for (const s of doc.sentences) for (const t of s.tokens) if (t.kind === 'word' || t.kind === 'number' || t.kind === 'foreign') n++;
  return n;
}
