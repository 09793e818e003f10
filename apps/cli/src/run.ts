import pc from 'picocolors';
import { parseCli, UsageError, type CliArgs } from './args.js';
import { helpText } from './help.js';
import type { RunResult, Terminal } from './command-result.js';
import type { Io } from './io.js';
import type { Linter, LinterSource } from './lint-job.js';
import { bilingualRuleMetas, formatCheckDoc, formatCheckDocJson, formatRuleDoc, formatRuleDocJson, formatRulesJson, formatRulesTable } from './rules-table.js';
import { hint } from './suggest.js';

export type { RunResult, Linter };

export interface RunEnv {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** The version `--version` prints. */
  version: string;
  /** Colour when neither --color nor --no-color is given (the caller decides: TTY and no NO_COLOR). */
  color: boolean;
  io?: Io;
  /** The linter; @mtlint/core (loaded on first use) when omitted. Tests pass a stub to be independent of the rules. */
  linter?: LinterSource;
  /** Called after each linted file (bin.ts draws a progress line when stderr is a terminal). */
  progress?: (done: number, total: number) => void;
  /** Called as one long file is linted, with the code units done and its length (bin.ts: a progress line on a terminal). */
  fileProgress?: (file: string, done: number, total: number) => void;
  /** Writes part of stdout at once; line formats stream through it (see LintEnv). Without it, all output is returned. */
  stream?: (chunk: string) => void;
  /** The process's streams, for `mtlint review` (an interactive app); other commands return their output. */
  terminal?: Terminal;
}

/**
 * The whole `mtlint` command as a function: arguments in, output and exit code out. It reads and
 * writes files only through `env.io` and never exits, so tests can call it directly; bin.ts is the
 * only module that touches the process.
 */
export async function run(argv: readonly string[], env: RunEnv): Promise<RunResult> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { exitCode: 2, stdout: '', stderr: `mtlint: ${e.message}\n` };
  }
  const style = pc.createColors(args.color ?? env.color);

  if (args.version) return { exitCode: 0, stdout: `${env.version}\n`, stderr: '' };
  if (args.command === 'help') return { exitCode: 0, stdout: helpText(args.positionals[0] as CliArgs['command']), stderr: '' };
  if (args.help) return { exitCode: 0, stdout: helpText(args.commandGiven ? args.command : undefined), stderr: '' };
  // Commands load their modules when they run, so that --help and --version start fast.
  const io = env.io ?? (await import('./io.js')).nodeIo;
  if (args.command === 'init') return (await import('./commands/init.js')).initCommand(env.cwd, io);
  // The linter (and its lexicons) is loaded only by the commands that use it: --help and --version stay fast.
  // @mtlint/core/formats is loaded by the lint command only when a file needs it.
  const core: LinterSource = env.linter ?? (await import('@mtlint/core'));
  if (args.command === 'lsp') return (await import('./commands/lsp.js')).lspCommand(args, { io, version: env.version }, core);
  if (args.command === 'review') {
    if (!env.terminal) return { exitCode: 2, stdout: '', stderr: 'mtlint: review needs a terminal\n' };
    return (await import('./commands/review.js')).reviewCommand(args, { cwd: env.cwd, io, terminal: env.terminal }, core);
  }
  if (args.command === 'rules') {
    // Every id a config may set: the rules, and the bilingual checks of translation files.
    const { BILINGUAL_CHECKS } = await import('@mtlint/core/formats');
    const id = args.positionals[0];
    if (id === undefined) {
      const metas = [...[...core.rules.values()].map((r) => r.meta), ...bilingualRuleMetas(BILINGUAL_CHECKS)];
      return { exitCode: 0, stdout: args.format === 'json' ? formatRulesJson(metas) : formatRulesTable(metas, style), stderr: '' };
    }
    const rule = core.rules.get(id);
    if (rule) {
      // The rule pages are a module of their own, which only this command loads.
      const docs = ((await import('@mtlint/rules/docs')).ruleDocs as Readonly<Partial<Record<string, string>>>)[id];
      return { exitCode: 0, stdout: args.format === 'json' ? formatRuleDocJson(rule, docs) : formatRuleDoc(rule, docs, style), stderr: '' };
    }
    const check = BILINGUAL_CHECKS.find((c) => c.id === id);
    if (check) return { exitCode: 0, stdout: args.format === 'json' ? formatCheckDocJson(check) : formatCheckDoc(check, style), stderr: '' };
    const ids = [...core.rules.keys(), ...BILINGUAL_CHECKS.map((c) => c.id)];
    return { exitCode: 2, stdout: '', stderr: `mtlint: unknown rule '${id}'${hint(id, ids, (c) => `'${c}'`)}\n` };
  }
  const { lintCommand } = await import('./commands/lint.js');
  const { progress, fileProgress, stream } = env;
  return lintCommand(
    args,
    { cwd: env.cwd, version: env.version, io, style, ...(progress ? { progress } : {}), ...(fileProgress ? { fileProgress } : {}), ...(stream ? { stream } : {}) },
    core,
  );
}

