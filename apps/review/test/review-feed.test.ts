import { addEntries, baselineFilter, emptyBaseline } from '@mtlint/baseline';
import { lint, score } from '@mtlint/core';
import { describe, expect, it } from 'vitest';
import { itemBuilder } from '../src/items.js';
import { lintByFormat } from '../src/lint-by-format.js';
import { reviewFeed, type FoundItems, type ReviewFeed } from '../src/review-feed.js';

const PROSE = 'We saw the the cat in the garden. The new Software works well.';
const LONG = Array.from({ length: 600 }, (_, i) => `Report ${i}: ${PROSE}`).join('\n\n');

async function feedOf(text: string, options: Parameters<typeof reviewFeed>[2] = {}): Promise<ReviewFeed> {
  const linted = await lintByFormat('long.txt', text);
  if ('problem' in linted) throw new Error(linted.problem);
  return reviewFeed(text, linted, options);
}

function drain(feed: ReviewFeed): FoundItems[] {
  const all = [feed.next()];
  while (all.at(-1)!.progress < 1) all.push(feed.next());
  return all;
}

describe('reviewFeed', () => {
  it('gives the items of a long file a stretch at a time, together the items of all its findings', async () => {
    const feed = await feedOf(LONG);
    expect(() => feed.score()).toThrow(/not linted to its end/);
    const found = drain(feed);
    expect(found.length).toBeGreaterThan(1);
    const findings = lint(LONG);
    const all = itemBuilder(LONG, score(LONG, findings).segments)(findings);
    expect(found.flatMap((f) => f.items)).toEqual(all);
    expect(feed.next()).toEqual({ items: [], progress: 1 });
    expect(feed.score().score).toBe(score(LONG, findings).score);
    expect(feed.known).toBe(0);
  });

  it('leaves out what the baseline knows, across stretches, and counts it', async () => {
    const baseline = addEntries(
      emptyBaseline(),
      Array.from({ length: 700 }, () => ({ file: 'long.txt', ruleId: 'capitalized-common-noun', text: 'Software' })),
    );
    const feed = await feedOf(LONG, { keep: baselineFilter(baseline, 'long.txt', LONG) });
    const items = drain(feed).flatMap((f) => f.items);
    expect(items.some((i) => i.finding.ruleId === 'capitalized-common-noun')).toBe(false);
    expect(items.length).toBeGreaterThan(0);
    expect(feed.known).toBe(600);
    const shown = lint(LONG).filter((f) => f.ruleId !== 'capitalized-common-noun');
    expect(feed.score().score).toBe(score(LONG, shown).score);
  });
});
