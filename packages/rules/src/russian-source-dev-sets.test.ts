import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRules } from '@mtlint/engine';
import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';

// The dev sets of the Russian-source rules: sentences with the artifact ("mt") and correct English a naive
// version would flag ("clean"). The floors are the recall measured when the rule was written, so a change
// that loses recall, or that starts to fail CI on a clean sentence, fails here.
const rulesDir = join(dirname(fileURLToPath(import.meta.url)), 'rules');
const MIN_RECALL: Record<string, number> = {
  'change-amount-preposition': 1,
  'dash-before-speech-tag': 1,
  'future-in-condition-clause': 0.85,
  'phrase-calque': 1,
  'redundant-year-word': 1,
  'verb-preposition-calque': 1,
  'what-as-relative-pronoun': 1,
  'missing-article': 0.5,
};

interface DevSet {
  mt: string[];
  clean: string[];
}

describe.each(Object.entries(MIN_RECALL))('%s dev set', (id, minRecall) => {
  const rule = rules.find((r) => r.meta.id === id)!;
  const dev = JSON.parse(readFileSync(join(rulesDir, id, 'dev-set.json'), 'utf8')) as DevSet;
  const findings = (text: string) => runRules(parseDocument(text), [{ rule }]);

  it(`finds the artifact in at least ${minRecall * 100}% of the MT sentences`, () => {
    const found = dev.mt.filter((s) => findings(s).length > 0);
    expect(found.length / dev.mt.length).toBeGreaterThanOrEqual(minRecall);
  });

  it('raises no error or warning on the clean sentences', () => {
    const alarms = dev.clean.flatMap((s) => findings(s).filter((f) => f.severity !== 'info').map((f) => s.slice(f.start, f.end)));
    expect(alarms).toEqual([]);
  });
});
