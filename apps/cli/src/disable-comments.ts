/**
 * Inline suppression in Markdown and HTML, as ESLint's comments work:
 *
 * - `<!-- mtlint-disable -->` … `<!-- mtlint-enable -->`: no findings in between (to the end of the
 *   file without an enable);
 * - `<!-- mtlint-disable word-echo, comma-before-that -->` … `<!-- mtlint-enable word-echo -->`: only
 *   those rules;
 * - `<!-- mtlint-disable-next-line [rule-id …] -->`: the line after the comment.
 *
 * A finding is suppressed by where it starts. Pure: text in, a predicate out.
 */

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty for every rule. */
  ids: string[];
  /** Where the directive takes effect: the end of the comment, or the next line for disable-next-line. */
  from: number;
  /** For disable-next-line: the end of that line. */
  to: number;
}

// `[^>]*` then `-->` backtracks at most once over the comment: linear time.
const COMMENT = /<!--\s*mtlint-(disable-next-line|disable|enable)([^>]*)-->/g;

function directives(text: string): Directive[] {
  const out: Directive[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const kind = m[1] as Directive['kind'];
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    const end = m.index + m[0].length;
    if (kind !== 'disable-next-line') {
      out.push({ kind, ids, from: end, to: end });
      continue;
    }
    const nextLine = lineEnd(text, end);
    if (nextLine < text.length) out.push({ kind, ids, from: nextLine + 1, to: lineEnd(text, nextLine + 1) });
  }
  return out;
}

/** The offset of the line break that ends the line containing `at` (CRLF counted at its LF), or the text's length. */
function lineEnd(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  const cr = text.indexOf('\r', at);
  if (lf < 0 && cr < 0) return text.length;
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? cr + 1 : cr;
  return lf;
}

/** A predicate telling whether the text's disable comments suppress a finding; undefined when it has none. */
export function disableComments(text: string): ((finding: { ruleId: string; start: number }) => boolean) | undefined {
  const list = directives(text);
  if (list.length === 0) return undefined;
  return ({ ruleId, start }) => {
    let all = false;
    const rules = new Set<string>();
    /** Rules enabled again while all are disabled. */
    const except = new Set<string>();
    for (const d of list) {
      if (d.kind === 'disable-next-line') {
        if (start >= d.from && start < d.to && (d.ids.length === 0 || d.ids.includes(ruleId))) return true;
        continue;
      }
      if (d.from > start) continue;
      if (d.kind === 'disable') {
        if (d.ids.length === 0) {
          all = true;
          rules.clear();
          except.clear();
        } else for (const id of d.ids) (all ? except.delete(id) : rules.add(id));
      } else if (d.ids.length === 0) {
        all = false;
        rules.clear();
        except.clear();
      } else for (const id of d.ids) (all ? except.add(id) : rules.delete(id));
    }
    return all ? !except.has(ruleId) : rules.has(ruleId);
  };
}
