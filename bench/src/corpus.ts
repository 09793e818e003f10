/** The texts the bench times and the findings test checks, read from the repository's fixtures. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type Corpus } from './stats.js';

/** The repository's root directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The article a fixture directory's gold.json names, relative to the repository root. */
const articleOf = (dir: string): string => {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { article: string };
  return relative(ROOT, join(dir, gold.article));
};

/** The clean-English fixtures: fixtures/clean-*, each gold.json naming its article. */
export function cleanSources(): { names: string[]; texts: string[] } {
  const fixtures = join(ROOT, 'fixtures');
  const names = readdirSync(fixtures)
    .filter((n) => n.startsWith('clean-') && existsSync(join(fixtures, n, 'gold.json')))
    .sort()
    .map((n) => articleOf(join(fixtures, n)));
  return { names, texts: names.map((n) => readFileSync(join(ROOT, n), 'utf8')) };
}

/** The bench text: the clean-English fixtures joined and repeated to `bytes` bytes. */
export function benchCorpus(bytes: number): Corpus {
  return buildCorpus(cleanSources().texts, bytes);
}

/** Every fixture's article (a directory of fixtures/ with a gold.json, at any depth), in path order. */
export function fixtureArticles(): { path: string }[] {
  const found: { path: string }[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'gold.json'))) found.push({ path: articleOf(dir) });
    for (const d of readdirSync(dir, { withFileTypes: true })) if (d.isDirectory()) walk(join(dir, d.name));
  };
  walk(join(ROOT, 'fixtures'));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
