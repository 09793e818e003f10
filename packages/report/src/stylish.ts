import { plural, totals } from './counts.js';
import type { FileResult, LocatedFinding } from './results.js';
import { formatScore } from './score-text.js';
import { plain, type FormatOptions, type Styler } from './style.js';

/** Keeps a finding on one line even if its message has line breaks. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

function severityLabel(f: LocatedFinding, style: Styler): (padded: string) => string {
  if (f.severity === 'error') return style.red;
  if (f.severity === 'warning') return style.yellow;
  return style.blue;
}

/**
 * ESLint's "stylish" report: per file with findings, the path (and its score), then one aligned line
 * per finding `line:col  severity  message  ruleId`; then a summary line with the counts and the
 * document score (the file's score for one file, the lowest score for several).
 */
export function formatStylish(results: readonly FileResult[], options: FormatOptions = {}): string {
  const out = results.map((result) => formatStylishFile(result, options)).join('');
  if (results.length === 0) return out;
  return out + '\n' + summaryLine(results, options.style ?? plain) + '\n';
}

/** One file's part of the stylish report (nothing for a file without findings), so that it can be written as soon as the file is done. */
export function formatStylishFile(result: FileResult, options: FormatOptions = {}): string {
  return [...stylishFileChunks(result, options)].join('');
}

/**
 * `formatStylishFile`'s text a line at a time: a caller writes the lines as they come, so the report of a file
 * with a hundred thousand findings is never one string in memory.
 */
export function* stylishFileChunks(result: FileResult, options: FormatOptions = {}): Generator<string, void, undefined> {
  if (result.findings.length === 0) return;
  const style = options.style ?? plain;
  const position = (f: LocatedFinding) => `${f.line}:${f.column}`;
  // A first pass for the column widths. A loop, not Math.max(...lengths): spread arguments overflow the stack
  // past about 100,000 findings.
  const widths = { position: 0, severity: 0, message: 0 };
  for (const f of result.findings) {
    widths.position = Math.max(widths.position, position(f).length);
    widths.severity = Math.max(widths.severity, f.severity.length);
    widths.message = Math.max(widths.message, oneLine(f.message).length);
  }
  const score = result.score === undefined ? '' : `  ${style.dim(`score ${formatScore(result.score)}`)}`;
  yield `\n${style.underline(result.filePath)}${score}\n`;
  for (const f of result.findings) {
    yield (
      '  ' +
      style.dim(position(f).padEnd(widths.position)) +
      '  ' +
      severityLabel(f, style)(f.severity.padEnd(widths.severity)) +
      '  ' +
      oneLine(f.message).padEnd(widths.message) +
      '  ' +
      style.dim(f.ruleId) +
      '\n'
    );
  }
}

/** "✖ 3 problems (1 error, 2 warnings, 0 info) · score 91.5" or "✔ no problems · score 100". */
export function summaryLine(results: readonly FileResult[], style: Styler = plain): string {
  const t = totals(results);
  const scored = results.filter((r): r is FileResult & { score: number } => r.score !== undefined);
  let scorePart = '';
  if (scored.length === 1) scorePart = ` · score ${formatScore(scored[0]!.score)}`;
  else if (scored.length > 1) {
    const lowest = scored.reduce((a, b) => (b.score < a.score ? b : a));
    scorePart = ` · lowest score ${formatScore(lowest.score)} (${lowest.filePath}) of ${scored.length} files`;
  }
  if (t.problemCount === 0) return style.green(style.bold(`✔ no problems${scorePart}`));
  const counts = `(${plural(t.errorCount, 'error')}, ${plural(t.warningCount, 'warning')}, ${plural(t.infoCount, 'info')})`;
  const colour = t.errorCount > 0 ? style.red : t.warningCount > 0 ? style.yellow : style.blue;
  return colour(style.bold(`✖ ${plural(t.problemCount, 'problem')} ${counts}${scorePart}`));
}
