import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INFO_CONFIDENCE, runRules, type Rule } from '@mtlint/engine';
import { parseDocument } from '@mtlint/text';
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';

// Each rule's dev set (`dev-set.json` in its folder): sentences with the artifact as MT writes it ("mt") and correct
// English that a naive version of the rule would flag ("clean"), written for the rule, not taken from the fixtures.
// The clean sentences of every dev set are pooled: a rule must also leave alone the sentences written against its
// neighbours. The floors are what was measured when the rules last changed, so a change that loses recall or raises
// a new alarm on clean English fails here. Recall counts error and warning findings, except for rules that only
// give hints (confidence below INFO_CONFIDENCE), whose hints are what they find.
const rulesDir = join(dirname(fileURLToPath(import.meta.url)), 'rules');
const MIN_RECALL: Record<string, number> = {
  'actual-for-current': 1,
  'adjective-after-noun': 1,
  'adjective-at-clause-end': 1,
  'adjective-for-adverb': 1,
  'age-without-old': 1,
  'agreement-with-of-phrase': 1,
  'adverb-before-auxiliary': 1,
  'adverb-before-object': 0.85,
  'allow-without-object': 1,
  'also-before-subject': 1,
  'apposition-without-commas': 1,
  'article-before-date': 1,
  'article-before-generic-noun': 1,
  'article-before-percentage': 1,
  'article-before-place-name': 1,
  'as-for-than': 1,
  'attribution-without-commas': 1,
  'bare-date-period': 1,
  'bare-indirect-object': 1,
  'bare-role-noun': 1,
  'bare-source-attribution': 1,
  'become-for-get': 1,
  'before-for-ago': 1,
  'broken-parallelism': 1,
  'capitalized-common-noun': 0.9,
  'cardinal-for-ordinal': 1,
  'causative-word-order': 1,
  'change-amount-preposition': 1,
  'cleft-with-participle': 1,
  'comma-before-reported-clause': 1,
  'comma-before-that': 0.85,
  'comma-splice': 0.83,
  'could-for-managed': 1,
  'count-after-noun': 1,
  'dash-before-speech-tag': 1,
  'dash-for-copula': 1,
  'date-preposition': 1,
  'date-with-of': 1,
  'definite-adjective-after-noun': 0.66,
  'definite-most': 1,
  'definite-next-period': 1,
  'definite-rank-or-too-adjective': 1,
  'double-negative': 1,
  'doubled-attribution': 1,
  'doubled-connective': 1,
  'doubled-dimension': 1,
  'doubled-subject-pronoun': 1,
  'every-with-plural': 1,
  'false-friend-adjective': 1,
  'false-friend-adverb': 1,
  'false-friend-noun': 1,
  'false-friend-verb': 1,
  'fronted-topic': 1,
  'future-in-condition-clause': 0.9,
  'garbled-impersonal': 1,
  'genitive-as-comma': 1,
  'hyphenated-name-compound': 1,
  'idiom-calque': 1,
  'impersonal-calque': 1,
  'indirect-question-order': 1,
  'infinitive-after-gerund-verb': 1,
  'infinitive-after-preposition': 0.85,
  'infinitive-at-clause-end': 0.85,
  'light-verb-calque': 1,
  'linking-phrase-calque': 1,
  'missing-article': 0.7,
  'missing-subject': 1,
  'more-with-short-adjective': 1,
  'must-not-for-need-not': 1,
  'not-without-auxiliary': 1,
  'noun-for-possessive': 1,
  'own-without-possessive': 1,
  'page-boilerplate': 1,
  // "had" + object + adverb before a final participle stays a hint: causatives have the same shape.
  'participle-after-object': 0.9,
  'participle-phrase-before-noun': 1,
  'perfect-with-be': 1,
  'perfect-with-past-time': 1,
  'period-without-article': 1,
  'phrase-calque': 1,
  'place-name-without-article': 1,
  'plural-with-singular-verb': 1,
  'possessive-of-pronoun': 1,
  'preposition-before-clause': 1,
  'preposition-before-distance': 1,
  'preposition-before-duration': 1,
  'present-simple-for-ongoing': 1,
  'progressive-stative-verb': 1,
  'quantifier-with-singular': 1,
  'quantity-without-of': 1,
  'question-without-inversion': 1,
  'redundant-year-word': 1,
  'reflexive-calque': 1,
  'relative-clause-agreement': 1,
  'reporting-clause-calque': 1,
  'reporting-verb-before-subject': 1,
  // A "your" and a "you" before a noun phrase are left alone: news explainers address the reader that way.
  'same-as-pronoun': 1,
  'second-person-in-report': 0.8,
  'shall-in-report': 1,
  'since-with-duration': 1,
  'source-number-format': 1,
  'space-before-punctuation': 0.9,
  'speech-tag-without-comma': 1,
  'stranded-head-noun': 1,
  'than-bare-year': 1,
  'unclosed-parenthetical': 1,
  'uncountable-noun-plural': 1,
  'untranslated-fragment': 1,
  'verb-before-subject': 0.75,
  'verb-complement-calque': 1,
  'verb-final-clause': 1,
  'verb-form-after-auxiliary': 1,
  'verb-preposition-calque': 1,
  'verb-without-to': 0.8,
  'very-before-verb': 1,
  'want-that-clause': 1,
  'what-as-relative-pronoun': 1,
  'who-for-anyone-who': 1,
  'word-echo': 1,
};
const MAX_FALSE_ALARMS: Record<string, number> = {
  // "She said it twice, that the plan would fail": an apposition shaped like a complement clause.
  'comma-before-that': 1,
};
// Document rules compare sentences with each other; their examples are whole texts, tested in rules.test.ts.
const WITHOUT_DEV_SET = new Set(['inconsistent-spelling']);

interface DevSet {
  mt: string[];
  clean: string[];
}

const devSetPath = (id: string) => join(rulesDir, id, 'dev-set.json');
const withDevSet = rules.filter((r) => !WITHOUT_DEV_SET.has(r.meta.id));
const devSets = new Map(withDevSet.map((r) => [r.meta.id, JSON.parse(readFileSync(devSetPath(r.meta.id), 'utf8')) as DevSet]));
const pooledClean = [...new Set([...devSets.values()].flatMap((dev) => dev.clean))];

describe('dev sets', () => {
  it.each(rules.map((r) => r.meta.id))('%s has a dev set and a recall floor, or is a document rule', (id) => {
    if (WITHOUT_DEV_SET.has(id)) return;
    expect(existsSync(devSetPath(id))).toBe(true);
    expect(MIN_RECALL[id]).toBeTypeOf('number');
  });
});

describe.each(withDevSet.map((r) => [r.meta.id, r] as const))('%s dev set', (id, rule: Rule) => {
  const dev = devSets.get(id)!;
  const findings = (text: string) => runRules(parseDocument(text), [{ rule }]);
  const alarms = (text: string) => findings(text).filter((f) => f.severity !== 'info');
  const counted = rule.meta.confidence < INFO_CONFIDENCE ? findings : alarms;
  const minRecall = MIN_RECALL[id] ?? 1;
  const maxFalseAlarms = MAX_FALSE_ALARMS[id] ?? 0;

  it(`finds the artifact in at least ${minRecall * 100}% of its MT sentences`, () => {
    const missed = dev.mt.filter((s) => counted(s).length === 0);
    expect((dev.mt.length - missed.length) / dev.mt.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(minRecall);
  });

  it(`raises at most ${maxFalseAlarms} error or warning on the pooled clean sentences`, () => {
    const raised = pooledClean.flatMap((s) => alarms(s).map((f) => `${s} «${s.slice(f.start, f.end)}»`));
    expect(raised.length, raised.join('\n')).toBeLessThanOrEqual(maxFalseAlarms);
  });
});
