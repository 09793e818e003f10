/**
 * The lint worker: holds mtlint (the lexicon, the rules) off the page's thread, so typing never waits for
 * a lint. Answers each request with the findings and the score of the text it was sent.
 */
import { lint, load, rules, score } from '@mtlint/core';
import { ruleDocs } from '@mtlint/rules/docs';
import type { LintRequest, WorkerMessage } from './protocol.js';

// The page's lib (DOM) types `self` as a Window; in a dedicated worker it posts to the page that made it.
const scope = self as unknown as { postMessage(message: WorkerMessage): void; addEventListener(type: 'message', listener: (event: MessageEvent<LintRequest>) => void): void };

scope.postMessage({
  kind: 'catalogue',
  rules: [...rules.values()].map(({ meta }) => ({
    id: meta.id, category: meta.category, severity: meta.severity, description: meta.description, docs: (ruleDocs as Readonly<Partial<Record<string, string>>>)[meta.id] ?? '', recommended: meta.recommended !== false,
  })),
});

// The word tables load once, before the first lint (a Worker cannot read them from disk as Node does).
const ready = load();

scope.addEventListener('message', async ({ data: { id, text, rules: levels } }) => {
  try {
    await ready;
    const started = performance.now();
    const findings = lint(text, { rules: levels });
    const result = score(text, findings);
    scope.postMessage({ kind: 'result', id, text, findings, score: result, milliseconds: performance.now() - started });
  } catch (error) {
    scope.postMessage({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});
