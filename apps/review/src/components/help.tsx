import { Box, Text } from 'ink';
import { KEY_HELP } from '../keys.js';
import { wrapRuns } from '../wrap.js';

/** The narrowest column of keys worth its room: a key and a few words of what it does. */
const MIN_COLUMN_WIDTH = 44;
const COLUMN_GAP = 2;
/** The keys' column: the longest key and two spaces. */
const KEY_WIDTH = Math.max(...KEY_HELP.map(([keys]) => keys.length)) + 2;

/** The key lines laid out for a screen area: in columns when they fit, else one column to scroll through. */
export interface HelpLayout {
  /** Each column's lines, every description wrapped to its column (a key's lines stay in one column). */
  columns: string[][];
  columnWidth: number;
  /** How many lines lie below the area (one column only): the overlay scrolls. */
  scrollMax: number;
}

/** The key lines in as few columns as `width` × `height` takes without scrolling, else one scrolling column. */
export function helpLayout(width: number, height: number): HelpLayout {
  const most = Math.max(1, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
  for (let n = 1; n <= most; n++) {
    const columnWidth = Math.floor((width - COLUMN_GAP * (n - 1)) / n);
    const columns = intoColumns(entryLines(columnWidth), n, height);
    if (columns) return { columns, columnWidth, scrollMax: 0 };
  }
  const lines = entryLines(width).flat();
  return { columns: [lines], columnWidth: width, scrollMax: Math.max(0, lines.length - height) };
}

/** Each key's lines: the key, then what it does wrapped beside it. */
function entryLines(columnWidth: number): string[][] {
  const describe = Math.max(8, columnWidth - KEY_WIDTH);
  return KEY_HELP.map(([keys, what]) =>
    wrapRuns([{ text: what, style: 0 }], describe).map((line, n) => (n === 0 ? keys.padEnd(KEY_WIDTH) : ' '.repeat(KEY_WIDTH)) + line.map((run) => run.text).join('')),
  );
}

/** The entries in order, filling `n` columns of at most `height` lines each; undefined when they do not fit. */
function intoColumns(entries: string[][], n: number, height: number): string[][] | undefined {
  const columns: string[][] = [[]];
  for (const entry of entries) {
    if (entry.length > height) return undefined;
    if (columns.at(-1)!.length + entry.length > height) {
      if (columns.length === n) return undefined;
      columns.push([]);
    }
    columns.at(-1)!.push(...entry);
  }
  return columns;
}

/**
 * The `?` overlay: every key and what it does, with its own title rule, in the rows below it. It fills
 * the columns it needs; on a screen too small for all the lines, `scroll` lines of the one column are
 * scrolled past (j/k, pgdn/pgup).
 */
export function HelpOverlay({ width, height, scroll, color }: { width: number; height: number; scroll: number; color: boolean }) {
  const { columns, columnWidth, scrollMax } = helpLayout(width, height - 1);
  const from = Math.min(scroll, scrollMax);
  const title =
    scrollMax > 0
      ? `── keys ${from + 1}–${from + height - 1} of ${columns[0]!.length} · j/k scroll · any other key closes `
      : '── keys · any key closes ';
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text dimColor={color} wrap="truncate-end">
        {title.padEnd(width, '─')}
      </Text>
      <Box flexDirection="row">
        {columns.map((lines, n) => (
          <Box key={n} flexDirection="column" width={columnWidth} flexShrink={0} marginRight={n < columns.length - 1 ? COLUMN_GAP : 0}>
            {lines.slice(from, from + height - 1).map((line, k) => (
              <Text key={k} wrap="truncate-end">
                {line}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
