import { describe, expect, it } from 'vitest';
import { harper, mtlint, writeGood } from './linters.js';

// The adapters must really lint (a benchmark of a linter that silently does nothing measures nothing).
// No timing here: the machine may be loaded.
describe('benchmark linters', () => {
  const text = 'He go to school every days. There is a dog that is very big and it was bitten by a cat.';
  for (const make of [() => mtlint, harper, writeGood]) {
    const linter = make();
    it(`${linter.name} lints a text and counts its findings`, async () => {
      await linter.setup();
      await linter.reset?.();
      const n = await linter.lint(text);
      expect(Number.isInteger(n) && n >= 0).toBe(true);
      if (linter.name !== 'mtlint') expect(n).toBeGreaterThan(0);
      expect(await linter.lint('')).toBe(0);
    });
  }
});
