/**
 * A long text linted and scored a piece at a time, so that memory holds one piece's analysis (tokens,
 * sentences, the rules' per-document tables) rather than the whole text's: a 10 MB text's analysis took
 * about 200 MB of heap at once. Each piece ends at a blank line, where a sentence always ends, so every
 * sentence lies within one piece and is linted and counted as in the whole text; only the rules that compare
 * sentences across a document (inconsistent spelling, repeated boilerplate) compare them within a piece.
 */
import { runRulesInSteps, type Finding, type RuleStep } from '@mtlint/engine';
import { countWords, parseDocument } from '@mtlint/text';
import { checkStepLength, lintChecked, lintCheckedInSteps, lintDocument } from './lint.js';
import type { CheckedOptions } from './options.js';
import { parseForScore } from './parse.js';
import { placed, suggestionAt } from './placed.js';

/** Texts longer than this (in UTF-16 code units) are linted and scored a piece at a time. */
export const PIECE_LENGTH = 1024 * 1024;

/**
 * A text that can be read a stretch at a time: a string, or a file's units joined (joined-units.ts), which a
 * long file's lint reads a piece at a time rather than hold whole.
 */
export interface PieceText {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** The whole of a text: the string itself, or the stretches joined. */
export const wholeText = (text: PieceText): string => (typeof text === 'string' ? text : text.slice(0, text.length));

/** Where the pieces of a long text end: after the first blank line past each `length`, and at its end. */
export function pieceEnds(text: PieceText, length = PIECE_LENGTH): number[] {
  const ends: number[] = [];
  for (let at = 0; at < text.length; ) {
    const end = at + length >= text.length ? text.length : blankLineEnd(text, at + length);
    ends.push(end);
    at = end;
  }
  return ends;
}

/**
 * Where the first blank line at or after `from` ends, or the text's end: searched in a window that doubles until
 * it holds one. The first match in a window is the first in the text, as a match ends at its second line break.
 */
function blankLineEnd(text: PieceText, from: number): number {
  for (let window = 4096; ; window *= 2) {
    const to = Math.min(from + window, text.length);
    const m = /\n[ \t]*\r?\n/.exec(text.slice(from, to));
    if (m) return from + m.index + m[0].length;
    if (to === text.length) return to;
  }
}

/** A finding's span and suggestions moved by `by` code units (a new object in placed.ts's one shape, not a spread copy). */
const moved = (f: Finding, by: number): Finding =>
  by === 0 ? f : placed(f, f.start + by, f.end + by, f.suggestions.map((s) => suggestionAt(s.start + by, s.end + by, s.replacement)));

type Lintable = Pick<CheckedOptions, 'active' | 'onProblem'>;

/**
 * The findings of a text, offsets in the whole text: `lintChecked` of it up to PIECE_LENGTH, else of each piece.
 * Each piece is parsed with `parseDocument`, not `parseForLint`: the WeakRef that keeps a parse for `score`
 * holds its document to the end of the synchronous job, which would keep every piece's analysis alive.
 */
export function lintInPieces(text: PieceText, checked: Lintable): Finding[] {
  if (text.length <= PIECE_LENGTH) return lintChecked(wholeText(text), checked);
  const findings: Finding[] = [];
  let start = 0;
  for (const end of pieceEnds(text)) {
    for (const f of lintDocument(parseDocument(text.slice(start, end)), checked)) findings.push(moved(f, start));
    start = end;
  }
  return findings;
}

/**
 * {@link lintInPieces} a step at a time, as `lintCheckedInSteps` steps, each piece parsed in a step of its own
 * (no findings, `linted` where the piece starts); `stepLength` is checked at once.
 */
export function stepsInPieces(text: PieceText, checked: Lintable, stepLength: number | undefined, fn: string): Generator<RuleStep, void, undefined> {
  if (text.length <= PIECE_LENGTH) return lintCheckedInSteps(wholeText(text), checked, stepLength, fn).steps;
  checkStepLength(stepLength, fn);
  const { active, onProblem } = checked;
  const options = { ...(stepLength === undefined ? {} : { stepLength }), ...(onProblem ? { onProblem } : {}) };
  return (function* () {
    let start = 0;
    for (const end of pieceEnds(text)) {
      const doc = parseDocument(text.slice(start, end));
      yield { findings: [], linted: start };
      for (const step of runRulesInSteps(doc, active, options)) {
        yield { findings: step.findings.map((f) => moved(f, start)), linted: start + step.linted };
      }
      start = end;
    }
  })();
}

/** A sentence of a text as scoring counts it: its span in the whole text and its words. */
export interface ScoredSentence {
  start: number;
  end: number;
  words: number;
}

/** The sentences of a text with their words, in order: of its parse (the one a lint just made, if any), or of each piece. */
export function* sentencesInPieces(text: PieceText): Generator<ScoredSentence, void, undefined> {
  const ends = text.length <= PIECE_LENGTH ? undefined : pieceEnds(text);
  if (!ends) {
    for (const s of parseForScore(wholeText(text)).sentences) yield { start: s.start, end: s.end, words: countWords({ sentences: [s] }) };
    return;
  }
  let start = 0;
  for (const end of ends) {
    for (const s of parseDocument(text.slice(start, end)).sentences) yield { start: start + s.start, end: start + s.end, words: countWords({ sentences: [s] }) };
    start = end;
  }
}
