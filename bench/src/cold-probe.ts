/**
 * One fresh process of the cold measurements: `node cold-probe.js <mtlint|write-good> FILE` imports the
 * tool, lints the file once and prints `{"importMs":…,"firstLintMs":…,"findings":…}`. Nothing else is
 * loaded before the import, so that the figures are those of a program whose first act is to lint.
 */
import { readFileSync } from 'node:fs';

type Lint = (text: string) => number;

const loaders: Record<string, () => Promise<Lint>> = {
  mtlint: async () => {
    const { lint } = await import('@mtlint/core');
    return (text) => lint(text).length;
  },
  'write-good': async () => {
    const writeGood = (await import('write-good')).default;
    return (text) => writeGood(text).length;
  },
};

const [tool = '', file = ''] = process.argv.slice(2);
const load = loaders[tool];
if (!load || !file) {
  process.stderr.write(`usage: node cold-probe.js <${Object.keys(loaders).join('|')}> FILE\n`);
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const lint = await load();
const t1 = performance.now();
const findings = lint(text);
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({ importMs: t1 - t0, firstLintMs: t2 - t1, findings })}\n`);
