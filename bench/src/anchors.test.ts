/**
 * A rule with an `anchor` reads only the tokens it starts from. Given every token of a sentence as an anchor, it reads
 * every position, as a loop over all tokens does, so it must report exactly what it reports from its own anchors: a
 * pattern that starts at a word the anchor does not pick would show as a difference here, on the fixtures, the rule's
 * examples, its dev set and the bench's clean English; and as the anchor is a need, a report in a sentence without an
 * anchor (which the engine never hands the rule) fails too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '@mtlint/core';
import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { cleanSources, fixtureArticles, ROOT } from './corpus.js';

const anchored = [...rules.values()].filter((r) => r.anchor !== undefined && r.detectSentence !== undefined);

/** The strings of a dev set (its sentences, whatever its layout). */
function devSetTexts(id: string): string[] {
  const file = join(ROOT, 'packages/rules/src/rules', id, 'dev-set.json');
  if (!existsSync(file)) return [];
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return found;
}

describe('anchored rules', () => {
  it('are there', () => {
    expect(anchored.length).toBeGreaterThan(0);
  });

  const shared = [...fixtureArticles().map(({ path }) => readFileSync(join(ROOT, path), 'utf8')), ...cleanSources().texts];
  it.each(anchored.map((rule) => ({ id: rule.meta.id, rule })))('$id reports from its own anchors what it reports from every token', ({ id, rule }) => {
    const texts = [...shared, ...devSetTexts(id), ...rule.examples.invalid.map((e) => e.text), ...rule.examples.valid];
    let reported = 0;
    const differences: string[] = [];
    for (const text of texts) {
      const doc = parseDocument(text);
      for (const sentence of doc.sentences) {
        const own = rule.detectSentence!(sentence, { doc, options: {} });
        const every = rule.detectSentence!(sentence, { doc, options: {}, anchors: Int32Array.from(sentence.tokens, (_, i) => i) });
        reported += own.length;
        // The anchor is a need too: the engine never calls the rule on a sentence without one.
        const anchor = rule.anchor!;
        const anchorless = !sentence.tokens.some((t) => (typeof anchor === 'function' ? anchor(t) : anchor.has(t.lower)));
        if (JSON.stringify(own) !== JSON.stringify(every) || (anchorless && every.length > 0)) differences.push(doc.text.slice(sentence.start, sentence.end));
      }
    }
    expect(differences).toEqual([]);
    expect(reported).toBeGreaterThan(0);
  });
});
