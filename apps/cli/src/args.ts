import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from '@mtlint/report';
import { hint } from './suggest.js';

export const COMMANDS = ['lint', 'rules', 'help'] as const;
export type Command = (typeof COMMANDS)[number];
const isCommand = (s: string): s is Command => (COMMANDS as readonly string[]).includes(s);

/** Every option, for parseArgs and for "did you mean" hints. */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type OptionName = keyof typeof OPTIONS;
const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];
const isOption = (s: string): s is OptionName => Object.hasOwn(OPTIONS, s);

export interface CliArgs {
  command: Command;
  /** Whether the command was named on the command line (false: `lint` by default). */
  commandGiven: boolean;
  /** Files, directories and globs for `lint`; the topic for `help`. */
  positionals: string[];
  format: FormatName;
  /** true/false from --color/--no-color; undefined means decide from the terminal. */
  color: boolean | undefined;
  debug: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line: reported on one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses the arguments after `mtlint`. Unknown options, missing or unknown values and misplaced
 * arguments throw a UsageError whose message names the closest valid choice. `--` ends the options,
 * so a file named `-x` can be linted as `mtlint -- -x`.
 */
export function parseCli(argv: readonly string[]): CliArgs {
  // Non-strict parsing with tokens lets us word every error ourselves (node's messages are long and
  // name no alternative); each token is then checked against OPTIONS below.
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const args: CliArgs = {
    command: 'lint', commandGiven: false, positionals: [], format: 'stylish',
    color: undefined, debug: false, help: false, version: false,
  };
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
    const spec = OPTIONS[name];
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`option '--${name}' takes no value`);
      if (name === 'color' || name === 'no-color') args.color = name === 'color';
      else if (name === 'debug') args.debug = true;
      else if (name === 'help') args.help = true;
      else args.version = true;
      continue;
    }
    // The only string option is --format.
    if (token.value === undefined || token.value === '') {
      throw new UsageError(`option '${token.rawName}' needs a value: ${FORMAT_NAMES.join(', ')}`);
    }
    if (!isFormatName(token.value)) {
      throw new UsageError(`unknown format '${token.value}'${hint(token.value, FORMAT_NAMES, (c) => `'${c}'`)}`);
    }
    args.format = token.value;
  }
  if (args.command === 'rules' && args.positionals.length > 0 && !args.help) {
    throw new UsageError(`'rules' takes no files (got '${args.positionals[0]}')`);
  }
  if (args.command === 'help' && args.positionals.length > 0) {
    const topic = args.positionals[0]!;
    if (!isCommand(topic)) throw new UsageError(`no help for '${topic}'${hint(topic, COMMANDS, (c) => `'${c}'`)}`);
  }
  return args;
}

export { isCommand };
