import { score, type Finding, type Suggestion } from '@mtlint/core';
import { itemBuilder } from '../src/items.js';
import { lintByFormat } from '../src/lint-by-format.js';
import { reviewFeed } from '../src/review-feed.js';
import { initialState, type ReviewState } from '../src/state.js';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in the text`);
  }
  return { start: at, end: at + needle.length };
}

/** A finding on the `nth` `needle` of `text`, whose suggestions replace the given spans of it. */
export function findingAt(
  text: string,
  ruleId: string,
  needle: string,
  suggestions: ReadonlyArray<readonly [target: string, replacement: string]>,
  nth = 0,
): Finding {
  const span = spanOf(text, needle, nth);
  const found: Suggestion[] = suggestions.map(([target, replacement]) => {
    const inside = text.slice(span.start).indexOf(target);
    if (inside < 0) throw new Error(`"${target}" is not at or after "${needle}"`);
    return { start: span.start + inside, end: span.start + inside + target.length, replacement };
  });
  return {
    ruleId,
    category: 'fluency/grammar',
    severity: 'warning',
    mqmSeverity: 'minor',
    confidence: 0.9,
    ...span,
    message: `${ruleId} message`,
    sourceHint: `${ruleId} source`,
    suggestions: found,
  };
}

export function reviewOf(text: string, findings: readonly Finding[], withBaseline = false): ReviewState {
  return initialState(text, itemBuilder(text, score(text, findings).segments)(findings), withBaseline);
}

/** Four sentences; the second has two overlapping findings. */
export const TEXT = 'The the cat sat. He has invoices filed a warrant. The new Software works well. Then the the end came.';

export const FINDINGS: readonly Finding[] = [
  findingAt(TEXT, 'word-echo', 'The the', [['The the ', 'The ']]),
  findingAt(TEXT, 'participle-after-object', 'has invoices filed', [
    ['has invoices filed', 'has filed'],
    ['has invoices filed', 'filed'],
  ]),
  findingAt(TEXT, 'capitalized-common-noun', 'invoices', [['invoices', 'goods']]),
  findingAt(TEXT, 'capitalized-common-noun', 'Software', [['Software', 'software']]),
  findingAt(TEXT, 'word-echo', 'the the', [['the the ', 'the ']]),
];

/** The review of a file as the app opens it: every finding (the feed read to its end), the score, the file's text form. */
export async function reviewOfFile(file: string, content: string): Promise<ReviewState> {
  const linted = await lintByFormat(file, content);
  if ('problem' in linted) throw new Error(linted.problem);
  const feed = reviewFeed(content, linted);
  const items = [];
  for (let progress = 0; progress < 1; ) {
    const found = feed.next();
    items.push(...found.items);
    progress = found.progress;
  }
  return initialState(content, items, false, 1, file, feed.form);
}
