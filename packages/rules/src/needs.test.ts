import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { meetsNeeds, runRules, type Rule } from '@mtlint/engine';
import { lemma, parseDocument, type Document } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';
import { formOf } from './sentence-needs.js';

// A rule's `needs` let the engine skip the sentences it cannot report in. Should a rule come to report in a
// sentence without one of its needs (a new pattern whose words the needs do not list), that finding would be lost
// without a trace: here every rule reports on its examples, its dev set and the fixtures as if it had no needs,
// and each sentence it reports in must meet them.
const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '..', '..', '..', 'fixtures');

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureTexts(path);
    return entry.name === 'article.txt' || entry.name === 'reference.txt' ? [readFileSync(path, 'utf8')] : [];
  });
}

const fixtures = fixtureTexts(fixturesDir).map((text) => parseDocument(text));
const devSet = (id: string): string[] => {
  const dev = JSON.parse(readFileSync(join(here, 'rules', id, 'dev-set.json'), 'utf8')) as { mt: string[]; clean: string[] };
  return [...dev.mt, ...dev.clean];
};
const ownTexts = (rule: Rule): Document[] =>
  [...rule.examples.invalid.map((e) => e.text), ...rule.examples.valid, ...devSet(rule.meta.id)].map((text) => parseDocument(text));

const withNeeds = rules.filter((r) => r.needs !== undefined);

describe.each(withNeeds.map((r) => [r.meta.id, r] as const))('%s needs', (_id, rule) => {
  it('are met by every sentence it reports in: its examples, its dev set and the fixtures', () => {
    const unmet: string[] = [];
    for (const doc of [...ownTexts(rule), ...fixtures]) {
      for (const sentence of doc.sentences) {
        if (rule.detectSentence!(sentence, { doc, options: {} }).length > 0 && !meetsNeeds(sentence, rule.needs!)) {
          unmet.push(doc.text.slice(sentence.start, sentence.end));
        }
      }
    }
    expect(unmet, `reports in sentences that lack one of its needs:\n${unmet.join('\n')}`).toEqual([]);
  });
});

describe('the catalogue with and without needs', () => {
  // The MT fixtures, where the rules find things; the clean ones are linted by the bench's findings snapshot.
  const mt = ['mt-dev', 'kaspersky'].flatMap((dir) => fixtureTexts(join(fixturesDir, dir))).map((text) => parseDocument(text));

  it('finds the same on the MT fixtures', () => {
    const active = rules.map((rule) => ({ rule }));
    const unfiltered = rules.map((rule) => ({ rule: { ...rule, needs: undefined } as Rule }));
    for (const doc of mt) expect(runRules(doc, active)).toEqual(runRules(doc, unfiltered));
  }, 120_000);
});

describe('formOf', () => {
  const allowOrTake = formOf(new Set(['allow', 'take', 'let']));
  const word = (text: string) => parseDocument(text).sentences[0]!.tokens[0]!;

  it('meets every form of the verbs, irregular ones too, and nothing else', () => {
    for (const form of ['allow', 'allows', 'allowed', 'allowing', 'take', 'took', 'taken', 'taking', 'let', 'letting']) expect(allowOrTake(word(form)), form).toBe(true);
    for (const other of ['alone', 'talk', 'tool', 'lettuce', 'a'.repeat(100_000)]) expect(allowOrTake(word(other)), other.slice(0, 20)).toBe(false);
  });

  it('agrees with the lemma on every word of the fixtures', () => {
    const bases = new Set(['allow', 'take', 'make', 'remain', 'inform', 'accuse', 'avoid', 'let', 'express', 'charge']);
    const need = formOf(bases);
    const words = new Map(fixtures.flatMap((doc) => doc.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word').map((t) => [t.lower, t] as const))));
    const disagreeing = [...words.values()].filter((t) => need(t) !== bases.has(lemma(t.lower))).map((t) => t.text);
    expect(disagreeing).toEqual([]);
  });
});
