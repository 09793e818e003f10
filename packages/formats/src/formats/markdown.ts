/**
 * Markdown (CommonMark + GFM, with YAML/TOML front matter and footnotes): the prose of each paragraph,
 * heading, table cell, task item and footnote is one segment. @lezer/markdown parses the file into a
 * tree in which every piece of markup (emphasis marks, link brackets and targets, escapes, character
 * references, quote marks, bare URLs) is a node with its offsets in the file; the prose is the text
 * between them, read as CommonMark reads it: the indentation of continuation lines and the spaces
 * before a line break are not part of it, escapes and references are decoded and mapped to their
 * whole raw form.
 *
 * Why this parser: it reads a megabyte of prose in 0.09–0.12 s (with `plainText`, which passes over
 * plain text in one step) and loads in 10 ms; micromark with mdast (what this module used before) took
 * 0.43–0.62 s and 0.1 s, most of the time it took the review app to open a long Markdown file.
 *
 * Skipped: code blocks, HTML, front matter, link reference definitions, link and image targets,
 * images, bare URLs and autolinks, footnote labels. Inline code stays in the text so the sentence reads
 * whole, but it is protected.
 */
import type { SyntaxNode } from '@lezer/common';
import { GFM, parser as commonMark, type MarkdownConfig } from '@lezer/markdown';
import { characterEntities } from 'character-entities';
import { htmlCommentText, lineComment, type FileComment } from '../comments.js';
import { FormatError } from '../errors.js';
import { decodeNumericReference } from '../references.js';
import { appendDecoded, SegmentBuilder, type DecodedFragment, type Segment } from '../segment.js';
import type { Format } from './format.js';
import { plainText } from './markdown-plain-text.js';

/** `[^label]:` and the spaces after it, at the start of a footnote definition. */
const FOOTNOTE_LABEL = /^\[\^[^\]\s]+\]:[ \t]*/;

/**
 * GFM footnote definitions, which @lezer/markdown does not know: without this a one-word note
 * (`[^1]: Ibid.`) would read as a link reference definition and be skipped, and a longer one as a
 * paragraph that starts with a link. The definition is parsed as a paragraph after its label.
 */
const footnoteDefinitions: MarkdownConfig = {
  defineNodes: ['FootnoteDefinition', 'FootnoteLabel'],
  parseBlock: [
    {
      name: 'FootnoteDefinition',
      before: 'LinkReference',
      leaf(_, start) {
        const label = FOOTNOTE_LABEL.exec(start.content)?.[0];
        if (label === undefined) return null;
        return {
          nextLine: () => false,
          finish(cx, leaf) {
            const text = leaf.start + label.length;
            const inline = cx.parser.parseInline(leaf.content.slice(label.length), text);
            cx.addLeafElement(leaf, cx.elt('FootnoteDefinition', leaf.start, leaf.start + leaf.content.length, [cx.elt('FootnoteLabel', leaf.start, text), ...inline]));
            return true;
          },
        };
      },
    },
  ],
};

/** The parser: exported for the test that compares its trees with and without `plainText`. */
export const markdownParser = commonMark.configure([GFM, footnoteDefinitions, plainText]);

/** YAML (`---`) or TOML (`+++`) front matter at the very start of the file, fences included. */
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n(?:[^]*?\r?\n)?\1[ \t]*(?=\r?\n|$)/;

/** The content with its front matter, if any, blanked out: the parser sees blank lines there, and every offset stays. */
function withoutFrontMatter(content: string): string {
  const front = FRONT_MATTER.exec(content)?.[0];
  return front === undefined ? content : front.replace(/[^\r\n]/g, ' ') + content.slice(front.length);
}

/** The blocks whose inline content is prose, and the kind of segment id each gives. */
const PROSE_BLOCKS = new Map([
  ...[1, 2, 3, 4, 5, 6].map((level) => [`ATXHeading${level}`, 'heading'] as const),
  ['SetextHeading1', 'heading'],
  ['SetextHeading2', 'heading'],
  ['Paragraph', 'paragraph'],
  ['Task', 'paragraph'],
  ['FootnoteDefinition', 'paragraph'],
  ['TableCell', 'tableCell'],
]);
const SKIPPED_BLOCKS = new Set(['FencedCode', 'CodeBlock', 'HTMLBlock', 'CommentBlock', 'ProcessingInstructionBlock', 'LinkReference']);
/** Markup at the edges of a prose block: a heading's `#`s or underline, a task's box, a footnote's label. */
const EDGE_MARKS = new Set(['HeaderMark', 'TaskMarker', 'FootnoteLabel']);
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** A character reference (`&amp;`, `&#169;`, `&#xA9;`) decoded; undefined for a name HTML does not define. */
function decodeReference(raw: string): string | undefined {
  const body = raw.slice(1, -1);
  // The entity table itself rather than decode-named-character-reference, whose browser build decodes
  // through a DOM element and so throws in a Web Worker or any realm without `document`.
  if (body[0] !== '#') return Object.hasOwn(characterEntities, body) ? characterEntities[body] : undefined;
  return decodeNumericReference(body.slice(1));
}

/** A link label as CommonMark matches labels: case-folded, inner whitespace collapsed. */
const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();

/** The label a definition block defines, normalized: a link reference definition's, or a footnote's with its `^`. */
function definedLabel(block: SyntaxNode, content: string): string | undefined {
  if (block.name === 'LinkReference') {
    const label = block.getChild('LinkLabel');
    return label ? normalizeLabel(content.slice(label.from + 1, label.to - 1)) : undefined;
  }
  if (block.name === 'FootnoteDefinition') {
    const label = FOOTNOTE_LABEL.exec(content.slice(block.from, block.to))![0];
    return normalizeLabel(label.slice(1, label.indexOf(']')));
  }
  return undefined;
}

/** Reads the prose of one block into a segment builder. */
class ProseReader {
  readonly builder = new SegmentBuilder();

  /** `defined`: the labels the file defines (`definedLabels`). */
  constructor(
    private readonly content: string,
    private readonly defined: ReadonlySet<string>,
  ) {}

  /** The prose of `node`'s inline content in `[from, to)`, children outside the range left out. */
  inline(node: SyntaxNode, from: number, to: number): void {
    let at = from;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Quote marks of continuation lines are passed over with the line's indentation, as text.
      if (child.to <= from || child.from >= to || child.name === 'QuoteMark') continue;
      this.text(at, child.from);
      this.markup(child);
      at = child.to;
    }
    this.text(at, to);
  }

  /**
   * Raw text `[from, to)` as prose: the spaces before a line break are dropped, and so are the
   * indentation and `>` marks that start a continuation line (a `>` is markup: a hard break).
   */
  private text(from: number, to: number): void {
    const { content, builder } = this;
    let i = from;
    if (content[i - 1] === '\n') i = this.skipLineStart(i, to);
    while (i < to) {
      const newline = content.indexOf('\n', i);
      if (newline === -1 || newline >= to) {
        builder.verbatim(content.slice(i, to), i);
        return;
      }
      const lineEnd = content[newline - 1] === '\r' && newline - 1 >= i ? newline - 1 : newline;
      let end = lineEnd;
      while (end > i && (content[end - 1] === ' ' || content[end - 1] === '\t')) end--;
      builder.verbatim(content.slice(i, end), i).lineBreak().verbatim(content.slice(lineEnd, newline + 1), lineEnd);
      i = this.skipLineStart(newline + 1, to);
    }
  }

  private skipLineStart(from: number, to: number): number {
    let i = from;
    for (; i < to && /[ \t>]/.test(this.content[i]!); i++) if (this.content[i] === '>') this.builder.hardBreak();
    return i;
  }

  /** An inline node: its prose where it has some (emphasis, link text, inline code), else a hard break. */
  private markup(node: SyntaxNode): void {
    const { content, builder } = this;
    switch (node.name) {
      case 'Escape':
        builder.char(content[node.from + 1]!, node.from, node.to);
        return;
      case 'Entity': {
        const raw = content.slice(node.from, node.to);
        const decoded = decodeReference(raw);
        if (decoded === undefined) builder.verbatim(raw, node.from);
        else builder.char(decoded, node.from, node.to);
        return;
      }
      case 'HardBreak':
        builder.hardBreak().char('\n', node.from, node.to).hardBreak();
        return;
      case 'Emphasis':
      case 'StrongEmphasis':
      case 'Strikethrough':
        builder.hardBreak();
        this.inline(node, node.from, node.to);
        builder.hardBreak();
        return;
      case 'Link':
        this.link(node);
        return;
      case 'InlineCode':
        this.inlineCode(node);
        return;
      default:
        // Delimiters; bare URLs, autolinks, images, inline HTML: markup, not prose.
        builder.hardBreak();
    }
  }

  /**
   * A link: its text, between `[` and `]`, as prose; nothing for a footnote reference (`[^1]`). The
   * parser takes every bracketed text for a link, but CommonMark only a reference to a label the file
   * defines: other brackets (`[Editor: Li]`) are text, read whole.
   */
  private link(link: SyntaxNode): void {
    const { content, builder } = this;
    const open = link.firstChild!;
    let close = open.nextSibling;
    while (close && close.name !== 'LinkMark') close = close.nextSibling;
    if (!close) {
      builder.hardBreak();
      return;
    }
    const after = close.nextSibling;
    const label = after?.name === 'LinkLabel' && after.to - after.from > 2 ? content.slice(after.from + 1, after.to - 1) : content.slice(open.to, close.from);
    const isReference = after?.name !== 'LinkMark';
    if (isReference && !this.defined.has(normalizeLabel(label))) {
      this.text(link.from, open.to);
      this.inline(link, open.to, close.from);
      this.text(close.from, link.to);
      return;
    }
    builder.hardBreak();
    if (content[open.to] !== '^' || !isReference) this.inline(link, open.to, close.from);
    builder.hardBreak();
  }

  /** Inline code as CommonMark reads it (one space inside each backtick run trimmed), protected. */
  private inlineCode(code: SyntaxNode): void {
    const { content, builder } = this;
    const open = code.firstChild!;
    const close = code.lastChild!;
    builder.hardBreak();
    const from = builder.length;
    const start = open.to;
    const raw = content.slice(start, close === open ? code.to : close.from);
    const value = raw.replace(/\r?\n/g, ' ');
    const trim = /^ .*[^ ].* $/s.test(value) ? 1 : 0;
    // Line endings read as spaces: each character then stands for the whole code span.
    if (value !== raw) builder.char(value.slice(trim, value.length - trim), code.from, code.to);
    else builder.verbatim(raw.slice(trim, raw.length - trim), start + trim);
    builder.protect(from, builder.length).hardBreak();
  }
}

/**
 * The most block quote marks (`>` at the start of a line, after other marks and spaces) a file may have. The
 * parser keeps every node of an open block in one array, four numbers a node, and each line of a quote has a
 * node for each of its marks: a 50 MB file of lines quoted 1 to 200 deep (23 million marks) made that array
 * longer than V8 allows (2^27), and Node.js aborted with a native trace. Half the limit leaves room for the
 * other nodes of the block.
 */
export const MAX_QUOTE_MARKS = 16_000_000;

/** The number of block quote marks in `content`, by a scan of each line's start (no parse). */
export function quoteMarks(content: string): number {
  let marks = 0;
  let atLineStart = true;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 10) atLineStart = true;
    else if (atLineStart) {
      if (c === 62) marks++;
      else if (c !== 32 && c !== 9) atLineStart = false;
    }
  }
  return marks;
}

/** The tree of a Markdown file; a `FormatError` for one quoted deeper than the parser can hold (see MAX_QUOTE_MARKS). */
function parseMarkdown(content: string) {
  const marks = quoteMarks(content);
  if (marks > MAX_QUOTE_MARKS) {
    throw new FormatError(`block quotes nested too deep to read: ${marks.toLocaleString('en-US')} quote marks at the starts of lines, more than the ${MAX_QUOTE_MARKS.toLocaleString('en-US')} the Markdown parser holds`);
  }
  return markdownParser.parse(withoutFrontMatter(content));
}

/** The prose of a Markdown file: one segment per paragraph, heading, table cell, task item and footnote. */
export function readMarkdown(content: string): Segment[] {
  const segments: Segment[] = [];
  const tree = parseMarkdown(content);
  const defined = new Set<string>();
  // Blocks come in file order: their line and column are counted as the walk goes.
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const position = (offset: number) => {
    for (let nl = content.indexOf('\n', counted); nl !== -1 && nl < offset; nl = content.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    counted = Math.max(counted, offset);
    return `${line}:${offset - lineStart + 1}`;
  };
  const read = (block: SyntaxNode, kind: string) => {
    let from = block.from;
    let to = block.to;
    for (let child = block.firstChild; child && EDGE_MARKS.has(child.name) && content.slice(from, child.from).trim() === ''; child = child.nextSibling) from = child.to;
    const last = block.lastChild;
    if (last && last.name === 'HeaderMark' && last.from >= from) to = last.from;
    while (from < to && isBlank(content[from])) from++;
    while (to > from && isBlank(content[to - 1])) to--;
    const reader = new ProseReader(content, defined);
    reader.inline(block, from, to);
    if (reader.builder.text.trim() === '') return;
    segments.push(reader.builder.build({ id: `${kind}@${position(kind === 'heading' ? block.from : from)}` }));
  };
  // One walk over the blocks finds the prose and the labels the file defines; the prose is read once
  // all labels are known, as a reference may come before its definition.
  const prose: Array<[SyntaxNode, string]> = [];
  const visit = (node: SyntaxNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const label = definedLabel(child, content);
      if (label !== undefined) defined.add(label);
      const kind = PROSE_BLOCKS.get(child.name);
      if (kind) prose.push([child, kind]);
      else if (!SKIPPED_BLOCKS.has(child.name)) visit(child);
    }
  };
  visit(tree.topNode);
  for (const [block, kind] of prose) read(block, kind);
  return segments;
}

/** A character reference as CommonMark reads one: named, decimal or hexadecimal. */
const REFERENCE = /&(?:#[xX][\dA-Fa-f]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});/y;
/** The characters a backslash escapes in CommonMark: ASCII punctuation. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** The length of the run of backticks at `at`. */
function backticksAt(raw: string, at: number): number {
  let end = at;
  while (raw[end] === '`') end++;
  return end - at;
}

/** Where the run of exactly `length` backticks that closes a code span opened before `from` starts, or -1. */
function closingBackticks(raw: string, from: number, length: number): number {
  for (let at = raw.indexOf('`', from); at !== -1; at = raw.indexOf('`', at)) {
    const run = backticksAt(raw, at);
    if (run === length) return at;
    at += run;
  }
  return -1;
}

/**
 * A stretch of a Markdown unit read as its text, as the reader reads it: a backslash escape (`\*`) as the
 * character it escapes, a character reference (`&amp;`) as the character it stands for; markup (emphasis marks,
 * link targets) stays as it is written, and so does everything inside a code span, where neither is read.
 */
export function decodeMarkdownFragment(raw: string): DecodedFragment {
  const fragment: DecodedFragment = { text: '', starts: [], ends: [] };
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    if (c === '\\' && ESCAPABLE.test(raw[i + 1] ?? '')) {
      appendDecoded(fragment, raw[i + 1]!, i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = backticksAt(raw, i);
      const close = closingBackticks(raw, i + run, run);
      // An unclosed run is text; a code span is read as written.
      const end = close === -1 ? i + run : close + run;
      for (; i < end; i++) appendDecoded(fragment, raw[i]!, i, i + 1);
      continue;
    }
    REFERENCE.lastIndex = i;
    const reference = c === '&' ? REFERENCE.exec(raw)?.[0] : undefined;
    const decoded = reference === undefined ? undefined : decodeReference(reference);
    if (decoded === undefined) appendDecoded(fragment, c, i, i + 1);
    else appendDecoded(fragment, decoded, i, i + reference!.length);
    i += decoded === undefined ? 1 : reference!.length;
  }
  return fragment;
}

/** Backslash-escapes the characters that would turn inserted prose into Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/**
 * The HTML comments of a Markdown file: comment blocks, inline comments, and the comments inside HTML blocks.
 * Code blocks, inline code and front matter hold none, whatever they show.
 */
export function markdownComments(content: string): FileComment[] {
  const comments: FileComment[] = [];
  // Every HTML comment opens with `<!--`: a file without one is not parsed a second time (a whole file's tree).
  if (!content.includes('<!--')) return comments;
  parseMarkdown(content).iterate({
    enter(node) {
      if (node.name === 'Comment') {
        comments.push(lineComment(content, node.from, node.to, htmlCommentText(content.slice(node.from, node.to))));
      } else if (node.name === 'CommentBlock' || node.name === 'HTMLBlock') {
        // A comment block runs to the end of the line where its comment ends, and may hold more comments (and
        // text) after it. `[^]*?` stops at the first `-->`: linear.
        for (const m of content.slice(node.from, node.to).matchAll(/<!--[^]*?-->/g)) {
          comments.push(lineComment(content, node.from + m.index, node.from + m.index + m[0].length, htmlCommentText(m[0])));
        }
      }
      return node.name !== 'FencedCode' && node.name !== 'CodeBlock' && node.name !== 'InlineCode';
    },
  });
  return comments;
}

/** Markdown (`.md`, `.markdown`): CommonMark with GFM, footnotes and front matter. */
export const markdown: Format = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read: readMarkdown,
  escape: escapeMarkdown,
  decodeFragment: decodeMarkdownFragment,
  comments: markdownComments,
};
