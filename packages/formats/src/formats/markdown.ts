/**
 * Markdown (CommonMark + GFM, with YAML/TOML front matter): the prose of each paragraph, heading and
 * table cell is one segment. mdast-util-from-markdown gives every node its offsets in the file; the
 * characters of a text node are aligned with its raw slice to map escapes (`\*`), character
 * references (`&amp;`) and the indentation or `>` that continuation lines carry.
 * Skipped: code blocks, HTML, front matter, link and image targets, images, bare URLs (autolinks).
 * Inline code stays in the text so the sentence reads whole, but it is protected.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { FormatError, lineAt } from '../errors.js';
import { SegmentBuilder, type Segment } from '../segment.js';
import type { Format } from './format.js';

const FRONT_MATTER = ['yaml', 'toml'] as const;
/** A character reference (`&amp;`, `&#169;`, `&#xA9;`); a bare `&` is literal text. */
const REFERENCE = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;

/**
 * GFM's syntax without its autolink-literal tokenizer (micromark-extension-gfm minus one part). That
 * tokenizer tries every letter and digit of the prose as the start of an e-mail address and took
 * about 45% of the parse (370 of 800 ms per MB of prose). Bare URLs and addresses are still found:
 * mdast-util-gfm's transform finds the same ones in the finished tree with GFM's regular expressions,
 * splitting text nodes into text and links that have no positions (see `splitTextNodes`).
 */
const SYNTAX = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter([...FRONT_MATTER])];

function parse(content: string, before: MdastExtension[]): Root {
  return fromMarkdown(content, { extensions: SYNTAX, mdastExtensions: [...before, gfmFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])] });
}

/** Parses Markdown the way this module reads it (also used by tests to re-read a fixed file). */
export function parseMarkdown(content: string): Root {
  return parse(content, []);
}

/**
 * Parses, keeping each parent's children as the parser made them, before the autolink transform
 * (which runs after this extension's transform) replaces some text nodes in place.
 */
function parseKeepingTextNodes(content: string): { root: Root; parsed: WeakMap<Parent, readonly Nodes[]> } {
  const parsed = new WeakMap<Parent, readonly Nodes[]>();
  const keep = (node: Nodes) => {
    if (!('children' in node)) return;
    parsed.set(node, [...node.children]);
    for (const child of node.children) keep(child);
  };
  return { root: parse(content, [{ transforms: [(tree) => keep(tree)] }]), parsed };
}

const startOf = (node: Nodes) => node.position!.start.offset!;
const endOf = (node: Nodes) => node.position!.end.offset!;

/**
 * Appends `value`, whose raw form is `content[start, end)`, character by character. Where the raw
 * form differs: a backslash escape or a character reference maps to its whole raw form; line
 * indentation dropped by the parser is skipped; a `>` of a block quote is skipped as markup.
 * `skipped` ranges of `value` (bare URLs, in order) are markup: passed over, a hard break in their place.
 */
function appendAligned(
  builder: SegmentBuilder, value: string, content: string, start: number, end: number,
  skipped: ReadonlyArray<readonly [number, number]> = [],
): void {
  if (content.slice(start, end) === value) {
    let from = 0;
    for (const [a, b] of skipped) {
      builder.verbatim(value.slice(from, a), start + from).hardBreak();
      from = b;
    }
    builder.verbatim(value.slice(from), start + from);
    return;
  }
  let j = start;
  let next = 0; // the first skipped range not yet passed
  for (let i = 0; i < value.length; i++) {
    while (next < skipped.length && skipped[next]![1] <= i) next++;
    const skip = next < skipped.length && skipped[next]![0] <= i;
    if (skip) builder.hardBreak();
    const c = value[i]!;
    while (j < end && content[j] !== c && value[i - 1] === '\n' && /[ \t>]/.test(content[j]!)) {
      if (content[j] === '>') builder.hardBreak();
      j++;
    }
    REFERENCE.lastIndex = j;
    const reference = content[j] === '&' ? REFERENCE.exec(content) : null;
    let raw: number;
    let units = 1;
    if (reference && !value.startsWith(reference[0], i)) {
      // A reference can stand for two UTF-16 units (an astral character): both map to the whole reference.
      units = value.codePointAt(i)! > 0xffff ? 2 : 1;
      raw = reference[0].length;
    } else if (content[j] === c) {
      raw = 1;
    } else if (content[j] === '\\' && content[j + 1] === c) {
      raw = 2;
    } else {
      throw new FormatError('cannot map this text back to the file', lineAt(content, j));
    }
    if (!skip) builder.char(value.slice(i, i + units), j, j + raw);
    i += units - 1;
    j += raw;
  }
}

/**
 * The text nodes the autolink transform split, each with the ranges of its value that became bare
 * URL links, from a parent's children as parsed (`was`) and as they are now (`now`): the pieces that
 * replaced a text node stand where it stood, and their texts spell its value.
 */
function splitTextNodes(was: readonly Nodes[], now: readonly Nodes[], content: string): Map<Text, Array<[number, number]>> {
  const split = new Map<Text, Array<[number, number]>>();
  let j = 0;
  for (let i = 0; i < was.length; i++) {
    const node = was[i]!;
    if (now[j] === node) {
      j++;
      continue;
    }
    const length = node.type === 'text' ? node.value.length : 0;
    const links: Array<[number, number]> = [];
    let joined = '';
    for (; j < now.length && joined.length < length; j++) {
      const piece = now[j]!;
      const value = piece.type === 'text' ? piece.value : piece.type === 'link' ? ((piece as Link).children[0] as Text).value : undefined;
      if (value === undefined) break;
      if (piece.type === 'link') links.push([joined.length, joined.length + value.length]);
      joined += value;
    }
    // The transform only ever splits a text node into its own characters; anything else is not mapped.
    if (node.type !== 'text' || joined !== node.value) throw new FormatError('cannot map this text back to the file', lineAt(content, startOf(node)));
    split.set(node, links);
  }
  return split;
}

const isBareUrl = (node: PhrasingContent & { type: 'link' }) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && (node.url === only.value || node.url.endsWith(`//${only.value}`) || node.url === `mailto:${only.value}`);
};

/**
 * Appends the prose of a parent's phrasing content; markup around it becomes hard breaks. Read from
 * the children as parsed (`parsed`), so every text node has its position; the bare URLs the autolink
 * transform found in them are skipped.
 */
function appendPhrasing(builder: SegmentBuilder, parent: Parent, content: string, parsed: WeakMap<Parent, readonly Nodes[]>): void {
  const was = parsed.get(parent) ?? parent.children;
  const split = splitTextNodes(was, parent.children, content);
  for (const node of was as PhrasingContent[]) {
    switch (node.type) {
      case 'text':
        appendAligned(builder, node.value, content, startOf(node), endOf(node), split.get(node));
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
        if (!isBareUrl(node)) appendPhrasing(builder, node, content, parsed);
        builder.hardBreak();
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        builder.hardBreak();
        appendPhrasing(builder, node, content, parsed);
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
  const { root, parsed } = parseKeepingTextNodes(content);
  const visit = (node: Nodes) => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    if (PROSE_BLOCKS.has(node.type)) {
      const builder = new SegmentBuilder();
      appendPhrasing(builder, node as Parent, content, parsed);
      if (builder.text.trim() !== '') segments.push(builder.build({ id: `${node.type}@${node.position!.start.line}:${node.position!.start.column}` }));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return segments;
}

/** Backslash-escapes the characters that would turn inserted prose into Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** Markdown (`.md`, `.markdown`): CommonMark with GFM and front matter. */
export const markdown: Format = { name: 'markdown', extensions: ['.md', '.markdown'], read: readMarkdown, escape: escapeMarkdown };
