// A PO file in the review: the source beside the target with its line, a msgstr continued over lines
// shown, diffed and edited as the text it stands for, and what is saved written back in PO's form.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPo } from '@mtlint/core/formats';
import { cleanup, render } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/components/app.js';
import { saver } from '../src/save.js';
import { previewChange, reduce, visibleItems, type Action, type ReviewState } from '../src/state.js';
import { reviewOfFile } from './helpers.js';

vi.hoisted(() => {
  process.env.CI = 'false';
});

const PO = [
  'msgid ""',
  'msgstr ""',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Language: en\\n"',
  '',
  '#: src/app.c:12',
  'msgid ""',
  '"Die Firma hat das Angebot "',
  '"abgelehnt.\\n"',
  '"Sie sagte \\"nein\\"."',
  'msgstr ""',
  '"The company has the offer "',
  '"rejected.\\n"',
  '"She said \\"no\\" to the the plan."',
  '',
].join('\n');
const lines = PO.split('\n');

/** The review of PO as the app opens it. */
const review = (): Promise<ReviewState> => reviewOfFile('messages.po', PO);

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);
const at = (state: ReviewState, ruleId: string) => ({ ...state, cursor: state.items.findIndex((i) => i.finding.ruleId === ruleId) });
/** Which lines of the file `text` changed, by number (1-based), when it has as many. */
const changedLines = (text: string) => text.split('\n').flatMap((line, i) => (line === lines[i] ? [] : [i + 1]));

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-po-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => cleanup());

/** Saves `state` to a file of the temporary folder, as `s` does, and reads it back. */
async function saved(state: ReviewState): Promise<string> {
  const output = join(dir, 'messages.po');
  writeFileSync(output, PO);
  const { save } = saver({ source: { path: join(dir, 'read.po'), text: PO, bom: '', stamp: { size: 0, mtimeMs: 0, sha256: '' } }, output });
  const outcome = await save({ review: state });
  expect(outcome.kind).toBe('saved');
  return readFileSync(output, 'utf8');
}

describe('a PO file', () => {
  it('shows the unit as text, its source with the line it starts on, and the diff as text', async () => {
    const state = at(await review(), 'participle-after-object');
    const app = render(<App file="messages.po" initial={state} color={false} save={async () => ({ kind: 'saved', message: '', output: '' })} isSource={() => true} checkTarget={() => ({ exists: false })} size={{ columns: 100, rows: 30 }} />);
    const frame = app.lastFrame()!;
    expect(frame).toContain('source, line 8: Die Firma hat das Angebot abgelehnt.↵Sie sagte "nein".');
    expect(frame).toContain('The company «has the offer rejected».↵She said "no" to the the plan.');
    expect(frame).toContain('The company has {+rejected +}the offer[- rejected-].↵She said');
    expect(frame).not.toMatch(/\\"|\\n|" ?↵"/);
    // The list row reads as text too.
    expect(frame).toMatch(/participle-after-object +pending +The company has the offer rejected\.↵She said "no"/);
  });

  it('saves an accepted fix across a continued line as valid PO, the line break where it was, the other lines as they were', async () => {
    const state = run(at(await review(), 'participle-after-object'), { type: 'accept' });
    const text = await saved(state);
    expect(changedLines(text)).toEqual([12, 13]);
    expect(text.split('\n').slice(11, 13)).toEqual(['"The company has rejected the offer"', '".\\n"']);
    expect(readPo(text)[0]!.text).toBe('The company has rejected the offer.\nShe said "no" to the the plan.');
  });

  it('E edits the unit as text; what is typed is written in PO form, on its own line only', async () => {
    const opened = run(at(await review(), 'word-echo'), { type: 'edit', whole: true });
    // The field starts with the unit as the highlighted suggestion would leave it.
    expect(opened.mode.name === 'edit' && opened.mode.field.text).toBe('The company has the offer rejected.\nShe said "no" to the plan.');
    // The caret at the end: erase 'plan.' and type a quoted plan with a line break.
    const typed = run(
      opened,
      ...Array.from('plan.', (): Action => ({ type: 'field', change: { type: 'erase' } })),
      { type: 'field', change: { type: 'insert', text: '"B" plan.' } },
      { type: 'field', change: { type: 'line-break' } },
    );
    expect(previewChange(typed, typed.cursor, typed.items[typed.cursor]!.context).after).toBe('The company has the offer rejected.\nShe said "no" to the "B" plan.\n');
    const text = await saved(run(typed, { type: 'commit' }));
    expect(changedLines(text)).toEqual([14]);
    expect(text.split('\n')[13]).toBe('"She said \\"no\\" to the \\"B\\" plan.\\n"');
    expect(readPo(text)[0]!.text).toBe('The company has the offer rejected.\nShe said "no" to the "B" plan.\n');
  });

  it('the filter searches the unit as it is shown: escapes decoded, continued lines joined', async () => {
    const state = await review();
    const listed = (needle: string) => visibleItems(run(state, { type: 'filter' }, { type: 'field', change: { type: 'insert', text: needle } }, { type: 'commit' })).length;
    expect(listed('said "no" to')).toBe(state.items.length);
    expect(listed('has the offer rejected.')).toBe(state.items.length);
    expect(listed('said \\"no')).toBe(0);
    expect(listed('rejected.\\n')).toBe(0);
  });

  it('an edit that keeps a suggestion\'s text accepts that suggestion, compared as text', async () => {
    const state = run(at(await review(), 'word-echo'), { type: 'edit' }, { type: 'commit' });
    expect(state.decisions.find(Boolean)).toEqual({ kind: 'accepted', alternative: 0 });
  });
});
