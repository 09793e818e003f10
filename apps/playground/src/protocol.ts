/** The messages between the page and the lint worker. */
import type { Category, Finding, Level, MqmSeverity, Score } from '@mtlint/core';

/** A shipped rule as the page's rule picker shows it. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: MqmSeverity;
  description: string;
  /** The rule's documentation, Markdown. */
  docs: string;
  /** Off by default. */
  recommended: boolean;
}

/** Page → worker: lint this text with these rule levels. `id` pairs the answer with its request. */
export interface LintRequest {
  id: number;
  text: string;
  rules: Record<string, Level>;
}

/** Worker → page. The catalogue comes first, once; then one result per request (or the error it met). */
export type WorkerMessage =
  | { kind: 'catalogue'; rules: RuleInfo[] }
  | { kind: 'result'; id: number; text: string; findings: Finding[]; score: Score; milliseconds: number }
  | { kind: 'error'; id: number; message: string };
