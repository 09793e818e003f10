import type { BaselineEntry } from '@mtlint/baseline';
import { filterBaselined } from '@mtlint/baseline';
import type { RuleSetting, WeightsSetting } from '@mtlint/config';
import type { Finding, Score, ScoreOptions } from '@mtlint/core';
import type { FileLintResult, scoreFile } from '@mtlint/core/formats';
import { keepFinalNewline } from '@mtlint/text-file';
import { disableComments } from './disable-comments.js';
import { FIXABLE_BILINGUAL_CHECK_IDS } from './format-catalogue.js';

/**
 * What a lint run uses: the parts of @mtlint/core, and `lintFile` of @mtlint/core/formats, which reads a file
 * as its format (Markdown, PO, XLIFF, subtitles, JSON catalogues, plain text) and lints its text.
 */
export type Linter = Pick<typeof import('@mtlint/core'), 'lint' | 'score' | 'rules' | 'applySuggestions' | 'WEIGHT_PRESETS'> & {
  lintFile: LintFile;
  /** `scoreFile` of @mtlint/core/formats, to score a file read as a format; without it (plain text only) `score` of the text. */
  scoreFile?: typeof scoreFile;
};

/** `lintFile` of @mtlint/core/formats, or a stand-in with its shape. */
export type LintFile = (
  fileName: string,
  text: string,
  options: { rules: Record<string, RuleSetting>; format?: string; includeFuzzy?: boolean; includeObsolete?: boolean; language?: string },
) => { format: string; findings: Finding[]; lintedText: string; segments?: FileLintResult['segments'] };

/**
 * `lintFile` for plain text, without loading @mtlint/core/formats: the text is linted as it is (what
 * `lintFile` itself does for plain text). The bilingual checks, which need a source, are left out.
 */
export function plainTextLintFile(core: Pick<Linter, 'lint'>, bilingualIds: readonly string[]): LintFile {
  return (_, text, { rules }) => {
    const fluency = Object.fromEntries(Object.entries(rules).filter(([id]) => !bilingualIds.includes(id)));
    return { format: 'text', findings: core.lint(text, { rules: fluency }), lintedText: text };
  };
}

/**
 * Everything needed to lint one text, as plain data: what a worker thread receives, and what the
 * cache key is computed from. The same job always gives the same result.
 */
export interface LintJob {
  /** The file's name: its ending chooses the format. */
  fileName: string;
  /** A format name that overrides the ending (config "formats"). */
  format: string | undefined;
  text: string;
  rules: Record<string, RuleSetting>;
  weights: WeightsSetting | undefined;
  /** The word count the penalty is normalised to (config `scoring.perWords`); undefined: core's default, 100. */
  perWords: number | undefined;
  /** The config's `language` (English only): the language of files that declare none; undefined: `en`. */
  language?: string | undefined;
  /** PO: also read fuzzy and obsolete entries (--include-fuzzy, --include-obsolete). */
  includeFuzzy: boolean;
  includeObsolete: boolean;
  /** Apply the fixable rules' first suggestions (--fix, --fix-dry-run). */
  fix: boolean;
  /** --quiet: fix error-level findings only. */
  onlyErrors: boolean;
  /** The baseline entries of this file (already matched by file), which silence findings. */
  known: BaselineEntry[];
}

/** The parts of a score the reports print. */
export type ScoreSummary = Pick<Score, 'score' | 'penalty' | 'words' | 'byCategory' | 'byRule'>;

export interface LintJobResult {
  /** The findings to report: in `text`, less those the baseline knows. */
  findings: Finding[];
  /** Every finding in `text`, for --write-baseline. */
  all: Finding[];
  /** The score counting the reported findings (without the per-sentence detail, which no report shows). */
  score: ScoreSummary;
  /** The text the findings refer to: the input, or the input with the fixes applied. */
  text: string;
  /** The text as linted (a format's translatable text, without markup), for scoring. */
  lintedText: string;
  /** Whether fixes changed the text. */
  changed: boolean;
}

/**
 * Which findings a file's inline directives silence, for a file read as `format`: Markdown (and the HTML
 * in it) has comments, `<!-- mtlint-disable … -->`. Undefined when nothing is silenced. The language
 * server filters its stepped lint with it, so editor and command line agree.
 */
export function suppressedByDirectives(format: string, text: string): ((finding: { ruleId: string; start: number }) => boolean) | undefined {
  return format === 'markdown' ? disableComments(text) : undefined;
}

/** Whether `--fix` applies a finding's first suggestion: its rule, or its bilingual check, is marked fixable. */
const isFixable = (core: Pick<Linter, 'rules'>, ruleId: string) =>
  core.rules.get(ruleId)?.meta.fixable === true || FIXABLE_BILINGUAL_CHECK_IDS.includes(ruleId);

/**
 * Lints one text; with `fix`, first applies the first suggestion of each finding whose rule (or
 * bilingual check) is marked fixable (in one pass, skipping overlaps), then lints the fixed text
 * again, so that the findings are those that remain. Findings the baseline knows are dropped before
 * scoring, so a known problem costs no score either.
 */
export function runLintJob(job: LintJob, core: Linter): LintJobResult {
  const lint = (text: string) => {
    const result = core.lintFile(job.fileName, text, {
      rules: job.rules,
      includeFuzzy: job.includeFuzzy,
      includeObsolete: job.includeObsolete,
      ...(job.format ? { format: job.format } : {}),
      ...(job.language ? { language: job.language } : {}),
    });
    const suppressed = suppressedByDirectives(result.format, text);
    return suppressed ? { ...result, findings: result.findings.filter((f) => !suppressed(f)) } : result;
  };
  let linted = lint(job.text);
  let all = linted.findings;
  let text = job.text;
  if (job.fix) {
    const edits = all
      .filter((f) => isFixable(core, f.ruleId) && (!job.onlyErrors || f.severity === 'error'))
      .flatMap((f) => f.suggestions.slice(0, 1));
    if (edits.length > 0) {
      text = keepFinalNewline(job.text, core.applySuggestions(job.text, edits));
      if (text !== job.text) {
        linted = lint(text);
        all = linted.findings;
      }
    }
  }
  const findings = job.known.length > 0 ? filterBaselined({ version: 1, entries: job.known, reviews: {} }, job.known[0]!.file, text, all) : all;
  const score = summary(scoreLinted(core, text, linted, findings, scoreOptions(job)));
  return { findings, all, score, text, lintedText: linted.lintedText, changed: text !== job.text };
}

/**
 * The config's scoring settings as `score` options. The config schema checked a named scheme against the
 * linter's own list and `perWords` against what core accepts, so the cast only narrows the scheme's name.
 */
export function scoreOptions({ weights, perWords }: Pick<LintJob, 'weights' | 'perWords'>): ScoreOptions {
  return { weights: weights as ScoreOptions['weights'], perWords };
}

/**
 * The score of findings in a file as linted: unit by unit with `scoreFile` where the file was read as a
 * format, so the words are those of the translation, not of the markup, and the findings' offsets (the
 * file's) are the ones scored; plain text with `score` of the text itself.
 */
export function scoreLinted(
  core: Pick<Linter, 'score' | 'scoreFile'>,
  text: string,
  linted: ReturnType<LintFile>,
  findings: readonly Finding[],
  options: ScoreOptions,
): Score {
  if (linted.segments && core.scoreFile) return core.scoreFile(text, { segments: linted.segments, lintedText: linted.lintedText }, findings, options);
  return core.score(text, findings, options);
}

export function summary({ score, penalty, words, byCategory, byRule }: Score): ScoreSummary {
  return { score, penalty, words, byCategory, byRule };
}
