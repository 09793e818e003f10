import type { Score, ScoreOptions } from '@mtlint/core';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { commandFor, HELP_LINE, splitKeys } from '../keys.js';
import type { FoundItems, ReviewFeed } from '../review-feed.js';
import { countStatuses, positionIn, projectedScore, reduce, visibleItems, type Action, type ReviewState } from '../state.js';
import { FieldView } from './field.js';
import { FindingView } from './finding.js';
import { Header } from './header.js';
import { HelpOverlay } from './help.js';
import { FindingList } from './list.js';

export interface AppProps {
  /** The file name as the header shows it. */
  file: string;
  initial: ReviewState;
  /** The score of the text before any change; until the file is linted to its end, `feed` gives it then. */
  score?: Score;
  /**
   * The lint of the rest of the file when `initial` holds only what its first stretches found: the
   * app pulls it in short turns between key presses, adds what it finds, and takes the score at the end.
   */
  feed?: ReviewFeed;
  /** The options it was scored with (weights, perWords), for the score after the accepted changes. */
  scoring?: ScoreOptions;
  color: boolean;
  /** Writes the result of these decisions on these items; resolves to what was written, rejects with why not. */
  save(review: Pick<ReviewState, 'items' | 'decisions'>): Promise<string>;
  /** Fixed size, for tests; otherwise the terminal's, followed as it is resized. */
  size?: { columns: number; rows: number };
}

/** The terminal's size, updated when it is resized. */
function useTerminalSize(fixed: AppProps['size']): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = useCallback(() => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 }), [stdout]);
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, read, fixed]);
  return fixed ?? size;
}

/** How long the lint may keep the app busy between two looks at the keyboard: well under a key press's felt lag. */
const TURN_MS = 20;
/**
 * How often the screen shows what the lint has found meanwhile; at once while the cursor is within a
 * list's height of the last item, where the next key press may look for more.
 */
const REDRAW_MS = 250;
/** The most rows the list takes (see `layout`). */
const LIST_MAX_ROWS = 10;

/**
 * Pulls the rest of the file's findings from `feed`, in turns of a few stretches with the keyboard
 * read in between, and returns the score once there is one.
 */
function useLintToTheEnd(
  feed: ReviewFeed | undefined,
  stateRef: { current: ReviewState },
  dispatch: (action: Action) => void,
  known: Score | undefined,
): Score | undefined {
  const [score, setScore] = useState(known);
  useEffect(() => {
    if (!feed || stateRef.current.progress >= 1) return;
    let next: NodeJS.Immediate | undefined;
    // Found items wait for the next redraw, a few a second: redrawing after every turn made the
    // lint of a 1 MB file take a fifth to a third longer.
    let found: FoundItems = { items: [], progress: stateRef.current.progress };
    let drawn = performance.now();
    const pull = () => {
      // Stretches for up to a turn's worth of time, then a look at the keyboard.
      const turnEnds = performance.now() + TURN_MS;
      do {
        const more = feed.next();
        for (const item of more.items) found.items.push(item);
        found.progress = more.progress;
      } while (found.progress < 1 && performance.now() < turnEnds);
      const { items, cursor } = stateRef.current;
      const nearTheEnd = found.items.length > 0 && items.length - cursor <= LIST_MAX_ROWS;
      if (found.progress >= 1 || nearTheEnd || performance.now() - drawn >= REDRAW_MS) {
        dispatch({ type: 'found', ...found });
        found = { items: [], progress: found.progress };
        drawn = performance.now();
      }
      if (found.progress < 1) next = setImmediate(pull);
      else {
        next = undefined;
        setScore(feed.score());
      }
    };
    next = setImmediate(pull);
    return () => {
      if (next) clearImmediate(next);
    };
  }, [feed, stateRef, dispatch]);
  return score;
}

/**
 * Rows of the screen: header 2, rule 1, details, rule 1, list, status line 1, and one row spare:
 * Ink redraws the whole screen, flickering, when its output is as tall as the terminal.
 */
function layout(rows: number): { details: number; list: number } {
  const list = Math.max(2, Math.min(LIST_MAX_ROWS, Math.floor((rows - 6) * 0.35)));
  return { list, details: Math.max(3, rows - 6 - list) };
}

export function App({ file, initial, score: knownScore, feed, scoring, color, save, size: fixedSize }: AppProps) {
  // The reducer runs here, not in React's queue, so that a key pressed before the screen caught up
  // with the previous one is read in the right mode.
  const [state, setState] = useState(initial);
  const stateRef = useRef(state);
  const dispatch = useCallback((action: Action) => {
    stateRef.current = reduce(stateRef.current, action);
    setState(stateRef.current);
  }, []);
  const score = useLintToTheEnd(feed, stateRef, dispatch, knownScore);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(fixedSize);
  const { details, list } = layout(rows);

  const visible = useMemo(() => visibleItems(state), [state.items, state.decisions, state.blockedBy, state.filter, state.fold, state.text]);
  const counts = useMemo(() => countStatuses(state), [state.decisions, state.blockedBy]);
  const scoreAfter = useMemo(() => score && projectedScore(score, state, scoring), [score, scoring, state.items, state.decisions]);

  useEffect(() => {
    if (state.mode.name === 'quit') exit();
  }, [state.mode.name, exit]);

  const runSave = useCallback(
    (quit: boolean) => {
      const { items, decisions } = stateRef.current;
      save({ items, decisions }).then(
        (message) => dispatch({ type: 'saved', decisions, message, quit }),
        (e: unknown) => dispatch({ type: 'save-failed', message: e instanceof Error ? e.message : String(e) }),
      );
    },
    [save, dispatch],
  );

  useInput((input, key) => {
    for (const [char, flags] of splitKeys(input, key)) {
      // Each key is read in the mode the previous one left: `/` then `w` types into the filter.
      const command = commandFor(stateRef.current.mode, char, flags, list);
      if (!command) continue;
      if (command.type === 'save') runSave(command.quit);
      else dispatch(command);
    }
  });


  const position = positionIn(visible, state.cursor);
  const rule = (label: string) => <Text dimColor={color} wrap="truncate-end">{`── ${label} `.padEnd(columns, '─')}</Text>;
  const listLabel = [
    `${visible.length} of ${state.items.length} listed`,
    ...(state.filter ? [`filter "${state.filter}"`] : []),
    ...(state.fold ? ['finished folded (f shows them)'] : []),
  ].join(' · ');

  return (
    <Box flexDirection="column" width={columns}>
      <Header
        file={file}
        scores={score && scoreAfter !== undefined ? { now: score.score, after: scoreAfter } : undefined}
        progress={state.progress}
        counts={counts}
        color={color}
      />
      {state.mode.name === 'help' ? (
        <>
          {rule('help')}
          <HelpOverlay height={details + 1 + list} />
        </>
      ) : (
        <>
          {rule('finding')}
          {position >= 0 ? (
            <FindingView
              state={state}
              index={state.cursor}
              position={position + 1}
              listed={visible.length}
              width={columns}
              height={details}
              color={color}
            />
          ) : (
            <Box height={details}>
              <Text>{state.filter ? `No finding matches "${state.filter}".` : 'Every finding is decided; f shows them again.'}</Text>
            </Box>
          )}
          {rule(listLabel)}
          <FindingList state={state} visible={visible} height={list} color={color} />
        </>
      )}
      <StatusLine state={state} color={color} />
    </Box>
  );
}

/** The bottom line: the last action's result, the question or field of the current mode, or the keys. */
function StatusLine({ state, color }: { state: ReviewState; color: boolean }) {
  if (state.mode.name === 'filter') {
    return (
      <Box>
        <Text>/ </Text>
        <FieldView field={state.mode.field} placeholder="rule id or text; enter applies, esc cancels" />
      </Box>
    );
  }
  if (state.mode.name === 'confirm-quit') {
    return (
      <Text wrap="truncate-end" color={color ? 'yellow' : undefined}>
        Unsaved changes. Save before quitting? y save and quit · n quit without saving · esc stay
      </Text>
    );
  }
  if (state.notice) {
    return (
      <Text wrap="truncate-end" color={color ? (state.notice.error ? 'red' : 'green') : undefined}>
        {state.notice.text}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end" dimColor={color}>
      {HELP_LINE}
    </Text>
  );
}
