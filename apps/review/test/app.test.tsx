import { lint, score, type Finding } from '@mtlint/core';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { App } from '../src/components/app.js';
import { lintByFormat } from '../src/lint-by-format.js';
import { reviewFeed } from '../src/review-feed.js';
import type { SaveOutcome, SaveRequest } from '../src/save.js';
import { KEY_HELP } from '../src/keys.js';
import { initialState } from '../src/state.js';
import { widthOf } from '../src/wrap.js';
import { FINDINGS, findingAt, reviewOf, TEXT } from './helpers.js';

// The app runs with Ink's CI detection off (see loadInteractiveInk in run.tsx); these tests render it
// through ink-testing-library, which imports Ink first, so the switch is made before any import.
vi.hoisted(() => {
  process.env.CI = 'false';
});

const KEY = { down: '\u001B[B', up: '\u001B[A', enter: '\r', escape: '\u001B', backspace: '\u007F', ctrlC: '\u0003' };

/** Polls until `check` passes: Ink renders key presses asynchronously. */
async function until(check: () => void, timeout = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() - started > timeout) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

const SAVED: SaveOutcome = { kind: 'saved', message: 'Saved doc.txt: 1 change.', output: 'doc.txt' };
/** The props the app needs beyond the review itself: where saving goes. */
const SAVING = { isSource: (path: string) => path === 'doc.txt', checkTarget: () => ({ exists: false }) };

function open(options: { text?: string; findings?: readonly Finding[]; columns?: number; rows?: number; color?: boolean; save?: (request: SaveRequest) => Promise<SaveOutcome> } = {}) {
  const text = options.text ?? TEXT;
  const findings = options.findings ?? FINDINGS;
  const save = vi.fn(options.save ?? (async () => SAVED));
  const app = render(
    <App
      file="doc.txt"
      initial={reviewOf(text, findings)}
      score={score(text, findings)}
      color={options.color ?? false}
      save={save}
      {...SAVING}
      size={{ columns: options.columns ?? 100, rows: options.rows ?? 30 }}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  /**
   * Presses a key and waits until the screen shows `expected`. Ink renders asynchronously, and a
   * field mounted by one key listens only after its render, so each key waits for its effect.
   */
  const press = async (key: string, expected: string | RegExp) => {
    app.stdin.write(key);
    await until(() => (typeof expected === 'string' ? expect(frame()).toContain(expected) : expect(frame()).toMatch(expected)));
  };
  /** Types into the open edit or filter field, waiting for each character to show. */
  const type = async (text: string, field: (soFar: string) => string) => {
    for (let i = 1; i <= text.length; i++) await press(text[i - 1]!, field(text.slice(0, i)));
  };
  return { app, frame, press, type, save };
}

afterEach(() => cleanup());

describe('the screen', () => {
  it('shows the file, the scores, the counts, the finding, its sentence, suggestions beside the diff, the list and the keys', () => {
    const { frame } = open();
    const lines = frame().split('\n');
    expect(lines[0]).toMatch(/^mtlint review doc\.txt +score 75\.0 → 75\.0 if applied$/);
    expect(lines[1]).toBe('5 findings: 5 pending · 0 accepted · 0 edited · 0 rejected');
    expect(frame()).toContain('[1/5] word-echo · pending · fluency/grammar · minor · 1:1');
    expect(frame()).toContain('\nword-echo message\n');
    expect(frame()).toContain('\nLooks like MT of: word-echo source\n');
    expect(frame()).toContain('\n«The the» cat sat.\n');
    expect(frame()).toMatch(/\nSuggestion +The sentence would read\n›1 The +The \[-the -\]cat sat\.\n/);
    expect(frame()).toMatch(/\n▸ 1:1 +word-echo +pending +The the cat sat\.\n/);
    expect(frame()).toMatch(/\n {2}1:25 +capitalized-common-noun +pending +He has invoices filed a warrant\.\n/);
    expect(lines.at(-1)).toMatch(/^\? keys · j\/k move · a accept · tab alt/);
  });

  it('numbers the alternatives and diffs the whole sentence', async () => {
    const { frame, press } = open();
    await press('j', '[2/5]');
    expect(frame()).toMatch(/\nSuggestions +The sentence would read\n›1 has filed +He has \[-invoices -\]filed a warrant\.\n 2 filed\n/);
  });

  it('shows each suggestion as the flagged words it writes, not as a bare insertion', () => {
    const text = 'They said the step while welcome, would fail.';
    const flagged = findingAt(text, 'unclosed-parenthetical', 'step while welcome,', []);
    const comma = text.indexOf('step') + 'step'.length;
    const { frame } = open({ text, findings: [{ ...flagged, suggestions: [{ start: comma, end: comma, replacement: ',' }] }] });
    expect(frame()).toMatch(/\n›1 step, while welcome, +They said the step\{\+,\+\} while welcome, would fail\.\n/);
  });

  it('shows colour instead of markers when colour is on', () => {
    const { frame } = open({ color: true });
    expect(frame()).toContain('The the cat sat.');
    expect(frame()).not.toContain('[-');
    expect(frame()).not.toContain('«');
  });

  it('fits 80×24: no line wider than 80, one row spare, a long sentence wrapped and shown around its finding', () => {
    const long = `${'This sentence goes on and on about the new Software '.repeat(14)}until it ends.`;
    const findings = [findingAt(long, 'capitalized-common-noun', 'Software', [['Software', 'software']], 8)];
    const { frame } = open({ text: long, findings, columns: 80, rows: 24 });
    const lines = frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(frame()).toContain('[1/1] capitalized-common-noun · pending · fluency/grammar · minor · 1:460\n');
    // Cut to the rows there are, around the finding, marked "…" where cut; no wrapped line starts with a space.
    const sentence = lines.findIndex((l) => l.startsWith('This sentence'));
    const end = lines.findIndex((l, n) => n > sentence && l.endsWith('…'));
    expect(lines.slice(sentence, end + 1).join(' ')).toMatch(/^This sentence .*«Software».*\S…$/);
    expect(lines.filter((l) => /^ \S/.test(l))).toEqual([]);
    expect(frame()).toContain('[-Software-]{+software+}');
    expect(lines.at(-1)).toMatch(/^\? keys · j\/k move/);
  });

  it('follows the terminal when it is resized', async () => {
    const app = render(<App file="doc.txt" initial={reviewOf(TEXT, FINDINGS)} score={score(TEXT, FINDINGS)} color={false} save={vi.fn()} {...SAVING} />);
    const frame = () => app.lastFrame() ?? '';
    const setSize = (columns: number, rows: number) => {
      Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
      Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
      app.stdout.emit('resize');
    };
    setSize(60, 20);
    await until(() => expect(frame()).toMatch(/\nSuggestion\n›1 The\n/));
    expect(frame().split('\n').length).toBeLessThanOrEqual(19);
    for (const line of frame().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    setSize(100, 30);
    await until(() => expect(frame()).toMatch(/\nSuggestion +The sentence would read\n/));
    expect(frame().split('\n').length).toBe(29);
  });

  it('stacks the suggestions above the diff on a narrow terminal', () => {
    const { frame } = open({ columns: 60, rows: 24 });
    expect(frame()).toMatch(/\nSuggestion\n›1 The\nThe sentence would read\nThe \[-the -\]cat sat\.\n/);
  });
});

describe('keys', () => {
  it('j and k, ↓ and ↑ move', async () => {
    const { press } = open();
    await press('j', '[2/5] participle-after-object');
    await press(KEY.down, '[3/5] capitalized-common-noun');
    await press('k', '[2/5] participle-after-object');
    await press(KEY.up, '[1/5] word-echo');
  });

  it('a and enter accept, r rejects; the header counts them and projects the score', async () => {
    const { press } = open();
    await press('a', /score 75\.0 → 80\.0 if applied\n5 findings: 4 pending · 1 accepted · 0 edited · 0 rejected\n/);
    await press(KEY.enter, '5 findings: 2 pending · 2 accepted · 0 edited · 0 rejected · 1 overlapping');
    await press('r', /1:59 +capitalized-common-noun +rejected/);
  });

  it('a digit or tab highlights an alternative, the diff follows it, and a accepts it', async () => {
    const { frame, press } = open();
    await press('j', '[2/5]');
    await press('2', '›2 filed');
    expect(frame()).toContain('He [-has invoices -]filed a warrant.');
    await press('\t', '›1 has filed');
    expect(frame()).toContain('He has [-invoices -]filed a warrant.');
    await press('\t', '›2 filed');
    await press('a', /1:21 +participle-after-object +accepted/);
    await press('k', '[3/5] capitalized-common-noun · overlaps');
    await press('k', '[2/5]');
    expect(frame()).toContain('✓2 filed');
    expect(frame()).toContain('The sentence will read');
    expect(frame()).toContain('He [-has invoices -]filed a warrant.');
  });

  it('e edits, with the diff following the typing; enter keeps the edit', async () => {
    const { frame, press, type } = open();
    await press('j', '[2/5]');
    await press('e', '› has filed');
    for (let left = 'has filed'.length - 1; left >= 4; left--) await press(KEY.backspace, new RegExp(`^› ${'has filed'.slice(0, left).trimEnd()}$`, 'm'));
    await type('lodged', (soFar) => `› has ${soFar}\n`);
    expect(frame()).toContain('He has [-invoices-]{+lodged+} [-filed -]a warrant.');
    await press(KEY.enter, '0 accepted · 1 edited');
    await press('k', /1:21 +participle-after-object +edited/);
    await press('j', /1:25 +capitalized-common-noun +overlaps/);
  });

  it('esc cancels an edit', async () => {
    const { press } = open();
    await press('e', 'Edit the words (enter keeps, esc cancels)');
    await press('x', '› The x');
    await press(KEY.escape, 'j/k move');
    await press('j', '5 pending');
  });

  it('u undoes, many levels', async () => {
    const { press } = open();
    await press('a', '1 accepted');
    await press('r', '1 rejected');
    await press('u', '3 pending · 1 accepted · 0 edited · 0 rejected'.replace('3', '4'));
    await press('u', '5 pending');
    await press('u', 'Nothing to undo.');
  });

  it('A accepts every pending finding of the rule', async () => {
    const { press } = open();
    await press('A', 'Accepted 2 findings of word-echo.');
  });

  it('/ filters the list by rule or text; f folds finished findings away', async () => {
    const { press, type } = open();
    await press('/', /\n\/ /);
    await type('software', (soFar) => `/ ${soFar}`);
    await press(KEY.enter, '1 of 5 listed · filter "software"');
    await press('/', '/ software');
    for (let left = 7; left >= 0; left--) await press(KEY.backspace, left > 0 ? `/ ${'software'.slice(0, left)}` : 'rule id or text');
    await press(KEY.enter, '5 of 5 listed');
    await press('a', '1 accepted');
    await press('f', '4 of 5 listed · finished folded (f shows them)');
    await press('f', '5 of 5 listed');
  });

  it('? shows every key; any key closes it', async () => {
    const { press } = open();
    await press('?', 'accept every pending listed finding of this rule');
    await press('x', '[1/5] word-echo');
  });

  /** The keys of the help, as the overlay starts each of its lines with them. */
  const keyLines = (frame: string) => KEY_HELP.filter(([keys]) => frame.split('\n').some((line) => line.startsWith(`${keys} `)));

  it('at 80×24 the help shows every key line at once, within the rows', async () => {
    const { press, frame } = open({ columns: 80, rows: 24 });
    await press('?', '── keys · any key closes');
    expect(keyLines(frame())).toEqual(KEY_HELP);
    expect(frame().split('\n').length).toBeLessThanOrEqual(23);
    expect(frame().split('\n').every((line) => widthOf(line) <= 80)).toBe(true);
    await press('j', '[1/5] word-echo');
  });

  it('at 60×20 the help scrolls (j/k, pgdn) through every key line, within the rows; another key closes it', async () => {
    const { press, frame } = open({ columns: 60, rows: 20 });
    await press('?', /── keys 1–18 of \d+ · j\/k scroll/);
    const seen = new Set(keyLines(frame()));
    const total = Number(/of (\d+) ·/.exec(frame())![1]);
    for (let first = 2; first <= total - 17; first++) {
      await press('j', `── keys ${first}–${first + 17} of ${total}`);
      for (const entry of keyLines(frame())) seen.add(entry);
      expect(frame().split('\n').length).toBeLessThanOrEqual(19);
      expect(frame().split('\n').every((line) => widthOf(line) <= 60)).toBe(true);
    }
    expect([...seen]).toEqual(expect.arrayContaining([...KEY_HELP]));
    expect(seen.size).toBe(KEY_HELP.length);
    // Not past the last line, and back up a page.
    await press('j', `── keys ${total - 17}–${total} of ${total}`);
    await press('\u001B[5~', '── keys 1–18');
    await press('x', '[1/5] word-echo');
  });

  it('s saves the decisions and shows what was written', async () => {
    const { press, save } = open();
    await press('a', '1 accepted');
    await press('s', 'Saved doc.txt: 1 change.');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].review.decisions[0]).toEqual({ kind: 'accepted', alternative: 0 });
  });

  it('a failed save says why', async () => {
    const { press } = open({ save: async () => Promise.reject(new Error('could not write doc.txt: permission denied; the file is unchanged')) });
    await press('a', '1 accepted');
    await press('s', 'could not write doc.txt: permission denied; the file is unchanged');
  });

  it('q and ctrl-c ask first when changes are unsaved; esc stays, y saves', async () => {
    const { press, save } = open();
    await press('a', '1 accepted');
    await press('q', 'Unsaved changes. Save before quitting? y save and quit · n quit without saving · esc stay');
    await press(KEY.escape, 'j/k move');
    await press(KEY.ctrlC, 'Unsaved changes.');
    await press('y', 'Saved doc.txt: 1 change.');
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('the list', () => {
  it('widens the list’s rule column for a rule id longer than it', () => {
    const long = findingAt(TEXT, 'a-rule-id-of-twenty-nine-char', TEXT.split(' ')[1]!, []);
    const { frame } = open({ findings: [...FINDINGS, long] });
    const rows = frame().split('\n').filter((line) => / {2}\d+:\d+ /.test(line) || /▸ \d+:\d+ /.test(line));
    expect(rows.some((row) => row.includes('a-rule-id-of-twenty-nine-char pending'))).toBe(true);
    // Every row's status starts in the same column.
    expect(new Set(rows.map((row) => row.search(/pending|accepted|rejected|edited|overlaps/))).size).toBe(1);
  });

  it('renders only the rows in view and scrolls with the cursor', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Sentence ${i} has the the echo.`).join(' ');
    const findings = Array.from({ length: 30 }, (_, i) => findingAt(text, 'word-echo', 'the the', [['the the ', 'the ']], i));
    const { frame, press } = open({ text, findings, columns: 80, rows: 24 });
    const rows = () => frame().split('\n').filter((l) => /^[ ▸] \d+:\d+ +word-echo/.test(l));
    expect(rows()).toHaveLength(6);
    expect(rows()[0]).toContain('Sentence 0 ');
    for (let n = 2; n <= 11; n++) await press('j', `[${n}/30]`);
    expect(rows()).toHaveLength(6);
    expect(rows()[0]).not.toContain('Sentence 0 ');
    expect(frame()).toMatch(/▸ .*Sentence 10 /);
  });
});

describe('the list at any size', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Sentence ${i} has the the echo.`).join(' ');
  const findings = Array.from({ length: 40 }, (_, i) => findingAt(text, 'word-echo', 'the the', [['the the ', 'the ']], i));
  const listRows = (frame: string) => frame.split('\n').filter((l) => /^[ ▸] \d+:\d+ +word-echo/.test(l)).length;

  it('at 200×50 the list takes the room the finding does not need, and the key line is whole', () => {
    const { frame } = open({ text, findings, columns: 200, rows: 50 });
    expect(listRows(frame())).toBe(26);
    expect(frame().split('\n').at(-1)).toMatch(/^\? keys .* q quit$/);
  });

  it('at 60×20 the list shrinks to two rows and the sentence and its diff stay', () => {
    const { frame } = open({ text, findings, columns: 60, rows: 20 });
    expect(listRows(frame())).toBe(2);
    expect(frame()).toContain('Sentence 0 has «the the» echo.');
    expect(frame()).toContain('Sentence 0 has the [-the -]echo.');
  });
});

describe('a long file', () => {
  const PROSE = 'We saw the the cat in the garden. The new Software works well.';
  const LONG = Array.from({ length: 600 }, (_, i) => `Report ${i}: ${PROSE}`).join('\n\n');

  it('opens on its first findings, adds the rest while the lint goes on, and shows the score at the end', async () => {
    const linted = await lintByFormat('long.txt', LONG);
    if ('problem' in linted) throw new Error(linted.problem);
    const feed = reviewFeed(LONG, linted);
    const first = feed.next();
    expect(first.progress).toBeLessThan(1);
    const app = render(
      <App file="long.txt" initial={initialState(LONG, first.items, false, first.progress)} feed={feed} color={false} save={vi.fn()} {...SAVING} size={{ columns: 100, rows: 30 }} />,
    );
    const frame = () => app.lastFrame() ?? '';
    expect(frame()).toMatch(/linting… \d+%/);
    expect(frame()).toContain(`${first.items.length} findings so far: ${first.items.length} pending`);
    const all = lint(LONG);
    await until(() => expect(frame()).toContain(`score ${score(LONG, all).score.toFixed(1)} → `));
    expect(frame()).toContain(`${all.length} findings: ${all.length} pending`);
    expect(frame()).not.toContain('linting…');
    app.stdin.write('j');
    await until(() => expect(frame()).toContain(`[2/${all.length}]`));
  });
});
