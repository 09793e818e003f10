import { Box, Text } from 'ink';
import { oneLine, partText, wordDiff } from '../diff.js';
import { editPrefill, viewWindow, type ReviewItem } from '../items.js';
import { previewChange, statusOf, type ReviewState } from '../state.js';
import { shownText, type TextForm } from '../text-form.js';
import { cutText, fitLines, widthOf, wrapRuns, type Line, type Run } from '../wrap.js';
import { FieldView } from './field.js';
import { DrawnLine, type RunStyle, type StyledRun } from './line.js';
import { STATUS_COLOR, STATUS_LABEL } from './list.js';

export interface FindingViewProps {
  state: ReviewState;
  index: number;
  /** Position in the listed findings and how many are listed, for "3/16". */
  position: number;
  listed: number;
  width: number;
  height: number;
  color: boolean;
}

/** Below this width the suggestions go above the diff instead of beside it. */
const SIDE_BY_SIDE_MIN_WIDTH = 70;

type Style = 'plain' | 'dim' | 'span' | 'removed' | 'added' | 'removed-space' | 'added-space';

/** The current finding: what and why, the sentence with the span marked, the suggestions beside the diff. */
export function FindingView({ state, index, position, listed, width, height, color }: FindingViewProps) {
  const item = state.items[index]!;
  const { finding } = item;
  const status = statusOf(state, index);
  const decision = state.decisions[index];
  const { mode } = state;
  const editing = mode.name === 'edit' && index === state.cursor;
  const sideBySide = width >= SIDE_BY_SIDE_MIN_WIDTH && !editing;
  const suggestionWidth = sideBySide ? Math.min(36, Math.floor(width * 0.38)) : width;
  const diffWidth = sideBySide ? width - suggestionWidth - 2 : width;

  // Enough of a long sentence either side of the finding for the rows there are; cut at spaces.
  const shown = viewWindow(state.text, item, Math.max(80, width * Math.max(2, height)));
  // Wrapped a column short, to leave room for the "…" that marks a cut line.
  const sentenceLines = wrapRuns(sentenceRuns(state.text, state.form, item, shown, color), width - 1);
  const { before, after } = previewChange(state, index, shown);
  const cut = { start: shown.start > item.context.start ? '…' : '', end: shown.end < item.context.end ? '…' : '' };
  const diffLines = wrapRuns(diffRuns(before, after, cut, color), diffWidth - 1);
  const messageLines = wrapRuns([{ text: finding.message, style: 'plain' as Style }], width);
  const hintLines = finding.sourceHint ? wrapRuns([{ text: `Looks like MT of: ${finding.sourceHint}`, style: 'dim' as Style }], width) : [];
  const sourceLines = item.source ? wrapRuns([{ text: `source, line ${item.source.line}: ${oneLine(item.source.text)}`, style: 'dim' as Style }], width) : [];
  const fieldRows = editing ? Math.min(4, Math.ceil((mode.field.text.length + 3) / width)) : 0;
  const suggestionRows = editing ? fieldRows : Math.max(1, Math.min(9, finding.suggestions.length)) + (decision?.kind === 'edited' ? 1 : 0);

  // Rows by priority: the sentence and its diff always show (two rows each at least), then the
  // suggestions, the message, the rest of the sentence and diff, the source segment, the hint, and
  // blank rows between the parts.
  let left = height - 1;
  const take = (want: number) => {
    const got = Math.max(0, Math.min(want, left));
    left -= got;
    return got;
  };
  const rows = { sentence: take(Math.min(2, sentenceLines.length)), diff: take(Math.min(2, diffLines.length) + 1), suggestions: 0, message: 0, source: 0, hint: 0, gaps: 0 };
  // Stacked, the suggestions take rows of their own; side by side, the diff's rows and any more they need.
  if (!sideBySide) rows.suggestions = take(2);
  rows.message = take(messageLines.length);
  rows.sentence += take(sentenceLines.length - rows.sentence);
  rows.diff += take(diffLines.length + 1 - rows.diff);
  rows.suggestions += sideBySide ? rows.diff + take(1 + suggestionRows - rows.diff) : take(1 + suggestionRows - rows.suggestions);
  rows.source = take(sourceLines.length);
  rows.hint = take(hintLines.length);
  rows.gaps = take(2);

  const focus = Math.max(0, sentenceLines.findIndex((line) => line.some((run) => run.style === 'span')));
  const sentenceStart = Math.max(0, sentenceLines.findIndex((line) => line.some((run) => run.style !== 'dim')));
  const diffFocus = Math.max(0, diffLines.findIndex((line) => line.some((run) => run.style !== 'plain' && run.style !== 'dim')));
  const ellipsis: Style = 'plain';
  const draw = (lines: Line<Style>[], key: string) => lines.map((line, n) => <DrawnLine key={`${key}${n}`} runs={line.map((run) => ({ text: run.text, style: styleOf(run.style, color) }))} />);

  const suggestions = (
    <Box flexDirection="column" width={suggestionWidth} flexShrink={0} marginRight={sideBySide ? 2 : 0} height={rows.suggestions} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {editing ? `Edit the ${mode.whole ? 'sentence' : 'words'} (enter keeps, esc cancels)` : finding.suggestions.length > 1 ? 'Suggestions' : 'Suggestion'}
      </Text>
      {editing ? (
        <Box>
          <Box width={2} flexShrink={0}>
            <Text>›</Text>
          </Box>
          <FieldView field={mode.field} wrap={mode.field.text.length + 3 > width} />
        </Box>
      ) : finding.suggestions.length === 0 ? (
        <Text dimColor={color} wrap="truncate-end">
          none: e edits the sentence
        </Text>
      ) : (
        // As many as the rows allow (Yoga would otherwise squeeze the heading out).
        finding.suggestions.slice(0, Math.min(9, rows.suggestions - 1)).map((_, n) => {
          const chosen = decision?.kind === 'accepted' && decision.alternative === n;
          const highlighted = !decision && index === state.cursor && n === state.highlight;
          // The flagged words as the suggestion writes them: "step, while" says more than ",".
          const written = shownText(state.form, editPrefill(state.text, item, n));
          return (
            <Text key={n} wrap="truncate-end" bold={chosen || highlighted} inverse={color && highlighted}>
              {chosen ? '✓' : highlighted ? '›' : ' '}
              {n + 1} {written ? oneLine(written) : `(delete "${oneLine(shownText(state.form, state.text.slice(item.region.start, item.region.end)))}")`}
            </Text>
          );
        })
      )}
      {decision?.kind === 'edited' && !editing ? <Text bold>✓ edited (the diff shows it)</Text> : null}
    </Box>
  );

  const diff = (
    <Box flexDirection="column" flexGrow={1} flexShrink={1} height={rows.diff} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {status === 'pending' || editing ? 'The sentence would read' : 'The sentence will read'}
        {before === after ? <Text dimColor={color}> (unchanged)</Text> : null}
      </Text>
      {draw(fitLines(diffLines, rows.diff - 1, diffFocus, diffWidth, ellipsis), 'd')}
    </Box>
  );

  const gap = (n: number) => (rows.gaps >= n ? <Text> </Text> : null);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <DrawnLine runs={titleRuns(`[${position}/${listed}] ${finding.ruleId}`, { text: STATUS_LABEL[status], style: { color: color ? STATUS_COLOR[status] : undefined, bold: true } }, ` · ${finding.category} · ${finding.mqmSeverity} · ${item.line}:${item.column}`, width)} />
      {draw(fitLines(messageLines, rows.message, 0, width, ellipsis), 'm')}
      {draw(fitLines(hintLines, rows.hint, 0, width, ellipsis), 'h')}
      {gap(2)}
      {draw(fitLines(sourceLines, rows.source, 0, width, ellipsis), 's')}
      {draw(fitLines(sentenceLines, rows.sentence, focus, width, ellipsis, sentenceStart), 'c')}
      {gap(1)}
      <Box flexDirection={sideBySide ? 'row' : 'column'} flexShrink={0}>
        {rows.suggestions > 0 ? suggestions : null}
        {diff}
      </Box>
    </Box>
  );
}

/**
 * The sentence as runs: the flagged span marked (bold and underlined in colour, between «» without),
 * "…" where a long sentence is cut, and with colour the previous and the next sentence, dimmed (the
 * rows there are show as much of them as fits).
 */
function sentenceRuns(text: string, form: TextForm | undefined, item: ReviewItem, shown: { start: number; end: number }, color: boolean): Run<Style>[] {
  const { finding, context } = item;
  // A stretch of the file as it reads: a PO string's escapes decoded and its continued lines joined.
  const read = (start: number, end: number) => oneLine(shownText(form, text.slice(start, end)));
  const spanStart = Math.max(shown.start, Math.min(finding.start, shown.end));
  const spanEnd = Math.max(spanStart, Math.min(finding.end, shown.end));
  const runs: Run<Style>[] = [];
  // The sentences around it, dimmed: with colour only, as without it they would read as part of it.
  const around = (span: { start: number; end: number } | undefined) => (color && span && !item.source ? oneLine(text.slice(span.start, span.end)).trim() : '');
  const previous = shown.start === context.start ? around(item.previous) : '';
  if (previous) runs.push({ text: `${previous} `, style: 'dim' });
  if (shown.start > context.start) runs.push({ text: '…', style: 'plain' });
  runs.push({ text: read(shown.start, spanStart), style: 'plain' });
  runs.push({ text: color ? read(spanStart, spanEnd) : `«${read(spanStart, spanEnd)}»`, style: 'span' });
  runs.push({ text: read(spanEnd, shown.end), style: 'plain' });
  if (shown.end < context.end) runs.push({ text: '…', style: 'plain' });
  else {
    const next = around(item.next);
    if (next) runs.push({ text: ` ${next}`, style: 'dim' });
  }
  return runs.filter((r) => r.text !== '');
}

/** The word diff as runs; an inserted or deleted space shows as a coloured "·", so it can be seen. */
function diffRuns(before: string, after: string, cut: { start: string; end: string }, color: boolean): Run<Style>[] {
  const runs: Run<Style>[] = cut.start ? [{ text: cut.start, style: 'plain' }] : [];
  for (const part of wordDiff(before, after)) {
    const text = partText(part, !color);
    if (part.kind === 'same' || !color) runs.push({ text, style: part.kind === 'same' ? 'plain' : part.kind === 'added' ? 'added' : 'removed' });
    else if (text.trim() === '') runs.push({ text: '·'.repeat(text.length), style: part.kind === 'added' ? 'added-space' : 'removed-space' });
    else runs.push({ text, style: part.kind });
  }
  if (cut.end) runs.push({ text: cut.end, style: 'plain' });
  return runs.filter((r) => r.text !== '');
}

/** The finding's first line, its rule and status bold, cut to the width as Ink would cut it ("…"). */
function titleRuns(rule: string, status: StyledRun, rest: string, width: number): StyledRun[] {
  const runs: StyledRun[] = [{ text: rule, style: { bold: true } }, { text: ' · ' }, status, { text: rest }];
  const all = runs.map((run) => run.text).join('');
  if (widthOf(all) <= width) return runs;
  // The text cut as one, each run keeping its part of it: the "…" takes the style of the run it ends.
  const cut = cutText(all, width);
  let at = 0;
  return runs.map((run) => {
    const part = cut.slice(at, at + run.text.length);
    at += run.text.length;
    return { ...run, text: part };
  });
}

/** How a run of each style is drawn; without colour, the markers in the text carry it. */
function styleOf(style: Style, color: boolean): RunStyle | undefined {
  switch (style) {
    case 'dim':
      return { dimColor: color };
    case 'span':
      return { bold: color, underline: color, color: color ? 'yellow' : undefined };
    case 'removed':
      return { color: color ? 'red' : undefined, strikethrough: color };
    case 'added':
      return { color: color ? 'green' : undefined, bold: color };
    case 'removed-space':
      return { backgroundColor: 'red' };
    case 'added-space':
      return { backgroundColor: 'green' };
    default:
      return undefined;
  }
}
