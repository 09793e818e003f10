import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyBaseline, parseBaseline } from '@mtlint/baseline';
import { afterAll, describe, expect, it } from 'vitest';
import { saver } from '../src/save.js';
import { reduce, type Action, type ReviewState } from '../src/state.js';
import { findingAt, reviewOf } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);

describe('saving', () => {
  it('writes the accepted and edited changes and keeps CRLF line endings and the final newline', async () => {
    const text = 'The new Software works.\r\n\r\nHe has invoices filed a warrant.\r\n';
    const findings = [
      findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']]),
      findingAt(text, 'participle-after-object', 'has invoices filed', [['has invoices filed', 'has filed invoices']]),
    ];
    const output = join(dir, 'crlf.txt');
    writeFileSync(output, text);
    const s = run(reviewOf(text, findings), { type: 'accept', alternative: 0 }, { type: 'edit' }, { type: 'field', change: { type: 'insert', text: ' now' } }, { type: 'commit' });
    const message = await saver({ text, bom: '', output })(s);
    expect(readFileSync(output, 'utf8')).toBe('The new software works.\r\n\r\nHe has filed invoices now a warrant.\r\n');
    expect(message).toBe(`Saved ${output}: 2 changes.`);
  });

  it('writes the byte-order mark back', async () => {
    const text = 'The new Software works.\n';
    const output = join(dir, 'bom.txt');
    const s = run(reviewOf(text, [findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept', alternative: 0 });
    await saver({ text, bom: '\uFEFF', output })(s);
    expect(readFileSync(output, 'utf8')).toBe('\uFEFFThe new software works.\n');
  });

  it('keeps the final newline when the last line is deleted', async () => {
    const text = 'The story ends here.\n\nShare this article\n';
    const output = join(dir, 'end.txt');
    const s = run(reviewOf(text, [findingAt(text, 'page-boilerplate', '\n\nShare this article\n', [['\n\nShare this article\n', '']])]), {
      type: 'accept',
      alternative: 0,
    });
    await saver({ text, bom: '', output })(s);
    expect(readFileSync(output, 'utf8')).toBe('The story ends here.\n');
  });

  it('a failed write rejects with one line naming the file, and leaves the original whole', async () => {
    const text = 'The new Software works.\n';
    const original = join(dir, 'kept.txt');
    writeFileSync(original, text);
    const s = run(reviewOf(text, [findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept', alternative: 0 });
    const output = join(original, 'inside-a-file.txt');
    await expect(saver({ text, bom: '', output })(s)).rejects.toThrow(
      `could not write ${output}: a part of the path is not a directory; the file is unchanged`,
    );
    expect(readFileSync(original, 'utf8')).toBe(text);
  });

  it('records rejected findings and the review counts in the baseline, once however often it saves', async () => {
    const text = 'The new Software and the new Hardware work well.\n';
    const findings = [
      findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']]),
      findingAt(text, 'capitalized-common-noun', 'Hardware', [['Hardware', 'hardware']]),
      findingAt(text, 'word-echo', 'work well', [['work well', 'work']]),
    ];
    const output = join(dir, 'sub', 'reviewed.txt');
    const baselineFile = join(dir, 'baseline.json');
    const loaded = { ...emptyBaseline(), entries: [{ file: 'other.txt', ruleId: 'word-echo', text: 'x' }] };
    const s = run(reviewOf(text, findings, true), { type: 'reject' }, { type: 'accept', alternative: 0 }, { type: 'edit' }, { type: 'field', change: { type: 'erase' } }, { type: 'commit' });
    mkdirSync(join(dir, 'sub'));
    const save = saver({ text, bom: '', output, baseline: { path: baselineFile, loaded } });
    expect(await save(s)).toBe(`Saved ${output}: 2 changes; ${baselineFile}: 1 rejected finding and the review counts.`);
    await save(s);
    const written = parseBaseline(readFileSync(baselineFile, 'utf8'), baselineFile);
    expect(written.entries).toEqual([
      { file: 'other.txt', ruleId: 'word-echo', text: 'x' },
      { file: 'sub/reviewed.txt', ruleId: 'capitalized-common-noun', text: 'Software' },
    ]);
    expect(written.reviews).toEqual({
      'capitalized-common-noun': { accepted: 1, rejected: 1, edited: 0 },
      'word-echo': { accepted: 0, rejected: 0, edited: 1 },
    });
    expect(readFileSync(output, 'utf8')).toBe('The new Software and the new hardware wor.\n');
  });
});
