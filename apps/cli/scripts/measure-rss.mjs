// Measures the peak memory (max RSS, from `/usr/bin/time -v`) of `mtlint lint` on large plain-text files,
// for the figures in the README's "Large files" section:
//
//   node apps/cli/scripts/measure-rss.mjs [--bin path/to/bin.js] [--sizes 1,10,50] [--formats stylish,json,sarif]
//
// The files repeat the bundled article (fixtures/kaspersky, MT with artifacts on most lines) up to each size,
// so the findings grow with the file as they would on a real corpus. They are written to a temporary folder
// that is removed at the end. Linux only (GNU time).
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
  },
});

execFileSync('/usr/bin/time', ['--version'], { stdio: 'ignore' });
const article = readFileSync(join(root, 'fixtures/kaspersky/article.txt'), 'utf8').trimEnd() + '\n\n';
const dir = mkdtempSync(join(tmpdir(), 'mtlint-rss-'));
try {
  console.log('| file | format | max RSS | time | exit |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const mb of values.sizes.split(',').map(Number)) {
    const file = join(dir, `${mb}mb.txt`);
    writeFileSync(file, article.repeat(Math.ceil((mb * 1024 * 1024) / article.length)).slice(0, mb * 1024 * 1024));
    for (const format of values.formats.split(',')) {
      const run = spawnSync('/usr/bin/time', ['-v', process.execPath, values.bin, 'lint', '--format', format, '--max-file-size', '1gb', file], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
      const wall = /Elapsed \(wall clock\) time.*: (\S+)/.exec(run.stderr)?.[1];
      const exit = /Exit status: (\d+)/.exec(run.stderr)?.[1];
      console.log(`| ${mb} MB | ${format} | ${Math.round(kb / 1024)} MB | ${wall} | ${exit} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
