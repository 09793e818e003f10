/** Every export of the built package carries TSDoc, since that is what a consumer's editor shows. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ENTRY = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist/index.d.ts');

it('documents every export of @mtlint/core', () => {
  const program = ts.createProgram([ENTRY], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(ENTRY)!)!;
  const exports = checker.getExportsOfModule(entry);
  expect(exports.map((s) => s.name)).toEqual(expect.arrayContaining(['lint', 'score', 'applySuggestions', 'rules', 'defineRule', 'Finding', 'Score', 'Options']));
  const undocumented = exports
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === '';
    })
    .map((s) => s.name);
  expect(undocumented).toEqual([]);
});
