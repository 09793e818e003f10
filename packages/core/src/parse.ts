import { parseDocument, type Document } from '@mtlint/text';

// `lint(text)` then `score(text, findings)` of the same text is the usual pair (the CLI, the review app, the
// README's examples): the score reuses the parse the lint made. One text is remembered, until the current job ends.
// Not with a WeakRef: the language keeps every WeakRef's target alive until the job that made it ends, so a
// synchronous loop of lints held every document it had parsed (5 MB per 260 kB of text).
let lastParsed: { text: string; doc: Document } | undefined;
let forgetScheduled = false;

const forget = () => {
  lastParsed = undefined;
  forgetScheduled = false;
};

/** Parses a text for linting, and remembers it for a `score` of the same text in the same job. */
export function parseForLint(text: string): Document {
  const doc = parseDocument(text);
  lastParsed = { text, doc };
  if (!forgetScheduled) {
    forgetScheduled = true;
    // A promise job, not queueMicrotask: the library runs where only the language's built-ins exist.
    void Promise.resolve().then(forget);
  }
  return doc;
}

/** The document of the text linted last in this job, if it is this text, or a new parse. */
export function parseForScore(text: string): Document {
  return (lastParsed?.text === text ? lastParsed.doc : undefined) ?? parseDocument(text);
}
