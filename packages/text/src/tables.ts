/**
 * The large word tables (the lexicon's words, the supersenses, the verb forms, the capitalised stems), loaded
 * when a lookup first needs one rather than when the package is imported. The build writes each twice
 * (scripts/front-coded.mjs `writeTable`): as a text file, which Node reads synchronously on first use, so
 * that `lint()` needs no preparation there; and as a module, which `loadTables()` imports, for an engine
 * that cannot read files (a browser, a Worker), where a bundler splits the tables off the main bundle.
 *
 * Parsing the tables as string literals at import cost their length in scanning on every start (half the
 * import of @mtlint/core); reading a text file of the same 1.6 MB costs a copy.
 */

/** The tables, by the name the build gives them. */
export type TableName = 'lexicon-words' | 'supersenses' | 'verb-forms' | 'capitalised-stems';

// Literal specifiers, so that a bundler finds every table and splits each into a chunk of its own.
const importers: Record<TableName, () => Promise<{ default: string }>> = {
  'lexicon-words': () => import('#tables/lexicon-words'),
  supersenses: () => import('#tables/supersenses'),
  'verb-forms': () => import('#tables/verb-forms'),
  'capitalised-stems': () => import('#tables/capitalised-stems'),
};

const loaded = new Map<TableName, string>();

type FileSystem = Pick<typeof import('node:fs'), 'readFileSync' | 'existsSync'>;
type ModuleApi = Pick<typeof import('node:module'), 'createRequire'>;
// Through `process.getBuiltinModule` (Node ≥ 20.16), not an import: a browser bundle must not import node:fs,
// and a static import would make every bundler for the web fail or shim it.
const builtin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
const fs = builtin?.('node:fs') as FileSystem | undefined;
const nodeModule = builtin?.('node:module') as ModuleApi | undefined;

/**
 * Where Node finds a table's text file: beside this module (the package as installed, or a bundle whose build
 * copied `dist/tables/` beside it, as the mtlint command's does), else through the package's exports from here
 * (a bundle run beside its node_modules; the sources under test).
 */
function tableFile(name: TableName): string | URL | undefined {
  if (!fs) return undefined;
  const beside = new URL(`./tables/${name}.txt`, import.meta.url);
  if (beside.protocol === 'file:' && fs.existsSync(beside)) return beside;
  try {
    return nodeModule?.createRequire(import.meta.url).resolve(`@mtlint/text/tables/${name}.txt`);
  } catch {
    return undefined;
  }
}

/**
 * The text of a table: loaded already, or read from its file now (Node). Throws, saying what to do, where
 * neither is possible: in a browser, before `loadTables()` has finished.
 */
export function tableText(name: TableName): string {
  let text = loaded.get(name);
  if (text !== undefined) return text;
  const file = tableFile(name);
  if (file === undefined) {
    throw new Error(
      `mtlint's word tables are not loaded: await load() (from @mtlint/core; loadTables() from @mtlint/text) before linting where they cannot be read from disk (a browser, a Worker, a bundle without @mtlint/text/tables). Missing: ${name}`,
    );
  }
  text = fs!.readFileSync(file, 'utf8');
  loaded.set(name, text);
  return text;
}

/**
 * Loads every table, so that lookups (and `lint`) can run synchronously afterwards anywhere: in Node they are
 * read from their files when first needed even without this; elsewhere they are imported here.
 */
export async function loadTables(): Promise<void> {
  await Promise.all(
    (Object.keys(importers) as TableName[]).map(async (name) => {
      if (loaded.has(name)) return;
      const file = tableFile(name);
      loaded.set(name, file === undefined ? (await importers[name]()).default : fs!.readFileSync(file, 'utf8'));
    }),
  );
}
