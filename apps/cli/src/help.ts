import { PRESET_NAMES } from '@mtlint/config';
import { FORMAT_NAMES } from '@mtlint/report';
import type { Command } from './args.js';
import { DIRECTORY_EXTENSIONS } from './format-catalogue.js';

const EXIT_CODES = `Exit codes:
  0  no error-level findings, warnings within --max-warnings, every score at or above --min-score
  1  error-level findings, more warnings than --max-warnings, or a score below --min-score
  2  usage error, bad config or baseline, or an input that could not be linted (missing, binary,
     not UTF-8, UTF-16, over --max-file-size, ...) or an output that could not be written;
     one line on stderr naming the file, and the readable files are still linted and reported`;

const COMMON = `  -h, --help                 show help (also: mtlint <command> --help)
  -v, --version              print the version
      --color, --no-color    force or disable colour; by default FORCE_COLOR decides when set
                             (0 or false: none), else colour on a terminal without NO_COLOR
                             and not TERM=dumb
      --debug                show stack traces of internal errors`;

const SELECT = `Config and rules:
  -c, --config <file>        use this config file for every file (no lookup)
      --no-config-lookup     ignore config files; recommended rules at default levels
      --rule <id:level>      set a rule's level (error, warning, info, off); repeatable; wins
                             over configs
      --baseline <file>      do not report the findings recorded in this baseline file
      --report-unused-disable-directives
                             report mtlint-disable comments that silence nothing, as errors
      --print-config <file>  print the settings that apply to this file as JSON; lint nothing

Input:
      --stdin, -             lint standard input instead of files
      --stdin-filename <f>   the name to report (and to look up configs from) for standard input;
                             an ignored name is not linted (a warning, exit 0)
      --ignore-pattern <p>   skip files matching this .gitignore-style pattern; repeatable
                             (also read: .mtlintignore in the working directory,
                             ignorePatterns in configs)
      --no-ignore            apply no ignore patterns (.mtlintignore, --ignore-pattern, configs)
      --max-file-size <n>    refuse larger files (default 20mb; e.g. 500kb, 1048576)
      --include-fuzzy        PO files: also lint entries marked fuzzy (skipped by default)
      --include-obsolete     PO files: also lint obsolete (#~) entries (skipped by default)`;

const SPEED = `Speed:
      --cache                remember results of unchanged files in node_modules/.cache/mtlint
      --concurrency <n>      worker threads: auto (default: one per 4 MB of text, at most one per
                             core, none for less than 8 MB), off, or a number (at most the cores)`;

const MAIN = `mtlint — finds machine-translation artifacts in English text

Usage:
  mtlint [lint] [options] <file|directory|glob>...   lint files (lint is the default command)
  mtlint fix [options] <file|directory|glob>...      apply the safe fixes, then lint (= lint --fix)
  mtlint score [options] <file|directory|glob>...    print each file's score and its breakdown
  mtlint rules [id]                                  list the rules, or show one with examples
  mtlint review <file> [--output f] [--baseline f]   review the findings one by one in the terminal
  mtlint init                                        write a starter mtlint.config.json
  mtlint lsp                                         the language server for editors (stdio)
  mtlint help [command]                              show help for a command

Options (see 'mtlint lint --help' for all):
  -f, --format <name>        report format: ${FORMAT_NAMES.join(', ')}
                             (default ${FORMAT_NAMES[0]})
${COMMON}

${EXIT_CODES}

Examples:
  mtlint article.txt
  mtlint docs/ --format json > report.json
  mtlint 'chapters/**/*.md' --format github --max-warnings 0
  cat draft.txt | mtlint --stdin --stdin-filename draft.txt
`;

const LINT = `Usage: mtlint lint [options] <file|directory|glob>...

Lints UTF-8 text files and reports the artifacts found, with a score per file
(0–100: 100 − 100 × penalty / words; minor 1, major 5, critical 25 points).

Arguments:
  file        linted as named; its ending chooses the format (Markdown, PO, XLIFF, SRT, WebVTT,
              JSON catalogue), anything else is plain text
  directory   the files beneath it in a format mtlint reads:
              ${DIRECTORY_EXTENSIONS.map((e) => `.${e}`).join(' ')}
              (.json and other endings through a config's "formats"); node_modules and
              dot-folders skipped
  glob        the files it matches, e.g. 'docs/**/*.txt' (quote it; node_modules and
              dot-folders skipped)
  --          ends the options: mtlint -- -odd-name.txt

Output:
  -f, --format <name>        stylish   findings grouped by file, summary and score (default)
                             json      [{ filePath, findings, errorCount, warningCount,
                                          infoCount, score }]
                             compact   file:line:col: severity message [rule]
                             sarif     SARIF 2.1.0, for GitHub code scanning
                             github    ::error file=…,line=…:: annotations for GitHub Actions
                             junit     JUnit XML for CI test reports
  -o, --output-file <file>   write the report to a file (atomically); the summary still goes
                             to stdout
  -q, --quiet                report error-level findings only
      --max-warnings <n>     exit 1 when there are more than n warnings (-1: no limit, the default)
      --min-score <x>        exit 1 when a file scores below x (0–100)

Fixing:
      --fix                  apply the first suggestion of each finding whose rule is fixable,
                             write the file (atomically), and report what remains; with --stdin,
                             print the fixed text
      --fix-dry-run          the same, but write nothing: the fixed text is in the json report
                             ("output")
      --write-baseline <f>   record every finding in baseline file f (then use --baseline f)

${SELECT}

${SPEED}

${COMMON}

${EXIT_CODES}

Examples:
  mtlint lint docs/ --config mtlint.config.json --rule word-echo:off
  mtlint lint 'articles/**/*.txt' --format sarif --output-file mtlint.sarif
  mtlint lint corpus/ --write-baseline .mtlint-baseline.json   # once, to adopt on an old corpus
  mtlint lint corpus/ --baseline .mtlint-baseline.json         # then only new problems fail
`;

const FIX = `Usage: mtlint fix [options] <file|directory|glob>...

Applies the first suggestion of each finding whose rule is marked fixable, in one pass without
overlapping edits, writes each changed file atomically (line endings and the final newline kept),
lints the fixed text again and reports what remains. In PO and XLIFF files the bilingual
checks are fixed where the fix is certain: whitespace, a missing final mark, a number or URL
copied from the source. The same as 'mtlint lint --fix'; takes the options of 'mtlint lint' (see
'mtlint lint --help'). With --stdin, prints the fixed text.

${EXIT_CODES}

Examples:
  mtlint fix article.txt
  mtlint fix --stdin < draft.txt > fixed.txt
`;

const SCORE = `Usage: mtlint score [options] <file|directory|glob>...

Prints each file's score (0–100: 100 − 100 × penalty / words; minor 1, major 5, critical 25
points per error or warning; the weights and the 100 words configurable under "scoring"), its
word count and its penalty by MQM category. Exit code 1 only when a file scores below --min-score.

Options:
  -f, --format <name>        stylish (default) or json:
                             [{ filePath, score, words, penalty, byCategory, byRule }]
  -o, --output-file <file>   write the scores to a file (atomically)
      --min-score <x>        exit 1 when a file scores below x

${SELECT}

${SPEED}

${COMMON}

Example:
  mtlint score translations/ --min-score 90
`;

const RULES = `Usage: mtlint rules [id] [--format json]

Without an id, lists the rules: id, MQM category, MQM severity and what each catches; then the
bilingual checks that translation files with a source (PO, XLIFF) get, which configs set alike.
With an id, shows that rule: what it catches, why machine translation produces it, its default
level, whether --fix applies, and its examples (flagged with their fixes, and left alone); for a
bilingual check, what it reports and what --fix does.
With --format json, prints the same as JSON.

Examples:
  mtlint rules
  mtlint rules verb-final-clause
  mtlint rules number-mismatch
`;

const REVIEW = `Usage: mtlint review <file> [--output <file>] [--baseline <file>]

Opens the findings of one file in an interactive terminal app: accept, reject or edit each
correction, then save. Needs a terminal. The rules and the score's settings are set as for
'mtlint lint': the file's config (or --config, --no-config-lookup) and --rule.

Options:
      --output <file>        where to write the corrected text (default: the file itself)
      --baseline <file>      record rejected findings (and review counts) in this baseline file
  -c, --config <file>        use this config (no lookup)
      --no-config-lookup     ignore config files
      --rule <id:level>      set a rule's level; repeatable
      --include-fuzzy        PO files: also review entries marked fuzzy
      --include-obsolete     PO files: also review obsolete (#~) entries
`;

const INIT = `Usage: mtlint init

Writes a starter mtlint.config.json in the working directory (never over an existing config, nor
beside a package.json with an "mtlint" key, which the new file would silently override):
{ "extends": "recommended", "rules": {}, "ignorePatterns": [],
  "scoring": { "weights": …, "perWords": 100 } }.

Config files, found upward from each linted file (the nearest wins):
  mtlint.config.json, .mtlintrc.json, or the "mtlint" key of package.json
Keys:
  extends         a preset or a list of them: ${PRESET_NAMES.join(', ')}
  rules           { "rule-id": "error" | "warning" | "info" | "off" | [level, { options }] }
  ignorePatterns  .gitignore-style patterns, relative to the config file
  scoring         { "weights": { "minor": 1, "major": 5, "critical": 25 }, "perWords": 100 }
                  weights: a scheme's name or points per severity; perWords: the words the
                  penalty is normalised to (score = 100 − perWords × penalty / words; 1000 for
                  the per-1000-words figure of MQM scorecards)
  formats         { ".rst": "text", ".json": "json" }: file endings, the format each is read as
                  (markdown, po, xliff, srt, vtt, json, text), added to what directories expand to
`;

const LSP = `Usage: mtlint lsp [--stdio]

Runs the language server (LSP 3.17) on standard input and output, for an editor to start: diagnostics
for plain text, Markdown, PO/POT, XLIFF, SRT/WebVTT and JSON catalogues as 'mtlint lint' finds them,
quick fixes, "fix all" (source.fixAll.mtlint), "disable for this line" (Markdown), the score
(request mtlint/score, and a hover on the first line). Configs are found as 'mtlint lint' finds them,
from each document's folder up; .mtlintignore is read in the workspace root; the client's "mtlint"
settings are a config applied over the file's. Editor set-up: apps/cli/README.md.

Options:
      --stdio                accepted for editors that pass it (stdio is the only transport)
  -c, --config <file>        use this config for every document (no lookup)
      --no-config-lookup     ignore config files
      --ignore-pattern <p>   do not lint documents matching this pattern; repeatable
      --baseline <file>      do not report the findings recorded in this baseline file (relative
                             to the workspace root), and offer "add to baseline" for the others

Exit codes: 0 after the client's shutdown and exit; 1 when the client exits or closes the
stream without shutdown.
`;

/** The help text for a command, or the general help. */
export function helpText(command?: Command): string {
  switch (command) {
    case 'lint':
      return LINT;
    case 'fix':
      return FIX;
    case 'score':
      return SCORE;
    case 'rules':
      return RULES;
    case 'review':
      return REVIEW;
    case 'init':
      return INIT;
    case 'lsp':
      return LSP;
    default:
      return MAIN;
  }
}
