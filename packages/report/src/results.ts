import type { Finding } from '@mtlint/engine';
import { lineIndex } from './positions.js';

/** A finding with the line and column positions formatters print (1-based; end is exclusive). */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
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
  const located = findings.map((f) => {
    const s = at(f.start);
    const e = at(f.end);
    return { ...f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
  return {
    filePath,
    findings: located,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ...extra,
  };
}
