import { Text, Transform, type TextProps } from 'ink';
import { widthOf } from '../wrap.js';

/** Ink's text styles, as a run of a line takes them. */
export type RunStyle = Pick<TextProps, 'color' | 'backgroundColor' | 'dimColor' | 'bold' | 'underline' | 'strikethrough' | 'inverse'>;

export interface StyledRun {
  text: string;
  style?: RunStyle;
}

export interface DrawnLineProps {
  runs: readonly StyledRun[];
  /** Styles of the whole line, around its runs' own. */
  style?: RunStyle;
}

/**
 * One line of the screen that the app has already cut to the width (`cutText`, `wrapRuns`), drawn as its
 * runs in their styles. Ink measures every text node of every frame with string-width, which takes about a
 * microsecond a character for any line with a character beyond printable ASCII ("…", "·", "─", "«»"), a
 * tenth of a millisecond a row and most of a frame's measuring; here Ink lays out and styles a run of
 * spaces as wide as each run (`widthOf`, never narrower than Ink's own measure, so Ink never wraps or cuts
 * it), which it measures at once, and the line's text takes the spaces' place as the line is written
 * (`Transform`, whose output keeps the dimensions it was given). What the screen shows is the same.
 */
export function DrawnLine({ runs, style }: DrawnLineProps) {
  const shown = withWidth(runs);
  if (shown.length === 0) return <Text> </Text>;
  const widths = shown.map((run) => widthOf(run.text));
  // Each run's spaces in turn: the styles' escape codes around them hold no space.
  const fill = (line: string) => {
    let out = '';
    let at = 0;
    shown.forEach((run, k) => {
      const start = line.indexOf(' ', at);
      out += line.slice(at, start) + run.text;
      at = start + widths[k]!;
    });
    return out + line.slice(at);
  };
  return (
    // A screen reader (INK_SCREEN_READER) is given the text, not the spaces.
    <Transform transform={fill} accessibilityLabel={shown.map((run) => run.text).join('')}>
      <Text {...style}>
        {shown.map((run, k) => (
          <Text key={k} {...run.style}>
            {' '.repeat(widths[k]!)}
          </Text>
        ))}
      </Text>
    </Transform>
  );
}

/**
 * The runs that take columns; a run of none (a lone combining mark) joins the run before it, or the one
 * after, as it has no spaces to stand in for it and no column to style.
 */
function withWidth(runs: readonly StyledRun[]): StyledRun[] {
  const out: StyledRun[] = [];
  let pending = '';
  for (const run of runs) {
    if (run.text === '') continue;
    if (widthOf(run.text) > 0) {
      out.push({ ...run, text: pending + run.text });
      pending = '';
    } else if (out.length > 0) out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text + run.text };
    else pending += run.text;
  }
  if (pending) out.push({ text: pending });
  return out;
}
