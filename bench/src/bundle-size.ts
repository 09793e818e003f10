/**
 * What a web page pays for mtlint: `lint`, `score` and `load` from @mtlint/core bundled for a browser with esbuild,
 * minified and split into chunks as a page would ship them. The main entry is what the page loads before it can
 * call anything (the entry chunk and the chunks it imports statically); the word tables are chunks of their own,
 * which `load()` imports (dynamically) before the first lint. Sizes in bytes and gzipped, with the inputs that
 * weigh most in the main entry.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { ROOT } from './corpus.js';
import type { BundleSizeResult } from './format.js';

/** The gzipped size the main entry's browser bundle should stay within (issue #21). */
export const GZIP_BUDGET = 400_000;

const ENTRY = 'browser-entry.js';

/** Where an input file lives, shortened to its package and path ("text/dist/lexicon-data.js"). */
const shortName = (input: string) => input.replace(/^.*?(?:packages\/|node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?)/, '');

/** The output files reached from `start` through imports of `kind`, `start` included. */
function reached(outputs: Metafile['outputs'], start: string, kind: 'import-statement' | 'dynamic-import'): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement' || (kind === 'dynamic-import' && i.kind === 'dynamic-import')) visit(i.path);
  };
  visit(start);
  return seen;
}

export async function measureBundleSize(): Promise<BundleSizeResult> {
  try {
    const result = await build({
      stdin: { contents: "export { lint, load, score } from '@mtlint/core';", resolveDir: `${ROOT}/bench`, loader: 'js', sourcefile: ENTRY },
      // Paths in the metafile are relative to this.
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      outdir: `${ROOT}/bench/dist/browser-bundle`,
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const code = new Map(result.outputFiles.map((f) => [f.path.slice(ROOT.length + 1), f.contents]));
    // Each table is an entry point of its own too (a dynamic import's target).
    const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint?.endsWith(ENTRY))!;
    const main = reached(outputs, entry, 'import-statement');
    const lazy = [...reached(outputs, entry, 'dynamic-import')].filter((file) => !main.has(file));
    const sizes = (files: Iterable<string>) => {
      const chunks = [...files].map((file) => code.get(file)!);
      return { bytes: chunks.reduce((n, c) => n + c.length, 0), gzipBytes: chunks.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) };
    };
    const inputs = new Map<string, number>();
    for (const file of main) for (const [input, { bytesInOutput }] of Object.entries(outputs[file]!.inputs)) inputs.set(shortName(input), (inputs.get(shortName(input)) ?? 0) + bytesInOutput);
    const largest = [...inputs]
      .map(([input, bytes]) => ({ input, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5);
    return { available: true, entry: 'lint + score from @mtlint/core', ...sizes(main), gzipBudget: GZIP_BUDGET, largest, loadedByLoad: sizes(lazy) };
  } catch (e) {
    return { available: false, reason: (e as Error).message.split('\n')[0]! };
  }
}
