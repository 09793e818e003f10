import type { Finding, Suggestion } from '@mtlint/engine';
import { lineIndex } from './positions.js';

/** Line and column positions (1-based; the end is exclusive). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A suggestion with positions, for formats that carry fixes by line and column (SARIF). */
export interface LocatedSuggestion extends Suggestion, Span {}

/** A finding with the line and column positions formatters print. */
export interface LocatedFinding extends Finding, Span {
  suggestions: LocatedSuggestion[];
}

/** What was found in one file: the unit every formatter takes. */
export interface FileResult {
  filePath: string;
  findings: LocatedFinding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Document score 0–100, when computed. */
  score?: number;
  /** The fixed text, with `--fix-dry-run`. */
  output?: string;
}

/** Adds line and column positions and per-file counts to a file's findings. */
export function locate(filePath: string, text: string, findings: readonly Finding[], extra: Partial<FileResult> = {}): FileResult {
  const at = lineIndex(text);
  const span = (start: number, end: number): Span => {
    const s = at(start);
    const e = at(end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const located = findings.map((f) => ({
    ...f,
    ...span(f.start, f.end),
    suggestions: f.suggestions.map((g) => ({ ...g, ...span(g.start, g.end) })),
  }));
  return {
    filePath,
    findings: located,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ...extra,
  };
}
