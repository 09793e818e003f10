// Vitest global setup: the end-to-end tests drive real programs from Debian (tmux for the review app,
// neovim as an LSP client, chromium for the playground). A fresh CI machine has only Node and npm, so
// this installs the missing ones with apt-get when it can (root, apt-get present) and otherwise prints
// which tests will be skipped and why. Set MTLINT_NO_APT=1 to never install.
import { spawnSync } from 'node:child_process';

/** Debian package → the command whose presence shows it is installed. */
const TOOLS = { tmux: 'tmux', neovim: 'nvim', chromium: 'chromium' };

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function install(packages) {
  if (process.env.MTLINT_NO_APT === '1') return 'MTLINT_NO_APT=1';
  if (!has('apt-get')) return 'apt-get is not available';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not root, so apt-get cannot install';
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let result = run(['install', '-y', '--no-install-recommends', ...packages]);
  if (result.status !== 0) {
    run(['update']);
    result = run(['install', '-y', '--no-install-recommends', ...packages]);
  }
  return result.status === 0 ? undefined : `apt-get install failed: ${(result.stderr || '').trim().split('\n').pop()}`;
}

export default function setup() {
  const missing = Object.entries(TOOLS).filter(([, command]) => !has(command)).map(([pkg]) => pkg);
  if (missing.length === 0) return;
  process.stdout.write(`test tools: installing ${missing.join(', ')} with apt-get…\n`);
  const failure = install(missing);
  for (const pkg of missing) {
    if (has(TOOLS[pkg])) process.stdout.write(`test tools: ${pkg} installed\n`);
    else process.stdout.write(`test tools: ${pkg} is missing (${failure ?? 'not found after install'}); the tests that need it are skipped\n`);
  }
}
