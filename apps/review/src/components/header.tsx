import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Counts } from '../state.js';

export interface HeaderProps {
  file: string;
  /**
   * Document score of the text as it is, and once the accepted and edited changes are applied;
   * none until the file is linted to its end.
   */
  scores: { now: number; after: number } | undefined;
  /** How much of the file is linted, 0–1. */
  progress: number;
  counts: Counts;
  color: boolean;
}

/** Two lines: the file and the scores (or how far the lint has got), then how many findings are in each state. */
export const Header = memo(function Header({ file, scores, progress, counts, color }: HeaderProps) {
  const total = counts.pending + counts.accepted + counts.edited + counts.rejected + counts.blocked;
  const parts = [
    `${counts.pending} pending`,
    `${counts.accepted} accepted`,
    `${counts.edited} edited`,
    `${counts.rejected} rejected`,
    ...(counts.blocked > 0 ? [`${counts.blocked} overlapping`] : []),
  ];
  const more = progress < 1 ? ' so far' : '';
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Box flexShrink={1}>
          <Text bold={color} wrap="truncate-middle">
            mtlint review {file}
          </Text>
        </Box>
        <Box flexShrink={0} marginLeft={2}>
          {scores ? (
            <Text>
              score {scores.now.toFixed(1)} →{' '}
              <Text bold={color} color={color ? (scores.after > scores.now ? 'green' : undefined) : undefined}>
                {scores.after.toFixed(1)}
              </Text>{' '}
              if applied
            </Text>
          ) : (
            <Text color={color ? 'yellow' : undefined}>linting… {Math.floor(progress * 100)}%</Text>
          )}
        </Box>
      </Box>
      <Text wrap="truncate-end">
        {total} {total === 1 ? 'finding' : 'findings'}{more}: {parts.join(' · ')}
      </Text>
    </Box>
  );
});
