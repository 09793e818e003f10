// The interactive part of the app, loaded only for a terminal: Ink, React and the components. The CLI's
// bundle (apps/cli/scripts/bundle.mjs) keeps it in a chunk of its own, loaded by run.ts's dynamic import.
import { render } from 'ink';
import { App, type AppProps } from './components/app.js';

export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Draws the app on the terminal and resolves once the person quits. */
export async function showApp(props: AppProps, terminal: Terminal): Promise<void> {
  // Ink draws at most maxFps frames a second: a key pressed within a frame's time of the last one (the
  // lint's findings are drawn a few times a second) waits for the next. 60 halves the wait of Ink's 30.
  const app = render(<App {...props} />, { ...terminal, exitOnCtrlC: false, patchConsole: false, maxFps: 60 });
  await app.waitUntilExit();
}
