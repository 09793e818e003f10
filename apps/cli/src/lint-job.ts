import type { BaselineEntry } from '@mtlint/baseline';
import { filterBaselined } from '@mtlint/baseline';
import type { RuleSetting, WeightsSetting } from '@mtlint/config';
import type { Finding, Level, Score, ScoreOptions } from '@mtlint/core';
import type { FileLintResult, lintFileInSteps, scoreFile } from '@mtlint/core/formats';
import { applyDirectives, type DirectiveProblem, type FileComment } from '@mtlint/formats/directives';
import { keepFinalNewline } from '@mtlint/text-file';
import { BILINGUAL_CHECK_IDS, FIXABLE_BILINGUAL_CHECK_IDS } from './format-catalogue.js';

/**
 * What a lint run uses: the parts of @mtlint/core, and `lintFile` of @mtlint/core/formats, which reads a file
 * as its format (Markdown, PO, XLIFF, subtitles, JSON catalogues, plain text) and lints its text.
 */
export type Linter = Pick<
  typeof import('@mtlint/core'),
  'lint' | 'score' | 'findingsPenalty' | 'scoreFromPenalty' | 'rules' | 'applySuggestions' | 'WEIGHT_PRESETS'
> & {
  lintFile: LintFile;
  /** `scoreFile` of @mtlint/core/formats, to score a file read as a format; without it (plain text only) `score` of the text. */
  scoreFile?: typeof scoreFile;
  /**
   * `lintFileInSteps` of @mtlint/core/formats, for a text longer than LONG_TEXT (any format, plain text too):
   * it lints a piece at a time in bounded memory, and its steps tell how far it is. Without it (a run of short
   * plain-text files, or a test's stand-in) `lintFile` lints every text.
   */
  lintFileInSteps?: typeof lintFileInSteps;
  /** The comments of a file read as a format (by name), where directives stand: `fileComments` of @mtlint/formats. */
  fileComments: (format: string, text: string) => FileComment[];
};

/** What the commands are given: @mtlint/core, or a test's stand-in, which may bring its own `lintFile` and `fileComments`. */
export type LinterSource = Omit<Linter, 'lintFile' | 'fileComments'> & Partial<Pick<Linter, 'lintFile' | 'fileComments'>>;

/** `lintFile` of @mtlint/core/formats, or a stand-in with its shape. */
export type LintFile = (
  fileName: string,
  text: string,
  options: { rules: Record<string, RuleSetting>; format?: string; includeFuzzy?: boolean; includeObsolete?: boolean; language?: string },
) => { format: string; findings: Finding[]; segments?: FileLintResult['segments'] };

/**
 * `lintFile` for plain text, without loading @mtlint/core/formats: the text is linted as it is (what
 * `lintFile` itself does for plain text). The bilingual checks, which need a source, are left out.
 */
export function plainTextLintFile(core: Pick<Linter, 'lint'>, bilingualIds: readonly string[]): LintFile {
  return (_, text, { rules }) => {
    const fluency = Object.fromEntries(Object.entries(rules).filter(([id]) => !bilingualIds.includes(id)));
    return { format: 'text', findings: core.lint(text, { rules: fluency }) };
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
  /** The level of a disable directive that silenced nothing (`--report-unused-disable-directives`, config `reportUnusedDisableDirectives`). */
  unusedDirectives: Level;
}

/** The parts of a score the reports print. */
export type ScoreSummary = Pick<Score, 'score' | 'penalty' | 'words' | 'byCategory' | 'byRule'>;

export interface LintJobResult {
  /**
   * The findings to report: in `text`, less those the baseline knows and those directives silence; with the
   * problems of the directives (rule id `directive`), which count no score.
   */
  findings: Finding[];
  /** Every finding in `text`, for --write-baseline. */
  all: Finding[];
  /** The score counting the reported findings (without the per-sentence detail, which no report shows). */
  score: ScoreSummary;
  /** The text the findings refer to: the input, or the input with the fixes applied. */
  text: string;
  /** Whether fixes changed the text. */
  changed: boolean;
}

/** Whether `--fix` applies a finding's first suggestion: its rule, or its bilingual check, is marked fixable. */
const isFixable = (core: Pick<Linter, 'rules'>, ruleId: string) =>
  core.rules.get(ruleId)?.meta.fixable === true || FIXABLE_BILINGUAL_CHECK_IDS.includes(ruleId);

/**
 * Texts longer than this are linted with `lintFileInSteps`, which past 1 MB of text lints and scores a piece at a
 * time in bounded memory, its steps drawing a progress line on a terminal; shorter ones with `lintFile`, which
 * the stepped run's generators would slow by about a tenth.
 */
export const LONG_TEXT = 1024 * 1024;

/** The text a step of a long file lints: about 0.1–0.3 s of work, so the progress line moves and other files' output goes out between steps. */
const STEP_LENGTH = 64 * 1024;

/** A step between the steps of a long file: lets streamed output and the progress line out. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lints one text; with `fix`, first applies the first suggestion of each finding whose rule (or
 * bilingual check) is marked fixable (in one pass, skipping overlaps), then lints the fixed text
 * again, so that the findings are those that remain. Findings the baseline knows are dropped before
 * scoring, so a known problem costs no score either. `progress` hears how much of the text is linted.
 */
export async function runLintJob(job: LintJob, core: Linter, progress?: (done: number, total: number) => void): Promise<LintJobResult> {
  const ruleIds = new Set([...core.rules.keys(), ...BILINGUAL_CHECK_IDS]);
  const options = {
    rules: job.rules,
    includeFuzzy: job.includeFuzzy,
    includeObsolete: job.includeObsolete,
    ...(job.format ? { format: job.format } : {}),
    ...(job.language ? { language: job.language } : {}),
  };
  const lint = async (text: string) => {
    let result: ReturnType<LintFile>;
    let comments: FileComment[];
    if (text.length <= LONG_TEXT || !core.lintFileInSteps) {
      result = core.lintFile(job.fileName, text, options);
      comments = core.fileComments(result.format, text);
    } else {
      const stepped = core.lintFileInSteps(job.fileName, text, options, STEP_LENGTH);
      // Read before the steps: a format's comments may take a parse of the whole file (Markdown), which then
      // comes while no findings are held, not on top of a long file's findings.
      comments = core.fileComments(stepped.format, text);
      const findings: Finding[] = [];
      for (const step of stepped.steps) {
        for (const f of step.findings) findings.push(f);
        progress?.(step.linted, text.length);
        await nextTurn();
      }
      result = { format: stepped.format, findings, segments: stepped.segments };
    }
    // Directives stand only in the format's own comments: `<!-- mtlint-disable -->` inside Markdown code is text.
    const directed = applyDirectives(result.findings, comments, { ruleIds, reportUnused: job.unusedDirectives !== 'off' });
    // Not a spread of `result`: `lintFile`'s `lintedText`, a getter, would join a long file's units again.
    return { segments: result.segments, findings: directed.findings, problems: directed.problems };
  };
  let linted = await lint(job.text);
  let all = linted.findings;
  let text = job.text;
  if (job.fix) {
    const edits = all
      .filter((f) => isFixable(core, f.ruleId) && (!job.onlyErrors || f.severity === 'error'))
      .flatMap((f) => f.suggestions.slice(0, 1));
    if (edits.length > 0) {
      text = keepFinalNewline(job.text, core.applySuggestions(job.text, edits));
      if (text !== job.text) {
        linted = await lint(text);
        all = linted.findings;
      }
    }
  }
  const findings = job.known.length > 0 ? filterBaselined({ version: 1, entries: job.known, reviews: {} }, job.known[0]!.file, text, all) : all;
  const score = scoreLinted(core, text, linted, findings, job);
  const problems = linted.problems.map((p) => directiveFinding(p, p.kind === 'unknown-rule' ? 'error' : job.unusedDirectives));
  const reported = problems.length > 0 ? [...findings, ...problems].sort((a, b) => a.start - b.start || a.end - b.end) : findings;
  return { findings: reported, all, score, text, changed: text !== job.text };
}

/**
 * The score of findings in a file as linted: unit by unit with `scoreFile` where the file was read as a
 * format (or was long: `lintFileInSteps` read it), so the words are those of the translation, not of the
 * markup, and the findings' offsets (the file's) are the ones scored; a short plain text linted without
 * @mtlint/core/formats with `score` of the text itself, whose offsets the findings are.
 */
function scoreLinted(
  core: Pick<Linter, 'score' | 'scoreFile'>,
  text: string,
  linted: Pick<ReturnType<LintFile>, 'segments'>,
  findings: readonly Finding[],
  settings: Pick<LintJob, 'weights' | 'perWords'>,
): ScoreSummary {
  if (linted.segments && core.scoreFile) {
    return summary(core.scoreFile(text, { segments: linted.segments }, findings, scoreOptions(settings)));
  }
  return summary(core.score(text, findings, scoreOptions(settings)));
}

/** The rule id of the problems with directives, as ESLint reports them beside the rules' findings. */
export const DIRECTIVE_RULE_ID = 'directive';

/** A problem with a directive as a finding: not an artifact of translation, so it carries no MQM weight of its own. */
export function directiveFinding(p: DirectiveProblem, level: Level): Finding {
  return {
    ruleId: DIRECTIVE_RULE_ID,
    category: 'style/awkward',
    severity: level === 'off' ? 'info' : level,
    mqmSeverity: 'minor',
    confidence: 1,
    start: p.start,
    end: p.end,
    message: p.message,
    suggestions: [],
  };
}

/**
 * The config's scoring settings as `score` options. The config schema checked a named scheme against the
 * linter's own list and `perWords` against what core accepts, so the cast only narrows the scheme's name.
 */
export function scoreOptions({ weights, perWords }: Pick<LintJob, 'weights' | 'perWords'>): ScoreOptions {
  return { weights: weights as ScoreOptions['weights'], perWords };
}

export function summary({ score, penalty, words, byCategory, byRule }: Score): ScoreSummary {
  return { score, penalty, words, byCategory, byRule };
}
