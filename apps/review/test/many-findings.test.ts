// A review of many findings: the list, the cursor and the diff of the current finding are computed
// from the findings near the cursor and from lists kept per decision, not by going over every item
// at each key press. These tests hold them to the plain definitions, computed here over all items.
import { applySuggestions, type Finding, type Suggestion } from '@mtlint/core';
import { describe, expect, it } from 'vitest';
import { editOf, editsOf, positionIn, previewChange, reduce, statusOf, visibleItems, type Action, type ReviewState } from '../src/state.js';
import { findingAt, reviewOf } from './helpers.js';

const SENTENCE = 'The the cat sat. He has invoices filed a warrant. The new Software works well. ';
const COPIES = 60;
const TEXT = SENTENCE.repeat(COPIES);
const FINDINGS: Finding[] = Array.from({ length: COPIES }, (_, n) => [
  findingAt(TEXT, 'word-echo', 'The the', [['The the ', 'The ']], n),
  findingAt(TEXT, 'participle-after-object', 'has invoices filed', [['has invoices filed', 'has filed'], ['has invoices filed', 'filed']], n),
  findingAt(TEXT, 'capitalized-common-noun', 'invoices', [['invoices', 'goods']], n),
  findingAt(TEXT, 'capitalized-common-noun', 'Software', [['Software', 'software']], n),
  // Across two sentences: accepted, it widens the diff of the findings in either.
  findingAt(TEXT, 'unclosed-parenthetical', 'sat. He', [['sat. He', 'sat; he']], n),
]).flat();

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);

/** A fixed sequence of moves and decisions, the same on every run (a linear congruential generator). */
function scripted(steps: number): Action[] {
  let seed = 7;
  // MINSTD: exact in doubles, and its high digits vary well.
  const next = (n: number) => ((seed = (seed * 48271) % 2147483647), Math.floor((seed / 2147483647) * n));
  const choices: Array<() => Action> = [
    () => ({ type: 'move', by: next(9) - 4 }),
    () => ({ type: 'accept', alternative: next(2) }),
    () => ({ type: 'reject' }),
    () => ({ type: 'undo' }),
    () => ({ type: 'move', by: next(40) - 20 }),
    () => ({ type: 'accept-rule' }),
  ];
  return Array.from({ length: steps }, () => choices[next(choices.length)]!());
}

/** The diff text by its definition: every other accepted or edited change, over all items. */
function contextChangeOverAll(state: ReviewState, index: number, own: Suggestion | undefined) {
  let { start, end } = state.items[index]!.context;
  if (own) [start, end] = [Math.min(start, own.start), Math.max(end, own.end)];
  const others = editsOf(state.items, state.decisions.map((d, i) => (i === index ? undefined : d)));
  for (let widened = true; widened; ) {
    widened = false;
    for (const e of others) {
      if ((e.start >= start && e.end <= end) || e.end <= start || e.start >= end) continue;
      [start, end, widened] = [Math.min(start, e.start), Math.max(end, e.end), true];
    }
  }
  const edits = [...(own ? [own] : []), ...others.filter((e) => e.start >= start && e.end <= end)];
  const before = state.text.slice(start, end);
  return { before, after: applySuggestions(before, edits.map((e) => ({ ...e, start: e.start - start, end: e.end - start }))) };
}

/** What the item's decision writes, or while it is pending its first suggestion. */
const ownChange = (s: ReviewState, i: number) => {
  const decision = s.decisions[i];
  if (decision) return editOf(s.items[i]!, decision);
  return statusOf(s, i) === 'pending' ? s.items[i]!.changes[0] : undefined;
};

/** The listed items by their definition. */
const listedOverAll = (s: ReviewState) =>
  s.items.flatMap((item, i) => {
    if (s.fold && statusOf(s, i) !== 'pending') return [];
    const needle = s.filter.toLowerCase();
    const hit = item.finding.ruleId.includes(needle) || s.text.slice(item.context.start, item.context.end).toLowerCase().includes(needle);
    return hit ? [i] : [];
  });

describe('a review of many findings', () => {
  const start = reviewOf(TEXT, FINDINGS);

  it('the diff of every finding, after many decisions, is the one computed over all changes', () => {
    let s = start;
    let decided = 0;
    let widened = 0;
    /** Compares the diffs of the given items; counts those that take in a change beyond the finding's own context. */
    const compare = (indices: Iterable<number>) => {
      for (const i of indices) {
        const { before, after } = previewChange(s, i, s.items[i]!.context);
        const diff = { before, after };
        expect(diff).toEqual(contextChangeOverAll(s, i, ownChange(s, i)));
        if (diff.before.length > s.items[i]!.context.end - s.items[i]!.context.start) widened++;
      }
    };
    scripted(400).forEach((action, step) => {
      s = run(s, action);
      compare(step % 50 === 49 ? s.items.keys() : [s.cursor]);
      decided = Math.max(decided, s.decisions.filter(Boolean).length);
    });
    expect(decided).toBeGreaterThan(20);
    expect(widened).toBeGreaterThan(0);
  });

  it('moving keeps the list it had; a decision, the filter and the fold make the list their definition gives', () => {
    let s = run(start, { type: 'filter' }, { type: 'field', change: { type: 'insert', text: 'software' } }, { type: 'commit' });
    const listed = visibleItems(s);
    expect(listed).toEqual(listedOverAll(s));
    expect(listed.length).toBe(COPIES);
    const moved = run(s, { type: 'move', by: 5 }, { type: 'move', by: -2 });
    expect(moved.cursor).toBe(listed[3]);
    expect(visibleItems(moved)).toBe(listed);
    s = run(moved, { type: 'accept', alternative: 0 }, { type: 'fold' });
    expect(visibleItems(s)).toEqual(listedOverAll(s));
    expect(visibleItems(s)).not.toContain(listed[3]);
    s = run(s, { type: 'undo' });
    expect(visibleItems(s)).toEqual(listedOverAll(s));
    expect(visibleItems(s)).toContain(listed[3]);
  });

  it('positionIn finds an item in a list as indexOf does', () => {
    const listed = [0, 3, 4, 9, 10, 57];
    for (let i = -1; i <= 60; i++) expect(positionIn(listed, i)).toBe(listed.indexOf(i));
    expect(positionIn([], 0)).toBe(-1);
  });
});
