import type { Finding, Suggestion } from '@mtlint/engine';
import { lineIndex, type Position } from './positions.js';

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
  /**
   * Stable across edits elsewhere in the file: a hash of the rule id, the flagged text and the sentence around
   * it with its spacing normalised (SARIF `partialFingerprints`, by which code scanning follows an alert).
   */
  fingerprint: string;
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

/**
 * Adds line and column positions and per-file counts to a file's findings. Each located finding is a new object
 * with the fields in one order (those of the finding, then the span, then the fingerprint), written as a literal
 * rather than spread from the finding: a spread copy got a V8 hidden class of its own, which made the located
 * findings of a 10 MB file 70 MB of heap instead of about 25.
 */
export function locate(filePath: string, text: string, findings: readonly Finding[], extra: Partial<FileResult> = {}): FileResult {
  const at = lineIndex(text);
  const located: LocatedFinding[] = new Array(findings.length);
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  findings.forEach((f, i) => {
    located[i] = locatedFinding(f, at, fingerprint(f.ruleId, text, f.start, f.end));
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else if (f.severity === 'info') infoCount++;
  });
  return { filePath, findings: located, errorCount, warningCount, infoCount, ...extra };
}

/** A finding with its positions, its fields in the order `{ ...f, ...span, suggestions, fingerprint }` gives them (the JSON report's order). */
function locatedFinding(f: Finding, at: (offset: number) => Position, fingerprint: string): LocatedFinding {
  const { ruleId, category, severity, mqmSeverity, confidence, start, end, message, sourceHint } = f;
  const suggestions = f.suggestions.map((g): LocatedSuggestion => {
    const s = at(g.start);
    const e = at(g.end);
    return { start: g.start, end: g.end, replacement: g.replacement, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
  const s = at(start);
  const e = at(end);
  const { line, column } = s;
  const { line: endLine, column: endColumn } = e;
  return sourceHint === undefined
    ? { ruleId, category, severity, mqmSeverity, confidence, start, end, message, suggestions, line, column, endLine, endColumn, fingerprint }
    : { ruleId, category, severity, mqmSeverity, confidence, start, end, message, sourceHint, suggestions, line, column, endLine, endColumn, fingerprint };
}

/** How far a sentence is looked for on each side of a finding: enough for a sentence, bounded for a line without stops. */
const SENTENCE_REACH = 400;

/**
 * The fingerprint of a finding: FNV-1a hashes (two, 32 bits each) of the rule id, the flagged text and the
 * sentence around it — from the last `.`, `!`, `?` or blank line before the finding to the next after it —
 * with runs of whitespace read as one space, so that reflowing a paragraph keeps it.
 */
export function fingerprint(ruleId: string, text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  let sentenceStart = 0;
  for (const m of before.matchAll(/[.!?]\s|\n\s*\n/g)) sentenceStart = m.index + m[0].length;
  const after = text.slice(end, end + SENTENCE_REACH);
  const stop = after.search(/[.!?](?:\s|$)|\n\s*\n/);
  const sentence = before.slice(sentenceStart) + text.slice(start, end) + (stop === -1 ? after : after.slice(0, stop + 1));
  const normal = (s: string) => s.replace(/\s+/g, ' ').trim();
  const key = `${ruleId}\u0000${normal(text.slice(start, end))}\u0000${normal(sentence)}`;
  return fnv1a(key, 0x811c9dc5) + fnv1a(key, 0x050c5d1f);
}

function fnv1a(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
