import type { FileResult } from './results.js';

/** GitHub's command for each level: info findings become notices, which never fail a check. */
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
 * changed lines: `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`.
 */
export function formatGithub(results: readonly FileResult[]): string {
  let out = '';
  for (const r of results) {
    for (const f of r.findings) {
      const properties = [
        ['file', r.filePath],
        ['line', String(f.line)],
        ['col', String(f.column)],
        ['endLine', String(f.endLine)],
        ['endColumn', String(f.endColumn)],
        ['title', `${f.ruleId} (mtlint)`],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
        .join(',');
      out += `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}

/** The escaping of @actions/core's `issueCommand`: a message may not contain %, CR or LF as such. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values additionally escape the separators `:` and `,`. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
