/**
 * The published packages, checked the way a consumer meets them: packed with `pnpm pack` (which turns the
 * workspace ranges into versions), linted by publint and @arethetypeswrong/cli, installed with npm into a
 * project outside the workspace, type-checked with `moduleResolution: nodenext` and run; and bundled for a
 * browser with esbuild (the main entry and the formats subpath) and run where no Node built-in exists. Needs the packages built (`npm test` builds).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(CORE, '../..');
// @mtlint/core and the workspace packages it depends on: all five are published.
const PUBLISHED = ['text', 'engine', 'rules', 'formats', 'core'];
const bin = (dir: string, name: string) => join(dir, 'node_modules/.bin', name);
const run = (file: string, args: readonly string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const SENTENCE = 'The opposition, the new budget attacked.';
/** A PO file with a word-order artifact and a placeholder lost in translation, for the formats subpath. */
const PO = `msgid "Die Opposition griff den Haushalt an."\nmsgstr "${SENTENCE}"\n\nmsgid "%d Dateien gelöscht"\nmsgstr "Files deleted"\n`;

let tmp: string;
const tarballs = new Map<string, string>();

beforeAll(() => {
  // Outside the workspace, so that nothing resolves through its node_modules.
  tmp = mkdtempSync(join(tmpdir(), 'mtlint-consumer-'));
  for (const name of PUBLISHED) {
    run(bin(ROOT, 'pnpm'), ['pack', '--pack-destination', tmp], join(ROOT, 'packages', name));
    const file = readdirSync(tmp).find((f) => f.startsWith(`mtlint-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @mtlint/${name}`);
    tarballs.set(name, join(tmp, file));
  }
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each(PUBLISHED)('@mtlint/%s as packed', (name) => {
  it('passes publint (warnings count as errors)', async () => {
    const tarball = readFileSync(tarballs.get(name)!);
    const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(tarball).buffer }, strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it('passes @arethetypeswrong/cli for an ESM-only package', () => {
    // attw exits non-zero on any problem; `esm-only` leaves out `require` from CommonJS, which an ESM package does not offer.
    expect(() => run(bin(CORE, 'attw'), [tarballs.get(name)!, '--profile', 'esm-only', '--format', 'ascii'], tmp)).not.toThrow();
  });
});

describe('a consumer project outside the workspace', () => {
  it('installs the tarballs with npm, type-checks with moduleResolution nodenext and runs', () => {
    const project = join(tmp, 'consumer');
    mkdirSync(project);
    const dependencies = Object.fromEntries(PUBLISHED.map((n) => [`@mtlint/${n}`, `file:${tarballs.get(n)!}`]));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [],
          strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, outDir: 'out',
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { applySuggestions, lint, MtlintConfigError, rules, score, type Finding, type Score, type Suggestion } from '@mtlint/core';
import { FormatError, lintFile, type FileLintResult } from '@mtlint/core/formats';

const text = ${JSON.stringify(SENTENCE)};
const findings: Finding[] = lint(text);
const edits: Suggestion[] = findings.flatMap((f) => f.suggestions.slice(0, 1));
const result: Score = score(text, findings, { weights: 'google-mqm' });
let configError = '';
try {
  lint(text, { rules: { 'no-such-rule': 'error' } });
} catch (error) {
  if (error instanceof MtlintConfigError) configError = error.path;
}
const po = ${JSON.stringify(PO)};
const file: FileLintResult = lintFile('de.po', po);
let formatError = '';
try {
  lintFile('broken.json', '{"a": }');
} catch (error) {
  if (error instanceof FormatError) formatError = error.message;
}
console.log(JSON.stringify({
  rules: findings.map((f) => f.ruleId),
  fixed: applySuggestions(text, edits),
  score: result.score,
  segments: result.segments.length,
  catalogue: rules.has('word-echo'),
  configError,
  file: { format: file.format, rules: file.findings.map((f) => f.ruleId) },
  fixedFile: applySuggestions(po, file.findings.flatMap((f) => f.suggestions.slice(0, 1))),
  formatError,
}));
`,
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], project);
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    const output = JSON.parse(run(process.execPath, ['out/consumer.js'], project));
    expect(output).toEqual({
      rules: ['verb-final-clause'],
      fixed: 'The opposition attacked the new budget.',
      score: expect.any(Number),
      segments: 1,
      catalogue: true,
      configError: 'rules.no-such-rule',
      file: { format: 'po', rules: ['verb-final-clause', 'placeholder-mismatch'] },
      fixedFile: PO.replace(SENTENCE, 'The opposition attacked the new budget.'),
      formatError: 'line 1: not valid JSON: ValueExpected',
    });
    expect(output.score).toBeLessThan(100);
  }, 300_000);
});

describe('a browser bundle of @mtlint/core', () => {
  it('bundles for the browser with esbuild, adds no globals, and lints where no Node built-in exists', async () => {
    // platform "browser" refuses node: built-ins, so a successful build is itself the proof that the core needs none.
    const bundle = await build({
      entryPoints: [join(CORE, 'dist/index.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'mtlint',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    // A bare realm: the language built-ins only, no process, require, Buffer or file system.
    const realm = createContext({});
    const globalsBefore = new Set(runInContext('Object.getOwnPropertyNames(globalThis)', realm) as string[]);
    runInContext(code, realm);
    // No side effects on import: the bundle adds its own name to the global object and nothing else.
    const added = (runInContext('Object.getOwnPropertyNames(globalThis)', realm) as string[]).filter((n) => !globalsBefore.has(n));
    expect(added).toEqual(['mtlint']);
    const result = runInContext(`JSON.stringify({
      probes: [typeof process, typeof require, typeof Buffer],
      rules: mtlint.lint(${JSON.stringify(SENTENCE)}).map((f) => f.ruleId),
      score: mtlint.score(${JSON.stringify(SENTENCE)}).words,
    })`, realm) as string;
    expect(JSON.parse(result)).toEqual({ probes: ['undefined', 'undefined', 'undefined'], rules: ['verb-final-clause'], score: 6 });
  }, 120_000);

  it('bundles the formats subpath for the browser too, and reads PO and Markdown in a web worker', async () => {
    const bundleFor = async (conditions: string[]) =>
      (await build({
        entryPoints: [join(CORE, 'dist/formats.js')],
        bundle: true,
        platform: 'browser',
        conditions,
        format: 'iife',
        globalName: 'mtlintFormats',
        write: false,
        logLevel: 'silent',
      })).outputFiles[0]!.text;
    // A page's bundle: decode-named-character-reference decodes through the DOM there, so it runs in a page only.
    expect((await bundleFor([])).length).toBeGreaterThan(0);
    // A worker's bundle has no DOM to lean on: it runs in the bare realm.
    const realm = createContext({});
    runInContext(await bundleFor(['worker']), realm);
    const result = runInContext(`JSON.stringify({
      po: mtlintFormats.lintFile('app.po', ${JSON.stringify(PO)}).findings.map((f) => f.ruleId),
      markdown: mtlintFormats.lintFile('a.md', ${JSON.stringify(`# Budget

${SENTENCE} &amp; more.
`)}).findings.map((f) => f.ruleId),
    })`, realm) as string;
    expect(JSON.parse(result)).toEqual({ po: ['verb-final-clause', 'placeholder-mismatch'], markdown: ['verb-final-clause'] });
  }, 120_000);
});
