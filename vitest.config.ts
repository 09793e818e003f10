import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'apps/*/test/**/*.test.tsx', 'bench/src/**/*.test.ts'],
    // Two cores, possibly loaded: no timing assertions, generous timeouts for child-process tests.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // tmux, neovim and chromium for the end-to-end tests: installed when missing, or the reason printed.
    globalSetup: ['./scripts/test-tools.mjs'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
