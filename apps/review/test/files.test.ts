import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselinePath, readBaselineFile, readTextFile } from '../src/files.js';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('reading the text', () => {
  it('reads UTF-8, taking a byte-order mark off the text to put it back on saving', () => {
    expect(readTextFile(file('plain.txt', 'Text.\n'))).toMatchObject({ text: 'Text.\n', bom: '' });
    expect(readTextFile(file('bom.txt', '\uFEFFText.\n'))).toMatchObject({ text: 'Text.\n', bom: '\uFEFF' });
  });

  it('refuses what mtlint lint refuses, in one line naming the file', () => {
    const missing = join(dir, 'missing.txt');
    expect(() => readTextFile(missing)).toThrow(`${missing}: no such file`);
    expect(() => readTextFile(dir)).toThrow(`${dir}: is a directory; review one file at a time`);
    const utf16 = file('utf16.txt', Buffer.from('\uFEFFText', 'utf16le'));
    expect(() => readTextFile(utf16)).toThrow(`${utf16}: is UTF-16 (it starts with a UTF-16 byte-order mark); mtlint reads UTF-8 only`);
    const binary = file('binary.bin', new Uint8Array([0x41, 0x00, 0x42]));
    expect(() => readTextFile(binary)).toThrow(`${binary}: looks binary (NUL byte at offset 1); mtlint reads UTF-8 text only`);
    const latin1 = file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(() => readTextFile(latin1)).toThrow(`${latin1}: is not valid UTF-8 (bad byte at offset 3)`);
  });
});

describe('the baseline file', () => {
  it('is empty when it does not exist yet', () => {
    expect(readBaselineFile(join(dir, 'none.json'))).toEqual({ version: 1, entries: [], reviews: {} });
  });

  it('a broken one is refused in one line naming it', () => {
    const broken = file('broken.json', '{ "version": 1,');
    expect(() => readBaselineFile(broken)).toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(.*\\)$`));
  });

  it('names files POSIX-style, relative to the baseline file', () => {
    expect(baselinePath('/a/b/.mtlint-baseline.json', '/a/b/docs/x.txt')).toBe('docs/x.txt');
    expect(baselinePath('/a/b/base.json', '/a/c.txt')).toBe('../c.txt');
  });
});
