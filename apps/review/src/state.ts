// The review session as a pure reducer: every key press becomes an action, and the screen is a
// function of the state. Nothing here touches the terminal or the file system; saving is done by
// the caller, which reports the outcome back with a `saved` or `save-failed` action.
import { applySuggestions, findingsPenalty, scoreFromPenalty, type Score, type ScoreOptions, type Suggestion } from '@mtlint/core';
import { changeField, fieldOf, type Field, type FieldChange } from './field.js';
import { editFromTyping, isNoOp, spansOverlap } from './edits.js';
import type { ReviewItem, Span } from './items.js';
import { shownText, typedInForm, type TextForm } from './text-form.js';

export type Decision =
  | { kind: 'accepted'; /** Index into the finding's suggestions. */ alternative: number }
  /**
   * What the person typed: the text from `start` to `end` replaced by `replacement`, cut to the
   * characters it changes (an edit of the whole sentence usually changes a few words of it).
   */
  | { kind: 'edited'; start: number; end: number; replacement: string }
  | { kind: 'rejected' };

/**
 * `blocked`: not decided, and its first suggestion changes characters that an accepted or edited
 * finding changes, so it cannot be applied as it stands.
 */
export type Status = 'pending' | 'accepted' | 'edited' | 'rejected' | 'blocked';

export type Mode =
  | { name: 'browse' }
  /** Typing over `span` of the text (the finding's region, or with `whole` its sentence or unit). */
  | { name: 'edit'; field: Field; span: Span; whole: boolean }
  /** Typing the filter, which narrows the list as it is typed; `before` comes back on esc. */
  | { name: 'filter'; field: Field; before: string }
  /** Typing a path to save to; `confirmed` is an existing file the person was told would be replaced. */
  | { name: 'save-as'; field: Field; confirmed?: string }
  /** A save found `output` changed on disk since the review read or wrote it: what now? */
  | { name: 'disk-changed'; output: string; canReload: boolean; quit: boolean }
  /** The keys; `scroll`: lines scrolled past where the screen cannot show them all. */
  | { name: 'help'; scroll: number }
  | { name: 'confirm-quit' }
  | { name: 'quit' };

/** `A` pressed while the lint still runs: the findings of `ruleId` it finds later (that `filter` lists) are accepted too. */
export interface StandingAcceptance {
  ruleId: string;
  filter: string;
}

export type Decisions = readonly (Decision | undefined)[];

interface Snapshot {
  decisions: Decisions;
  blockedBy: readonly (number | undefined)[];
  cursor: number;
  acceptAll: readonly StandingAcceptance[];
}

export interface ReviewState {
  text: string;
  /**
   * How the file writes its units' text where that is not as it reads (PO, XLIFF, JSON): the screen, the
   * filter, the fields and the external editor take the text, and what is typed is written in the file's form.
   */
  form?: TextForm;
  /** In text order. While the file is being linted, the items found later are appended. */
  items: readonly ReviewItem[];
  /** How much of the file is linted, 0–1: below 1, more items may come. */
  progress: number;
  /**
   * By item index; `undefined`, or past the end, while the item is undecided (items found after a
   * decision have none yet). Replaced, never mutated.
   */
  decisions: Decisions;
  /** For each item that is not accepted or edited: the index of the accepted or edited item it overlaps. */
  blockedBy: readonly (number | undefined)[];
  /** Index of the current item. */
  cursor: number;
  /** The current item's suggestion that the diff shows and `a` accepts (`tab`, `1`–`9`); 0 on each move. */
  highlight: number;
  /** Rules whose later findings are accepted as the lint finds them (`A` during the lint). */
  acceptAll: readonly StandingAcceptance[];
  /** Where `s` writes: the output the review was opened with, then the last save-as path. */
  output: string;
  /** Case-insensitive; matches a rule id or the text around a finding as shown (see `form`). Empty: everything. */
  filter: string;
  /** Hide finished (not pending) items from the list. */
  fold: boolean;
  mode: Mode;
  /** Earlier decisions, the most recent last, for `u`. */
  history: readonly Snapshot[];
  /** The decisions at the last save (at the start: the initial, empty ones). */
  saved: Decisions;
  /** Whether saving also writes a baseline file (rejected findings and review tallies). */
  withBaseline: boolean;
  /** One line for the status bar: the result of the last action when it needs saying. */
  notice?: { text: string; error: boolean };
}

export type Jump = 'first' | 'last' | 'next-pending' | 'previous-pending' | 'next-rule' | 'previous-rule';

export type Action =
  | { type: 'move'; by: number }
  | { type: 'jump'; to: Jump }
  /** Without `alternative`: the highlighted one. */
  | { type: 'accept'; alternative?: number }
  /** Highlights an alternative (`by`: the next or previous one, wrapping; `alternative`: that one). */
  | { type: 'highlight'; alternative?: number; by?: number }
  | { type: 'reject' }
  /** `p`: a decided finding is pending again. */
  | { type: 'pending' }
  | { type: 'accept-rule' }
  /** `e` (`whole`: `E`, the whole sentence or unit). */
  | { type: 'edit'; whole?: boolean }
  /** The sentence as an external editor left it (ctrl-e): an edit of the whole sentence. */
  | { type: 'edited-outside'; text: string }
  | { type: 'filter' }
  | { type: 'save-as' }
  /** A save-as target exists: the next enter on the same path replaces it. */
  | { type: 'confirm-replace'; path: string; message: string }
  /** A key typed into the edit or filter field. */
  | { type: 'field'; change: FieldChange }
  /** `enter` in the edit or filter field. */
  | { type: 'commit' }
  /** `esc`: leaves the edit or filter field, the help or the quit question. */
  | { type: 'cancel' }
  | { type: 'undo' }
  | { type: 'fold' }
  | { type: 'help' }
  /** Scrolls the key help by `by` lines, to at most `max` (what the screen leaves below). */
  | { type: 'scroll-help'; by: number; max: number }
  /** `q` or `ctrl-c`: quits, or asks first when there are unsaved changes. */
  | { type: 'quit' }
  /** Quits without saving, after the question. */
  | { type: 'discard' }
  | { type: 'saved'; decisions: Decisions; message: string; quit: boolean; output: string }
  /** A save found its output changed on disk and wrote nothing. */
  | { type: 'changed-on-disk'; output: string; canReload: boolean; quit: boolean }
  /** The file was read and linted again; `decisions` are those carried over (see `carryDecisions`). */
  | { type: 'reloaded'; text: string; items: readonly ReviewItem[]; decisions: Decisions; message: string }
  /** Items found by the lint still running, and how far it has got. */
  | { type: 'found'; items: readonly ReviewItem[]; progress: number }
  | { type: 'save-failed'; message: string }
  /** Something done outside the reducer to report on the status line (the editor failed, back from the shell). */
  | { type: 'notice'; text: string; error?: boolean };

export function initialState(text: string, items: readonly ReviewItem[], withBaseline = false, progress = 1, output = '', form?: TextForm): ReviewState {
  const decisions: Decisions = items.map(() => undefined);
  return {
    text,
    ...(form ? { form } : {}),
    items,
    progress,
    decisions,
    blockedBy: items.map(() => undefined),
    cursor: 0,
    highlight: 0,
    acceptAll: [],
    output,
    filter: '',
    fold: false,
    mode: { name: 'browse' },
    history: [],
    saved: decisions,
    withBaseline,
  };
}

export function statusOf(state: Pick<ReviewState, 'decisions' | 'blockedBy'>, index: number): Status {
  const decision = state.decisions[index];
  if (decision) return decision.kind;
  return state.blockedBy[index] === undefined ? 'pending' : 'blocked';
}

interface Listed {
  items: ReviewState['items'];
  blockedBy: ReviewState['blockedBy'];
  filter: string;
  fold: boolean;
  visible: readonly number[];
}

/**
 * The list last computed for each decisions array (arrays are replaced, never changed): moving the
 * cursor, typing into a field or re-rendering reuses it instead of filtering every item again.
 */
const listedBy = new WeakMap<Decisions, Listed>();

/** Indices of the items the list shows, in text order (ascending). */
export function visibleItems(state: ReviewState): readonly number[] {
  const { items, blockedBy, fold } = state;
  const filter = activeFilter(state);
  const cached = listedBy.get(state.decisions);
  if (cached && cached.items === items && cached.blockedBy === blockedBy && cached.filter === filter && cached.fold === fold) return cached.visible;
  const needle = filter.toLowerCase();
  const visible: number[] = [];
  items.forEach((item, i) => {
    if (fold && statusOf(state, i) !== 'pending') return;
    if (needle && !matches(state, item, needle)) return;
    visible.push(i);
  });
  listedBy.set(state.decisions, { items, blockedBy, filter, fold, visible });
  return visible;
}

/** The filter the list follows: the one being typed, while it is typed. */
export const activeFilter = (state: Pick<ReviewState, 'mode' | 'filter'>): string =>
  state.mode.name === 'filter' ? state.mode.field.text.trim() : state.filter;

/** Where item `index` stands in `visible` (ascending, as `visibleItems` gives it), or -1: a binary search. */
export function positionIn(visible: readonly number[], index: number): number {
  const at = firstAtOrAfter(visible, index);
  return visible[at] === index ? at : -1;
}

/** The first position in `sorted` (ascending) whose value is `value` or more; `sorted.length` if none. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text around each item as the filter searches it: as the screen shows it (a PO string's escapes
 * and an XML reference decoded), lower case. Kept per item, so that each key typed into the filter
 * does not decode every item's sentence again; an item belongs to one text and form.
 */
const searchedText = new WeakMap<ReviewItem, string>();

function matches({ text, form }: Pick<ReviewState, 'text' | 'form'>, item: ReviewItem, needle: string): boolean {
  let searched = searchedText.get(item);
  if (searched === undefined) searchedText.set(item, (searched = shownText(form, text.slice(item.context.start, item.context.end)).toLowerCase()));
  return item.finding.ruleId.toLowerCase().includes(needle) || searched.includes(needle);
}

export function reduce(state: ReviewState, action: Action): ReviewState {
  let next = step(state, action);
  // Each finding is shown with its first suggestion highlighted.
  if (next.cursor !== state.cursor && next.highlight !== 0) next = { ...next, highlight: 0 };
  // A notice describes the action that set it; the next key press that changes anything clears it.
  // Items the lint finds meanwhile are not a key press.
  if (next === state || next.notice !== state.notice || action.type === 'found') return next;
  return { ...next, notice: undefined };
}

function step(state: ReviewState, action: Action): ReviewState {
  const { mode } = state;
  const browsing = mode.name === 'browse';
  switch (action.type) {
    case 'move':
      return browsing ? { ...state, cursor: moveCursor(state, action.by) } : state;
    case 'jump':
      return browsing ? jump(state, action.to) : state;
    case 'accept':
      return browsing ? accept(state, action.alternative ?? state.highlight) : state;
    case 'highlight':
      return browsing ? highlight(state, action) : state;
    case 'reject':
      return browsing ? reject(state) : state;
    case 'pending':
      return browsing ? backToPending(state) : state;
    case 'accept-rule':
      return browsing ? acceptRule(state) : state;
    case 'edit':
      return browsing ? startEdit(state, action.whole ?? false) : state;
    case 'edited-outside':
      return browsing ? editedOutside(state, action.text) : state;
    case 'filter':
      return browsing ? { ...state, mode: { name: 'filter', field: fieldOf(state.filter), before: state.filter } } : state;
    case 'save-as':
      return browsing || mode.name === 'disk-changed' ? { ...state, mode: { name: 'save-as', field: fieldOf(state.output) } } : state;
    case 'confirm-replace':
      return mode.name === 'save-as' ? notice({ ...state, mode: { ...mode, confirmed: action.path } }, action.message) : state;
    case 'field':
      if (mode.name === 'filter') return settleCursor({ ...state, mode: { ...mode, field: changeField(mode.field, action.change) } }, 1);
      if (mode.name === 'edit' || mode.name === 'save-as') return { ...state, mode: { ...mode, field: changeField(mode.field, action.change) } };
      return state;
    case 'commit':
      if (mode.name === 'edit') return commitEdit(state, mode);
      if (mode.name === 'filter') return settleCursor({ ...state, filter: mode.field.text.trim(), mode: { name: 'browse' } }, 1);
      return state;
    case 'cancel':
      if (mode.name === 'filter') return settleCursor({ ...state, filter: mode.before, mode: { name: 'browse' } }, 1);
      return browsing || mode.name === 'quit' ? state : { ...state, mode: { name: 'browse' } };
    case 'undo':
      return browsing ? undo(state) : state;
    case 'fold':
      return browsing ? settleCursor({ ...state, fold: !state.fold }, 1) : state;
    case 'help':
      return browsing ? { ...state, mode: { name: 'help', scroll: 0 } } : mode.name === 'help' ? { ...state, mode: { name: 'browse' } } : state;
    case 'scroll-help':
      return mode.name === 'help' ? { ...state, mode: { name: 'help', scroll: Math.max(0, Math.min(action.max, mode.scroll + action.by)) } } : state;
    case 'quit':
      if (mode.name === 'confirm-quit') return { ...state, mode: { name: 'quit' } };
      if (mode.name === 'quit') return state;
      // From any other mode, a draft being typed is dropped.
      return hasUnsavedChanges(state) ? { ...state, mode: { name: 'confirm-quit' } } : { ...state, mode: { name: 'quit' } };
    case 'discard':
      return mode.name === 'confirm-quit' ? { ...state, mode: { name: 'quit' } } : state;
    case 'saved':
      return {
        ...state,
        saved: action.decisions,
        output: action.output,
        mode: action.quit ? { name: 'quit' } : { name: 'browse' },
        notice: { text: action.message, error: false },
      };
    case 'save-failed':
      // A save-as stays open on its path, to be corrected.
      return { ...state, mode: mode.name === 'save-as' ? mode : { name: 'browse' }, notice: { text: action.message, error: true } };
    case 'changed-on-disk':
      return { ...state, mode: { name: 'disk-changed', output: action.output, canReload: action.canReload, quit: action.quit } };
    case 'reloaded':
      return reloaded(state, action);
    case 'found':
      return addFound(state, action.items, action.progress);
    case 'notice':
      return notice(state, action.text, action.error ?? false);
  }
}

/**
 * Whether quitting now would lose work: with a baseline every decision is saved (rejections and
 * tallies go there); without one, only a difference in the text that would be written counts.
 */
export function hasUnsavedChanges(state: ReviewState): boolean {
  if (state.decisions === state.saved) return false;
  return state.withBaseline || correctedText(state, state.decisions) !== correctedText(state, state.saved);
}

function moveCursor(state: ReviewState, by: number): number {
  const visible = visibleItems(state);
  if (visible.length === 0) return state.cursor;
  const at = positionIn(visible, state.cursor);
  if (at < 0) return nearestVisible(visible, state.cursor, by);
  return visible[Math.max(0, Math.min(visible.length - 1, at + by))]!;
}

/**
 * g, G, n, N, ], [: the first or last listed finding, the next or previous pending one (wrapping), or the
 * first finding of the next or previous rule.
 */
function jump(state: ReviewState, to: Jump): ReviewState {
  const visible = visibleItems(state);
  if (visible.length === 0) return state;
  if (to === 'first') return { ...state, cursor: visible[0]! };
  if (to === 'last') return { ...state, cursor: visible.at(-1)! };
  if (to === 'next-rule' || to === 'previous-rule') return jumpToRule(state, visible, to === 'next-rule' ? 1 : -1);
  const wanted = (i: number) => statusOf(state, i) === 'pending';
  const by = to === 'next-pending' ? 1 : -1;
  const at = positionIn(visible, state.cursor);
  const from = at >= 0 ? at : by > 0 ? firstAtOrAfter(visible, state.cursor) - 1 : firstAtOrAfter(visible, state.cursor);
  for (let k = 1; k <= visible.length; k++) {
    const i = visible[(((from + by * k) % visible.length) + visible.length) % visible.length]!;
    if (i !== state.cursor && wanted(i)) return { ...state, cursor: i };
  }
  return notice(state, 'No other pending finding is listed.', false);
}

/**
 * ] and [: the first listed finding of the rule after (`by` 1) or before (-1) the current finding's, the
 * rules in the order the list first shows them, wrapping; one pass over the listed findings.
 */
function jumpToRule(state: ReviewState, visible: readonly number[], by: 1 | -1): ReviewState {
  const firstOf = new Map<string, number>();
  for (const i of visible) {
    const { ruleId } = state.items[i]!.finding;
    if (!firstOf.has(ruleId)) firstOf.set(ruleId, i);
  }
  const rules = [...firstOf.keys()];
  const current = state.items[state.cursor]?.finding.ruleId;
  const at = current === undefined ? -1 : rules.indexOf(current);
  if (rules.length < 2 && at >= 0) return notice(state, `No rule but ${current} is listed.`, false);
  // The cursor on a finding the list no longer shows whose rule it does not list: the list's first rule.
  const next = at < 0 ? 0 : (at + by + rules.length) % rules.length;
  return { ...state, cursor: firstOf.get(rules[next]!)! };
}

/** The first visible item after `from` (or before it, going up), else the nearest in the other direction. */
function nearestVisible(visible: readonly number[], from: number, by: number): number {
  const at = firstAtOrAfter(visible, from + 1);
  const after = visible[at];
  const before = visible[at - 1] === from ? visible[at - 2] : visible[at - 1];
  return (by >= 0 ? (after ?? before) : (before ?? after)) ?? from;
}

/** Keeps the cursor on a visible item after the list changed (filter, fold). */
function settleCursor(state: ReviewState, by: number): ReviewState {
  const visible = visibleItems(state);
  if (visible.length === 0 || positionIn(visible, state.cursor) >= 0) return state;
  return { ...state, cursor: nearestVisible(visible, state.cursor, by) };
}

/** After a decision: the next pending visible item, wrapping around; else stay. */
function advance(state: ReviewState): ReviewState {
  const visible = visibleItems(state);
  const from = firstAtOrAfter(visible, state.cursor + 1);
  for (let k = 0; k < visible.length; k++) {
    const i = visible[(from + k) % visible.length]!;
    if (statusOf(state, i) === 'pending') return { ...state, cursor: i };
  }
  return settleCursor(state, 1);
}

function current(state: ReviewState): ReviewItem | undefined {
  return positionIn(visibleItems(state), state.cursor) >= 0 ? state.items[state.cursor] : undefined;
}

function decide(state: ReviewState, changes: ReadonlyMap<number, Decision | undefined>): ReviewState {
  const decisions = state.decisions.slice();
  for (const [i, d] of changes) decisions[i] = d;
  return {
    ...state,
    decisions,
    blockedBy: computeBlocked(state.items, decisions),
    history: [...state.history, { decisions: state.decisions, blockedBy: state.blockedBy, cursor: state.cursor, acceptAll: state.acceptAll }],
  };
}

function blockedNotice(state: ReviewState, by: number): ReviewState {
  const item = state.items[by]!;
  return notice(state, `This change overlaps the one accepted at ${item.line}:${item.column}; undo that one, or edit the sentence (E).`);
}

const notice = (state: ReviewState, text: string, error = true): ReviewState => ({ ...state, notice: { text, error } });

function highlight(state: ReviewState, action: { alternative?: number; by?: number }): ReviewState {
  const item = current(state);
  if (!item) return state;
  const count = Math.min(9, item.finding.suggestions.length);
  if (count === 0) return notice(state, 'This finding has no suggestion; press e to write the correction.');
  if (action.alternative !== undefined && action.alternative >= count) return notice(state, `There ${count === 1 ? 'is 1 suggestion' : `are ${count} suggestions`}.`);
  const next = action.alternative ?? (((state.highlight + (action.by ?? 1)) % count) + count) % count;
  return { ...state, highlight: next };
}

function accept(state: ReviewState, alternative: number): ReviewState {
  const item = current(state);
  if (!item) return state;
  const count = item.finding.suggestions.length;
  if (alternative >= count) {
    return notice(state, count === 0 ? 'This finding has no suggestion; press e to write the correction.' : `There ${count === 1 ? 'is 1 suggestion' : `are ${count} suggestions`}.`);
  }
  const by = overlapping(takenChanges(state.items, state.decisions), item.changes[alternative]!, state.cursor);
  if (by !== undefined) return blockedNotice(state, by);
  return advance(decide(state, new Map([[state.cursor, { kind: 'accepted', alternative }]])));
}

function reject(state: ReviewState): ReviewState {
  if (!current(state)) return state;
  return advance(decide(state, new Map([[state.cursor, { kind: 'rejected' }]])));
}

function backToPending(state: ReviewState): ReviewState {
  if (!current(state)) return state;
  if (!state.decisions[state.cursor]) return notice(state, 'This finding is pending already.', false);
  return decide(state, new Map([[state.cursor, undefined]]));
}

/**
 * `A`: accepts the first suggestion of every pending finding of the current rule that the list shows,
 * in text order, each blocking what it overlaps, exactly as one by one. Findings the filter hides are
 * left as they are and counted in the notice; while the lint runs, the rule's later findings are
 * accepted as they come (`acceptAll`), one undo taking all of them back.
 */
function acceptRule(state: ReviewState): ReviewState {
  const item = current(state);
  if (!item) return state;
  const { ruleId } = item.finding;
  const visible = visibleItems(state);
  const taken = [...takenChanges(state.items, state.decisions)];
  const changes = new Map<number, Decision>();
  let hidden = 0;
  state.items.forEach((other, i) => {
    if (other.finding.ruleId !== ruleId || other.changes.length === 0) return;
    if (statusOf(state, i) !== 'pending' || overlapping(taken, other.changes[0]!) !== undefined) return;
    if (positionIn(visible, i) < 0) {
      hidden++;
      return;
    }
    changes.set(i, { kind: 'accepted', alternative: 0 });
    insertTaken(taken, { i, change: other.changes[0]! });
  });
  const running = state.progress < 1;
  if (changes.size === 0 && !running) return notice(state, `No pending finding of ${ruleId} has a suggestion${hidden ? ` that the filter lists (${hidden} hidden)` : ''}.`);
  const decided = decide(state, changes);
  const next = advance(running ? { ...decided, acceptAll: [...state.acceptAll, { ruleId, filter: activeFilter(state) }] } : decided);
  const parts = [`Accepted ${changes.size} ${changes.size === 1 ? 'finding' : 'findings'} of ${ruleId}`];
  if (hidden > 0) parts.push(`${hidden} hidden by the filter left pending`);
  if (running) parts.push('those the lint still finds will be accepted as they come');
  return notice(next, `${parts.join('; ')}.`, false);
}

/**
 * `e` types over the finding's region, `E` (and `e` on a finding without suggestions) over its whole
 * sentence or unit; the field starts with the span as it would read now (the other accepted changes
 * in it applied, and this one's decision or highlighted suggestion).
 */
function startEdit(state: ReviewState, whole: boolean): ReviewState {
  const item = current(state);
  if (!item) return state;
  const wholeSpan = whole || item.changes.length === 0;
  const { after, span } = contextChange(state, state.cursor, ownEdit(state, state.cursor), wholeSpan ? item.context : item.region);
  return { ...state, mode: { name: 'edit', field: fieldOf(shownText(state.form, after)), span, whole: wholeSpan } };
}

function commitEdit(state: ReviewState, mode: Extract<Mode, { name: 'edit' }>): ReviewState {
  return applyTyping({ ...state, mode: { name: 'browse' } }, mode.span, mode.field.text);
}

/** What an external editor wrote for the current finding's sentence: an edit of the whole sentence. */
function editedOutside(state: ReviewState, text: string): ReviewState {
  const item = current(state);
  if (!item) return state;
  const { span, after } = contextChange(state, state.cursor, ownEdit(state, state.cursor), item.context);
  if (text === shownText(state.form, after)) return notice(state, 'The sentence came back from the editor unchanged.', false);
  return applyTyping(state, span, text);
}

/**
 * The decision for typing `typed` (text, as shown) over `span` of the current item: keeping what one
 * of its suggestions writes is accepting that suggestion; anything else is an edit cut to what
 * changed, which takes in any other accepted change it reaches into (that one is then undecided).
 */
function applyTyping(state: ReviewState, span: Span, typed: string): ReviewState {
  const index = state.cursor;
  const item = state.items[index]!;
  const alternative = item.changes.findIndex((c) => shownText(state.form, contextChange(state, index, c, span).after) === typed);
  if (alternative >= 0 && overlapping(takenChanges(state.items, state.decisions), item.changes[alternative]!, index) === undefined) {
    return advance(decide(state, new Map([[index, { kind: 'accepted', alternative }]])));
  }
  const others = othersIn(state, index, span);
  // In the file's form, keeping the form of every character the typing left as it was.
  const written = typedInForm(state.form, contextChange(state, index, undefined, span).after, typed);
  const { edit, absorbed } = editFromTyping(state.text, span, others.map((o) => o.change), written);
  const changes = new Map<number, Decision | undefined>([[index, { kind: 'edited', ...edit }]]);
  for (const k of absorbed) changes.set(others[k]!.i, undefined);
  return advance(decide(state, changes));
}

function undo(state: ReviewState): ReviewState {
  const last = state.history.at(-1);
  if (!last) return notice(state, 'Nothing to undo.');
  // Items found since that decision may overlap the changes it restores.
  const blockedBy = last.blockedBy.length === state.items.length ? last.blockedBy : computeBlocked(state.items, last.decisions);
  return settleCursor(
    { ...state, decisions: last.decisions, blockedBy, cursor: last.cursor, acceptAll: last.acceptAll, history: state.history.slice(0, -1) },
    1,
  );
}

/**
 * Appends the items the lint found next (they come after every item so far), blocked where they
 * overlap a change already accepted, and accepted where an `A` pressed earlier asks for it. The
 * cursor stays where it is, unless nothing was listed.
 */
function addFound(state: ReviewState, found: readonly ReviewItem[], progress: number): ReviewState {
  if (found.length === 0) return settleCursor({ ...state, progress }, 1);
  const items = [...state.items, ...found];
  let { decisions } = state;
  if (state.acceptAll.length > 0) {
    const taken = [...takenChanges(state.items, decisions)];
    const accepted = decisions.slice();
    found.forEach((item, k) => {
      const i = state.items.length + k;
      const standing = state.acceptAll.some((a) => a.ruleId === item.finding.ruleId && (!a.filter || matches(state, item, a.filter.toLowerCase())));
      if (!standing || item.changes.length === 0 || overlapping(taken, item.changes[0]!) !== undefined) return;
      accepted[i] = { kind: 'accepted', alternative: 0 };
      insertTaken(taken, { i, change: item.changes[0]! });
    });
    if (accepted.length > decisions.length) decisions = accepted;
  }
  const blockedBy = decisions === state.decisions ? blockedFound(state, found) : computeBlocked(items, decisions);
  return settleCursor({ ...state, items, decisions, blockedBy, progress }, 1);
}

function blockedFound(state: ReviewState, found: readonly ReviewItem[]): (number | undefined)[] {
  const taken = takenChanges(state.items, state.decisions);
  return [...state.blockedBy, ...found.map((item) => (taken.length === 0 || item.changes.length === 0 ? undefined : overlapping(taken, item.changes[0]!)))];
}

/**
 * The file read again: its items, with the decisions that could be carried over. The undo history
 * and the saved state belong to the old text; what is on disk now has none of the decisions.
 */
function reloaded(state: ReviewState, action: Extract<Action, { type: 'reloaded' }>): ReviewState {
  const fresh = initialState(action.text, action.items, state.withBaseline, 1, state.output, state.form);
  const blockedBy = computeBlocked(action.items, action.decisions);
  return { ...fresh, decisions: action.decisions, blockedBy, filter: state.filter, fold: state.fold, notice: { text: action.message, error: false } };
}

interface Taken {
  /** Index of the accepted or edited item. */
  i: number;
  /** What its decision writes, cut to the characters it changes. */
  change: Suggestion;
}

/** The taken changes last computed for each decisions array (arrays are replaced, never changed). */
const takenBy = new WeakMap<Decisions, { items: readonly ReviewItem[]; taken: readonly Taken[] }>();

/** The changes of the accepted and edited items, sorted by start (they never overlap each other). */
function takenChanges(items: readonly ReviewItem[], decisions: Decisions): readonly Taken[] {
  const cached = takenBy.get(decisions);
  if (cached?.items === items) return cached.taken;
  const taken: Taken[] = [];
  decisions.forEach((decision, i) => {
    const change = decision && items[i] ? editOf(items[i], decision) : undefined;
    if (change) taken.push({ i, change });
  });
  taken.sort((a, b) => a.change.start - b.change.start || a.change.end - b.change.end);
  takenBy.set(decisions, { items, taken });
  return taken;
}

function insertTaken(taken: Taken[], t: Taken): void {
  taken.splice(lastStartingBy(taken, t.change.start) + 1, 0, t);
}

/**
 * The taken item whose change `change` overlaps, if any (other than `except`). Taken changes do not
 * overlap one another, so sorted by start their ends only grow, and the candidates are the last ones
 * that start before the change ends.
 */
function overlapping(taken: readonly Taken[], change: Span, except?: number): number | undefined {
  for (let k = lastStartingBy(taken, change.end); k >= 0 && taken[k]!.change.end >= change.start; k--) {
    if (taken[k]!.i !== except && spansOverlap(taken[k]!.change, change)) return taken[k]!.i;
  }
  return undefined;
}

/** For each undecided item, the accepted or edited item that its first suggestion's change overlaps. */
function computeBlocked(items: readonly ReviewItem[], decisions: Decisions): (number | undefined)[] {
  const taken = takenChanges(items, decisions);
  return items.map((item, i) => {
    if (decisions[i] || taken.length === 0 || item.changes.length === 0) return undefined;
    return overlapping(taken, item.changes[0]!);
  });
}

function lastStartingBy(taken: readonly Taken[], offset: number): number {
  let lo = 0;
  let hi = taken.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.change.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The edit a decision writes, if it writes one. */
export function editOf(item: ReviewItem, decision: Decision | undefined): Suggestion | undefined {
  if (decision?.kind === 'accepted') return item.changes[decision.alternative];
  if (decision?.kind === 'edited') return decision.start === decision.end && decision.replacement === '' ? undefined : decision;
  return undefined;
}

/** The edits the decisions write, in text order. */
export function editsOf(items: readonly ReviewItem[], decisions: Decisions): Suggestion[] {
  return takenChanges(items, decisions).map((t) => ({ start: t.change.start, end: t.change.end, replacement: t.change.replacement }));
}

/** The text with every accepted and edited change applied: what `s` writes. */
export function correctedText(state: Pick<ReviewState, 'text' | 'items'>, decisions: Decisions): string {
  return applySuggestions(state.text, editsOf(state.items, decisions));
}

/** The other items' changes that reach into `span`, in text order. */
function othersIn(state: ReviewState, index: number, span: Span): Taken[] {
  // The changes lie apart and sorted by start their ends grow too, so those that reach into the
  // span are one run of the list, found by a binary search.
  const taken = takenChanges(state.items, state.decisions);
  const out: Taken[] = [];
  for (let k = lastStartingBy(taken, span.end); k >= 0 && taken[k]!.change.end >= span.start; k--) {
    if (taken[k]!.i !== index) out.push(taken[k]!);
  }
  return out.reverse();
}

/**
 * The text `around` an item (by default its context) before and after: after applies every accepted
 * or edited change that falls in it, with the item's own change replaced by `own` (what the key about
 * to be pressed would write). The span widens to take in any accepted change that straddles its
 * edge, so the after text is exactly what will be written there; `span` is the widened span. Only
 * the changes near the span are looked at, so drawing the current finding costs the same in a file
 * of any size.
 */
export function contextChange(
  state: ReviewState,
  index: number,
  own: Suggestion | undefined,
  around: Span = state.items[index]!.context,
): { before: string; after: string; span: Span } {
  let { start, end } = around;
  const others = othersIn(state, index, { start, end }).map((t) => t.change);
  if (own) {
    start = Math.min(start, own.start);
    end = Math.max(end, own.end);
  }
  // Widening the span to take in a change that straddles its edge brings in no further one, as the
  // next change starts after it ends.
  for (const e of others) {
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }
  const edits = own && !others.some((e) => spansOverlap(e, own)) ? [own, ...others] : others;
  const before = state.text.slice(start, end);
  const shifted = edits.map((e) => ({ start: e.start - start, end: e.end - start, replacement: e.replacement }));
  return { before, after: applySuggestions(before, shifted), span: { start, end } };
}

/** The change the current item's decision, or else its highlighted suggestion, writes (none when that one is blocked). */
function ownEdit(state: ReviewState, index: number): Suggestion | undefined {
  const item = state.items[index]!;
  const decision = state.decisions[index];
  if (decision) return editOf(item, decision);
  const change = item.changes[index === state.cursor ? state.highlight : 0];
  return change && overlapping(takenChanges(state.items, state.decisions), change, index) === undefined ? change : undefined;
}

/**
 * The text the diff shows for the item, as it reads (see `ReviewState.form`): the field being typed
 * (the span it types over, as typed), or the span with the item's decision or highlighted suggestion
 * applied.
 */
export function previewChange(state: ReviewState, index: number, around: Span): { before: string; after: string; span: Span } {
  const { mode } = state;
  if (mode.name === 'edit' && index === state.cursor) {
    // The typed text stands in for the span it types over; the other changes around it apply as
    // usual (the span was widened to take in those that reach into it, so each lies on one side).
    const { span } = mode;
    const whole = contextChange(state, index, undefined, { start: Math.min(around.start, span.start), end: Math.max(around.end, span.end) }).span;
    const others = othersIn(state, index, whole).map((t) => t.change);
    const side = (from: number, to: number) =>
      applySuggestions(
        state.text.slice(from, to),
        others.filter((e) => e.start >= from && e.end <= to && (e.end < span.start || e.start > span.end)).map((e) => ({ ...e, start: e.start - from, end: e.end - from })),
      );
    const shown = (raw: string) => shownText(state.form, raw);
    return {
      before: shown(state.text.slice(whole.start, whole.end)),
      after: shown(side(whole.start, span.start)) + mode.field.text + shown(side(span.end, whole.end)),
      span: whole,
    };
  }
  const { before, after, span } = contextChange(state, index, ownEdit(state, index), around);
  return { before: shownText(state.form, before), after: shownText(state.form, after), span };
}

export interface Counts {
  pending: number;
  accepted: number;
  edited: number;
  rejected: number;
  blocked: number;
}

export function countStatuses(state: ReviewState): Counts {
  const counts: Counts = { pending: 0, accepted: 0, edited: 0, rejected: 0, blocked: 0 };
  for (let i = 0; i < state.items.length; i++) counts[statusOf(state, i)]++;
  return counts;
}

/** How many findings of each rule are in each state (rules in the order of their first finding). */
export function countsByRule(state: ReviewState): Map<string, Counts> {
  const byRule = new Map<string, Counts>();
  state.items.forEach((item, i) => {
    const { ruleId } = item.finding;
    let counts = byRule.get(ruleId);
    if (!counts) byRule.set(ruleId, (counts = { pending: 0, accepted: 0, edited: 0, rejected: 0, blocked: 0 }));
    counts[statusOf(state, i)]++;
  });
  return byRule;
}

/**
 * The document score once the accepted and edited changes are applied, counting each as removing
 * its finding: the score @mtlint/core gives the penalty without those findings', so that it costs
 * nothing per key press (re-linting a large file would). `scoring` is what `base` was scored with.
 */
export function projectedScore(base: Score, state: ReviewState, scoring: ScoreOptions = {}): number {
  const fixed = state.items.filter((_, i) => {
    const kind = state.decisions[i]?.kind;
    return kind === 'accepted' || kind === 'edited';
  });
  return scoreFromPenalty(base.penalty - findingsPenalty(fixed.map((item) => item.finding), scoring), base.words, scoring);
}
