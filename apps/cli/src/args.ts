import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from '@mtlint/report';
import bytes from 'bytes';
import { hint } from './suggest.js';

export const COMMANDS = ['lint', 'fix', 'score', 'rules', 'review', 'init', 'lsp', 'help'] as const;
export type Command = (typeof COMMANDS)[number];
const isCommand = (s: string): s is Command => (COMMANDS as readonly string[]).includes(s);

/** Every option, for parseArgs and for "did you mean" hints. */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'min-score': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  'print-config': { type: 'string' },
  'max-file-size': { type: 'string' },
  'include-fuzzy': { type: 'boolean' },
  'include-obsolete': { type: 'boolean' },
  cache: { type: 'boolean' },
  concurrency: { type: 'string' },
  output: { type: 'string' },
  stdio: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type OptionName = keyof typeof OPTIONS;
const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];
const isOption = (s: string): s is OptionName => Object.hasOwn(OPTIONS, s);

/** Options every command takes. */
const GLOBAL: readonly OptionName[] = ['color', 'no-color', 'debug', 'help', 'version'];
/** Options that choose the files and the rules. */
const SELECT: readonly OptionName[] = [
  'config', 'no-config-lookup', 'rule', 'stdin', 'stdin-filename', 'ignore-pattern', 'no-ignore', 'max-file-size', 'include-fuzzy', 'include-obsolete',
  'baseline', 'min-score', 'report-unused-disable-directives', 'print-config',
];
const LINT: readonly OptionName[] = [
  ...SELECT, 'format', 'quiet', 'max-warnings', 'output-file', 'fix', 'fix-dry-run', 'write-baseline', 'cache', 'concurrency',
];
/** Which options each command takes, besides the global ones. */
const COMMAND_OPTIONS: Record<Command, readonly OptionName[]> = {
  lint: LINT,
  fix: LINT.filter((o) => o !== 'fix' && o !== 'fix-dry-run'),
  score: [...SELECT, 'format', 'output-file', 'cache', 'concurrency'],
  rules: ['format'],
  review: ['output', 'baseline', 'config', 'no-config-lookup', 'rule', 'include-fuzzy', 'include-obsolete'],
  init: [],
  // --stdio is what editors pass by habit (vscode-languageclient always does); stdio is the only transport.
  lsp: ['stdio', 'config', 'no-config-lookup', 'ignore-pattern', 'baseline'],
  help: [],
};

/** Formats that commands other than lint and fix can print. */
const PLAIN_FORMATS: readonly FormatName[] = ['stylish', 'json'];

/** Default of --max-file-size. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export interface CliArgs {
  command: Command;
  /** Whether the command was named on the command line (false: `lint` by default). */
  commandGiven: boolean;
  /** Files, directories and globs; the rule id for `rules`; the topic for `help`. */
  positionals: string[];
  format: FormatName;
  /** true/false from --color/--no-color; undefined means decide from the terminal. */
  color: boolean | undefined;
  debug: boolean;
  help: boolean;
  version: boolean;
  /** --config F. */
  config: string | undefined;
  /** false with --no-config-lookup. */
  configLookup: boolean;
  /** The --rule values as given (rule ids are checked once the catalogue is loaded). */
  rules: string[];
  quiet: boolean;
  maxWarnings: number | undefined;
  minScore: number | undefined;
  /** --min-score as written, whose decimals set the precision scores are compared at. */
  minScoreText: string | undefined;
  outputFile: string | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  ignorePatterns: string[];
  /** false with --no-ignore: .mtlintignore, --ignore-pattern and config ignorePatterns are not applied. */
  ignore: boolean;
  /** --report-unused-disable-directives: a disable directive that silenced nothing is an error. */
  reportUnusedDisableDirectives: boolean;
  /** --print-config F: print the settings that apply to F instead of linting. */
  printConfig: string | undefined;
  /** In bytes. */
  maxFileSize: number;
  /** PO: also lint fuzzy entries (--include-fuzzy). */
  includeFuzzy: boolean;
  /** PO: also lint obsolete entries (--include-obsolete). */
  includeObsolete: boolean;
  cache: boolean;
  /** Worker threads: `auto` (by file count and cores), `off`, or a number. */
  concurrency: number | 'auto' | 'off';
  /** `review --output F`. */
  output: string | undefined;
}

/** A mistake on the command line: reported on one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses the arguments after `mtlint`. Unknown options, missing or unknown values, options the
 * command does not take and misplaced arguments throw a UsageError whose message names the closest
 * valid choice. `--` ends the options, so a file named `-x` can be linted as `mtlint -- -x`.
 */
export function parseCli(argv: readonly string[]): CliArgs {
  // Non-strict parsing with tokens lets us word every error ourselves (node's messages are long and
  // name no alternative); each token is then checked against OPTIONS below.
  const { tokens } = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const args: CliArgs = {
    command: 'lint', commandGiven: false, positionals: [], format: 'stylish',
    color: undefined, debug: false, help: false, version: false,
    config: undefined, configLookup: true, rules: [], quiet: false, maxWarnings: undefined, minScore: undefined, minScoreText: undefined,
    outputFile: undefined, stdin: false, stdinFilename: undefined, fix: false, fixDryRun: false,
    baseline: undefined, writeBaseline: undefined, ignorePatterns: [], ignore: true, reportUnusedDisableDirectives: false, printConfig: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, includeFuzzy: false,
    includeObsolete: false, cache: false,
    concurrency: 'auto', output: undefined,
  };
  const given: { name: OptionName; raw: string }[] = [];
  let first = true;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      first = false;
      continue;
    }
    if (token.kind === 'positional') {
      if (first && isCommand(token.value)) {
        args.command = token.value;
        args.commandGiven = true;
      } else args.positionals.push(token.value);
      first = false;
      continue;
    }
    const name = token.name;
    if (!isOption(name)) {
      throw new UsageError(`unknown option '${token.rawName}'${hint(name, OPTION_NAMES, (c) => `'--${c}'`)}`);
    }
    given.push({ name, raw: token.rawName });
    const spec = OPTIONS[name];
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`option '--${name}' takes no value`);
      setFlag(args, name);
      continue;
    }
    if (token.value === undefined || token.value === '' || (token.value.startsWith('-') && !token.inlineValue)) {
      throw new UsageError(`option '${token.rawName}' needs a value${name === 'format' ? `: ${FORMAT_NAMES.join(', ')}` : ''}`);
    }
    setValue(args, name, token.value);
  }
  if (args.command === 'fix') args.fix = true;
  checkCombination(args, given);
  return args;
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: the parser would read "-1" as an option of its own, and ESLint's
 * users write the negative value after a space.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === '--max-warnings' && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`--max-warnings=${next}`);
      i++;
    } else out.push(argv[i]!);
  }
  return out;
}

function setFlag(args: CliArgs, name: OptionName): void {
  if (name === 'color' || name === 'no-color') args.color = name === 'color';
  else if (name === 'no-config-lookup') args.configLookup = false;
  else if (name === 'no-ignore') args.ignore = false;
  else if (name === 'report-unused-disable-directives') args.reportUnusedDisableDirectives = true;
  else if (name === 'debug') args.debug = true;
  else if (name === 'help') args.help = true;
  else if (name === 'version') args.version = true;
  else if (name === 'quiet') args.quiet = true;
  else if (name === 'stdin') args.stdin = true;
  else if (name === 'fix') args.fix = true;
  else if (name === 'fix-dry-run') args.fixDryRun = true;
  else if (name === 'cache') args.cache = true;
  else if (name === 'include-fuzzy') args.includeFuzzy = true;
  else if (name === 'include-obsolete') args.includeObsolete = true;
}

function setValue(args: CliArgs, name: OptionName, value: string): void {
  switch (name) {
    case 'format':
      if (!isFormatName(value)) throw new UsageError(`unknown format '${value}'${hint(value, FORMAT_NAMES, (c) => `'${c}'`)}`);
      args.format = value;
      return;
    case 'max-warnings': {
      // -1 is ESLint's "no limit", which CI scripts pass to undo a limit set earlier on the line.
      if (value === '-1') {
        args.maxWarnings = undefined;
        return;
      }
      if (!/^\d+$/.test(value)) throw new UsageError(`option '--max-warnings' needs a whole number of warnings (0 or more, or -1 for no limit), got '${value}'`);
      args.maxWarnings = Number(value);
      return;
    }
    case 'min-score': {
      const n = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || n > 100) throw new UsageError(`option '--min-score' needs a score from 0 to 100, got '${value}'`);
      args.minScore = n;
      args.minScoreText = value;
      return;
    }
    case 'max-file-size': {
      const n = bytes.parse(value);
      if (n === null || !Number.isFinite(n) || n <= 0) {
        throw new UsageError(`option '--max-file-size' needs a size such as 500kb, 20mb or 1048576 (bytes), got '${value}'`);
      }
      args.maxFileSize = n;
      return;
    }
    case 'concurrency':
      if (value !== 'auto' && value !== 'off' && !/^[1-9]\d*$/.test(value)) {
        throw new UsageError(`option '--concurrency' needs auto, off or a number of worker threads, got '${value}'`);
      }
      args.concurrency = value === 'auto' || value === 'off' ? value : Number(value);
      return;
    case 'rule':
      args.rules.push(value);
      return;
    case 'ignore-pattern':
      args.ignorePatterns.push(value);
      return;
    case 'config':
      args.config = value;
      return;
    case 'output-file':
      args.outputFile = value;
      return;
    case 'stdin-filename':
      args.stdinFilename = value;
      return;
    case 'baseline':
      args.baseline = value;
      return;
    case 'write-baseline':
      args.writeBaseline = value;
      return;
    case 'output':
      args.output = value;
      return;
    case 'print-config':
      args.printConfig = value;
      return;
  }
}

/** Options the command does not take, and combinations that make no sense. */
function checkCombination(args: CliArgs, given: readonly { name: OptionName; raw: string }[]): void {
  const { command } = args;
  if (!args.help) {
    const allowed = COMMAND_OPTIONS[command];
    for (const { name, raw } of given) {
      if (!GLOBAL.includes(name) && !allowed.includes(name)) throw new UsageError(`option '${raw}' does not apply to '${command}'; see 'mtlint ${command} --help'`);
    }
  }
  if ((command === 'score' || command === 'rules') && !PLAIN_FORMATS.includes(args.format)) {
    throw new UsageError(`'${command}' prints ${PLAIN_FORMATS.join(' or ')}, not '${args.format}'`);
  }
  if (args.fix && args.fixDryRun) throw new UsageError("'--fix' and '--fix-dry-run' exclude each other: choose one");
  // `-` names standard input, as in ESLint and most Unix tools.
  if (args.positionals.includes('-') && (command === 'lint' || command === 'fix' || command === 'score')) {
    if (args.positionals.length > 1) throw new UsageError(`'-' reads standard input and takes no other files (got '${args.positionals.find((p) => p !== '-')}')`);
    args.stdin = true;
    args.positionals = [];
  }
  if (args.stdin && args.positionals.length > 0) throw new UsageError(`'--stdin' reads standard input and takes no files (got '${args.positionals[0]}')`);
  if (args.printConfig !== undefined && (args.positionals.length > 0 || args.stdin)) {
    throw new UsageError("'--print-config' prints the settings for one file and lints nothing: give no other files");
  }
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError("'--stdin-filename' names standard input: add '--stdin'");
  if (args.help) return;
  if (command === 'rules' && args.positionals.length > 1) throw new UsageError(`'rules' takes at most one rule id (got '${args.positionals[1]}')`);
  if (command === 'review' && args.positionals.length !== 1) throw new UsageError("'review' takes exactly one file: mtlint review FILE");
  if ((command === 'init' || command === 'lsp') && args.positionals.length > 0) throw new UsageError(`'${command}' takes no arguments (got '${args.positionals[0]}')`);
  if (command === 'help' && args.positionals.length > 0) {
    const topic = args.positionals[0]!;
    if (!isCommand(topic)) throw new UsageError(`no help for '${topic}'${hint(topic, COMMANDS, (c) => `'${c}'`)}`);
  }
}

export { isCommand };
