// A language client for the tests: starts the BUILT `mtlint lsp` (apps/cli/dist/bin.js) as a child process and
// speaks to it over its standard input and output with vscode-jsonrpc's framing, as an editor does.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type MessageConnection, type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver/node';
import { repoRoot } from './helpers.js';

export const bin = `${repoRoot}/apps/cli/dist/bin.js`;
export const uriOf = (path: string) => pathToFileURL(path).href;

export interface LspClient {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  /** Every publishDiagnostics, in order of arrival. */
  published: PublishDiagnosticsParams[];
  /** Every $/progress value, in order of arrival. */
  progress: { token: string | number; value: { kind: string; percentage?: number } }[];
  /** window/showMessage messages. */
  messages: string[];
  /** The initialize result. */
  capabilities: Record<string, unknown>;
  /** Resolves with the first publish for `uri` (at `version`, when given) that arrives after the call or has arrived. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  open(path: string, text: string, languageId?: string, version?: number): void;
  /** Shutdown, exit; resolves with the exit code. */
  close(): Promise<number | null>;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

/** Starts `mtlint lsp ARGS` in `cwd` and initializes it with `capabilities` and `initializationOptions`. */
export async function startClient(
  {
    cwd = repoRoot, root = cwd, capabilities = {}, initializationOptions, args = [],
  }: { cwd?: string; root?: string; capabilities?: object; initializationOptions?: unknown; args?: string[] } = {},
): Promise<LspClient> {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const progress: LspClient['progress'] = [];
  const messages: string[] = [];
  const listeners: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const l of listeners.splice(0)) l();
  });
  connection.onNotification('$/progress', (p: LspClient['progress'][number]) => {
    progress.push(p);
  });
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    messages.push(p.message);
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const init = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: uriOf(root),
    capabilities,
    ...(initializationOptions !== undefined ? { initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});

  const diagnostics = (uri: string, version?: number) =>
    new Promise<Diagnostic[]>((resolve) => {
      const check = () => {
        const found = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
        if (found) resolve(found.diagnostics);
        else listeners.push(check);
      };
      check();
    });
  return {
    connection, child, published, progress, messages, capabilities: init.capabilities, exited, diagnostics,
    open(path, text, languageId = 'plaintext', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(path), languageId, version, text } });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** The CLI's JSON findings for a text given on standard input as file `name` (config lookup from `cwd`). */
export function cliFindings(text: string, name: string, args: string[] = [], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--stdin', '--stdin-filename', name, ...args], { cwd, input: text, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { findings: { ruleId: string; start: number; end: number; severity: string }[] }[])[0]!.findings;
}

/** The CLI's JSON findings of files, by the path given, in one run (config lookup from each file's folder). */
export function cliFindingsOfFiles(paths: readonly string[], cwd = repoRoot): Map<string, { ruleId: string; start: number; end: number; severity: string }[]> {
  const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', ...paths], { cwd, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  const results = JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string; start: number; end: number; severity: string }[] }[];
  return new Map(results.map((file) => [resolve(cwd, file.filePath), file.findings]));
}

/** What `mtlint fix --stdin` prints for a text: the text it would write. */
export function cliFixed(text: string, name: string, args: string[] = [], cwd = repoRoot): string {
  const r = spawnSync(process.execPath, [bin, 'fix', '--stdin', '--stdin-filename', name, ...args], { cwd, input: text, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return r.stdout;
}

/** UTF-16 offsets of line starts, to turn LSP positions (UTF-16) back into offsets. */
export function offsetOf(text: string, { line, character }: { line: number; character: number }): number {
  let at = 0;
  for (let l = 0; l < line; l++) {
    const lf = text.indexOf('\n', at);
    at = lf < 0 ? text.length : lf + 1;
  }
  return at + character;
}

/** Applies LSP text edits (UTF-16 positions, not overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}
