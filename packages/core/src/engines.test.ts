/**
 * What a Node version or a bundler needs to load the published packages: each declares the Node versions it
 * runs on, and none imports with import attributes (`with { type: 'json' }` fails on Node before 20.10 and in
 * bundlers without a JSON plugin): data ships as JavaScript modules. Needs the packages built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGES = resolve(import.meta.dirname, '../..');
const ROOT_ENGINES = (JSON.parse(readFileSync(join(PACKAGES, '../package.json'), 'utf8')) as { engines: { node: string } }).engines;
const published = readdirSync(PACKAGES).filter((name) => {
  const pkg = JSON.parse(readFileSync(join(PACKAGES, name, 'package.json'), 'utf8')) as { private?: boolean };
  return pkg.private !== true;
});

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));

describe.each(published)('@mtlint/%s', (name) => {
  it('declares the Node versions it runs on, as the workspace does', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGES, name, 'package.json'), 'utf8')) as { engines?: unknown };
    expect(pkg.engines).toEqual(ROOT_ENGINES);
  });

  it('ships no import with import attributes', () => {
    const files = jsFiles(join(PACKAGES, name, 'dist'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bfrom\s*['"][^'"]+['"]\s*(with|assert)\s*\{/);
  });
});
