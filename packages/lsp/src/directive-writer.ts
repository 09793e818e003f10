/**
 * Where and how to write an `mtlint-disable-next-line` directive that silences one finding, in each format's own
 * comments, as @mtlint/formats reads them (`fileComments`; the table in apps/cli/README.md#inline-comments):
 *
 * - Markdown and plain text: an HTML comment on or before the line before the finding;
 * - gettext PO: a translator comment (`# …`) heading the entry, which covers the entry to its blank line;
 * - XLIFF: an XML comment before the unit (`<trans-unit>`, `<unit>`), which covers the unit after it;
 * - WebVTT: a `NOTE` block before the cue, which covers the cue after it.
 *
 * SubRip and JSON catalogues have no comments: no directive can be written there. Pure: text in, an insertion out.
 */

/** Text to insert at an offset of the document. */
export interface Insertion {
  at: number;
  text: string;
}

/** What one directive silences, in the words of its format: the title of the action says it. */
export interface DirectiveWriter {
  /** What the directive covers: `line`, `entry`, `unit`, `cue`. */
  covers: string;
  /** The insertion that silences `ruleId` for the finding that starts at `at`, or undefined where none can. */
  write(text: string, at: number, ruleId: string): Insertion | undefined;
}

const directive = (ruleId: string) => `mtlint-disable-next-line ${ruleId}`;
/** The document's own line break, so that an inserted line does not mix CRLF and LF. */
const lineBreakOf = (text: string) => /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
/** The end of the line that ends just before `lineStart`, before its line break. */
const previousLineEnd = (text: string, lineStart: number) => lineStart - 1 - (text[lineStart - 2] === '\r' ? 1 : 0);

/** The first line of the run of non-blank lines that holds `at`: a PO entry, a WebVTT cue. */
function blockStart(text: string, at: number): number {
  let start = lineStartOf(text, at);
  while (start > 0) {
    const previous = lineStartOf(text, start - 1);
    if (text.slice(previous, start).trim() === '') break;
    start = previous;
  }
  return start;
}

/**
 * Markdown and plain text: after text, the comment goes at the end of the line before, where Markdown reads it as
 * inline HTML and the paragraph stays whole (and plain text takes a comment that ends a line); a comment at the
 * start of a line of a paragraph would begin an HTML block and split it. At the top of the file, or after a blank
 * line or a code fence, it goes on a line of its own, indented as the finding's line.
 */
const htmlLine: DirectiveWriter = {
  covers: 'line',
  write(text, at, ruleId) {
    const comment = `<!-- ${directive(ruleId)} -->`;
    const lineStart = lineStartOf(text, at);
    const previous = lineStart > 0 ? text.slice(lineStartOf(text, lineStart - 1), previousLineEnd(text, lineStart)) : '';
    if (previous.trim() === '' || /^\s*(```|~~~)/.test(previous)) {
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
      return { at: lineStart, text: `${indent}${comment}${lineBreakOf(text)}` };
    }
    return { at: previousLineEnd(text, lineStart), text: ` ${comment}` };
  },
};

/** PO: a translator comment as the entry's first line, where gettext tools put translator comments. */
const poEntry: DirectiveWriter = {
  covers: 'entry',
  write: (text, at, ruleId) => ({ at: blockStart(text, at), text: `# ${directive(ruleId)}${lineBreakOf(text)}` }),
};

/** WebVTT: a `NOTE` block, with the blank line that ends it, before the cue (its identifier line included). */
const vttCue: DirectiveWriter = {
  covers: 'cue',
  write(text, at, ruleId) {
    const lineBreak = lineBreakOf(text);
    return { at: blockStart(text, at), text: `NOTE ${directive(ruleId)}${lineBreak}${lineBreak}` };
  },
};

/** An opening tag of an XLIFF unit, 1.2's `<trans-unit>` or 2's `<unit>`, with or without a namespace prefix. */
const UNIT_TAG = /<(?:[A-Za-z_][\w.-]*:)?(?:trans-unit|unit)(?=[\s/>])/g;

/**
 * XLIFF: an XML comment before the unit that holds the finding — on a line of its own, indented as the unit, when
 * the unit's tag begins its line. Not a `<note>`: translation tools show notes to translators, and the schemas fix
 * where a note may stand.
 */
const xliffUnit: DirectiveWriter = {
  covers: 'unit',
  write(text, at, ruleId) {
    let unit: number | undefined;
    for (const m of text.slice(0, at).matchAll(UNIT_TAG)) unit = m.index;
    if (unit === undefined) return undefined;
    const comment = `<!-- ${directive(ruleId)} -->`;
    const lineStart = lineStartOf(text, unit);
    const indent = text.slice(lineStart, unit);
    return /^[ \t]*$/.test(indent) ? { at: lineStart, text: `${indent}${comment}${lineBreakOf(text)}` } : { at: unit, text: comment };
  },
};

/** The directive writer of each format that has comments, by format name (the names of @mtlint/formats). */
export const DIRECTIVE_WRITERS: Readonly<Record<string, DirectiveWriter>> = { markdown: htmlLine, text: htmlLine, po: poEntry, xliff: xliffUnit, vtt: vttCue };
