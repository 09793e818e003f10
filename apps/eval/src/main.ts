#!/usr/bin/env node
/**
 * `pnpm eval [--json] [--brown] [--fixtures DIR] [NAME…]`: lints every fixture with the recommended rules and
 * prints recall, precision, fix gain, false alarms per 10,000 words of clean text, the score from findings
 * beside the score from the gold spans with their paragraph-level correlation, and a per-rule table.
 * Exit code 0 on success (the figures are information, not a gate), 2 on a usage or fixture error.
 */
import { evaluate } from './evaluate.js';
import { BROWN, loadBrown, loadFixtures, DEFAULT_FIXTURES } from './fixtures.js';
import { formatJsonReport, formatText, type EvalReport } from './format.js';

const USAGE = `usage: pnpm eval [--json] [--brown] [--fixtures DIR] [NAME...]

Lints fixtures/*/gold.json articles with mtlint's recommended rules and scores the findings:
recall, precision, fix gain against reference.txt, false alarms per 10,000 words of clean text,
the 0-100 score from the findings beside the score from the gold spans (Pearson and Kendall tau-b
of the two across paragraphs), and a per-rule table. NAME limits the run to the named fixture folders
(a group such as mt-dev names all of its fixtures). --brown adds the Brown corpus (a million words of
edited English, each of its 500 samples linted on its own) as a clean text; NAME "brown" runs it alone.`;

function main(argv: readonly string[]): number {
  let json = false;
  let brown = false;
  let root = DEFAULT_FIXTURES;
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--brown') brown = true;
    else if (a === '--fixtures') {
      const next = argv[++i];
      if (!next) return usage('--fixtures needs a folder');
      root = next;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-')) return usage(`unknown option ${a}`);
    else only.push(a);
  }
  let report: EvalReport;
  try {
    const named = only.filter((n) => n !== BROWN);
    const fixtures = only.length > 0 && named.length === 0 ? [] : loadFixtures(root, named);
    if (brown || only.includes(BROWN)) fixtures.push(loadBrown());
    report = evaluate(fixtures);
  } catch (e) {
    process.stderr.write(`mtlint eval: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(json ? formatJsonReport(report) : formatText(report));
  return 0;
}

function usage(problem: string): number {
  process.stderr.write(`mtlint eval: ${problem}\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
