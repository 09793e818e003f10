// Writes the JavaScript of a published package as one ES module per entry point of its package.json `exports`
// (and a shared chunk where entries share code), with every dependency left as an import: Node resolves, reads
// and compiles each module on its own, and importing @mtlint/core took 88 of them before the first lint could
// run. Run from a package directory after `tsc --emitDeclarationOnly`, which writes the declarations (and their
// maps) module by module as before; before `cjs-entries.mjs`. The source maps point at the shipped `src/`.
//
// Whitespace and syntax are minified, names kept: an engine scans every byte of a module it loads, and a stack
// trace still names the functions. `#…` imports of the package are bundled, except @mtlint/text's word tables
// (`#tables/*`), which stay modules of their own for `load()` to import.
//
// A module that is one JSON value (the rules' Brown lists, `export default {…}` as their generators write them) is
// bundled as `JSON.parse('…')` of the same value: V8 compiles an object literal into bytecode that builds it, while it
// only scans a string, and JSON.parse builds the value faster than that bytecode runs. Compiling the rules' module
// took half the time (28 -> 12-16 ms on this machine) for 90 kB of word lists.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
/** `./dist/formats.js` → `src/formats.ts`, for each module entry point. */
const entries = Object.values(exports)
  .filter((conditions) => typeof conditions !== 'string')
  .map((conditions) => conditions.import.default.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts'));

// tsc wrote a .js per source file before this step replaced its output: none may linger beside the bundle.
const bundled = new Set(entries.map((entry) => entry.replace(/^src\/(.*)\.ts$/, 'dist/$1.js')));
const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : [join(dir, e.name)]));
for (const source of sources('src').filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
  const js = source.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  if (!bundled.has(js)) for (const stale of [js, `${js}.map`]) if (existsSync(stale)) rmSync(stale);
}
for (const chunk of readdirSync('dist').filter((f) => /^chunk-\w+\.js(\.map)?$/.test(f))) rmSync(join('dist', chunk));

/** `export default <JSON>;`, with only line comments before it: a data module. */
const DATA_MODULE = /^(?:\/\/[^\n]*\n)*export default ([[{][\s\S]*?);?\s*$/;

/** The JSON value a data module exports, or undefined for any other module. */
function dataModuleValue(source) {
  const literal = DATA_MODULE.exec(source)?.[1];
  // A "__proto__" key sets the prototype in a literal and is an own property from JSON.parse: such a module stays as it is.
  if (literal === undefined || literal.includes('"__proto__"')) return undefined;
  try {
    return JSON.parse(literal);
  } catch {
    return undefined;
  }
}

const dataModulesAsJson = {
  name: 'data-modules-as-json',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const value = dataModuleValue(readFileSync(path, 'utf8'));
      if (value === undefined) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`, loader: 'js' };
    });
  },
};

await build({
  entryPoints: entries,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  external: ['#tables/*'],
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  sourcesContent: false,
  plugins: [dataModulesAsJson],
  logLevel: 'warning',
});
console.log(`bundled ${entries.map((e) => relative('src', e)).join(', ')} into dist/`);
