// The server with a host of its own over in-memory streams: what it does when linting fails, apart from how
// mtlint lints (the built command's protocol tests are in apps/cli/test/lsp.test.ts).
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintInSteps, score, type Finding, type Score } from '@mtlint/core';
import { lintFileInSteps } from '@mtlint/core/formats';
import {
  createConnection, createMessageConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { LintHost } from './host.js';
import { createServer } from './server.js';

const finding = (start: number, end: number): Finding => ({
  ruleId: 'word-echo', category: 'style/awkward', severity: 'warning', mqmSeverity: 'minor', confidence: 0.9, start, end, message: 'Echo.', suggestions: [],
});

/** How many steps each text's lint has run: a text with "LONG" takes 1,000 steps. */
const stepsRun = new Map<string, number>();

/** Lints "echo" as a finding; a text with "CRASH" makes a rule throw in its second step, as a rule with a bug would. */
const host: LintHost = {
  watchedFiles: [],
  project: () => ({
    open: () => ({
      linter: {
        format: 'text',
        lint(text) {
          const steps = (function* () {
            for (let i = 0; text.includes('LONG') && i < 1000; i++) {
              stepsRun.set(text, i + 1);
              yield { findings: [], linted: 0 };
            }
            yield { findings: text.includes('echo') ? [finding(text.indexOf('echo'), text.indexOf('echo') + 4)] : [], linted: text.length / 2 };
            if (text.includes('CRASH')) throw new TypeError("Cannot read properties of undefined (reading 'tag')");
            yield { findings: [], linted: text.length };
          })();
          const score = (findings: readonly Finding[]) => ({ score: 100 - findings.length, penalty: findings.length, words: 1, byCategory: {}, byRule: {} }) as unknown as Score;
          return { steps, score };
        },
        fix: (text) => text,
      },
    }),
  }),
};

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((d) => d()));

async function start(serverHost: LintHost = host) {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  createServer(server, serverHost, { debounceMs: 0 });
  server.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const logged: string[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  client.onNotification('window/logMessage', (p: { message: string }) => {
    logged.push(p.message);
  });
  client.listen();
  disposers.push(() => {
    client.dispose();
    server.dispose();
  });
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
  const diagnostics = async (version: number): Promise<Diagnostic[]> => {
    await client.sendRequest('mtlint/score', { textDocument: { uri: 'file:///doc.txt' } });
    return published.filter((p) => p.version === version).at(-1)!.diagnostics;
  };
  return { client, published, logged, diagnostics, toClient };
}

describe('createServer', () => {
  it('a rule that throws: one diagnostic saying so, the stack in the log, and the next version is linted as usual', async () => {
    const { client, logged, diagnostics } = await start();
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///doc.txt', languageId: 'plaintext', version: 1, text: 'echo CRASH\n' } });
    const crashed = await diagnostics(1);
    expect(crashed).toHaveLength(1);
    expect(crashed[0]!.message).toBe("mtlint: internal error while linting: Cannot read properties of undefined (reading 'tag')");
    expect(logged.some((l) => l.includes('TypeError') && l.includes('server.test.ts'))).toBe(true);
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///doc.txt', version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 10 } }, text: 'fine' }],
    });
    expect((await diagnostics(2)).map((d) => [d.code, d.range])).toEqual([['word-echo', { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }]]);
  });

  it('a newer version stops the lint of an older one at its next step; only the newer one is published', async () => {
    const { client, published, diagnostics } = await start();
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///doc.txt', languageId: 'plaintext', version: 1, text: 'LONG echo\n' } });
    // Changed once the first lint is under way.
    while (!stepsRun.has('LONG echo\n')) await new Promise((resolve) => setImmediate(resolve));
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///doc.txt', version: 2 }, contentChanges: [{ text: 'short echo\n' }] });
    expect(await diagnostics(2)).toHaveLength(1);
    expect(stepsRun.get('LONG echo\n')).toBeLessThan(1000);
    expect(published.map((p) => p.version)).toEqual([2]);
  });

  it('a 1 MB document: a request sent while its document-wide rules run is answered before the next of them runs', async () => {
    // mtlint's own lint, watched: each step of the document phase (one document-wide rule) is logged as it ends.
    const log: string[] = [];
    let afterFirstRule: (() => void) | undefined;
    const watching: LintHost = {
      watchedFiles: [],
      project: () => ({
        open: () => ({
          linter: {
            format: 'text',
            lint(text) {
              const { steps } = lintInSteps(text);
              const documentPhase = (function* () {
                for (const step of steps) {
                  // The sentence steps are not what this test is about: the lint ends with the document phase.
                  if (step.linted > 0) return;
                  // The first step parses the text (see the test below).
                  log.push(log.length === 0 ? 'parse' : 'document rule');
                  if (log.at(-1) === 'document rule' && !log.includes('answer written')) afterFirstRule?.();
                  yield step;
                }
              })();
              return { steps: documentPhase, score: (findings: readonly Finding[]) => score(text, findings) };
            },
            fix: (text) => text,
          },
        }),
      }),
    };
    const { client, diagnostics, toClient } = await start(watching);
    // What the server writes, as it writes it: the answer is out once it is written, whenever the client reads it.
    toClient.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('"result":null')) log.push('answer written');
    });
    afterFirstRule = () => void client.sendRequest('mtlint/score', { textDocument: { uri: 'file:///other.txt' } });
    const article = readFileSync(fileURLToPath(new URL('../../../fixtures/clean-factbook/article.txt', import.meta.url)), 'utf8');
    let text = '';
    while (text.length < 1_000_000) text += `${article}\n\n`;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///doc.txt', languageId: 'plaintext', version: 1, text } });
    await diagnostics(1);
    // The first step parses the text; then three document-wide rules: the answer is written after the parse and
    // the first rule, and before the second.
    expect(log.slice(0, 4)).toEqual(['parse', 'document rule', 'answer written', 'document rule']);
  }, 120_000);

  it('a 1 MB Markdown document: a request sent once the file is read is answered before its text is parsed, a step of its own', async () => {
    const log: string[] = [];
    let afterRead: (() => void) | undefined;
    const watching: LintHost = {
      watchedFiles: [],
      project: () => ({
        open: () => ({
          linter: {
            format: 'markdown',
            lint(text) {
              const { steps } = lintFileInSteps('doc.md', text);
              log.push('file read');
              afterRead?.();
              const firstSteps = (function* () {
                for (const step of steps) {
                  // Up to the first sentences: the parse and the document-wide rules are what this test is about.
                  if (step.findings.length > 0 || step.linted > 0) return;
                  log.push('step');
                  yield step;
                }
              })();
              return { steps: firstSteps, score: (findings: readonly Finding[]) => score(text, findings) };
            },
            fix: (text) => text,
          },
        }),
      }),
    };
    const { client, diagnostics, toClient } = await start(watching);
    toClient.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('"result":null')) log.push('answer written');
    });
    afterRead = () => void client.sendRequest('mtlint/score', { textDocument: { uri: 'file:///other.md' } });
    const article = readFileSync(fileURLToPath(new URL('../../../fixtures/kaspersky/article.txt', import.meta.url)), 'utf8');
    let text = '';
    while (text.length < 1_000_000) text += `${article}\n\n`;
    // The host lints it as `doc.md` whatever its name.
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///doc.txt', languageId: 'markdown', version: 1, text } });
    await diagnostics(1);
    expect(log.slice(0, 3)).toEqual(['file read', 'answer written', 'step']);
    // One step more than the document-wide rules (`lintInSteps` of the same text, its sentences read first, which
    // parses it at once, has no parse step): the parse.
    const parsedFirst = lintInSteps(text.trimEnd());
    void parsedFirst.sentences;
    const documentRules = [...parsedFirst.steps].filter((step) => step.linted === 0).length;
    expect(log.filter((entry) => entry === 'step')).toHaveLength(documentRules + 1);
  }, 120_000);
});
