import { score } from '@mtlint/core';
import { describe, expect, it } from 'vitest';
import {
  contextChange,
  correctedText,
  countStatuses,
  hasUnsavedChanges,
  initialState,
  previewChange,
  projectedScore,
  reduce,
  statusOf,
  visibleItems,
  type Action,
  type ReviewState,
} from '../src/state.js';
import { itemBuilder } from '../src/items.js';
import { FINDINGS, findingAt, reviewOf, TEXT } from './helpers.js';

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);
const fresh = () => reviewOf(TEXT, FINDINGS);
const statuses = (s: ReviewState) => s.items.map((_, i) => statusOf(s, i));
/** The keys that replace `current` in a field by `text`: backspaces, then the typing. */
const retype = (current: string, text: string): Action[] => [
  ...Array.from(current, (): Action => ({ type: 'field', change: { type: 'erase' } })),
  ...(text ? [{ type: 'field', change: { type: 'insert', text } } as const] : []),
];

describe('moving', () => {
  it('moves down and up within the list and stops at its ends', () => {
    const s = fresh();
    expect(run(s, { type: 'move', by: 1 }).cursor).toBe(1);
    expect(run(s, { type: 'move', by: 1 }, { type: 'move', by: 1 }, { type: 'move', by: -1 }).cursor).toBe(1);
    expect(run(s, { type: 'move', by: -1 }).cursor).toBe(0);
    expect(run(s, { type: 'move', by: 99 }).cursor).toBe(4);
  });
});

describe('deciding', () => {
  it('accepts the first suggestion and moves on to the next pending finding', () => {
    const s = run(fresh(), { type: 'accept', alternative: 0 });
    expect(statuses(s)).toEqual(['accepted', 'pending', 'pending', 'pending', 'pending']);
    expect(s.cursor).toBe(1);
    expect(correctedText(s, s.decisions)).toBe('The cat sat. He has invoices filed a warrant. The new Software works well. Then the the end came.');
  });

  it('accepts a numbered alternative', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'accept', alternative: 1 });
    expect(s.decisions[1]).toEqual({ kind: 'accepted', alternative: 1 });
    expect(correctedText(s, s.decisions)).toContain('He filed a warrant.');
  });

  it('refuses an alternative the finding does not have, and says how many there are', () => {
    const s = run(fresh(), { type: 'accept', alternative: 2 });
    expect(s.decisions[0]).toBeUndefined();
    expect(s.history).toHaveLength(0);
    expect(s.notice).toEqual({ text: 'There is 1 suggestion.', error: true });
  });

  it('rejects without changing the text', () => {
    const s = run(fresh(), { type: 'reject' });
    expect(statuses(s)[0]).toBe('rejected');
    expect(s.cursor).toBe(1);
    expect(correctedText(s, s.decisions)).toBe(TEXT);
  });

  it('wraps around to the first pending finding after the last', () => {
    const s = run(fresh(), { type: 'move', by: 4 }, { type: 'accept', alternative: 0 });
    expect(s.cursor).toBe(0);
  });

  it('re-decides a decided finding', () => {
    const s = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'move', by: -1 }, { type: 'reject' });
    expect(statuses(s)[0]).toBe('rejected');
    expect(correctedText(s, s.decisions)).toBe(TEXT);
  });
});

describe('overlaps', () => {
  it('accepting a finding blocks those it overlaps, which then cannot be accepted or edited', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'accept', alternative: 0 });
    expect(statuses(s)).toEqual(['pending', 'accepted', 'blocked', 'pending', 'pending']);
    // The cursor skipped the blocked finding.
    expect(s.cursor).toBe(3);
    const tried = run(s, { type: 'move', by: -1 }, { type: 'accept', alternative: 0 });
    expect(tried.cursor).toBe(2);
    expect(tried.decisions[2]).toBeUndefined();
    expect(tried.notice?.text).toMatch(/^This change overlaps the one accepted at 1:21; undo that one, or edit the sentence/);
    // Editing it is allowed: the edit takes the overlapping change in.
    expect(run(tried, { type: 'edit' }).mode.name).toBe('edit');
  });

  it('undoing the acceptance frees the blocked finding', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'accept', alternative: 0 }, { type: 'undo' });
    expect(statuses(s)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    expect(s.cursor).toBe(1);
  });

  it('treats two insertions at one offset as overlapping, as applySuggestions does', () => {
    const text = 'One two three.';
    const a = findingAt(text, 'a', 'two', [['', ',']]);
    const b = findingAt(text, 'b', 'two', [['', ';']]);
    const s = run(reviewOf(text, [a, b]), { type: 'accept', alternative: 0 });
    expect(statuses(s)).toEqual(['accepted', 'blocked']);
  });

  it('the written text is every accepted change, with no overlap skipped', () => {
    const s = run(fresh(), { type: 'move', by: 2 }, { type: 'accept', alternative: 0 }, { type: 'accept', alternative: 0 });
    expect(statuses(s)).toEqual(['pending', 'blocked', 'accepted', 'accepted', 'pending']);
    expect(correctedText(s, s.decisions)).toBe('The the cat sat. He has goods filed a warrant. The new software works well. Then the the end came.');
  });
});

describe('editing', () => {
  it('starts with the region as the first suggestion writes it, and writes what was typed', () => {
    const editing = run(fresh(), { type: 'move', by: 1 }, { type: 'edit' });
    expect(editing.mode).toEqual({ name: 'edit', field: { text: 'has filed', caret: 9 }, span: { start: 20, end: 38 }, whole: false });
    const s = run(editing, ...retype('has filed', 'has brought'), { type: 'commit' });
    // Cut to what changed: "has " stays.
    expect(s.decisions[1]).toEqual({ kind: 'edited', start: 24, end: 38, replacement: 'brought' });
    expect(statuses(s)[2]).toBe('blocked');
    expect(correctedText(s, s.decisions)).toContain('He has brought a warrant.');
  });

  it('keeping a suggestion unchanged counts as accepting it', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'edit' }, ...retype('has filed', 'filed'), { type: 'commit' });
    expect(s.decisions[1]).toEqual({ kind: 'accepted', alternative: 1 });
  });

  it('esc leaves the field without deciding', () => {
    const s = run(fresh(), { type: 'edit' }, { type: 'field', change: { type: 'insert', text: 'A' } }, { type: 'cancel' });
    expect(s.mode.name).toBe('browse');
    expect(s.decisions[0]).toBeUndefined();
    expect(s.history).toHaveLength(0);
  });

  it('the diff follows the draft as it is typed', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'edit' }, ...retype('has filed', 'has lodged'));
    expect(previewChange(s, 1, s.items[1]!.context)).toMatchObject({ before: 'He has invoices filed a warrant.', after: 'He has lodged a warrant.' });
  });

  it('edits the whole sentence of a finding without suggestions', () => {
    const text = 'You see the point.';
    const f = findingAt(text, 'second-person-in-report', 'You', []);
    expect(run(reviewOf(text, [f]), { type: 'edit' }).mode).toEqual({
      name: 'edit',
      field: { text: 'You see the point.', caret: 18 },
      span: { start: 0, end: 18 },
      whole: true,
    });
    expect(run(reviewOf(text, [f]), { type: 'accept', alternative: 0 }).notice?.text).toBe(
      'This finding has no suggestion; press e to write the correction.',
    );
  });
});

describe('undo', () => {
  it('undoes many levels, back to the start, then says there is nothing to undo', () => {
    const decided = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'reject' }, { type: 'move', by: 1 }, { type: 'accept', alternative: 0 });
    expect(countStatuses(decided)).toMatchObject({ accepted: 2, rejected: 1 });
    const once = run(decided, { type: 'undo' });
    expect(countStatuses(once)).toMatchObject({ accepted: 1, rejected: 1 });
    const all = run(once, { type: 'undo' }, { type: 'undo' });
    expect(all.decisions.every((d) => d === undefined)).toBe(true);
    expect(all.cursor).toBe(0);
    expect(run(all, { type: 'undo' }).notice).toEqual({ text: 'Nothing to undo.', error: true });
  });
});

describe('accept every finding of a rule', () => {
  it('accepts the pending findings of the current rule in one undoable step', () => {
    const s = run(fresh(), { type: 'accept-rule' });
    expect(statuses(s)).toEqual(['accepted', 'pending', 'pending', 'pending', 'accepted']);
    expect(s.notice).toEqual({ text: 'Accepted 2 findings of word-echo.', error: false });
    expect(run(s, { type: 'undo' }).decisions.every((d) => d === undefined)).toBe(true);
  });

  it('skips decided and blocked findings', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'accept', alternative: 0 }, { type: 'accept-rule' });
    // The cursor was on "Software"; "invoices" is blocked by the accepted participle fix.
    expect(statuses(s)).toEqual(['pending', 'accepted', 'blocked', 'accepted', 'pending']);
  });
});

describe('filter and fold', () => {
  it('filters by rule id or by text, moving the cursor onto a listed finding; empty clears', () => {
    const byRule = run(fresh(), { type: 'filter' }, ...retype('', 'capitalized'), { type: 'commit' });
    expect(visibleItems(byRule)).toEqual([2, 3]);
    expect(byRule.cursor).toBe(2);
    const byText = run(fresh(), { type: 'filter' }, ...retype('', 'END came'), { type: 'commit' });
    expect(visibleItems(byText)).toEqual([4]);
    const cleared = run(byText, { type: 'filter' }, ...retype('END came', ''), { type: 'commit' });
    expect(visibleItems(cleared)).toHaveLength(5);
  });

  it('esc in the filter field keeps the filter as it was', () => {
    const s = run(fresh(), { type: 'filter' }, ...retype('', 'echo'), { type: 'cancel' });
    expect(s.filter).toBe('');
  });

  it('folds finished findings away and shows them again', () => {
    const folded = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'fold' });
    expect(visibleItems(folded)).toEqual([1, 2, 3, 4]);
    expect(visibleItems(run(folded, { type: 'fold' }))).toHaveLength(5);
  });
});

describe('the key help', () => {
  it('opens at its top, scrolls within 0 and the lines the screen leaves below, and closes', () => {
    const open = run(fresh(), { type: 'help' });
    expect(open.mode).toEqual({ name: 'help', scroll: 0 });
    const scrolled = (s: ReviewState) => (s.mode.name === 'help' ? s.mode.scroll : undefined);
    expect(scrolled(run(open, { type: 'scroll-help', by: 1, max: 5 }))).toBe(1);
    expect(scrolled(run(open, { type: 'scroll-help', by: 9, max: 5 }))).toBe(5);
    expect(scrolled(run(open, { type: 'scroll-help', by: 9, max: 5 }, { type: 'scroll-help', by: -1, max: 5 }))).toBe(4);
    expect(scrolled(run(open, { type: 'scroll-help', by: -3, max: 5 }))).toBe(0);
    expect(run(open, { type: 'help' }).mode.name).toBe('browse');
    expect(run(fresh(), { type: 'scroll-help', by: 1, max: 5 }).mode.name).toBe('browse');
  });
});

describe('quitting and saving', () => {
  it('quits at once when nothing is unsaved', () => {
    expect(run(fresh(), { type: 'quit' }).mode.name).toBe('quit');
  });

  it('asks first when changes are unsaved; n quits without saving, esc stays', () => {
    const asked = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'quit' });
    expect(asked.mode.name).toBe('confirm-quit');
    expect(run(asked, { type: 'discard' }).mode.name).toBe('quit');
    expect(run(asked, { type: 'cancel' }).mode.name).toBe('browse');
  });

  it('a save records what was saved; undoing back to it leaves nothing unsaved', () => {
    const accepted = run(fresh(), { type: 'accept', alternative: 0 });
    const saved = run(accepted, { type: 'saved', decisions: accepted.decisions, message: 'Saved f.', quit: false, output: 'doc.txt' });
    expect(saved.notice).toEqual({ text: 'Saved f.', error: false });
    expect(hasUnsavedChanges(saved)).toBe(false);
    const more = run(saved, { type: 'reject' });
    expect(hasUnsavedChanges(run(more, { type: 'move', by: 1 }, { type: 'accept', alternative: 0 }))).toBe(true);
    expect(hasUnsavedChanges(run(more, { type: 'undo' }))).toBe(false);
  });

  it('without a baseline a rejection is not a change to save; with one it is', () => {
    expect(hasUnsavedChanges(run(fresh(), { type: 'reject' }))).toBe(false);
    expect(hasUnsavedChanges(run(reviewOf(TEXT, FINDINGS, true), { type: 'reject' }))).toBe(true);
  });

  it('save and quit quits once the save is done; a failed save stays and says why', () => {
    const asked = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'quit' });
    expect(run(asked, { type: 'saved', decisions: asked.decisions, message: 'ok', quit: true, output: 'doc.txt' }).mode.name).toBe('quit');
    const failed = run(asked, { type: 'save-failed', message: 'could not write f: permission denied; the file is unchanged' });
    expect(failed.mode.name).toBe('browse');
    expect(failed.notice).toEqual({ text: 'could not write f: permission denied; the file is unchanged', error: true });
  });

  it('a notice lasts until the next key press', () => {
    const s = run(fresh(), { type: 'undo' });
    expect(s.notice).toBeDefined();
    expect(run(s, { type: 'move', by: 1 }).notice).toBeUndefined();
  });
});

describe('what the screen shows', () => {
  it('the context diff includes other accepted changes in the sentence', () => {
    const text = 'The new Software and the new Hardware work.';
    const a = findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']]);
    const b = findingAt(text, 'capitalized-common-noun', 'Hardware', [['Hardware', 'hardware']]);
    const s = run(reviewOf(text, [a, b]), { type: 'accept', alternative: 0 });
    expect(previewChange(s, 1, s.items[1]!.context).after).toBe('The new software and the new hardware work.');
    expect(contextChange(s, 1, undefined).after).toBe('The new software and the new Hardware work.');
  });

  it('projects the score without the penalties of accepted and edited findings', () => {
    const base = score(TEXT, FINDINGS);
    const s = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'reject' });
    expect(projectedScore(base, s)).toBe(score(TEXT, FINDINGS.slice(1)).score);
    expect(projectedScore(base, fresh())).toBe(base.score);
  });

  it('projects the score with the weights and normalisation the text was scored with', () => {
    const scoring = { weights: { minor: 2, major: 3, critical: 10 }, perWords: 150 } as const;
    const base = score(TEXT, FINDINGS, scoring);
    const s = run(fresh(), { type: 'accept', alternative: 0 }, { type: 'reject' });
    expect(projectedScore(base, s, scoring)).toBe(score(TEXT, FINDINGS.slice(1), scoring).score);
    expect(projectedScore(base, s, scoring)).not.toBe(score(TEXT, FINDINGS.slice(1)).score);
  });
});

describe('items found while the rest of the file is linted', () => {
  const toItems = itemBuilder(TEXT, score(TEXT, FINDINGS).segments);
  /** The app opened on the first two findings; the lint has 40% of the file behind it. */
  const partial = () => initialState(TEXT, toItems(FINDINGS.slice(0, 2)), false, 0.4);
  const found: Action = { type: 'found', items: toItems(FINDINGS.slice(2)), progress: 1 };

  it('appends them, blocked where they overlap an accepted change, keeping the cursor and the notice', () => {
    const before = run(partial(), { type: 'move', by: 1 }, { type: 'accept', alternative: 0 }, { type: 'accept', alternative: 7 });
    expect(before.notice?.text).toBe('There is 1 suggestion.');
    const s = reduce(before, found);
    expect(s.progress).toBe(1);
    expect(statuses(s)).toEqual(['pending', 'accepted', 'blocked', 'pending', 'pending']);
    expect(s.cursor).toBe(before.cursor);
    expect(s.notice).toBe(before.notice);
    expect(countStatuses(s)).toEqual({ pending: 3, accepted: 1, edited: 0, rejected: 0, blocked: 1 });
  });

  it('undo restores a decision made before they came, blocking those it overlaps', () => {
    const s = run(partial(), { type: 'move', by: 1 }, { type: 'accept', alternative: 0 }, { type: 'accept', alternative: 0 }, found, { type: 'undo' });
    expect(statuses(s)).toEqual(['pending', 'accepted', 'blocked', 'pending', 'pending']);
    expect(statuses(run(s, { type: 'undo' }))).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
  });

  it('accepting a whole rule reaches them, and the written text has every change', () => {
    const s = run(partial(), { type: 'accept', alternative: 0 }, found, { type: 'move', by: 1 }, { type: 'accept-rule' });
    expect(statuses(s)).toEqual(['accepted', 'blocked', 'accepted', 'accepted', 'pending']);
    expect(correctedText(s, s.decisions)).toBe('The cat sat. He has goods filed a warrant. The new software works well. Then the the end came.');
  });

  it('a filter that listed nothing moves the cursor onto the first new finding it lists', () => {
    const filtered = run(partial(), { type: 'filter' }, { type: 'field', change: { type: 'insert', text: 'Software' } }, { type: 'commit' });
    expect(visibleItems(filtered)).toEqual([]);
    const s = reduce(filtered, found);
    expect(visibleItems(s)).toEqual([3]);
    expect(s.cursor).toBe(3);
  });
});

describe('conflicts at the character level', () => {
  // "largely on, unsubstantiated": one rule deletes the comma, another rewrites the next word.
  const text = 'The claims rest largely on , unsubstantiated reports.';
  const comma = findingAt(text, 'space-before-comma', 'on , unsubstantiated', [['on , unsubstantiated', 'on unsubstantiated']]);
  const word = findingAt(text, 'word-choice', 'unsubstantiated reports', [['unsubstantiated reports', 'unproven reports']]);

  it('two decisions whose changed characters do not overlap are both kept, though their spans do', () => {
    const s = run(reviewOf(text, [comma, word]), { type: 'accept' }, { type: 'accept' });
    expect(statuses(s)).toEqual(['accepted', 'accepted']);
    expect(correctedText(s, s.decisions)).toBe('The claims rest largely on unproven reports.');
  });

  it('decisions changing the same characters still conflict, and say where', () => {
    const other = findingAt(text, 'word-choice', 'unsubstantiated', [['unsubstantiated', 'baseless']]);
    const s = run(reviewOf(text, [word, other]), { type: 'accept' });
    expect(statuses(s)).toEqual(['accepted', 'blocked']);
    expect(run(s, { type: 'move', by: 1 }, { type: 'accept' }).notice?.text).toMatch(/^This change overlaps the one accepted at 1:30/);
  });

  it('an edit of the whole sentence is cut to what it changes, and keeps other decisions clear of it', () => {
    const echo = findingAt(text, 'word-echo', 'The claims', [['The claims', 'These claims']]);
    const s = run(reviewOf(text, [echo, comma]), { type: 'accept' }, { type: 'edit', whole: true });
    // The field starts with the sentence as it would read: the other accepted change and this finding's suggestion in it.
    expect(s.mode).toMatchObject({ name: 'edit', whole: true, field: { text: 'These claims rest largely on unsubstantiated reports.' } });
    const edited = run(s, ...retype('reports.', 'rumours.'), { type: 'commit' });
    expect(edited.decisions[1]).toEqual({ kind: 'edited', start: text.indexOf(', '), end: text.indexOf('reports.') + 'report'.length, replacement: 'unsubstantiated rumour' });
    expect(edited.decisions[0]).toEqual({ kind: 'accepted', alternative: 0 });
    expect(correctedText(edited, edited.decisions)).toBe('These claims rest largely on unsubstantiated rumours.');
  });

  it('an edit that reaches into another accepted change takes it in; undo gives it back', () => {
    // The comma's deletion is accepted; the sentence of the next finding is then rewritten across it.
    const s = run(reviewOf(text, [comma, word]), { type: 'accept' }, { type: 'edit', whole: true });
    expect(s.cursor).toBe(1);
    expect(s.mode).toMatchObject({ field: { text: 'The claims rest largely on unproven reports.' } });
    const typed = 'The claims rest largely on, doubtful reports.';
    const edited = run(s, { type: 'field', change: { type: 'caret-to', at: 'start' } }, { type: 'field', change: { type: 'kill-after' } }, { type: 'field', change: { type: 'insert', text: typed } }, { type: 'commit' });
    expect(edited.decisions[0]).toBeUndefined();
    expect(edited.decisions[1]).toMatchObject({ kind: 'edited' });
    expect(correctedText(edited, edited.decisions)).toBe(typed);
    const undone = run(edited, { type: 'undo' });
    expect(undone.decisions[0]).toEqual({ kind: 'accepted', alternative: 0 });
    expect(undone.decisions[1]).toBeUndefined();
  });

  it('an edit beside another accepted change leaves it alone', () => {
    const s = run(reviewOf(text, [comma, word]), { type: 'accept' }, { type: 'edit', whole: true }, ...retype('unproven reports.', 'doubtful reports.'), { type: 'commit' });
    expect(s.decisions[0]).toEqual({ kind: 'accepted', alternative: 0 });
    expect(s.decisions[1]).toEqual({ kind: 'edited', start: text.indexOf('unsub'), end: text.indexOf('unsub') + 'unsubstantiated'.length, replacement: 'doubtful' });
    expect(correctedText(s, s.decisions)).toBe('The claims rest largely on doubtful reports.');
  });
});

describe('back to pending', () => {
  it('p sets a decided finding back to pending, freeing what it blocked; undo decides it again', () => {
    const decided = run(fresh(), { type: 'move', by: 1 }, { type: 'accept' }, { type: 'move', by: -2 });
    expect(decided.cursor).toBe(1);
    expect(statuses(decided)[2]).toBe('blocked');
    const s = run(decided, { type: 'pending' });
    expect(statuses(s)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    expect(s.cursor).toBe(1);
    expect(run(s, { type: 'undo' }).decisions[1]).toEqual({ kind: 'accepted', alternative: 0 });
    expect(run(s, { type: 'pending' }).notice?.text).toBe('This finding is pending already.');
  });
});

describe('accepting a whole rule while the lint runs, and with a filter', () => {
  const text = 'The new Software works. The old Hardware broke. The new Firmware helps. Then the the end.';
  const findings = [
    findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']]),
    findingAt(text, 'capitalized-common-noun', 'Hardware', [['Hardware', 'hardware']]),
    findingAt(text, 'capitalized-common-noun', 'Firmware', [['Firmware', 'firmware']]),
    findingAt(text, 'word-echo', 'the the', [['the the ', 'the ']]),
  ];
  const toItems = itemBuilder(text, score(text, findings).segments);
  const partial = () => initialState(text, toItems(findings.slice(0, 1)), false, 0.3);
  const found = (from: number, to: number, progress: number): Action => ({ type: 'found', items: toItems(findings.slice(from, to)), progress });

  it('says that later findings will follow, and accepts them as the lint finds them', () => {
    const s = run(partial(), { type: 'accept-rule' });
    expect(s.notice?.text).toBe('Accepted 1 finding of capitalized-common-noun; those the lint still finds will be accepted as they come.');
    const later = run(s, found(1, 2, 0.6), found(2, 4, 1));
    expect(statuses(later)).toEqual(['accepted', 'accepted', 'accepted', 'pending']);
    expect(correctedText(later, later.decisions)).toBe('The new software works. The old hardware broke. The new firmware helps. Then the the end.');
    // One undo takes the rule's acceptance back, the later ones with it, and no more come.
    const undone = run(later, { type: 'undo' });
    expect(statuses(undone)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(undone.acceptAll).toEqual([]);
  });

  it('accepts only what the filter lists and says how many it left', () => {
    const all = initialState(text, toItems(findings));
    const s = run(all, { type: 'filter' }, { type: 'field', change: { type: 'insert', text: 'new' } }, { type: 'commit' }, { type: 'accept-rule' });
    expect(statuses(s)).toEqual(['accepted', 'pending', 'accepted', 'pending']);
    expect(s.notice?.text).toBe('Accepted 2 findings of capitalized-common-noun; 1 hidden by the filter left pending.');
  });

  it('while the lint runs with a filter, later findings are accepted only where the filter lists them', () => {
    const s = run(partial(), { type: 'filter' }, { type: 'field', change: { type: 'insert', text: 'new' } }, { type: 'commit' }, { type: 'accept-rule' }, found(1, 4, 1));
    expect(statuses(s)).toEqual(['accepted', 'pending', 'accepted', 'pending']);
  });
});

describe('navigation', () => {
  it('g and G go to the first and last, n and N to the next and previous pending', () => {
    const s = fresh();
    expect(run(s, { type: 'jump', to: 'last' }).cursor).toBe(4);
    expect(run(s, { type: 'jump', to: 'last' }, { type: 'jump', to: 'first' }).cursor).toBe(0);
    expect(run(s, { type: 'reject' }, { type: 'jump', to: 'first' }, { type: 'jump', to: 'next-pending' }).cursor).toBe(1);
    expect(run(s, { type: 'jump', to: 'previous-pending' }).cursor).toBe(4);
  });

  it('] and [ go to the first finding of the next and previous rule, in the order the list shows the rules, wrapping', () => {
    const s = fresh();
    // word-echo at 0 and 4, participle-after-object at 1, capitalized-common-noun at 2 and 3.
    expect(run(s, { type: 'jump', to: 'next-rule' }).cursor).toBe(1);
    expect(run(s, { type: 'jump', to: 'next-rule' }, { type: 'jump', to: 'next-rule' }).cursor).toBe(2);
    expect(run(s, { type: 'move', by: 3 }, { type: 'jump', to: 'next-rule' }).cursor).toBe(0);
    expect(run(s, { type: 'jump', to: 'last' }, { type: 'jump', to: 'next-rule' }).cursor).toBe(1);
    expect(run(s, { type: 'jump', to: 'previous-rule' }).cursor).toBe(2);
    expect(run(s, { type: 'jump', to: 'last' }, { type: 'jump', to: 'previous-rule' }).cursor).toBe(2);
    expect(run(s, { type: 'move', by: 3 }, { type: 'jump', to: 'previous-rule' }).cursor).toBe(1);
  });

  it('] and [ follow the listed findings: a filter that lists one rule leaves the cursor where it is, and says so', () => {
    const listed = run(fresh(), { type: 'filter' }, { type: 'field', change: { type: 'insert', text: 'capitalized' } }, { type: 'commit' });
    expect(visibleItems(listed)).toEqual([2, 3]);
    const alone = run(listed, { type: 'move', by: 1 }, { type: 'jump', to: 'next-rule' });
    expect(alone.cursor).toBe(3);
    expect(alone.notice?.text).toBe('No rule but capitalized-common-noun is listed.');
    // 0 accepted and folded away: word-echo's first listed finding is 4, and it is listed last.
    const folded = run(fresh(), { type: 'accept' }, { type: 'fold' }, { type: 'jump', to: 'first' });
    expect(folded.cursor).toBe(1);
    expect(run(folded, { type: 'jump', to: 'previous-rule' }).cursor).toBe(4);
  });

  it('the filter narrows the list as it is typed; esc brings the old one back', () => {
    const typing = run(fresh(), { type: 'filter' }, { type: 'field', change: { type: 'insert', text: 'soft' } });
    expect(visibleItems(typing)).toEqual([3]);
    expect(typing.cursor).toBe(3);
    expect(visibleItems(run(typing, { type: 'cancel' }))).toEqual([0, 1, 2, 3, 4]);
  });

  it('a highlighted alternative is what the diff shows and what a accepts; moving resets it', () => {
    const s = run(fresh(), { type: 'move', by: 1 }, { type: 'highlight', alternative: 1 });
    expect(previewChange(s, 1, s.items[1]!.context).after).toBe('He filed a warrant.');
    expect(run(s, { type: 'accept' }).decisions[1]).toEqual({ kind: 'accepted', alternative: 1 });
    expect(run(s, { type: 'highlight', by: 1 }).highlight).toBe(0);
    expect(run(s, { type: 'move', by: 1 }).highlight).toBe(0);
  });
});
