import { addEntries, baselineFilter, emptyBaseline, parseBaseline, serializeBaseline, type Baseline } from '@mtlint/baseline';
import { CONFIG_FILE_NAMES, ConfigError, resolveSettings, validateConfig, type LoadedConfig, type MtlintConfig, type Settings } from '@mtlint/config';
import type { Finding, Level } from '@mtlint/core';
import { lintFile, lintFileInSteps, scoreFile } from '@mtlint/core/formats';
import { applyDirectives, fileComments } from '@mtlint/formats';
import { createServer, type DocumentLinter, type FileSetup, type LintHost, type Project } from '@mtlint/lsp';
import { basename, dirname, relative, resolve } from 'node:path';
import { createConnection } from 'vscode-languageserver/node';
import type { CliArgs } from '../args.js';
import { describeFsError } from '../errors.js';
import { BILINGUAL_CHECK_IDS, formatOf } from '../format-catalogue.js';
import type { Io } from '../io.js';
import { DIRECTIVE_RULE_ID, directiveFinding, runLintJob, scoreOptions, type Linter, type LinterSource } from '../lint-job.js';
import type { RunResult } from '../command-result.js';
import { configSource, IGNORE_FILE, ignoreMatcher, knownTo, toPosix } from '../settings.js';

/**
 * `mtlint lsp`: the language server on standard input and output. Documents are linted as `mtlint lint`
 * lints files — the nearest config (or the client's settings over it), `.mtlintignore` and the configs'
 * `ignorePatterns` in the workspace root, the formats and their inline directives, `--baseline` — a
 * stretch at a time, so that the server answers other requests while a long document is linted.
 *
 * The returned promise does not settle: the connection ends the process, with exit code 0 after the
 * client's `shutdown` and `exit`, and 1 when the client exits or closes the stream without `shutdown`
 * (as the protocol asks).
 */
export function lspCommand(args: CliArgs, env: { io: Io; version: string }, core: LinterSource): Promise<RunResult> {
  const linter: Linter = { ...core, lintFile, scoreFile, fileComments };
  const connection = createConnection(process.stdin, process.stdout);
  createServer(connection, lintHost(args, env.io, linter), { version: env.version });
  connection.listen();
  return new Promise<RunResult>(() => {});
}

/** The CLI's ways of finding configs, ignoring files, choosing formats and linting, as the server's host. */
function lintHost(args: CliArgs, io: Io, core: Linter): LintHost {
  const known = knownTo(core);
  const ruleIds = [...core.rules.keys()];
  return {
    watchedFiles: [...CONFIG_FILE_NAMES, IGNORE_FILE, ...(args.baseline === undefined ? [] : [basename(args.baseline)])],
    project(root, settings): Project {
      const baseline = args.baseline === undefined ? undefined : baselineFile(io, resolve(root ?? process.cwd(), args.baseline), args.baseline);
      // The client's settings are a config (presets, rules, formats, scoring), applied over the file's.
      const client = settings === undefined || settings === null ? undefined : validateConfig(settings, 'settings "mtlint"', known);
      const configFor = configSource(args, root ?? process.cwd(), io, known);
      const isIgnored = root === undefined ? () => false : ignoreMatcher(args, root, io, (dir) => configOrUndefined(configFor, dir));
      return {
        open(path, formatHint): FileSetup {
          if (isIgnored(path)) return { ignored: true };
          let loaded: LoadedConfig | undefined;
          try {
            loaded = configFor(dirname(path));
          } catch (e) {
            if (e instanceof ConfigError) return { problem: e.message };
            throw e;
          }
          const settings = resolveSettings(client ? over(loaded?.config, client) : loaded?.config, ruleIds);
          const byName = formatOf(path, settings.formats);
          // A file whose name says nothing (no ending, or one of no format) is read as its language.
          const format = byName === 'text' && !/\.txt$/i.test(path) && formatHint ? formatHint : byName;
          return { linter: documentLinter(path, format, settings, core, baseline) };
        },
      };
    },
  };
}

function configOrUndefined(configFor: (dir: string) => LoadedConfig | undefined, dir: string): LoadedConfig | undefined {
  try {
    return configFor(dir);
  } catch (e) {
    if (e instanceof ConfigError) return undefined;
    throw e;
  }
}

/** A config with the client's settings over it: presets after its own, rules, formats and scoring over its own. */
function over(config: MtlintConfig | undefined, client: MtlintConfig): MtlintConfig {
  return {
    ...config,
    ...client,
    extends: [...(config?.extends ?? []), ...(client.extends ?? [])],
    rules: { ...config?.rules, ...client.rules },
    formats: { ...config?.formats, ...client.formats },
    ignorePatterns: [...(config?.ignorePatterns ?? []), ...(client.ignorePatterns ?? [])],
  };
}

/** `--baseline F`: its entries (none while the file does not exist), and how to add one. */
interface BaselineFile {
  data: Baseline;
  /** The name its entries give a file: the path relative to the baseline's folder, with slashes. */
  fileName(path: string): string;
  add(entry: Baseline['entries'][number]): void;
}

function baselineFile(io: Io, path: string, shown: string): BaselineFile {
  const read = () => {
    let text;
    try {
      text = io.readText(path);
    } catch (e) {
      throw new Error(`${shown}: cannot read: ${describeFsError(e)}`);
    }
    return text === undefined ? emptyBaseline() : parseBaseline(text, shown);
  };
  return {
    data: read(),
    fileName: (file) => toPosix(relative(dirname(path), file)),
    add(entry) {
      // Read again: `mtlint lint --write-baseline` or another editor may have written it since.
      const updated = addEntries(read(), [entry]);
      try {
        io.writeFile(path, serializeBaseline(updated));
      } catch (e) {
        throw new Error(`${shown}: cannot write: ${describeFsError(e)}`);
      }
    },
  };
}

function documentLinter(path: string, format: string, settings: Settings, core: Linter, baseline: BaselineFile | undefined): DocumentLinter {
  const ruleIds = new Set([...core.rules.keys(), ...BILINGUAL_CHECK_IDS]);
  const options = { rules: settings.rules, format, ...(settings.language ? { language: settings.language } : {}) };
  return {
    format,
    lint(text) {
      let stepped;
      try {
        stepped = lintFileInSteps(path, text, options);
      } catch (e) {
        // Content that is not what its format says: the CLI's wording, and the line the reader names.
        if (e instanceof Error && e.name === 'FormatError') return { problem: `not valid ${format}: ${e.message}`, line: (e as Error & { line?: number }).line };
        throw e;
      }
      const { segments } = stepped;
      // Directives as `mtlint lint` reads them, from the format's own comments. A directive silences a finding by
      // where it starts, so each step's findings are filtered as they come; the problems with the directives
      // (unknown rule ids, and unused disables where asked for) are known once every finding is.
      const comments = core.fileComments(format, text);
      const directives = { ruleIds, reportUnused: settings.unusedDirectives !== 'off' };
      // As `lint --baseline`: a finding the baseline knows is not reported.
      const unknown = baseline && baselineFilter(baseline.data, baseline.fileName(path), text);
      const steps = (function* () {
        const found: Finding[] = [];
        let linted = 0;
        for (const step of stepped.steps) {
          if (comments.length > 0) found.push(...step.findings);
          linted = step.linted;
          const kept = comments.length > 0 ? applyDirectives(step.findings, comments, directives).findings : step.findings;
          yield { ...step, findings: unknown ? kept.filter(unknown) : kept };
        }
        if (comments.length === 0) return;
        const problems = applyDirectives(found, comments, directives).problems;
        const level = (kind: string): Level => (kind === 'unknown-rule' ? 'error' : settings.unusedDirectives);
        if (problems.length > 0) yield { findings: problems.map((p) => directiveFinding(p, level(p.kind))), linted };
      })();
      // The directives' problems are not artifacts of translation: as in `mtlint lint`, they cost no score.
      const score = (findings: readonly Finding[]) =>
        scoreFile(text, { segments }, findings.filter((f) => f.ruleId !== DIRECTIVE_RULE_ID), scoreOptions(settings));
      return { steps, score };
    },
    async fix(text) {
      const job = {
        fileName: path, format, text, rules: settings.rules, weights: settings.weights, perWords: settings.perWords, language: settings.language,
        includeFuzzy: false, includeObsolete: false, fix: true, onlyErrors: false, known: [], unusedDirectives: settings.unusedDirectives,
      };
      return (await runLintJob(job, core)).text;
    },
    ...(baseline && {
      addToBaseline(text: string, finding: { ruleId: string; start: number; end: number }) {
        baseline.add({ file: baseline.fileName(path), ruleId: finding.ruleId, text: text.slice(finding.start, finding.end) });
      },
    }),
  };
}
