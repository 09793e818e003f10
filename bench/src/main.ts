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
import { harper, mtlint, writeGood, type BenchLinter } from './linters.js';
import { buildCorpus, isWarm, leadingSample, mbPerSecond, median, MB, planRuns, utf8Bytes } from './stats.js';

const USAGE = `usage: pnpm bench [--json] [--runs N] [--budget SECONDS] [--full] [--size MB]

  --runs N        timed runs per measurement, after one warm-up (default 5)
  --budget S      seconds of timed runs allowed per linter; a slower one is timed on the leading
                  part of the text that fits (default 15)
  --full          time every linter on the whole text, however long it takes
  --size MB       size of the benchmark text in MB (default 1)
  --json          machine-readable output`;

interface Options {
  json: boolean;
  runs: number;
  budget: number;
  full: boolean;
  size: number;
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { json: false, runs: 5, budget: 15, full: false, size: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      return Number.isFinite(v) && v > 0 ? v : undefined;
    };
    if (a === '--json') o.json = true;
    else if (a === '--full') o.full = true;
    else if (a === '--runs') o.runs = Math.round(num() ?? NaN);
    else if (a === '--budget') o.budget = num() ?? NaN;
    else if (a === '--size') o.size = num() ?? NaN;
    else if (a === '-h' || a === '--help') return '';
    else return `unknown argument ${a}`;
    if (!(o.runs >= 1) || !(o.budget > 0) || !(o.size > 0)) return `${a} needs a positive number`;
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

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** One timed lint, after the linter's untimed reset: [milliseconds, findings]. */
async function timedLint(linter: BenchLinter, text: string): Promise<[number, number]> {
  await linter.reset?.();
  const t = performance.now();
  const findings = await linter.lint(text);
  return [performance.now() - t, findings];
}

async function measure(linter: BenchLinter, version: string, corpus: string, o: Options): Promise<Omit<ThroughputResult, 'mtlintSpeedRatio'>> {
  const setupMs = await time(() => linter.setup());
  // Two probes on the first ~50 kB warm the code up; the second estimates the speed, to size the timed
  // text of a slow peer. mtlint itself is always timed on the whole text.
  const probe = leadingSample(corpus, 50_000);
  await timedLint(linter, probe);
  const [probeMs] = await timedLint(linter, probe);
  const whole = o.full || linter === mtlint;
  let plan = whole
    ? { bytes: utf8Bytes(corpus), runs: o.runs, sampled: false }
    : planRuns(utf8Bytes(corpus), mbPerSecond(utf8Bytes(probe), probeMs), o.runs, o.budget);
  let text = plan.sampled ? leadingSample(corpus, plan.bytes) : corpus;
  let [warmMs, findings] = await timedLint(linter, text); // warm-up
  // Some linters slow down on longer documents: if the warm-up shows the runs would overshoot the
  // budget by half, re-plan once from the warm-up's own speed.
  if (!whole && warmMs * plan.runs > 1.5 * o.budget * 1000) {
    plan = planRuns(utf8Bytes(corpus), mbPerSecond(utf8Bytes(text), warmMs), o.runs, o.budget);
    text = leadingSample(corpus, plan.bytes);
    [warmMs, findings] = await timedLint(linter, text);
  }
  // Warm until the time settles, while the warm-up runs stay within the budget.
  const warmUpMs = [warmMs];
  while (!isWarm(warmUpMs) && warmUpMs.reduce((a, b) => a + b, 0) + warmMs < o.budget * 1000) {
    const [ms, n] = await timedLint(linter, text);
    warmUpMs.push(ms);
    findings = n;
  }
  const bytes = utf8Bytes(text);
  const warmUps = warmUpMs.map((ms) => ms.toFixed(0)).join(', ');
  log(`  ${linter.name}: ${plan.sampled ? `leading ${(bytes / 1000).toFixed(0)} kB of the text` : 'whole text'}, warm-up ${warmUps} ms, then ${plan.runs} runs`);
  const timesMs: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const [ms, n] = await timedLint(linter, text);
    timesMs.push(ms);
    findings = n;
    // A hard stop for a peer that is still slower than planned: three runs are enough for a median.
    if (!whole && i >= 2 && timesMs.reduce((a, b) => a + b, 0) > 2 * o.budget * 1000) break;
  }
  const medianMs = median(timesMs);
  return {
    tool: linter.name, version, what: linter.what, setupMs, bytes, sampled: plan.sampled, runs: timesMs.length,
    warmUpMs: warmUpMs.map((t) => Math.round(t * 10) / 10), timesMs: timesMs.map((t) => Math.round(t * 10) / 10), medianMs,
    mbPerSecond: mbPerSecond(bytes, medianMs), findings,
  };
}

function spawnMs(args: readonly string[], cwd = ROOT): { ms: number; status: number | null; stderr: string; error?: Error } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * MB });
  const ms = performance.now() - t;
  return { ms, status: r.status, stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
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

  const linters: Array<[BenchLinter, string]> = [
    [mtlint, JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')).version as string],
    [harper(), packageVersion('harper.js')],
    [writeGood(), packageVersion('write-good')],
  ];
  const measured = [];
  for (const [linter, version] of linters) measured.push(await measure(linter, version, corpus.text, o));
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
