import type { Rule, RuleMeta } from '@mtlint/core';
import { defaultLevel } from '@mtlint/engine';
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

/** One rule's documentation: its metadata, default level, its page, and its examples (flagged with their fixes, and left alone). */
export function formatRuleDoc(rule: Rule, style: Styler = plain): string {
  const m = rule.meta;
  const level = defaultLevel(m.severity, m.confidence);
  let out = `${style.bold(m.id)}  ${m.category} · ${m.severity} · confidence ${m.confidence} · default level ${level}${m.fixable ? ' · fixable with --fix' : ''}\n\n`;
  // The rule's own page when it has one (it opens with the id as a heading, already printed above).
  out += rule.docs ? `${rule.docs.replace(/^# .*\n+/, '').trimEnd()}\n` : `${m.description}\nWhy MT produces it: ${m.sourceHint}\n`;
  if (rule.examples.invalid.length > 0) {
    out += `\n${style.bold('Flagged')}\n`;
    for (const e of rule.examples.invalid) {
      out += `  ${style.red('✗')} ${e.text}\n`;
      if (e.output !== undefined) out += `    ${style.green('→')} ${e.output}\n`;
    }
  }
  if (rule.examples.valid.length > 0) {
    out += `\n${style.bold('Left alone')}\n`;
    for (const text of rule.examples.valid) out += `  ${style.green('✓')} ${text}\n`;
  }
  return out;
}

/** One rule's metadata, page (Markdown) and examples as JSON. */
export function formatRuleDocJson(rule: Rule): string {
  const { meta, docs, examples } = rule;
  return JSON.stringify({ ...meta, defaultLevel: defaultLevel(meta.severity, meta.confidence), docs, examples }, null, 2) + '\n';
}
