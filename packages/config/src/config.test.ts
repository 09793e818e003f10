import { DEFAULT_WEIGHTS, rules, score, WEIGHT_PRESETS, type ScoreOptions } from '@mtlint/core';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  ConfigError, configFinder, parseConfigText, parseRuleFlag, PRESET_NAMES, presetRules, resolveSettings, starterConfig, validateConfig,
} from './index.js';

const ids = [...rules.keys()];
const known = { ruleIds: ids, weightPresets: Object.keys(WEIGHT_PRESETS), formatNames: ['markdown', 'po', 'text'] };

const problem = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('validateConfig', () => {
  it('accepts every key and normalises extends to a list', () => {
    const config = validateConfig(
      {
        extends: 'de',
        rules: { 'word-echo': 'off', 'comma-before-that': ['warning'], 'phrase-calque': ['error', {}] },
        ignorePatterns: ['drafts/'],
        scoring: { weights: { major: 4, categories: { 'fluency/punctuation': { minor: 0.1 } } }, perWords: 1000 },
        formats: { '.rst': 'text' },
        language: 'en-GB',
      },
      'c.json',
      known,
    );
    expect(config).toEqual({
      extends: ['de'],
      rules: { 'word-echo': 'off', 'comma-before-that': ['warning'], 'phrase-calque': ['error', {}] },
      ignorePatterns: ['drafts/'],
      scoring: { weights: { major: 4, categories: { 'fluency/punctuation': { minor: 0.1 } } }, perWords: 1000 },
      formats: { '.rst': 'text' },
      language: 'en-GB',
    });
    expect(validateConfig({ scoring: { weights: 'google-mqm' } }, 'c.json', known)).toEqual({ scoring: { weights: 'google-mqm' } });
    expect(validateConfig({}, 'c.json', known)).toEqual({});
  });

  it.each([
    [[], 'c.json: expected a JSON object, got Array'],
    [{ rulez: {} }, 'c.json: rulez: unknown key "rulez"; accepted: extends, rules, ignorePatterns, scoring, formats, language, reportUnusedDisableDirectives'],
    [{ rules: { 'no-such-rule': 'error' } }, `c.json: rules.no-such-rule: unknown rule "no-such-rule"; accepted: ${ids.join(', ')}`],
    [{ rules: { 'word-echo': 'loud' } }, 'c.json: rules.word-echo: expected a level (error, warning, info, off), [level] or [level, { options }], got "loud"'],
    [{ rules: { 'word-echo': ['error', { bogus: 1 }] } }, 'c.json: rules.word-echo.bogus: unknown option; rule word-echo takes no options'],
    [{ rules: { 'word-echo': ['error', {}, {}] } }, 'c.json: rules.word-echo: expected a level (error, warning, info, off), [level] or [level, { options }], got Array'],
    [{ language: 'de' }, 'c.json: language: mtlint checks English: use en or an English variant (en-US, en-GB …), got "de"'],
    [{ language: 1 }, 'c.json: language: expected a language tag, got 1'],
    [{ rules: [] }, 'c.json: rules: expected an object { "rule-id": level }, got Array'],
    [{ extends: 'fr' }, 'c.json: extends: expected a preset name or a list of them (recommended, strict, de, ru, zh), got "fr"'],
    [{ ignorePatterns: [1] }, 'c.json: ignorePatterns.0: expected a pattern string, got 1'],
    [{ scoring: { weights: { major: -1 } } }, 'c.json: scoring.weights.major: must not be negative, got -1'],
    [{ scoring: { weights: { huge: 1 } } }, 'c.json: scoring.weights.huge: unknown key "huge"; accepted: minor, major, critical, categories'],
    [{ scoring: { weights: 'fancy' } }, 'c.json: scoring.weights: unknown scoring scheme "fancy"; accepted: mqm, google-mqm, xcomet'],
    [{ scoring: { perWords: 0 } }, 'c.json: scoring.perWords: expected a whole number of words of 1 or more (100, 1000), got 0'],
    [{ scoring: { perWords: 2.5 } }, 'c.json: scoring.perWords: expected a whole number of words of 1 or more (100, 1000), got 2.5'],
    [{ scoring: { perWords: '1000' } }, 'c.json: scoring.perWords: expected a whole number of words of 1 or more (100, 1000), got "1000"'],
    [{ scoring: { perWord: 1000 } }, 'c.json: scoring.perWord: unknown key "perWord"; accepted: weights, perWords'],
    [{ scoring: { weights: { categories: { 'fluency/typo': { minor: 1 } } } } }, 'c.json: scoring.weights.categories.fluency/typo: unknown MQM category "fluency/typo"; accepted: fluency/word-order, '],
    [{ formats: { rst: 'text' } }, 'c.json: formats.rst: a file ending is a dot and letters or digits (".rst"), got "rst"'],
    [{ formats: { '.md': 'rst' } }, 'c.json: formats..md: unknown format "rst"; accepted: markdown, po, text'],
  ])('%j → %s', (data, message) => {
    const got = problem(() => validateConfig(data, 'c.json', known));
    if (message.endsWith(', ')) expect(got.startsWith(message)).toBe(true);
    else expect(got).toBe(message);
  });
});

describe('rule options', () => {
  it('are checked against the schema a rule declares, at their key path', async () => {
    const v = await import('valibot');
    const schemas = new Map([['word-echo', v.strictObject({ window: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))) })]]);
    const withSchemas = { ...known, optionsSchemas: schemas };
    expect(validateConfig({ rules: { 'word-echo': ['error', { window: 3 }] } }, 'c.json', withSchemas)).toEqual({ rules: { 'word-echo': ['error', { window: 3 }] } });
    expect(problem(() => validateConfig({ rules: { 'word-echo': ['error', { window: 'wide' }] } }, 'c.json', withSchemas))).toMatch(/^c\.json: rules\.word-echo\.window: /);
    expect(problem(() => validateConfig({ rules: { 'word-echo': ['error', { windows: 3 }] } }, 'c.json', withSchemas))).toMatch(/^c\.json: rules\.word-echo\.windows: /);
  });

  it('resolve with the language, for lintFile', () => {
    expect(resolveSettings({ language: 'en-US' }, ids).language).toBe('en-US');
    expect(resolveSettings(undefined, ids).language).toBeUndefined();
  });
});

describe('parseConfigText', () => {
  it('reads the "mtlint" key of package.json, and nothing from a package.json without it', () => {
    expect(parseConfigText('{"name":"x","mtlint":{"rules":{"word-echo":"off"}}}', 'a/package.json', known)).toEqual({ rules: { 'word-echo': 'off' } });
    expect(parseConfigText('{"name":"x"}', 'a/package.json', known)).toBeUndefined();
    expect(problem(() => parseConfigText('{"mtlint":{"x":1}}', 'package.json', known))).toMatch(/^package\.json: "mtlint": x: unknown key "x"/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseConfigText('\uFEFF{ "extends": ["strict"] }', 'mtlint.config.json', known)).toMatchObject({ extends: ['strict'] });
    expect(parseConfigText('\uFEFF{ "mtlint": { "extends": ["strict"] } }', 'package.json', known)).toMatchObject({ extends: ['strict'] });
  });

  it('names the file of malformed JSON', () => {
    expect(problem(() => parseConfigText('{ "rules": ', 'conf/.mtlintrc.json', known))).toMatch(/^conf\/\.mtlintrc\.json: not valid JSON \(.+\)$/);
  });
});

describe('configFinder', () => {
  const files: Record<string, string> = {
    [join('/r', 'package.json')]: '{"mtlint":{"extends":"strict"}}',
    [join('/r', 'a', 'package.json')]: '{"name":"no config here"}',
    [join('/r', 'a', 'b', '.mtlintrc.json')]: '{"rules":{"word-echo":"off"}}',
    [join('/r', 'a', 'b', 'mtlint.config.json')]: '{"rules":{"word-echo":"info"}}',
  };
  it('takes the nearest config upward, mtlint.config.json first, skipping a package.json without "mtlint"', () => {
    const reads: string[] = [];
    const find = configFinder((p) => (reads.push(p), files[p]), known);
    expect(find(join('/r', 'a', 'b', 'c'))).toMatchObject({ file: join('/r', 'a', 'b', 'mtlint.config.json'), config: { rules: { 'word-echo': 'info' } } });
    expect(find(join('/r', 'a'))).toMatchObject({ file: join('/r', 'package.json'), dir: '/r', config: { extends: ['strict'] } });
    const count = reads.length;
    find(join('/r', 'a', 'b', 'c'));
    expect(reads.length).toBe(count);
    expect(configFinder(() => undefined, known)('/x/y')).toBeUndefined();
  });

  it('names a broken config as `display` shows it', () => {
    const find = configFinder((p) => (p === join('/w', 'd', '.mtlintrc.json') ? '{"rulez":1}' : undefined), known, (p) => p.replace('/w/', ''));
    expect(problem(() => find(join('/w', 'd', 'e')))).toMatch(/^d\/\.mtlintrc\.json: rulez: unknown key/);
  });
});

describe('presets and resolveSettings', () => {
  it('names only rules that exist', () => {
    for (const name of PRESET_NAMES) for (const id of Object.keys(presetRules(name, ids))) expect(ids).toContain(id);
  });

  it('strict sets every rule to error; recommended changes nothing', () => {
    expect(Object.values(presetRules('strict', ids))).toEqual(ids.map(() => 'error'));
    expect(presetRules('recommended', ids)).toEqual({});
  });

  it('applies presets in order, then the config rules, then the command line', () => {
    const s = resolveSettings({ extends: ['strict', 'zh'], rules: { 'word-echo': 'warning' }, scoring: { weights: { minor: 2 }, perWords: 1000 } }, ids, {
      'comma-before-that': 'off',
    });
    expect(s.rules['capitalized-common-noun']).toBe('off');
    expect(s.rules['verb-final-clause']).toBe('error');
    expect(s.rules['word-echo']).toBe('warning');
    expect(s.rules['comma-before-that']).toBe('off');
    expect(s.weights).toEqual({ minor: 2 });
    expect(s.perWords).toBe(1000);
    expect(resolveSettings(undefined, ids)).toEqual({ rules: {}, weights: undefined, perWords: undefined, ignorePatterns: [], formats: {}, unusedDirectives: 'off' });
    expect(resolveSettings({ scoring: { weights: 'xcomet' } }, ids).perWords).toBeUndefined();
  });
});

describe('parseRuleFlag', () => {
  it('reads id:level and refuses the rest in one line', () => {
    expect(parseRuleFlag('word-echo:off', ids)).toEqual(['word-echo', 'off']);
    expect(problem(() => parseRuleFlag('word-echo', ids))).toBe("--rule 'word-echo': expected rule-id:level, e.g. word-echo:off");
    expect(problem(() => parseRuleFlag('word-echo:loud', ids))).toBe(`--rule 'word-echo:loud': unknown level "loud"; accepted: error, warning, info, off`);
    expect(problem(() => parseRuleFlag('nope:off', ids))).toBe(`--rule 'nope:off': unknown rule "nope"; accepted: ${ids.join(', ')}`);
  });
});

describe('starterConfig', () => {
  it('is a valid config', () => {
    expect(validateConfig(JSON.parse(starterConfig()), 'mtlint.config.json', known)).toMatchObject({ extends: ['recommended'] });
  });

  it('shows the scoring settings at the values @mtlint/core uses when they are not given', () => {
    const { scoring } = validateConfig(JSON.parse(starterConfig()), 'mtlint.config.json', known);
    expect(scoring).toEqual({ weights: DEFAULT_WEIGHTS, perWords: 100 });
    const text = 'The opposition, the new budget attacked. It rained.';
    expect(score(text, scoring as ScoreOptions)).toEqual(score(text));
  });
});

describe('@mtlint/config/presets', () => {
  it('bundles for the browser and resolves a preset in a realm without Node built-ins', async () => {
    // platform "browser" refuses node: built-ins, so the build succeeding is half the proof; the bare realm is the rest.
    const bundle = await build({
      entryPoints: [join(import.meta.dirname, 'presets-entry.ts')],
      bundle: true, platform: 'browser', format: 'iife', globalName: 'presets', write: false, logLevel: 'silent',
    });
    const realm = createContext({});
    runInContext(bundle.outputFiles[0]!.text, realm);
    const resolved = runInContext(`JSON.stringify(presets.resolveSettings({ extends: ['de'] }, ${JSON.stringify(ids)}).rules)`, realm) as string;
    expect(JSON.parse(resolved)).toEqual(presetRules('de', ids));
  });
});
