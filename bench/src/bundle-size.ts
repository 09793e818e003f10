/**
 * What a web page pays for mtlint: `lint` and `score` from @mtlint/core bundled for a browser with esbuild,
 * minified, in bytes and gzipped, and the inputs that weigh most in it.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './corpus.js';
import type { BundleSizeResult } from './format.js';

/** The gzipped size the main entry's browser bundle should stay within (issue #21). */
export const GZIP_BUDGET = 400_000;

/** Where an input file lives, shortened to its package and path ("text/dist/lexicon-data.js"). */
const shortName = (input: string) => input.replace(/^.*?(?:packages\/|node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?)/, '');

export async function measureBundleSize(): Promise<BundleSizeResult> {
  try {
    const result = await build({
      stdin: { contents: "export { lint, score } from '@mtlint/core';", resolveDir: `${ROOT}/bench`, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
    const largest = Object.entries(inputs)
      .map(([input, { bytesInOutput }]) => ({ input: shortName(input), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5);
    return { available: true, entry: 'lint + score from @mtlint/core', bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, gzipBudget: GZIP_BUDGET, largest };
  } catch (e) {
    return { available: false, reason: (e as Error).message.split('\n')[0]! };
  }
}
