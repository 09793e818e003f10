import { Box } from 'ink';
import { memo, useMemo } from 'react';
import { oneLine } from '../diff.js';
import type { ReviewItem } from '../items.js';
import { positionIn, statusOf, type ReviewState, type Status } from '../state.js';
import { textIndexAt } from '../text-form.js';
import { cutText } from '../wrap.js';
import { DrawnLine } from './line.js';

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  pending: 'pending',
  accepted: 'accepted',
  edited: 'edited',
  rejected: 'rejected',
  blocked: 'overlaps',
};

export const STATUS_COLOR: Readonly<Record<Status, string | undefined>> = {
  pending: 'yellow',
  accepted: 'green',
  edited: 'cyan',
  rejected: 'red',
  blocked: 'gray',
};

/** The status column: the longest label and a space. */
const STATUS_WIDTH = 9;
/** How much text before the flagged span a list row shows. */
const LEAD = 24;
/** The line:column column's width when every place is shorter: up to line 999, column 999. */
const PLACE_WIDTH = 8;
/** The rule column's width when every rule id is shorter: most are, and the column keeps its place. */
const RULE_WIDTH = 25;

export interface FindingListProps {
  state: ReviewState;
  /** Indices of the items to list (filtered, folded). */
  visible: readonly number[];
  height: number;
  /** The screen's width in columns. */
  width: number;
  color: boolean;
}

/**
 * The first row of a window of `height` rows over `count` rows that keeps `at` in view, centred
 * when it can be.
 */
function windowStart(count: number, height: number, at: number): number {
  if (count <= height) return 0;
  return Math.max(0, Math.min(count - height, at - Math.floor(height / 2)));
}

/** A window of the findings around the cursor; only the rows in view are rendered. */
export function FindingList({ state, visible, height, width, color }: FindingListProps) {
  const at = Math.max(0, positionIn(visible, state.cursor));
  const first = windowStart(visible.length, height, at);
  const rows = visible.slice(first, first + height);
  // As wide as the longest rule id of the file and a space, so that no id runs into the status.
  const ruleWidth = useMemo(() => state.items.reduce((width, item) => Math.max(width, item.finding.ruleId.length + 1), RULE_WIDTH), [state.items]);
  // As wide as the longest line:column of the file and a space: 12243:79 must not run into the rule id.
  const placeWidth = useMemo(() => state.items.reduce((width, item) => Math.max(width, `${item.line}:${item.column}`.length + 1), PLACE_WIDTH), [state.items]);
  // Cut to what the row holds, as the widest terminal draws it (`cutText`): Ink measures an emoji with a
  // skin tone as two columns, and a row a terminal draws wider would wrap and push the header away.
  const columns = width - 2 - placeWidth - ruleWidth - STATUS_WIDTH;
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {rows.map((i) => {
        const item = state.items[i]!;
        return (
          <Row
            key={i}
            here={i === state.cursor}
            place={`${item.line}:${item.column}`.padEnd(placeWidth)}
            rule={item.finding.ruleId.padEnd(ruleWidth)}
            status={statusOf(state, i)}
            preview={previewOf(state, item, columns)}
            color={color}
          />
        );
      })}
    </Box>
  );
}

interface RowProps {
  here: boolean;
  place: string;
  rule: string;
  status: Status;
  preview: string;
  color: boolean;
}

/** One row of the list; of strings only, so that a row that did not change is not rendered again as the list scrolls. */
const Row = memo(function Row({ here, place, rule, status, preview, color }: RowProps) {
  return (
    <DrawnLine
      style={{ inverse: color && here, bold: here }}
      runs={[{ text: `${here ? '▸ ' : '  '}${place}${rule}` }, { text: STATUS_LABEL[status].padEnd(STATUS_WIDTH), style: { color: color ? STATUS_COLOR[status] : undefined } }, { text: preview }]}
    />
  );
});

/** The previews made, per item and width: the rows in view are mostly those of the frame before. */
const previews = new WeakMap<ReviewItem, { columns: number; of: string; text: string }>();

/** An item's row text cut to `columns`; first to a little more than that many characters, as measuring is per grapheme. */
function previewOf(state: ReviewState, item: ReviewItem, columns: number): string {
  const made = previews.get(item);
  if (made && made.columns === columns && made.of === state.text) return made.text;
  const text = cutText(oneLine(atMost(rowText(state, item), columns + 1)), columns);
  previews.set(item, { columns, of: state.text, text });
  return text;
}

/** A row's text: the finding's unit or sentence from a little before the finding, as it reads. */
function rowText({ text, form }: ReviewState, { context, finding }: ReviewItem): string {
  if (!form) {
    const from = Math.max(context.start, finding.start - LEAD);
    return (from > context.start ? '…' : '') + text.slice(from, context.end);
  }
  // Counted in the text, not the file's form: a cut inside an escape or between two strings would show raw bytes.
  const unit = form.decode(text.slice(context.start, context.end));
  const from = Math.max(0, textIndexAt(unit, finding.start - context.start) - LEAD);
  return (from > 0 ? '…' : '') + unit.text.slice(from);
}

/** The first `count` characters (code points) of `text`, or all of it: each takes a column or more. */
function atMost(text: string, count: number): string {
  if (text.length <= count) return text;
  return Array.from(text.slice(0, 2 * Math.max(0, count))).slice(0, Math.max(0, count)).join('');
}
