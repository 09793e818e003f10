/**
 * The documentation's examples are tests: every TypeScript or JavaScript block of every README.md in the
 * repository is type-checked (strict, `moduleResolution: nodenext`, against the built packages' declarations)
 * and run against the built packages, as a consumer would: each block is a module of the package whose
 * README holds it (the root README's: of @mtlint/core), so it imports what that package may import. Each
 * `console.log(…); // → output` must print that output (the logged values as JSON, separated by spaces).
 * A block may use no name it does not import or define.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(CORE, '../..');
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', '.turbo', 'coverage']);

/** Every README.md of the repository, outside dependencies and build output. */
function readmes(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.') ? [] : readmes(path);
    return entry.name === 'README.md' ? [path] : [];
  });
}

/** The TypeScript and JavaScript blocks of a Markdown text. */
const codeBlocks = (markdown: string) => [...markdown.matchAll(/^```(?:ts|typescript|js|javascript)\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** The package a README belongs to: the nearest directory with a package.json below the root; the root README's is @mtlint/core. */
function packageOf(readme: string): string {
  for (let dir = dirname(readme); dir !== ROOT && dir.startsWith(ROOT); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return CORE;
}

/** The packages a block imports by name (`@mtlint/core/formats` → `@mtlint/core`). */
const importedPackages = (code: string) =>
  [...code.matchAll(/^import [^'"]*from '([^'./][^']*)'/gm)].map((m) => m[1]!.split('/').slice(0, m[1]!.startsWith('@') ? 2 : 1).join('/')).filter((name) => !name.startsWith('node:'));

/**
 * Where a block runs: in its README's package when that package can import what the block imports (itself
 * by name, or a dependency), else in @mtlint/core, where the docs of @mtlint/formats send readers to.
 */
function homeOf(readme: string, code: string): string {
  const home = packageOf(readme);
  const name = (JSON.parse(readFileSync(join(home, 'package.json'), 'utf8')) as { name: string }).name;
  return importedPackages(code).every((pkg) => pkg === name || existsSync(join(home, 'node_modules', pkg))) ? home : CORE;
}

const examples = readmes().flatMap((readme) =>
  codeBlocks(readFileSync(readme, 'utf8')).map((code, i) => ({ name: `${relative(ROOT, readme)} block ${i + 1}`, code, home: homeOf(readme, code) })),
);

/** Per package, a scratch folder inside it, so that its blocks resolve imports from where the package does. */
const scratch = new Map<string, string>();
const fileOf = (index: number) => {
  const { home } = examples[index]!;
  if (!scratch.has(home)) scratch.set(home, mkdtempSync(join(home, '.readme-example-')));
  return join(scratch.get(home)!, `block-${index}`);
};

beforeAll(() => {
  // `export {}` makes each block a module of its own, so blocks neither share names nor leak them.
  examples.forEach(({ code }, i) => writeFileSync(`${fileOf(i)}.ts`, `${code}\nexport {};\n`));
});
afterAll(() => {
  for (const dir of scratch.values()) rmSync(dir, { recursive: true, force: true });
});

describe('README examples', () => {
  it('are found in the READMEs of the packages and of the repository', () => {
    const readmesWithCode = new Set(examples.map((e) => e.name.replace(/ block \d+$/, '')));
    expect([...readmesWithCode]).toEqual(expect.arrayContaining(['README.md', 'packages/core/README.md', 'packages/formats/README.md', 'packages/config/README.md', 'packages/report/README.md']));
    expect(examples.filter((e) => e.code.includes("from '@mtlint/core/formats'")).length).toBeGreaterThanOrEqual(2);
  });

  it('type-check, each as a module of its package', () => {
    const files = examples.map((_, i) => `${fileOf(i)}.ts`);
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'], types: ['node'], strict: true, noEmit: true, skipLibCheck: true,
      noUncheckedIndexedAccess: false,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const index = d.file ? files.indexOf(d.file.fileName) : -1;
      const where = index >= 0 && d.start !== undefined ? `${examples[index]!.name}, line ${d.file!.getLineAndCharacterOfPosition(d.start).line + 1}` : d.file?.fileName ?? '';
      return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it.each(examples.map((e, index) => ({ ...e, index })))('$name runs and prints what its comments say', async ({ code, index }) => {
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((m) => m[1]);
    const logged: string[] = [];
    const key = `__mtlintReadme${index}`;
    (globalThis as Record<string, unknown>)[key] = (...values: unknown[]) => logged.push(values.map((v) => JSON.stringify(v)).join(' '));
    const js = (await transform(code, { loader: 'ts', format: 'esm' })).code.replaceAll('console.log(', `globalThis.${key}(`);
    const file = `${fileOf(index)}.mjs`;
    writeFileSync(file, js);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      delete (globalThis as Record<string, unknown>)[key];
    }
    expect(logged).toEqual(expected);
  });
});
