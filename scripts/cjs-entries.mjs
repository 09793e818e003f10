// Writes the CommonJS face of a package's ESM build: for each `require` target in package.json's exports,
// a .cjs file that hands back the ESM module through require(esm) (Node ≥ 20.19 and ≥ 22.12, no flag) and
// a .d.cts that re-exports its types. One module instance serves import and require alike, so there is
// no dual-package hazard (an error class is the same class either way) and no second copy of the data.
// Run from a package directory after tsc: `node ../../scripts/cjs-entries.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [subpath, conditions] of Object.entries(exports)) {
  // A plain path exports a data file (@mtlint/text's tables), which has no CommonJS face.
  if (typeof conditions === 'string') continue;
  const { import: esm, require: cjs } = conditions;
  if (!esm || !cjs) throw new Error(`package.json exports["${subpath}"]: expected "import" and "require" conditions`);
  const target = `./${basename(esm.default)}`;
  writeFileSync(cjs.default, `'use strict';\n// require(esm): Node >= 20.19 or >= 22.12.\nmodule.exports = require(${JSON.stringify(target)});\n`);
  writeFileSync(cjs.types, `export * from ${JSON.stringify(target)};\n`);
}
