// The VS Code client: starts `mtlint lsp` (the server bundled in the extension, or the `mtlint` command the
// user names) for the documents of the configured languages, and passes the user's mtlint settings on.
// Everything else — diagnostics, quick fixes, fix all, the score hover — is the server's.
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server: `mtlint.server.path` as a command, else the bundled one run by VS Code's own Node. */
function serverOptions(context: ExtensionContext): ServerOptions {
  const command = workspace.getConfiguration('mtlint').get<string>('server.path');
  // With TransportKind.stdio the client adds --stdio to the arguments; `mtlint lsp` accepts it.
  if (command) return { command, args: ['lsp'], transport: TransportKind.stdio };
  return { module: context.asAbsolutePath('dist/server/bin.js'), args: ['lsp'], transport: TransportKind.stdio };
}

function clientOptions(): LanguageClientOptions {
  const config = workspace.getConfiguration('mtlint');
  const languages = config.get<string[]>('languages') ?? [];
  return {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    initializationOptions: config.get('settings'),
    // The server re-reads configs when they change; VS Code watches them for it.
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{mtlint.config.json,.mtlintrc.json,package.json,.mtlintignore}') },
  };
}

async function start(context: ExtensionContext): Promise<void> {
  client = new LanguageClient('mtlint', 'mtlint', serverOptions(context), clientOptions());
  await client.start();
}

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      if (!client) return;
      if (event.affectsConfiguration('mtlint.server') || event.affectsConfiguration('mtlint.languages')) {
        // Another server or other documents: start afresh.
        await client.stop();
        await start(context);
      } else if (event.affectsConfiguration('mtlint.settings')) {
        await client.sendNotification('workspace/didChangeConfiguration', { settings: { mtlint: workspace.getConfiguration('mtlint').get('settings') } });
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
