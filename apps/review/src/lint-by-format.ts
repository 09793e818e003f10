import { lintInSteps, rules as fluencyRules, type Finding } from '@mtlint/core';
import type { LintFileOptions } from '@mtlint/core/formats';
import type { Span } from './items.js';

/** Findings that no later stretch changes, in file order, and how much of the file is linted. */
export interface LintedStretch {
  findings: Finding[];
  /** 0–1; 1 once the whole file is linted, with the last stretch. */
  progress: number;
}

export interface FileLint {
  /** The text as linted, what the score counts: the file itself for plain text, else its units joined. */
  lintedText: string;
  /**
   * The spans a finding is shown in, in file order: the sentences of plain text, or the format's
   * translation units (a paragraph, an entry, a cue).
   */
  contexts: readonly Span[];
  /** The findings a stretch at a time; all the stretches' findings are what `mtlint lint` reports. */
  stretches: Iterator<LintedStretch, void>;
}

/** What `lintFile` calls plain text by its name: the file is linted as it stands. */
const PLAIN_TEXT_ENDING = '.txt';

type ReadSettings = Pick<LintFileOptions, 'rules' | 'includeFuzzy' | 'includeObsolete'>;

/**
 * Lints a file as `mtlint lint` reads it: by its format (Markdown, PO, XLIFF, subtitles, JSON
 * catalogues, plain text), so markup and code are neither flagged nor edited, and offsets point into
 * the file. Plain text is linted a stretch at a time (`lintInSteps`), so that a review of a long
 * file opens on its first findings; it gets exactly what `lintFile` gives it — `lint` of its content,
 * with the bilingual checks' settings left out, as there is no source. A `.txt` file is known as
 * plain text without loading @mtlint/core/formats, whose Markdown, XML and PO parsers take about
 * 0.2 s to load on a 2-core machine. Other formats are linted whole, in one stretch.
 *
 * Content its format cannot read (a broken PO or XLIFF file) gives the format's reason instead.
 */
export async function lintByFormat(file: string, text: string, settings: ReadSettings = {}): Promise<FileLint | { problem: string }> {
  if (file.toLowerCase().endsWith(PLAIN_TEXT_ENDING)) return lintPlainText(text, settings);
  const { FormatError, formatFor, lintFile, toFileSpan } = await import('@mtlint/core/formats');
  if (formatFor(file).name === 'text') return lintPlainText(text, settings);
  const { rules, includeFuzzy, includeObsolete } = settings;
  let linted;
  try {
    linted = lintFile(file, text, { ...(rules ? { rules } : {}), includeFuzzy, includeObsolete });
  } catch (e) {
    if (e instanceof FormatError) return { problem: e.message };
    throw e;
  }
  const contexts = linted.segments.map((segment) => toFileSpan(segment, 0, segment.text.length)).sort((a, b) => a.start - b.start);
  return { lintedText: linted.lintedText, contexts, stretches: [{ findings: linted.findings, progress: 1 }].values() };
}

function lintPlainText(text: string, { rules }: ReadSettings): FileLint {
  const fluency = rules && Object.fromEntries(Object.entries(rules).filter(([id]) => fluencyRules.has(id)));
  const { sentences, steps } = lintInSteps(text, fluency ? { rules: fluency } : {});
  function* stretches(): Generator<LintedStretch, void> {
    for (const { findings, linted } of steps) yield { findings, progress: text.length === 0 ? 1 : linted / text.length };
  }
  return { lintedText: text, contexts: sentences, stretches: stretches() };
}
