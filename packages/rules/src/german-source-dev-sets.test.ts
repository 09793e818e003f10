import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRules } from '@mtlint/engine';
import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';

// The dev sets of the German-source rules: sentences with the artifact ("mt") and correct English a naive version
// would flag ("clean"), written for each rule; the clean sentences of all of them are pooled, since a word-order
// rule must also leave the sentences written against its neighbours alone. The floors are the recall at error or
// warning level (hints do not count) and the false alarms measured when the rules were last changed, so a change
// that loses recall or raises a new alarm on clean English fails here.
const rulesDir = join(dirname(fileURLToPath(import.meta.url)), 'rules');
const FLOORS: Record<string, { recall: number; falseAlarms: number }> = {
  'adverb-before-object': { recall: 0.75, falseAlarms: 0 },
  'capitalized-common-noun': { recall: 0.85, falseAlarms: 0 },
  // "She said it twice, that the plan would fail": an apposition shaped like a complement clause.
  'comma-before-that': { recall: 0.8, falseAlarms: 1 },
  'hyphenated-name-compound': { recall: 1, falseAlarms: 0 },
  'infinitive-at-clause-end': { recall: 0.8, falseAlarms: 0 },
  'participle-after-object': { recall: 0.55, falseAlarms: 0 },
  'unclosed-parenthetical': { recall: 1, falseAlarms: 0 },
  'verb-before-subject': { recall: 0.6, falseAlarms: 0 },
  'verb-final-clause': { recall: 0.95, falseAlarms: 0 },
};

interface DevSet {
  mt: string[];
  clean: string[];
}

const devSets = Object.keys(FLOORS).map((id) => [id, JSON.parse(readFileSync(join(rulesDir, id, 'dev-set.json'), 'utf8')) as DevSet] as const);
const pooledClean = [...new Set(devSets.flatMap(([, dev]) => dev.clean))];

describe.each(devSets)('%s dev set', (id, dev) => {
  const rule = rules.find((r) => r.meta.id === id)!;
  const floor = FLOORS[id]!;
  const alarms = (text: string) => runRules(parseDocument(text), [{ rule }]).filter((f) => f.severity !== 'info');

  it(`reports at least ${floor.recall * 100}% of the MT sentences at error or warning level`, () => {
    const found = dev.mt.filter((s) => alarms(s).length > 0);
    expect(found.length / dev.mt.length).toBeGreaterThanOrEqual(floor.recall);
  });

  it(`raises at most ${floor.falseAlarms} error or warning on the ${pooledClean.length} pooled clean sentences`, () => {
    const raised = pooledClean.flatMap((s) => alarms(s).map((f) => `${s} «${s.slice(f.start, f.end)}»`));
    expect(raised.length, raised.join('\n')).toBeLessThanOrEqual(floor.falseAlarms);
  });
});
