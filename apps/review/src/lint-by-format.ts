import { lintInSteps, rules as fluencyRules, score, type Finding, type Score, type Scorable, type ScoreOptions } from '@mtlint/core';
import type { LintFileOptions } from '@mtlint/core/formats';
import type { ContextSpan } from './items.js';
import type { TextForm } from './text-form.js';

/** Findings that no later stretch changes, in file order, and how much of the file is linted. */
export interface LintedStretch {
  findings: Finding[];
  /** 0–1; 1 once the whole file is linted, with the last stretch. */
  progress: number;
}

export interface FileLint {
  /**
   * The spans a finding is shown in, in file order: the sentences of plain text, or the format's
   * translation units (a paragraph, an entry, a cue).
   */
  contexts: readonly ContextSpan[];
  /** The findings a stretch at a time; all the stretches' findings are what `mtlint lint` reports. */
  stretches: Iterator<LintedStretch, void>;
  /**
   * Scores findings of the file: those offsets are the file's, so a file read as a format is scored unit by
   * unit with `scoreFile` (on the words of its translated text), plain text with `score` of the text.
   */
  score(findings: readonly Scorable[], options?: ScoreOptions): Score;
  /** How the file writes its units' text, where that is not as it reads (PO, XLIFF, JSON); absent otherwise. */
  form?: TextForm;
  /**
   * Why a text would not read as the file's format (the format's one-line reason), or undefined when it
   * would: a check of what a save is about to write. Absent for plain text, which any text is.
   */
  problemIn?(text: string): string | undefined;
}

/** What `lintFile` calls plain text by its name: the file is linted as it stands. */
const PLAIN_TEXT_ENDING = '.txt';

type ReadSettings = Pick<LintFileOptions, 'rules' | 'includeFuzzy' | 'includeObsolete'>;

/**
 * Lints a file as `mtlint lint` reads it: by its format (Markdown, PO, XLIFF, subtitles, JSON
 * catalogues, plain text), so markup and code are neither flagged nor edited, and offsets point into
 * the file. It is linted a stretch at a time (`lintInSteps`, `lintFileInSteps`), so that a review of a
 * long file opens on its first findings. Plain text gets exactly what `lintFile` gives it — `lint` of
 * its content, with the bilingual checks' settings left out, as there is no source — and a `.txt`
 * file is known as plain text without loading @mtlint/core/formats and its parsers.
 *
 * Content its format cannot read (a broken PO or XLIFF file) gives the format's reason instead. The file's own
 * `mtlint-disable` comments silence findings as they do in `mtlint lint`.
 */
export async function lintByFormat(file: string, text: string, settings: ReadSettings = {}): Promise<FileLint | { problem: string }> {
  const linted = await lintByFormatWithoutDirectives(file, text, settings);
  if ('problem' in linted || !text.includes('mtlint-')) return linted;
  // The file's own mtlint-disable comments silence findings here as in `mtlint lint` (its unknown or unused
  // directives are `lint`'s to report). Loaded only for a file that has one.
  const { applyDirectives, fileComments, formatFor } = await import('@mtlint/formats');
  const comments = fileComments(formatFor(file).name, text);
  const ruleIds = new Set(fluencyRules.keys());
  const silence = (findings: Finding[]) => applyDirectives(findings, comments, { ruleIds, reportUnused: false }).findings;
  return { ...linted, stretches: mapStretches(linted.stretches, silence) };
}

function* mapStretches(stretches: Iterator<LintedStretch, void>, keep: (findings: Finding[]) => Finding[]): Generator<LintedStretch, void> {
  for (let next = stretches.next(); !next.done; next = stretches.next()) yield { ...next.value, findings: keep(next.value.findings) };
}

async function lintByFormatWithoutDirectives(file: string, text: string, settings: ReadSettings): Promise<FileLint | { problem: string }> {
  if (file.toLowerCase().endsWith(PLAIN_TEXT_ENDING)) return lintPlainText(text, settings);
  const { FormatError, formatFor, lintFileInSteps, scoreFile, toFileSpan } = await import('@mtlint/core/formats');
  const format = formatFor(file);
  if (format.name === 'text') return lintPlainText(text, settings);
  const { rules, includeFuzzy, includeObsolete } = settings;
  let linted;
  try {
    linted = lintFileInSteps(file, text, { ...(rules ? { rules } : {}), includeFuzzy, includeObsolete });
  } catch (e) {
    if (e instanceof FormatError) return { problem: e.message };
    throw e;
  }
  const contexts = linted.segments.map((segment): ContextSpan => {
    const span = toFileSpan(segment, 0, segment.text.length);
    return segment.source === undefined ? span : { ...span, source: { text: segment.source, start: segment.sourceStart ?? span.start } };
  });
  const read = { segments: linted.segments };
  const problemIn = (content: string): string | undefined => {
    try {
      format.read(content, { includeFuzzy, includeObsolete });
      return undefined;
    } catch (e) {
      if (e instanceof FormatError) return e.message;
      throw e;
    }
  };
  const { decodeFragment, escape } = format;
  return {
    contexts,
    stretches: stretchesOf(linted.steps, text.length, contexts[0]?.start ?? 0),
    score: (findings, options) => scoreFile(text, read, findings, options),
    ...(decodeFragment ? { form: { decode: decodeFragment, encode: escape } } : {}),
    // Markdown reads any text: reading a long file again at each save would only cost time.
    ...(format.name === 'markdown' ? {} : { problemIn }),
  };
}

function lintPlainText(text: string, { rules }: ReadSettings): FileLint {
  const fluency = rules && Object.fromEntries(Object.entries(rules).filter(([id]) => fluencyRules.has(id)));
  const { sentences, steps } = lintInSteps(text, fluency ? { rules: fluency } : {});
  return { contexts: sentences, stretches: stretchesOf(steps, text.length, sentences[0]?.start ?? 0), score: (findings, options) => score(text, findings, options) };
}

/**
 * Steps that say up to which offset of a file of `length` they have linted, as stretches. A step that finds nothing
 * and has not linted past `firstUnit`, where the first unit or sentence starts, is none: the rules that compare the
 * whole text run a step each before the first sentence, and the first stretch is the first that lints some of it.
 */
function* stretchesOf(steps: Iterable<{ findings: Finding[]; linted: number }>, length: number, firstUnit: number): Generator<LintedStretch, void> {
  for (const { findings, linted } of steps) {
    if (findings.length === 0 && linted <= firstUnit && linted < length) continue;
    yield { findings, progress: length === 0 ? 1 : linted / length };
  }
}
