// Build step: bundles the client (src/extension.ts, with vscode-languageclient) into dist/extension.cjs, copies
// the built `mtlint` command (apps/cli/dist, without source maps, with its word tables) into dist/server/ so that the extension
// needs nothing installed, and packs everything into dist/mtlint-<version>.vsix with @vscode/vsce.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = (path) => new URL(`../${path}`, import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8'));
rmSync(here('dist'), { recursive: true, force: true });

await build({
  entryPoints: [here('src/extension.ts')],
  outfile: here('dist/extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});

const cli = new URL('../../cli/dist/', import.meta.url).pathname;
mkdirSync(here('dist/server'), { recursive: true });
for (const file of readdirSync(cli).filter((f) => f.endsWith('.js'))) copyFileSync(cli + file, here(`dist/server/${file}`));
// The word tables the command reads beside its chunks when it first lints.
cpSync(`${cli}tables`, here('dist/server/tables'), { recursive: true });
// The command reads its version from the package.json above it, and its files are ES modules.
writeFileSync(here('dist/package.json'), JSON.stringify({ name: 'mtlint-server', version, private: true, type: 'module' }, null, 2) + '\n');

execFileSync(process.execPath, [here('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--out', here(`dist/mtlint-${version}.vsix`)], {
  cwd: here(''),
  stdio: ['ignore', 'inherit', 'inherit'],
});
