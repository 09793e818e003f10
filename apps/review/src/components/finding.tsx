import type { Finding } from '@mtlint/core';
import { Box, Text } from 'ink';
import { oneLine, partText, wordDiff } from '../diff.js';
import { editPrefill, viewWindow } from '../items.js';
import { previewChange, statusOf, type ReviewState } from '../state.js';
import { FieldView } from './field.js';
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

/** The current finding: what and why, the sentence with the span marked, the suggestions beside the diff. */
export function FindingView({ state, index, position, listed, width, height, color }: FindingViewProps) {
  const item = state.items[index]!;
  const { finding } = item;
  const status = statusOf(state, index);
  const decision = state.decisions[index];
  const editing = state.mode.name === 'edit';
  const sideBySide = width >= SIDE_BY_SIDE_MIN_WIDTH;
  const suggestionWidth = sideBySide ? Math.min(36, Math.floor(width * 0.38)) : width;
  const diffWidth = sideBySide ? width - suggestionWidth - 2 : width;
  const shown = viewWindow(state.text, item, reachFor({ height, width, diffWidth, finding, regionLength: item.region.end - item.region.start }));
  const cutStart = shown.start > item.context.start ? '…' : '';
  const cutEnd = shown.end < item.context.end ? '…' : '';
  const sentence = state.text.slice(shown.start, shown.end);
  const spanStart = Math.max(0, finding.start - shown.start);
  const spanEnd = Math.min(sentence.length, finding.end - shown.start);
  const { before, after } = previewChange(state, index, shown);
  const parts = wordDiff(before, after);

  const suggestions = (
    <Box flexDirection="column" width={suggestionWidth} flexShrink={0} marginRight={sideBySide ? 2 : 0}>
      <Text bold>{editing ? 'Edit (enter keeps, esc cancels)' : finding.suggestions.length > 1 ? 'Suggestions' : 'Suggestion'}</Text>
      {state.mode.name === 'edit' ? (
        <Box>
          <Text>› </Text>
          <FieldView field={state.mode.field} />
        </Box>
      ) : finding.suggestions.length === 0 ? (
        <Text dimColor={color}>none: press e to write one</Text>
      ) : (
        finding.suggestions.slice(0, 9).map((_, n) => {
          const chosen = decision?.kind === 'accepted' && decision.alternative === n;
          const highlighted = !decision && index === state.cursor && n === state.highlight;
          // The flagged words as the suggestion writes them: "step, while" says more than ",".
          const written = editPrefill(state.text, item, n);
          return (
            <Text key={n} wrap="wrap" bold={chosen || highlighted} inverse={color && highlighted}>
              {chosen ? '✓' : highlighted ? '›' : ' '}
              {n + 1} {written ? oneLine(written) : `(delete "${oneLine(state.text.slice(item.region.start, item.region.end))}")`}
            </Text>
          );
        })
      )}
      {decision?.kind === 'edited' && !editing ? <Text bold>✓ edited (the diff shows it)</Text> : null}
    </Box>
  );

  const diff = (
    <Box flexDirection="column" flexGrow={1} flexShrink={1}>
      <Text bold>{status === 'pending' || editing ? 'The sentence would read' : 'The sentence will read'}</Text>
      <Text wrap="wrap">
        {cutStart}
        {parts.map((p, n) => (
          <Text
            key={n}
            color={color ? (p.kind === 'removed' ? 'red' : p.kind === 'added' ? 'green' : undefined) : undefined}
            strikethrough={color && p.kind === 'removed'}
            bold={color && p.kind === 'added'}
          >
            {partText(p, !color)}
          </Text>
        ))}
        {cutEnd}
        {before === after ? <Text dimColor={color}> (unchanged)</Text> : null}
      </Text>
    </Box>
  );

  // Yoga shrinks what may shrink when the content is taller than the box: only the sentence may,
  // so the rule, the message and the diff stay whole.
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Box flexShrink={0}>
        <Text wrap="truncate-end">
          <Text bold>
            [{position}/{listed}] {finding.ruleId}
          </Text>
          {' · '}
          <Text color={color ? STATUS_COLOR[status] : undefined} bold>
            {STATUS_LABEL[status]}
          </Text>
          {' · '}
          {finding.category} · {finding.mqmSeverity} · {item.line}:{item.column}
        </Text>
      </Box>
      <Box flexShrink={0}>
        <Text wrap="wrap">{finding.message}</Text>
      </Box>
      {finding.sourceHint ? (
        <Box flexShrink={0}>
          <Text wrap="wrap" dimColor={color}>
            Looks like MT of: {finding.sourceHint}
          </Text>
        </Box>
      ) : null}
      <Box marginTop={1} flexShrink={1} overflow="hidden">
        <Text wrap="wrap">
          {cutStart}
          {oneLine(sentence.slice(0, spanStart))}
          <Text bold={color} underline={color} color={color ? 'yellow' : undefined}>
            {color ? '' : '«'}
            {oneLine(sentence.slice(spanStart, spanEnd))}
            {color ? '' : '»'}
          </Text>
          {oneLine(sentence.slice(spanEnd))}
          {cutEnd}
        </Text>
      </Box>
      <Box marginTop={1} flexShrink={0} flexDirection={sideBySide ? 'row' : 'column'}>
        {suggestions}
        {diff}
      </Box>
    </Box>
  );
}

/**
 * How many characters either side of the finding fit: the rows left after the rule line, the
 * message, the hint and the headings, shared by the sentence (full width) and the diff (its
 * column, and a little longer for its markers).
 */
function reachFor(o: { height: number; width: number; diffWidth: number; finding: Finding; regionLength: number }): number {
  const lines = (text: string) => Math.ceil(text.length / o.width);
  const fixed = 1 + lines(o.finding.message) + (o.finding.sourceHint ? lines(`Looks like MT of: ${o.finding.sourceHint}`) : 0) + 3;
  const rows = Math.max(2, o.height - fixed);
  const chars = rows / (1 / o.width + 1.3 / o.diffWidth);
  return Math.max(20, Math.floor((chars - o.regionLength) / 2));
}
