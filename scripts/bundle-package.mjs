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
// Object and array literals that run once, when a module loads, and hold only literals (the rules' Brown lists,
// modules that are one JSON value as their generators write them; the rules' examples) are bundled as
// `JSON.parse('…')` of the same value (`literalsAsJson` below).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

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

/**
 * The JSON value of an expression made of literals only (objects with plain keys, arrays without holes, strings,
 * finite numbers, booleans, null; `as`, `satisfies` and parentheses are types and grouping), wrapped as `{ value }`;
 * undefined for any other expression.
 */
function literalValue(node) {
  const K = ts.SyntaxKind;
  switch (node.kind) {
    case K.ParenthesizedExpression:
    case K.AsExpression:
    case K.SatisfiesExpression:
      return literalValue(node.expression);
    case K.StringLiteral:
    case K.NoSubstitutionTemplateLiteral:
      return { value: node.text };
    case K.NumericLiteral: {
      const value = Number(node.text.replaceAll('_', ''));
      return Number.isFinite(value) ? { value } : undefined;
    }
    case K.PrefixUnaryExpression: {
      const operand = node.operator === K.MinusToken ? literalValue(node.operand) : undefined;
      // -0 would come back from JSON as 0.
      return typeof operand?.value === 'number' && operand.value !== 0 ? { value: -operand.value } : undefined;
    }
    case K.TrueKeyword:
      return { value: true };
    case K.FalseKeyword:
      return { value: false };
    case K.NullKeyword:
      return { value: null };
    case K.ArrayLiteralExpression: {
      const value = [];
      for (const element of node.elements) {
        const item = literalValue(element);
        if (item === undefined) return undefined;
        value.push(item.value);
      }
      return { value };
    }
    case K.ObjectLiteralExpression: {
      const value = {};
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) return undefined;
        // A `__proto__` key sets the prototype in a literal and is an own property from JSON.parse.
        if (property.name.text === '__proto__') return undefined;
        const item = literalValue(property.initializer);
        if (item === undefined) return undefined;
        value[property.name.text] = item.value;
      }
      return { value };
    }
    default:
      return undefined;
  }
}

/** Literals shorter than this as JSON stay as they are: JSON.parse pays a call for what it saves in compiling. */
const LITERAL_AS_JSON_MIN = 200;

/**
 * The module's source with each object or array literal that runs once, when the module loads (outside any function
 * or class), and holds nothing but literals, written as `JSON.parse('…')` of the same value. V8 compiles a module's
 * top-level code eagerly, and a literal into bytecode that builds it, while it only scans a string, and JSON.parse
 * builds the value faster than that bytecode runs. The rules' word lists (whole modules that are one JSON value)
 * took the rules' module from 28 to 12–16 ms of compiling on this machine; their examples (95 kB of object
 * literals inside `defineRule({ … })`) are the same case. Line breaks are kept inside the call, so that the lines
 * after it keep their numbers in the source map.
 */
function literalsAsJson(path, source) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const replacements = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node)) {
      const literal = literalValue(node);
      const json = literal && JSON.stringify(literal.value);
      if (json !== undefined && json.length >= LITERAL_AS_JSON_MIN) {
        const start = node.getStart(file);
        const lineBreaks = source.slice(start, node.end).split('\n').length - 1;
        replacements.push({ start, end: node.end, text: `JSON.parse(${'\n'.repeat(lineBreaks)}${JSON.stringify(json)})` });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  let out = source;
  for (const { start, end, text } of replacements.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const topLevelLiteralsAsJson = {
  name: 'top-level-literals-as-json',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) => ({ contents: literalsAsJson(path, readFileSync(path, 'utf8')), loader: 'ts' }));
  },
};

/**
 * `--inline a,b`: dependencies bundled into the package's module instead of imported. @mtlint/text inlines
 * en-inflectors and en-stemmer: CommonJS packages of a dozen small files, which Node's CommonJS loader resolved,
 * read and wrapped one by one at every import (the import of @mtlint/text took 51 ms of CPU with them, 23 ms with
 * them bundled, on the shared machine). Their licence notices go to dist/THIRD-PARTY-NOTICES.md, and their sources
 * into the source map (`sourcesContent`), since the package does not ship their files.
 */
const inlineArg = process.argv.indexOf('--inline');
const inlined = inlineArg < 0 ? [] : process.argv[inlineArg + 1].split(',');
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    // A bare specifier (not `#…` of the package, not a path) is imported at run time unless inlined.
    build.onResolve({ filter: /^[^./#]/ }, ({ path }) => (inlined.includes(packageOf(path)) ? undefined : { path, external: true }));
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
  // The inlined packages are CommonJS with a `main`: a neutral platform reads no package fields by default.
  mainFields: ['module', 'main'],
  target: 'es2022',
  external: ['#tables/*'],
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  sourcesContent: false,
  plugins: [externalPackages, topLevelLiteralsAsJson],
  logLevel: 'warning',
});

if (inlined.length > 0) {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const notices = inlined.map((name) => {
    // The directory of the package.json that names it: not every package exports its package.json.
    let dir = dirname(require.resolve(name));
    while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
      if (dir === dirname(dir)) throw new Error(`--inline ${name}: no package.json names it above ${require.resolve(name)}`);
      dir = dirname(dir);
    }
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`--inline ${name}: no licence file in ${dir}`);
    return `## ${name} ${version} (${license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  writeFileSync(
    'dist/THIRD-PARTY-NOTICES.md',
    `# Third-party notices\n\nThe JavaScript in this directory includes the following packages, bundled by scripts/bundle-package.mjs.\n\n${notices.join('\n')}`,
  );
  // publint tells a module's format from its text: `exports.x` of the inlined CommonJS reads as CommonJS, and an ES module
  // only by `export` after a space, a `;` or a line start, which minified code lacks (`}export{`). An empty statement
  // before the module's last `export` says ES module to it, and moves no line of the source map.
  for (const module of readdirSync('dist').filter((f) => bundled.has(`dist/${f}`) || /^chunk-\w+\.js$/.test(f))) {
    const path = join('dist', module);
    const code = readFileSync(path, 'utf8');
    const at = code.lastIndexOf('export{');
    if (at > 0 && !/[\s;]/.test(code[at - 1])) writeFileSync(path, `${code.slice(0, at)};${code.slice(at)}`);
  }
  // Each map names the inlined packages' files by their place in node_modules, which the tarball does not hold: the map carries their text.
  for (const map of readdirSync('dist').filter((f) => f.endsWith('.js.map'))) {
    const path = join('dist', map);
    const sourceMap = JSON.parse(readFileSync(path, 'utf8'));
    const outside = sourceMap.sources.map((source) => source.includes('/node_modules/'));
    if (!outside.includes(true)) continue;
    sourceMap.sourcesContent = sourceMap.sources.map((source, i) => (outside[i] ? readFileSync(join('dist', source), 'utf8') : null));
    writeFileSync(path, JSON.stringify(sourceMap));
  }
}
console.log(`bundled ${entries.map((e) => relative('src', e)).join(', ')}${inlined.length > 0 ? ` (with ${inlined.join(', ')})` : ''} into dist/`);
