/**
 * Inline directives, as ESLint's comments work, read from a file's comments (`FileComment`, by format):
 *
 * - `mtlint-disable` … `mtlint-enable`: no findings in between (to the end of the file without an enable);
 * - `mtlint-disable word-echo, comma-before-that` … `mtlint-enable word-echo`: only those rules;
 * - `mtlint-disable-line [ids]`: the comment's own line (in PO and XLIFF: the entry or unit it belongs to);
 * - `mtlint-disable-next-line [ids]`: the line after it (PO, XLIFF, WebVTT: the entry, unit or cue);
 * - ` -- reason` after the ids is a note for readers, ignored.
 *
 * A finding is silenced by where it starts. Unknown rule ids are problems, and so, on request, are directives
 * that silenced nothing (ESLint's `--report-unused-disable-directives`). Pure: comments and findings in, the
 * findings kept and the problems out.
 */
import type { FileComment } from './comments.js';

// `@mtlint/formats/directives` is this module: what a plain-text lint needs of the package (the comments of a text
// file and the directives in them) without the format parsers, which weigh 240 kB that the CLI would compile on
// every run.
export { plainTextComments, type FileComment } from './comments.js';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

interface Directive {
  kind: Kind;
  /** Rule ids; empty for every rule. */
  ids: string[];
  comment: FileComment;
  /** The ids (or '' for all) that silenced a finding. */
  used: Set<string>;
}

/** A problem with a directive, at the comment's span. */
export interface DirectiveProblem {
  kind: 'unknown-rule' | 'unused';
  start: number;
  end: number;
  message: string;
}

const DIRECTIVE = /^mtlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/** The directive a comment holds, or undefined for an ordinary comment. */
export function parseDirective(comment: FileComment): Omit<Directive, 'used'> | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  // ` -- reason` ends the list of ids, as in ESLint.
  const rest = comment.text.slice(m[0].length).split(/\s--(?:\s|$)/)[0]!;
  return { kind: m[1] as Kind, ids: rest.split(/[\s,]+/).filter(Boolean), comment };
}

const within = (at: number, span: { start: number; end: number } | undefined) => span !== undefined && at >= span.start && at <= span.end;

export interface DirectiveOptions {
  /** Every rule id a directive may name; others are reported. */
  ruleIds: ReadonlySet<string>;
  /** Report disable directives (or ids in them) that silenced nothing. */
  reportUnused: boolean;
}

/**
 * The findings the comments' directives do not silence, and the problems with the directives: unknown rule ids,
 * and, with `reportUnused`, disables that silenced nothing.
 */
export function applyDirectives<F extends { ruleId: string; start: number }>(
  findings: readonly F[],
  comments: readonly FileComment[],
  options: DirectiveOptions,
): { findings: F[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = comments.flatMap((c) => {
    const d = parseDirective(c);
    return d ? [{ ...d, used: new Set<string>() }] : [];
  });
  const problems: DirectiveProblem[] = [];
  for (const d of directives) {
    for (const id of d.ids) {
      if (!options.ruleIds.has(id)) {
        problems.push({ kind: 'unknown-rule', start: d.comment.start, end: d.comment.end, message: `unknown rule '${id}' in an mtlint-${d.kind} comment; 'mtlint rules' lists the ids` });
      }
    }
  }
  if (directives.length === 0) return { findings: [...findings], problems };
  const kept = findings.filter((f) => !silencedBy(directives, f));
  if (options.reportUnused) {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const unused = d.ids.length === 0 ? (d.used.size === 0 ? [''] : []) : d.ids.filter((id) => !d.used.has(id) && options.ruleIds.has(id));
      for (const id of unused) {
        problems.push({
          kind: 'unused',
          start: d.comment.start,
          end: d.comment.end,
          message: `unused mtlint-${d.kind} comment: no ${id ? `'${id}' ` : ''}findings to silence here`,
        });
      }
    }
  }
  problems.sort((a, b) => a.start - b.start);
  return { findings: kept, problems };
}

/** Whether a directive silences the finding; marks the directive (and id) that did as used. */
function silencedBy(directives: readonly Directive[], { ruleId, start }: { ruleId: string; start: number }): boolean {
  const names = (d: Directive) => d.ids.length === 0 || d.ids.includes(ruleId);
  const use = (d: Directive) => {
    d.used.add(d.ids.length === 0 ? '' : ruleId);
    return true;
  };
  for (const d of directives) {
    if (d.kind === 'disable-line' && names(d) && within(start, d.comment.on)) return use(d);
    if (d.kind === 'disable-next-line' && names(d) && within(start, d.comment.next)) return use(d);
  }
  // Block directives in file order, up to the finding: the last one that speaks of its rule decides.
  let silencing: Directive | undefined;
  for (const d of directives) {
    if (d.comment.end > start) break;
    if (d.kind === 'disable' && names(d)) silencing = d;
    else if (d.kind === 'enable' && names(d)) silencing = undefined;
  }
  return silencing ? use(silencing) : false;
}
