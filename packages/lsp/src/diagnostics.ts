import { rules, type Finding } from '@mtlint/core';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange, type PositionEncoding } from './positions.js';

/** What the server's tooling name is in diagnostics and code actions. */
export const SOURCE = 'mtlint';

const REPOSITORY = 'https://github.com/mtlint/mtlint/blob/main';

/**
 * The rule id `mtlint lint` gives a problem with an inline directive (an unknown rule id, an unused disable): not a
 * rule, so it has no rule page, and a directive cannot silence it.
 */
export const DIRECTIVE_PROBLEM_ID = 'directive';

/** The page that documents a rule (its rule.md), a bilingual check (the formats README's table) or the directives. */
export function ruleDocUrl(ruleId: string): string {
  if (rules.has(ruleId)) return `${REPOSITORY}/packages/rules/src/rules/${ruleId}/rule.md`;
  if (ruleId === DIRECTIVE_PROBLEM_ID) return `${REPOSITORY}/apps/cli/README.md#inline-comments`;
  return `${REPOSITORY}/packages/formats/README.md#bilingual-checks`;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a diagnostic's `data` holds: the finding's suggestions as edits, for clients that build their own fixes. */
export interface DiagnosticData {
  ruleId: string;
  /** The suggestions as edits of the document, the best first. */
  fixes: TextEdit[];
}

/** A finding as the editor shows it: range in the negotiated encoding, level, rule id with its doc, the suspected source. */
export function toDiagnostic(doc: TextDocument, f: Finding, encoding: PositionEncoding): Diagnostic {
  const data: DiagnosticData = {
    ruleId: f.ruleId,
    fixes: f.suggestions.map((s) => ({ range: toRange(doc, s.start, s.end, encoding), newText: s.replacement })),
  };
  return {
    range: toRange(doc, f.start, f.end, encoding),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE,
    message: f.sourceHint ? `${f.message}\nLikely source: ${f.sourceHint}` : f.message,
    data,
  };
}

/**
 * A document that could not be linted — its format cannot read it (a broken PO or XLIFF file), or a rule
 * failed — as one error over the line the problem names (the first line when it names none).
 */
export function problemDiagnostic(doc: TextDocument, problem: string, line: number | undefined, encoding: PositionEncoding): Diagnostic {
  const at = Math.min(Math.max((line ?? 1) - 1, 0), doc.lineCount - 1);
  const start = doc.offsetAt({ line: at, character: 0 });
  const end = doc.offsetAt({ line: at, character: Number.MAX_SAFE_INTEGER });
  return { range: toRange(doc, start, end, encoding), severity: DiagnosticSeverity.Error, source: SOURCE, message: problem };
}
