// The interactive part of the app, loaded only for a terminal: Ink, React and the components. The
// build bundles this module with what it imports from node_modules into one file (scripts/bundle-ui.mjs).
import { render } from 'ink';
import { App, type AppProps } from './components/app.js';

export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Draws the app on the terminal and resolves once the person quits. */
export async function showApp(props: AppProps, terminal: Terminal): Promise<void> {
  const app = render(<App {...props} />, { ...terminal, exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
}
