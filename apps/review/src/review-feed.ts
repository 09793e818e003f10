import type { Finding, Score, ScoreOptions } from '@mtlint/core';
import { itemBuilder, type ReviewItem } from './items.js';
import type { FileLint } from './lint-by-format.js';
import type { TextForm } from './text-form.js';

/** New review items, in text order and after every earlier one, and how much of the file is linted. */
export interface FoundItems {
  items: ReviewItem[];
  /** 0–1; 1 once the whole file is linted. */
  progress: number;
}

/** A file's review items as its lint finds them, a stretch at a time, and its score at the end. */
export interface ReviewFeed {
  /** Lints the next stretch of the file. Called again after `progress` reached 1, it finds nothing. */
  next(): FoundItems;
  /** How many findings so far a baseline has hidden (known from an earlier review). */
  readonly known: number;
  /** The score of the linted text as it is, over every finding the review shows; once `progress` is 1. */
  score(): Score;
  /** How the file writes its units' text, where that is not as it reads (see `FileLint`). */
  readonly form?: TextForm;
  /** Why a text would not read as the file's format, where it has one (see `FileLint`). */
  readonly problemIn?: (text: string) => string | undefined;
}

export interface FeedOptions {
  /** Keeps the findings to review: false for one an earlier review rejected (see `baselineFilter`). */
  keep?: (finding: Finding) => boolean;
  /** Score options, as a config file's `scoring` resolves (weights, perWords). */
  scoring?: ScoreOptions;
}

/** The review items of `text`, the file `linted` was made from, fed as `linted` finds them. */
export function reviewFeed(text: string, linted: FileLint, { keep = () => true, scoring }: FeedOptions = {}): ReviewFeed {
  const toItems = itemBuilder(text, linted.contexts, linted.form);
  const kept: Finding[] = [];
  let known = 0;
  let progress = 0;
  return {
    next() {
      const stretch = linted.stretches.next();
      if (stretch.done) return { items: [], progress: 1 };
      const shown = stretch.value.findings.filter(keep);
      known += stretch.value.findings.length - shown.length;
      for (const f of shown) kept.push(f);
      progress = stretch.value.progress;
      return { items: toItems(shown), progress };
    },
    get known() {
      return known;
    },
    score() {
      if (progress < 1) throw new Error('the file is not linted to its end yet');
      // Scored without the suggestions: the score does not depend on them, and measuring their edit
      // effort, which the app does not show, would take most of the time on a large file.
      return linted.score(kept.map((f) => ({ ...f, suggestions: [] })), scoring);
    },
    ...(linted.form ? { form: linted.form } : {}),
    ...(linted.problemIn ? { problemIn: (content: string) => linted.problemIn!(content) } : {}),
  };
}
