// The language server through its protocol: the BUILT `mtlint lsp` as a child process, spoken to over stdio
// as an editor does (lsp-client.ts), its answers compared with what `mtlint lint` and `mtlint fix` print.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, repoRoot } from './helpers.js';
import { applyEdits, bin, cliFindings, cliFindingsOfFiles, cliFixed, offsetOf, startClient, uriOf, type LspClient } from './lsp-client.js';

const articleText = readFileSync(article, 'utf8');
/** A Markdown document with a word-order error in a paragraph's second line and a comma before "that" in a list. */
const MARKDOWN = '# Budget\n\nThe council met on Monday.\nThe opposition, the new budget attacked.\n\n- The company says, that it is safe.\n';
const PLAIN = 'The council met on Monday.\nThe opposition, the new budget attacked.\nThe company says, that it is safe.\n';
/** The same two sentences as units of the formats with comments, where "disable for this line" writes the format's own directive. */
const PO = [
  'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '',
  '#: src/budget.c:12', 'msgid "Die Firma sagt, dass es sicher ist."', 'msgstr "The company says, that it is safe."', '',
  'msgid "Die Opposition griff den neuen Haushalt an."', 'msgstr "The opposition, the new budget attacked."', '',
].join('\n');
const XLIFF_12 = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
  '  <file source-language="de" target-language="en" datatype="plaintext" original="budget.txt">',
  '    <body>',
  '      <trans-unit id="safe">', '        <source>Die Firma sagt, dass es sicher ist.</source>', '        <target>The company says, that it is safe.</target>', '      </trans-unit>',
  '      <trans-unit id="budget">', '        <source>Die Opposition griff den neuen Haushalt an.</source>', '        <target>The opposition, the new budget attacked.</target>', '      </trans-unit>',
  '    </body>', '  </file>', '</xliff>', '',
].join('\r\n');
/** XLIFF 2 on one line, as some tools write it: the comment goes just before the unit's tag. */
const XLIFF_2 =
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f">' +
  '<unit id="safe"><segment><source>Die Firma sagt, dass es sicher ist.</source><target>The company says, that it is safe.</target></segment></unit>' +
  '<unit id="budget"><segment><source>Die Opposition griff den neuen Haushalt an.</source><target>The opposition, the new budget attacked.</target></segment></unit>' +
  '</file></xliff>\n';
const VTT = 'WEBVTT\n\nsafe\n00:00:01.000 --> 00:00:04.000\nThe company says, that it is safe.\n\n00:00:05.000 --> 00:00:08.000\nThe opposition, the new budget attacked.\n';
const SRT = '1\n00:00:01,000 --> 00:00:04,000\nThe company says, that it is safe.\n\n2\n00:00:05,000 --> 00:00:08,000\nThe opposition, the new budget attacked.\n';
const JSON_CATALOGUE = '{\n  "safe": "The company says, that it is safe.",\n  "budget": "The opposition, the new budget attacked."\n}\n';
const BROKEN_PO = 'msgid "Hello"\nmsgstr "Hallo\n';
const GOOD_PO = 'msgid "Hello"\nmsgstr "The company says, that it is safe."\n';

let dir: string;
beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the language server tests`);
  dir = mkdtempSync(join(tmpdir(), 'mtlint-lsp-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Diagnostics as offsets (UTF-16 positions turned back into offsets of `text`), to compare with the CLI's findings. */
const asFindings = (text: string, diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({ ruleId: d.code, start: offsetOf(text, d.range.start), end: offsetOf(text, d.range.end), severity: ['', 'error', 'warning', 'info'][d.severity!] }));
const cliAsFindings = (text: string, name: string, args?: string[], cwd?: string) =>
  cliFindings(text, name, args, cwd).map(({ ruleId, start, end, severity }) => ({ ruleId, start, end, severity }));

async function withClient(options: Parameters<typeof startClient>[0], body: (client: LspClient) => Promise<void>) {
  const client = await startClient(options);
  try {
    await body(client);
  } finally {
    if (client.child.exitCode === null) client.child.kill();
  }
}

// Each test starts a server and runs the command line beside it: generous time for a loaded machine.
describe('mtlint lsp', { timeout: 180_000 }, () => {
  it('initialize → didOpen of the bundled article → the CLI findings as diagnostics; code actions as mtlint fix; shutdown and exit 0', async () => {
    const client = await startClient();
    expect(client.capabilities).toMatchObject({ positionEncoding: 'utf-16', textDocumentSync: { change: 2 } });
    const uri = uriOf(article);
    client.open(article, articleText);
    const diagnostics = await client.diagnostics(uri, 1);
    expect(diagnostics.length).toBeGreaterThan(5);
    expect(asFindings(articleText, diagnostics)).toEqual(cliAsFindings(articleText, article));
    for (const d of diagnostics) {
      expect(d.source).toBe('mtlint');
      expect(d.codeDescription?.href).toContain(`/${String(d.code)}/rule.md`);
    }

    // The quick fix of a fixable finding gives the text `mtlint fix` writes when that finding is the only fixable one.
    const target = diagnostics.find((d) => d.code === 'hyphenated-name-compound')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ['quickfix'] },
    });
    const preferred = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === target.code)!;
    const otherFixable = ['page-boilerplate', 'comma-before-that', 'capitalized-common-noun', 'inconsistent-spelling', 'unclosed-parenthetical'];
    const alone = cliFixed(articleText, article, otherFixable.flatMap((id) => ['--rule', `${id}:off`]));
    expect(alone).not.toBe(articleText);
    expect(applyEdits(articleText, preferred.edit!.changes![uri]!)).toBe(alone);

    // source.fixAll.mtlint gives what `mtlint fix` writes.
    const fixAll = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.mtlint']);
    expect(applyEdits(articleText, fixAll[0]!.edit!.changes![uri]!)).toBe(cliFixed(articleText, article));

    // mtlint/score and the hover on the first line give the CLI's score.
    const score = await client.connection.sendRequest<{ score: number; errors: number }>('mtlint/score', { textDocument: { uri } });
    const cliScore = JSON.parse(
      (await import('node:child_process')).spawnSync(process.execPath, [bin, 'score', '--format', 'json', article], { encoding: 'utf8', cwd: repoRoot }).stdout,
    ) as { score: number }[];
    expect(score.score).toBe(cliScore[0]!.score);
    expect(score.errors).toBe(diagnostics.filter((d) => d.severity === 1).length);
    const hover = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(hover.contents.value).toContain(`mtlint score: ${score.score}`);

    expect(await client.close()).toBe(0);
  });

  it('didChange (incremental) → diagnostics of the new version, as the CLI finds them in the new text; the newest version wins', async () => {
    await withClient({}, async (client) => {
      const path = join(dir, 'draft.txt');
      const uri = uriOf(path);
      client.open(path, articleText);
      await client.diagnostics(uri, 1);
      // Three edits in a row: delete the first two lines, then insert a sentence at the top, then replace a word of it.
      const change = (version: number, range: object, text: string) =>
        client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      const firstTwoLines = articleText.slice(0, offsetOf(articleText, { line: 2, character: 0 }));
      await change(2, { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, '');
      await change(3, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'The opposition, the new budget attacked.\n');
      await change(4, { start: { line: 0, character: 4 }, end: { line: 0, character: 14 } }, 'union');
      const expected = 'The union, the new budget attacked.\n' + articleText.slice(firstTwoLines.length);
      const diagnostics = await client.diagnostics(uri, 4);
      expect(asFindings(expected, diagnostics)).toEqual(cliAsFindings(expected, path));
      expect(diagnostics.some((d) => d.code === 'verb-final-clause' && d.range.start.line === 0)).toBe(true);
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    });
  });

  it('UTF-8 positions when the client prefers them: ranges count bytes, and edits in bytes are applied right', async () => {
    await withClient({ capabilities: { general: { positionEncodings: ['utf-8', 'utf-16'] } } }, async (client) => {
      expect(client.capabilities.positionEncoding).toBe('utf-8');
      const path = join(dir, 'accents.txt');
      const uri = uriOf(path);
      const prefix = 'Café 😀 — ';
      const text = `${prefix}The company says, that it is safe.\n`;
      client.open(path, text);
      const [finding] = cliFindings(text, path);
      const [diagnostic] = await client.diagnostics(uri, 1);
      expect(diagnostic!.code).toBe(finding!.ruleId);
      expect(diagnostic!.range.start).toEqual({ line: 0, character: Buffer.byteLength(text.slice(0, finding!.start)) });
      expect(diagnostic!.range.end).toEqual({ line: 0, character: Buffer.byteLength(text.slice(0, finding!.end)) });
      // Insert "new " before "company": a UTF-8 position, after the prefix's bytes.
      const at = { line: 0, character: Buffer.byteLength(`${prefix}The `) };
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'new ' }] });
      const changed = `${prefix}The new company says, that it is safe.\n`;
      const [after] = await client.diagnostics(uri, 2);
      const [expected] = cliFindings(changed, path);
      expect(after!.code).toBe(expected!.ruleId);
      expect(after!.range.start.character).toBe(Buffer.byteLength(changed.slice(0, expected!.start)));
    });
  });

  it('a broken PO file: one diagnostic at the line its reader names, and the server goes on serving', async () => {
    await withClient({}, async (client) => {
      const path = join(dir, 'messages.po');
      const uri = uriOf(path);
      client.open(path, BROKEN_PO, 'po');
      const diagnostics = await client.diagnostics(uri, 1);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ severity: 1, source: 'mtlint', range: { start: { line: 1, character: 0 } } });
      expect(diagnostics[0]!.message).toMatch(/^not valid po: line 2: /);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: GOOD_PO }] });
      expect(asFindings(GOOD_PO, await client.diagnostics(uri, 2))).toEqual(cliAsFindings(GOOD_PO, path));
      expect(await client.close()).toBe(0);
    });
  });

  it('"disable for this line" in each format with comments inserts a directive the CLI honours: that finding goes, the others stay', async () => {
    const documents = [
      ['notes.md', MARKDOWN, 'markdown'],
      ['notes.txt', PLAIN, 'plaintext'],
      ['budget.po', PO, 'po'],
      ['budget.xlf', XLIFF_12, 'xml'], // CRLF line breaks
      ['budget-2.xliff', XLIFF_2, 'xml'], // on one line
      ['budget.vtt', VTT, 'vtt'],
    ] as const;
    const disabledDir = join(dir, 'disabled');
    mkdirSync(disabledDir, { recursive: true });
    /** Each document with one finding disabled: its file, the rule, and how many findings the document had. */
    const variants: { path: string; ruleId: string; findings: number }[] = [];
    for (const [name, text] of documents) writeFileSync(join(dir, name), text);
    const expected = cliFindingsOfFiles(documents.map(([name]) => join(dir, name)));
    await withClient({}, async (client) => {
      for (const [name, text, languageId] of documents) {
        const path = join(dir, name);
        const uri = uriOf(path);
        client.open(path, text, languageId);
        const diagnostics = await client.diagnostics(uri, 1);
        expect(asFindings(text, diagnostics)).toEqual(expected.get(path)!.map(({ ruleId, start, end, severity }) => ({ ruleId, start, end, severity })));
        expect(diagnostics.length).toBeGreaterThanOrEqual(2);
        for (const d of diagnostics) {
          const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
          });
          const disable = actions.find((a) => a.title.startsWith(`Disable ${String(d.code)} for this `))!;
          // Named as the document (its format goes by the ending), one folder per variant.
          const variant = join(disabledDir, String(variants.length), name);
          mkdirSync(join(disabledDir, String(variants.length)));
          writeFileSync(variant, applyEdits(text, disable.edit!.changes![uri]!));
          variants.push({ path: variant, ruleId: String(d.code), findings: diagnostics.length });
        }
      }
    });
    // One run of the command line over every variant.
    const left = cliFindingsOfFiles(variants.map((v) => v.path));
    for (const v of variants) {
      expect(left.get(v.path)!.filter((f) => f.ruleId === v.ruleId), v.path).toEqual([]);
      // The rest of the document is linted as before: only that finding went (others moved by the insertion).
      expect(left.get(v.path), v.path).toHaveLength(v.findings - 1);
    }
  });

  it('SubRip and JSON catalogues have no comments: their findings get quick fixes but no "disable" action', async () => {
    await withClient({}, async (client) => {
      for (const [name, text, languageId] of [['budget.srt', SRT, 'srt'], ['budget.json', JSON_CATALOGUE, 'json']] as const) {
        const path = join(dir, name);
        const uri = uriOf(path);
        client.open(path, text, languageId);
        const diagnostics = await client.diagnostics(uri, 1);
        expect(asFindings(text, diagnostics)).toEqual(cliAsFindings(text, path));
        const fixable = diagnostics.find((d) => d.code === 'comma-before-that')!;
        const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri }, range: fixable.range, context: { diagnostics: [fixable], only: ['quickfix'] },
        });
        expect(actions.some((a) => a.isPreferred)).toBe(true);
        expect(actions.filter((a) => a.title.startsWith('Disable '))).toEqual([]);
      }
    });
  });

  it('directive problems (an unknown rule id, an unused disable with reportUnusedDisableDirectives) are `directive` diagnostics, as `mtlint lint` reports them', async () => {
    const workspace = join(dir, 'directives');
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'mtlint.config.json'), JSON.stringify({ reportUnusedDisableDirectives: 'warning' }));
    const documents: [string, string, string][] = [
      [
        'notes.md', 'markdown',
        '# Budget\n\n<!-- mtlint-disable-next-line word-ecco -->\nThe opposition, the new budget attacked.\n\n<!-- mtlint-disable-next-line verb-final-clause -->\nThe council met on Monday.\n',
      ],
      ['budget.po', 'po', PO.replace('#: src/budget.c:12', '# mtlint-disable-next-line word-ecco, verb-final-clause\n#: src/budget.c:12')],
    ];
    await withClient({ cwd: workspace, root: workspace }, async (client) => {
      for (const [name, languageId, text] of documents) {
        const path = join(workspace, name);
        const uri = uriOf(path);
        client.open(path, text, languageId);
        const diagnostics = await client.diagnostics(uri, 1);
        const expected = cliAsFindings(text, path, [], workspace);
        expect(asFindings(text, diagnostics)).toEqual(expected);
        const problems = diagnostics.filter((d) => d.code === 'directive');
        // One unknown id (an error) and one disable that silenced nothing (a warning, as configured).
        expect(problems.map((d) => d.severity).sort()).toEqual([1, 2]);
        expect(problems.find((d) => d.severity === 1)!.message).toContain("unknown rule 'word-ecco'");
        expect(problems.find((d) => d.severity === 2)!.message).toMatch(/^unused mtlint-disable-next-line comment/);
        for (const problem of problems) {
          expect(problem.codeDescription?.href).toMatch(/apps\/cli\/README\.md#inline-comments$/);
          const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: problem.range, context: { diagnostics: [problem], only: ['quickfix'] },
          });
          // Nothing to disable or record: the directive itself is to be corrected.
          expect(actions.filter((a) => a.diagnostics?.[0]?.code === 'directive')).toEqual([]);
        }
      }
    });
  });

  it('a 1 MB document: $/progress from the start, then linted in steps while a second document is answered', async () => {
    await withClient({ capabilities: { window: { workDoneProgress: true } } }, async (client) => {
      const big = join(dir, 'big.txt');
      let text = '';
      while (text.length < 1_000_000) text += articleText + '\n';
      const small = join(dir, 'small.txt');
      const bigPublishes = () => client.published.filter((p) => p.uri === uriOf(big)).length;
      client.open(big, text);
      // The progress begins before the file is read, its text parsed and the document-wide rules run (seconds for
      // 1 MB): it is there before any diagnostics of the document …
      await until(() => client.progress.length > 0);
      expect([client.progress[0]!.value.kind, bigPublishes()]).toEqual(['begin', 0]);
      // … and a request sent then is answered before the first diagnostics too, not after the document-wide rules.
      expect(await client.connection.sendRequest('mtlint/score', { textDocument: { uri: uriOf(small) } })).toBeNull();
      expect(bigPublishes()).toBe(0);
      // The first findings of the big document are pushed before it is linted to the end …
      await client.diagnostics(uriOf(big), 1);
      // … and while it goes on, a second document is opened, linted and answered.
      client.open(small, 'The company says, that it is safe.\n');
      const smallScore = await client.connection.sendRequest<{ warnings: number }>('mtlint/score', { textDocument: { uri: uriOf(small) } });
      expect(smallScore.warnings).toBe(1);
      expect(client.progress.map((p) => p.value.kind)).not.toContain('end');
      const bigScore = await client.connection.sendRequest<{ errors: number }>('mtlint/score', { textDocument: { uri: uriOf(big) } });
      const bigPublished = client.published.filter((p) => p.uri === uriOf(big));
      expect(bigPublished.length).toBeGreaterThanOrEqual(2);
      const counts = bigPublished.map((p) => p.diagnostics.length);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(counts[0]).toBeLessThan(counts.at(-1)!);
      expect(bigPublished.at(-1)!.diagnostics.filter((d) => d.severity === 1)).toHaveLength(bigScore.errors);
      const kinds = client.progress.map((p) => p.value.kind);
      expect(kinds[0]).toBe('begin');
      expect(kinds.at(-1)).toBe('end');
      expect(kinds.filter((k) => k === 'report').length).toBeGreaterThan(2);
    });
  });

  it('config: the nearest config file, re-read when it changes; client settings over it; bad settings reported; .mtlintignore', async () => {
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'mtlint.config.json'), JSON.stringify({ rules: { 'comma-before-that': 'error' } }));
    writeFileSync(join(workspace, '.mtlintignore'), 'ignored.txt\n');
    await withClient({ cwd: workspace, root: workspace }, async (client) => {
      const path = join(workspace, 'a.txt');
      const uri = uriOf(path);
      const text = 'The company says, that it is safe.\n';
      client.open(path, text);
      expect((await client.diagnostics(uri, 1)).map((d) => d.severity)).toEqual([1]);

      const ignored = join(workspace, 'ignored.txt');
      client.open(ignored, text);
      expect(await client.diagnostics(uriOf(ignored), 1)).toEqual([]);

      const publishes = () => client.published.filter((p) => p.uri === uri).length;
      let before = publishes();
      writeFileSync(join(workspace, 'mtlint.config.json'), JSON.stringify({ rules: { 'comma-before-that': 'info' } }));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(workspace, 'mtlint.config.json')), type: 2 }] });
      await client.connection.sendRequest('mtlint/score', { textDocument: { uri } });
      await until(() => publishes() > before);
      expect(client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.map((d) => d.severity)).toEqual([3]);

      before = publishes();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mtlint: { rules: { 'comma-before-that': 'off' } } } });
      await until(() => publishes() > before);
      expect(client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics).toEqual([]);

      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mtlint: { rules: { 'no-such-rule': 'off' } } } });
      await until(() => client.messages.length > 0);
      expect(client.messages[0]).toMatch(/^mtlint: settings "mtlint".*no-such-rule.*; the settings before stay in force$/);
      expect(await client.close()).toBe(0);
    });
  });

  it('--baseline: known findings are not reported; "add to baseline" records one as `lint --write-baseline` would, and it goes', async () => {
    const workspace = join(dir, 'baselined');
    mkdirSync(workspace, { recursive: true });
    const text = 'The company says, that it is safe.\nHe wanted, that we stay.\n';
    const path = join(workspace, 'a.txt');
    await withClient({ cwd: workspace, root: workspace, args: ['--baseline', 'baseline.json'] }, async (client) => {
      const uri = uriOf(path);
      client.open(path, text);
      const diagnostics = await client.diagnostics(uri, 1);
      expect(diagnostics.length).toBeGreaterThanOrEqual(2);
      const first = diagnostics[0]!;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: first.range, context: { diagnostics: [first], only: ['quickfix'] },
      });
      const add = actions.find((a) => a.title === `Add this ${String(first.code)} finding to the baseline`)!;
      const before = client.published.length;
      await client.connection.sendRequest('workspace/executeCommand', add.command);
      await until(() => client.published.length > before);
      expect(client.published.at(-1)!.diagnostics).toEqual(diagnostics.slice(1));
      // The command line reads the same baseline: the finding is known there too.
      expect(cliAsFindings(text, path, ['--baseline', 'baseline.json'], workspace)).toEqual(asFindings(text, diagnostics.slice(1)));
      const baseline = JSON.parse(readFileSync(join(workspace, 'baseline.json'), 'utf8')) as { entries: { file: string; ruleId: string }[] };
      expect(baseline.entries).toEqual([expect.objectContaining({ file: 'a.txt', ruleId: first.code })]);
    });
  });

  it('pull diagnostics for a client that asks for them (and no pushes); exit without shutdown ends the server with exit code 1', async () => {
    const client = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    const path = join(dir, 'pulled.md');
    client.open(path, MARKDOWN, 'markdown');
    const report = await client.connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(path) } });
    expect(report.kind).toBe('full');
    expect(asFindings(MARKDOWN, report.items)).toEqual(cliAsFindings(MARKDOWN, path));
    expect(client.published).toEqual([]);
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(1);
    client.connection.dispose();
  });
});

/** Waits (by polling the client's records) until `condition` holds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
