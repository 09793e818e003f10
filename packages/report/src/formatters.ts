import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FileResult } from './results.js';
import { formatSarif } from './sarif.js';
import type { FormatOptions } from './style.js';
import { formatStylish } from './stylish.js';

/** A formatter: results in, the whole report out (ends with a newline when not empty). */
export type Formatter = (results: readonly FileResult[], options?: FormatOptions) => string;

/** The formatters by the name `--format` takes; the first is the default. */
export const formatters = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
  compact: (results) => formatCompact(results),
  sarif: formatSarif,
  github: (results) => formatGithub(results),
  junit: (results) => formatJunit(results),
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(formatters, name);
