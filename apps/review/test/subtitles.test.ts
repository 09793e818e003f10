// A subtitle file in the review: a fix across a cue's line break (which the lint reads as a space) keeps the
// cue on as many lines, the break at the fix's space nearest to where it was.
import { readSrt } from '@mtlint/core/formats';
import { describe, expect, it } from 'vitest';
import { lintByFormat } from '../src/lint-by-format.js';
import { reviewFeed } from '../src/review-feed.js';
import { correctedText, initialState, reduce, type ReviewState } from '../src/state.js';

const SRT = ['1', '00:00:01,000 --> 00:00:04,000', 'The company has the offer', 'rejected.', '', '2', '00:00:05,000 --> 00:00:08,000', 'They said no.', ''].join('\r\n');

async function review(): Promise<ReviewState> {
  const linted = await lintByFormat('film.srt', SRT);
  if ('problem' in linted) throw new Error(linted.problem);
  const feed = reviewFeed(SRT, linted);
  const items = [];
  for (let progress = 0; progress < 1; ) {
    const found = feed.next();
    items.push(...found.items);
    progress = found.progress;
  }
  return initialState(SRT, items, false, 1, 'film.srt', feed.form);
}

describe('a subtitle file', () => {
  it('an accepted fix across a cue\'s line break keeps the cue on two lines, with the file\'s line ending', async () => {
    const state = await review();
    const cursor = state.items.findIndex((i) => i.finding.ruleId === 'participle-after-object');
    expect(cursor).toBeGreaterThanOrEqual(0);
    const accepted = reduce({ ...state, cursor }, { type: 'accept' });
    const text = correctedText(accepted, accepted.decisions);
    expect(text).toBe(SRT.replace('has the offer\r\nrejected.', 'has rejected\r\nthe offer.'));
    expect(readSrt(text)[0]!.text).toBe('The company has rejected the offer.');
  });
});
