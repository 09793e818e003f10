import { Box, Text } from 'ink';
import type { Counts } from '../state.js';

export interface HeaderProps {
  file: string;
  /** Document score of the text as it is. */
  scoreNow: number;
  /** Document score once the accepted and edited changes are applied. */
  scoreAfter: number;
  counts: Counts;
  color: boolean;
}

/** Two lines: the file and the scores, then how many findings are in each state. */
export function Header({ file, scoreNow, scoreAfter, counts, color }: HeaderProps) {
  const total = counts.pending + counts.accepted + counts.edited + counts.rejected + counts.blocked;
  const parts = [
    `${counts.pending} pending`,
    `${counts.accepted} accepted`,
    `${counts.edited} edited`,
    `${counts.rejected} rejected`,
    ...(counts.blocked > 0 ? [`${counts.blocked} overlapping`] : []),
  ];
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Box flexShrink={1}>
          <Text bold={color} wrap="truncate-middle">
            mtlint review {file}
          </Text>
        </Box>
        <Box flexShrink={0} marginLeft={2}>
          <Text>
            score {scoreNow.toFixed(1)} → <Text bold={color} color={color ? (scoreAfter > scoreNow ? 'green' : undefined) : undefined}>{scoreAfter.toFixed(1)}</Text> if applied
          </Text>
        </Box>
      </Box>
      <Text wrap="truncate-end">
        {total} {total === 1 ? 'finding' : 'findings'}: {parts.join(' · ')}
      </Text>
    </Box>
  );
}
