/**
 * Markdown (CommonMark + GFM, with YAML/TOML front matter): the prose of each paragraph, heading and
 * table cell is one segment. mdast-util-from-markdown gives every node its offsets in the file; the
 * characters of a text node are aligned with its raw slice to map escapes (`\*`), character
 * references (`&amp;`) and the indentation or `>` that continuation lines carry.
 * Skipped: code blocks, HTML, front matter, link and image targets, images, bare URLs (autolinks).
 * Inline code stays in the text so the sentence reads whole, but it is protected.
 */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { FormatError, lineAt } from '../errors.js';
import { SegmentBuilder, type Segment } from '../segment.js';
import type { Format } from './format.js';

const FRONT_MATTER = ['yaml', 'toml'] as const;
/** A character reference (`&amp;`, `&#169;`, `&#xA9;`); a bare `&` is literal text. */
const REFERENCE = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;

/** Parses Markdown the way this module reads it (also used by tests to re-read a fixed file). */
export function parseMarkdown(content: string): Root {
  return fromMarkdown(content, {
    extensions: [gfm(), frontmatter([...FRONT_MATTER])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])],
  });
}

const startOf = (node: Nodes) => node.position!.start.offset!;
const endOf = (node: Nodes) => node.position!.end.offset!;

/**
 * Appends `value`, whose raw form is `content[start, end)`, character by character. Where the raw
 * form differs: a backslash escape or a character reference maps to its whole raw form; line
 * indentation dropped by the parser is skipped; a `>` of a block quote is skipped as markup.
 */
function appendAligned(builder: SegmentBuilder, value: string, content: string, start: number, end: number): void {
  if (content.slice(start, end) === value) {
    builder.verbatim(value, start);
    return;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    while (j < end && content[j] !== c && value[i - 1] === '\n' && /[ \t>]/.test(content[j]!)) {
      if (content[j] === '>') builder.hardBreak();
      j++;
    }
    REFERENCE.lastIndex = j;
    const reference = content[j] === '&' ? REFERENCE.exec(content) : null;
    if (reference && !value.startsWith(reference[0], i)) {
      // A reference can stand for two UTF-16 units (an astral character): both map to the whole reference.
      const units = value.codePointAt(i)! > 0xffff ? 2 : 1;
      builder.char(value.slice(i, i + units), j, j + reference[0].length);
      i += units - 1;
      j += reference[0].length;
    } else if (content[j] === c) {
      builder.char(c, j, j + 1);
      j++;
    } else if (content[j] === '\\' && content[j + 1] === c) {
      builder.char(c, j, j + 2);
      j += 2;
    } else {
      throw new FormatError('cannot map this text back to the file', lineAt(content, j));
    }
  }
}

const isBareUrl = (node: PhrasingContent & { type: 'link' }) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && (node.url === only.value || node.url.endsWith(`//${only.value}`) || node.url === `mailto:${only.value}`);
};

/** Appends the prose of phrasing content; markup around it becomes hard breaks. */
function appendPhrasing(builder: SegmentBuilder, nodes: readonly PhrasingContent[], content: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        appendAligned(builder, node.value, content, startOf(node), endOf(node));
        break;
      case 'inlineCode': {
        builder.hardBreak();
        const raw = content.slice(startOf(node), endOf(node));
        const inner = raw.indexOf(node.value);
        const from = builder.length;
        if (inner === -1) for (const c of node.value) builder.char(c, startOf(node), endOf(node));
        else builder.verbatim(node.value, startOf(node) + inner);
        builder.protect(from, builder.length).hardBreak();
        break;
      }
      case 'break':
        builder.hardBreak().char('\n', startOf(node), endOf(node)).hardBreak();
        break;
      case 'link':
        builder.hardBreak();
        if (!isBareUrl(node)) appendPhrasing(builder, node.children, content);
        builder.hardBreak();
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        builder.hardBreak();
        appendPhrasing(builder, node.children, content);
        builder.hardBreak();
        break;
      default:
        // html, image, imageReference, footnoteReference: markup, not prose.
        builder.hardBreak();
    }
  }
}

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED_BLOCKS = new Set(['code', 'html', 'yaml', 'toml', 'definition']);

/** The prose of a Markdown file: one segment per paragraph, heading and table cell. */
export function readMarkdown(content: string): Segment[] {
  const segments: Segment[] = [];
  const visit = (node: Nodes) => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (PROSE_BLOCKS.has(node.type)) {
      const builder = new SegmentBuilder();
      appendPhrasing(builder, (node as Parent).children as PhrasingContent[], content);
      if (builder.text.trim() !== '') segments.push(builder.build({ id: `${node.type}@${node.position!.start.line}:${node.position!.start.column}` }));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(content));
  return segments;
}

/** Backslash-escapes the characters that would turn inserted prose into Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** Markdown (`.md`, `.markdown`): CommonMark with GFM and front matter. */
export const markdown: Format = { name: 'markdown', extensions: ['.md', '.markdown'], read: readMarkdown, escape: escapeMarkdown };
