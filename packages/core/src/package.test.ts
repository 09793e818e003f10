/**
 * The published packages, checked the way a consumer meets them: packed with `pnpm pack` (which turns the
 * workspace ranges into versions), linted by publint (strict) and @arethetypeswrong/cli (its default
 * profile: node10, node16 from CommonJS and from ESM, bundler), installed with npm from the tarballs into
 * projects outside the workspace — ESM type-checked with `nodenext` and with `bundler`, CommonJS with
 * `require` (on the workspace's TypeScript, and on TypeScript 5.4 with `node10` and `node16`) — and run; and bundled for a browser with esbuild and run in a bare realm and in a Web Worker
 * of headless Chromium. Needs the packages built (`npm test` builds).
 *
 * The projects share one `npm install` (each is a folder with its own package.json and tsconfig below the
 * folder that holds node_modules), so npm runs once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../../scripts/headless-chromium.mjs';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(CORE, '../..');
// @mtlint/core and the workspace packages it depends on, and the baseline, report and config packages that
// tools around it use: all eight are published.
const PUBLISHED = ['text', 'engine', 'rules', 'formats', 'core', 'baseline', 'report', 'config'];
const bin = (dir: string, name: string) => join(dir, 'node_modules/.bin', name);
/** Runs a program and returns its stdout; on failure, throws with what it printed (tsc and attw report on stdout). */
function run(file: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
const tsc = (cwd: string) => run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], cwd);

const SENTENCE = 'The opposition, the new budget attacked.';
const FIXED = 'The opposition attacked the new budget.';
/** A PO file with a word-order artifact and a placeholder lost in translation, for the formats subpath. */
const PO = `msgid "Die Opposition griff den Haushalt an."\nmsgstr "${SENTENCE}"\n\nmsgid "%d Dateien gelöscht"\nmsgstr "Files deleted"\n`;
/** Markdown with a named character reference, which the reader decodes (the decoding that once needed a DOM). */
const MARKDOWN = `# Budget\n\n${SENTENCE} &amp; more.\n`;

/**
 * What every consumer runs, as TypeScript: both entry points, a custom rule typed with the exported
 * `Sentence` and `Document`, and the type-level promises (read-only findings, the shipped rule ids and
 * format names as literal unions) as `@ts-expect-error` lines, which fail the type check if they do not hold;
 * and what a tool around the linter does with the other packages: a config found and resolved (with a
 * preset from the browser-safe `@mtlint/config/presets`), the findings reported, and a baseline written,
 * read back and applied.
 */
const CONSUMER_TS = `import { applySuggestions, defineRule, lint, MtlintConfigError, rules, score, WEIGHT_PRESETS,
  type Document, type Finding, type RuleId, type Score, type Sentence, type Suggestion, type Token } from '@mtlint/core';
import { FormatError, lintFile, type FileLintResult } from '@mtlint/core/formats';
import { addEntries, BaselineError, emptyBaseline, filterBaselined, parseBaseline, serializeBaseline, type Baseline } from '@mtlint/baseline';
import { ConfigError, configFinder, parseRuleFlag, resolveSettings, type Known, type Settings } from '@mtlint/config';
import { presetRules } from '@mtlint/config/presets';
import { formatJson, formatStylish, locate, type FileResult } from '@mtlint/report';

const exclamation = defineRule({
  meta: { id: 'exclamation-in-report', category: 'style/awkward', severity: 'minor', confidence: 0.8, description: 'An exclamation mark in news prose.', sourceHint: 'emphatic source punctuation' },
  detectSentence(sentence: Sentence, { doc }: { doc: Document }) {
    const marks: readonly Token[] = sentence.tokens.filter((t) => doc.text.slice(t.start, t.end) === '!');
    return marks.map((t) => ({ start: t.start, end: t.end, message: 'exclamation mark', suggestions: [{ start: t.start, end: t.end, replacement: '.' }] }));
  },
  examples: { invalid: [{ text: 'Prices rose!' }], valid: ['Prices rose.'] },
});

export function typeLevelChecks(finding: Finding, file: FileLintResult): unknown[] {
  // @ts-expect-error a finding is read-only
  finding.start = 0;
  // @ts-expect-error so are its suggestions
  finding.suggestions.push({ start: 0, end: 0, replacement: '' });
  const shipped: RuleId = 'verb-final-clause';
  // @ts-expect-error not a shipped rule
  const unknown: RuleId = 'no-such-rule';
  // @ts-expect-error not a format lintFile reads
  const docx = file.format === 'docx';
  return [shipped, unknown, docx];
}

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

const ruleIds = [...rules.keys()];
const known: Known = { ruleIds, weightPresets: Object.keys(WEIGHT_PRESETS), formatNames: ['po', 'text'] };
const configFiles = new Map([['/repo/mtlint.config.json', '{ "extends": ["de"], "rules": { "verb-final-clause": ["warning"] } }']]);
const found = configFinder((path) => configFiles.get(path), known)('/repo/docs');
const settings: Settings = resolveSettings(found?.config, ruleIds, Object.fromEntries([parseRuleFlag('word-echo:off', ruleIds)]));
let configFileError = '';
try {
  configFinder(() => '{ "rules": { "no-such-rule": "error" } }', known)('/elsewhere');
} catch (error) {
  if (error instanceof ConfigError) configFileError = error.name;
}
const reported: FileResult = locate('budget.txt', text, lint(text, { rules: settings.rules }));
const entries = reported.findings.map((f) => ({ file: 'budget.txt', ruleId: f.ruleId, text: text.slice(f.start, f.end) }));
const baseline: Baseline = parseBaseline(serializeBaseline(addEntries(emptyBaseline(), entries)), '.mtlint-baseline.json');
let baselineError = '';
try {
  parseBaseline('{ "version": 2 }', '.mtlint-baseline.json');
} catch (error) {
  if (error instanceof BaselineError) baselineError = error.name;
}
console.log(JSON.stringify({
  rules: findings.map((f) => f.ruleId),
  fixed: applySuggestions(text, edits),
  custom: lint('Prices rose sharply!', { customRules: [exclamation] }).map((f) => f.ruleId),
  score: result.score < 100,
  catalogue: rules.has('word-echo'),
  configError,
  file: { format: file.format, rules: file.findings.map((f) => f.ruleId) },
  fixedFile: applySuggestions(po, file.findings.flatMap((f) => f.suggestions.slice(0, 1))) === po.replace(text, ${JSON.stringify(FIXED)}),
  formatError,
  config: { file: found?.file, verbFinal: settings.rules['verb-final-clause'], wordEcho: settings.rules['word-echo'], preset: presetRules('de', ruleIds)['verb-final-clause'] !== undefined, error: configFileError },
  report: { line: reported.findings[0]?.line, stylish: formatStylish([reported]).includes('verb-final-clause'), json: (JSON.parse(formatJson([reported])) as unknown[]).length },
  baseline: { entries: baseline.entries.length, left: filterBaselined(baseline, 'budget.txt', text, reported.findings).length, error: baselineError },
}));
`;
const CONSUMER_OUTPUT = {
  rules: ['verb-final-clause'],
  fixed: FIXED,
  custom: ['exclamation-in-report'],
  score: true,
  catalogue: true,
  configError: 'rules.no-such-rule',
  file: { format: 'po', rules: ['verb-final-clause', 'placeholder-mismatch'] },
  fixedFile: true,
  formatError: 'line 1: not valid JSON: ValueExpected',
  config: { file: '/repo/mtlint.config.json', verbFinal: ['warning'], wordEcho: 'off', preset: true, error: 'ConfigError' },
  report: { line: 1, stylish: true, json: 1 },
  baseline: { entries: 1, left: 0, error: 'BaselineError' },
};
const STRICT = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, target: 'es2022', lib: ['es2022', 'dom'], types: [] };

/**
 * What the browser bundle runs, in a bare realm and in a Web Worker: both entry points, nothing of Node. There the
 * word tables cannot be read from disk: `load()` imports them (a bundler may split them off), after which the
 * entry points run synchronously; before it, `lint` says so.
 */
const BROWSER_ENTRY = `import { lint, load, score } from '@mtlint/core';
import { lintFile } from '@mtlint/core/formats';

export function lintBeforeLoad() {
  try {
    return lint('Prices rose.').length;
  } catch (error) {
    return error.message;
  }
}

export async function check() {
  await load();
  return {
    rules: lint(${JSON.stringify(SENTENCE)}).map((f) => f.ruleId),
    words: score(${JSON.stringify(SENTENCE)}).words,
    po: lintFile('app.po', ${JSON.stringify(PO)}).findings.map((f) => f.ruleId),
    markdown: lintFile('a.md', ${JSON.stringify(MARKDOWN)}).findings.map((f) => f.ruleId),
  };
}
`;
const BROWSER_OUTPUT = {
  rules: ['verb-final-clause'],
  words: 6,
  po: ['verb-final-clause', 'placeholder-mismatch'],
  markdown: ['verb-final-clause'],
};

let tmp: string;
/** The folder that holds node_modules; each consumer project is a folder in it. */
let consumer: string;
const tarballs = new Map<string, string>();
const project = (name: string, packageJson: object, files: Record<string, string>) => {
  const dir = join(consumer, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, ...packageJson }));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
};

beforeAll(() => {
  // Outside the workspace, so that nothing resolves through its node_modules.
  tmp = mkdtempSync(join(tmpdir(), 'mtlint-consumer-'));
  for (const name of PUBLISHED) {
    run(bin(ROOT, 'pnpm'), ['pack', '--pack-destination', tmp], join(ROOT, 'packages', name));
    const file = readdirSync(tmp).find((f) => f.startsWith(`mtlint-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @mtlint/${name}`);
    tarballs.set(name, join(tmp, file));
  }
  consumer = join(tmp, 'consumer');
  mkdirSync(consumer);
  const dependencies = Object.fromEntries(PUBLISHED.map((n) => [`@mtlint/${n}`, `file:${tarballs.get(n)!}`]));
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], consumer);
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

  it('passes @arethetypeswrong/cli with its default profile (node10, node16 CommonJS and ESM, bundler)', () => {
    // attw exits non-zero on any problem, and prints the table that says which.
    expect(() => run(bin(CORE, 'attw'), [tarballs.get(name)!, '--format', 'ascii'], tmp)).not.toThrow();
  });

  it('ships a LICENSE, a README, and the sources its source maps name (or their text in the map, for a bundled dependency)', () => {
    const installed = join(consumer, 'node_modules/@mtlint', name);
    expect(existsSync(join(installed, 'LICENSE'))).toBe(true);
    expect(readFileSync(join(installed, 'README.md'), 'utf8')).toContain(`# @mtlint/${name}`);
    const maps = (readdirSync(join(installed, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const missing = maps.flatMap((map) => {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(installed, 'dist', map), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      return sources
        .map((s) => join(installed, 'dist', dirname(map), s))
        .filter((source, i) => !existsSync(source) && typeof sourcesContent?.[i] !== 'string');
    });
    expect(missing).toEqual([]);
    // A package that bundles another's code ships that code's licence notice.
    const inlined = maps.some((map) => (JSON.parse(readFileSync(join(installed, 'dist', map), 'utf8')) as { sources: string[] }).sources.some((s) => s.includes('/node_modules/')));
    if (inlined) expect(readFileSync(join(installed, 'dist/THIRD-PARTY-NOTICES.md'), 'utf8')).toContain('MIT');
  });
});

describe('consumer projects outside the workspace', () => {
  it('ESM with moduleResolution nodenext: type-checks and runs', () => {
    const dir = project('esm-nodenext', { type: 'module' }, {
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' }, files: ['consumer.ts'] }),
      'consumer.ts': CONSUMER_TS,
    });
    tsc(dir);
    expect(JSON.parse(run(process.execPath, ['out/consumer.js'], dir))).toEqual(CONSUMER_OUTPUT);
  }, 120_000);

  it('ESM with moduleResolution bundler: type-checks, bundles with esbuild and runs', async () => {
    const dir = project('esm-bundler', { type: 'module' }, {
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler', noEmit: true }, files: ['consumer.ts'] }),
      'consumer.ts': CONSUMER_TS,
    });
    tsc(dir);
    // `module` before `main`, as webpack, Rollup and Vite resolve: jsonc-parser's `main` is a UMD build whose
    // inner require() calls an ESM bundle for Node cannot keep (esbuild's platform "node" reads `main` first).
    await build({
      entryPoints: [join(dir, 'consumer.ts')], bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'],
      outfile: join(dir, 'out.mjs'), logLevel: 'silent',
    });
    expect(JSON.parse(run(process.execPath, ['out.mjs'], dir))).toEqual(CONSUMER_OUTPUT);
  }, 120_000);

  it('CommonJS: type-checks as CommonJS, runs with require, and shares one module instance with import', () => {
    const dir = project('cjs', { type: 'commonjs' }, {
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' }, files: ['consumer.ts'] }),
      'consumer.ts': CONSUMER_TS,
      // require(esm) hands back the ESM module itself: an error class is the same class for import and require.
      'same-instance.js': `const core = require('@mtlint/core');
const formats = require('@mtlint/core/formats');
Promise.all([import('@mtlint/core'), import('@mtlint/core/formats')]).then(([esm, esmFormats]) =>
  console.log(JSON.stringify([core.MtlintConfigError === esm.MtlintConfigError, formats.FormatError === esmFormats.FormatError, typeof core.lint])));
`,
    });
    tsc(dir);
    const compiled = readFileSync(join(dir, 'out/consumer.js'), 'utf8');
    expect(compiled).toContain('require("@mtlint/core")');
    expect(JSON.parse(run(process.execPath, ['out/consumer.js'], dir))).toEqual(CONSUMER_OUTPUT);
    expect(JSON.parse(run(process.execPath, ['same-instance.js'], dir))).toEqual([true, true, 'function']);
  }, 120_000);
});

/**
 * A TypeScript from before 5.8, the first that lets CommonJS `require` an ES module: CommonJS projects still
 * on one get the package's CommonJS face through `moduleResolution` node10 (typings by `types` and
 * `typesVersions`) or node16 (by the `require` conditions).
 */
const OLD_TYPESCRIPT = '5.4.5';

describe(`a CommonJS project on TypeScript ${OLD_TYPESCRIPT}`, () => {
  it('type-checks with moduleResolution node10 and node16 and runs with require', (context) => {
    const options = { ...STRICT, outDir: 'out' };
    const dir = project('cjs-typescript-5.4', { type: 'commonjs', devDependencies: { typescript: OLD_TYPESCRIPT } }, {
      'tsconfig.node10.json': JSON.stringify({ compilerOptions: { ...options, module: 'commonjs', moduleResolution: 'node10' }, files: ['consumer.ts'] }),
      // TypeScript < 5.8 says that CommonJS cannot require an ES module (TS1479) on each `export * from './index.js'`
      // of the packages' .d.cts files; skipLibCheck (as `tsc --init` sets it) leaves the package's own declarations
      // unchecked, and the consumer's types are whole: its @ts-expect-error lines would fail against `any`.
      'tsconfig.node16.json': JSON.stringify({ compilerOptions: { ...options, module: 'node16', moduleResolution: 'node16', skipLibCheck: true, noEmit: true }, files: ['consumer.ts'] }),
      'consumer.ts': CONSUMER_TS,
    });
    try {
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], dir);
    } catch (error) {
      const reason = (error as Error).message.split('\n').find((line) => /npm (error|ERR)/.test(line)) ?? 'npm install failed';
      console.log(`package.test: TypeScript ${OLD_TYPESCRIPT} could not be installed (${reason}), so the check on it is skipped`);
      context.skip();
    }
    const oldTsc = join(dir, 'node_modules/typescript/bin/tsc');
    expect(run(process.execPath, [oldTsc, '--version'], dir).trim()).toBe(`Version ${OLD_TYPESCRIPT}`);
    run(process.execPath, [oldTsc, '-p', 'tsconfig.node16.json'], dir);
    run(process.execPath, [oldTsc, '-p', 'tsconfig.node10.json'], dir);
    expect(readFileSync(join(dir, 'out/consumer.js'), 'utf8')).toContain('require("@mtlint/core")');
    expect(JSON.parse(run(process.execPath, ['out/consumer.js'], dir))).toEqual(CONSUMER_OUTPUT);
  }, 300_000);
});

describe('a browser bundle of both entry points, from the installed packages', () => {
  let bundle: string;
  beforeAll(async () => {
    // platform "browser" refuses node: built-ins, so a successful build is itself the proof that none is needed.
    const dir = project('browser', { type: 'module' }, { 'entry.js': BROWSER_ENTRY });
    const result = await build({
      entryPoints: [join(dir, 'entry.js')], bundle: true, platform: 'browser', format: 'iife', globalName: 'consumer', write: false, logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
  }, 120_000);

  it('runs in a bare realm (the language built-ins only) after load() and adds nothing to the global object but its name', async () => {
    const realm = createContext({});
    const globalsBefore = new Set(runInContext('Object.getOwnPropertyNames(globalThis)', realm) as string[]);
    runInContext(bundle, realm);
    const added = (runInContext('Object.getOwnPropertyNames(globalThis)', realm) as string[]).filter((n) => !globalsBefore.has(n));
    expect(added).toEqual(['consumer']);
    expect(runInContext('[typeof process, typeof require, typeof Buffer, typeof document]', realm)).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    expect(runInContext('consumer.lintBeforeLoad()', realm)).toMatch(/^mtlint's word tables are not loaded: await load\(\)/);
    expect(JSON.parse(await (runInContext('consumer.check().then(JSON.stringify)', realm) as Promise<string>))).toEqual(BROWSER_OUTPUT);
  });

  const chromium = findChromium();
  if (!chromium) console.log('package.test: chromium is not installed, so the Web Worker check is skipped');
  it.skipIf(!chromium)('runs in a Web Worker of headless Chromium', async () => {
    const files: Record<string, string> = {
      '/index.html': `<!doctype html><title>worker</title><script>
const worker = new Worker('worker.js');
worker.onmessage = (event) => { window.result = JSON.stringify(event.data); };
worker.onerror = (event) => { window.result = JSON.stringify({ error: event.message }); };
</script>`,
      '/worker.js': `${bundle}\nconsumer.check().then((result) => postMessage({ scope: [typeof document, typeof WorkerGlobalScope], ...result }));\n`,
    };
    // A Worker needs an http origin (file: pages may not start one): a server for the two files.
    const server: Server = createServer((request, response) => {
      const body = files[request.url ?? ''];
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': extname(request.url ?? '') === '.html' ? 'text/html' : 'text/javascript' });
      response.end(body ?? '');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const browser = await launchChromium(chromium);
    try {
      const { port } = server.address() as { port: number };
      const page = await browser.open(`http://127.0.0.1:${port}/index.html`);
      // No document, and a worker's global scope: it ran in the Worker, not in the page.
      expect(JSON.parse((await page.waitFor('window.result')) as string)).toEqual({ scope: ['undefined', 'function'], ...BROWSER_OUTPUT });
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
