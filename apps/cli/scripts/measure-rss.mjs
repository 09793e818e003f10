// Measures the peak memory (max RSS, from `/usr/bin/time -v`) of `mtlint lint` on large files of each input
// format, for the figures in the README's "Large files" section:
//
//   node apps/cli/scripts/measure-rss.mjs [--bin path/to/bin.js] [--sizes 1,10,50] [--formats stylish,json,sarif]
//                                         [--inputs text,markdown,po,xliff,srt,vtt,json] [--node-args "--flag …"]
//
// The files repeat the bundled article (fixtures/kaspersky, MT with artifacts on most lines) up to each size,
// one unit per paragraph (a Markdown paragraph, a PO entry, an XLIFF trans-unit, a cue, a JSON value), so the
// findings grow with the file as they would on a real corpus. The source of each bilingual unit is the
// paragraph itself behind a marker, so the bilingual checks stay quiet but still run. The files are written to
// a temporary folder that is removed at the end. Linux only (GNU time).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('../../../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    bin: { type: 'string', default: join(root, 'apps/cli/dist/bin.js') },
    sizes: { type: 'string', default: '1,10,50' },
    formats: { type: 'string', default: 'stylish,json,sarif' },
    inputs: { type: 'string', default: 'text' },
    'node-args': { type: 'string', default: '' },
  },
});

const paragraphs = readFileSync(join(root, 'fixtures/kaspersky/article.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const poString = (s) => JSON.stringify(s);
const time = (n, sep) => {
  const s = n % 60;
  const m = Math.floor(n / 60) % 60;
  const h = Math.floor(n / 3600);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${sep}000`;
};

/** Each input format: its file ending, what comes before the units, unit `i` holding paragraph `p`, what closes the file. */
const INPUTS = {
  text: { ext: 'txt', head: '', unit: (p) => `${p}\n\n`, tail: '' },
  markdown: { ext: 'md', head: '', unit: (p, i) => (i % paragraphs.length === 0 ? `## ${p}\n\n` : `${p}\n\n`), tail: '' },
  po: {
    ext: 'po',
    head: 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n',
    unit: (p, i) => `msgctxt "p${i}"\nmsgid ${poString(`(src) ${p}`)}\nmsgstr ${poString(p)}\n\n`,
    tail: '',
  },
  xliff: {
    ext: 'xlf',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file source-language="de" target-language="en" datatype="plaintext" original="a.txt">\n<body>\n',
    unit: (p, i) => `<trans-unit id="p${i}">\n<source>${xml(`(src) ${p}`)}</source>\n<target>${xml(p)}</target>\n</trans-unit>\n`,
    tail: '</body>\n</file>\n</xliff>\n',
  },
  srt: { ext: 'srt', head: '', unit: (p, i) => `${i + 1}\n${time(i, ',')} --> ${time(i + 1, ',')}\n${p}\n\n`, tail: '' },
  vtt: { ext: 'vtt', head: 'WEBVTT\n\n', unit: (p, i) => `${time(i, '.')} --> ${time(i + 1, '.')}\n${p}\n\n`, tail: '' },
  json: { ext: 'json', head: '{\n', unit: (p, i) => `${i ? ',\n' : ''}  "p${i}": ${JSON.stringify(p)}`, tail: '\n}\n' },
};

/** A file of about `bytes` in `input`'s format: whole units, as many as fit. */
function fileOf(input, bytes) {
  const { head, unit, tail } = INPUTS[input];
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 0; ; i++) {
    const u = unit(paragraphs[i % paragraphs.length], i);
    if (length + u.length > bytes && i > 0) break;
    parts.push(u);
    length += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

execFileSync('/usr/bin/time', ['--version'], { stdio: 'ignore' });
const nodeArgs = values['node-args'].split(/\s+/).filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'mtlint-rss-'));
try {
  console.log('| file | input | format | max RSS | time | exit |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const mb of values.sizes.split(',').map(Number)) {
    for (const input of values.inputs.split(',')) {
      if (!INPUTS[input]) throw new Error(`unknown input ${input}; one of ${Object.keys(INPUTS).join(', ')}`);
      const file = join(dir, `${mb}mb.${INPUTS[input].ext}`);
      writeFileSync(file, fileOf(input, mb * 1024 * 1024));
      for (const format of values.formats.split(',')) {
        const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...nodeArgs, values.bin, 'lint', '--format', format, '--max-file-size', '1gb', file], {
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
        const wall = /Elapsed \(wall clock\) time.*: (\S+)/.exec(run.stderr)?.[1];
        const exit = /Exit status: (\d+)/.exec(run.stderr)?.[1];
        const problem = run.stderr.split('\n').find((l) => l.startsWith('mtlint:'));
        console.log(`| ${mb} MB | ${input} | ${format} | ${Math.round(kb / 1024)} MB | ${wall} | ${exit}${problem && exit !== '1' ? ` (${problem.slice(0, 100)})` : ''} |`);
      }
      rmSync(file);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
