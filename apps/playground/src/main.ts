/**
 * The playground page: a text box linted in a Web Worker as the user types, the findings marked in the
 * text and listed with their fix as a word diff, the score with its breakdown by category, a rule picker
 * with each rule's documentation, and the text in the URL (`#text=…`) so a link opens with it.
 */
import type { Finding, Level, Score } from '@mtlint/core';
import type { LintRequest, RuleInfo, WorkerMessage } from './protocol.js';
import { breakdown, hashForText, levelsFor, sentenceOf, SOURCE_LANGUAGES, stretches, suggestionDiff, textFromHash } from './view.js';

/** How long typing must pause before the text is linted again. */
const PAUSE_MS = 150;
const EXAMPLE = 'The council approved the budget on Monday. The opposition, the new budget attacked. The mayor has the new bridge yesterday opened.';

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const input = byId<HTMLTextAreaElement>('text');
const annotated = byId<HTMLDivElement>('annotated');
const list = byId<HTMLOListElement>('findings');
const summary = byId<HTMLDivElement>('score');
const status = byId<HTMLSpanElement>('status');
const picker = byId<HTMLDivElement>('rules');

const worker = new Worker('worker.js', { type: 'module' });
let levels: Record<string, Level> = {};
let lastRequest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** An element with its attributes and children (strings become text, never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function requestLint(): void {
  const request: LintRequest = { id: ++lastRequest, text: input.value, rules: { ...levels } };
  status.textContent = 'linting…';
  worker.postMessage(request);
  history.replaceState(null, '', hashForText(input.value));
}

function scheduleLint(): void {
  clearTimeout(timer);
  timer = setTimeout(requestLint, PAUSE_MS);
}

function showResult(text: string, findings: Finding[], result: Score, milliseconds: number): void {
  annotated.replaceChildren(
    ...stretches(text, findings).map(({ text: part, finding }) =>
      finding
        ? el('mark', { class: `finding ${finding.severity}`, title: `${finding.ruleId}: ${finding.message}`, 'data-rule-id': finding.ruleId }, part || '‸')
        : document.createTextNode(part)),
  );
  list.replaceChildren(...findings.map((finding) => findingItem(text, finding, result)));
  if (findings.length === 0) list.append(el('li', { class: 'none' }, text.trim() ? 'No findings.' : 'Type or paste English text above.'));
  summary.replaceChildren(
    el('div', { class: 'figure' }, el('strong', {}, result.score.toFixed(2)), ' / 100'),
    el('div', {}, `${result.words} words · penalty ${result.penalty} · post-editing effort ${result.effort.distance} characters`),
    el('table', {}, ...breakdown(result).map(([category, penalty]) => el('tr', {}, el('td', {}, category), el('td', {}, String(penalty))))),
  );
  status.textContent = `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${Math.round(milliseconds)} ms`;
}

function findingItem(text: string, finding: Finding, result: Score): HTMLLIElement {
  const diff = suggestionDiff(text, finding, sentenceOf(result, finding));
  const item = el('li', { class: `finding ${finding.severity}`, 'data-rule-id': finding.ruleId },
    el('div', {},
      el('code', { class: 'rule-id' }, finding.ruleId), ' ',
      el('span', { class: 'level' }, `${finding.severity} · ${finding.mqmSeverity} · ${finding.category}`)),
    el('div', { class: 'message' }, finding.message),
  );
  if (finding.sourceHint) item.append(el('div', { class: 'hint' }, `Source: ${finding.sourceHint}`));
  if (diff.length > 0) {
    const edit = finding.suggestions[0]!;
    const apply = el('button', { type: 'button' }, 'Apply');
    apply.addEventListener('click', () => {
      input.value = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
      requestLint();
    });
    item.append(el('div', { class: 'diff' },
      ...diff.map((part) => (part.kind === 'same' ? part.text : el(part.kind === 'removed' ? 'del' : 'ins', {}, part.text)))), apply);
  }
  return item;
}

function showRules(rules: RuleInfo[]): void {
  const language = el('select', { id: 'source-language' }, ...SOURCE_LANGUAGES.map(({ label }, i) => el('option', { value: String(i) }, label)));
  const boxes = new Map<string, HTMLInputElement>();
  const choose = () => {
    levels = levelsFor(SOURCE_LANGUAGES[Number(language.value)]?.preset, rules);
    for (const [id, box] of boxes) box.checked = levels[id] !== 'off';
  };
  language.addEventListener('change', () => {
    choose();
    requestLint();
  });
  const items = rules.map((rule) => {
    const box = el('input', { type: 'checkbox', 'data-rule-id': rule.id });
    boxes.set(rule.id, box);
    box.addEventListener('change', () => {
      // On: the level the source language gives it, else its default; a rule that is off by default has none, so it warns.
      const chosen = levelsFor(SOURCE_LANGUAGES[Number(language.value)]?.preset, rules)[rule.id];
      if (!box.checked) levels[rule.id] = 'off';
      else if (chosen && chosen !== 'off') levels[rule.id] = chosen;
      else if (rule.recommended) delete levels[rule.id];
      else levels[rule.id] = 'warning';
      requestLint();
    });
    return el('details', {},
      el('summary', {}, el('label', {}, box, ' ', el('code', {}, rule.id)), ` ${rule.category}, ${rule.severity}`),
      el('p', {}, rule.description),
      el('pre', { class: 'docs' }, rule.docs));
  });
  picker.replaceChildren(el('label', {}, 'Source language: ', language), ...items);
  choose();
}

worker.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
  if (data.kind === 'catalogue') {
    showRules(data.rules);
    requestLint();
  } else if (data.id === lastRequest) {
    // Answers to older requests are dropped: the text has changed since.
    if (data.kind === 'error') status.textContent = `error: ${data.message}`;
    else showResult(data.text, data.findings, data.score, data.milliseconds);
  }
});
worker.addEventListener('error', (event) => {
  status.textContent = `the lint worker failed: ${event.message}`;
});

input.value = textFromHash(location.hash) ?? EXAMPLE;
input.addEventListener('input', scheduleLint);
window.addEventListener('hashchange', () => {
  const text = textFromHash(location.hash);
  if (text !== undefined && text !== input.value) {
    input.value = text;
    requestLint();
  }
});
