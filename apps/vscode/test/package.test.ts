// The extension cannot run in VS Code on these machines; what the build packs can be checked: the .vsix holds
// the manifest, the bundled client and the bundled server, and that server, unpacked alone, answers an LSP
// initialize over stdio with its version.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; main: string; contributes: { configuration: { properties: Record<string, unknown> } } };
const vsix = join(root, `dist/mtlint-${manifest.version}.vsix`);

let files: Record<string, Uint8Array>;
let dir: string;
beforeAll(() => {
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`pnpm build\` first`);
  files = unzipSync(readFileSync(vsix));
  dir = mkdtempSync(join(tmpdir(), 'mtlint-vsix-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON-RPC message with LSP's Content-Length framing. */
function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Sends one request and resolves with the first message back. */
function request(child: ReturnType<typeof spawn>, message: object): Promise<{ result: { serverInfo: { name: string; version: string } } }> {
  child.stdin!.write(frame(message));
  return new Promise((resolve) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(buffer);
      if (header && Buffer.byteLength(buffer.slice(header.index + header[0].length)) >= Number(header[1])) resolve(JSON.parse(buffer.slice(header.index + header[0].length)));
    });
  });
}

describe('the .vsix the build packs', () => {
  it('holds the manifest, the README, the bundled client and the bundled server', () => {
    const packed = JSON.parse(new TextDecoder().decode(files['extension/package.json'])) as typeof manifest;
    expect(packed.main).toBe('./dist/extension.cjs');
    expect(Object.keys(packed.contributes.configuration.properties)).toEqual(['mtlint.server.path', 'mtlint.languages', 'mtlint.settings']);
    expect(files['extension/dist/extension.cjs']!.length).toBeGreaterThan(10_000);
    expect(new TextDecoder().decode(files['extension/readme.md'])).toContain('# mtlint for VS Code');
    expect(files['extension/dist/server/bin.js']).toBeDefined();
    // Nothing of the sources, the tests or the source maps.
    expect(Object.keys(files).filter((f) => /\.(ts|map)$/.test(f) || f.includes('/test/'))).toEqual([]);
  });

  it('its server, unpacked alone, answers initialize over stdio and exits 0 after shutdown and exit', async () => {
    for (const [name, data] of Object.entries(files)) {
      if (!name.startsWith('extension/dist/')) continue;
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
    const child = spawn(process.execPath, [join(dir, 'extension/dist/server/bin.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const init = await request(child, { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    expect(init.result.serverInfo).toEqual({ name: 'mtlint', version: manifest.version });
    child.stdout!.removeAllListeners('data');
    await request(child, { id: 2, method: 'shutdown' });
    child.stdin!.write(frame({ method: 'exit' }));
    expect(await exited).toBe(0);
  });
});
