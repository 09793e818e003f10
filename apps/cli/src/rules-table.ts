import type { RuleMeta } from '@mtlint/core';
import { plain, type Styler } from '@mtlint/report';

/** The rule catalogue as an aligned table: id, category, severity, description. */
export function formatRulesTable(metas: readonly RuleMeta[], style: Styler = plain): string {
  const header = ['id', 'category', 'severity', 'description'] as const;
  const rows = metas.map((m) => [m.id, m.category, m.severity, m.description] as const);
  const width = (i: 0 | 1 | 2) => Math.max(header[i].length, ...rows.map((r) => r[i].length));
  const w = [width(0), width(1), width(2)] as const;
  const line = (cells: readonly string[]) =>
    `${cells[0]!.padEnd(w[0])}  ${cells[1]!.padEnd(w[1])}  ${cells[2]!.padEnd(w[2])}  ${cells[3]}`.trimEnd();
  let out = style.bold(line(header)) + '\n';
  for (const r of rows) out += line(r) + '\n';
  return out + style.dim(`${metas.length} rule${metas.length === 1 ? '' : 's'}`) + '\n';
}

/** The rule catalogue as JSON (the metadata of each rule). */
export function formatRulesJson(metas: readonly RuleMeta[]): string {
  return JSON.stringify(metas, null, 2) + '\n';
}
