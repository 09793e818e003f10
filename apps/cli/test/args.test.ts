import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../src/args.js';
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

  it('rejects files after rules and unknown help topics', () => {
    expect(usage(['rules', 'a.txt'])).toBe("'rules' takes no files (got 'a.txt')");
    expect(usage(['help', 'lnit'])).toBe("no help for 'lnit'; did you mean 'lint'?");
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
