import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadOnly } from './read-only.js';

describe('isReadOnly', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mtlint-file-access-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (mode: number) => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'text');
    chmodSync(path, mode);
    return path;
  };

  it('a file its owner may write is not read-only', () => {
    const path = file(0o644);
    expect(isReadOnly(path, statSync(path))).toBe(false);
  });

  it('a file without its owner\'s write bit is read-only, even for root', () => {
    for (const mode of [0o444, 0o464, 0o400]) {
      const path = file(mode);
      expect(isReadOnly(path, statSync(path))).toBe(true);
    }
  });

  it('a file this process may not write is read-only', () => {
    const path = file(0o644);
    // The owner's write bit is set, but the access check says no (as for a file of another user).
    expect(isReadOnly(join(dir, 'missing', 'a.txt'), statSync(path))).toBe(true);
  });
});
