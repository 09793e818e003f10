import { applySuggestions, keepLineBreaks, type Finding, type Suggestion } from '@mtlint/core';
import { minimalEdit } from './edits.js';
import { typedInForm, type TextForm } from './text-form.js';
import { lineIndex } from '@mtlint/report';

/** A `[start, end)` range of UTF-16 offsets into the reviewed text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence or a format's unit, and the unit's source text and where it starts in the file, where the format has one. */
export interface ContextSpan extends Span {
  source?: { text: string; start: number };
}

/** A finding as the review app shows it. */
export interface ReviewItem {
  finding: Finding;
  /**
   * Everything a decision on this finding may rewrite: the finding's span and the spans of all its
   * suggestions. Two items whose regions overlap cannot both be accepted.
   */
  region: Span;
  /**
   * The finding's suggestions cut to the characters each changes (`minimalEdit`): what accepting one
   * writes, and what it conflicts with.
   */
  changes: readonly Suggestion[];
  /** The sentence(s), or translation unit, around the region: what the app shows and diffs. */
  context: Span;
  /** The unit's source text, where the format carries one (PO msgid, XLIFF `<source>`), and its line in the file. */
  source?: { text: string; line: number };
  /** The sentences (or units) before and after the context, shown dimmed around it. */
  previous?: Span;
  next?: Span;
  /** 1-based line and column of the finding's start. */
  line: number;
  column: number;
}

/**
 * Makes the review items of a text's findings. `contexts` are the spans a finding is shown in, in
 * order: sentences, or a format's translation units. An item's context runs from the start of the
 * one holding its region's start to the end of the one holding its region's end. The builder indexes
 * the text's lines once, and turns each batch of findings into items in text order.
 */
export function itemBuilder(text: string, contexts: readonly ContextSpan[], form?: TextForm): (findings: readonly Finding[]) => ReviewItem[] {
  const position = lineIndex(text);
  return (findings) => {
    const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
    return sorted.map((finding) => {
      const region = regionOf(finding);
      const first = indexAt(contexts, region.start);
      const last = indexAt(contexts, Math.max(region.start, region.end - 1));
      const context = {
        start: Math.min(region.start, contexts[first]?.start ?? region.start),
        end: Math.max(region.end, contexts[last]?.end ?? region.end),
      };
      const previous = first > 0 ? contexts[first - 1] : undefined;
      const next = last >= 0 ? contexts[last + 1] : undefined;
      const { line, column } = position(finding.start);
      const changes = finding.suggestions.map((s) => minimalEdit(text, inForm(text, s, form)));
      const unitSource = contexts[first]?.source;
      const source = unitSource && { text: unitSource.text, line: position(unitSource.start).line };
      return {
        finding,
        region,
        changes,
        context,
        line,
        column,
        ...(source ? { source } : {}),
        ...(previous ? { previous: { start: previous.start, end: previous.end } } : {}),
        ...(next ? { next: { start: next.start, end: next.end } } : {}),
      };
    });
  };
}

/**
 * A suggestion written as an edit typed as text would be (`typedInForm`): in a PO string continued
 * over lines, a fix across the line break keeps the break, as the format's own fix would not. In the
 * other formats a fix across a line break the format reads as a space (a subtitle cue's, a Markdown
 * paragraph's) keeps it too (`keepLineBreaks`), so that a cue keeps its lines.
 */
function inForm(text: string, suggestion: Suggestion, form: TextForm | undefined): Suggestion {
  const raw = text.slice(suggestion.start, suggestion.end);
  if (!form) return { ...suggestion, replacement: keepLineBreaks(raw, suggestion.replacement) };
  return { ...suggestion, replacement: typedInForm(form, raw, form.decode(suggestion.replacement).text) };
}

function regionOf(finding: Finding): Span {
  let start = finding.start;
  let end = finding.end;
  for (const s of finding.suggestions) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/** The index of the span of `spans` (sorted, not overlapping) that contains `offset`, or -1. */
function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < spans[found]!.end ? found : -1;
}

/**
 * What the edit field starts with: the item's region as the suggestion (by default the first) would
 * write it, or as it stands when the rule offers no correction. The field edits the whole region, so
 * a person sees and types words, not the one character a suggestion may replace.
 */
export function editPrefill(text: string, item: ReviewItem, alternative = 0): string {
  const { start, end } = item.region;
  const s = item.finding.suggestions[alternative];
  const regionText = text.slice(start, end);
  return s ? applySuggestions(regionText, [{ start: s.start - start, end: s.end - start, replacement: s.replacement }]) : regionText;
}

/**
 * The part of an item's context a screen of limited size shows: the region and up to `reach`
 * characters either side, cut at spaces so that no word is split. A long sentence is shown around
 * its finding instead of from its start, where the finding could fall off the screen.
 */
export function viewWindow(text: string, item: ReviewItem, reach: number): Span {
  const { context, region } = item;
  let start = Math.max(context.start, region.start - reach);
  if (start > context.start) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < region.start ? space + 1 : start;
  }
  let end = Math.min(context.end, region.end + reach);
  if (end < context.end) {
    const space = text.lastIndexOf(' ', end);
    end = space > region.end ? space : end;
  }
  return { start, end };
}
