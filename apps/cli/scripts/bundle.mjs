// Build step: bundles the command (src/bin.ts) and the lint worker (src/worker.ts), with the @mtlint
// packages and the libraries they import, into dist/. Node's ESM loader resolves, reads and compiles
// each module on its own: the command's ~110 modules (and the CommonJS files they require) took about
// 0.15 s to load before it could read its first file, the bundle about 0.07 s. What only some runs
// need stays in chunks loaded on demand: the file formats' parsers, and the review app's interactive
// part (Ink, React), which `mtlint review` imports only once it knows it has a terminal. @mtlint/text's word
// tables are read from files when first needed (its src/tables.ts looks beside the module that asks, here a
// chunk of dist/): they are copied into dist/tables/.
// Types are checked by tsc (`typecheck`, and `build` before this step); esbuild only strips them.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url).pathname;
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: { bin: new URL('../src/bin.ts', import.meta.url).pathname, worker: new URL('../src/worker.ts', import.meta.url).pathname },
  outdir: dist,
  // Chunks sit beside the entry points: the pool finds `./worker.js` and the command its
  // `../package.json` relative to the module they are in.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The ES module build where a package has one: jsonc-parser's `main` is a UMD file whose requires
  // esbuild cannot follow.
  mainFields: ['module', 'main'],
  sourcemap: true,
  // Node decodes and scans every byte of a module it loads: whitespace and syntax minified, the command's
  // chunks are about a third smaller. Names are kept, so that a stack trace (--debug) still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // React's production build, as an app that ships selects it.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink loads react-devtools-core (an optional peer, not installed) only when DEV=true.
  external: ['react-devtools-core'],
  // Bundled CommonJS calls require for Node's built-in modules (React, en-inflectors) and may read
  // __filename: both as CommonJS would have them.
  banner: {
    js: [
      "import { createRequire as createRequireForBundle } from 'node:module';",
      "import { fileURLToPath as fileURLToPathForBundle } from 'node:url';",
      'const require = createRequireForBundle(import.meta.url);',
      'const __filename = fileURLToPathForBundle(import.meta.url);',
    ].join(' '),
  },
  logLevel: 'warning',
});

// Resolved from @mtlint/core, whose dependency @mtlint/text is.
const text = createRequire(createRequire(import.meta.url).resolve('@mtlint/core')).resolve('@mtlint/text/tables/verb-forms.txt');
cpSync(dirname(text), `${dist}tables`, { recursive: true, filter: (file) => !/\.(?:js|d\.ts)$/.test(file) });
