export { lintFile, formatFor, FORMATS, plainText, type FileLintResult, type LintFileOptions } from './lint-file.js';
export { type Format, type ReadOptions } from './formats/format.js';
export { markdown, readMarkdown, parseMarkdown } from './formats/markdown.js';
export { po, readPo } from './formats/po.js';
export { xliff, readXliff } from './formats/xliff.js';
export { srt, vtt, readSrt, readVtt } from './formats/subtitles.js';
export { json, readJson } from './formats/json.js';
export { FormatError } from './errors.js';
export { findPlaceholders } from './placeholders.js';
export { SegmentBuilder, toFileSpan, toFileEdit, isEditable, touchesProtected, plainTextSegment, type Segment, type FileSpan } from './segment.js';
export {
  checkBilingual, checkPair, checkConsistency, BILINGUAL_CHECKS, BILINGUAL_CATEGORY,
  type BilingualCheckMeta, type BilingualPair, type BilingualFinding,
} from './bilingual.js';
