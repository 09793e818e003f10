import { ConfigError, parseRuleFlag, resolveSettings } from '@mtlint/config';
import { dirname, resolve } from 'node:path';
import type { CliArgs } from '../args.js';
import { oneLine } from '../errors.js';
import type { Io } from '../io.js';
import { scoreOptions, type Linter } from '../lint-job.js';
import type { RunResult, Terminal } from '../command-result.js';
import { configSource, knownTo } from '../settings.js';

/**
 * `mtlint review FILE`: resolves the file's rule and scoring settings as `lint` would (config lookup or
 * --config, --rule), then hands the terminal to the review app, loaded only now so that Ink and React never slow
 * down `mtlint lint`.
 */
export async function reviewCommand(
  args: CliArgs,
  env: { cwd: string; io: Io; terminal: Terminal },
  core: Pick<Linter, 'rules' | 'WEIGHT_PRESETS'>,
): Promise<RunResult> {
  const fail = (line: string): RunResult => ({ exitCode: 2, stdout: '', stderr: `mtlint: ${line}\n` });
  const file = args.positionals[0]!;
  const known = knownTo(core);
  let settings;
  try {
    const overrides = Object.fromEntries(args.rules.map((r) => parseRuleFlag(r, known.ruleIds)));
    const loaded = configSource(args, env.cwd, env.io, known)(dirname(resolve(env.cwd, file)));
    settings = resolveSettings(loaded?.config, [...core.rules.keys()], overrides);
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message);
    throw e;
  }
  let review: typeof import('@mtlint/review');
  try {
    review = await import('@mtlint/review');
  } catch (e) {
    return fail(`review: the review app cannot be loaded: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  }
  const code = await review.runReview({
    file,
    ...(args.output !== undefined ? { output: args.output } : {}),
    ...(args.baseline !== undefined ? { baseline: args.baseline } : {}),
    rules: settings.rules,
    scoring: scoreOptions(settings),
    includeFuzzy: args.includeFuzzy,
    includeObsolete: args.includeObsolete,
    ...env.terminal,
  });
  return { exitCode: code === 0 || code === 1 ? code : 2, stdout: '', stderr: '' };
}
