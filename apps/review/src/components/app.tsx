import type { Score, ScoreOptions } from '@mtlint/core';
import { Box, Text, useApp, useInput, useStdin, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { commandFor, HELP_LINE, splitKeys, type Command } from '../keys.js';
import type { FoundItems, ReviewFeed } from '../review-feed.js';
import type { SaveOutcome, SaveRequest } from '../save.js';
import {
  activeFilter,
  contextChange,
  countStatuses,
  positionIn,
  projectedScore,
  reduce,
  visibleItems,
  type Action,
  type Decisions,
  type ReviewState,
} from '../state.js';
import type { ReviewItem } from '../items.js';
import { shownText } from '../text-form.js';
import { cutText } from '../wrap.js';
import { FieldView } from './field.js';
import { FindingView } from './finding.js';
import { Header } from './header.js';
import { helpLayout, HelpOverlay } from './help.js';
import { DrawnLine } from './line.js';
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
  /** Writes the result of these decisions on these items; resolves to what was written or a change on disk found first, rejects with why not. */
  save(request: SaveRequest): Promise<SaveOutcome>;
  /** Whether `output` is the reviewed file itself, which can be read again after a change on disk. */
  isSource(output: string): boolean;
  /** Reads and lints the file again and carries these decisions over (`r` after a change on disk). */
  reload?(review: Pick<ReviewState, 'text' | 'items' | 'decisions'>): Promise<Reloaded>;
  /** Why a save-as path cannot be written (its folder missing…), and whether a file is there. */
  checkTarget(path: string): { problem?: string; exists: boolean };
  /** ctrl-z and ctrl-e: hand the terminal to the shell or to an external editor and take it back. */
  terminal?: {
    suspend(): Promise<void>;
    edit(text: string): { text: string } | { problem: string };
  };
  /** Called with the last state when the person quits: what the summary line says. */
  onQuit?(state: ReviewState): void;
  /** Fixed size, for tests; otherwise the terminal's, followed as it is resized. */
  size?: { columns: number; rows: number };
}

/** The file read and linted again, with the decisions that still apply. */
export interface Reloaded {
  text: string;
  items: readonly ReviewItem[];
  decisions: Decisions;
  message: string;
  score: Score;
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

/**
 * How long the lint may keep the app busy between two looks at the keyboard: a key pressed meanwhile
 * waits for the rest of the turn, half of it on average.
 */
const TURN_MS = 10;
/**
 * How often the screen shows what the lint has found meanwhile; at once while the cursor is within a
 * list's height of the last item, where the next key press may look for more.
 */
const REDRAW_MS = 250;
/** Within this many items of the last one, the next key press may look for more: found items are shown at once. */
const NEAR_THE_END = 10;

/**
 * Pulls the rest of the file's findings from `feed`, in turns of a few stretches with the keyboard
 * read in between, and returns the score once there is one.
 */
function useLintToTheEnd(
  feed: ReviewFeed | undefined,
  stateRef: { current: ReviewState },
  dispatch: (action: Action) => void,
  known: Score | undefined,
  keyPressed: { current: boolean },
): [Score | undefined, (score: Score) => void] {
  const [score, setScore] = useState(known);
  useEffect(() => {
    if (!feed || stateRef.current.progress >= 1) return;
    let next: NodeJS.Immediate | undefined;
    // Found items wait for the next redraw, a few a second: redrawing after every turn made the
    // lint of a 1 MB file take a fifth to a third longer.
    let found: FoundItems = { items: [], progress: stateRef.current.progress };
    let drawn = performance.now();
    const pull = () => {
      // A key came in since the last turn: its frame goes first. React draws it in a task queued after
      // this turn's, so this turn steps back behind it instead of linting before it.
      if (keyPressed.current) {
        keyPressed.current = false;
        next = setImmediate(pull);
        return;
      }
      // Stretches for up to a turn's worth of time, then a look at the keyboard.
      const turnEnds = performance.now() + TURN_MS;
      do {
        const more = feed.next();
        for (const item of more.items) found.items.push(item);
        found.progress = more.progress;
      } while (found.progress < 1 && performance.now() < turnEnds);
      const { items, cursor } = stateRef.current;
      const nearTheEnd = found.items.length > 0 && items.length - cursor <= NEAR_THE_END;
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
  return [score, setScore];
}

/**
 * Rows of the screen: header 2, rule 1, details, rule 1, list, status line 1, and one row spare:
 * Ink redraws the whole screen, flickering, when its output is as tall as the terminal. The details
 * (the finding, its sentence and diff) keep at least 12 rows and take up to 18; the list shrinks
 * first, to 2 rows, and takes the rest of a tall screen.
 */
function layout(rows: number): { details: number; list: number } {
  const room = rows - 6;
  const details = Math.max(Math.min(12, room - 2), Math.min(18, room - 8));
  return { details: Math.max(3, details), list: Math.max(2, room - details) };
}

export function App(props: AppProps) {
  const { file, initial, score: knownScore, scoring, color, save, size: fixedSize } = props;
  // The reducer runs here, not in React's queue, so that a key pressed before the screen caught up
  // with the previous one is read in the right mode.
  const [state, setState] = useState(initial);
  const stateRef = useRef(state);
  const dispatch = useCallback((action: Action) => {
    stateRef.current = reduce(stateRef.current, action);
    setState(stateRef.current);
  }, []);
  // A reload lints the file anew: the lint of the old text stops.
  const [feed, setFeed] = useState(props.feed);
  const keyPressed = useRef(false);
  const [score, setScore] = useLintToTheEnd(feed, stateRef, dispatch, knownScore, keyPressed);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(fixedSize);
  // The save-as prompt takes two more rows (a problem with the path, wrapped), from the list.
  const { details, list: listRows } = layout(rows);
  const list = state.mode.name === 'save-as' ? Math.max(1, listRows - 2) : listRows;
  // The key help takes the whole screen but its spare row: the header and the key line say nothing it needs.
  const helpRows = rows - 1;

  const visible = useMemo(() => visibleItems(state), [state.items, state.decisions, state.blockedBy, state.filter, state.fold, state.text, state.mode]);
  const counts = useMemo(() => countStatuses(state), [state.decisions, state.blockedBy]);
  const scoreAfter = useMemo(() => score && projectedScore(score, state, scoring), [score, scoring, state.items, state.decisions]);
  // The same object while the scores stay, so that the header is not drawn again for a move.
  const scores = useMemo(() => (score && scoreAfter !== undefined ? { now: score.score, after: scoreAfter } : undefined), [score, scoreAfter]);

  useEffect(() => {
    if (state.mode.name !== 'quit') return;
    props.onQuit?.(state);
    exit();
  }, [state.mode.name, exit]);

  const runSave = useCallback(
    async (command: Extract<Command, { type: 'save' }>) => {
      const { text, items, decisions, output: current, mode } = stateRef.current;
      const output = command.output ?? current;
      if (mode.name === 'save-as') {
        const target = props.checkTarget(output);
        if (target.problem) return dispatch({ type: 'save-failed', message: `${target.problem}; nothing written, the review goes on` });
        if (target.exists && output !== current && mode.confirmed !== output) {
          return dispatch({ type: 'confirm-replace', path: output, message: `${output} exists; enter again replaces it, esc keeps it` });
        }
      }
      try {
        const outcome = await save({ review: { text, items, decisions }, output, ...(command.force ? { force: true } : {}) });
        if (outcome.kind === 'changed-on-disk') dispatch({ type: 'changed-on-disk', output, canReload: props.reload !== undefined && props.isSource(output), quit: command.quit });
        else dispatch({ type: 'saved', decisions, message: outcome.message, quit: command.quit, output });
      } catch (e) {
        dispatch({ type: 'save-failed', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [save, dispatch],
  );

  const runReload = useCallback(async () => {
    if (!props.reload) return;
    const { text, items, decisions } = stateRef.current;
    try {
      const fresh = await props.reload({ text, items, decisions });
      setFeed(undefined);
      setScore(fresh.score);
      dispatch({ type: 'reloaded', ...fresh });
    } catch (e) {
      dispatch({ type: 'save-failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, [dispatch]);

  const runOutside = useCallback(
    async (command: Extract<Command, { type: 'external-editor' | 'suspend' }>) => {
      const { terminal } = props;
      if (!terminal) return;
      if (command.type === 'suspend') {
        await terminal.suspend();
        // A notice of its own, so that the frame differs from the last one and Ink draws it whole.
        dispatch({ type: 'notice', text: `Back from the shell at ${new Date().toLocaleTimeString()}.` });
        return;
      }
      const s = stateRef.current;
      if (positionIn(visibleItems(s), s.cursor) < 0) return;
      const item = s.items[s.cursor]!;
      const { after } = contextChange(s, s.cursor, undefined, item.context);
      const edited = terminal.edit(shownText(s.form, after));
      if ('problem' in edited) dispatch({ type: 'notice', text: edited.problem, error: true });
      else dispatch({ type: 'edited-outside', text: edited.text });
    },
    [dispatch],
  );

  // Ink reports the Backspace key (DEL) and the Delete key (ESC [3~) alike; the bytes tell them apart.
  const { internal_eventEmitter: inputEvents } = useStdin();
  const lastInput = useRef('');
  useEffect(() => {
    const onInput = (input: string) => {
      lastInput.current = input;
    };
    inputEvents.on('input', onInput);
    return () => {
      inputEvents.off('input', onInput);
    };
  }, [inputEvents]);

  useInput((input, key) => {
    keyPressed.current = true;
    const forwardDelete = lastInput.current === '\u001B[3~';
    for (const [char, flags] of splitKeys(input, key)) {
      // Each key is read in the mode the previous one left: `/` then `w` types into the filter.
      const { mode } = stateRef.current;
      // pgdn/pgup move by the rows shown: of the list, or of the help less its title.
      const command = commandFor(mode, char, { ...flags, forwardDelete }, mode.name === 'help' ? helpRows - 2 : list);
      if (!command) continue;
      if (command.type === 'scroll') {
        // Help that fits closes on any key, as its title says; help that does not scrolls as far as its last line.
        const max = helpLayout(columns, helpRows - 1).scrollMax;
        dispatch(max > 0 ? { type: 'scroll-help', by: command.by, max } : { type: 'help' });
      } else if (command.type === 'save') void runSave(command);
      else if (command.type === 'reload') void runReload();
      else if (command.type === 'external-editor' || command.type === 'suspend') void runOutside(command);
      else dispatch(command);
    }
  });

  const position = positionIn(visible, state.cursor);
  const rule = (label: string) => <DrawnLine style={{ dimColor: color }} runs={[{ text: cutText(`── ${label} `.padEnd(columns, '─'), columns) }]} />;
  const filter = activeFilter(state);
  const listLabel = [
    `${visible.length} of ${state.items.length} listed`,
    ...(filter ? [`filter "${filter}"`] : []),
    ...(state.fold ? ['finished folded (f shows them)'] : []),
  ].join(' · ');

  if (state.mode.name === 'help') {
    return (
      <Box flexDirection="column" width={columns}>
        <HelpOverlay width={columns} height={helpRows} scroll={state.mode.scroll} color={color} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={columns}>
      <Header
        file={file}
        scores={scores}
        progress={state.progress}
        counts={counts}
        color={color}
      />
      {state.mode.name === 'disk-changed' ? (
        <>
          {rule('changed on disk')}
          <DiskChanged output={state.mode.output} canReload={state.mode.canReload} height={details + 1 + list} color={color} />
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
              <Text>{filter ? `No finding matches "${filter}".` : 'Every finding is decided; f shows them again.'}</Text>
            </Box>
          )}
          {rule(listLabel)}
          <FindingList state={state} visible={visible} height={list} width={columns} color={color} />
        </>
      )}
      <StatusLine state={state} width={columns} color={color} />
    </Box>
  );
}

/** What a save that found the file changed on disk asks: nothing is written until the person chooses. */
function DiskChanged({ output, canReload, height, color }: { output: string; canReload: boolean; height: number; color: boolean }) {
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text wrap="wrap" color={color ? 'yellow' : undefined} bold>
        {output} changed on disk since this review read it. Nothing was written.
      </Text>
      {canReload ? <Text wrap="wrap">r  reload it and re-apply the decisions that still match</Text> : null}
      <Text wrap="wrap">o  overwrite it with this review (the other changes are lost)</Text>
      <Text wrap="wrap">w  save elsewhere</Text>
      <Text wrap="wrap">esc  keep reviewing</Text>
    </Box>
  );
}

/** The bottom line: the last action's result, the question or field of the current mode, or the keys. */
function StatusLine({ state, width, color }: { state: ReviewState; width: number; color: boolean }) {
  if (state.mode.name === 'filter') {
    return (
      <Box>
        <Text>/ </Text>
        <FieldView field={state.mode.field} placeholder="rule id or text; enter applies, esc cancels" />
      </Box>
    );
  }
  if (state.mode.name === 'save-as') {
    return (
      <Box flexDirection="column">
        {state.notice ? (
          <Text wrap="wrap" color={color ? 'red' : undefined}>
            {state.notice.text}
          </Text>
        ) : null}
        <Box>
          <Text>save as: </Text>
          <FieldView field={state.mode.field} placeholder="path; enter writes, esc cancels" />
        </Box>
      </Box>
    );
  }
  if (state.mode.name === 'disk-changed') {
    return (
      <Text wrap="truncate-end" color={color ? 'yellow' : undefined}>
        {state.mode.canReload ? 'r reload · ' : ''}o overwrite · w save as · esc back
      </Text>
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
  return <DrawnLine style={{ dimColor: color }} runs={[{ text: cutText(HELP_LINE, width) }]} />;
}
