/** lintFile's score: each unit scored on the file's offsets, against values computed by hand. */
import { describe, expect, it } from 'vitest';
import { lintFile, scoreFile } from './formats.js';
import { score } from './score.js';

// "It rained." has 2 words and no error; "The opposition, the new budget attacked." has 6 words and one major
// error (verb-final-clause, 5 points) whose fix, "The opposition attacked the new budget.", is 18 edits away.
const po = 'msgid "Es regnete."\nmsgstr "It rained."\n\nmsgid "Die Opposition griff den Haushalt an."\nmsgstr "The opposition, the new budget attacked."\n';
const GARBLED = 'The opposition, the new budget attacked.';

describe('lintFile score', () => {
  it('scores each PO entry from its own errors: 100 and 100 − 100 × 5 / 6 = 16.67; the file 100 − 100 × 5 / 8 = 37.5', () => {
    const { score, findings } = lintFile('en.po', po);
    expect(findings.map((f) => f.ruleId)).toEqual(['verb-final-clause']);
    expect(score.segments.map(({ index, id, line, text, words, penalty, score: s }) => ({ index, id, line, text, words, penalty, score: s }))).toEqual([
      { index: 0, id: 'Es regnete.', line: 2, text: 'It rained.', words: 2, penalty: 0, score: 100 },
      { index: 1, id: 'Die Opposition griff den Haushalt an.', line: 5, text: GARBLED, words: 6, penalty: 5, score: 16.67 },
    ]);
    expect([score.score, score.penalty, score.words]).toEqual([37.5, 5, 8]);
    expect(score.byRule).toEqual({ 'verb-final-clause': 5 });
  });

  it('gives each unit its offsets in the file, and the post-editing effort of its fix: 18 characters', () => {
    const { score } = lintFile('en.po', po);
    for (const unit of score.segments) expect(po.slice(unit.start, unit.end)).toBe(unit.text);
    expect(score.segments.map((s) => s.effort)).toEqual([{ distance: 0, perCharacter: 0 }, { distance: 18, perCharacter: 18 / 40 }]);
    expect(score.effort).toEqual({ distance: 18, perCharacter: 18 / 50 });
  });

  it('scores a subset of the findings with scoreFile, and with the weights and perWords asked for', () => {
    const result = lintFile('en.po', po);
    expect(scoreFile(po, result, []).segments.map((s) => s.score)).toEqual([100, 100]);
    expect(scoreFile(po, result, result.findings)).toEqual(result.score);
    expect(lintFile('en.po', po, { perWords: 1000 }).score.segments[1]!.score).toBe(0);
    expect(lintFile('en.po', po, { weights: { major: 1 } }).score.segments[1]!.score).toBe(83.33);
  });

  it('scores the units of other formats too: subtitle cues and Markdown paragraphs, by line', () => {
    const srt = `1\n00:00:01,000 --> 00:00:02,000\nIt rained.\n\n2\n00:00:03,000 --> 00:00:04,000\n${GARBLED}\n`;
    expect(lintFile('a.srt', srt).score.segments.map((s) => [s.id, s.line, s.score])).toEqual([['1', 3], ['2', 7]].map(([id, line], i) => [id, line, [100, 16.67][i]]));
    const md = `# Weather\n\nIt rained.\n\n${GARBLED}\n`;
    expect(lintFile('a.md', md).score.segments.map((s) => [s.line, s.text, s.score])).toEqual([[1, 'Weather', 100], [3, 'It rained.', 100], [5, GARBLED, 16.67]]);
  });

  it('measures the effort of a long unit sentence by sentence, as score() does: a plain text file is one unit', () => {
    const text = `${'It rained. The opposition, the new budget attacked. '.repeat(40)}Prices rose, what angered buyers.`;
    const { score: file } = lintFile('a.txt', text);
    const plain = score(text);
    expect(file.segments).toHaveLength(1);
    expect(file.effort.distance).toBeGreaterThan(40 * 18 - 1);
    expect([file.score, file.penalty, file.words, file.effort.distance]).toEqual([plain.score, plain.penalty, plain.words, plain.effort.distance]);
  });

  it('rejects findings outside the file', () => {
    const result = lintFile('en.po', po);
    expect(() => scoreFile(po, result, [{ mqmSeverity: 'major', category: 'fluency/grammar', start: 0, end: po.length + 1 }])).toThrow(RangeError);
  });
});
