/**
 * Translation files (Markdown, gettext PO, XLIFF, SRT/WebVTT, JSON catalogues) read as segments: the
 * translated text of each unit with a map from every character back to the file; and the bilingual
 * checks that compare a translation with its source. Pure: no file system. Linting a whole file is
 * `lintFile` of `@mtlint/core/formats`, which joins these readers to the rules.
 *
 * @packageDocumentation
 */
export { fileComments, formatFor, FORMATS, plainText } from './formats/catalogue.js';
export { FORMAT_NAMES, type Format, type FormatName, type ReadOptions } from './formats/format.js';
export { markdown, readMarkdown } from './formats/markdown.js';
export { po, readPo } from './formats/po.js';
export { xliff, readXliff } from './formats/xliff.js';
export { srt, vtt, readSrt, readVtt } from './formats/subtitles.js';
export { json, readJson } from './formats/json.js';
export { FormatError } from './errors.js';
export { plainTextComments, type FileComment } from './comments.js';
export { applyDirectives, parseDirective, type DirectiveProblem, type DirectiveOptions } from './directives.js';
export { findPlaceholders } from './placeholders.js';
export { SegmentBuilder, toFileSpan, toFileEdit, isEditable, touchesProtected, plainTextSegment, type Segment, type OffsetRun, type FileSpan, type DecodedFragment } from './segment.js';
export {
  checkBilingual, checkPair, checkConsistency, BILINGUAL_CHECKS, BILINGUAL_CATEGORY,
  type BilingualCheckMeta, type BilingualPair, type BilingualFinding,
} from './bilingual.js';
