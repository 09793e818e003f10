import * as v from 'valibot';

/** A known finding: which file, which rule, and the exact text it flagged. */
export interface BaselineEntry {
  /** POSIX path relative to the baseline file's directory. */
  file: string;
  ruleId: string;
  /** The exact flagged span. */
  text: string;
}

/** How a rule's findings fared in `mtlint review`. */
export interface ReviewTally {
  accepted: number;
  rejected: number;
  edited: number;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
  /** Review tallies keyed by rule id. */
  reviews: Record<string, ReviewTally>;
}

/** A baseline file that is not valid JSON or not a baseline; the message is one line naming the file. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const BaselineSchema = v.strictObject({
  version: v.literal(1),
  entries: v.array(v.strictObject({ file: v.string(), ruleId: v.string(), text: v.string() })),
  reviews: v.optional(v.record(v.string(), v.strictObject({ accepted: count, rejected: count, edited: count })), {}),
});

export function emptyBaseline(): Baseline {
  return { version: 1, entries: [], reviews: {} };
}

/** Reads a baseline file's text; `fileName` is only used in error messages. */
export function parseBaseline(json: string, fileName: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new BaselineError(`${fileName}: not valid JSON (${oneLine(e instanceof Error ? e.message : String(e))})`);
  }
  const parsed = v.safeParse(BaselineSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    const where = path ? `"${path}"` : 'the top level';
    const problem =
      issue.expected === 'never'
        ? `unknown key ${issue.received}`
        : issue.received === 'undefined'
          ? 'missing'
          : `expected ${issue.expected}, got ${issue.received}`;
    throw new BaselineError(`${fileName}: not an mtlint baseline: ${where}: ${problem}`);
  }
  return parsed.output;
}

const byEntry = (a: BaselineEntry, b: BaselineEntry) =>
  compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.text, b.text);
// Code-unit order, not localeCompare: the same bytes on every machine and locale, so diffs stay small.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The file's text: entries sorted by file, rule and text, reviews by rule id, 2-space JSON, final newline. */
export function serializeBaseline(baseline: Baseline): string {
  const reviews: Record<string, ReviewTally> = {};
  for (const id of Object.keys(baseline.reviews).sort(compare)) {
    const t = baseline.reviews[id]!;
    reviews[id] = { accepted: t.accepted, rejected: t.rejected, edited: t.edited };
  }
  const entries = baseline.entries.map((e) => ({ file: e.file, ruleId: e.ruleId, text: e.text })).sort(byEntry);
  return JSON.stringify({ version: 1, entries, reviews }, null, 2) + '\n';
}

/** Adds entries; the baseline is a multiset, so an entry added twice silences two findings. */
export function addEntries(baseline: Baseline, entries: readonly BaselineEntry[]): Baseline {
  return { ...baseline, entries: [...baseline.entries, ...entries] };
}

/**
 * The findings of `file` that the baseline does not know. A finding is known when an entry has the
 * same file, rule id and flagged text (`text.slice(start, end)`); each entry silences at most one
 * finding, so a second occurrence of a known problem is reported. Offsets do not matter, so edits
 * elsewhere in the file do not revive known findings.
 */
export function filterBaselined<F extends { ruleId: string; start: number; end: number }>(
  baseline: Baseline,
  file: string,
  text: string,
  findings: readonly F[],
): F[] {
  return findings.filter(baselineFilter(baseline, file, text));
}

/**
 * `filterBaselined` for findings that come a batch at a time, in order: a test that is true for a
 * finding the baseline does not know. It counts what each entry has silenced, so batches filtered
 * one after another leave exactly the findings `filterBaselined` leaves of them all.
 */
export function baselineFilter(baseline: Baseline, file: string, text: string): (finding: { ruleId: string; start: number; end: number }) => boolean {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) {
    if (e.file !== file) continue;
    const key = entryKey(e.ruleId, e.text);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  if (remaining.size === 0) return () => true;
  return (f) => {
    const key = entryKey(f.ruleId, text.slice(f.start, f.end));
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  };
}

/** Adds review counts per rule to the baseline's tallies. */
export function recordReviews(baseline: Baseline, tallies: Readonly<Record<string, ReviewTally>>): Baseline {
  const reviews = { ...baseline.reviews };
  for (const [id, t] of Object.entries(tallies)) {
    const before = reviews[id] ?? { accepted: 0, rejected: 0, edited: 0 };
    reviews[id] = { accepted: before.accepted + t.accepted, rejected: before.rejected + t.rejected, edited: before.edited + t.edited };
  }
  return { ...baseline, reviews };
}

// A NUL cannot occur in a rule id, so the key is unambiguous.
const entryKey = (ruleId: string, text: string) => `${ruleId}\u0000${text}`;
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');
