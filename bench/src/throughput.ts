/**
 * The throughput of one linter in this process: warm-ups until its time settles, then timed runs. `pnpm bench` runs
 * this in fresh processes (`throughput-probe.ts`), several per linter in interleaved rounds, and reports the process
 * with the median throughput (`mergeProcesses`): one process's warm median moves by a third between fresh processes of the same
 * build on this shared machine, more than most changes it is meant to show.
 */
import { readFileSync } from 'node:fs';
import type { ThroughputResult } from './format.js';
import type { BenchLinter } from './linters.js';
import { isWarm, leadingSample, mbPerSecond, median, planRuns, utf8Bytes } from './stats.js';

export interface ThroughputOptions {
  runs: number;
  budget: number;
  full: boolean;
}

/** One process's figures: a `ThroughputResult` without the figures only the merge of several processes has. */
export type ProcessThroughput = Omit<ThroughputResult, 'mtlintSpeedRatio' | 'processes' | 'processMBps' | 'cpuMedianMs'> & {
  /** Main-thread CPU milliseconds of each timed run, where the system tells it (Linux). */
  cpuMs?: number[];
};

const log = (msg: string) => process.stderr.write(`${msg}\n`);

/**
 * CPU time of the calling thread in milliseconds, where the system tells it (Linux), else undefined. The main
 * thread's alone: V8's compiler and garbage-collector threads run beside it, and the whole process's CPU counts them
 * whether or not the lint waited for them.
 */
export function threadCpuMs(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/** One timed lint, after the linter's untimed reset: [wall milliseconds, findings, main-thread CPU milliseconds]. */
async function timedLint(linter: BenchLinter, text: string): Promise<[number, number, number | undefined]> {
  await linter.reset?.();
  const c = threadCpuMs();
  const t = performance.now();
  const findings = await linter.lint(text);
  const ms = performance.now() - t;
  const c2 = threadCpuMs();
  return [ms, findings, c === undefined || c2 === undefined ? undefined : c2 - c];
}

export async function measure(linter: BenchLinter, version: string, corpus: string, o: ThroughputOptions): Promise<ProcessThroughput> {
  const t0 = performance.now();
  await linter.setup();
  const setupMs = performance.now() - t0;
  // Two probes on the first ~50 kB warm the code up; the second estimates the speed, to size the timed
  // text of a slow peer. mtlint itself is always timed on the whole text.
  const probe = leadingSample(corpus, 50_000);
  await timedLint(linter, probe);
  const [probeMs] = await timedLint(linter, probe);
  const whole = o.full || linter.name === 'mtlint';
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
  // Warm until the time settles, while the warm-up runs of a peer timed on a sample stay within the budget. A text
  // timed whole is warmed until it settles however long that takes: on a loaded machine mtlint's cold lint alone
  // took the whole budget, and its "warm" runs were then the second to sixth lints of the process.
  const warmUpMs = [warmMs];
  while (!isWarm(warmUpMs) && (whole || warmUpMs.reduce((a, b) => a + b, 0) + warmMs < o.budget * 1000)) {
    const [ms, n] = await timedLint(linter, text);
    warmUpMs.push(ms);
    findings = n;
  }
  const bytes = utf8Bytes(text);
  const warmUps = warmUpMs.map((ms) => ms.toFixed(0)).join(', ');
  log(`  ${linter.name}: ${plan.sampled ? `leading ${(bytes / 1000).toFixed(0)} kB of the text` : 'whole text'}, warm-up ${warmUps} ms, then ${plan.runs} runs`);
  const timesMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const [ms, n, cpu] = await timedLint(linter, text);
    timesMs.push(ms);
    if (cpu !== undefined) cpuMs.push(cpu);
    findings = n;
    // A hard stop for a peer that is still slower than planned: three runs are enough for a median.
    if (!whole && i >= 2 && timesMs.reduce((a, b) => a + b, 0) > 2 * o.budget * 1000) break;
  }
  const medianMs = median(timesMs);
  const tenth = (t: number) => Math.round(t * 10) / 10;
  return {
    tool: linter.name, version, what: linter.what, setupMs, bytes, sampled: plan.sampled, runs: timesMs.length,
    warmUpMs: warmUpMs.map(tenth), timesMs: timesMs.map(tenth), medianMs,
    mbPerSecond: mbPerSecond(bytes, medianMs), findings,
    ...(cpuMs.length === timesMs.length ? { cpuMs: cpuMs.map(tenth) } : {}),
  };
}

/**
 * One linter's figures from its fresh processes: those of the process with the median throughput (of an even number,
 * the slower of the middle two), and every process's MB/s. A peer timed on a sample may be timed on a different
 * sample in each process (the sample is sized from the process's own probe), so processes are ranked by MB/s, not by
 * milliseconds; the main thread's CPU (median of the processes' CPU medians) is given only when every process timed
 * the same text and has it. Processes that timed the same text must agree on its findings.
 */
export function mergeProcesses(runs: readonly ProcessThroughput[]): Omit<ThroughputResult, 'mtlintSpeedRatio'> {
  if (runs.length === 0) throw new RangeError('no process to merge');
  for (const r of runs) {
    const other = runs.find((x) => x.bytes === r.bytes && x.findings !== r.findings);
    if (other) throw new Error(`${r.tool}: two processes disagree on the findings of the same text (${r.findings}, ${other.findings})`);
  }
  const ranked = [...runs].sort((a, b) => b.mbPerSecond - a.mbPerSecond);
  const chosen = ranked[ranked.length >> 1]!;
  const sameText = runs.every((r) => r.bytes === chosen.bytes);
  const cpu = sameText && runs.every((r) => r.cpuMs !== undefined && r.cpuMs.length > 0) ? median(runs.map((r) => median(r.cpuMs!))) : undefined;
  const { cpuMs: _, ...rest } = chosen;
  return {
    ...rest,
    processes: runs.length,
    processMBps: runs.map((r) => r.mbPerSecond),
    ...(cpu === undefined ? {} : { cpuMedianMs: cpu }),
  };
}
