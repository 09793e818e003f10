#!/usr/bin/env node
/**
 * `pnpm bench [--json] [--runs N] [--budget S] [--full] [--size MB]`: lint throughput of mtlint's
 * recommended rules, harper.js and write-good on about 1 MB of clean English built from
 * fixtures/clean-*, and the start-up time of the mtlint CLI. Progress goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, parseDocument } from '@mtlint/text';
import { measureBundleSize } from './bundle-size.js';
import { measureCold } from './cold.js';
import { cleanSources, ROOT } from './corpus.js';
import { formatJson, formatText, type BenchResult, type ManyFilesResult, type ThroughputResult } from './format.js';
import { buildCorpus, median, MB, utf8Bytes } from './stats.js';
import { mergeProcesses, type ProcessThroughput } from './throughput.js';

const USAGE = `usage: pnpm bench [--json] [--runs N] [--processes N] [--budget SECONDS] [--full] [--size MB]

  --runs N        timed runs per measurement, after one warm-up (default 5)
  --processes N   fresh processes per linter's throughput, in interleaved rounds (default 3)
  --budget S      seconds of timed runs allowed per linter; a slower one is timed on the leading
                  part of the text that fits (default 15)
  --full          time every linter on the whole text, however long it takes
  --size MB       size of the benchmark text in MB (default 1)
  --json          machine-readable output`;

interface Options {
  json: boolean;
  runs: number;
  processes: number;
  budget: number;
  full: boolean;
  size: number;
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { json: false, runs: 5, processes: 3, budget: 15, full: false, size: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      return Number.isFinite(v) && v > 0 ? v : undefined;
    };
    if (a === '--json') o.json = true;
    else if (a === '--full') o.full = true;
    else if (a === '--runs') o.runs = Math.round(num() ?? NaN);
    else if (a === '--processes') o.processes = Math.round(num() ?? NaN);
    else if (a === '--budget') o.budget = num() ?? NaN;
    else if (a === '--size') o.size = num() ?? NaN;
    else if (a === '-h' || a === '--help') return '';
    else return `unknown argument ${a}`;
    if (!(o.runs >= 1) || !(o.processes >= 1) || !(o.budget > 0) || !(o.size > 0)) return `${a} needs a positive number`;
  }
  return o;
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);

/** The version in the package.json of an installed package, found by walking up from its entry point. */
function packageVersion(specifier: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(specifier)));
  for (;;) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === specifier) return pkg.version ?? '?';
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

function spawnMs(args: readonly string[], cwd = ROOT): { ms: number; status: number | null; stderr: string; error?: Error } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * MB });
  const ms = performance.now() - t;
  return { ms, status: r.status, stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
}

/** A linter's throughput (`measure`) in a fresh process of `throughput-probe.js`; its progress lines pass through. */
function measureInProcess(tool: string, version: string, o: Options): ProcessThroughput {
  const probe = fileURLToPath(new URL('./throughput-probe.js', import.meta.url));
  const args = [probe, tool, String(o.runs), String(o.budget), o.full ? '1' : '0', String(o.size), version];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000, maxBuffer: 16 * MB });
  if (r.error || r.status !== 0) throw new Error(`${tool}: the throughput process failed: ${r.error?.message ?? `exit code ${r.status}`}`);
  return JSON.parse(r.stdout) as ProcessThroughput;
}

/** Files in the many-files measurement. */
const MANY_FILES = 2000;

/**
 * `mtlint lint` on a directory of 2,000 small files (the corpus's paragraphs, one per file), as a CI
 * run over a repository of app strings or subtitles would: files per second without --cache, and
 * with --cache after a first run has filled it (every file unchanged). At most three timed runs each.
 */
function measureManyFiles(runs: number, corpus: string): ManyFilesResult {
  const bin = join(ROOT, 'apps/cli/dist/bin.js');
  if (!existsSync(bin)) return { available: false, reason: `the CLI is not built (${relative(ROOT, bin)} is missing; run pnpm build)` };
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-bench-files-'));
  try {
    const paragraphs = corpus.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    let bytes = 0;
    for (let i = 0; i < MANY_FILES; i++) {
      const text = `${paragraphs[i % paragraphs.length]!.trim()}\n`;
      bytes += utf8Bytes(text);
      writeFileSync(join(dir, `p${i}.txt`), text);
    }
    const lint = (cache: boolean) => spawnMs([bin, 'lint', '--format', 'json', ...(cache ? ['--cache'] : []), '.'], dir);
    const timed = (cache: boolean) => {
      const times: number[] = [];
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const r = lint(cache);
        if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(r.error?.message ?? (r.stderr.trim().split('\n')[0] || `exit code ${r.status}`));
        times.push(r.ms);
      }
      return median(times);
    };
    try {
      const plainMs = timed(false);
      lint(true); // fills the cache
      const cachedMs = timed(true);
      return {
        available: true, files: MANY_FILES, bytes, plainMs, cachedMs,
        plainFilesPerSecond: MANY_FILES / (plainMs / 1000), cachedFilesPerSecond: MANY_FILES / (cachedMs / 1000),
      };
    } catch (e) {
      return { available: false, reason: `the CLI failed: ${(e as Error).message}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    if (o) log(`mtlint bench: ${o}`);
    (o ? process.stderr : process.stdout).write(USAGE + '\n');
    return o ? 2 : 0;
  }
  const sources = cleanSources();
  if (sources.texts.length === 0) {
    log('mtlint bench: no fixtures/clean-*/gold.json found');
    return 2;
  }
  const corpus = buildCorpus(sources.texts, o.size * MB);
  const sourceText = sources.texts.join('\n\n');
  log(`benchmark text: ${(corpus.bytes / MB).toFixed(2)} MB from ${sources.names.join(', ')}`);

  const linters: Array<[string, string]> = [
    ['mtlint', JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')).version as string],
    ['harper.js', packageVersion('harper.js')],
    ['write-good', packageVersion('write-good')],
  ];
  // Each linter in fresh processes, a round of all three at a time, so that a change of load touches them alike.
  const perProcess: ProcessThroughput[][] = linters.map(() => []);
  for (let round = 0; round < o.processes; round++) {
    log(`  throughput, round ${round + 1} of ${o.processes}`);
    linters.forEach(([tool, version], k) => perProcess[k]!.push(measureInProcess(tool, version, o)));
  }
  const measured = perProcess.map(mergeProcesses);
  const own = measured[0]!.mbPerSecond;
  const throughput = measured.map((m) => ({ ...m, mtlintSpeedRatio: own / m.mbPerSecond }));

  log('  cold start: fresh processes of mtlint, write-good and bare node');
  const cold = measureCold(o.runs, corpus.text);
  log(`  CLI on ${MANY_FILES} small files, without and with --cache`);
  const manyFiles = measureManyFiles(o.runs, sourceText);
  log('  browser bundle size');
  const bundle = await measureBundleSize();
  const result: BenchResult = {
    environment: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, loadAverage: loadavg() },
    corpus: {
      sources: sources.names, sourceBytes: corpus.sourceBytes, sourceWords: countWords(parseDocument(sourceText)),
      bytes: corpus.bytes, repeats: corpus.repeats,
    },
    budgetSeconds: o.budget,
    throughput,
    cold,
    manyFiles,
    bundle,
  };
  process.stdout.write(o.json ? formatJson(result) : formatText(result));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
