/**
 * What a user of the command line waits for: fresh processes, each linting once. The whole CLI process on
 * the bundled article and on the 1 MB text, beside a whole write-good process (node, import, read, lint) and
 * a bare `node -e ""`; and, inside a
 * fresh process (cold-probe.js), the import of each library and its first lint. The commands run in
 * interleaved rounds, so that a load change on a shared machine touches them alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './corpus.js';
import type { ColdResult, ColdRow } from './format.js';
import { MB, median, utf8Bytes } from './stats.js';

const ARTICLE = 'fixtures/kaspersky/article.txt';

interface Job {
  tool: 'mtlint' | 'write-good' | 'node';
  argv: string[];
  /** Exit codes that mean the command ran (linters exit non-zero when they find something). */
  ok: readonly number[];
  /** Wall-clock milliseconds of each run, or the probe's import and first-lint times. */
  wallMs: number[];
  importMs: number[];
  firstLintMs: number[];
}

function run(job: Job): void {
  const t = performance.now();
  const r = spawnSync(process.execPath, job.argv, { cwd: ROOT, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * MB });
  const ms = performance.now() - t;
  if (r.error || r.status === null || !job.ok.includes(r.status)) {
    const why = r.error?.message ?? (r.stderr.trim().split('\n')[0] || `exit code ${r.status}`);
    throw new Error(`${job.tool} ${job.argv.slice(1).join(' ')}: ${why}`);
  }
  job.wallMs.push(ms);
  if (job.argv[0]!.endsWith('cold-probe.js')) {
    const { importMs, firstLintMs } = JSON.parse(r.stdout) as { importMs: number; firstLintMs: number };
    job.importMs.push(importMs);
    job.firstLintMs.push(firstLintMs);
  }
}

const job = (tool: Job['tool'], argv: string[], ok: readonly number[] = [0]): Job => ({ tool, argv, ok, wallMs: [], importMs: [], firstLintMs: [] });
const round = (ms: number[]) => Math.round(median(ms) * 10) / 10;

/** The cold figures, `runs` rounds after a warm-up round (which fills the file cache). */
export function measureCold(runs: number, corpus: string): ColdResult {
  const cli = join(ROOT, 'apps/cli/dist/bin.js');
  if (!existsSync(cli)) return { available: false, reason: `the CLI is not built (${relative(ROOT, cli)} is missing; run pnpm build)` };
  const probe = fileURLToPath(new URL('./cold-probe.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-bench-cold-'));
  try {
    const big = join(dir, 'clean-1mb.txt');
    writeFileSync(big, corpus);
    const texts = [
      { label: 'the bundled article', file: ARTICLE, bytes: statSync(join(ROOT, ARTICLE)).size },
      { label: `${(utf8Bytes(corpus) / MB).toFixed(2)} MB of clean English`, file: big, bytes: utf8Bytes(corpus) },
    ];
    const bare = job('node', ['-e', '']);
    const perText = texts.map((t) => ({
      text: t,
      cli: job('mtlint', [cli, 'lint', '--format', 'json', t.file], [0, 1]),
      probe: job('mtlint', [probe, 'mtlint', t.file]),
      // write-good's whole process is the probe's: node, the import, reading the file and writeGood(text). Its own
      // CLI is no peer here: it annotates each finding with a scan of the file, minutes on 1 MB.
      writeGoodProbe: job('write-good', [probe, 'write-good', t.file]),
    }));
    const jobs = [bare, ...perText.flatMap((p) => [p.cli, p.probe, p.writeGoodProbe])];
    for (const j of jobs) run(j);
    for (const j of jobs) j.wallMs.length = j.importMs.length = j.firstLintMs.length = 0;
    for (let i = 0; i < runs; i++) for (const j of jobs) run(j);

    const rows: ColdRow[] = [];
    for (const p of perText) {
      rows.push({ what: `mtlint lint, whole process, ${p.text.label}`, bytes: p.text.bytes, mtlintMs: round(p.cli.wallMs), writeGoodMs: round(p.writeGoodProbe.wallMs), nodeMs: round(bare.wallMs) });
    }
    rows.push({ what: 'import of the library in a fresh process', mtlintMs: round(perText[0]!.probe.importMs), writeGoodMs: round(perText[0]!.writeGoodProbe.importMs) });
    for (const p of perText) {
      rows.push({ what: `first lint in a fresh process, ${p.text.label}`, bytes: p.text.bytes, mtlintMs: round(p.probe.firstLintMs), writeGoodMs: round(p.writeGoodProbe.firstLintMs) });
    }
    return { available: true, runs, rows };
  } catch (e) {
    return { available: false, reason: (e as Error).message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
