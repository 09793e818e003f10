import { CONFIG_FILE_NAMES, hasPackageConfig, starterConfig, STARTER_CONFIG_NAME } from '@mtlint/config';
import { join } from 'node:path';
import type { Io } from '../io.js';
import type { RunResult } from '../command-result.js';
import { describeFsError } from '../errors.js';

/** `mtlint init`: writes a starter mtlint.config.json in the working directory, never over an existing config. */
export function initCommand(cwd: string, io: Io): RunResult {
  for (const name of CONFIG_FILE_NAMES.filter((n) => n !== 'package.json')) {
    if (io.kind(join(cwd, name)) !== 'missing') return { exitCode: 2, stdout: '', stderr: `mtlint: ${name} already exists; not overwritten\n` };
  }
  // A config under package.json's "mtlint" key would lose silently to the new file, which is nearer in the lookup order.
  const packageJson = io.readText(join(cwd, 'package.json'));
  if (packageJson !== undefined && hasPackageConfig(packageJson)) {
    return { exitCode: 2, stdout: '', stderr: 'mtlint: package.json already has an "mtlint" config; not writing mtlint.config.json\n' };
  }
  try {
    io.writeFile(join(cwd, STARTER_CONFIG_NAME), starterConfig());
  } catch (e) {
    return { exitCode: 2, stdout: '', stderr: `mtlint: ${STARTER_CONFIG_NAME}: cannot write: ${describeFsError(e)}\n` };
  }
  return { exitCode: 0, stdout: `wrote ${STARTER_CONFIG_NAME}: the recommended rules; set levels under "rules" (see 'mtlint rules')\n`, stderr: '' };
}

