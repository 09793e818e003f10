// A subtitle file in the review: a fix across a cue's line break (which the lint reads as a space) keeps the
// cue on as many lines, the break at the fix's space nearest to where it was.
import { readSrt } from '@mtlint/core/formats';
import { describe, expect, it } from 'vitest';
import { correctedText, reduce, type ReviewState } from '../src/state.js';
import { reviewOfFile } from './helpers.js';

const SRT = ['1', '00:00:01,000 --> 00:00:04,000', 'The company has the offer', 'rejected.', '', '2', '00:00:05,000 --> 00:00:08,000', 'They said no.', ''].join('\r\n');

const review = (): Promise<ReviewState> => reviewOfFile('film.srt', SRT);

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
