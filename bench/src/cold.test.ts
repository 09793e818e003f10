/** The cold probe really imports and lints in a fresh process, and the bundle measurement really bundles. Needs the bench built. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundleSize } from './bundle-size.js';
import { ROOT } from './corpus.js';

describe('cold-probe.js', () => {
  it.each(['mtlint', 'write-good'])('%s: times the import and the first lint of a file, and lints it', (tool) => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bench/dist/cold-probe.js'), tool, 'fixtures/kaspersky/article.txt'], { cwd: ROOT, encoding: 'utf8' });
    const r = JSON.parse(out) as { importMs: number; firstLintMs: number; findings: number };
    expect(r.importMs).toBeGreaterThan(0);
    expect(r.firstLintMs).toBeGreaterThan(0);
    expect(r.findings).toBeGreaterThan(0);
  });

  it('refuses an unknown tool with its usage', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'bench/dist/cold-probe.js'), 'vale', 'x.txt'], { stdio: 'pipe' })).toThrow(/usage: node cold-probe.js <mtlint\|write-good> FILE/);
  });
});

describe('measureBundleSize', () => {
  it('bundles lint and score for a browser, the word tables apart, and names the heaviest inputs', async () => {
    const r = await measureBundleSize();
    if (!r.available) expect.unreachable(r.reason);
    expect(r.gzipBytes).toBeGreaterThan(0);
    expect(r.gzipBytes).toBeLessThan(r.bytes);
    expect(r.largest.length).toBeGreaterThan(0);
    expect(r.largest.some((l) => l.input.startsWith('text/'))).toBe(true);
    // The tables are chunks load() imports, not part of the main entry.
    expect(r.largest.some((l) => l.input.startsWith('text/dist/tables/'))).toBe(false);
    expect(r.loadedByLoad.bytes).toBeGreaterThan(1_000_000);
  });
});
