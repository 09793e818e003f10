import { describe, expect, it } from 'vitest';
import {
  addEntries, BaselineError, baselineFilter, emptyBaseline, filterBaselined, parseBaseline, recordReviews, serializeBaseline, type Baseline,
} from './index.js';

const text = 'He says, that it works. She says, that it fails.';
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { ruleId: 'comma-before-that', start, end: start + needle.length };
};
const first = at(', that');
const second = at(', that', first.end);

describe('filterBaselined', () => {
  it('drops a finding whose file, rule and text an entry names, one finding per entry', () => {
    const one = addEntries(emptyBaseline(), [{ file: 'a.txt', ruleId: 'comma-before-that', text: ', that' }]);
    expect(filterBaselined(one, 'a.txt', text, [first, second])).toEqual([second]);
    const two = addEntries(one, [{ file: 'a.txt', ruleId: 'comma-before-that', text: ', that' }]);
    expect(filterBaselined(two, 'a.txt', text, [first, second])).toEqual([]);
  });

  it('keeps findings of other files, other rules and other text', () => {
    const b = addEntries(emptyBaseline(), [
      { file: 'b.txt', ruleId: 'comma-before-that', text: ', that' },
      { file: 'a.txt', ruleId: 'word-echo', text: ', that' },
      { file: 'a.txt', ruleId: 'comma-before-that', text: 'says' },
    ]);
    expect(filterBaselined(b, 'a.txt', text, [first, second])).toEqual([first, second]);
  });

  it('filters batches one after another as it filters them all at once (baselineFilter)', () => {
    const one = addEntries(emptyBaseline(), [{ file: 'a.txt', ruleId: 'comma-before-that', text: ', that' }]);
    const known = baselineFilter(one, 'a.txt', text);
    expect([first].filter(known)).toEqual([]);
    expect([second].filter(known)).toEqual([second]);
    expect([first].filter(baselineFilter(emptyBaseline(), 'a.txt', text))).toEqual([first]);
  });

  it('keeps the extra fields of the findings it returns', () => {
    const f = { ...first, message: 'm' };
    expect(filterBaselined(emptyBaseline(), 'a.txt', text, [f])[0]).toBe(f);
  });
});

describe('serializeBaseline and parseBaseline', () => {
  const b: Baseline = {
    version: 1,
    entries: [
      { file: 'b.txt', ruleId: 'word-echo', text: 'the the' },
      { file: 'a.txt', ruleId: 'word-echo', text: 'a a' },
      { file: 'a.txt', ruleId: 'comma-before-that', text: ', that' },
    ],
    reviews: { 'word-echo': { accepted: 2, rejected: 1, edited: 0 }, 'comma-before-that': { accepted: 0, rejected: 0, edited: 3 } },
  };

  it('writes entries and reviews in a stable order, 2-space JSON with a final newline', () => {
    const out = serializeBaseline(b);
    expect(out.endsWith('}\n')).toBe(true);
    const back = JSON.parse(out) as Baseline;
    expect(back.entries.map((e) => `${e.file} ${e.ruleId}`)).toEqual(['a.txt comma-before-that', 'a.txt word-echo', 'b.txt word-echo']);
    expect(Object.keys(back.reviews)).toEqual(['comma-before-that', 'word-echo']);
    expect(out).toContain('\n  "version": 1,\n');
    expect(serializeBaseline({ ...b, entries: [...b.entries].reverse() })).toBe(out);
  });

  it('round-trips', () => {
    expect(serializeBaseline(parseBaseline(serializeBaseline(b), 'x.json'))).toBe(serializeBaseline(b));
  });

  it('accepts a baseline without reviews', () => {
    expect(parseBaseline('{"version":1,"entries":[]}', 'b.json')).toEqual(emptyBaseline());
  });

  it.each([
    ['not json', /^b\.json: not valid JSON \(.+\)$/],
    ['"x"', /^b\.json: not an mtlint baseline: the top level: expected Object, got "x"$/],
    ['[]', /^b\.json: not an mtlint baseline: "version": missing$/],
    ['{"version":2,"entries":[]}', /^b\.json: not an mtlint baseline: "version": expected 1, got 2$/],
    ['{"version":1,"entries":[{"file":"a","ruleId":"r"}]}', /^b\.json: not an mtlint baseline: "entries\.0\.text": missing$/],
    ['{"version":1,"entries":[],"extra":true}', /^b\.json: not an mtlint baseline: "extra": unknown key "extra"$/],
    ['{"version":1,"entries":[],"reviews":{"r":{"accepted":-1,"rejected":0,"edited":0}}}', /^b\.json: .*"reviews\.r\.accepted": expected >=0, got -1$/],
  ])('refuses %s with one line naming the file', (json, message) => {
    let error: unknown;
    try {
      parseBaseline(json, 'b.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('recordReviews', () => {
  it('adds counts per rule', () => {
    const once = recordReviews(emptyBaseline(), { 'word-echo': { accepted: 1, rejected: 2, edited: 3 } });
    const twice = recordReviews(once, { 'word-echo': { accepted: 1, rejected: 0, edited: 0 }, other: { accepted: 0, rejected: 1, edited: 0 } });
    expect(twice.reviews).toEqual({ 'word-echo': { accepted: 2, rejected: 2, edited: 3 }, other: { accepted: 0, rejected: 1, edited: 0 } });
    expect(once.reviews['word-echo']!.accepted).toBe(1);
  });
});
