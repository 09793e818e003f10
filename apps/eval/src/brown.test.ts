import { describe, expect, it } from 'vitest';
import { brownSentence, brownText } from './brown.js';
import { loadBrown } from './fixtures.js';

describe('the Brown corpus as text', () => {
  it('sets a tagged sentence as prose: quotes, punctuation against their words, dashes', () => {
    expect(brownSentence("\tThe/at jury/nn said/vbd ,/, ``/`` it/pps did/dod ''/'' ./.")).toBe('The jury said, “it did”.');
    expect(brownSentence('\tHe/pps left/vbd --/-- quickly/rb (/( at/in noon/nn )/) ./.')).toBe('He left—quickly (at noon).');
  });

  it('joins sentences into paragraphs and gives a headline a paragraph of its own', () => {
    const sample = ['\tA/at ./.', '\tB/np ./.', '\tReps/nns-hl Meet/vb-hl', '\tC/np ./.'].join('\n\n');
    expect(brownText(sample, 5)).toBe('A. B.\n\nReps Meet\n\nC.\n');
  });

  it('loads all 500 samples, a million words, as stretches linted on their own', () => {
    const brown = loadBrown();
    expect(brown.documents).toHaveLength(500);
    expect(brown.gold.spans).toEqual([]);
    const last = brown.documents!.at(-1)!;
    expect(last.end).toBe(brown.text.length);
    expect(brown.text.slice(brown.documents![1]!.start - 1, brown.documents![1]!.start + 1)).toMatch(/^\n\S/);
  });
});
