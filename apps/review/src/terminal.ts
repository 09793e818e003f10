// The terminal edge of the app: the alternate screen, handing the terminal to the shell (ctrl-z) or
// to an external editor (ctrl-e) and taking it back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The terminal's alternate screen: the app takes the whole window and leaves the scrollback as it was.
export const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
export const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const CLEAR_AND_HOME = '\u001B[2J\u001B[H';
const SHOW_CURSOR = '\u001B[?25h';

export interface TerminalStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** Gives the terminal back as the shell had it: normal screen, cursor shown, line mode. */
function release({ stdin, stdout }: TerminalStreams): void {
  stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
  if (stdin.isTTY) stdin.setRawMode(false);
}

/**
 * Takes the terminal again: alternate screen, cleared, cursor at the top, raw keys. The caller then
 * makes the app draw a frame that differs from the last (Ink draws nothing when its output is the same),
 * and Ink writes it whole from the top.
 */
function retake({ stdin, stdout }: TerminalStreams): void {
  if (stdin.isTTY) stdin.setRawMode(true);
  stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_AND_HOME);
}

/**
 * ctrl-z: in raw mode the key is a byte, not a signal, so the app stops itself as the terminal
 * would have stopped it, after giving the terminal back; resolves once the shell's `fg` continues it,
 * with the terminal taken again.
 */
export function suspendToShell(terminal: TerminalStreams): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGCONT', () => {
      retake(terminal);
      resolve();
    });
    release(terminal);
    process.kill(process.pid, 'SIGTSTP');
  });
}

/** `$VISUAL`, else `$EDITOR`, else `vi`: what a shell user has chosen, or the editor every system has. */
export function externalEditor(env: NodeJS.ProcessEnv = process.env): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

/**
 * Opens `text` in the external editor, in a temporary file (removed afterwards, whatever happens),
 * with the terminal handed over; resolves to the text the editor saved, without the final line break
 * an editor adds, or to why there is none. The editor is run through the shell, so that `$EDITOR`
 * may carry options (`code --wait`, `nvim -u NONE`).
 */
export function editExternally(text: string, terminal: TerminalStreams, env: NodeJS.ProcessEnv = process.env): { text: string } | { problem: string } {
  const editor = externalEditor(env);
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-review-'));
  const file = join(dir, 'sentence.txt');
  release(terminal);
  try {
    writeFileSync(file, `${text}\n`);
    const run = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', file], { stdio: 'inherit', env });
    if (run.error) return { problem: `could not start ${editor}: ${run.error.message}` };
    if (run.status !== 0) return { problem: `${editor} exited with ${run.status ?? run.signal}; the sentence is unchanged` };
    return { text: readFileSync(file, 'utf8').replace(/\r?\n$/, '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    retake(terminal);
  }
}
