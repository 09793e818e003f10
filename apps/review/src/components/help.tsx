import { Box, Text } from 'ink';
import { KEY_HELP } from '../keys.js';

/** The `?` overlay: every key and what it does. */
export function HelpOverlay({ height }: { height: number }) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold>Keys</Text>
      {KEY_HELP.map(([keys, what]) => (
        <Text key={keys} wrap="truncate-end">
          {'  '}
          {keys.padEnd(12)}
          {what}
        </Text>
      ))}
    </Box>
  );
}
