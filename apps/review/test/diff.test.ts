import { describe, expect, it } from 'vitest';
import { partText, wordDiff } from '../src/diff.js';

const marked = (before: string, after: string) => wordDiff(before, after).map((p) => partText(p, true)).join('');

describe('the sentence diff', () => {
  it('marks deleted and inserted words git-style when there is no colour', () => {
    expect(marked('He has invoices filed a warrant.', 'He has filed a warrant.')).toBe('He has [-invoices -]filed a warrant.');
    expect(marked('The new Software works.', 'The new software works.')).toBe('The new [-Software-]{+software+} works.');
  });

  it('shows a change of spacing or punctuation, exactly as it will be written', () => {
    expect(marked('against the Name-government over', 'against the Name government over')).toBe('against the Name[---]{+ +}government over');
    expect(marked('He said, that it works.', 'He said that it works.')).toBe('He said[-,-] that it works.');
  });

  it('shows line breaks as ↵ and leaves unmarked text alone with colour on', () => {
    expect(marked('Credit line\n\nText.', 'Text.')).toBe('[-Credit line↵↵-]Text.');
    expect(wordDiff('Same.', 'Same.').map((p) => partText(p, false)).join('')).toBe('Same.');
  });
});
