// The review session as a pure reducer: every key press becomes an action, and the screen is a
// function of the state. Nothing here touches the terminal or the file system; saving is done by
// the caller, which reports the outcome back with a `saved` or `save-failed` action.
import { applySuggestions, findingsPenalty, scoreFromPenalty, type Score, type ScoreOptions, type Suggestion } from '@mtlint/core';
import { changeField, fieldOf, type Field, type FieldChange } from './field.js';
import { editPrefill, spansOverlap, type ReviewItem, type Span } from './items.js';

export type Decision =
  | { kind: 'accepted'; /** Index into the finding's suggestions. */ alternative: number }
  | { kind: 'edited'; replacement: string }
  | { kind: 'rejected' };

/** `blocked`: not decided, and it overlaps an accepted or edited finding, so it cannot be applied. */
export type Status = 'pending' | 'accepted' | 'edited' | 'rejected' | 'blocked';

export type Mode =
  | { name: 'browse' }
  | { name: 'edit'; field: Field }
  | { name: 'filter'; field: Field }
  | { name: 'help' }
  | { name: 'confirm-quit' }
  | { name: 'quit' };

export type Decisions = readonly (Decision | undefined)[];

interface Snapshot {
  decisions: Decisions;
  blockedBy: readonly (number | undefined)[];
  cursor: number;
}

export interface ReviewState {
  text: string;
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
  /** Case-insensitive; matches a rule id or the text around a finding. Empty: everything. */
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

export type Action =
  | { type: 'move'; by: number }
  | { type: 'accept'; alternative: number }
  | { type: 'reject' }
  | { type: 'accept-rule' }
  | { type: 'edit' }
  | { type: 'filter' }
  /** A key typed into the edit or filter field. */
  | { type: 'field'; change: FieldChange }
  /** `enter` in the edit or filter field. */
  | { type: 'commit' }
  /** `esc`: leaves the edit or filter field, the help or the quit question. */
  | { type: 'cancel' }
  | { type: 'undo' }
  | { type: 'fold' }
  | { type: 'help' }
  /** `q` or `ctrl-c`: quits, or asks first when there are unsaved changes. */
  | { type: 'quit' }
  /** Quits without saving, after the question. */
  | { type: 'discard' }
  | { type: 'saved'; decisions: Decisions; message: string; quit: boolean }
  /** Items found by the lint still running, and how far it has got. */
  | { type: 'found'; items: readonly ReviewItem[]; progress: number }
  | { type: 'save-failed'; message: string };

export function initialState(text: string, items: readonly ReviewItem[], withBaseline = false, progress = 1): ReviewState {
  const decisions: Decisions = items.map(() => undefined);
  return {
    text,
    items,
    progress,
    decisions,
    blockedBy: items.map(() => undefined),
    cursor: 0,
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
  const { items, blockedBy, filter, fold } = state;
  const cached = listedBy.get(state.decisions);
  if (cached && cached.items === items && cached.blockedBy === blockedBy && cached.filter === filter && cached.fold === fold) return cached.visible;
  const needle = filter.toLowerCase();
  const visible: number[] = [];
  items.forEach((item, i) => {
    if (fold && statusOf(state, i) !== 'pending') return;
    if (needle && !matches(state.text, item, needle)) return;
    visible.push(i);
  });
  listedBy.set(state.decisions, { items, blockedBy, filter, fold, visible });
  return visible;
}

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

function matches(text: string, item: ReviewItem, needle: string): boolean {
  return (
    item.finding.ruleId.toLowerCase().includes(needle) ||
    text.slice(item.context.start, item.context.end).toLowerCase().includes(needle)
  );
}

export function reduce(state: ReviewState, action: Action): ReviewState {
  const next = step(state, action);
  // A notice describes the action that set it; the next key press that changes anything clears it.
  // Items the lint finds meanwhile are not a key press.
  if (next === state || next.notice !== state.notice || action.type === 'found') return next;
  return { ...next, notice: undefined };
}

function step(state: ReviewState, action: Action): ReviewState {
  const { mode } = state;
  switch (action.type) {
    case 'move':
      return mode.name === 'browse' ? { ...state, cursor: moveCursor(state, action.by) } : state;
    case 'accept':
      return mode.name === 'browse' ? accept(state, action.alternative) : state;
    case 'reject':
      return mode.name === 'browse' ? reject(state) : state;
    case 'accept-rule':
      return mode.name === 'browse' ? acceptRule(state) : state;
    case 'edit':
      return mode.name === 'browse' ? startEdit(state) : state;
    case 'filter':
      return mode.name === 'browse' ? { ...state, mode: { name: 'filter', field: fieldOf(state.filter) } } : state;
    case 'field':
      return mode.name === 'edit' || mode.name === 'filter' ? { ...state, mode: { name: mode.name, field: changeField(mode.field, action.change) } } : state;
    case 'commit':
      if (mode.name === 'edit') return commitEdit(state, mode.field.text);
      if (mode.name === 'filter') return settleCursor({ ...state, filter: mode.field.text.trim(), mode: { name: 'browse' } }, 1);
      return state;
    case 'cancel':
      return mode.name === 'browse' || mode.name === 'quit' ? state : { ...state, mode: { name: 'browse' } };
    case 'undo':
      return mode.name === 'browse' ? undo(state) : state;
    case 'fold':
      return mode.name === 'browse' ? settleCursor({ ...state, fold: !state.fold }, 1) : state;
    case 'help':
      return mode.name === 'browse' ? { ...state, mode: { name: 'help' } } : mode.name === 'help' ? { ...state, mode: { name: 'browse' } } : state;
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
        mode: action.quit ? { name: 'quit' } : mode.name === 'confirm-quit' ? { name: 'browse' } : mode,
        notice: { text: action.message, error: false },
      };
    case 'save-failed':
      return { ...state, mode: mode.name === 'confirm-quit' ? { name: 'browse' } : mode, notice: { text: action.message, error: true } };
    case 'found':
      return addFound(state, action.items, action.progress);
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

function decide(state: ReviewState, changes: ReadonlyMap<number, Decision>): ReviewState {
  const decisions = state.decisions.slice();
  for (const [i, d] of changes) decisions[i] = d;
  return {
    ...state,
    decisions,
    blockedBy: computeBlocked(state.items, decisions),
    history: [...state.history, { decisions: state.decisions, blockedBy: state.blockedBy, cursor: state.cursor }],
  };
}

function blockedNotice(state: ReviewState, index: number): ReviewState {
  const by = state.items[state.blockedBy[index]!]!;
  return notice(state, `This finding overlaps the change accepted at ${by.line}:${by.column}; undo that one to decide this one.`);
}

const notice = (state: ReviewState, text: string, error = true): ReviewState => ({ ...state, notice: { text, error } });

function accept(state: ReviewState, alternative: number): ReviewState {
  const item = current(state);
  if (!item) return state;
  if (state.blockedBy[state.cursor] !== undefined) return blockedNotice(state, state.cursor);
  const count = item.finding.suggestions.length;
  if (alternative >= count) {
    return notice(state, count === 0 ? 'This finding has no suggestion; press e to write the correction.' : `There ${count === 1 ? 'is 1 suggestion' : `are ${count} suggestions`}.`);
  }
  return advance(decide(state, new Map([[state.cursor, { kind: 'accepted', alternative }]])));
}

function reject(state: ReviewState): ReviewState {
  if (!current(state)) return state;
  return advance(decide(state, new Map([[state.cursor, { kind: 'rejected' }]])));
}

function acceptRule(state: ReviewState): ReviewState {
  const item = current(state);
  if (!item) return state;
  const { ruleId } = item.finding;
  // Accept in text order, each acceptance blocking what it overlaps, exactly as one by one.
  const taken = [...takenRegions(state.items, state.decisions)];
  const changes = new Map<number, Decision>();
  state.items.forEach((other, i) => {
    if (other.finding.ruleId !== ruleId || other.finding.suggestions.length === 0) return;
    if (statusOf(state, i) !== 'pending' || overlapping(taken, other.region) !== undefined) return;
    changes.set(i, { kind: 'accepted', alternative: 0 });
    insertTaken(taken, { i, region: other.region });
  });
  if (changes.size === 0) return notice(state, `No pending finding of ${ruleId} has a suggestion.`);
  const next = advance(decide(state, changes));
  return notice(next, `Accepted ${changes.size} ${changes.size === 1 ? 'finding' : 'findings'} of ${ruleId}.`, false);
}

function startEdit(state: ReviewState): ReviewState {
  const item = current(state);
  if (!item) return state;
  if (state.blockedBy[state.cursor] !== undefined) return blockedNotice(state, state.cursor);
  const decision = state.decisions[state.cursor];
  const draft =
    decision?.kind === 'edited' ? decision.replacement : editPrefill(state.text, item, decision?.kind === 'accepted' ? decision.alternative : 0);
  return { ...state, mode: { name: 'edit', field: fieldOf(draft) } };
}

function commitEdit(state: ReviewState, draft: string): ReviewState {
  const item = state.items[state.cursor]!;
  const browsing = { ...state, mode: { name: 'browse' } as const };
  // Keeping a suggestion as it was is accepting it, and is counted so.
  const alternative = item.finding.suggestions.findIndex((_, n) => editPrefill(state.text, item, n) === draft);
  const decision: Decision = alternative >= 0 ? { kind: 'accepted', alternative } : { kind: 'edited', replacement: draft };
  return advance(decide(browsing, new Map([[state.cursor, decision]])));
}

function undo(state: ReviewState): ReviewState {
  const last = state.history.at(-1);
  if (!last) return notice(state, 'Nothing to undo.');
  // Items found since that decision may overlap the changes it restores.
  const blockedBy = last.blockedBy.length === state.items.length ? last.blockedBy : computeBlocked(state.items, last.decisions);
  return settleCursor({ ...state, decisions: last.decisions, blockedBy, cursor: last.cursor, history: state.history.slice(0, -1) }, 1);
}

/**
 * Appends the items the lint found next (they come after every item so far), blocked where they
 * overlap a change already accepted. The cursor stays where it is, unless nothing was listed.
 */
function addFound(state: ReviewState, found: readonly ReviewItem[], progress: number): ReviewState {
  const taken = takenRegions(state.items, state.decisions);
  const items = found.length === 0 ? state.items : [...state.items, ...found];
  const blockedBy = found.length === 0 ? state.blockedBy : [...state.blockedBy, ...found.map((item) => (taken.length === 0 ? undefined : overlapping(taken, item.region)))];
  return settleCursor({ ...state, items, blockedBy, progress }, 1);
}

interface Taken {
  /** Index of the accepted or edited item. */
  i: number;
  region: Span;
}

/** The taken regions last computed for each decisions array (arrays are replaced, never changed). */
const takenBy = new WeakMap<Decisions, { items: readonly ReviewItem[]; taken: readonly Taken[] }>();

/** The regions of the accepted and edited items, sorted by start (they never overlap each other). */
function takenRegions(items: readonly ReviewItem[], decisions: Decisions): readonly Taken[] {
  const cached = takenBy.get(decisions);
  if (cached?.items === items) return cached.taken;
  const taken: Taken[] = [];
  items.forEach((item, i) => {
    const kind = decisions[i]?.kind;
    if (kind === 'accepted' || kind === 'edited') taken.push({ i, region: item.region });
  });
  taken.sort((a, b) => a.region.start - b.region.start || a.region.end - b.region.end);
  takenBy.set(decisions, { items, taken });
  return taken;
}

function insertTaken(taken: Taken[], t: Taken): void {
  taken.splice(lastStartingBy(taken, t.region.start) + 1, 0, t);
}

/**
 * The taken item `region` overlaps, if any. Taken regions do not overlap one another, so sorted by
 * start their ends only grow, and the candidates are the last ones that start before the region ends.
 */
function overlapping(taken: readonly Taken[], region: Span): number | undefined {
  for (let k = lastStartingBy(taken, region.end); k >= 0 && taken[k]!.region.end >= region.start; k--) {
    if (spansOverlap(taken[k]!.region, region)) return taken[k]!.i;
  }
  return undefined;
}

/** For each item that is not accepted or edited, the accepted or edited item whose region it overlaps. */
function computeBlocked(items: readonly ReviewItem[], decisions: Decisions): (number | undefined)[] {
  const taken = takenRegions(items, decisions);
  return items.map((item, i) => {
    const kind = decisions[i]?.kind;
    return kind === 'accepted' || kind === 'edited' || taken.length === 0 ? undefined : overlapping(taken, item.region);
  });
}

function lastStartingBy(taken: readonly Taken[], offset: number): number {
  let lo = 0;
  let hi = taken.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.region.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The edit a decision writes, if it writes one. */
export function editOf(item: ReviewItem, decision: Decision | undefined): Suggestion | undefined {
  if (decision?.kind === 'accepted') return item.finding.suggestions[decision.alternative];
  if (decision?.kind === 'edited') return { ...item.region, replacement: decision.replacement };
  return undefined;
}

/** The edits the decisions write, in text order. */
export function editsOf(items: readonly ReviewItem[], decisions: Decisions): Suggestion[] {
  const out: Suggestion[] = [];
  items.forEach((item, i) => {
    const edit = editOf(item, decisions[i]);
    if (edit) out.push(edit);
  });
  return out;
}

/** The text with every accepted and edited change applied: what `s` writes. */
export function correctedText(state: Pick<ReviewState, 'text' | 'items'>, decisions: Decisions): string {
  return applySuggestions(state.text, editsOf(state.items, decisions));
}

/**
 * The text `around` an item (by default its context) before and after: after applies every accepted
 * or edited change that falls in it, with the item's own change replaced by `own` (what the key about
 * to be pressed would write). The span widens to take in any accepted change that straddles its
 * edge, so the after text is exactly what will be written there. Only the changes near the span are
 * looked at, so drawing the current finding costs the same in a file of any size.
 */
export function contextChange(
  state: ReviewState,
  index: number,
  own: Suggestion | undefined,
  around: Span = state.items[index]!.context,
): { before: string; after: string } {
  let { start, end } = around;
  const edits: Suggestion[] = own ? [own] : [];
  // The other items' changes that reach into the span. They lie within their items' regions, which do
  // not overlap one another: sorted by start, the regions' ends grow too, so those that reach into
  // [start, end] are one run of the list, found by a binary search. Widening the span to take in a
  // change that straddles its edge brings in no further one, as the next change starts after it ends.
  const taken = takenRegions(state.items, state.decisions);
  const others: Suggestion[] = [];
  for (let k = lastStartingBy(taken, end); k >= 0 && taken[k]!.region.end >= start; k--) {
    const { i } = taken[k]!;
    const edit = i === index ? undefined : editOf(state.items[i]!, state.decisions[i]);
    if (edit) others.push(edit);
  }
  for (let widened = true; widened; ) {
    widened = false;
    for (const e of others) {
      const inside = e.start >= start && e.end <= end;
      const outside = e.end <= start || e.start >= end;
      if (inside || outside) continue;
      start = Math.min(start, e.start);
      end = Math.max(end, e.end);
      widened = true;
    }
  }
  for (const e of others.reverse()) if (e.start >= start && e.end <= end) edits.push(e);
  const before = state.text.slice(start, end);
  const shifted = edits.map((e) => ({ start: e.start - start, end: e.end - start, replacement: e.replacement }));
  return { before, after: applySuggestions(before, shifted) };
}

/** The change the current item would write now: its decision, the edit being typed, or the first suggestion. */
export function pendingEdit(state: ReviewState, index: number): Suggestion | undefined {
  const item = state.items[index]!;
  if (state.mode.name === 'edit' && index === state.cursor) return { ...item.region, replacement: state.mode.field.text };
  const decision = state.decisions[index];
  if (decision) return editOf(item, decision);
  return state.blockedBy[index] === undefined ? item.finding.suggestions[0] : undefined;
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
