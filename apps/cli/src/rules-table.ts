import type { Rule, RuleMeta } from '@mtlint/core';
import type { BilingualCheckMeta } from '@mtlint/core/formats';
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

/**
 * One rule's documentation: its metadata, default level, its page (`docs`, the rule.md of a shipped rule), and its
 * examples (flagged with their fixes, and left alone).
 */
export function formatRuleDoc(rule: Rule, docs: string | undefined, style: Styler = plain): string {
  const m = rule.meta;
  const level = defaultLevel(m.severity, m.confidence);
  let out = `${style.bold(m.id)}  ${m.category} · ${m.severity} · confidence ${m.confidence} · default level ${level}${m.fixable ? ' · fixable with --fix' : ''}\n\n`;
  // The rule's own page when it has one (it opens with the id as a heading, already printed above).
  out += docs ? `${docs.replace(/^# .*\n+/, '').trimEnd()}\n` : `${m.description}\nWhy MT produces it: ${m.sourceHint}\n`;
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
export function formatRuleDocJson(rule: Rule, docs: string | undefined): string {
  const { meta, examples } = rule;
  return JSON.stringify({ ...meta, defaultLevel: defaultLevel(meta.severity, meta.confidence), docs, examples }, null, 2) + '\n';
}

/** What every bilingual check has in common, where a rule has the construct behind its artifact. */
const BILINGUAL_SOURCE_HINT = 'A translation compared with its source (PO, XLIFF): a difference that should not be there.';

/** The bilingual checks as rule metadata, for the catalogue and for reports that describe their rules (SARIF). */
export function bilingualRuleMetas(checks: readonly BilingualCheckMeta[]): RuleMeta[] {
  return checks.map((c) => ({
    id: c.id,
    category: 'accuracy/bilingual',
    severity: c.mqmSeverity,
    confidence: c.confidence,
    fixable: c.fixable,
    description: c.description,
    sourceHint: BILINGUAL_SOURCE_HINT,
  }));
}

/** One bilingual check's documentation: its metadata and default level, what it reports, where it runs, its fix. */
export function formatCheckDoc(check: BilingualCheckMeta, style: Styler = plain): string {
  const level = defaultLevel(check.mqmSeverity, check.confidence);
  const fixable = check.fixable ? ' · fixable with --fix' : '';
  return (
    `${style.bold(check.id)}  accuracy/bilingual · ${check.mqmSeverity} · confidence ${check.confidence} · default level ${level}${fixable}\n\n` +
    `${check.description}\n\nA bilingual check: it runs on the units of translation files that carry their source (PO, XLIFF) and ` +
    `compares each translation with it.\n\n${style.bold('Fix')}\n  ${check.fix}\n`
  );
}

/** One bilingual check's metadata and default level as JSON. */
export function formatCheckDocJson(check: BilingualCheckMeta): string {
  return JSON.stringify({ ...bilingualRuleMetas([check])[0], defaultLevel: defaultLevel(check.mqmSeverity, check.confidence), fix: check.fix }, null, 2) + '\n';
}
