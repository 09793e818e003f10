/** The name `mtlint init` writes. */
export const STARTER_CONFIG_NAME = 'mtlint.config.json';

/** The starter config `mtlint init` writes: the recommended preset and every key, empty or at its default, to fill in. */
export function starterConfig(): string {
  const config = {
    extends: 'recommended',
    rules: {},
    ignorePatterns: [],
    scoring: { weights: { minor: 1, major: 5, critical: 25 }, perWords: 100 },
  };
  return JSON.stringify(config, null, 2) + '\n';
}
