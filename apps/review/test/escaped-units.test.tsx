// XLIFF, JSON and Markdown units in the review: shown, diffed, edited and searched as the text they stand for
// (XML references, JSON escapes, Markdown escapes and references decoded), and saved with only the characters
// that changed written anew, in the file's form; every other reference or escape stays as the file wrote it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJson, readMarkdown, readXliff, type Segment } from '@mtlint/core/formats';
import { cleanup, render } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/components/app.js';
import { lintByFormat } from '../src/lint-by-format.js';
import { reviewFeed } from '../src/review-feed.js';
import { saver } from '../src/save.js';
import { initialState, previewChange, reduce, visibleItems, type Action, type ReviewState } from '../src/state.js';
import { reviewOfFile } from './helpers.js';

vi.hoisted(() => {
  process.env.CI = 'false';
});

interface Case {
  file: string;
  content: string;
  read: (content: string) => Segment[];
  /** How the file writes what the edit below types, and what it kept as it was written. */
  typedWritten: string;
  kept: readonly string[];
  /** The unit as the file writes it, to be found nowhere on screen. */
  written: RegExp;
  /** A stretch of the unit as the file writes it, which the filter does not find. */
  writtenStretch: string;
}

const CASES: Case[] = [
  {
    file: 'offer.xlf',
    content: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="app"><body>',
      '<trans-unit id="offer"><source>Sie sagten &quot;nein&quot; zum Plan im <g id="1">Caf&#233;</g>.</source>',
      '<target>They said &quot;no&quot; to the the plan at the <g id="1">caf&#233;</g> &amp; bar.</target></trans-unit>',
      '</body></file></xliff>',
      '',
    ].join('\n'),
    read: readXliff,
    typedWritten: '"B" &amp; &lt;C&gt; plan',
    kept: ['&quot;no&quot;', '<g id="1">caf&#233;</g> &amp; bar.'],
    written: /&quot;|&#233;|&amp;/,
    writtenStretch: '&quot;',
  },
  {
    file: 'offer.json',
    content: '{\n  "offer": "They said \\"no\\" to the the plan at the caf\\u00e9 & bar."\n}\n',
    read: readJson,
    typedWritten: '\\"B\\" & <C> plan',
    kept: ['\\"no\\"', 'caf\\u00e9 & bar.'],
    written: /\\"|\\u00e9/,
    writtenStretch: '\\u00e9',
  },
  {
    file: 'offer.md',
    content: 'They said \\"no\\" to the the plan at the caf&#233; \\& bar.\n',
    read: readMarkdown,
    typedWritten: '"B" & \\<C\\> plan',
    kept: ['\\"no\\"', 'caf&#233; \\& bar.'],
    written: /\\"|&#233;|\\&/,
    writtenStretch: '&#233;',
  },
];

const SHOWN = 'They said "no" to the the plan at the café & bar.';
const XLIFF_SHOWN = 'They said "no" to the the plan at the <g id="1">café</g> & bar.';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-escaped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => cleanup());

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);
const typed = (text: string): Action[] => [{ type: 'field', change: { type: 'insert', text } }];

describe.each(CASES)('$file', ({ file, content, read, typedWritten, kept, written, writtenStretch }) => {
  const shown = file.endsWith('.xlf') ? XLIFF_SHOWN : SHOWN;

  async function review(): Promise<ReviewState> {
    const state = await reviewOfFile(file, content);
    return { ...state, cursor: state.items.findIndex((i) => i.finding.ruleId === 'word-echo') };
  }

  async function saved(state: ReviewState): Promise<string> {
    const output = join(dir, file);
    writeFileSync(output, content);
    const { save } = saver({ source: { path: join(dir, `read-${file}`), text: content, bom: '', stamp: { size: 0, mtimeMs: 0, sha256: '' } }, output });
    expect((await save({ review: state })).kind).toBe('saved');
    return readFileSync(output, 'utf8');
  }

  it('shows the unit and its diff as text', async () => {
    const state = await review();
    expect(state.cursor).toBeGreaterThanOrEqual(0);
    const app = render(<App file={file} initial={state} color={false} save={async () => ({ kind: 'saved', message: '', output: '' })} isSource={() => true} checkTarget={() => ({ exists: false })} size={{ columns: 120, rows: 30 }} />);
    const frame = app.lastFrame()!;
    expect(frame).toContain(shown.replace('the the', '«the the»'));
    expect(frame).toContain(shown.replace('the the ', 'the [-the -]'));
    expect(frame).not.toMatch(written);
    expect(previewChange(state, state.cursor, state.items[state.cursor]!.context).after).toBe(shown.replace('the the', 'the'));
  });

  it('E edits the unit as text; what is typed is written in the file\'s form, the rest as it was', async () => {
    const opened = run(await review(), { type: 'edit', whole: true });
    expect(opened.mode.name === 'edit' && opened.mode.field.text).toBe(shown.replace('the the', 'the'));
    const caretAfter = (state: ReviewState, before: string): ReviewState =>
      state.mode.name === 'edit' ? { ...state, mode: { ...state.mode, field: { ...state.mode.field, caret: state.mode.field.text.indexOf(before) + before.length } } } : state;
    // Before "plan": type a quoted name, an ampersand and angle brackets.
    const edited = run(caretAfter(opened, 'to the '), ...typed('"B" & <C> '), { type: 'commit' });
    expect(edited.decisions[opened.cursor]?.kind).toBe('edited');
    const text = await saved(edited);
    expect(text).toContain(`to the ${typedWritten}`);
    for (const part of kept) expect(text).toContain(part);
    // Nothing else of the file changed.
    expect(text.replace(`to the ${typedWritten}`, 'to the the plan')).toBe(content);
    expect(read(text)[0]!.text).toBe(read(content)[0]!.text.replace('the the plan', 'the "B" & <C> plan'));
  });

  it('the filter searches the unit as it is shown', async () => {
    const state = await review();
    const listed = (needle: string) => visibleItems(run(state, { type: 'filter' }, ...typed(needle), { type: 'commit' })).length;
    expect(listed('said "no"')).toBe(state.items.length);
    expect(listed('said "no" to the the plan at the')).toBe(state.items.length);
    expect(listed('café')).toBe(state.items.length);
    expect(listed('& bar')).toBe(state.items.length);
    expect(listed(writtenStretch)).toBe(0);
  });
});

describe('an XLIFF target\'s inline tags', () => {
  it('a save that an edit over a tag would leave unreadable is refused in one line, the file unchanged', async () => {
    const { file, content } = CASES[0]!;
    const linted = await lintByFormat(file, content);
    if ('problem' in linted) throw new Error(linted.problem);
    const feed = reviewFeed(content, linted);
    const state = initialState(content, feed.next().items, false, 1, file, feed.form);
    // The whole unit retyped without the closing tag: `<g id="1">` is left open.
    const opened = run(state, { type: 'edit', whole: true });
    const field = opened.mode.name === 'edit' ? opened.mode.field.text : '';
    const edited = run(opened, ...Array.from(field, (): Action => ({ type: 'field', change: { type: 'erase' } })), ...typed(field.replace('</g>', '')), { type: 'commit' });
    const output = join(dir, `tag-${file}`);
    writeFileSync(output, content);
    const { save } = saver({ source: { path: output, text: content, bom: '', stamp: { size: 0, mtimeMs: 0, sha256: '' } }, output, ...(feed.problemIn ? { problemIn: feed.problemIn } : {}) });
    await expect(save({ review: edited, force: true })).rejects.toThrow(/^\S+tag-offer\.xlf: the changes would leave it unreadable \(.*not well-formed XML.*\); the file is unchanged$/);
    expect(readFileSync(output, 'utf8')).toBe(content);
  });
});
