// The README's option table, the built command's --help texts and the parser's list of options name the same
// options: a new option cannot go undocumented in either place, nor a removed one linger.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, OPTIONS } from '../src/args.js';
import { repoRoot, runBuilt } from './helpers.js';

/** `--long` and `-s` names in a piece of text that lists options. */
const optionNames = (text: string) => [...text.matchAll(/(?<![\w-])(--[a-z][a-z-]*|-[a-z])(?![\w-])/g)].map((m) => m[1]!);

/** Every option the parser takes, as `--name` and its `-x` short form. */
const parsed = Object.entries(OPTIONS)
  .flatMap(([name, spec]) => ['short' in spec ? `-${spec.short}` : [], `--${name}`].flat())
  .sort();

describe('option documentation', () => {
  it("the README's option table lists every option, and no other", () => {
    const readme = readFileSync(join(repoRoot, 'apps/cli/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Options'), readme.indexOf('\n### What gets linted'));
    // The first cell of each row (`|` inside a cell is escaped as `\|`).
    const cells = section.split('\n').filter((l) => l.startsWith('| `')).map((l) => l.split(/(?<!\\)\|/)[1]!);
    expect([...new Set(cells.flatMap(optionNames))].sort()).toEqual(parsed);
  });

  it('the --help of the commands, together, list every option, and no other', () => {
    const listed = new Set<string>();
    for (const command of COMMANDS.filter((c) => c !== 'help')) {
      const help = runBuilt([command, '--help']).stdout;
      // Option lines: indented, starting with a dash; the names stand before the gap that opens the description.
      for (const line of help.split('\n').filter((l) => /^ {2,}-/.test(l))) for (const name of optionNames(line.trim().split(/ {2,}/)[0]!)) listed.add(name);
    }
    expect([...listed].sort()).toEqual(parsed);
  });

  it('lint --help documents --concurrency (issue 20, item 7)', () => {
    expect(runBuilt(['lint', '--help']).stdout).toMatch(/^ +--concurrency <n> +worker threads: auto/m);
  });
});
