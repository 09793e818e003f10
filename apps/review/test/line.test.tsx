import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StyledRun, RunStyle } from '../src/components/line.js';

// Ink's chalk reads the colour support when it loads: forced on here, so that the styles are compared too.
process.env.FORCE_COLOR = '1';
const { Box, Text, render: renderInk } = await import('ink');
const { render } = await import('ink-testing-library');
const { DrawnLine } = await import('../src/components/line.js');

/** The frame of `line` as Ink draws it within `width` columns. */
function frameOf(line: React.ReactElement, width = 60): string {
  const app = render(<Box width={width}>{line}</Box>);
  const frame = app.lastFrame() ?? '';
  app.unmount();
  return frame;
}

/** The same runs as Ink's own nested <Text> elements, measured by Ink. */
const asTexts = (runs: readonly StyledRun[], style?: RunStyle) => (
  <Text {...style}>
    {runs.map((run, k) => (
      <Text key={k} {...run.style}>
        {run.text}
      </Text>
    ))}
  </Text>
);

const CASES: { name: string; runs: StyledRun[]; style?: RunStyle }[] = [
  { name: 'one plain run beyond ASCII', runs: [{ text: '── finding ──────' }] },
  { name: 'a dimmed rule', runs: [{ text: '── 17 of 17 listed ────', style: { dimColor: true } }] },
  {
    name: 'a list row: a coloured status within a bold, inverse row',
    style: { bold: true, inverse: true },
    runs: [{ text: '▸ 5:53    participle  ' }, { text: 'pending  ', style: { color: 'yellow' } }, { text: '…y company Kaspersky Lab…' }],
  },
  {
    name: 'a sentence: runs of several styles, spaces at their ends',
    runs: [{ text: 'The ', style: { dimColor: true } }, { text: 'company «has products', style: { bold: true, underline: true, color: 'yellow' } }, { text: ' filed» a ' }, { text: '··', style: { backgroundColor: 'green' } }],
  },
  { name: 'wide characters and an emoji', runs: [{ text: '日本語 ' }, { text: '👍 ok', style: { color: 'green' } }] },
  { name: 'an empty run', runs: [{ text: 'cafe' }, { text: '', style: { bold: true } }, { text: ' noir' }] },
  { name: 'nothing', runs: [] },
];

describe('DrawnLine', () => {
  it.each(CASES)('draws what Ink draws for the same runs: $name', ({ runs, style }) => {
    const drawn = frameOf(<DrawnLine runs={runs} style={style} />);
    expect(drawn).toBe(runs.some((r) => r.text) ? frameOf(asTexts(runs, style)) : ' '.trimEnd());
  });

  it('keeps a run of no width (a lone combining mark) with the run before it', () => {
    expect(frameOf(<DrawnLine runs={[{ text: 'cafe' }, { text: '\u0301', style: { bold: true } }, { text: ' noir' }]} />)).toBe(frameOf(<Text>{'cafe\u0301 noir'}</Text>));
  });

  it('gives a screen reader the text, not the spaces Ink lays out', async () => {
    let written = '';
    const stdout = Object.assign(new Writable({ write: (chunk, _e, done) => ((written += chunk.toString()), done()) }), { columns: 60, rows: 10 });
    const app = renderInk(<DrawnLine runs={[{ text: '── finding ' }, { text: 'pending', style: { bold: true } }]} />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      isScreenReaderEnabled: true,
      patchConsole: false,
    });
    app.unmount();
    await app.waitUntilExit();
    expect(written).toContain('── finding pending');
  });

  it('draws the styles (colour is on in this test)', () => {
    expect(frameOf(<DrawnLine runs={[{ text: '·', style: { color: 'red' } }]} />)).toContain('\u001B[31m');
  });
});
