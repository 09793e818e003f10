/**
 * One fresh process of the throughput measurement: `node throughput-probe.js TOOL RUNS BUDGET FULL SIZE` builds the
 * bench text, times the linter (`measure`) and prints its figures as JSON. Nothing but the linter measured is loaded,
 * so that each tool is timed in a process of its own, as a user's program would run it.
 */
import { cleanSources } from './corpus.js';
import { harper, mtlint, writeGood, type BenchLinter } from './linters.js';
import { buildCorpus, MB } from './stats.js';
import { measure } from './throughput.js';

const linters: Record<string, () => BenchLinter> = { mtlint: () => mtlint, 'harper.js': harper, 'write-good': writeGood };

const [tool = '', runs = '', budget = '', full = '', size = '', version = '?'] = process.argv.slice(2);
const make = linters[tool];
if (!make || !(Number(runs) >= 1) || !(Number(budget) > 0) || !(Number(size) > 0)) {
  process.stderr.write(`usage: node throughput-probe.js <${Object.keys(linters).join('|')}> RUNS BUDGET FULL(0|1) SIZE_MB [VERSION]\n`);
  process.exit(2);
}
const corpus = buildCorpus(cleanSources().texts, Number(size) * MB);
const result = await measure(make(), version, corpus.text, { runs: Number(runs), budget: Number(budget), full: full === '1' });
process.stdout.write(`${JSON.stringify(result)}\n`);
