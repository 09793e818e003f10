import { FORMAT_NAMES } from '@mtlint/report';
import type { Command } from './args.js';
import { TEXT_EXTENSIONS } from './files.js';

const EXIT_CODES = `Exit codes:
  0  no error-level findings (warnings and info may remain)
  1  at least one error-level finding
  2  usage error, or an input that could not be linted (missing, binary, not UTF-8, UTF-16, ...);
     the readable files are still linted and reported`;

const COMMON = `  -h, --help             show help
  -v, --version          print the version
      --color            colour the output even when stdout is not a terminal
      --no-color         never colour (also: set NO_COLOR); by default colour only on a terminal
      --debug            show stack traces of internal errors`;

const MAIN = `mtlint — finds machine-translation artifacts in English text

Usage:
  mtlint [lint] [options] <file|directory|glob>...   lint files (lint is the default command)
  mtlint rules [--format json]                       list the rules
  mtlint help [command]                              show help

Options:
  -f, --format <name>    report format: ${FORMAT_NAMES.join(', ')} (default ${FORMAT_NAMES[0]})
${COMMON}

${EXIT_CODES}

Examples:
  mtlint article.txt
  mtlint docs/ --format json > report.json
  mtlint 'chapters/**/*.md' --format compact
`;

const LINT = `Usage: mtlint lint [options] <file|directory|glob>...

Lints UTF-8 text files and reports the artifacts found, with a score per file
(0–100: 100 − 100 × penalty / words; minor 1, major 5, critical 25 points).

Arguments:
  file        linted as named, whatever its extension
  directory   the ${TEXT_EXTENSIONS.map((e) => `.${e}`).join(' and ')} files beneath it (node_modules and dot-folders skipped)
  glob        the files it matches, e.g. 'docs/**/*.txt' (quote it; node_modules and dot-folders skipped)
  --          ends the options: mtlint -- -odd-name.txt

Options:
  -f, --format <name>    stylish   findings grouped by file, summary and score (default)
                         json      [{ filePath, findings, errorCount, warningCount, infoCount, score }]
                         compact   file:line:col: severity message [rule]
${COMMON}

${EXIT_CODES}
`;

const RULES = `Usage: mtlint rules [--format json]

Lists the rules: id, MQM category, MQM severity and what each catches.
With --format json, prints the rules' metadata as a JSON array.
`;

/** The help text for a command, or the general help. */
export function helpText(command?: Command): string {
  if (command === 'lint') return LINT;
  if (command === 'rules') return RULES;
  return MAIN;
}
