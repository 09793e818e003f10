/**
 * Lints a whole translation file: picks its format, reads its segments (@mtlint/formats), lints their
 * text in one pass (so that document rules such as inconsistent-spelling see the whole file; past 1 MB of
 * text, a piece at a time, see pieces.ts), runs the bilingual checks where the format has the source, and
 * maps every finding and suggestion back to offsets in the file. Pure: the caller reads and writes the file.
 */
import type { Finding, Level, RuleProblem, Suggestion } from '@mtlint/engine';
import {
  BILINGUAL_CHECKS, checkConsistency, checkPair, formatFor, FORMATS, toFileEdit, toFileSpan, touchesProtected,
  type BilingualFinding, type BilingualPair, type FileSpan, type Format, type FormatName, type ReadOptions, type Segment,
} from '@mtlint/formats';
import { checkText } from './lint.js';
import { checkOptions, isEnglish, MtlintConfigError, type CheckedOptions, type Options } from './options.js';
import { basesOf, joinedText, segmentAt, type JoinedUnits } from './joined-units.js';
import { lintInPieces, sentencesInPieces, stepsInPieces, wholeText } from './pieces.js';
import { placed, StringPool, suggestionAt } from './placed.js';
import { checkScorables, effortOf, scoreSpans, type Score, type Scorable, type SpanScore } from './score.js';

/**
 * The options of `lintFile`: those of `lint` and `score` (rules, custom rules, language, weights, perWords),
 * a format, and for PO `includeFuzzy` and `includeObsolete`. The same object every entry point takes ({@link Options}).
 */
export type LintFileOptions = Options;

/** The score of one unit of a file (a PO entry or plural form, an XLIFF target, a cue, a Markdown paragraph, a JSON value). */
export interface UnitScore extends SpanScore {
  /** The unit's index in `segments`. */
  index: number;
  /** The unit's id where the format has one (PO msgctxt + msgid, XLIFF unit id, JSON key path, cue number). */
  id?: string;
  /** The 1-based line of the file where the unit's text starts. */
  line: number;
  /** The unit's text as linted (unescaped); `start` and `end` are the file offsets where it stands. */
  text: string;
  /** Whether the fluency rules ran on the unit: false where the file declares a target language other than English. */
  fluency: boolean;
}

/** The score of a file: the whole (`score`, `penalty`, `words`, `byCategory`, `byRule`, `effort`) and each unit's. */
export interface FileScore extends Omit<Score, 'segments'> {
  /** One score per unit, in file order, each from the errors and edits that start in the unit. */
  segments: UnitScore[];
}

/** What `lintFile` returns: how the file was read, its findings as offsets into the file, and its score. */
export interface FileLintResult {
  /** The name of the format the file was read as. */
  format: FormatName;
  /**
   * The language the translation was taken to be in: the one the file declares (PO `Language`, XLIFF
   * `target-language` or `trgLang`; the first unit's where units differ), else `options.language`, else `en`.
   */
  language: string;
  /** The file's translatable units, in file order, each with its map back to the file. */
  segments: Segment[];
  /**
   * The units' text as read, joined by blank lines. The findings are offsets into the file, not into this. Past
   * 1 MB of text it is joined anew at each read and not held (it would be a second copy of the file's text): read it once.
   */
  lintedText: string;
  /** Findings with offsets into the file, sorted by position; suggestions are edits of the file. */
  findings: Finding[];
  /** The file's score and each unit's, from `findings` (weighed by `options.weights`, `options.perWords`); see `scoreFile`. */
  score: FileScore;
  /**
   * One line each: what was not checked and why (units in a language other than English), and each report a
   * rule got wrong (dropped, with the rule's id).
   */
  notices: string[];
}

const BILINGUAL_IDS = BILINGUAL_CHECKS.map((c) => c.id);
const LANGUAGE_INDEPENDENT = new Set(BILINGUAL_CHECKS.filter((c) => c.languageIndependent).map((c) => c.id));
const ENGLISH_ONLY_CHECKS = BILINGUAL_CHECKS.filter((c) => !c.languageIndependent).map((c) => c.id);

/**
 * A finding on the joined text (its segment starting at `base`) with its span and suggestions in the file, in
 * the compact form of placed.ts: the findings of a file are what memory holds while the rest is linted.
 */
function toFileFinding(content: string, segment: Segment, format: Format, f: Finding, base: number, strings: StringPool): Finding {
  const suggestions: Suggestion[] = [];
  for (const s of f.suggestions) {
    const edit = toFileEdit(segment, { start: s.start - base, end: s.end - base, replacement: s.replacement }, format.escape, content);
    if (edit) suggestions.push(suggestionAt(edit.start, edit.end, edit.replacement, strings));
  }
  const { start, end } = toFileSpan(segment, f.start - base, f.end - base);
  // `slice`: an array filled by `push` keeps room for more; a finding is kept to the end of the run.
  return placed(f, start, end, suggestions.slice(), strings);
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

/**
 * Lints a file's content as the format its name implies (or `options.format`): only the translated
 * text, with the bilingual checks where the file has the source (PO, XLIFF). Findings and suggestions
 * point into `content`, so applying suggestions edits the file in place and it still parses. For `.txt`
 * and unknown endings the findings are exactly those of `lint(content, options)` up to 1 MB of text.
 *
 * A file with more than 1 MB (1,048,576 UTF-16 code units) of text to lint is linted and scored a piece of about
 * 1 MB at a time, each piece ending at a blank line (between units, or within a long one), so that memory holds one
 * piece's analysis rather than the whole file's; the rules that compare sentences across a document
 * (inconsistent spelling, repeated boilerplate) then compare them within a piece.
 *
 * mtlint checks English: units whose declared target language is another (PO `Language: de`, XLIFF
 * `target-language="de"` or `trgLang="de"`) get no fluency findings, only the bilingual checks that hold
 * in any language (numbers, placeholders and tags, URLs, whitespace, consistency), and a line in `notices`.
 *
 * @throws `FormatError` for content that is not of that format (its message starts `line N:` where known).
 * @throws `MtlintConfigError` for bad options (see `validateOptions`), or a format name that is not one.
 * @throws `TypeError` when `fileName` or `content` is not a string; `RuleError` when a rule throws.
 *
 * @example
 * ```ts
 * const { findings, score } = lintFile('de-en/messages.po', content, { rules: { untranslated: 'off' } });
 * ```
 */
export function lintFile(fileName: string, content: string, options: LintFileOptions = {}): FileLintResult {
  const read = readForLint(fileName, content, options, 'lintFile');
  // `lint`, not one step of `lintFileInSteps`: the CLI lints thousands of small files this way, and
  // the stepped run's generators and closures cost it about a tenth of its time.
  const findings = read.fluent.segments.length ? toFileFindings(read, lintInPieces(read.fluent.joined, read.lintOptions)) : [];
  for (const f of bilingualBefore(read)(Infinity)) findings.push(f);
  // Stable: at the same span a fluency finding comes before a bilingual one, as they were found.
  findings.sort(byFileSpan);
  return Object.assign(fileFacts(read), { findings, score: scoreRead(content, read, findings, read.checked) });
}

/**
 * What `lintFile` and `lintFileInSteps` both tell about the file they read: its format, language, units and notices,
 * and the units' text joined, built when it is read (a long file's is not held as a second copy). `Object.assign`
 * onto this object keeps the getter, where a spread would call it.
 */
function fileFacts(read: FileForLint) {
  return {
    format: read.format.name,
    language: read.language,
    segments: read.segments,
    get lintedText() {
      return wholeText(read.joined);
    },
    notices: read.notices,
  };
}

/**
 * Scores findings of a file (`lintFile`'s, or some of them: those a baseline or a reviewer kept) unit by
 * unit, on the offsets of the file: each unit from the errors and first suggestions that start in it, by the
 * formula of `score`, and the whole file from all of them. `read` is what `lintFile` or `lintFileInSteps`
 * returned for this `content`: its `segments` are all it reads.
 *
 * @example
 * const result = lintFile('de/messages.po', content);
 * scoreFile(content, result, result.findings.filter((f) => f.severity === 'error')).segments[0].score
 * @throws `TypeError` or `RangeError` for a finding that cannot be weighed or lies outside the file, as `score` does.
 * @throws `MtlintConfigError` for bad options.
 */
export function scoreFile(
  content: string,
  read: Pick<FileLintResult, 'segments'>,
  findings: readonly Scorable[],
  options: Options = {},
): FileScore {
  checkText(content, 'scoreFile', 'content');
  const checked = checkFileOptions(options);
  return scoreRead(content, joinSegments(read.segments), findings, checked);
}

/** One step of `lintFileInSteps`: findings that no later step changes, and how far the file is linted. */
export interface FileLintStep {
  /** Sorted by position in the file; every one starts before `linted`, and at or after the previous step's. */
  findings: Finding[];
  /** The offset in the file up to which every finding is known; the file's length at the last step. */
  linted: number;
}

/**
 * What `lintFileInSteps` returns: how the file was read, and its findings a stretch at a time (score them
 * with `scoreFile` once the steps are done). `notices` grows as the steps find reports a rule got wrong.
 */
export interface SteppedFileLint extends Omit<FileLintResult, 'findings' | 'score'> {
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
  const read = readForLint(fileName, content, options, 'lintFileInSteps');
  const { segments, bases, joined } = read.fluent;
  // The readers give the units in file order, so the joined text's order is the file's.
  const fluent = segments.length ? stepsInPieces(joined, read.lintOptions, stepLength, 'lintFileInSteps') : undefined;
  /** Where joined-text offset `at`, the start of a sentence, stands in the file. */
  const fileOffset = (at: number) => {
    const index = segmentAt(bases, at);
    const segment = segments[index]!;
    const inside = Math.min(at - bases[index]!, segment.text.length);
    return toFileSpan(segment, inside, inside).start;
  };

  function* steps(): Generator<FileLintStep, void, undefined> {
    const bilingual = bilingualBefore(read);
    for (const step of fluent ?? [{ findings: [], linted: joined.length }]) {
      const last = step.linted >= joined.length;
      const linted = last ? content.length : fileOffset(step.linted);
      const findings = toFileFindings(read, step.findings);
      for (const f of bilingual(last ? Infinity : linted)) findings.push(f);
      findings.sort(byFileSpan);
      yield { findings, linted };
    }
  }
  return Object.assign(fileFacts(read), { steps: steps() });
}

/** Units and their text joined by blank lines, with where each unit starts in the joined text. */
interface Joined {
  segments: Segment[];
  /** Where each unit's text starts in `joined`. */
  bases: number[];
  joined: string | JoinedUnits;
}

/** A file read for linting: its format and units, the units' text joined, the English units' text joined, the checked options. */
interface FileForLint extends Joined {
  /** The file: where a fix keeps the line breaks it replaces (`toFileEdit`). */
  content: string;
  format: Format;
  /** The units the fluency rules run on (those in English), joined: the same object as the whole when every unit is. */
  fluent: Joined;
  /** Whether each unit is in English; undefined when all are. */
  englishUnits: readonly boolean[] | undefined;
  language: string;
  checked: CheckedOptions;
  /** The options the fluency lint runs with: a rule's dropped reports are also noticed. */
  lintOptions: Pick<CheckedOptions, 'active' | 'onProblem'>;
  notices: string[];
  /** The messages and replacements of the file's findings, each kept once. */
  strings: StringPool;
}

function joinSegments(segments: Segment[]): Joined {
  const bases = basesOf(segments);
  return { segments, bases, joined: joinedText(segments, bases) };
}

/**
 * Checks options as `validateOptions` of `@mtlint/core` does, knowing besides the bilingual checks' ids (set
 * like rules, without options) and the format names: what `lintFile`, `lintFileInSteps` and `scoreFile` check.
 *
 * @example
 * validateOptions({ rules: { 'number-mismatch': 'off' }, format: 'po', includeFuzzy: true }) // returned as given
 * @throws {MtlintConfigError} at the first bad option, its `path` the key path (`includeFuzzy`, `rules.untranslated`).
 */
export function validateFileOptions<T extends LintFileOptions>(options: T): T {
  checkFileOptions(options);
  return options;
}

function checkFileOptions(options: unknown): CheckedOptions & { fileFormat: Format | undefined } {
  const checked = checkOptions(options, BILINGUAL_IDS);
  const fileFormat = checked.format === undefined ? undefined : FORMATS.find((f) => f.name === checked.format);
  if (checked.format !== undefined && !fileFormat) {
    throw new MtlintConfigError(`unknown format ${JSON.stringify(checked.format)}; one of ${FORMATS.map((f) => f.name).join(', ')}`, 'format');
  }
  return { ...checked, fileFormat };
}

function readForLint(fileName: string, content: string, options: LintFileOptions, fn: string): FileForLint {
  checkText(fileName, fn, 'fileName');
  checkText(content, fn, 'content');
  const checked = checkFileOptions(options);
  const format = checked.fileFormat ?? formatFor(fileName);
  const segments = format.read(content, { includeFuzzy: checked.includeFuzzy, includeObsolete: checked.includeObsolete });
  const whole = joinSegments(segments);
  const notices: string[] = [];
  const english = segments.map(inEnglish);
  const allEnglish = english.every(Boolean);
  if (!allEnglish) notices.push(languageNotice(segments, english));
  const { onProblem } = checked;
  const noticeProblem = (problem: RuleProblem) => {
    notices.push(`rule ${problem.ruleId}: report dropped: ${problem.message}`);
    onProblem?.(problem);
  };
  return {
    content,
    format,
    ...whole,
    fluent: allEnglish ? whole : joinSegments(segments.filter((_, i) => english[i])),
    englishUnits: allEnglish ? undefined : english,
    language: segments.find((s) => s.language !== undefined)?.language ?? checked.language,
    checked,
    lintOptions: { active: checked.active, onProblem: noticeProblem },
    notices,
    strings: new StringPool(),
  };
}

/** Whether a unit is linted for fluency: its file declares no target language, or English. */
const inEnglish = (segment: Segment) => segment.language === undefined || isEnglish(segment.language);

/** The one-line notice for units in other languages: which languages, how many units, what was left out. */
function languageNotice(segments: readonly Segment[], english: readonly boolean[]): string {
  const languages = [...new Set(segments.filter((_, i) => !english[i]).map((s) => s.language!))];
  const skipped = english.filter((e) => !e).length;
  const units = skipped === segments.length ? (skipped === 1 ? 'its one unit' : `all ${skipped} units`) : `${skipped} of ${segments.length} units`;
  return (
    `target language ${languages.join(', ')} (${units}): not English, so the fluency rules and the checks ` +
    `${ENGLISH_ONLY_CHECKS.join(', ')} were skipped; numbers, placeholders, tags, URLs and whitespace were checked`
  );
}

/** Findings on the joined text in the file, without those that are not about the translation. */
function toFileFindings({ content, format, fluent: { segments, bases }, strings }: FileForLint, findings: readonly Finding[]): Finding[] {
  const inFile: Finding[] = [];
  for (const f of findings) {
    const index = segmentAt(bases, f.start);
    const segment = segments[index]!;
    const base = bases[index]!;
    // A finding in the separator or across two units, or on a placeholder, is not about the translation.
    if (f.end - base > segment.text.length || f.start - base >= segment.text.length) continue;
    if (touchesProtected(segment, f.start - base, f.end - base)) continue;
    inFile.push(toFileFinding(content, segment, format, f, base, strings));
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
function bilingualBefore({ content, segments, format, checked, englishUnits, strings }: FileForLint): (linted: number) => Finding[] {
  const paired = segments.filter((segment) => segment.source !== undefined);
  const english = englishUnits && segments.flatMap((segment, i) => (segment.source === undefined ? [] : [englishUnits[i]!]));
  const pairs: BilingualPair[] = paired.map((segment) => ({
    source: segment.source!,
    target: segment.text,
    ...(segment.context === undefined ? {} : { context: segment.context }),
    ...(segment.inlineCodes ? { inlineCodes: segment.inlineCodes } : {}),
  }));
  const inFile = (found: readonly BilingualFinding[]): Finding[] =>
    found.flatMap(({ pair, ...plain }) => {
      const level: Level | undefined = checked.extra.get(plain.ruleId);
      if (level === 'off') return [];
      if (english && !english[pair] && !LANGUAGE_INDEPENDENT.has(plain.ruleId)) return [];
      const segment = paired[pair]!;
      return [toFileFinding(content, segment, format, withoutInsertionsAtMarkup(segment, level === undefined ? plain : { ...plain, severity: level }), 0, strings)];
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

/** The file's score unit by unit, on file offsets; each unit's words counted on the joined text's sentences. */
function scoreRead(
  content: string,
  read: Joined,
  findings: readonly Scorable[],
  checked: Pick<CheckedOptions, 'weights' | 'perWords'>,
): FileScore {
  checkScorables(findings, content.length);
  const { segments, bases, joined } = read;
  const words = segments.map(() => 0);
  // Each unit's sentences, in the file: where its post-editing effort is measured, a sentence at a time. The
  // units are joined by blank lines, so every sentence lies within one unit, and the sentences come unit by
  // unit: one list, each unit's stretch of it sliced off at its length (a list per unit filled by `push` keeps
  // room for 17, 150 bytes a unit of a file that may have 100,000).
  const sentences: FileSpan[] = [];
  const from = segments.map(() => 0);
  const to = segments.map(() => 0);
  for (const sentence of sentencesInPieces(joined)) {
    const i = segmentAt(bases, sentence.start);
    words[i]! += sentence.words;
    if (to[i] === 0) from[i] = sentences.length;
    sentences.push(toFileSpan(segments[i]!, sentence.start - bases[i]!, sentence.end - bases[i]!));
    to[i] = sentences.length;
  }
  const spans = segments.map((segment, i) => {
    const { start, end } = toFileSpan(segment, 0, segment.text.length);
    return { start, end, words: words[i]!, windows: sentences.slice(from[i], to[i]) };
  });
  const scored = scoreSpans(content, spans, findings, checked);
  const lines = lineNumbers(content, spans.map((s) => s.start));
  return {
    ...scored,
    segments: scored.segments.map((unit, index) => unitScore(segments[index]!, index, lines[index]!, unit)),
    effort: effortOf(scored.segments, spans.reduce((n, s) => n + s.end - s.start, 0)),
  };
}

/** A unit's score, written out field by field: spread copies got a V8 hidden class each (see placed.ts). */
function unitScore(segment: Segment, index: number, line: number, { start, end, words, penalty, score, effort }: SpanScore): UnitScore {
  const { id, text } = segment;
  const fluency = inEnglish(segment);
  return id === undefined
    ? { index, line, text, fluency, start, end, words, penalty, score, effort }
    : { index, id, line, text, fluency, start, end, words, penalty, score, effort };
}

/** The 1-based line of each offset, the offsets in ascending order. */
function lineNumbers(content: string, offsets: readonly number[]): number[] {
  let line = 1;
  let at = 0;
  return offsets.map((offset) => {
    for (; at < offset; at++) if (content.charCodeAt(at) === 10) line++;
    return line;
  });
}
