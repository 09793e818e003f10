import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyBaseline, parseBaseline } from '@mtlint/baseline';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../src/files.js';
import { saver, type SaveTarget } from '../src/save.js';
import { reduce, type Action, type ReviewState } from '../src/state.js';
import { findingAt, reviewOf } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);

/** A saver of `text` (read from a file that is not the output) to `output`. */
function saverTo(text: string, bom: string, output: string, baseline?: SaveTarget['baseline']) {
  const source = { path: join(dir, 'elsewhere.txt'), text, bom, stamp: { size: 0, mtimeMs: 0, sha256: '' } };
  const { save } = saver({ source, output, ...(baseline ? { baseline } : {}) });
  return async (review: ReviewState) => {
    const outcome = await save({ review });
    if (outcome.kind !== 'saved') throw new Error(`${outcome.output} changed on disk`);
    return outcome.message;
  };
}

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
    const message = await saverTo(text, '', output)(s);
    expect(readFileSync(output, 'utf8')).toBe('The new software works.\r\n\r\nHe has filed invoices now a warrant.\r\n');
    expect(message).toBe(`Saved ${output}: 2 changes.`);
  });

  it('writes the byte-order mark back', async () => {
    const text = 'The new Software works.\n';
    const output = join(dir, 'bom.txt');
    const s = run(reviewOf(text, [findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept', alternative: 0 });
    await saverTo(text, '\uFEFF', output)(s);
    expect(readFileSync(output, 'utf8')).toBe('\uFEFFThe new software works.\n');
  });

  it('keeps the final newline when the last line is deleted', async () => {
    const text = 'The story ends here.\n\nShare this article\n';
    const output = join(dir, 'end.txt');
    const s = run(reviewOf(text, [findingAt(text, 'page-boilerplate', '\n\nShare this article\n', [['\n\nShare this article\n', '']])]), {
      type: 'accept',
      alternative: 0,
    });
    await saverTo(text, '', output)(s);
    expect(readFileSync(output, 'utf8')).toBe('The story ends here.\n');
  });

  it('a failed write rejects with one line naming the file, and leaves the original whole', async () => {
    const text = 'The new Software works.\n';
    const original = join(dir, 'kept.txt');
    writeFileSync(original, text);
    const s = run(reviewOf(text, [findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept', alternative: 0 });
    const output = join(original, 'inside-a-file.txt');
    await expect(saverTo(text, '', output)(s)).rejects.toThrow(
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
    const save = saverTo(text, '', output, { path: baselineFile, loaded });
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

  it('a file changed on disk since it was read is not overwritten unless forced; the review is told', async () => {
    const path = join(dir, 'shared.txt');
    writeFileSync(path, 'The new Software works.\n');
    const source = { path, ...readTextFile(path) };
    const s = run(reviewOf(source.text, [findingAt(source.text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept' });
    const { save } = saver({ source, output: path });
    writeFileSync(path, 'The new Software works.\nA colleague added this.\n');
    expect(await save({ review: s })).toEqual({ kind: 'changed-on-disk', output: path });
    expect(readFileSync(path, 'utf8')).toBe('The new Software works.\nA colleague added this.\n');
    expect(await save({ review: s, force: true })).toMatchObject({ kind: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe('The new software works.\n');
    // Written by this review: the next save is not a conflict.
    expect(await save({ review: s })).toMatchObject({ kind: 'saved' });
  });

  it('a touch alone (same content, new date) is not a change on disk', async () => {
    const path = join(dir, 'touched.txt');
    writeFileSync(path, 'The new Software works.\n');
    const source = { path, ...readTextFile(path) };
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const s = run(reviewOf(source.text, [findingAt(source.text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept' });
    expect(await saver({ source, output: path }).save({ review: s })).toMatchObject({ kind: 'saved' });
  });

  it('refuses a read-only file in one line and leaves it as it was; keeps the mode of a writable one', async () => {
    const text = 'The new Software works.\n';
    const s = run(reviewOf(text, [findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'accept' });
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, text);
    chmodSync(locked, 0o444);
    await expect(saverTo(text, '', locked)(s)).rejects.toThrow(`${locked} is read-only; the file is unchanged`);
    expect(readFileSync(locked, 'utf8')).toBe(text);
    expect(statSync(locked).mode & 0o777).toBe(0o444);
    const shared = join(dir, 'group.txt');
    writeFileSync(shared, text);
    chmodSync(shared, 0o640);
    await saverTo(text, '', shared)(s);
    expect(readFileSync(shared, 'utf8')).toBe('The new software works.\n');
    expect(statSync(shared).mode & 0o777).toBe(0o640);
    // No temporary file is left beside them.
    expect(readdirSync(dir).filter((name) => name.includes('locked.txt.') || name.includes('group.txt.'))).toEqual([]);
  });

  it('with no change to write, writes nothing: the file keeps its date', async () => {
    const text = 'The new Software works.\n';
    const path = join(dir, 'untouched.txt');
    writeFileSync(path, text);
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, old, old);
    const s = run(reviewOf(text, [findingAt(text, 'capitalized-common-noun', 'Software', [['Software', 'software']])]), { type: 'reject' });
    expect(await saverTo(text, '', path)(s)).toBe(`${path} already holds this text; not written.`);
    expect(statSync(path).mtimeMs).toBe(old.getTime());
  });
});
