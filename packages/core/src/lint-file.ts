/**
 * Lints a whole translation file: picks its format, reads its segments (@mtlint/formats), lints their
 * text in one pass (so that document rules such as inconsistent-spelling see the whole file), runs the
 * bilingual checks where the format has the source, and maps every finding and suggestion back to
 * offsets in the file. Pure: the caller reads and writes the file.
 */
import { LEVELS, type Finding } from '@mtlint/engine';
import {
  BILINGUAL_CHECKS, checkConsistency, checkPair, formatFor, FORMATS, toFileEdit, toFileSpan, touchesProtected,
  type BilingualFinding, type BilingualPair, type Format, type FormatName, type ReadOptions, type Segment,
} from '@mtlint/formats';
import { lint, lintInSteps } from './lint.js';
import { MtlintConfigError, type LintOptions, type RuleSetting } from './options.js';

/** The options of `lintFile`: those of `lint` (rules, custom rules), those of the readers, and a format. */
export interface LintFileOptions extends LintOptions, ReadOptions {
  /** A format name from `FORMATS` (`markdown`, `po`, `xliff`, `srt`, `vtt`, `json`, `text`), instead of the one the file name implies. */
  format?: string;
}

/** What `lintFile` returns: how the file was read, and its findings as offsets into the file. */
export interface FileLintResult {
  /** The name of the format the file was read as. */
  format: FormatName;
  /** The file's translatable units, in file order, each with its map back to the file. */
  segments: Segment[];
  /** The units' text as linted, joined by blank lines: what to score (`score(lintedText, findings)` counts its words). */
  lintedText: string;
  /** Findings with offsets into the file, sorted by position; suggestions are edits of the file. */
  findings: Finding[];
}

/** Text joined between segments: a paragraph break, so no sentence runs from one unit into the next. */
const SEPARATOR = '\n\n';
const BILINGUAL_IDS = new Set(BILINGUAL_CHECKS.map((c) => c.id));

/** Splits rule settings into those of the fluency rules (for @mtlint/core) and those of the bilingual checks. */
function splitSettings(settings: Readonly<Record<string, RuleSetting>>) {
  const fluency: Record<string, RuleSetting> = {};
  const bilingual = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(settings)) {
    if (!BILINGUAL_IDS.has(id)) {
      fluency[id] = setting;
      continue;
    }
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (!LEVELS.includes(level)) {
      throw new MtlintConfigError(`rules.${id}: level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`, `rules.${id}`);
    }
    bilingual.set(id, setting);
  }
  return { fluency, bilingual };
}

/** A finding on the joined text (its segment starting at `base`) with its span and suggestions in the file. */
function toFileFinding(segment: Segment, format: Format, f: Finding, base: number): Finding {
  const suggestions = f.suggestions.flatMap((s) => toFileEdit(segment, { ...s, start: s.start - base, end: s.end - base }, format.escape) ?? []);
  return { ...f, ...toFileSpan(segment, f.start - base, f.end - base), suggestions };
}

/**
 * A bilingual check's fixes without insertions where markup meets the text: the check compares
 * plain strings, and whether a final mark belongs inside or outside a closing inline tag
 * (`<g>here</g>.`) is not certain, so such a fix is not offered.
 */
function withoutInsertionsAtMarkup(segment: Segment, f: Finding): Finding {
  const certain = f.suggestions.filter((s) => s.start !== s.end || !segment.hardBreaks.includes(s.start));
  return certain.length === f.suggestions.length ? f : { ...f, suggestions: certain };
}

/** The index of the segment whose text contains joined-text offset `at` (the last one starting at or before it). */
function segmentAt(bases: readonly number[], at: number): number {
  let lo = 0;
  let hi = bases.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bases[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Lints a file's content as the format its name implies (or `options.format`): only the translated
 * text, with the bilingual checks where the file has the source (PO, XLIFF). Findings and suggestions
 * point into `content`, so applying suggestions edits the file in place and it still parses. For `.txt`
 * and unknown endings the findings are exactly those of `lint(content, options)`.
 *
 * @throws `FormatError` for content that is not of that format (its message starts `line N:` where known).
 * @throws `MtlintConfigError` for options that name an unknown rule, level or format.
 *
 * @example
 * ```ts
 * const { findings } = lintFile('de-en/messages.po', content, { rules: { untranslated: 'off' } });
 * ```
 */
export function lintFile(fileName: string, content: string, options: LintFileOptions = {}): FileLintResult {
  const read = readForLint(fileName, content, options);
  // `lint`, not one step of `lintFileInSteps`: the CLI lints thousands of small files this way, and
  // the stepped run's generators and closures cost it about a tenth of its time.
  const findings = read.segments.length ? toFileFindings(read, lint(read.joined, { rules: read.fluency })) : [];
  for (const f of bilingualBefore(read)(Infinity)) findings.push(f);
  // Stable: at the same span a fluency finding comes before a bilingual one, as they were found.
  findings.sort(byFileSpan);
  return { format: read.format.name, segments: read.segments, lintedText: read.joined, findings };
}

/** One step of `lintFileInSteps`: findings that no later step changes, and how far the file is linted. */
export interface FileLintStep {
  /** Sorted by position in the file; every one starts before `linted`, and at or after the previous step's. */
  findings: Finding[];
  /** The offset in the file up to which every finding is known; the file's length at the last step. */
  linted: number;
}

/** What `lintFileInSteps` returns: how the file was read, and its findings a stretch at a time. */
export interface SteppedFileLint extends Omit<FileLintResult, 'findings'> {
  /** The findings in steps (see `lintInSteps`); all the steps' findings joined are what `lintFile` returns. */
  steps: Generator<FileLintStep, void, undefined>;
}

/**
 * `lintFile` a stretch at a time, for an app that shows the first findings of a long file while the
 * rest is linted: the units' text is linted with `lintInSteps`, and each step's findings are mapped into
 * the file with the bilingual checks' findings that come before the same point. The file is read and
 * the options are checked at once.
 *
 * @throws as `lintFile` does.
 */
export function lintFileInSteps(fileName: string, content: string, options: LintFileOptions = {}, stepLength?: number): SteppedFileLint {
  const read = readForLint(fileName, content, options);
  const { segments, bases, joined } = read;
  // The readers give the units in file order, so the joined text's order is the file's.
  const fluent = segments.length ? lintInSteps(joined, { rules: read.fluency }, stepLength) : undefined;
  /** Where joined-text offset `at`, the start of a sentence, stands in the file. */
  const fileOffset = (at: number) => {
    const index = segmentAt(bases, at);
    const segment = segments[index]!;
    const inside = Math.min(at - bases[index]!, segment.text.length);
    return toFileSpan(segment, inside, inside).start;
  };

  function* steps(): Generator<FileLintStep, void, undefined> {
    const bilingual = bilingualBefore(read);
    for (const step of fluent?.steps ?? [{ findings: [], linted: joined.length }]) {
      const last = step.linted >= joined.length;
      const linted = last ? content.length : fileOffset(step.linted);
      const findings = toFileFindings(read, step.findings);
      for (const f of bilingual(last ? Infinity : linted)) findings.push(f);
      findings.sort(byFileSpan);
      yield { findings, linted };
    }
  }
  return { format: read.format.name, segments, lintedText: joined, steps: steps() };
}

/** A file read for linting: its format and units, the units' text joined, the settings of the fluency rules and the bilingual checks. */
interface FileForLint {
  format: Format;
  segments: Segment[];
  /** Where each unit's text starts in `joined`. */
  bases: number[];
  joined: string;
  fluency: Record<string, RuleSetting>;
  bilingual: ReadonlyMap<string, RuleSetting>;
}

function readForLint(fileName: string, content: string, options: LintFileOptions): FileForLint {
  const format = options.format === undefined ? formatFor(fileName) : FORMATS.find((f) => f.name === options.format);
  if (!format) {
    throw new MtlintConfigError(`unknown format ${JSON.stringify(options.format)}; one of ${FORMATS.map((f) => f.name).join(', ')}`, 'format');
  }
  const segments = format.read(content, options);
  const { fluency, bilingual } = splitSettings(options.rules ?? {});
  const bases: number[] = [];
  let joined = '';
  for (const segment of segments) {
    if (bases.length) joined += SEPARATOR;
    bases.push(joined.length);
    joined += segment.text;
  }
  return { format, segments, bases, joined, fluency, bilingual };
}

/** Findings on the joined text in the file, without those that are not about the translation. */
function toFileFindings({ format, segments, bases }: FileForLint, findings: readonly Finding[]): Finding[] {
  const inFile: Finding[] = [];
  for (const f of findings) {
    const index = segmentAt(bases, f.start);
    const segment = segments[index]!;
    const base = bases[index]!;
    // A finding in the separator or across two units, or on a placeholder, is not about the translation.
    if (f.end - base > segment.text.length || f.start - base >= segment.text.length) continue;
    if (touchesProtected(segment, f.start - base, f.end - base)) continue;
    inFile.push(toFileFinding(segment, format, f, base));
  }
  return inFile;
}

const byFileSpan = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/**
 * The bilingual checks' findings where the format has the source, in the file, handed out as a stepped
 * lint goes: a call with file offset `linted` returns those that start before it and were not returned
 * yet. The units that start before it are checked on the way, one at a time, so the first step of a long
 * file does not wait for the checks of all its units (on 1 MB of PO they take about 0.2 s). A unit's
 * findings lie within the unit, and the units are in file order, so a unit not yet checked has none
 * before `linted`. Only the consistency check compares units across the file; it runs at the start.
 *
 * The findings come unsorted, each unit's in check order and the consistency check's last: sorted
 * stably by span, they are in the order `lintFile` has always given them.
 */
function bilingualBefore({ segments, format, bilingual }: FileForLint): (linted: number) => Finding[] {
  const paired = segments.filter((segment) => segment.source !== undefined);
  const pairs: BilingualPair[] = paired.map((segment) => ({
    source: segment.source!,
    target: segment.text,
    ...(segment.context === undefined ? {} : { context: segment.context }),
    ...(segment.inlineCodes ? { inlineCodes: segment.inlineCodes } : {}),
  }));
  const inFile = (checked: readonly BilingualFinding[]): Finding[] =>
    checked.flatMap(({ pair, ...plain }) => {
      const setting = bilingual.get(plain.ruleId);
      const level = Array.isArray(setting) ? setting[0] : setting;
      if (level === 'off') return [];
      const segment = paired[pair]!;
      return [toFileFinding(segment, format, withoutInsertionsAtMarkup(segment, level === undefined ? plain : { ...plain, severity: level }), 0)];
    });
  const consistency = inFile(checkConsistency(pairs)).sort(byFileSpan);
  let nextConsistent = 0;
  let nextPair = 0;
  let held: Finding[] = [];
  return (linted) => {
    for (; nextPair < paired.length && toFileSpan(paired[nextPair]!, 0, 0).start < linted; nextPair++) {
      for (const f of inFile(checkPair(pairs[nextPair]!, nextPair))) held.push(f);
    }
    const found = held.filter((f) => f.start < linted);
    held = held.filter((f) => f.start >= linted);
    while (nextConsistent < consistency.length && consistency[nextConsistent]!.start < linted) found.push(consistency[nextConsistent++]!);
    return found;
  };
}
