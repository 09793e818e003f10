import type { Finding } from '@mtlint/core';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_PROBLEM_ID } from './diagnostics.js';
import { DIRECTIVE_WRITERS } from './directive-writer.js';
import { toRange, type PositionEncoding } from './positions.js';

/** The kind of the "fix all" action, as ESLint's server names its own (`source.fixAll.eslint`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mtlint`;

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** A suggestion's title: what it does to the text. */
function fixTitle(old: string, replacement: string): string {
  if (replacement === '') return `Delete ${quote(old)}`;
  if (old === '') return `Insert ${quote(replacement)}`;
  return `Change ${quote(old)} to ${quote(replacement)}`;
}

/** Each suggestion of a finding as a quick fix; the first, the rule's best, is the preferred one. */
export function quickFixes(doc: TextDocument, finding: Finding, diagnostic: Diagnostic, encoding: PositionEncoding): CodeAction[] {
  const text = doc.getText();
  return finding.suggestions.map((s, i) => ({
    title: `${fixTitle(text.slice(s.start, s.end), s.replacement)} (${finding.ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0,
    edit: { changes: { [doc.uri]: [{ range: toRange(doc, s.start, s.end, encoding), newText: s.replacement }] } },
  }));
}

/**
 * The edit that turns the document's text into `fixed`: one replacement of the stretch between their
 * common start and common end, so that the editor keeps the cursor and the undo step is one.
 */
export function replacementEdit(doc: TextDocument, fixed: string, encoding: PositionEncoding): TextEdit | undefined {
  const text = doc.getText();
  if (text === fixed) return undefined;
  let start = 0;
  const shorter = Math.min(text.length, fixed.length);
  while (start < shorter && text.charCodeAt(start) === fixed.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && text.charCodeAt(text.length - 1 - tail) === fixed.charCodeAt(fixed.length - 1 - tail)) tail++;
  // Never split a surrogate pair: positions in UTF-8 cannot name its halves.
  if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLowSurrogate(text.charCodeAt(text.length - tail))) tail--;
  return { range: toRange(doc, start, text.length - tail, encoding), newText: fixed.slice(start, fixed.length - tail) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** "Fix all safe fixes": the document as `mtlint fix` would write it, as one edit. */
export function fixAllAction(doc: TextDocument, fixed: string, encoding: PositionEncoding): CodeAction | undefined {
  const edit = replacementEdit(doc, fixed, encoding);
  if (!edit) return undefined;
  return { title: 'Fix all safe mtlint fixes in this file', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } };
}

/**
 * "Disable RULE for this line" (entry, unit, cue): the format's `mtlint-disable-next-line` directive, written
 * where its reader takes it to cover the finding (directive-writer.ts); none in a format without comments
 * (SubRip, JSON), nor for a problem with a directive itself.
 */
export function disableLineAction(doc: TextDocument, format: string, finding: Finding, diagnostic: Diagnostic, encoding: PositionEncoding): CodeAction | undefined {
  const writer = DIRECTIVE_WRITERS[format];
  if (!writer || finding.ruleId === DIRECTIVE_PROBLEM_ID) return undefined;
  const insertion = writer.write(doc.getText(), finding.start, finding.ruleId);
  if (!insertion) return undefined;
  return {
    title: `Disable ${finding.ruleId} for this ${writer.covers}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [doc.uri]: [{ range: toRange(doc, insertion.at, insertion.at, encoding), newText: insertion.text }] } },
  };
}

/** The command "Add to baseline" runs: arguments `[uri, version, ruleId, start, end]` (UTF-16 offsets). */
export const ADD_TO_BASELINE_COMMAND = 'mtlint.addToBaseline';

/** "Add to baseline": a command, as the server writes the baseline file, which need not be open. */
export function addToBaselineAction(doc: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction {
  return {
    title: `Add this ${finding.ruleId} finding to the baseline`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Add to baseline', command: ADD_TO_BASELINE_COMMAND, arguments: [doc.uri, doc.version, finding.ruleId, finding.start, finding.end] },
  };
}
