import { lint, rules as fluencyRules, type Finding } from '@mtlint/core';
import type { LintFileOptions } from '@mtlint/core/formats';
import type { Span } from './items.js';

export interface LintedFile {
  findings: Finding[];
  /** The text as linted, what the score counts: the file itself for plain text, else its units joined. */
  lintedText: string;
  /**
   * The spans a finding is shown in, in file order: the format's translation units (a paragraph, an
   * entry, a cue); none for plain text, whose findings are shown in their sentences.
   */
  units?: Span[];
}

/** What `lintFile` calls plain text by its name: the file is linted as it stands. */
const PLAIN_TEXT_ENDING = '.txt';

/**
 * Lints a file as `mtlint lint` reads it: by its format (Markdown, PO, XLIFF, subtitles, JSON
 * catalogues, plain text), so markup and code are neither flagged nor edited, and offsets point into
 * the file. A `.txt` file gets exactly what `lintFile` gives it — `lint` of its content, with the
 * bilingual checks' settings left out, as there is no source — without loading @mtlint/core/formats,
 * whose Markdown, XML and PO parsers take about 0.2 s to load on a 2-core machine.
 *
 * Content its format cannot read (a broken PO or XLIFF file) gives the format's reason instead.
 */
export async function lintByFormat(
  file: string,
  text: string,
  { rules, includeFuzzy, includeObsolete }: Pick<LintFileOptions, 'rules' | 'includeFuzzy' | 'includeObsolete'> = {},
): Promise<LintedFile | { problem: string }> {
  if (file.toLowerCase().endsWith(PLAIN_TEXT_ENDING)) {
    const fluency = rules && Object.fromEntries(Object.entries(rules).filter(([id]) => fluencyRules.has(id)));
    return { findings: lint(text, fluency ? { rules: fluency } : {}), lintedText: text };
  }
  const { FormatError, lintFile, toFileSpan } = await import('@mtlint/core/formats');
  let linted;
  try {
    linted = lintFile(file, text, { ...(rules ? { rules } : {}), includeFuzzy, includeObsolete });
  } catch (e) {
    if (e instanceof FormatError) return { problem: e.message };
    throw e;
  }
  if (linted.format === 'text') return { findings: linted.findings, lintedText: linted.lintedText };
  const units = linted.segments.map((segment) => toFileSpan(segment, 0, segment.text.length)).sort((a, b) => a.start - b.start);
  return { findings: linted.findings, lintedText: linted.lintedText, units };
}

