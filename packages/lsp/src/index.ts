/**
 * The mtlint language server: `createServer(connection, host)` serves diagnostics, quick fixes and the
 * score over any `vscode-languageserver` connection; the host (the `mtlint lsp` command) says how a
 * document is linted. See README.md.
 *
 * @packageDocumentation
 */
export { createServer, scoreMarkdown, ScoreRequest, type DocumentScore, type ServerOptions } from './server.js';
export type { DocumentLinter, FileSetup, LintHost, Project, SteppedDocumentLint } from './host.js';
export { ADD_TO_BASELINE_COMMAND, FIX_ALL_KIND } from './code-actions.js';
export { ruleDocUrl, type DiagnosticData } from './diagnostics.js';
export { negotiateEncoding, toOffset, toPosition, type PositionEncoding } from './positions.js';
