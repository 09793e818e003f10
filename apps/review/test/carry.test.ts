import { score, type Finding } from '@mtlint/core';
import { describe, expect, it } from 'vitest';
import { carryDecisions } from '../src/carry.js';
import { itemBuilder } from '../src/items.js';
import { correctedText, reduce, type Action, type ReviewState } from '../src/state.js';
import { findingAt, reviewOf } from './helpers.js';

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);

describe('carrying decisions to the file read again', () => {
  const before = 'The new Software works. He saw the the cat. It rains.';
  const findingsOf = (text: string): Finding[] => [
    findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']]),
    findingAt(text, 'word-echo', 'the the', [['the the ', 'the ']]),
  ];
  const itemsOf = (text: string) => itemBuilder(text, score(text, findingsOf(text)).segments)(findingsOf(text));

  it('moves each decision to the same finding in the same sentence, wherever the sentence now stands', () => {
    const reviewed = run(reviewOf(before, findingsOf(before)), { type: 'accept' }, { type: 'edit', whole: true }, { type: 'field', change: { type: 'insert', text: ' Really.' } }, { type: 'commit' });
    const after = `A colleague added this. ${before}`;
    const items = itemsOf(after);
    const carried = carryDecisions(reviewed, reviewed.decisions, { text: after, items });
    expect(carried).toMatchObject({ carried: 2, dropped: 0 });
    expect(correctedText({ text: after, items }, carried.decisions)).toBe('A colleague added this. The new software works. He saw the cat. Really. It rains.');
  });

  it('leaves out a decision whose sentence was changed meanwhile, and counts it', () => {
    const reviewed = run(reviewOf(before, findingsOf(before)), { type: 'accept' }, { type: 'accept' });
    const after = 'The new Software works. He saw the the old cat. It rains.';
    const carried = carryDecisions(reviewed, reviewed.decisions, { text: after, items: itemsOf(after) });
    expect(carried).toMatchObject({ carried: 1, dropped: 1 });
    expect(carried.decisions).toEqual([{ kind: 'accepted', alternative: 0 }, undefined]);
  });
});
