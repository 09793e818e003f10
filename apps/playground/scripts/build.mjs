// Build step: the page (src/main.ts) and the lint worker (src/worker.ts), minified ES modules, and index.html
// into dist/. The worker is a module worker, so that mtlint's word tables are chunks of their own, which it
// fetches with `load()` after it has started (`chunk-*.js`, `lexicon-words-*.js`…). Static files only: open
// dist/index.html from any web server. Types are checked by tsc before this step; esbuild only strips them.
// Prints each script's size, minified and gzipped.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url).pathname;
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

await build({
  entryPoints: { main: new URL('../src/main.ts', import.meta.url).pathname, worker: new URL('../src/worker.ts', import.meta.url).pathname },
  outdir: dist,
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  splitting: true,
  target: 'es2022',
  logLevel: 'warning',
});
copyFileSync(new URL('../src/index.html', import.meta.url), new URL('index.html', `file://${dist}`));

for (const name of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(`${dist}${name}`);
  console.log(`playground: dist/${name} ${(code.length / 1000).toFixed(0)} kB minified, ${(gzipSync(code).length / 1000).toFixed(0)} kB gzipped`);
}
