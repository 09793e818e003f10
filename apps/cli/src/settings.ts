import { configFinder, ConfigError, parseConfigText, type Known, type LoadedConfig } from '@mtlint/config';
import ignore, { type Ignore } from 'ignore';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CliArgs } from './args.js';
import { describeFsError } from './errors.js';
import { BILINGUAL_CHECK_IDS, FORMAT_NAMES } from './format-catalogue.js';
import type { Io } from './io.js';
import type { Linter } from './lint-job.js';

/**
 * What configs may name: the linter's rules and the bilingual checks of @mtlint/formats (set like
 * rules), the linter's scoring schemes, and the formats' names.
 */
export function knownTo(core: Pick<Linter, 'rules' | 'WEIGHT_PRESETS'>): Known {
  return {
    ruleIds: [...core.rules.keys(), ...BILINGUAL_CHECK_IDS],
    weightPresets: Object.keys(core.WEIGHT_PRESETS),
    formatNames: FORMAT_NAMES,
    // The options schema of each rule that takes options; the others, and the bilingual checks, take none.
    optionsSchemas: new Map([...core.rules].flatMap(([id, rule]) => (rule.optionsSchema ? [[id, rule.optionsSchema] as const] : []))),
  };
}

/** The ignore file read from the working directory, .gitignore syntax. */
export const IGNORE_FILE = '.mtlintignore';

export const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** A path relative to the working directory when it lies beneath it, for messages. */
export const displayPath = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : path;
};

/**
 * The config that applies to a directory: `--config F` for everything, else the nearest config
 * file upward (unless `--no-config-lookup`), else none. Throws a ConfigError for a config that
 * cannot be read or is invalid.
 */
export function configSource(args: CliArgs, cwd: string, io: Io, known: Known): (dir: string) => LoadedConfig | undefined {
  if (args.config !== undefined) {
    const file = resolve(cwd, args.config);
    const text = readConfigText(io, file, args.config);
    if (text === undefined) throw new ConfigError(`${args.config}: no such config file`);
    const config = parseConfigText(text, args.config, known);
    if (!config) throw new ConfigError(`${args.config}: has no "mtlint" key`);
    const loaded = { file, dir: dirname(file), config };
    return () => loaded;
  }
  if (!args.configLookup) return () => undefined;
  return configFinder((path) => readConfigText(io, path, displayPath(cwd, path)), known, (path) => displayPath(cwd, path));
}

function readConfigText(io: Io, path: string, shown: string): string | undefined {
  try {
    return io.readText(path);
  } catch (e) {
    throw new ConfigError(`${shown}: cannot read: ${describeFsError(e)}`);
  }
}

/**
 * Whether a file is ignored: by `.mtlintignore` in the working directory or `--ignore-pattern`
 * (both relative to the working directory), or by the `ignorePatterns` of the file's config
 * (relative to the config's directory). Patterns follow .gitignore (the `ignore` package).
 */
export function ignoreMatcher(
  args: CliArgs,
  cwd: string,
  io: Io,
  configFor: (dir: string) => LoadedConfig | undefined,
): (path: string) => boolean {
  const base = ignore().add(io.readText(resolve(cwd, IGNORE_FILE)) ?? '').add(args.ignorePatterns);
  const byConfig = new Map<string, Ignore>();
  return (path) => {
    if (matches(base, cwd, path)) return true;
    const loaded = configFor(dirname(path));
    if (!loaded?.config.ignorePatterns?.length) return false;
    let ig = byConfig.get(loaded.file);
    if (!ig) byConfig.set(loaded.file, (ig = ignore().add(loaded.config.ignorePatterns)));
    return matches(ig, loaded.dir, path);
  };
}

/** `ignore` takes paths relative to the patterns' base; a file outside the base is not matched. */
function matches(ig: Ignore, base: string, path: string): boolean {
  const rel = relative(base, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ig.ignores(toPosix(rel));
}
