/**
 * Lints a whole file: picks its format, reads its segments, lints their text in one pass (so that
 * document rules such as inconsistent-spelling see the whole file), runs the bilingual checks where
 * the format has the source, and maps every finding and suggestion back to offsets in the file.
 * Pure: the caller reads and writes the file.
 */
import { lint, LEVELS, MtlintConfigError, type Finding, type LintOptions, type RuleSetting } from '@mtlint/core';
import { BILINGUAL_CHECKS, checkBilingual, type BilingualPair } from './bilingual.js';
import type { Format, ReadOptions } from './formats/format.js';
import { markdown } from './formats/markdown.js';
import { json } from './formats/json.js';
import { po } from './formats/po.js';
import { srt, vtt } from './formats/subtitles.js';
import { xliff } from './formats/xliff.js';
import { plainTextSegment, toFileEdit, toFileSpan, touchesProtected, type Segment } from './segment.js';

/** Plain text: the file is one segment, character for character. */
export const plainText: Format = { name: 'text', extensions: ['.txt'], read: (content) => [plainTextSegment(content)], escape: (t) => t };

/** Every format, plain text last. */
export const FORMATS: readonly Format[] = [markdown, po, xliff, srt, vtt, json, plainText];

/** The format of a file, by its name's ending (case-insensitive); plain text when none matches. */
export function formatFor(fileName: string): Format {
  const lower = fileName.toLowerCase();
  return FORMATS.find((f) => f.extensions.some((ext) => lower.endsWith(ext))) ?? plainText;
}

export interface LintFileOptions extends LintOptions, ReadOptions {
  /** A format name from FORMATS, instead of the one the file name implies. */
  format?: string;
}

export interface FileLintResult {
  /** The name of the format the file was read as. */
  format: string;
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
 * Lints a file's content as the format its name implies. Throws `FormatError` for content that is not
 * of that format, and `MtlintConfigError` for options that name an unknown rule or level.
 */
export function lintFile(fileName: string, content: string, options: LintFileOptions = {}): FileLintResult {
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

  const findings: Finding[] = [];
  for (const f of segments.length ? lint(joined, { rules: fluency }) : []) {
    const index = segmentAt(bases, f.start);
    const segment = segments[index]!;
    const base = bases[index]!;
    // A finding in the separator or across two units, or on a placeholder, is not about the translation.
    if (f.end - base > segment.text.length || f.start - base >= segment.text.length) continue;
    if (touchesProtected(segment, f.start - base, f.end - base)) continue;
    findings.push(toFileFinding(segment, format, f, base));
  }

  const paired = segments.flatMap((segment, index) => (segment.source === undefined ? [] : [{ segment, index }]));
  const pairs: BilingualPair[] = paired.map(({ segment }) => ({
    source: segment.source!,
    target: segment.text,
    ...(segment.context === undefined ? {} : { context: segment.context }),
    ...(segment.inlineCodes ? { inlineCodes: segment.inlineCodes } : {}),
  }));
  for (const f of checkBilingual(pairs)) {
    const setting = bilingual.get(f.ruleId);
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (level === 'off') continue;
    const { pair, ...plain } = f;
    const segment = paired[pair]!.segment;
    findings.push(toFileFinding(segment, format, level === undefined ? plain : { ...plain, severity: level }, 0));
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { format: format.name, segments, lintedText: joined, findings };
}
