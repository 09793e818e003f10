import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRules } from '@mtlint/engine';
import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';

// The dev sets of the Chinese-source, general-MT and every-source rules: texts with the artifact ("mt") and correct
// English a naive version would flag ("clean"), written for each rule and kept in its folder. The floors are the
// recall at error or warning level (hints do not count) and the false alarms measured when the rules were last
// changed, so a change that loses recall or raises a new alarm on clean English fails here.
const rulesDir = join(dirname(fileURLToPath(import.meta.url)), 'rules');
const FLOORS: Record<string, { recall: number; falseAlarms: number }> = {
  'bare-source-attribution': { recall: 1, falseAlarms: 0 },
  'broken-parallelism': { recall: 1, falseAlarms: 0 },
  'garbled-impersonal': { recall: 1, falseAlarms: 0 },
  'infinitive-after-gerund-verb': { recall: 1, falseAlarms: 0 },
  'page-boilerplate': { recall: 1, falseAlarms: 0 },
  // A "your" and a "you" before a noun phrase are left alone: news explainers address the reader that way.
  'second-person-in-report': { recall: 0.6, falseAlarms: 0 },
  'untranslated-fragment': { recall: 1, falseAlarms: 0 },
  'word-echo': { recall: 1, falseAlarms: 0 },
};

interface DevSet {
  mt: string[];
  clean: string[];
}

describe.each(Object.keys(FLOORS))('%s dev set', (id) => {
  const dev = JSON.parse(readFileSync(join(rulesDir, id, 'dev-set.json'), 'utf8')) as DevSet;
  const rule = rules.find((r) => r.meta.id === id)!;
  const floor = FLOORS[id]!;
  const alarms = (text: string) => runRules(parseDocument(text), [{ rule }]).filter((f) => f.severity !== 'info');

  it(`reports at least ${floor.recall * 100}% of the MT texts at error or warning level`, () => {
    const found = dev.mt.filter((text) => alarms(text).length > 0);
    expect(found.length / dev.mt.length).toBeGreaterThanOrEqual(floor.recall);
  });

  it(`raises at most ${floor.falseAlarms} alarm(s) on its clean texts`, () => {
    const flagged = dev.clean.filter((text) => alarms(text).length > 0);
    expect(flagged.length).toBeLessThanOrEqual(floor.falseAlarms);
  });
});
