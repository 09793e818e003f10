/** What the page shows, computed without the DOM: the shareable link, a finding's fix as a word diff, the text split at findings. */
import { presetRules, type PresetName } from '@mtlint/config/presets';
import type { Finding, Level, Score } from '@mtlint/core';
import { diffWordsWithSpace } from 'diff';
import type { RuleInfo } from './protocol.js';

/** The text a location hash carries (`#text=…`), or undefined when it carries none. */
export function textFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('text');
  return value ?? undefined;
}

/** The location hash that opens the page with `text`. */
export function hashForText(text: string): string {
  return `#${new URLSearchParams({ text }).toString()}`;
}

export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/**
 * The sentence of a finding before and after its first suggestion, as a word diff (spaces count as
 * words, so a hyphen turned into a space shows). Empty when the finding has no suggestion.
 */
export function suggestionDiff(text: string, finding: Finding, sentence: { start: number; end: number }): DiffPart[] {
  const edit = finding.suggestions[0];
  if (!edit) return [];
  const start = Math.min(sentence.start, edit.start);
  const end = Math.max(sentence.end, edit.end);
  const before = text.slice(start, end);
  const after = text.slice(start, edit.start) + edit.replacement + text.slice(edit.end, end);
  return diffWordsWithSpace(before, after).map((c) => ({ text: c.value, kind: c.removed ? 'removed' : c.added ? 'added' : 'same' }));
}

/** The sentence (a segment of the score) a finding starts in. */
export function sentenceOf(result: Score, finding: Finding): { start: number; end: number } {
  return result.segments.find((s) => finding.start >= s.start && finding.start < s.end) ?? { start: finding.start, end: finding.end };
}

/** A stretch of the text for the annotated view: plain, or the span of a finding. */
export type Stretch = { text: string; finding?: Finding };

/** The text cut at the findings' spans, in order (the engine resolves overlaps, so spans do not overlap). */
export function stretches(text: string, findings: readonly Finding[]): Stretch[] {
  const out: Stretch[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    if (finding.start > at) out.push({ text: text.slice(at, finding.start) });
    // An insertion point (an empty span) still gets a mark to hang the finding on.
    out.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The score's penalty by category, largest first, without the categories that cost nothing. */
export function breakdown(result: Score): [string, number][] {
  return Object.entries(result.byCategory).filter(([, penalty]) => penalty > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The source languages the rule picker offers: the config's source-language presets. */
export const SOURCE_LANGUAGES: readonly { preset: PresetName | undefined; label: string }[] = [
  { preset: undefined, label: 'any or unknown' },
  { preset: 'de', label: 'German (preset de)' },
  { preset: 'ru', label: 'Russian (preset ru)' },
  { preset: 'zh', label: 'Chinese (preset zh)' },
];

/**
 * The rule levels to lint with: the rules that are off by default off, then the preset's settings (a
 * source-language preset turns on the artifacts of that language as errors and turns off those it cannot
 * produce). A rule the result leaves out runs at its default level.
 */
export function levelsFor(preset: PresetName | undefined, rules: readonly RuleInfo[]): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const rule of rules) if (!rule.recommended) levels[rule.id] = 'off';
  if (preset) {
    for (const [id, setting] of Object.entries(presetRules(preset, rules.map((r) => r.id)))) levels[id] = typeof setting === 'string' ? setting : setting[0];
  }
  return levels;
}
