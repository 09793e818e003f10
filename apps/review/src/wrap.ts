// Styled text laid out in lines of a given width, measured per grapheme as the terminal draws it
// (string-width: emoji with modifiers and CJK take two columns). The app wraps its sentences itself,
// rather than leaving it to Ink, to know how many rows each takes, to start no wrapped line with a
// space, and to end a sentence cut to fit with "…".
import stringWidth from 'string-width';

export interface Run<S> {
  text: string;
  style: S;
}

export type Line<S> = Run<S>[];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Words and the spaces between them, each as one token; a line break is a token of its own. */
function tokens(text: string): string[] {
  return text.match(/\n|[^\S\n]+|[^\s]+/g) ?? [];
}

/**
 * An emoji modifier (skin tone) or the zero-width joiner: most terminals draw an emoji sequence with one
 * as a single two-column emoji, but some draw its parts side by side (tmux 3.3 draws 👍🏽 in four columns).
 */
const JOINED = /[\u{1F3FB}-\u{1F3FF}\u200D]/u;

/**
 * Widths already measured. A frame measures the same rows, words and graphemes as the frame before, and
 * string-width takes about a microsecond a grapheme for any text beyond printable ASCII (a list row with
 * a "…" in it, ~0.1 ms).
 */
const widths = new Map<string, number>();
const WIDTHS_KEPT = 20_000;

/**
 * The width of `text` in terminal columns, as the widest a terminal draws it: an emoji sequence with a
 * modifier or a joiner counts as its parts side by side. A line so measured never runs over the width and
 * wraps (pushing the header off the screen) in any terminal; in one that joins the sequence, it ends a
 * column or two short.
 */
export function widthOf(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = measure(text);
    // Bounded: the list's rows and the sentence's words come back frame after frame, new ones slowly.
    if (widths.size >= WIDTHS_KEPT) widths.clear();
    widths.set(text, width);
  }
  return width;
}

function measure(text: string): number {
  if (!JOINED.test(text)) return stringWidth(text);
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    width += JOINED.test(segment) ? Math.max(stringWidth(segment), Array.from(segment, (part) => stringWidth(part)).reduce((a, b) => a + b, 0)) : stringWidth(segment);
  }
  return width;
}

/**
 * Lays `runs` out in lines at most `width` columns wide, breaking at spaces (a word wider than a line
 * is broken between graphemes). A wrapped line does not start with the space it was broken at; a line
 * break in the text starts a new line.
 */
export function wrapRuns<S>(runs: readonly Run<S>[], width: number): Line<S>[] {
  const lines: Line<S>[] = [[]];
  let used = 0;
  const put = (text: string, style: S, w: number) => {
    const line = lines.at(-1)!;
    const last = line.at(-1);
    if (last && last.style === style) last.text += text;
    else line.push({ text, style });
    used += w;
  };
  const newLine = () => {
    // A space that fitted at the end of the line ends it; it is not drawn.
    const last = lines.at(-1)!.at(-1);
    if (last) last.text = last.text.trimEnd();
    lines.push([]);
    used = 0;
  };
  for (const run of runs) {
    for (const token of tokens(run.text)) {
      if (token === '\n') {
        newLine();
        continue;
      }
      const w = widthOf(token);
      const space = token.trim() === '';
      if (used + w <= width) {
        put(token, run.style, w);
        continue;
      }
      if (space) {
        // The break falls here: the space is dropped rather than begin the next line.
        newLine();
        continue;
      }
      if (used > 0 && w <= width) newLine();
      for (const { segment } of graphemes.segment(token)) {
        const gw = widthOf(segment);
        if (used + gw > width && used > 0) newLine();
        put(segment, run.style, gw);
      }
    }
  }
  return lines;
}

/**
 * At most `rows` of `lines`, chosen to show line `focus`: from `from` (where the text of interest
 * starts) if the focus fits below it, else ending a little after the focus. A line before or after the
 * window that is cut off is marked with "…" at the start or end, within the width.
 */
export function fitLines<S>(lines: readonly Line<S>[], rows: number, focus: number, width: number, ellipsis: S, from = 0): Line<S>[] {
  if (rows <= 0) return [];
  if (lines.length <= rows) return [...lines];
  const start = focus - from < rows ? Math.max(0, Math.min(from, lines.length - rows)) : Math.max(0, Math.min(focus - Math.floor(rows / 2), lines.length - rows));
  const shown = lines.slice(start, start + rows).map((line) => [...line]);
  if (start > 0) shown[0] = [{ text: '…', style: ellipsis }, ...trimStart(shown[0]!)];
  if (start + rows < lines.length) {
    const last = shown.at(-1)!;
    shown[shown.length - 1] = [...cutTo(last, width - 1), { text: '…', style: ellipsis }];
  }
  return shown.map((line) => cutTo(line, width));
}

function trimStart<S>(line: Line<S>): Line<S> {
  const [first, ...rest] = line;
  return first ? [{ ...first, text: first.text.trimStart() }, ...rest] : line;
}

/** `text` in at most `width` columns (as `widthOf` measures them), cut at a grapheme and ended with "…" where cut. */
export function cutText(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  return cutTo([{ text, style: undefined }], width - 1).map((run) => run.text).join('') + '…';
}

/** The line cut to `width` columns, at a grapheme. */
function cutTo<S>(line: Line<S>, width: number): Line<S> {
  const out: Line<S> = [];
  let used = 0;
  for (const run of line) {
    let text = '';
    for (const { segment } of graphemes.segment(run.text)) {
      const w = widthOf(segment);
      if (used + w > width) break;
      text += segment;
      used += w;
    }
    if (text) out.push({ text, style: run.style });
    if (text.length < run.text.length) break;
  }
  return out;
}
