import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { oneLine, partText, wordDiff } from '../diff.js';
import { contextChange, pendingEdit, statusOf, type ReviewState } from '../state.js';
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
  onDraft(draft: string): void;
  onCommit(): void;
}

/** Below this width the suggestions go above the diff instead of beside it. */
const SIDE_BY_SIDE_MIN_WIDTH = 70;

/** The current finding: what and why, the sentence with the span marked, the suggestions beside the diff. */
export function FindingView({ state, index, position, listed, width, height, color, onDraft, onCommit }: FindingViewProps) {
  const item = state.items[index]!;
  const { finding } = item;
  const status = statusOf(state, index);
  const decision = state.decisions[index];
  const editing = state.mode.name === 'edit';
  const sentence = state.text.slice(item.context.start, item.context.end);
  const spanStart = finding.start - item.context.start;
  const spanEnd = finding.end - item.context.start;
  const { before, after } = contextChange(state, index, pendingEdit(state, index));
  const parts = wordDiff(before, after);
  const sideBySide = width >= SIDE_BY_SIDE_MIN_WIDTH;
  const suggestionWidth = sideBySide ? Math.min(36, Math.floor(width * 0.38)) : width;

  const suggestions = (
    <Box flexDirection="column" width={suggestionWidth} flexShrink={0} marginRight={sideBySide ? 2 : 0}>
      <Text bold>{editing ? 'Edit (enter keeps, esc cancels)' : finding.suggestions.length > 1 ? 'Suggestions' : 'Suggestion'}</Text>
      {editing && state.mode.name === 'edit' ? (
        <Box>
          <Text>› </Text>
          <TextInput value={state.mode.draft} onChange={onDraft} onSubmit={onCommit} />
        </Box>
      ) : finding.suggestions.length === 0 ? (
        <Text dimColor={color}>none: press e to write one</Text>
      ) : (
        finding.suggestions.slice(0, 9).map((s, n) => {
          const chosen = decision?.kind === 'accepted' && decision.alternative === n;
          return (
            <Text key={n} wrap="wrap" bold={chosen}>
              {chosen ? '✓' : ' '}
              {n + 1} {s.replacement ? oneLine(s.replacement) : `(delete "${oneLine(state.text.slice(s.start, s.end))}")`}
            </Text>
          );
        })
      )}
      {decision?.kind === 'edited' && !editing ? <Text bold>✓ edited: {oneLine(decision.replacement)}</Text> : null}
    </Box>
  );

  const diff = (
    <Box flexDirection="column" flexGrow={1} flexShrink={1}>
      <Text bold>{status === 'pending' || editing ? 'The sentence would read' : 'The sentence will read'}</Text>
      <Text wrap="wrap">
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
        {before === after ? <Text dimColor={color}> (unchanged)</Text> : null}
      </Text>
    </Box>
  );

  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text wrap="truncate-end">
        <Text bold>
          [{position}/{listed}] {finding.ruleId}
        </Text>
        {' · '}
        {finding.category} · {finding.mqmSeverity} · {finding.severity} · line {item.line}:{item.column} ·{' '}
        <Text color={color ? STATUS_COLOR[status] : undefined} bold>
          {STATUS_LABEL[status]}
        </Text>
      </Text>
      <Text wrap="wrap">{finding.message}</Text>
      {finding.sourceHint ? <Text wrap="wrap" dimColor={color}>Looks like MT of: {finding.sourceHint}</Text> : null}
      <Box marginTop={1}>
        <Text wrap="wrap">
          {oneLine(sentence.slice(0, spanStart))}
          <Text bold={color} underline={color} color={color ? 'yellow' : undefined}>
            {color ? '' : '«'}
            {oneLine(sentence.slice(spanStart, spanEnd))}
            {color ? '' : '»'}
          </Text>
          {oneLine(sentence.slice(spanEnd))}
        </Text>
      </Box>
      <Box marginTop={1} flexDirection={sideBySide ? 'row' : 'column'}>
        {suggestions}
        {diff}
      </Box>
    </Box>
  );
}
