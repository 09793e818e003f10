/**
 * Speed work must not change what mtlint finds: every rule's findings on every fixture and on the
 * bench's 1 MB of clean English, reduced to counts and SHA-256 digests, against a committed snapshot
 * (`__snapshots__/findings.test.ts.snap`). A change of rule logic changes the snapshot on purpose:
 * regenerate it with `npx vitest run bench/src/findings.test.ts -u` and commit it with the rule change;
 * a speed change must leave it as it is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, rules, type Finding, type LintOptions } from '@mtlint/core';
import { lintFile } from '@mtlint/core/formats';
import { describe, expect, it } from 'vitest';
import { benchCorpus, fixtureArticles, ROOT } from './corpus.js';
import { MB } from './stats.js';

/** Every shipped rule, the ones off by default too, so that a speed change to any of them is seen. */
const ALL_RULES: LintOptions = {
  rules: Object.fromEntries([...rules.values()].filter((r) => r.meta.recommended === false).map((r) => [r.meta.id, 'warning'])),
};

const digest = (findings: readonly Finding[]) => createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);

/** Count and digest of the findings, in all and per rule (so a mismatch names the rules it is in). */
function summary(findings: readonly Finding[]) {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const perRule = Object.fromEntries([...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, fs]) => [id, `${fs.length} ${digest(fs)}`]));
  return { all: `${findings.length} ${digest(findings)}`, perRule };
}

describe('findings, as speed work must leave them', () => {
  it.each(fixtureArticles())('$path', ({ path }) => {
    const content = readFileSync(join(ROOT, path), 'utf8');
    expect(summary(lintFile(path, content, ALL_RULES).findings)).toMatchSnapshot();
  });

  it('1 MB of clean English (the bench text)', () => {
    const corpus = benchCorpus(MB);
    expect(corpus.bytes).toBeGreaterThanOrEqual(MB);
    expect(summary(lint(corpus.text, ALL_RULES))).toMatchSnapshot();
  });

});
