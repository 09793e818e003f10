// Modules import one way: no cycle among the relative imports of the command (run.ts and the commands) nor of
// @mtlint/config (the presets and the schema). Type-only imports count too: they tie the modules together as
// much for a reader.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** Relative imports (static, dynamic and `export … from`) of every .ts module under `dir`, tests left out, by absolute path. */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    const targets = [...source.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g)].map((m) => resolve(dirname(path), `${m[1]}.ts`));
    graph.set(path, targets);
  }
  return graph;
}

/** The first cycle found, as the paths around it relative to the repository, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle.map((p) => p.slice(repoRoot.length + 1));
  }
  return undefined;
}

describe('import cycles (issue 20, Shape)', () => {
  it.each(['apps/cli/src', 'packages/config/src'])('%s has none', (dir) => {
    expect(findCycle(importGraph(join(repoRoot, dir)))).toBeUndefined();
  });

  it('finds one where there is one', () => {
    const graph = new Map([
      [join(repoRoot, 'a.ts'), [join(repoRoot, 'b.ts')]],
      [join(repoRoot, 'b.ts'), [join(repoRoot, 'a.ts')]],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'a.ts']);
  });
});
