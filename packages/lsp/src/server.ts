import type { Finding, Score } from '@mtlint/core';
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, MessageType, RequestType, ShowMessageNotification, TextDocumentSyncKind,
  WorkDoneProgress, WorkDoneProgressCreateRequest,
  type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type Hover, type TextDocumentIdentifier,
  type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ADD_TO_BASELINE_COMMAND, addToBaselineAction, disableLineAction, FIX_ALL_KIND, fixAllAction, quickFixes } from './code-actions.js';
import { DIRECTIVE_PROBLEM_ID, problemDiagnostic, SOURCE, toDiagnostic } from './diagnostics.js';
import type { DocumentLinter, FileSetup, LintHost, Project, SteppedDocumentLint } from './host.js';
import { negotiateEncoding, toOffsets, type PositionEncoding } from './positions.js';

/** The document's MQM score and its breakdown: what the `mtlint/score` request answers. */
export interface DocumentScore {
  /** The document version the score is of. */
  version: number;
  score: number;
  penalty: number;
  words: number;
  byCategory: Score['byCategory'];
  byRule: Score['byRule'];
  /** Findings by level. */
  errors: number;
  warnings: number;
  infos: number;
}

/** `mtlint/score`: the score of an open document, once the version the server has is linted (null for a document not open or not linted). */
export const ScoreRequest = new RequestType<{ textDocument: TextDocumentIdentifier }, DocumentScore | null, void>('mtlint/score');

export interface ServerOptions {
  /** Reported as `serverInfo.version`. */
  version?: string;
  /** How long typing must pause before a changed document is linted again, in ms (default 200). */
  debounceMs?: number;
}

/**
 * Documents at least this long are linted with `$/progress` and their diagnostics pushed after each
 * step, so the first findings of a long file show while the rest is linted.
 */
const LONG_DOCUMENT = 100_000;
/**
 * How often the findings so far of a long document are pushed: each push sends them all, so pushing
 * after every step would send a 1 MB document's thousands of findings hundreds of times.
 */
const PARTIAL_PUSH_INTERVAL_MS = 1_000;

/** Format names by the language ids editors give (VS Code's, Neovim's and Helix's file types). */
const FORMAT_BY_LANGUAGE: Readonly<Record<string, string>> = {
  markdown: 'markdown', po: 'po', pot: 'po', gettext: 'po', xliff: 'xliff', xlf: 'xliff', srt: 'srt', subrip: 'srt',
  vtt: 'vtt', webvtt: 'vtt', json: 'json', plaintext: 'text', text: 'text',
};
/** A file ending of each format, to name an unsaved document by its language. */
const ENDING_BY_FORMAT: Readonly<Record<string, string>> = { markdown: '.md', po: '.po', xliff: '.xlf', srt: '.srt', vtt: '.vtt', json: '.json', text: '.txt' };

interface OpenDocument {
  doc: TextDocument;
  languageId: string;
  /** How the document is linted; undefined until first needed, and again after the project changes. */
  setup: FileSetup | undefined;
  /** Incremented by each change and each lint started: a running lint whose number is outdated stops at its next step. */
  generation: number;
  /** The version the findings below are of; -1 before the first lint. */
  lintedVersion: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** The score of the findings of the version linted; undefined when it could not be linted. */
  score: SteppedDocumentLint['score'] | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Requests (pull diagnostics, code actions, score) waiting for the current version to be linted. */
  waiters: (() => void)[];
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/**
 * Turns the event loop often enough that a request which came in during the work just done is answered before
 * the next: vscode-jsonrpc dispatches what it reads in a later turn (setImmediate), and writes each message from
 * a queue that takes a turn of its own, as does the client's writer when client and server share a process.
 * Four turns, whichever phase this one is in, get the answer written before further work (server.test.ts).
 */
const ANSWER_TURNS = 4;
async function letRequestsThrough(): Promise<void> {
  for (let turn = 0; turn < ANSWER_TURNS; turn++) await yieldToEventLoop();
}
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');

/**
 * Serves mtlint over an LSP connection: keeps the open documents (incremental sync, in the negotiated
 * position encoding), lints each as `host` says (debounced while typing, in steps, a newer version
 * cancelling an older lint), pushes or answers pulled diagnostics, offers quick fixes, "fix all",
 * "disable for this line", the score (`mtlint/score` and a hover on the first line), and rebuilds its
 * project when a config file or the client's settings change. Call `connection.listen()` after.
 */
export function createServer(connection: Connection, host: LintHost, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 200;
  const documents = new Map<string, OpenDocument>();
  let encoding: PositionEncoding = 'utf-16';
  let root: string | undefined;
  let clientSettings: unknown;
  let project: Project | { problem: string } = { problem: 'the server is not initialized' };
  /** Whether the client pulls diagnostics (textDocument/diagnostic); if not, they are pushed. */
  let pulls = false;
  let refreshes = false;
  let showsProgress = false;
  let watchesFiles = false;

  const rebuildProject = () => {
    try {
      project = host.project(root, clientSettings);
    } catch (e) {
      // Settings being edited are often wrong for a moment: the last good project stays in force.
      const problem = messageOf(e);
      const kept = !('problem' in project);
      if (!kept) project = { problem };
      // A notification, not window/showMessageRequest: there is nothing to answer.
      const message = `mtlint: ${problem}${kept ? '; the settings before stay in force' : ''}`;
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
      if (kept) return;
    }
    for (const state of documents.values()) {
      state.setup = undefined;
      schedule(state, 0);
    }
    // A client that pulls asks again only when told; its requests wait for the new lints.
    if (pulls && refreshes && documents.size > 0) void connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params) => {
    encoding = negotiateEncoding(params.capabilities.general?.positionEncodings);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    root = folder?.startsWith('file:') ? fileURLToPath(folder) : (params.rootPath ?? undefined);
    clientSettings = params.initializationOptions;
    pulls = params.capabilities.textDocument?.diagnostic !== undefined;
    refreshes = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    showsProgress = params.capabilities.window?.workDoneProgress === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    rebuildProject();
    return {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [ADD_TO_BASELINE_COMMAND] },
        diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
      },
      serverInfo: { name: 'mtlint', ...(options.version ? { version: options.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    if (!watchesFiles) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/{${host.watchedFiles.join(',')}}` }],
    });
  });

  connection.onDidChangeWatchedFiles(() => rebuildProject());
  connection.onDidChangeConfiguration((params) => {
    const settings = (params.settings as { mtlint?: unknown } | null | undefined)?.mtlint;
    // Some clients send an empty notification to say "pull the settings"; then the ones held stay.
    if (settings !== undefined) clientSettings = settings;
    rebuildProject();
  });

  connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
    const state: OpenDocument = {
      doc: TextDocument.create(uri, languageId, version, text),
      languageId, setup: undefined, generation: 0, lintedVersion: -1, findings: [], diagnostics: [], score: undefined, timer: undefined, waiters: [],
    };
    documents.set(uri, state);
    schedule(state, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
    const state = documents.get(uri);
    if (!state) return;
    for (const change of contentChanges) {
      // Applied one at a time: each change's range refers to the text after the one before.
      if ('range' in change) {
        const { start, end } = toOffsets(state.doc, change.range, encoding);
        TextDocument.update(state.doc, [{ range: { start: state.doc.positionAt(start), end: state.doc.positionAt(end) }, text: change.text }], version);
      } else TextDocument.update(state.doc, [{ text: change.text }], version);
    }
    state.generation++;
    schedule(state, debounceMs);
  });

  connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
    const state = documents.get(uri);
    if (!state) return;
    clearTimeout(state.timer);
    state.generation++;
    documents.delete(uri);
    for (const wake of state.waiters) wake();
    if (!pulls) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  function schedule(state: OpenDocument, delay: number): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void lintDocument(state);
    }, delay);
  }

  function setupOf(state: OpenDocument): FileSetup {
    if ('problem' in project) return { problem: project.problem };
    const format = FORMAT_BY_LANGUAGE[state.languageId];
    const { uri } = state.doc;
    const path = uri.startsWith('file:')
      ? fileURLToPath(uri)
      : join(root ?? process.cwd(), `${basename(uri.replace(/^[a-z-]+:/i, '')) || 'untitled'}${ENDING_BY_FORMAT[format ?? 'text']}`);
    return project.open(path, format);
  }

  const isCurrent = (state: OpenDocument, generation: number) => documents.get(state.doc.uri) === state && state.generation === generation;

  async function lintDocument(state: OpenDocument): Promise<void> {
    const generation = ++state.generation;
    const { doc } = state;
    const version = doc.version;
    const text = doc.getText();
    let setup: FileSetup;
    try {
      setup = state.setup ??= setupOf(state);
    } catch (e) {
      // Reading a config or ignore file failed in a way the host did not foresee: said on the document, not fatal.
      connection.console.error(`mtlint: ${doc.uri}: internal error: ${e instanceof Error && e.stack ? e.stack : String(e)}`);
      setup = { problem: `mtlint: internal error: ${messageOf(e)}` };
    }
    let findings: Finding[] = [];
    let diagnostics: Diagnostic[] = [];
    let score: SteppedDocumentLint['score'] | undefined;
    if ('problem' in setup) diagnostics = [problemDiagnostic(doc, setup.problem, undefined, encoding)];
    else if ('linter' in setup) {
      const outcome = await lintSteps(state, setup.linter, text, generation, findings, diagnostics);
      if (outcome === 'cancelled') return;
      if (typeof outcome === 'function') score = outcome;
      else {
        findings = [];
        diagnostics = [outcome];
      }
    }
    if (!isCurrent(state, generation)) return;
    Object.assign(state, { findings, diagnostics, score, lintedVersion: version });
    if (!pulls) void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    const waiters = state.waiters;
    state.waiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Runs the linter's steps, yielding to the event loop between them so that other requests and newer
   * versions are served; collects the findings and their diagnostics. Returns the score of the lint, a
   * diagnostic for a text that could not be linted, or 'cancelled' when a newer version or a close
   * overtook it.
   */
  async function lintSteps(state: OpenDocument, linter: DocumentLinter, text: string, generation: number, findings: Finding[], diagnostics: Diagnostic[]) {
    const { doc } = state;
    const failed = (e: unknown) => {
      connection.console.error(`mtlint: ${doc.uri}: internal error while linting: ${e instanceof Error && e.stack ? e.stack : String(e)}`);
      return problemDiagnostic(doc, `mtlint: internal error while linting: ${messageOf(e)}`, undefined, encoding);
    };
    const long = text.length >= LONG_DOCUMENT;
    // Begun before the file is read as its format, a stretch that cannot be cut (0.1–0.3 s for 1 MB of Markdown;
    // the parse of its text is the first step): the editor shows the progress at once, not when the first step is done.
    const progress = long && showsProgress ? await beginProgress(`linting ${basename(doc.uri)}`) : undefined;
    let pushed: number | undefined;
    try {
      if (!isCurrent(state, generation)) return 'cancelled' as const;
      let linted;
      try {
        linted = linter.lint(text);
      } catch (e) {
        return failed(e);
      }
      if ('problem' in linted) return problemDiagnostic(doc, linted.problem, linted.line, encoding);
      // What came in while the text was read is answered before the first step, and its answer is queued ahead of
      // the first diagnostics.
      if (long) {
        await letRequestsThrough();
        if (!isCurrent(state, generation)) return 'cancelled' as const;
      }
      for (;;) {
        let step;
        try {
          step = linted.steps.next();
        } catch (e) {
          return failed(e);
        }
        if (step.done) {
          inFileOrder(findings, diagnostics);
          return linted.score;
        }
        for (const f of step.value.findings) {
          findings.push(f);
          diagnostics.push(toDiagnostic(doc, f, encoding));
        }
        if (long) {
          progress?.report(Math.floor((100 * step.value.linted) / Math.max(text.length, 1)));
          // The first findings at once, then the growing list now and then.
          if (!pulls && findings.length > 0 && (pushed === undefined || Date.now() - pushed >= PARTIAL_PUSH_INTERVAL_MS)) {
            pushed = Date.now();
            void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnostics.slice() });
          }
        }
        // A long document's steps include the document-wide rules, one per step: a request that came in during one
        // is answered before the next runs.
        if (long) await letRequestsThrough();
        else await yieldToEventLoop();
        if (!isCurrent(state, generation)) return 'cancelled' as const;
      }
    } finally {
      progress?.done();
    }
  }

  /**
   * A `$/progress` for one lint, once the client has created it and the begin message is written: a caller about
   * to work without yielding knows the editor can show it. Undefined when the client refuses the token.
   */
  async function beginProgress(message: string): Promise<{ report(percentage: number): void; done(): void } | undefined> {
    const token = randomUUID();
    try {
      await connection.sendRequest(WorkDoneProgressCreateRequest.type, { token });
    } catch {
      return undefined;
    }
    const send = (value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => connection.sendProgress(WorkDoneProgress.type, token, value);
    await send({ kind: 'begin', title: 'mtlint', percentage: 0, message });
    return { report: (percentage) => void send({ kind: 'report', percentage }), done: () => void send({ kind: 'end' }) };
  }

  /** Waits until the document's current version is linted; false when it was closed meanwhile. */
  async function linted(uri: string): Promise<OpenDocument | undefined> {
    for (;;) {
      const state = documents.get(uri);
      if (!state) return undefined;
      if (state.lintedVersion === state.doc.version && state.timer === undefined) return state;
      await new Promise<void>((resolve) => state.waiters.push(resolve));
    }
  }

  connection.languages.diagnostics.on(async ({ textDocument: { uri } }) => {
    const state = await linted(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: state?.diagnostics ?? [] };
  });

  connection.onCodeAction(async (params) => {
    const state = await linted(params.textDocument.uri);
    return state ? codeActions(state, params) : [];
  });

  async function codeActions(state: OpenDocument, { range, context }: CodeActionParams): Promise<CodeAction[]> {
    const { doc } = state;
    const setup = state.setup;
    if (!setup || !('linter' in setup)) return [];
    const wants = (kind: string) => !context.only || context.only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const { start, end } = toOffsets(doc, range, encoding);
    const actions: CodeAction[] = [];
    const here = state.findings.map((f, i) => [f, state.diagnostics[i]!] as const).filter(([f]) => f.start <= end && f.end >= start);
    if (wants(CodeActionKind.QuickFix)) {
      for (const [f, d] of here) actions.push(...quickFixes(doc, f, d, encoding));
      for (const [f, d] of here) {
        const disable = disableLineAction(doc, setup.linter.format, f, d, encoding);
        if (disable) actions.push(disable);
        // A baseline records findings of the text; a directive's problem is not one, and no baseline drops it.
        if (setup.linter.addToBaseline && f.ruleId !== DIRECTIVE_PROBLEM_ID) actions.push(addToBaselineAction(doc, f, d));
      }
    }
    // "Fix all" lints the document again; it is offered when asked for, or beside the fixes of a finding.
    if (wants(FIX_ALL_KIND) && (context.only || here.length > 0)) {
      const fixAll = fixAllAction(doc, await setup.linter.fix(doc.getText()), encoding);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== ADD_TO_BASELINE_COMMAND || !args) return null;
    const [uri, version, ruleId, start, end] = args as [string, number, string, number, number];
    const state = await linted(uri);
    // Only for the version the finding was offered in: offsets of another version point elsewhere.
    const finding = state?.doc.version === version ? state.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end) : undefined;
    const linter = state?.setup && 'linter' in state.setup ? state.setup.linter : undefined;
    if (!state || !finding || !linter?.addToBaseline) return null;
    try {
      linter.addToBaseline(state.doc.getText(), finding);
    } catch (e) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `mtlint: ${messageOf(e)}` });
      return null;
    }
    // The project reads the baseline anew: every open document of the file loses the finding.
    rebuildProject();
    return null;
  });

  async function documentScore(uri: string): Promise<DocumentScore | null> {
    const state = await linted(uri);
    if (!state?.score) return null;
    const { score, penalty, words, byCategory, byRule } = state.score(state.findings);
    const count = (level: Finding['severity']) => state.findings.filter((f) => f.severity === level).length;
    return { version: state.lintedVersion, score, penalty, words, byCategory, byRule, errors: count('error'), warnings: count('warning'), infos: count('info') };
  }

  connection.onRequest(ScoreRequest, ({ textDocument: { uri } }) => documentScore(uri));

  connection.onHover(async ({ textDocument: { uri }, position }): Promise<Hover | null> => {
    if (position.line !== 0) return null;
    const result = await documentScore(uri);
    return result ? { contents: { kind: 'markdown', value: scoreMarkdown(result) } } : null;
  });
}

/**
 * Sorts the findings and their diagnostics together by where they stand, as `mtlint lint` lists them: a host's last
 * step may hold findings known only at the end (the problems with the directives, `SteppedDocumentLint`) that
 * stand before others; then, as `lint` does, by start and end, stably.
 */
function inFileOrder(findings: Finding[], diagnostics: Diagnostic[]): void {
  if (findings.every((f, i) => i === 0 || findings[i - 1]!.start <= f.start)) return;
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start || findings[a]!.end - findings[b]!.end);
  const [f, d] = [order.map((i) => findings[i]!), order.map((i) => diagnostics[i]!)];
  findings.splice(0, findings.length, ...f);
  diagnostics.splice(0, diagnostics.length, ...d);
}

/** The hover on the first line: the score, the findings by level and the penalty by category. */
export function scoreMarkdown(s: DocumentScore): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const categories = Object.entries(s.byCategory)
    .filter(([, penalty]) => penalty > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([category, penalty]) => `- ${category}: ${penalty}`);
  return [
    `**mtlint score: ${s.score}** (MQM, ${plural(s.words, 'word')}, penalty ${s.penalty})`,
    '',
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'hint')}`,
    ...(categories.length ? ['', 'Penalty by category:', ...categories] : []),
  ].join('\n');
}
