import type { FileResult } from './results.js';

/** One line per finding, `file:line:col: severity message [ruleId]`, as compilers print (grep- and editor-friendly). */
export function formatCompact(results: readonly FileResult[]): string {
  let out = '';
  for (const r of results) {
    for (const f of r.findings) {
      const message = f.message.replace(/\s*[\r\n]+\s*/g, ' ');
      out += `${r.filePath}:${f.line}:${f.column}: ${f.severity} ${message} [${f.ruleId}]\n`;
    }
  }
  return out;
}
