/** Every export of the built package, main entry and subpaths, carries TSDoc, since that is what a consumer's editor shows. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const DIST = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');

/** Each entry point's declarations, with exports it must have whatever else it offers. */
const ENTRIES = [
  { name: '@mtlint/core', file: 'index.d.ts', expected: ['lint', 'score', 'applySuggestions', 'rules', 'defineRule', 'Finding', 'Score', 'Options'] },
  { name: '@mtlint/core/formats', file: 'formats.d.ts', expected: ['lintFile', 'FileLintResult', 'LintFileOptions', 'formatFor', 'FORMATS', 'FormatError'] },
];

it.each(ENTRIES)('documents every export of $name', ({ file, expected }) => {
  const entry = join(DIST, file);
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
  expect(exports.map((s) => s.name)).toEqual(expect.arrayContaining(expected));
  const undocumented = exports
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === '';
    })
    .map((s) => s.name);
  expect(undocumented).toEqual([]);
});
