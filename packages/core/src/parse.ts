import { parseDocument, type Document } from '@mtlint/text';

// `lint(text)` then `score(text, findings)` of the same text is the usual pair (the CLI, the review app, the
// README's examples): the score reuses the parse the lint made. One text is remembered, and its document only
// weakly, so this never keeps a document alive on its own.
let lastParsed: { text: string; doc: WeakRef<Document> } | undefined;

/** Parses a text for linting, and remembers it for a `score` of the same text. */
export function parseForLint(text: string): Document {
  const doc = parseDocument(text);
  lastParsed = { text, doc: new WeakRef(doc) };
  return doc;
}

/** The document of the text linted last, if it is this text and still in memory, or a new parse. */
export function parseForScore(text: string): Document {
  return (lastParsed?.text === text ? lastParsed.doc.deref() : undefined) ?? parseDocument(text);
}
