/**
 * The documentation's examples are tests: every ```ts block of packages/core/README.md and of the root
 * README's sections on the library and on translation files is run against the built package (both
 * entry points), and each `console.log(…); // → output` must print that output (the logged values as
 * JSON, separated by spaces).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Each import specifier of the package, and the built file it stands for. */
const ENTRIES = [
  ['@mtlint/core', pathToFileURL(join(CORE, 'dist/index.js')).href],
  ['@mtlint/core/formats', pathToFileURL(join(CORE, 'dist/formats.js')).href],
] as const;

/** The ```ts blocks of a Markdown text. */
const codeBlocks = (markdown: string) => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** A section of the root README, from its `## ` heading up to the next heading of the same level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const ROOT_README = readFileSync(join(CORE, '../../README.md'), 'utf8');
const examples = [
  ...codeBlocks(readFileSync(join(CORE, 'README.md'), 'utf8')).map((code, i) => ({ name: `packages/core/README.md block ${i + 1}`, code })),
  ...codeBlocks(section(ROOT_README, 'The library')).map((code, i) => ({ name: `README.md library block ${i + 1}`, code })),
  ...codeBlocks(section(ROOT_README, 'Translation files')).map((code, i) => ({ name: `README.md translation files block ${i + 1}`, code })),
];

/** Runs an example as an ES module against the built package and returns what it logged, one line per call. */
async function run(code: string): Promise<string[]> {
  const logged: string[] = [];
  const key = `__mtlintReadme${Math.random().toString(36).slice(2)}`;
  (globalThis as Record<string, unknown>)[key] = (...values: unknown[]) => logged.push(values.map((v) => JSON.stringify(v)).join(' '));
  let js = (await transform(code, { loader: 'ts', format: 'esm' })).code.replaceAll('console.log(', `globalThis.${key}(`);
  for (const [specifier, file] of ENTRIES) js = js.replaceAll(`from ${JSON.stringify(specifier)}`, `from ${JSON.stringify(file)}`);
  try {
    await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(js)}`);
  } finally {
    delete (globalThis as Record<string, unknown>)[key];
  }
  return logged;
}

describe('README examples', () => {
  it('has examples in both READMEs, for both entry points', () => {
    expect(examples.filter((e) => e.name.startsWith('packages/core')).length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((e) => e.name.startsWith('README.md library')).length).toBeGreaterThanOrEqual(1);
    expect(examples.filter((e) => e.name.startsWith('README.md translation files')).length).toBeGreaterThanOrEqual(1);
    expect(examples.filter((e) => e.name.startsWith('packages/core') && e.code.includes("from '@mtlint/core/formats'")).length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples)('$name runs and prints what its comments say', async ({ code }) => {
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await run(code)).toEqual(expected);
  });
});
