import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, parseCli, UsageError } from '../src/args.js';
import { BILINGUAL_CHECK_IDS, DIRECTORY_EXTENSIONS, FORMAT_ENDINGS, formatOf } from '../src/format-catalogue.js';
import { helpText } from '../src/help.js';
import { hint, nearest } from '../src/suggest.js';

const usage = (argv: string[]) => {
  try {
    parseCli(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('parseCli', () => {
  it('defaults to lint with stylish output and automatic colour', () => {
    expect(parseCli(['a.txt', 'b.md'])).toEqual({
      command: 'lint', commandGiven: false, positionals: ['a.txt', 'b.md'], format: 'stylish',
      color: undefined, debug: false, help: false, version: false,
      config: undefined, configLookup: true, rules: [], quiet: false, maxWarnings: undefined, minScore: undefined,
      outputFile: undefined, stdin: false, stdinFilename: undefined, fix: false, fixDryRun: false,
      baseline: undefined, writeBaseline: undefined, ignorePatterns: [], ignore: true, reportUnusedDisableDirectives: false, printConfig: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, includeFuzzy: false, includeObsolete: false, cache: false,
      concurrency: 'auto', output: undefined,
    });
  });

  it('takes a named command only in first position', () => {
    expect(parseCli(['lint', 'a.txt'])).toMatchObject({ command: 'lint', commandGiven: true, positionals: ['a.txt'] });
    expect(parseCli(['rules'])).toMatchObject({ command: 'rules', commandGiven: true, positionals: [] });
    expect(parseCli(['a.txt', 'rules'])).toMatchObject({ command: 'lint', positionals: ['a.txt', 'rules'] });
  });

  it('reads --format in every spelling', () => {
    expect(parseCli(['--format', 'json', 'a']).format).toBe('json');
    expect(parseCli(['--format=compact', 'a']).format).toBe('compact');
    expect(parseCli(['-f', 'json', 'a']).format).toBe('json');
    expect(parseCli(['a', '-f', 'json', '-f', 'compact']).format).toBe('compact');
  });

  it('lets the last of --color / --no-color win', () => {
    expect(parseCli(['--color', 'a']).color).toBe(true);
    expect(parseCli(['--no-color', 'a']).color).toBe(false);
    expect(parseCli(['--no-color', '--color', 'a']).color).toBe(true);
  });

  it('reads the boolean flags and their short forms', () => {
    expect(parseCli(['-h'])).toMatchObject({ help: true });
    expect(parseCli(['lint', '--help'])).toMatchObject({ command: 'lint', help: true });
    expect(parseCli(['-v'])).toMatchObject({ version: true });
    expect(parseCli(['--debug', 'x'])).toMatchObject({ debug: true });
  });

  it('treats everything after -- as files, even option-like names and command names', () => {
    expect(parseCli(['--', '-odd.txt', '--format'])).toMatchObject({ positionals: ['-odd.txt', '--format'], format: 'stylish' });
    expect(parseCli(['--', 'rules'])).toMatchObject({ command: 'lint', positionals: ['rules'] });
  });

  it('names the closest option for an unknown one', () => {
    expect(usage(['--fromat', 'json', 'a'])).toBe("unknown option '--fromat'; did you mean '--format'?");
    expect(usage(['--verison'])).toBe("unknown option '--verison'; did you mean '--version'?");
    expect(usage(['--colour', 'a'])).toBe("unknown option '--colour'; did you mean '--color'?");
  });

  it('lists the options when nothing is close', () => {
    expect(usage(['--zzzzzzzzzz'])).toMatch(/^unknown option '--zzzzzzzzzz'; expected one of '--format', .*'--version'$/);
  });

  it('rejects unknown short options', () => {
    expect(usage(['-x', 'a'])).toMatch(/^unknown option '-x'/);
  });

  it('rejects a missing or unknown format, naming the closest', () => {
    expect(usage(['a', '--format'])).toBe("option '--format' needs a value: stylish, json, compact, sarif, github, junit");
    expect(usage(['--format', 'jsno', 'a'])).toBe("unknown format 'jsno'; did you mean 'json'?");
    expect(usage(['--format=xml', 'a'])).toBe("unknown format 'xml'; expected one of 'stylish', 'json', 'compact', 'sarif', 'github', 'junit'");
  });

  it('rejects values on boolean flags', () => {
    expect(usage(['--debug=yes', 'a'])).toBe("option '--debug' takes no value");
  });

  it('rejects extra arguments and unknown help topics', () => {
    expect(usage(['rules', 'a', 'b'])).toBe("'rules' takes at most one rule id (got 'b')");
    expect(usage(['init', 'x'])).toBe("'init' takes no arguments (got 'x')");
    expect(usage(['review'])).toBe("'review' takes exactly one file: mtlint review FILE");
    expect(usage(['help', 'lnt'])).toBe("no help for 'lnt'; did you mean 'lint'?");
  });
});

describe('parseCli: the CI options', () => {
  it('reads values, repeatable options and flags', () => {
    expect(
      parseCli([
        'lint', '-c', 'm.json', '--no-config-lookup', '--rule', 'word-echo:off', '--rule=comma-before-that:error', '-q',
        '--max-warnings', '0', '--min-score', '92.5', '-o', 'r.sarif', '--fix-dry-run', '--baseline', 'b.json',
        '--ignore-pattern', 'drafts/', '--ignore-pattern', '*.bak', '--max-file-size', '1kb', '--cache', '--concurrency', '3', 'docs',
      ]),
    ).toMatchObject({
      config: 'm.json', configLookup: false, rules: ['word-echo:off', 'comma-before-that:error'], quiet: true, maxWarnings: 0,
      minScore: 92.5, outputFile: 'r.sarif', fixDryRun: true, baseline: 'b.json', ignorePatterns: ['drafts/', '*.bak'],
      maxFileSize: 1024, cache: true, concurrency: 3, positionals: ['docs'],
    });
    expect(parseCli(['fix', 'a.txt'])).toMatchObject({ command: 'fix', fix: true });
    expect(parseCli(['--stdin', '--stdin-filename', 'x.txt'])).toMatchObject({ stdin: true, stdinFilename: 'x.txt', positionals: [] });
    expect(parseCli(['review', 'a.txt', '--output', 'b.txt', '--baseline', 'c.json'])).toMatchObject({ output: 'b.txt', baseline: 'c.json' });
  });

  it.each([
    [['--max-warnings', '-x', 'a'], "option '--max-warnings' needs a value"],
    [['--max-warnings', 'many', 'a'], "option '--max-warnings' needs a whole number of warnings (0 or more, or -1 for no limit), got 'many'"],
    [['--min-score', '101', 'a'], "option '--min-score' needs a score from 0 to 100, got '101'"],
    [['--max-file-size', 'huge', 'a'], "option '--max-file-size' needs a size such as 500kb, 20mb or 1048576 (bytes), got 'huge'"],
    [['--config'], "option '--config' needs a value"],
    [['--concurrency', 'max', 'a'], "option '--concurrency' needs auto, off or a number of worker threads, got 'max'"],
    [['--fix', '--fix-dry-run', 'a'], "'--fix' and '--fix-dry-run' exclude each other: choose one"],
    [['--stdin', 'a.txt'], "'--stdin' reads standard input and takes no files (got 'a.txt')"],
    [['--stdin-filename', 'a.txt'], "'--stdin-filename' names standard input: add '--stdin'"],
    [['rules', '--fix'], "option '--fix' does not apply to 'rules'; see 'mtlint rules --help'"],
    [['fix', '--fix-dry-run', 'a'], "option '--fix-dry-run' does not apply to 'fix'; see 'mtlint fix --help'"],
    [['score', '-f', 'sarif', 'a'], "'score' prints stylish or json, not 'sarif'"],
    [['--outptu-file', 'x', 'a'], "unknown option '--outptu-file'; did you mean '--output-file'?"],
  ])('%j → %s', (argv, message) => {
    expect(usage(argv)).toBe(message);
  });
});

describe('the format catalogue', () => {
  it('is the one of @mtlint/core/formats', async () => {
    const formats = await import('@mtlint/core/formats');
    expect(FORMAT_ENDINGS).toEqual(Object.fromEntries(formats.FORMATS.map((f) => [f.name, f.extensions])));
    expect(BILINGUAL_CHECK_IDS).toEqual(formats.BILINGUAL_CHECKS.map((c) => c.id));
  });

  it('directories expand to every ending but .json, and lint --help lists them', () => {
    expect(DIRECTORY_EXTENSIONS).toEqual(['md', 'markdown', 'po', 'pot', 'xlf', 'xliff', 'srt', 'vtt', 'txt']);
    expect(helpText('lint')).toContain('.md .markdown .po .pot .xlf .xliff .srt .vtt .txt');
  });

  it('reads a file as the config says, else by its ending, else as plain text', () => {
    expect(formatOf('a/B.MD', {})).toBe('markdown');
    expect(formatOf('a/b.rst', {})).toBe('text');
    expect(formatOf('a/b.txt', { '.TXT': 'markdown' })).toBe('markdown');
  });
});

describe('helpText', () => {
  it('help fits a 100-column terminal, for every command', () => {
    for (const command of [undefined, 'lint', 'fix', 'score', 'rules', 'review', 'init'] as const) {
      const long = helpText(command).split('\n').filter((line) => line.length > 100);
      expect(long, `mtlint ${command ?? ''} --help`).toEqual([]);
    }
  });
});

describe('nearest', () => {
  it('finds a plausible typo and refuses far-fetched ones', () => {
    expect(nearest('lnt', ['lint', 'rules', 'help'])).toBe('lint');
    expect(nearest('rule', ['lint', 'rules', 'help'])).toBe('rules');
    expect(nearest('article', ['lint', 'rules', 'help'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
    expect(hint('jsn', ['json', 'compact'])).toBe('; did you mean json?');
  });
});

describe('--max-warnings -1', () => {
  it('means no limit, written with a space or an equals sign, and undoes a limit given before it', () => {
    expect(parseCli(['--max-warnings', '-1', 'a.txt'])).toMatchObject({ maxWarnings: undefined, positionals: ['a.txt'] });
    expect(parseCli(['--max-warnings=-1', 'a.txt'])).toMatchObject({ maxWarnings: undefined });
    expect(parseCli(['--max-warnings', '3', '--max-warnings', '-1', 'a.txt'])).toMatchObject({ maxWarnings: undefined });
    expect(() => parseCli(['--max-warnings', '-2', 'a.txt'])).toThrow("option '--max-warnings' needs a whole number of warnings (0 or more, or -1 for no limit), got '-2'");
  });
});
