import { dirname, join } from 'node:path';
import { ConfigError, validateConfig, type Known, type MtlintConfig } from './schema.js';

/** The config files looked for in each directory, in this order; the first found wins. */
export const CONFIG_FILE_NAMES = ['mtlint.config.json', '.mtlintrc.json', 'package.json'] as const;

/** A config and where it came from. */
export interface LoadedConfig {
  /** Path of the config file, as `findConfig`'s caller gave the directory. */
  file: string;
  /** Its directory: `ignorePatterns` are relative to it. */
  dir: string;
  config: MtlintConfig;
}

/**
 * Parses and validates a config file's text. `file` is used for its name (package.json holds the
 * config under its "mtlint" key; without the key it holds none and this returns undefined) and in
 * error messages.
 */
export function parseConfigText(text: string, file: string, known: Known): MtlintConfig | undefined {
  let data: unknown;
  try {
    data = parseJson(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ')})`);
  }
  if (isPackageJson(file)) {
    if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'mtlint')) return undefined;
    return validateConfig((data as { mtlint: unknown }).mtlint, `${file}: "mtlint"`, known);
  }
  return validateConfig(data, file, known);
}

// Editors on Windows save JSON with a byte-order mark, which JSON.parse refuses; ESLint strips it too.
const parseJson = (text: string): unknown => JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Whether a package.json's text holds an "mtlint" key, where a config may live (a file that is not JSON holds none). */
export function hasPackageConfig(text: string): boolean {
  try {
    const data = parseJson(text);
    return typeof data === 'object' && data !== null && Object.hasOwn(data, 'mtlint');
  } catch {
    return false;
  }
}

const isPackageJson = (file: string) => /(^|[\\/])package\.json$/.test(file);

/**
 * A function that finds the config for a directory: the nearest config file in it or above it
 * (nearest wins; configs are not merged). `readText` returns a file's text or undefined when there
 * is no such file; it is the only access to the file system. `display` turns a config's path into
 * the name error messages show (for example relative to the working directory). Results are
 * remembered per directory, so linting many files reads each config once.
 */
export function configFinder(
  readText: (path: string) => string | undefined,
  known: Known,
  display: (path: string) => string = (path) => path,
) {
  const memo = new Map<string, LoadedConfig | undefined>();
  const find = (dir: string): LoadedConfig | undefined => {
    if (memo.has(dir)) return memo.get(dir);
    let found: LoadedConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      const text = readText(file);
      if (text === undefined) continue;
      const config = parseConfigText(text, display(file), known);
      if (config) {
        found = { file, dir, config };
        break;
      }
    }
    const parent = dirname(dir);
    if (!found && parent !== dir) found = find(parent);
    memo.set(dir, found);
    return found;
  };
  return find;
}
