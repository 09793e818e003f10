import { describe, expect, it } from 'vitest';
import { cutText, fitLines, widthOf, wrapRuns, type Line } from '../src/wrap.js';

const text = (lines: Line<string>[]) => lines.map((line) => line.map((run) => run.text).join(''));

describe('wrapping by what the terminal draws', () => {
  it('breaks at spaces and starts no wrapped line with one', () => {
    const lines = wrapRuns([{ text: 'one two three four', style: 'a' }], 9);
    expect(text(lines)).toEqual(['one two', 'three', 'four']);
  });

  it('measures graphemes as the widest terminal draws them: CJK two columns, an emoji sequence with a skin tone or a joiner its parts side by side', () => {
    expect(widthOf('漢字')).toBe(4);
    // tmux 3.3 draws 👍🏽 in four columns, most terminals in two; 👩🏽‍💻 is 👩, 🏽 and 💻 at most.
    expect(widthOf('👍🏽')).toBe(4);
    expect(widthOf('a👩🏽‍💻b')).toBe(8);
    expect(widthOf('👍')).toBe(2);
    const lines = wrapRuns([{ text: '漢字漢字漢字 👍🏽👍🏽👍🏽', style: 'a' }], 6);
    expect(text(lines)).toEqual(['漢字漢', '字漢字', '👍🏽', '👍🏽', '👍🏽']);
    for (const line of text(lines)) expect(widthOf(line)).toBeLessThanOrEqual(6);
  });

  it('cuts a text to a width at a grapheme, ending it with …', () => {
    expect(cutText('ab 👍🏽 cd', 10)).toBe('ab 👍🏽 cd');
    expect(cutText('ab 👍🏽 cd', 9)).toBe('ab 👍🏽 …');
    expect(cutText('ab 👍🏽 cd', 7)).toBe('ab …');
    expect(cutText('漢字漢字', 5)).toBe('漢字…');
  });

  it('keeps the runs and their styles across the break', () => {
    const lines = wrapRuns([{ text: 'plain ', style: 'p' }, { text: 'marked words here', style: 'm' }], 12);
    expect(lines).toEqual([[{ text: 'plain ', style: 'p' }, { text: 'marked', style: 'm' }], [{ text: 'words here', style: 'm' }]]);
  });

  it('fits lines to the rows there are, around the focus, marking a cut with …', () => {
    const lines = wrapRuns([{ text: 'aa bb cc dd ee ff gg', style: 'a' }], 5);
    expect(text(lines)).toEqual(['aa bb', 'cc dd', 'ee ff', 'gg']);
    expect(text(fitLines(lines, 2, 0, 6, 'a'))).toEqual(['aa bb', 'cc dd…']);
    expect(text(fitLines(lines, 2, 3, 6, 'a'))).toEqual(['…ee ff', 'gg']);
    expect(fitLines(lines, 0, 0, 6, 'a')).toEqual([]);
  });
});
