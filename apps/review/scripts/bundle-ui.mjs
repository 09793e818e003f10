// Bundles src/ui.tsx with Ink, React and the rest of what it imports from node_modules into
// dist/ui.js, over the file tsc wrote. Node's ESM loader resolves, reads and compiles each module
// on its own: Ink's ~540 (415 of them es-toolkit/compat, imported whole for one throttle function)
// took 0.35–0.45 s to load on a 2-core machine, more than half of the app's own start-up time;
// the bundle loads in under 0.1 s. It also selects React's production build, as an app that ships
// does. The package's own modules (the reducer, items, diff, keys) stay separate files, shared with
// run.js, and so do the other @mtlint packages.
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);

/** Imports of this package's modules outside the UI resolve to their files in dist/, next to ui.js. */
const ownModulesExternal = {
  name: 'own-modules-external',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, ({ path, importer }) => {
      const target = new URL(path, `file://${importer}`).pathname;
      const src = new URL('src/', root).pathname;
      if (!target.startsWith(src)) return undefined;
      const inside = target.slice(src.length);
      if (inside === 'ui.js' || inside.startsWith('components/')) return undefined;
      return { path: `./${inside}`, external: true };
    });
  },
};

await build({
  entryPoints: [new URL('src/ui.tsx', root).pathname],
  outdir: new URL('dist', root).pathname,
  entryNames: '[name]',
  chunkNames: 'ui-[name]',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: true,
  // Ink loads react-devtools-core (an optional peer, not installed) only when DEV=true; in its own chunk
  // the import stays lazy. The other @mtlint packages are loaded from node_modules, as run.js loads them.
  external: ['@mtlint/*', 'react-devtools-core'],
  splitting: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS (React, signal-exit) calls require for Node's built-in modules.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  plugins: [ownModulesExternal],
  logLevel: 'warning',
});
